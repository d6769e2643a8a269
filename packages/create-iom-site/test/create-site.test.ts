import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { loadContent } from '@iom/content/node';
import { messages as english } from '@iom/ui/messages/en';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'create-iom-site-'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

/** Runs the starter as `create-iom-site <args>`, answering its questions from `answers` if a terminal. */
async function create(args: string[], { terminal = false, answers = [] as string[] } = {}) {
  const stdin = Object.assign(new PassThrough(), { isTTY: terminal });
  let stdout = '';
  let stderr = '';
  const questions: string[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      const text = String(chunk);
      stdout += text;
      // A question ends with its default in brackets: answer it, as a person would.
      if (text.endsWith(']: ')) {
        questions.push(text);
        stdin.write(`${answers.shift() ?? ''}\n`);
      }
      done();
    },
  });
  const err = new Writable({
    write(chunk, _encoding, done) {
      stderr += String(chunk);
      done();
    },
  });
  const code = await main(args, { stdin, stdout: out, stderr: err, cwd });
  return { code, stdout, stderr, questions };
}

const read = (...path: string[]) => readFile(join(cwd, ...path), 'utf8');
const readJson = async (...path: string[]) => JSON.parse(await read(...path));

describe('create-iom-site with --yes', () => {
  let result: Awaited<ReturnType<typeof create>>;
  beforeAll(async () => {
    result = await create(['six', '--yes']);
  });

  it('writes an Astro site for the six UN languages and says what to run next', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(languages: en, fr, es, ar, ru, zh)');
    expect(result.stdout).toMatch(/cd six\n {2}npm install\n {2}npm run build\n/);
    expect((await readJson('six', 'src', 'site.json')).languages).toEqual([
      'en',
      'fr',
      'es',
      'ar',
      'ru',
      'zh',
    ]);
    const files = await readdir(join(cwd, 'six'), { recursive: true });
    for (const file of [
      'astro.config.mjs',
      'tsconfig.json',
      '.gitignore',
      'src/content.config.ts',
      'src/layouts/Page.astro',
      'src/pages/[lang]/index.astro',
      'src/pages/[lang]/news/[id].astro',
      'src/pages/[lang]/events/[id].astro',
      'src/pages/[lang]/projects/[id].astro',
    ]) {
      expect(files).toContain(file);
    }
    // Every language the site has is one the kit ships words for: no file to translate.
    expect(files.some((file) => file.startsWith('src/messages'))).toBe(false);
  });

  it('gives the site the scripts its README names, and the kit and Astro as dependencies', async () => {
    const manifest = await readJson('six', 'package.json');
    expect(manifest.name).toBe('six');
    expect(manifest.scripts).toMatchObject({
      build: 'astro build',
      check: 'iom-content validate content',
    });
    expect(Object.keys(manifest.dependencies)).toEqual(
      expect.arrayContaining(['@iom/astro', '@iom/content', '@iom/ui', 'astro', 'react', 'zod']),
    );
    expect(manifest.engines.node).toBe('>=22.12');
    const readme = await read('six', 'README.md');
    expect(readme).toContain('```sh\nnpm install\nnpm run build\n```');
    expect(readme).toContain('npm run check');
  });

  it('starts the content with the IOM Belarus samples, articles as Markdown, all valid together', async () => {
    const content = join(cwd, 'six', 'content');
    expect((await readdir(content)).sort()).toEqual([
      'article.ar.md',
      'article.en.md',
      'article.ru.md',
      'event.json',
      'organisations.json',
      'project.json',
    ]);
    expect(await readFile(join(content, 'article.en.md'), 'utf8')).toContain(
      "headline: Partners in Belarus Discuss Three-Year Plan to Improve Migrants' Access to Healthcare",
    );
    const { report } = await loadContent([content]);
    expect(report.problems).toEqual([]);
    expect(report.documents).toBe(15);
  });
});

describe('create-iom-site with --name and --languages', () => {
  it('writes a messages file in English for a language outside the six, and only for it', async () => {
    const result = await create([
      'ukraine',
      '--name',
      'IOM Ukraine',
      '--languages',
      'en, uk,ru',
      '--url',
      'https://ukraine.iom.int/',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created the site of IOM Ukraine in ukraine');
    expect(result.stdout).toContain(
      'uk: not one of the six UN languages; translate src/messages/uk.json',
    );
    expect(await readJson('ukraine', 'src', 'site.json')).toMatchObject({
      name: 'IOM Ukraine',
      url: 'https://ukraine.iom.int',
      languages: ['en', 'uk', 'ru'],
    });
    expect(await readdir(join(cwd, 'ukraine', 'src', 'messages'))).toEqual(['uk.json']);
    // Every group of the kit's words, as the components have them in English: nothing missing.
    expect(await readJson('ukraine', 'src', 'messages', 'uk.json')).toEqual(english);
    expect(await read('ukraine', 'README.md')).toContain('`src/messages/uk.json`');
  });

  it('runs without questions when its input is not a terminal, with the defaults', async () => {
    const result = await create(['piped', '--name', 'IOM Moldova']);
    expect(result.questions).toEqual([]);
    expect(result.code).toBe(0);
    expect((await readJson('piped', 'src', 'site.json')).languages).toHaveLength(6);
  });

  it('asks at a terminal for what the flags leave out, again after a wrong answer', async () => {
    const result = await create(['asked', '--url', 'https://moldova.iom.int'], {
      terminal: true,
      answers: ['IOM Moldova', 'ro,r!', 'ro,en', 'ignored'],
    });
    expect(result.code).toBe(0);
    expect(result.questions).toHaveLength(3);
    expect(result.stdout).toContain("'r!' is not a language code");
    expect(await readJson('asked', 'src', 'site.json')).toMatchObject({
      name: 'IOM Moldova',
      languages: ['ro', 'en'],
    });
  });
});

describe('create-iom-site with mistakes', () => {
  it.each([
    [['x', '--nme', 'IOM Ukraine'], "Unknown option '--nme'"],
    [['x', '--languages', 'en,xx yy'], "'xx yy' is not a language code"],
    [['x', '--languages', 'en,EN'], "'EN' is listed twice"],
    [['x', '--languages', ' , '], 'no languages given'],
    [['x', '--name', '  '], "the office's name is empty"],
    [['x', '--url', 'ftp://example.org'], "'ftp://example.org' is not a web address"],
    [['IOM', 'Ukraine'], 'give one folder to create, not 2'],
    [['--yes'], 'name the folder to create'],
  ])('%j: says what is wrong in plain words, writes nothing', async (args, message) => {
    const result = await create(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`create-iom-site: ${message}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(cwd)).not.toContain('x');
  });

  it('never writes into a folder that holds files', async () => {
    await mkdir(join(cwd, 'taken'));
    await writeFile(join(cwd, 'taken', 'notes.txt'), 'mine');
    const result = await create(['taken', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the folder 'taken' already exists and is not empty");
    expect(await readdir(join(cwd, 'taken'))).toEqual(['notes.txt']);
  });
});

describe('the create-iom-site command', () => {
  const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [bin, ...args], { cwd }, (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
      );
      child.stdin?.end();
    });

  it('creates a site from piped input with no questions, as npm create runs it in CI', async () => {
    const result = await run(['from-bin', '--languages', 'en,ar']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readJson('from-bin', 'src', 'site.json')).languages).toEqual(['en', 'ar']);
  });

  it('exits 2 on a bad flag with one plain line, no stack trace', async () => {
    const result = await run(['--languages']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^create-iom-site: Option '--languages <value>' argument missing/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
