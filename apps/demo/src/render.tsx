/**
 * The site as files: every page prerendered to static HTML, plus sitemap.xml. Vite compiles this
 * module for Node (see scripts/build.mjs); nothing here runs in the browser.
 */
import type { ContentDocument } from '@iom/content';
import { renderToStaticMarkup } from 'react-dom/server';
import { faviconSvg } from './favicon.js';
import { Document, type DocumentOptions } from './layout/document.js';
import type { Page } from './page.js';
import { articlePage } from './pages/article.js';
import { eventPage } from './pages/event.js';
import { homePage } from './pages/home.js';
import { newsPages } from './pages/news.js';
import { notFoundPage } from './pages/not-found.js';
import { ourWorkPage } from './pages/our-work.js';
import { projectPage } from './pages/project.js';
import { RootRedirect } from './pages/special.js';
import { whoWeArePage } from './pages/who-we-are.js';
import { createSite, type Site } from './site.js';
import { type SitemapEntry, sitemapOf } from './sitemap.js';

export type RenderOptions = DocumentOptions;

/** A file of the built site: its path inside `dist` and its text. */
export interface SiteFile {
  file: string;
  contents: string;
}

/** The site's pages, made one at a time as they are asked for. */
function* pagesOf(site: Site): Generator<Page> {
  yield homePage(site);
  yield* newsPages(site);
  for (const document of site.documents) {
    if (document.type === 'article') yield articlePage(document, site);
    if (document.type === 'project') yield projectPage(document, site);
    if (document.type === 'event') yield eventPage(document, site);
  }
  yield whoWeArePage(site);
  yield ourWorkPage(site);
}

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  `<!doctype html>${renderToStaticMarkup(element)}\n`;

/** `/en/news/` → `en/news/index.html`; `/404.html` stays as it is. */
const fileOf = (path: string) =>
  path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);

/**
 * Every file of the site, rendered from the validated documents one at a time as the caller
 * asks for it, so a caller that writes each file before asking for the next holds one page in
 * memory, not the whole site. Returns the routes of the pages.
 */
export function* renderSite(
  documents: readonly ContentDocument[],
  options: RenderOptions,
): Generator<SiteFile, string[]> {
  const site = createSite(documents);
  const listed: SitemapEntry[] = [];
  for (const page of pagesOf(site)) {
    listed.push({ path: page.path, alternates: page.alternates, indexed: page.indexed });
    yield {
      file: fileOf(page.path),
      contents: html(<Document page={page} site={site} options={options} />),
    };
  }
  const notFound = notFoundPage();
  yield {
    file: fileOf(notFound.path),
    contents: html(<Document page={notFound} site={site} options={options} />),
  };
  yield { file: 'index.html', contents: html(<RootRedirect siteName={site.organisation.name} />) };
  yield { file: 'sitemap.xml', contents: sitemapOf(listed, options.baseUrl) };
  yield { file: 'favicon.svg', contents: faviconSvg };
  return listed.map((page) => page.path);
}
