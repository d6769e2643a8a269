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
  'PageHead',
];

/** Per component, what importing only it costs; budgets measured 2026-11-24, plus a little. */
const COMPONENT_BUDGETS = {
  NewsCard: 1.45 * kB,
  PartnerList: 3.5 * kB,
  ProjectSummary: 8.3 * kB,
  EventCard: 3.6 * kB,
  Quote: 0.9 * kB,
  ArticleBody: 1.6 * kB,
  PageHead: 0.6 * kB,
};

const CHECKS = [
  ...COMPONENTS.map((name) => ({
    name: `@iom/ui, importing only ${name}`,
    code: `export { ${name} } from '@iom/ui';`,
    budget: COMPONENT_BUDGETS[name],
    target: TARGETS.component,
  })),
  { name: '@iom/ui, everything', code: "export * from '@iom/ui';", budget: 11 * kB },
  {
    name: '@iom/content (the schemas, with zod)',
    code: "export * from '@iom/content';",
    budget: 39.5 * kB,
  },
  {
    name: '@iom/content/publish (no zod)',
    code: "export * from '@iom/content/publish';",
    budget: 3.5 * kB,
  },
  { name: '@iom/ui/styles.css', file: '@iom/ui/styles.css', budget: 3.5 * kB, target: TARGETS.css },
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

const format = (bytes) => `${(bytes / kB).toFixed(2)} kB`;
let over = 0;
console.log(
  'gzip size (level 9)'.padEnd(42),
  'size'.padStart(10),
  'budget'.padStart(10),
  '  target',
);
for (const check of CHECKS) {
  const contents = check.code
    ? await bundle(check.code)
    : await readFile(require.resolve(check.file));
  const size = gzipSync(contents, { level: 9 }).length;
  const ok = size <= check.budget;
  if (!ok) over++;
  console.log(
    `${ok ? '✔' : '✖'} ${check.name.padEnd(40)} ${format(size).padStart(10)} ${format(check.budget).padStart(10)}  ${check.target ? `${format(check.target)} (${((size / check.target) * 100).toFixed(0)}% of it)` : ''}`,
  );
}
if (over > 0) {
  console.error(`\n${over} size budget${over === 1 ? '' : 's'} exceeded.`);
  process.exitCode = 1;
}
