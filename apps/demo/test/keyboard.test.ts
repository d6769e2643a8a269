import { describe, expect, it } from 'vitest';
import { chromiumOnBuiltSite, ROUTES } from './site.js';
import { visit } from './visit.js';

/** Where a focused element sits on the page, and whether its focus can be seen. */
interface Stop {
  text: string;
  region: 'skip link' | 'header' | 'language switcher' | 'main' | 'footer' | 'other';
  visible: boolean;
}

const site = chromiumOnBuiltSite();

/** Tabs through the whole page from its top and records each stop until focus leaves it. */
async function tabThrough(route: string): Promise<Stop[]> {
  const { page } = await visit(site.browser, site.url, route);
  const stops: Stop[] = [];
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): Stop | undefined => {
      const element = document.activeElement;
      if (element === null || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const region = element.matches('.iom-skip-link')
        ? 'skip link'
        : element.closest('.iom-language-switcher')
          ? 'language switcher'
          : element.closest('header.iom-site-header')
            ? 'header'
            : element.closest('main')
              ? 'main'
              : element.closest('footer')
                ? 'footer'
                : 'other';
      return {
        text: (element.textContent ?? '').trim().slice(0, 40),
        region,
        // A visible focus ring: the outline the kit draws on :focus-visible.
        visible:
          element.matches(':focus-visible') &&
          style.outlineStyle !== 'none' &&
          Number.parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (stop === undefined) break;
    stops.push(stop);
  }
  await page.close();
  return stops;
}

describe.each([
  ['English', ROUTES.article],
  ['Arabic', ROUTES.articleAr],
])('keyboard on the %s article page', (_, route) => {
  it('reaches the skip link first, then the header, the language switcher, the content', async () => {
    const stops = await tabThrough(route);
    const regions = stops.map((stop) => stop.region);
    expect(regions[0]).toBe('skip link');
    // Each region is one run of stops, in reading order: nothing jumps back up the page.
    const runs = regions.filter((region, index) => region !== regions[index - 1]);
    // The demo's footer has text and no links, so the last stops are the content's.
    expect(runs).toEqual(['skip link', 'header', 'language switcher', 'main']);
    // All six languages: the translations and, for the others, the fallback pages.
    expect(stops.filter((stop) => stop.region === 'language switcher').length).toBe(6);
  });

  it('always shows where focus is', async () => {
    const stops = await tabThrough(route);
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);
  });

  it('moves focus to the main content from the skip link', async () => {
    const { page } = await visit(site.browser, site.url, route);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The jump is a same-page navigation the browser reports a moment after the key press.
    await page.waitForURL((url) => url.hash === '#main', { timeout: 30_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });
});
