import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

const run = (args: string[]) =>
  new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: packageRoot }, (error, stdout) =>
      resolve({ code: error === null ? 0 : Number(error.code ?? -1), stdout }),
    );
  });

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'iom-content-import-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('iom-content import', () => {
  it('writes a Markdown content file per page, printing what it could not carry over', async () => {
    const page = 'test/fixtures/import/site/news/roundtable.html';
    const result = await run(['import', 'test/fixtures/import/site', '--out', scratch]);
    const written = join(scratch, 'news', 'roundtable.md');
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `${page}:14:5: a table cannot be kept in the text; its words were kept as paragraphs`,
      `${page}:15:5: the onclick attribute on <p> was dropped: scripts never run in content`,
      `${written}: written from ${page}; fill in published`,
      '1 page imported.',
    ]);
    expect(await readFile(written, 'utf8')).toBe(
      [
        '---',
        'type: article',
        'id: roundtable',
        'lang: en',
        "headline: Partners in Belarus Discuss Three-Year Plan to Improve Migrants' Access to Healthcare",
        'summary: On 5 November, a roundtable was held in Minsk as part of an IOM project.',
        '# published: when it was first published, like 2024-11-05T10:00:00+03:00',
        '---',
        '',
        'On 5 November, a roundtable was held as part of the project implemented by the [International Organization for Migration](https://www.iom.int) (IOM).',
        '',
        'Ministry of Health Host',
        '',
        'Participants reviewed the final recommendations.',
        '',
      ].join('\n'),
    );

    // The editor is left with exactly what the page did not say.
    const check = await run(['validate', written]);
    expect(check.stdout).toContain(`${written}:2:1: published:`);
    expect(check.stdout).toContain('✖ 1 problem found');
  });

  it('never overwrites a file, and exits 2 for a missing path', async () => {
    const again = await run(['import', 'test/fixtures/import/site', '--out', scratch]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('already exists');
    const missing = await run(['import', 'no/such/page.html']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('no/such/page.html: no such file or folder');
  });
});
