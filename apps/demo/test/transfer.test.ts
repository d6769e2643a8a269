import { describe, expect, it } from 'vitest';
import { chromiumOnBuiltSite, ROUTES } from './site.js';

const site = chromiumOnBuiltSite();
const BUDGET = 120_000;

describe('the home page in Chromium', () => {
  it(`transfers under ${BUDGET / 1000} kB with its images, scrolled to the end`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL(ROUTES.home, site.url).href, { waitUntil: 'load' });
    // Lazy images load as they come into view: scroll through, then wait for the network.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const { total, images } = await page.evaluate(() => {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      const size = (entry: PerformanceResourceTiming) =>
        entry.transferSize || entry.encodedBodySize;
      return {
        total: entries.reduce((sum, entry) => sum + size(entry), 0),
        images: entries.filter((entry) => entry.initiatorType === 'img').length,
      };
    });
    await context.close();
    console.log(`home page: ${(total / 1000).toFixed(1)} kB transferred, ${images} image(s)`);
    expect(images).toBeGreaterThan(0);
    expect(total).toBeLessThan(BUDGET);
  });
});
