#!/usr/bin/env node
// Size budgets: what our packages cost a site, gzipped, as a bundler would ship them
// (minified, tree-shaken, React left out). Prints every figure on every run and fails when
// one is over its budget. Budgets sit just above today's figures so a regression fails;
// raise one only on purpose, in the same change that explains why.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
const kB = 1000;

/** The targets the project holds itself to (DEVELOPERS.md), shown beside each figure. */
const TARGETS = { component: 2 * kB, css: 10 * kB };

const COMPONENTS = [
  'NewsCard',
  'PartnerList',
  'ProjectSummary',
  'EventCard',
  'Quote',
  'ArticleBody',
  'SiteHeader',
  'SkipLink',
  'LanguageSwitcher',
  'SiteFooter',
  'Breadcrumbs',
  'Pagination',
  'ArticleHeader',
  'ResponsiveImage',
  'NewsList',
  'EventList',
  'KeyFacts',
  'Hero',
  'TagList',
  'ArticlePage',
  'ProjectPage',
  'EventPage',
  'HomePage',
  'PageHead',
];

/**
 * Per component, what importing only it costs; budgets measured 2026-11-30, plus a little.
 * Since English alone is built in (other languages are imported), PartnerList, EventCard and
 * ProjectSummary cost 2.3, 2.3 and 3.3 kB (ProjectSummary names its partners
 * with PartnerList's sentence alone, not all of PartnerList), down from 3.3, 3.4 and 8.1.
 * Merging main's partial dates and time zones (issue 11: @iom/content/dates, zone names) then
 * added 0.8-1.3 kB to every component that shows a date (NewsCard, EventCard, ProjectSummary,
 * ArticleHeader and the lists and pages built on them); budgets measured after that merge.
 * Issue 16 took most of that back (2026-12-01): the date patterns only validation needs are
 * built by pure calls, so a bundler drops them, and each date form is its own constant: NewsCard
 * 1.97, ArticleHeader 2.06, NewsList 2.04, EventCard 3.22, ProjectSummary 3.99 kB.
 * ResponsiveImage's `sources` (art direction, issue 14) then added about 0.25 kB to it and to
 * every component that shows an image (NewsCard 2.25, PartnerList 2.73, ArticleHeader 2.33,
 * ArticleBody 1.93, Hero 0.95 kB); budgets measured after merging it.
 * Issue 11's project and event fields then added ProjectSummary +0.2 kB (short title, coverage,
 * regions, identifiers), ProjectPage +0.25 kB, EventPage +0.65 kB (audience, registration,
 * programme, contact, links). Budgets: the figures measured after all of that, plus a little.
 */
const COMPONENT_BUDGETS = {
  NewsCard: 2.28 * kB,
  PartnerList: 2.76 * kB,
  ProjectSummary: 4.26 * kB,
  EventCard: 3.26 * kB,
  Quote: 0.9 * kB,
  ArticleBody: 1.96 * kB,
  SiteHeader: 1.3 * kB,
  SkipLink: 0.75 * kB,
  LanguageSwitcher: 1.35 * kB,
  SiteFooter: 1.15 * kB,
  Breadcrumbs: 1 * kB,
  Pagination: 1.25 * kB,
  ArticleHeader: 2.36 * kB,
  ResponsiveImage: 0.8 * kB,
  NewsList: 2.34 * kB,
  EventList: 3.85 * kB,
  KeyFacts: 1 * kB,
  Hero: 0.98 * kB,
  TagList: 0.95 * kB,
  // Page templates compose several components, so the one-component target does not apply.
  ArticlePage: 3.35 * kB,
  ProjectPage: 4.92 * kB,
  EventPage: 6.01 * kB,
  HomePage: 0.4 * kB,
  PageHead: 0.6 * kB,
};
const TEMPLATES = new Set(['ArticlePage', 'ProjectPage', 'EventPage', 'HomePage']);

const CHECKS = [
  ...COMPONENTS.map((name) => ({
    name: `@iom/ui, importing only ${name}`,
    code: `export { ${name} } from '@iom/ui';`,
    budget: COMPONENT_BUDGETS[name],
    target: TEMPLATES.has(name) ? undefined : TARGETS.component,
  })),
  // +0.76 kB for issue 11's project and event fields (everything) and +1 kB for their words in
  // five languages (messages/all), measured against the commit before them.
  { name: '@iom/ui, everything', code: "export * from '@iom/ui';", budget: 11.5 * kB },
  {
    name: '@iom/ui/messages/all (five languages)',
    code: "import '@iom/ui/messages/all';",
    budget: 8.75 * kB,
  },
  {
    name: '@iom/content (the schemas, with zod)',
    code: "export * from '@iom/content';",
    // 46.05 kB since validation uses zod's compiler (z.compile, +6.5 kB): valid content checks
    // about 2.5x faster. Browsers rarely validate (sites do at build time; @iom/ui imports
    // only types and zod-free subpaths of @iom/content), so the speed is worth the bytes.
    // 54.99 kB with createContentModel in the root: a site model's `toJsonSchema` brings
    // zod's JSON Schema writer (z.toJSONSchema).
    // 55.72 kB with issue 16's per-schema reference caches (validateCollection about 5x
    // faster) and issue 11's resolver module.
    budget: 55.8 * kB,
  },
  // 5 kB with EventPage's programme, contact and links (issue 11): +0.03 kB.
  { name: '@iom/ui/styles.css', file: '@iom/ui/styles.css', budget: 5 * kB, target: TARGETS.css },
  {
    name: '@iom/content/publish (no zod)',
    code: "export * from '@iom/content/publish';",
    // 3.73 kB: feeds order articles with compareDates, which reads partial dates and offsets
    // (3.98 before the date patterns became droppable).
    budget: 3.76 * kB,
  },
  { name: '@iom/tokens/tokens.css', file: '@iom/tokens/tokens.css', budget: 0.8 * kB },
];

async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: here, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/** Every check, measured: its name, gzip size in bytes, budget and target (if any). */
export async function measureSizes() {
  const results = [];
  for (const check of CHECKS) {
    const contents = check.code
      ? await bundle(check.code)
      : await readFile(require.resolve(check.file));
    results.push({ ...check, size: gzipSync(contents, { level: 9 }).length });
  }
  return results;
}

const format = (bytes) => `${(bytes / kB).toFixed(2)} kB`;

async function main() {
  let over = 0;
  console.log(
    'gzip size (level 9)'.padEnd(42),
    'size'.padStart(10),
    'budget'.padStart(10),
    '  target',
  );
  for (const { name, size, budget, target } of await measureSizes()) {
    const ok = size <= budget;
    if (!ok) over++;
    console.log(
      `${ok ? '✔' : '✖'} ${name.padEnd(40)} ${format(size).padStart(10)} ${format(budget).padStart(10)}  ${target ? `${format(target)} (${((size / target) * 100).toFixed(0)}% of it)` : ''}`,
    );
  }
  if (over > 0) {
    console.error(`\n${over} size budget${over === 1 ? '' : 's'} exceeded.`);
    process.exitCode = 1;
  }
}

// Run as a script (`pnpm size`); `pnpm bench` imports measureSizes instead.
if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
