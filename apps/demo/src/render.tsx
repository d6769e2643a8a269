/**
 * The site as files: every page prerendered to static HTML, plus sitemap.xml. Vite compiles this
 * module for Node (see scripts/build.mjs); nothing here runs in the browser.
 */
import type { ContentDocument } from '@iom/content';
import { robotsTxt, sitemap } from '@iom/content/publish';
import { renderToStaticMarkup } from 'react-dom/server';
import { faviconSvg } from './favicon.js';
import { feedsOf } from './feeds.js';
import { Document, type DocumentOptions } from './layout/document.js';
import { metadataOf, publishSiteOf } from './metadata.js';
import type { Page } from './page.js';
import { articlePage } from './pages/article.js';
import { eventPage } from './pages/event.js';
import { homePage } from './pages/home.js';
import { newsPage } from './pages/news.js';
import { notFoundPage } from './pages/not-found.js';
import { ourWorkPage } from './pages/our-work.js';
import { projectPage } from './pages/project.js';
import { RootRedirect } from './pages/special.js';
import { whoWeArePage } from './pages/who-we-are.js';
import { isHomePath } from './routes.js';
import { createSite, type Site } from './site.js';

export type RenderOptions = DocumentOptions;

/** A file of the built site: its path inside `dist` and its text. */
export interface SiteFile {
  file: string;
  contents: string;
}

function pagesOf(site: Site): Page[] {
  return [
    homePage(site),
    newsPage(site),
    ...site.documents.flatMap((document): Page[] => {
      if (document.type === 'article') return [articlePage(document, site)];
      if (document.type === 'project') return [projectPage(document, site)];
      if (document.type === 'event') return [eventPage(document, site)];
      return [];
    }),
    whoWeArePage(site),
    ourWorkPage(site),
  ];
}

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  `<!DOCTYPE html>${renderToStaticMarkup(element)}\n`;

/** `/en/news/` → `en/news/index.html`; `/404.html` stays as it is. */
const fileOf = (path: string) =>
  path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);

/** Renders every page of the site from the validated documents. */
export function renderSite(documents: readonly ContentDocument[], options: RenderOptions) {
  const site = createSite(documents);
  const pages = pagesOf(site);
  const publishSite = publishSiteOf(site, options.baseUrl, options.shareImage);
  const sitemapUrl = new URL('/sitemap.xml', options.baseUrl).href;
  const listed = pages
    .map((page) => metadataOf(page, publishSite))
    .flatMap(({ canonical, lastModified, alternates }) =>
      canonical === undefined ? [] : [{ url: canonical, lastModified, alternates }],
    );
  const files: SiteFile[] = [
    ...[...pages, notFoundPage()].map((page) => ({
      file: fileOf(page.path),
      contents: html(<Document page={page} site={site} options={options} />),
    })),
    {
      file: 'index.html',
      contents: html(
        <RootRedirect
          siteName={site.organisation.name}
          homes={pages.filter((page) => isHomePath(page.path))}
        />,
      ),
    },
    { file: 'sitemap.xml', contents: sitemap(listed) },
    { file: 'robots.txt', contents: robotsTxt({ sitemaps: [sitemapUrl] }) },
    ...feedsOf(
      site,
      publishSite,
      pages.map((page) => page.path),
    ),
    { file: 'favicon.svg', contents: faviconSvg },
  ];
  return { files, routes: pages.map((page) => page.path) };
}
