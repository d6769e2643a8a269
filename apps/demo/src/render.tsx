/**
 * The site as files: every page prerendered to static HTML, plus sitemap.xml. Vite compiles this
 * module for Node (see scripts/build.mjs); nothing here runs in the browser.
 */
import type { ContentDocument } from '@iom/content';
import { robotsTxt, type SitemapPage, sitemap } from '@iom/content/publish';
import { renderToStaticMarkup } from 'react-dom/server';
import { faviconSvg } from './favicon.js';
import { feedsOf } from './feeds.js';
import { Document, type DocumentOptions } from './layout/document.js';
import { metadataOf, publishSiteOf } from './metadata.js';
import type { Page } from './page.js';
import { articlePage } from './pages/article.js';
import { eventPage } from './pages/event.js';
import { eventsPage } from './pages/events.js';
import { homePage } from './pages/home.js';
import { newsPages } from './pages/news.js';
import { notFoundPage } from './pages/not-found.js';
import { ourWorkPage } from './pages/our-work.js';
import { projectPage } from './pages/project.js';
import { RootRedirect } from './pages/special.js';
import { whoWeArePage } from './pages/who-we-are.js';
import { isHomePath, LANGUAGES } from './routes.js';
import { createSite, type Site } from './site.js';

export type RenderOptions = DocumentOptions;

/** A file of the built site: its path inside `dist` and its text. */
export interface SiteFile {
  file: string;
  contents: string;
}

/**
 * The site's pages in every language, made one at a time as they are asked for. Each language
 * shows every document once: its translation, or the original with a notice (a fallback).
 */
function* pagesOf(site: Site): Generator<Page> {
  for (const lang of LANGUAGES) {
    const view = site.inLanguage(lang);
    yield homePage(view, site);
    yield* newsPages(view, site);
    yield eventsPage(view, site);
    for (const article of view.articles) yield articlePage(article, view, site);
    for (const project of view.projects) yield projectPage(project, view, site);
    for (const event of view.events) yield eventPage(event, view, site);
    yield whoWeArePage(lang, site);
    yield ourWorkPage(view);
  }
}

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  `<!DOCTYPE html>${renderToStaticMarkup(element)}\n`;

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
  const site = createSite(documents, options.imageVariants);
  const publishSite = publishSiteOf(site, options.baseUrl, options.shareImage);
  const sitemapUrl = new URL('/sitemap.xml', options.baseUrl).href;
  // What the files after the pages need of them: small records, not the pages themselves.
  const routes: string[] = [];
  const homes: Page[] = [];
  const listed: SitemapPage[] = [];
  for (const page of pagesOf(site)) {
    routes.push(page.path);
    if (isHomePath(page.path)) homes.push(page);
    const { canonical, lastModified, alternates } = metadataOf(page, publishSite);
    // A fallback page's canonical URL is the original's: only the original is listed.
    if (canonical === new URL(page.path, options.baseUrl).href) {
      listed.push({ url: canonical, lastModified, alternates });
    }
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
  yield {
    file: 'index.html',
    contents: html(<RootRedirect siteName={site.organisation.name} homes={homes} />),
  };
  yield { file: 'sitemap.xml', contents: sitemap(listed) };
  yield { file: 'robots.txt', contents: robotsTxt({ sitemaps: [sitemapUrl] }) };
  yield* feedsOf(site, publishSite, routes);
  yield { file: 'favicon.svg', contents: faviconSvg };
  return routes;
}
