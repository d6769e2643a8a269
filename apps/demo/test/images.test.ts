import { describe, expect, it } from 'vitest';
import { ALL_ROUTES, chromiumOnBuiltSite, ROUTES } from './site.js';
import { visit } from './visit.js';

const site = chromiumOnBuiltSite();

describe.each(ALL_ROUTES)('%s', (route) => {
  it('gives every <img> its width, height and srcset; AVIF and WebP first; the lead not lazy', async () => {
    const { page } = await visit(site.browser, site.url, route);
    const images = await page.$$eval('img', (elements) =>
      elements.map((image) => ({
        src: image.getAttribute('src'),
        width: Number(image.getAttribute('width')),
        height: Number(image.getAttribute('height')),
        srcset: image.getAttribute('srcset') ?? '',
        loading: image.getAttribute('loading'),
        lead: image.closest('.iom-article-header, .iom-hero') !== null,
        fetchPriority: image.getAttribute('fetchpriority'),
        formats: [...(image.closest('picture')?.querySelectorAll('source') ?? [])].map((source) =>
          source.getAttribute('type'),
        ),
      })),
    );
    await page.close();
    for (const image of images) {
      expect(image.width, image.src ?? '').toBeGreaterThan(0);
      expect(image.height, image.src ?? '').toBeGreaterThan(0);
      expect(image.srcset, image.src ?? '').toMatch(/ \d+w(?:,|$)/);
      expect(image.formats).toEqual(['image/avif', 'image/webp']);
      expect(image.loading).toBe(image.lead ? 'eager' : 'lazy');
      if (image.lead) expect(image.fetchPriority).toBe('high');
    }
  });
});

describe('the main image', () => {
  it('leads the article and loads first', async () => {
    const { page } = await visit(site.browser, site.url, ROUTES.article);
    const lead = page.locator('.iom-article-header img');
    expect(await lead.getAttribute('loading')).toBe('eager');
    // Chromium chose a modern format from the <picture>.
    expect(await lead.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/\.avif$/);
    await page.close();
  });
});
