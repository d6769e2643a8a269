import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES, chromiumOnBuiltSite, ROUTES } from './site.js';
import { visit } from './visit.js';

const site = chromiumOnBuiltSite();
let noScript: BrowserContext;

beforeAll(async () => {
  noScript = await site.browser.newContext({ javaScriptEnabled: false });
});

/** IOM blue from the tokens, as the browser computes the header's background. */
const IOM_BLUE = 'rgb(0, 51, 160)';

describe.each(ALL_ROUTES)('%s with JavaScript off', (route) => {
  it('renders its heading, content and styles, and ships no script', async () => {
    const { page, status, errors } = await visit(noScript, site.url, route);
    expect(status).toBe(200);
    expect(errors).toEqual([]);
    const heading = page.locator('h1');
    expect(await heading.isVisible()).toBe(true);
    expect((await heading.textContent())?.trim()).not.toBe('');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(100);
    const header = await page
      .locator('.iom-site-header')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(header).toBe(IOM_BLUE);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.close();
  });
});

describe('right to left', () => {
  it('lays the Arabic article out right to left, and the Russian one left to right', async () => {
    const layout = async (route: string) => {
      const { page } = await visit(noScript, site.url, route);
      const result = {
        lang: await page.getAttribute('html', 'lang'),
        dir: await page.getAttribute('html', 'dir'),
        direction: await page
          .locator('h1')
          .evaluate((element) => getComputedStyle(element).direction),
        // In a mirrored header the site's name sits to the right of the navigation.
        brandIsRight: await page.evaluate(() => {
          const brand = document.querySelector('.iom-site-header__brand')?.getBoundingClientRect();
          const nav = document.querySelector('.iom-site-nav')?.getBoundingClientRect();
          return (brand?.left ?? 0) > (nav?.left ?? 0);
        }),
      };
      await page.close();
      return result;
    };
    expect(await layout(ROUTES.articleAr)).toEqual({
      lang: 'ar',
      dir: 'rtl',
      direction: 'rtl',
      brandIsRight: true,
    });
    expect(await layout(ROUTES.articleRu)).toEqual({
      lang: 'ru',
      dir: 'ltr',
      direction: 'ltr',
      brandIsRight: false,
    });
  });

  it('marks the English documents inside the Arabic page as English, left to right', async () => {
    const { page } = await visit(noScript, site.url, ROUTES.articleAr);
    const projectTitle = page.locator('#related-project [lang="en"]').first();
    expect(await projectTitle.getAttribute('dir')).toBe('ltr');
    expect(await projectTitle.evaluate((element) => getComputedStyle(element).direction)).toBe(
      'ltr',
    );
    await page.close();
  });
});
