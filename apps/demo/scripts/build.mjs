#!/usr/bin/env node
// Builds the demo site into dist/: validates the content with @iom/content (stopping on the
// first problem with the CLI's `file: path: message` lines), builds the stylesheet with Vite,
// prerenders every page to static HTML, writes sitemap.xml, and prints the home page's weight.
//
//   node scripts/build.mjs [--content <folder>] [--out <folder>]
//
// SITE_URL sets the public address used in canonical URLs, Open Graph, JSON-LD, the feeds and
// the sitemap. A CI or production build (CI or NODE_ENV=production) must give it; otherwise
// it is http://127.0.0.1:4173/, where `pnpm start` serves the site.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, loadContent } from '@iom/content/node';
import { publicPageSamples } from '@iom/content/samples';
import { shareCard } from '@iom/images';
import { tokens } from '@iom/tokens';
import { build } from 'vite';
import { processContentImages } from './images.mjs';
import { clientScriptsIn, formatTransfer, measureTransfer } from './measure.mjs';

const appDirectory = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
  },
});
const contentDirectory = resolve(appDirectory, options.content);
const outDirectory = resolve(appDirectory, options.out);
const production = Boolean(process.env.CI) || process.env.NODE_ENV === 'production';
if (production && !process.env.SITE_URL) {
  console.error(
    'SITE_URL is not set: a CI or production build needs the public address, like SITE_URL=https://belarus.iom.int/',
  );
  process.exit(1);
}
const baseUrl = process.env.SITE_URL || 'http://127.0.0.1:4173/';

const { report, documents } = await loadContent([contentDirectory], appDirectory);
if (!report.valid) {
  console.error(`The content in ${options.content} has problems; the site was not built.\n`);
  for (const line of formatReport(report)) console.error(line);
  process.exit(1);
}
console.log(formatReport(report).join('\n'));

/**
 * Vite quietly, so the build prints what a developer needs and nothing else.
 *
 * @type {import('vite').InlineConfig}
 */
const quiet = { root: appDirectory, configFile: false, logLevel: 'warn' };

// The stylesheet: @iom/ui's styles (with the tokens) and the site's own, hashed for caching.
const client = await build({
  ...quiet,
  build: {
    outDir: outDirectory,
    emptyOutDir: true,
    rollupOptions: { input: { site: 'src/site.css' } },
  },
});
const stylesheet = [client]
  .flat()
  .flatMap((result) => ('output' in result ? result.output : []))
  .find((file) => file.fileName.endsWith('.css'))?.fileName;
if (stylesheet === undefined) throw new Error('Vite built no stylesheet from src/site.css');

// The pages' code, compiled for Node in a scratch folder inside the app so that its imports
// (react, @iom/ui…) resolve from this package's node_modules, then run once and removed.
const renderDirectory = join(appDirectory, `.render-${process.pid}`);
try {
  await build({
    ...quiet,
    build: { ssr: 'src/render.tsx', outDir: renderDirectory, emptyOutDir: true },
  });
  const { renderSite } = await import(pathToFileURL(join(renderDirectory, 'render.js')).href);
  // Shared links of pages without a picture show this illustration in IOM blue.
  const share = await shareCard(join(outDirectory, 'images', 'share.png'), {
    color: tokens.color.primary,
  });
  const shareImage = { src: '/images/share.png', ...share };
  const images = await processContentImages(documents, {
    imagesDirectory: join(appDirectory, 'images'),
    outDirectory,
  });
  // The kit's second sample set (IOM Malta, Albania, a press release) beside IOM Belarus: pages
  // of their own, in the news, events and projects lists. Validated by the kit when imported.
  const own = new Set(documents.map((document) => document.id));
  const samples = publicPageSamples.collection.filter((document) => !own.has(document.id));
  console.log(`✔ ${samples.length} documents from other IOM public pages (@iom/content/samples)`);
  // Each file is written before the next is rendered: memory stays that of one page.
  const files = renderSite([...images.documents, ...samples], {
    baseUrl,
    stylesheet: `/${stylesheet}`,
    shareImage,
    imageVariants: images.variants,
  });
  const started = performance.now();
  let next = files.next();
  for (; !next.done; next = files.next()) {
    const path = join(outDirectory, next.value.file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, next.value.contents);
  }
  const renderMs = performance.now() - started;
  const routes = next.value;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  // One line with the figures `pnpm bench` reads: rendering and writing per page, peak memory.
  console.log(
    `✔ ${routes.length} pages written to ${relative(process.cwd(), outDirectory) || '.'} in ${(renderMs / 1000).toFixed(1)} s (${(renderMs / routes.length).toFixed(2)} ms a page), peak memory ${peakMB.toFixed(0)} MB`,
  );
} finally {
  await rm(renderDirectory, { recursive: true, force: true });
}

const scripts = await clientScriptsIn(outDirectory);
console.log(
  scripts.length === 0
    ? '✔ client JavaScript: none (every page works with JavaScript off)'
    : `! client JavaScript on ${scripts.join(', ')}`,
);
console.log(formatTransfer('/en/', await measureTransfer(outDirectory, '/en/')));
