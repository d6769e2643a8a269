import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@iom/browser-testing/chromium';
import { startStaticServer } from '@iom/browser-testing/static-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every page the issue asks for, at the address a reader or search engine uses. */
export const ROUTES = {
  home: '/en/',
  news: '/en/news/',
  events: '/en/events/',
  article: '/en/news/partners-discuss-migrant-healthcare-plan/',
  articleRu: '/ru/news/partners-discuss-migrant-healthcare-plan-ru/',
  articleAr: '/ar/news/partners-discuss-migrant-healthcare-plan-ar/',
  project: '/en/projects/migration-health-capacities/',
  event: '/en/events/migrant-healthcare-roundtable/',
  whoWeAre: '/en/who-we-are/',
  ourWork: '/en/our-work/',
  // The second sample set (@iom/content/samples' publicPageSamples), pages of their own.
  maltaEvent: '/en/events/international-migrants-day-malta-2018/',
  albaniaProject: '/en/projects/reintegration-ngo-capacity-western-balkans/',
  pressRelease: '/en/news/iom-to-investigate-reports-drc/',
  // Home pages in a Latin, an Arabic and a Chinese script (languages.test.ts opens all six),
  // and pages in languages the content lacks.
  homeFr: '/fr/',
  homeAr: '/ar/',
  homeZh: '/zh/',
  newsZh: '/zh/news/',
  articleFr: '/fr/news/partners-discuss-migrant-healthcare-plan/',
  projectAr: '/ar/projects/reintegration-ngo-capacity-western-balkans/',
} as const;

/**
 * Pages showing a document in another language than theirs: the page each points at (its
 * canonical URL, the original).
 */
export const FALLBACKS: Readonly<Record<string, string>> = {
  [ROUTES.articleFr]: ROUTES.article,
  [ROUTES.projectAr]: ROUTES.albaniaProject,
};

export const ALL_ROUTES: readonly string[] = Object.values(ROUTES);

/** The built site (`pnpm build` first: turbo runs it before the tests) on a free local port. */
export async function serveBuiltSite() {
  try {
    await access(`${DIST}en/index.html`);
  } catch {
    throw new Error('apps/demo/dist is missing: run `pnpm build` before the browser tests');
  }
  return startStaticServer({ root: DIST });
}

/**
 * Chromium and the built site for the tests of one file: both start before its first test
 * and stop after its last. Read `site.browser` and `site.url` inside tests and hooks.
 */
export function chromiumOnBuiltSite() {
  const site = {} as { browser: Browser; url: string };
  let server: Awaited<ReturnType<typeof serveBuiltSite>> | undefined;
  beforeAll(async () => {
    const [browser, started] = await Promise.all([launchChromium(), serveBuiltSite()]);
    server = started;
    Object.assign(site, { browser, url: started.url });
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
