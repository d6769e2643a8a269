import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../src/tarball.mjs';

const exec = promisify(execFile);
const check = fileURLToPath(new URL('../src/changeset-check.mjs', import.meta.url));

let repo;
const git = (...args) =>
  exec('git', ['-c', 'user.name=Test', '-c', 'user.email=test@localhost', ...args], { cwd: repo });
const write = async (file, text) => {
  await mkdir(join(repo, file, '..'), { recursive: true });
  await writeFile(join(repo, file), text);
};
const runCheck = () =>
  exec(process.execPath, [check], {
    cwd: repo,
    env: { ...process.env, CHANGESET_BASE: 'main' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error) => ({ code: error.code, output: `${error.stdout}${error.stderr}` }),
  );

beforeEach(async () => {
  // A small workspace shaped like ours: one published package, changesets configured.
  repo = await mkdtemp(join(tmpdir(), 'iom-changeset-check-'));
  await write('package.json', JSON.stringify({ name: 'root', private: true }));
  await write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  await write('.changeset/config.json', JSON.stringify({ baseBranch: 'main', access: 'public' }));
  await write(
    'packages/content/package.json',
    JSON.stringify({ name: '@iom/content', version: '1.0.0' }),
  );
  await write('packages/content/src/index.ts', 'export const answer = 42;\n');
  await symlink(join(repositoryRoot, 'node_modules'), join(repo, 'node_modules'));
  await write('.gitignore', 'node_modules\n');
  await git('init', '--quiet', '--initial-branch=main');
  await git('add', '--all');
  await git('commit', '--quiet', '-m', 'base');
  await git('checkout', '--quiet', '-b', 'feature');
  await write('packages/content/src/index.ts', 'export const answer = 43;\n');
  await git('commit', '--quiet', '-am', 'change the package');
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('the changeset check', () => {
  it('fails on a branch that changed a package without a changeset, and says how to add one', async () => {
    const result = await runCheck();
    expect(result.code).toBe(1);
    expect(result.output).toContain("Published packages changed since 'main' without a changeset.");
    expect(result.output).toContain('pnpm changeset');
    // changesets' own verdict, not some other failure of the command:
    expect(result.output).toContain('Some packages have been changed but no changesets were found');
  });

  it('passes once the branch has a changeset for the change', async () => {
    await write(
      '.changeset/brave-answer.md',
      '---\n"@iom/content": patch\n---\n\nA better answer.\n',
    );
    await git('add', '--all');
    await git('commit', '--quiet', '-m', 'add changeset');
    const result = await runCheck();
    expect(result).toEqual({
      code: 0,
      output: "changeset check: every changed package since 'main' has a changeset.\n",
    });
  });

  it('has nothing to check on the base branch itself', async () => {
    await git('checkout', '--quiet', 'main');
    expect(await runCheck()).toEqual({
      code: 0,
      output: "changeset check: HEAD is 'main' itself; nothing to check.\n",
    });
  });
});
