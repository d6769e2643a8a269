import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearResults,
  compareWithBaseline,
  orphanBaselines,
  RESULTS_DIRECTORY,
} from './screenshots.js';
import { storiesIn } from './story-index.js';
import { type OpenStorybook, openStorybook, visitDocs, visitStory } from './visit-story.js';

const buildDirectory = fileURLToPath(new URL('../dist', import.meta.url));
const stories = storiesIn(buildDirectory);
const docsPages = storiesIn(buildDirectory, 'docs');
/** English, and Arabic for right-to-left; the other four languages share English's layout. */
const LOCALES = ['en', 'ar'] as const;

let storybook: OpenStorybook;

beforeAll(async () => {
  await clearResults();
  storybook = await openStorybook(buildDirectory);
});

afterAll(async () => {
  await storybook?.close();
  if (existsSync(RESULTS_DIRECTORY)) {
    console.log(`Screenshots that differ from their baselines: ${RESULTS_DIRECTORY}`);
  }
});

it('finds the stories and docs pages in the build', () => {
  expect(stories.length).toBeGreaterThan(0);
  expect(docsPages).toEqual(
    expect.arrayContaining([
      'introduction-for-designers--docs',
      'introduction-for-developers--docs',
    ]),
  );
});

describe.each(LOCALES)('every story in %s', (locale) => {
  it.each(stories)(
    '%s renders without errors or axe violations, as in its screenshot',
    async (id) => {
      const visit = await visitStory(storybook.page, storybook.url, id, locale);
      expect.soft(visit.errors, 'errors while rendering').toEqual([]);
      expect.soft(visit.violations, 'axe violations').toEqual([]);
      const difference = await compareWithBaseline(`${id}--${locale}`, visit.screenshot);
      expect(difference, 'screenshot').toBeUndefined();
    },
  );
});

describe.each(LOCALES)('every docs page in %s', (locale) => {
  it.each(docsPages)('%s renders without errors', async (id) => {
    expect(await visitDocs(storybook.page, storybook.url, id, locale)).toEqual([]);
  });
});

it('keeps no baseline for a story that no longer exists', async () => {
  const names = new Set(stories.flatMap((id) => LOCALES.map((locale) => `${id}--${locale}`)));
  expect(await orphanBaselines(names)).toEqual([]);
});
