import { execFile, execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The CLI on a generated folder of odd files, the kind CMS exports and other people's scripts
 * leave behind: each must become its own `file: message` line while every other file is still
 * checked, and nothing from content may reach the terminal unescaped.
 */
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const isRoot = process.getuid?.() === 0;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const organisation = (id: string) => ({
  type: 'organisation',
  id,
  lang: 'en',
  name: 'IOM Belarus',
  kind: 'multilateral',
});
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A YAML "billion laughs": nine levels of nine aliases each. */
const aliasBomb = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((name, index) => {
    const previous = 'abcdefgh'[index];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
  }),
].join('\n');

let scratch: string;
let folder: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'iom-content-odd-'));
  folder = join(scratch, 'odd');
  await mkdir(folder);
  const write = (name: string | Buffer, text: string | Buffer) =>
    writeFile(
      typeof name === 'string'
        ? join(folder, name)
        : Buffer.concat([Buffer.from(`${folder}/`), name]),
      text,
    );
  await write('a-valid.json', json(organisation('iom-belarus')));
  await write('bom.json', `\ufeff${json(organisation('iom-bom'))}`);
  await write('bomb.yaml', aliasBomb);
  await write(
    'duplicate.json',
    '{"type": "organisation", "id": "dup", "id": "dup-2", "lang": "en",\n"name": "IOM", "kind": "multilateral"}',
  );
  await write(
    'duplicate.yaml',
    '- type: organisation\n  id: dup-yaml\n  lang: en\n  name: IOM\n  name: IOM Belarus\n  kind: multilateral\n',
  );
  await write(
    'forge.json',
    json({ ...organisation('forge'), 'x\u001b[2J\nother.json: ✔ 0 problems': 1 }),
  );
  await write('hostile.json', json({ type: { toString: 1 } }));
  await write(
    'identifier.json',
    json({ ...organisation('long'), iatiIdentifier: `XM${'-a'.repeat(200_000)}!` }),
  );
  await write('latin1.json', Buffer.from('{"name": "Caf\xe9"}', 'latin1'));
  await write(
    Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0xff, 0x2e, 0x6a, 0x73, 0x6f, 0x6e]),
    json({ ...organisation('bytes'), sumary: 'x' }),
  );
  await write('new\nline.json', json({ ...organisation('newline'), kind: 'ngo' }));
  execFileSync('mkfifo', [join(folder, 'pipe.json')]);
  await write('unreadable.json', json(organisation('unreadable')));
  await chmod(join(folder, 'unreadable.json'), 0o000);
  await mkdir(join(folder, 'locked'));
  await write('locked/inside.json', json(organisation('inside')));
  await chmod(join(folder, 'locked'), 0o000);
});
afterAll(async () => {
  await chmod(join(folder, 'locked'), 0o755);
  await rm(scratch, { recursive: true, force: true });
});

describe('iom-content validate on a folder of odd files', () => {
  it('reports each odd file on its own line, checks all the others, and exits 1', async () => {
    const result = await run(['validate', folder]);
    const out = result.stdout.trimEnd().split('\n');
    const at = (name: string) => `${folder}/${name}`;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(out.slice(0, -1)).toEqual([
      `${at('bomb.yaml')}: the YAML expands its aliases (*name) too many times, more than 100; write the values out`,
      `${at('duplicate.json')}:1:39: id: the field 'id' is written more than once; keep one (only the last is read)`,
      `${at('duplicate.yaml')}:5:3: [0].name: the field 'name' is written more than once; keep one (only the last is read)`,
      `${at('forge.json')}:1:1: x\\u001b[2J\\nother.json: ✔ 0 problems: unknown field 'x\\u001b[2J\\nother.json: ✔ 0 problems' — remove it, or check the spelling`,
      `${at('hostile.json')}:2:3: type: expected one of 'organisation', 'project', 'event', 'article', but found a group of fields`,
      `${at('identifier.json')}:7:3: iatiIdentifier: use an IATI identifier such as 'XM-DAC-47066'`,
      `${at('latin1.json')}: the file is not UTF-8 text; save it as UTF-8`,
      ...(isRoot ? [] : [`${at('locked')}: cannot be read: permission denied`]),
      `${at('name\\xff.json')}:7:3: sumary: unknown field 'sumary' — remove it, or check the spelling`,
      `${at('new\\nline.json')}:6:3: kind: 'ngo' is not one of the allowed values: 'government', 'local-government', 'other-public-sector', 'international-ngo', 'national-ngo', 'regional-ngo', 'partner-country-ngo', 'public-private-partnership', 'multilateral', 'foundation', 'private-sector', 'academic', 'other'`,
      `${at('pipe.json')}: not a regular file (a folder, pipe or device), so it was not read`,
      ...(isRoot ? [] : [`${at('unreadable.json')}: cannot be read: permission denied`]),
    ]);
    expect(out.at(-1)).toMatch(/^✖ \d+ problems found in \d+ documents in \d+ files\.$/);
    // Every line but the summary starts with a real file name.
    for (const line of out.slice(0, -1)) expect(line.startsWith(`${folder}/`)).toBe(true);
  });

  it('escapes the same way in the JSON report', async () => {
    const result = await run(['validate', join(folder, 'forge.json'), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('\u001b');
    expect(JSON.parse(result.stdout).problems[0].path).toBe(
      'x\\u001b[2J\\nother.json: ✔ 0 problems',
    );
  });

  it('exits 2 when nothing named can be read at all', async () => {
    const result = await run(['validate', join(folder, 'pipe.json'), join(folder, 'latin1.json')]);
    expect(result.code).toBe(2);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `${folder}/pipe.json: not a regular file (a folder, pipe or device), so it was not read`,
      `${folder}/latin1.json: the file is not UTF-8 text; save it as UTF-8`,
      '✖ 2 problems found in 0 documents in 2 files.',
    ]);
  });
});
