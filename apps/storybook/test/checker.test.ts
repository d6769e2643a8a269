import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storiesIn } from './story-index.js';
import { type OpenStorybook, openStorybook, visitStory } from './visit-story.js';

/**
 * The suite in `stories.test.ts` is only worth something if it fails broken stories. This
 * builds Storybook with the fixtures in `test/fixtures` added and runs the same checks on them.
 */
const appDirectory = fileURLToPath(new URL('..', import.meta.url));
const buildDirectory = join(appDirectory, 'test-results', 'fixture-build');
const BROKEN = 'test-fixtures-broken-on-purpose';

let storybook: OpenStorybook;

beforeAll(async () => {
  rmSync(buildDirectory, { recursive: true, force: true });
  execFileSync(
    join(appDirectory, 'node_modules', '.bin', 'storybook'),
    ['build', '--quiet', '--output-dir', buildDirectory],
    { cwd: appDirectory, env: { ...process.env, IOM_STORYBOOK_FIXTURES: '1' }, stdio: 'pipe' },
  );
  storybook = await openStorybook(buildDirectory);
});

afterAll(async () => {
  await storybook?.close();
});

describe('the browser suite', () => {
  it('builds the fixtures beside the real stories', () => {
    expect(storiesIn(buildDirectory)).toEqual(
      expect.arrayContaining([
        `${BROKEN}--image-with-empty-alt`,
        `${BROKEN}--link-without-text`,
        'components-newscard--default',
      ]),
    );
  });

  it('fails a story whose image has empty alt text and is not marked decorative', async () => {
    const visit = await visitStory(
      storybook.page,
      storybook.url,
      `${BROKEN}--image-with-empty-alt`,
      'en',
    );
    expect(visit.errors).toContainEqual(
      expect.stringMatching(
        /^story threw: .*\n\s*article\.images\[0\]\.alt: describe the image for screen-reader users, or mark it decorative$/,
      ),
    );
  });

  it('fails a story with an axe violation, in Arabic as in English', async () => {
    for (const locale of ['en', 'ar']) {
      const visit = await visitStory(
        storybook.page,
        storybook.url,
        `${BROKEN}--link-without-text`,
        locale,
      );
      expect(visit.errors).toEqual([]);
      expect(visit.violations).toEqual(
        expect.arrayContaining([expect.stringMatching(/^link-name \(serious\): /)]),
      );
    }
  });

  it('passes a sound story from the same build', async () => {
    const visit = await visitStory(
      storybook.page,
      storybook.url,
      'components-newscard--default',
      'ar',
    );
    expect(visit.errors).toEqual([]);
    expect(visit.violations).toEqual([]);
  });
});
