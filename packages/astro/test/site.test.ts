import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// An Astro site using iomLoader with its own model, built by Astro's CLI as a site developer
// runs it. This file runs under Node 22 (`pnpm test` starts vitest through with-node.mjs).
const site = fileURLToPath(new URL('fixtures/site/', import.meta.url));
const astro = join(site, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The environment a developer's shell gives Astro: vitest's own variables (`VITEST`,
 * `NODE_ENV=test`) are left out, since under them `astro dev` serves nothing (404 everywhere).
 */
const siteEnv = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)),
  ),
  ASTRO_TELEMETRY_DISABLED: '1',
  ...extra,
});

/** Runs a Node script of the site's tools in the site's folder. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: site, env: siteEnv(env) },
      (error, stdout, stderr) =>
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1,
          // Astro colours its log unless told not to; the assertions read plain text.
          output: stripVTControlCharacters(`${stdout}${stderr}`),
        }),
    );
  });
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const samples = fileURLToPath(new URL('../../content/samples/', import.meta.url));

/**
 * Writes the site's content folder: the kit's IOM Belarus samples, with the English article
 * marked `featured` (the site model's own field), then `edit` for a test's own change.
 */
async function writeContent(
  folder: string,
  edit?: (file: string, value: Record<string, unknown>) => void,
) {
  await rm(folder, { recursive: true, force: true });
  // Only the IOM Belarus set: the public-page samples in samples/iom-pages are a second site's.
  await cp(samples, folder, {
    recursive: true,
    filter: (source) => !source.includes(`${sep}iom-pages`),
  });
  for (const file of ['article.en.json', 'event.json']) {
    const path = join(folder, file);
    const value = JSON.parse(await readFile(path, 'utf8'));
    if (file === 'article.en.json') value.featured = true;
    edit?.(file, value);
    await writeFile(path, JSON.stringify(value, null, 2));
  }
}

const astroBuild = (env: Record<string, string> = {}) => run(astro, ['build'], env);

const page = (path: string) => readFile(join(site, 'dist', path), 'utf8');

describe('an Astro site built with iomLoader and a site model', () => {
  let build: { code: number; output: string };
  beforeAll(async () => {
    await rm(join(site, 'dist'), { recursive: true, force: true });
    await writeContent(join(site, 'content'));
    build = await astroBuild();
  });

  it('builds, with the content reported valid', () => {
    expect(build.output).toMatch(/\[@iom\/astro\] ✔ 15 documents in 6 files: all valid\./);
    expect(build.code).toBe(0);
  });

  it("types the entries from the loader's schemas (tsc over the site, after Astro's types)", async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = await run(tsc, ['--noEmit', '-p', site]);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('has a home page in each of the six UN languages, with lang and dir', async () => {
    for (const [lang, dir] of [
      ['en', 'ltr'],
      ['fr', 'ltr'],
      ['es', 'ltr'],
      ['ar', 'rtl'],
      ['ru', 'ltr'],
      ['zh', 'ltr'],
    ]) {
      expect(await page(`${lang}/index.html`)).toContain(`<html lang="${lang}" dir="${dir}">`);
    }
  });

  it('renders each article under its language, with @iom/ui markup and JSON-LD', async () => {
    const article = await page('en/news/partners-discuss-migrant-healthcare-plan/index.html');
    expect(article).toContain(
      '<h1>Partners in Belarus Discuss Three-Year Plan to Improve Migrants&#39; Access to Healthcare</h1>',
    );
    expect(article).toContain('<div class="iom-article-body" lang="en" dir="ltr"><p>On 5 November');
    expect(article).toMatch(
      /<script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org"/,
    );
    const arabic = await page('ar/news/partners-discuss-migrant-healthcare-plan-ar/index.html');
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
  });

  it("orders the home page by the site model's own field", async () => {
    const home = await page('fr/index.html');
    const cards = [...home.matchAll(/class="iom-news-card__link">([^<]+)</g)].map((m) => m[1]);
    expect(cards).toHaveLength(3);
    expect(cards[0]).toMatch(/^Partners in Belarus/);
  });

  it('ships no client JavaScript: no script but JSON-LD on any page', async () => {
    const files = await htmlFiles(join(site, 'dist'));
    expect(files.length).toBe(9);
    for (const file of files) {
      const scripts = (await readFile(file, 'utf8')).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.filter((tag) => !tag.includes('application/ld+json'))).toEqual([]);
    }
    const assets = await readdir(join(site, 'dist', '_astro'));
    expect(assets.filter((name) => name.endsWith('.js'))).toEqual([]);
  });
});

describe('the same site with mistakes in its content', () => {
  const broken = join(site, 'content-broken');
  afterAll(() => rm(broken, { recursive: true, force: true }));

  it('fails the build, after reporting every problem with its file and path', async () => {
    await writeContent(broken, (file, value) => {
      if (file === 'article.en.json') {
        delete value.summary;
        value.featured = 'yes';
      } else value.organisers = ['iom-ukraine'];
    });

    const { code, output } = await astroBuild({ IOM_CONTENT: 'content-broken' });
    expect(code).not.toBe(0);
    const reported = output.split('\n').filter((line) => line.includes('[ERROR] [@iom/astro]'));
    expect(reported.map((line) => line.replace(/^.*?\[@iom\/astro\] /, ''))).toEqual([
      'content-broken/article.en.json:1:1: summary: this field is required',
      'content-broken/article.en.json:116:3: featured: expected true or false, but found text',
      "content-broken/event.json:16:5: organisers[0]: refers to 'iom-ukraine', but no document has that id",
      expect.stringMatching(/^✖ 3 problems found in 15 documents in 6 files\./),
    ]);
    expect(output).toContain("The content folder 'content-broken' has 3 problems, listed above.");
    expect(output).not.toContain('Stack trace');
  });
});

/** A port nothing listens on, for the dev server. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(),
      );
    });
  });

describe('the site in astro dev', () => {
  const folder = join(site, 'content-dev');
  let server: ChildProcess | undefined;
  afterAll(async () => {
    server?.kill();
    await rm(folder, { recursive: true, force: true });
  });

  it('re-validates on save: a broken article leaves the page, and comes back when fixed', async () => {
    await writeContent(folder);
    const port = await freePort();
    let output = '';
    server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', `${port}`], {
      cwd: site,
      env: siteEnv({ IOM_CONTENT: 'content-dev' }),
    });
    const collect = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);

    const cardsOnHomePage = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/en/`).catch(() => undefined);
      if (!response?.ok) return undefined;
      return (await response.text()).match(/class="iom-news-card__link"/g)?.length ?? 0;
    };
    // The dev server starts, and re-reads after a save, in its own time; wait for what it shows.
    const eventually = (check: () => Promise<void>) =>
      vi.waitFor(check, { timeout: 120_000, interval: 250 });

    await eventually(async () => expect(await cardsOnHomePage(), output).toBe(3));

    const russian = join(folder, 'article.ru.json');
    const text = await readFile(russian, 'utf8');
    await writeFile(russian, text.replace('"lang": "ru"', '"lang": "not a language"'));
    await eventually(async () => expect(await cardsOnHomePage()).toBe(2));
    expect(output).toMatch(/\[@iom\/astro\] content-dev\/article\.ru\.json\S*: lang: /);

    await writeFile(russian, text);
    await eventually(async () => expect(await cardsOnHomePage()).toBe(3));
  });
});
