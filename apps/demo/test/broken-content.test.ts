import { execFile } from 'node:child_process';
import { access, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDirectory = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const contentPackage = dirname(require.resolve('@iom/content/package.json'));
const cli = join(contentPackage, 'dist', 'cli.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const run = (args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(
      process.execPath,
      args,
      // A local address, as `pnpm start` uses: this build is checked here, never deployed.
      {
        cwd: appDirectory,
        // Stuck, not slow: a build on a busy machine may take a minute or two.
        timeout: 170_000,
        env: { ...process.env, SITE_URL: 'http://127.0.0.1:4173/' },
      },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? -1), stdout, stderr }),
    );
  });

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'iom-demo-broken-'));
  await cp(join(appDirectory, 'content'), join(scratch, 'content'), { recursive: true });
  // An editor's typo: the event's title written as 'titel'.
  const eventFile = join(scratch, 'content', 'event.json');
  const event = JSON.parse(await readFile(eventFile, 'utf8'));
  event.titel = event.title;
  delete event.title;
  await writeFile(eventFile, JSON.stringify(event, null, 2));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('a build with a broken content file', () => {
  it('stops, printing the same file:line:column: path: message lines as the iom-content CLI', async () => {
    const content = join(scratch, 'content');
    const out = join(scratch, 'dist');
    const build = await run(['scripts/build.mjs', '--content', content, '--out', out]);
    const check = await run([cli, 'validate', content]);

    expect(build.code).toBe(1);
    expect(check.code).toBe(1);
    const eventFile = join(content, 'event.json');
    // The line points at the misspelt key, and names the field it should be: one problem, not
    // a second one for the missing title.
    expect(build.stderr).not.toContain('title: this field is required');
    expect(build.stderr).toMatch(
      new RegExp(`${eventFile}:\\d+:3: titel: unknown field 'titel' — did you mean 'title'\\?`),
    );
    expect(build.stderr).toContain(check.stdout.trimEnd());
    expect(build.stderr).not.toMatch(/\n\s+at /);
    await expect(access(out)).rejects.toThrow();
  });

  it('builds from the same copy once the typo is fixed', async () => {
    const eventFile = join(scratch, 'content', 'event.json');
    await cp(join(appDirectory, 'content', 'event.json'), eventFile);
    const out = join(scratch, 'dist');
    const build = await run([
      'scripts/build.mjs',
      '--content',
      join(scratch, 'content'),
      '--out',
      out,
    ]);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    await access(join(out, 'en', 'events', 'migrant-healthcare-roundtable', 'index.html'));
  });
});
