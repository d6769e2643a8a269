import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@iom/browser-testing/chromium';
import { type StaticServer, startStaticServer } from '@iom/browser-testing/static-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storiesIn } from './story-index.js';
import { openStoryPage, visitStory } from './visit-story.js';

/**
 * The suite in `stories.test.ts` is only worth something if it fails broken stories. This
 * builds Storybook with the fixtures in `test/fixtures` added and runs the same checks on them.
 */
const appDirectory = fileURLToPath(new URL('..', import.meta.url));
const buildDirectory = join(appDirectory, 'test-results', 'fixture-build');
const BROKEN = 'test-fixtures-broken-on-purpose';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  rmSync(buildDirectory, { recursive: true, force: true });
  execFileSync(
    join(appDirectory, 'node_modules', '.bin', 'storybook'),
    ['build', '--quiet', '--output-dir', buildDirectory],
    { cwd: appDirectory, env: { ...process.env, IOM_STORYBOOK_FIXTURES: '1' }, stdio: 'pipe' },
  );
  [server, browser] = await Promise.all([
    startStaticServer({ root: buildDirectory, cacheControl: 'max-age=3600' }),
    launchChromium(),
  ]);
  page = await openStoryPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
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
    const visit = await visitStory(page, server.url, `${BROKEN}--image-with-empty-alt`, 'en');
    expect(visit.errors).toContainEqual(
      expect.stringMatching(
        /^story threw: .*\n\s*article\.images\[0\]\.alt: describe the image for screen-reader users, or mark it decorative$/,
      ),
    );
  });

  it('fails a story with an axe violation, in Arabic as in English', async () => {
    for (const locale of ['en', 'ar']) {
      const visit = await visitStory(page, server.url, `${BROKEN}--link-without-text`, locale);
      expect(visit.errors).toEqual([]);
      expect(visit.violations).toEqual(
        expect.arrayContaining([expect.stringMatching(/^link-name \(serious\): /)]),
      );
    }
  });

  it('passes a sound story from the same build', async () => {
    const visit = await visitStory(page, server.url, 'components-newscard--default', 'ar');
    expect(visit.errors).toEqual([]);
    expect(visit.violations).toEqual([]);
  });
});
