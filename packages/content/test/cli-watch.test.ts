import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// `iom-content validate --watch` as an editor runs it: the built bin in a child process, a real
// folder, real saves. Waits are generous and poll the output; nothing is timed.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const samples = fileURLToPath(new URL('../samples/', import.meta.url));
const markdownSamples = fileURLToPath(new URL('../markdown-samples/', import.meta.url));
const patience = { timeout: 45_000, interval: 100 };

let folder: string;
let child: ChildProcess;
let output = '';
const exited = () =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'iom-content-watch-'));
  // The IOM Belarus samples as a site keeps them: the articles (in three languages, each
  // naming its translations) as Markdown, the organisations, project and event as JSON.
  await cp(markdownSamples, folder, { recursive: true });
  for (const file of ['organisations.json', 'project.json', 'event.json']) {
    await cp(join(samples, file), join(folder, file));
  }
  child = spawn(process.execPath, [cli, 'validate', '.', '--watch'], { cwd: folder });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await rm(folder, { recursive: true, force: true });
});

/** The output printed after `mark`, once it contains `text`. */
async function waitFor(text: string | RegExp, mark: number) {
  await vi.waitFor(() => {
    const since = output.slice(mark);
    if (typeof text === 'string' ? !since.includes(text) : !text.test(since)) {
      throw new Error(`still waiting for ${text}; output so far:\n${output}`);
    }
  }, patience);
  return output.slice(mark);
}

describe('iom-content validate --watch', { timeout: 60_000 }, () => {
  it('validates once, then says it is watching', async () => {
    const first = await waitFor('Watching . for changes', 0);
    expect(first).toContain('✔ 15 documents in 6 files: all valid.');
  });

  it('validates again when a file is saved, with the new problem at its line', async () => {
    const mark = output.length;
    const file = join(folder, 'article.en.md');
    const text = await readFile(file, 'utf8');
    const line = text.split('\n').findIndex((row) => row.startsWith('summary:')) + 1;
    await writeFile(file, text.replace('\nsummary:', '\nsumary:'));
    const after = await waitFor(/✖ \d+ problems? found/, mark);
    expect(after).toContain('↻ article.en.md changed; validating again.');
    expect(after).toContain(
      `article.en.md:${line}:1: sumary: unknown field 'sumary' — did you mean 'summary'?`,
    );
  });

  it('checks the collection too: a changed id breaks the references to it in other files', async () => {
    const en = join(folder, 'article.en.md');
    const fixed = output.length;
    await writeFile(en, (await readFile(en, 'utf8')).replace('\nsumary:', '\nsummary:'));
    await waitFor('✔ 15 documents in 6 files: all valid.', fixed);
    const mark = output.length;
    const ru = join(folder, 'article.ru.md');
    await writeFile(
      ru,
      (await readFile(ru, 'utf8')).replace(
        'id: partners-discuss-migrant-healthcare-plan-ru',
        'id: partners-ru',
      ),
    );
    const after = await waitFor(/✖ \d+ problems? found/, mark);
    expect(after).toContain('↻ article.ru.md changed; validating again.');
    // The English article is unchanged, but its translation list now names a missing id.
    expect(after).toMatch(
      /^article\.en\.md:\d+:\d+: translations.*partners-discuss-migrant-healthcare-plan-ru/m,
    );
  });

  it('stops on Ctrl+C with no stack trace', async () => {
    child.kill('SIGINT');
    expect(await exited()).toBe(1); // the last validation found problems
    expect(output).not.toMatch(/\n\s+at /);
  });
});
