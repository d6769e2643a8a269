import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The CLI as users get it: the built bin, run by node in a child process. */
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = packageRoot): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const lines = (text: string) => text.trimEnd().split('\n');

/**
 * What the samples folder holds, counted from its files (a JSON list holds one document per
 * item), so adding a sample changes what the CLI must report without editing a number here.
 */
async function sampleContents(): Promise<{ files: number; documents: number }> {
  const folder = join(packageRoot, 'samples');
  const names = (await readdir(folder, { recursive: true })).filter((name) =>
    name.endsWith('.json'),
  );
  const parsed = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as unknown),
  );
  const documents = parsed.reduce<number>(
    (total, json) => total + (Array.isArray(json) ? json.length : 1),
    0,
  );
  return { files: names.length, documents };
}

/** The sample articles without an image, each warned about (the Belarus set has no photos). */
const articlesWithoutImage = [
  'samples/article.ar.json',
  'samples/article.en.json',
  'samples/article.ru.json',
  'samples/iom-pages/article-story.json',
  'samples/iom-pages/article.json',
];
const noStackTrace = (result: Run) =>
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'iom-content-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('iom-content validate', () => {
  it('exits 0 on the samples (IOM Belarus and the public-page set) and says what it checked, warnings included', async () => {
    const result = await run(['validate', 'samples']);
    const { files, documents } = await sampleContents();
    // A missing field's warning points at the document's first line.
    const noImage = '1:1: images: warning: add an image: without one, shared links show no picture';
    expect(result).toEqual({
      code: 0,
      stdout: `${[
        ...articlesWithoutImage.map((file) => `${file}:${noImage}`),
        `✔ ${documents} documents in ${files} files: all valid. ${articlesWithoutImage.length} warnings.`,
      ].join('\n')}\n`,
      stderr: '',
    });
  });

  it('lists every problem in a folder of broken documents as file:line:column: path: message, and exits 1', async () => {
    const result = await run(['validate', 'test/fixtures/broken']);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      // Each problem at its key or list item; a misspelt field is one problem, not two.
      "test/fixtures/broken/article.json:6:3: sumary: unknown field 'sumary' — did you mean 'summary'?",
      "test/fixtures/broken/article.json:13:11: body[0].children[0].href: 'javascript:' links are not allowed; use an https:// address",
      'test/fixtures/broken/article.json:19:3: published: write the year with four digits, from 1000, like 2019',
      'test/fixtures/broken/article.json:20:14: images[0].alt: describe the image for screen-reader users, or mark it decorative',
      'test/fixtures/broken/malformed.json:5:1: not valid JSON: Expected double-quoted property name',
      // A list of documents: each problem also names the document's id.
      "test/fixtures/broken/nested/events.yaml:5:3: [0].kind (in 'broken-roundtable'): 'roundtabel' is not one of the allowed values — did you mean 'roundtable'? Allowed: 'roundtable', 'conference', 'training', 'workshop', 'seminar', 'meeting', 'webinar', 'launch', 'exhibition', 'observance', 'celebration', 'dialogue', 'forum', 'consultation', 'screening', 'visit', 'campaign', 'other'",
      "test/fixtures/broken/nested/events.yaml:7:3: [0].end (in 'broken-roundtable'): the event ends before it starts",
      "test/fixtures/broken/nested/events.yaml:10:5: [0].location.country (in 'broken-roundtable'): write the country code in capitals: 'BY'",
      'test/fixtures/broken/nested/events.yaml:22:3: [2].participants (in \'broken-project\'): name at least one implementing organisation (role "implementing")',
      "test/fixtures/broken/nested/events.yaml:27:5: [2].budget.currency (in 'broken-project'): use a three-letter ISO 4217 currency code, like 'USD', 'EUR' or 'BYN'",
      "test/fixtures/broken/nested/events.yaml:30:7: [2].sdgs[0].target (in 'broken-project'): target '4.1' belongs to goal 4, not goal 3",
      "test/fixtures/broken/nested/events.yaml:36:3: [3].parent (in 'business-women-club'): refers to 'broken-roundtable', which is an event; an organisation is expected here",
      '✖ 12 problems found in 5 documents in 3 files.',
    ]);
    expect(result.stderr).toBe('');
  });

  it('points at the line and column of each problem in a Markdown file, in text and JSON', async () => {
    const file = 'test/fixtures/broken-markdown/article.md';
    const result = await run(['validate', file]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      // A misspelt required field is one problem, at its key.
      `${file}:6:1: sumary: unknown field 'sumary' — did you mean 'summary'?`,
      `${file}:10:17: body: the link was dropped, its words kept: 'javascript:' addresses are not allowed (javascript:alert(1)); use an https:// address`,
      `${file}:12:1: body[1].image.alt: describe the image for screen-reader users, or mark it decorative`,
      `${file}:14:1: body: a table cannot be kept in the text; write its content as a list or paragraphs`,
      '✖ 4 problems found in 1 document in 1 file.',
    ]);
    const json = JSON.parse((await run(['validate', file, '--format', 'json'])).stdout);
    expect(
      json.problems.map((problem: { line: number; column: number }) => [
        problem.line,
        problem.column,
      ]),
    ).toEqual([
      [6, 1],
      [10, 17],
      [12, 1],
      [14, 1],
    ]);
  });

  it('checks the files together as a collection: references across files, duplicate ids', async () => {
    const folder = join(scratch, 'collection');
    await mkdir(folder);
    const organisation = {
      type: 'organisation',
      id: 'iom',
      lang: 'en',
      name: 'International Organization for Migration',
      kind: 'multilateral',
    };
    await writeFile(join(folder, 'a.json'), JSON.stringify(organisation));
    const listOfTwo = JSON.stringify([
      { ...organisation, id: 'iom-belarus', parent: 'iom' },
      organisation,
    ]);
    await writeFile(join(folder, 'b.json'), listOfTwo);
    // The second document's "id" key, on the file's only line.
    const secondId = listOfTwo.lastIndexOf('"id"') + 1;
    await writeFile(
      join(folder, 'c.yml'),
      'type: organisation\nid: iom-development-fund\nlang: en\nname: IOM Development Fund\nkind: multilateral\nparent: iom-global\n',
    );
    const result = await run(['validate', folder]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      `${folder}/b.json:1:${secondId}: [1].id (in 'iom'): the id 'iom' is already used by an organisation (document 1); ids must be unique`,
      `${folder}/c.yml:6:1: parent: refers to 'iom-global', but no document has that id`,
      '✖ 2 problems found in 4 documents in 3 files.',
    ]);
  });

  it('prints a machine-readable report with --format json', async () => {
    const result = await run(['validate', 'test/fixtures/broken/nested', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ valid: false, files: 1, documents: 4 });
    expect(report.problems[0]).toEqual({
      file: 'test/fixtures/broken/nested/events.yaml',
      line: 5,
      column: 3,
      document: 'broken-roundtable',
      path: '[0].kind',
      message: expect.stringContaining("did you mean 'roundtable'?"),
    });
    expect(report.problems).toHaveLength(7);

    const valid = await run(['validate', 'samples', '--format', 'json']);
    expect(JSON.parse(valid.stdout)).toEqual({
      valid: true,
      ...(await sampleContents()),
      problems: [],
      warnings: articlesWithoutImage.map((file) => ({
        file,
        line: 1,
        column: 1,
        path: 'images',
        message: 'add an image: without one, shared links show no picture',
        severity: 'warning',
      })),
    });
  });

  it('exits 1 on warnings with --strict, and 0 without', async () => {
    expect((await run(['validate', 'samples'])).code).toBe(0);
    const strict = await run(['validate', 'samples', '--strict']);
    expect(strict.code).toBe(1);
    expect(lines(strict.stdout)[0]).toBe(
      'samples/article.ar.json:1:1: images: warning: add an image: without one, shared links show no picture',
    );
  });

  it('migrate says what would change, and --write changes it, keeping YAML comments', async () => {
    const folder = join(scratch, 'old');
    await mkdir(folder, { recursive: true });
    const json = join(folder, 'iom.json');
    const yaml = join(folder, 'partners.yaml');
    await writeFile(
      json,
      JSON.stringify({
        type: 'organisation',
        id: 'iom',
        lang: 'en',
        name: 'IOM',
        kind: 'other',
        links: [{ url: 'https://www.iom.int', label: 'IOM' }],
      }),
    );
    await writeFile(
      yaml,
      'type: organisation\nid: who\nlang: en\nname: WHO\nkind: multilateral\nlinks:\n  # the profile\n  - url: https://www.who.int\n    label: WHO\n',
    );
    const dry = await run(['migrate', folder]);
    expect(dry.code).toBe(0);
    expect(lines(dry.stdout)).toEqual([
      `${json}: links[0]: 'url' renamed to 'href'`,
      `${yaml}: links[0]: 'url' renamed to 'href'`,
      '2 of 2 files would change; run again with --write to change them.',
    ]);
    expect((await run(['validate', folder])).code).toBe(1);

    const written = await run(['migrate', folder, '--write']);
    expect(lines(written.stdout).at(-1)).toBe('✔ migrated 2 of 2 files.');
    expect(await readFile(yaml, 'utf8')).toContain('# the profile\n  - href: https://www.who.int');
    expect((await run(['validate', folder])).code).toBe(0);
    expect(lines((await run(['migrate', folder])).stdout)).toEqual([
      '✔ 2 files: nothing to migrate.',
    ]);
  });

  it('explains malformed YAML with its line and column', async () => {
    const file = join(scratch, 'bad.yaml');
    await writeFile(file, 'type: event\ntitle: [unclosed\n');
    const result = await run(['validate', file]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)[0]).toMatch(new RegExp(`^${file}:3:1: not valid YAML: .+`));
    noStackTrace(result);
  });

  it('exits 2 with a clear message for a missing file', async () => {
    const result = await run(['validate', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(lines(result.stdout)[0]).toBe('no/such/folder: no such file or folder');
    noStackTrace(result);
  });

  it('exits 2 for an empty folder and for a file that is not content', async () => {
    const empty = join(scratch, 'empty');
    await mkdir(empty);
    const emptyResult = await run(['validate', empty]);
    expect(emptyResult.code).toBe(2);
    expect(lines(emptyResult.stdout)[0]).toBe(
      `${empty}: the folder holds no .json, .yaml, .yml or .md files`,
    );

    const text = join(scratch, 'notes.txt');
    await writeFile(text, 'hello');
    const textResult = await run(['validate', text]);
    expect(textResult.code).toBe(2);
    expect(lines(textResult.stdout)[0]).toBe(`${text}: not a .json, .yaml, .yml or .md file`);
  });

  it('refuses a 50 MB file with a message instead of running out of memory', async () => {
    const big = join(scratch, 'huge.json');
    await writeFile(big, `[${'"x",'.repeat((50 * 1024 * 1024) / 4)}"x"]`);
    const result = await run(['validate', big]);
    expect(result.code).toBe(2);
    expect(lines(result.stdout)[0]).toBe(
      `${big}: the file is 50.0 MB; content files over 10 MB are not read (split it into smaller files)`,
    );
    noStackTrace(result);
  });

  it('reports an empty file as holding no documents', async () => {
    const file = join(scratch, 'empty.yaml');
    await writeFile(file, '');
    const result = await run(['validate', file]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)[0]).toBe(`${file}: the file holds no documents`);
  });

  it.each([
    [[], 'missing command'],
    [['check', 'samples'], "unknown command 'check'"],
    [['validate'], 'name at least one file or folder to validate'],
    [['validate', 'samples', '--format', 'xml'], "unknown format 'xml'; use text or json"],
    [['validate', 'samples', '--colour'], "Unknown option '--colour'"],
  ])('exits 2 with usage help for %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`iom-content: ${message}`);
    expect(result.stderr).toContain('Usage: iom-content validate');
    noStackTrace(result);
  });

  it('prints help with --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Exit codes: 0 valid, 1 problems found (a file that cannot be read is one), 2 usage',
    );
  });
});
