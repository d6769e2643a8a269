import { describe, expect, it } from 'vitest';
import { ALL_ROUTES, chromiumOnBuiltSite } from './site.js';
import { visit } from './visit.js';

const site = chromiumOnBuiltSite();

/** Every link and resource URL on `route`, resolved against the page. */
async function urlsOn(route: string): Promise<string[]> {
  const { page } = await visit(site.browser, site.url, route);
  const urls = await page.$$eval('a[href], link[href], img[src]', (elements) =>
    elements.map((element) =>
      element instanceof HTMLImageElement
        ? element.src
        : (element as HTMLAnchorElement | HTMLLinkElement).href,
    ),
  );
  await page.close();
  return urls;
}

describe('internal links', () => {
  it('every link, stylesheet, icon and image on every page resolves, anchors included', async () => {
    // Canonical and hreflang URLs carry the public address the build was given (SITE_URL):
    // they are internal too, and checked by their path on the local server.
    const canonical = await fetch(new URL('/en/', site.url))
      .then((response) => response.text())
      .then((html) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]);
    const internalOrigins = new Set([new URL(site.url).origin, new URL(canonical ?? '').origin]);
    const found = new Map<string, string>();
    for (const route of ALL_ROUTES) {
      for (const href of await urlsOn(route)) {
        const url = new URL(href);
        if (internalOrigins.has(url.origin)) found.set(`${url.pathname}${url.hash}`, route);
      }
    }
    expect([...found.keys()]).toEqual(expect.arrayContaining([...ALL_ROUTES]));

    // Each target fetched once, all at a time: six languages make hundreds of links.
    const problems = await Promise.all(
      [...found].map(async ([target, from]) => {
        const [path = '', anchor] = target.split('#');
        const response = await fetch(new URL(path, site.url), { redirect: 'manual' });
        if (response.status !== 200) return `${target} (linked from ${from}): ${response.status}`;
        const body = await response.text();
        return anchor !== undefined && anchor !== '' && !body.includes(`id="${anchor}"`)
          ? `${target} (linked from ${from}): no element with id '${anchor}'`
          : [];
      }),
    );
    expect(problems.flat()).toEqual([]);
  }, 120_000);
});
