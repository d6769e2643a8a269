import type { Page } from './page.js';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** What the sitemap needs of a page (not its contents, which are written and let go). */
export type SitemapEntry = Pick<Page, 'path' | 'alternates' | 'indexed'>;

/** sitemap.xml listing every page, with its language versions as `xhtml:link` alternates. */
export function sitemapOf(pages: readonly SitemapEntry[], baseUrl: string): string {
  const absolute = (path: string) => escapeXml(new URL(path, baseUrl).href);
  const entries = pages
    .filter((page) => page.indexed !== false)
    .map((page) => {
      const alternates =
        page.alternates.length > 1
          ? page.alternates.map(
              (alternate) =>
                `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.lang)}" href="${absolute(alternate.path)}"/>`,
            )
          : [];
      return `  <url>\n    <loc>${absolute(page.path)}</loc>${alternates.join('')}\n  </url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
}
