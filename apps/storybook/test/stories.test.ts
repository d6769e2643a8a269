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
/** axe checks every story in all six languages (each has its own words, and Arabic its own direction). */
const LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
/** Screenshots: English, and Arabic for right to left; the other four share English's layout. */
const SCREENSHOT_LOCALES: readonly string[] = ['en', 'ar'];

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
  const screenshot = SCREENSHOT_LOCALES.includes(locale);
  it.each(stories)(
    `%s renders without errors or axe violations${screenshot ? ', as in its screenshot' : ''}`,
    async (id) => {
      const visit = await visitStory(storybook.page, storybook.url, id, locale, screenshot);
      expect.soft(visit.errors, 'errors while rendering').toEqual([]);
      expect.soft(visit.violations, 'axe violations').toEqual([]);
      if (visit.screenshot !== undefined) {
        const difference = await compareWithBaseline(`${id}--${locale}`, visit.screenshot);
        expect(difference, 'screenshot').toBeUndefined();
      }
    },
  );
});

describe.each(SCREENSHOT_LOCALES)('every docs page in %s', (locale) => {
  it.each(docsPages)('%s renders without errors', async (id) => {
    expect(await visitDocs(storybook.page, storybook.url, id, locale)).toEqual([]);
  });
});

it('keeps no baseline for a story that no longer exists', async () => {
  const names = new Set(
    stories.flatMap((id) => SCREENSHOT_LOCALES.map((locale) => `${id}--${locale}`)),
  );
  expect(await orphanBaselines(names)).toEqual([]);
});
