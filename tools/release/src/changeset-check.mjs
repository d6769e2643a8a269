#!/usr/bin/env node
// Fails when a published package changed since the base branch without a changeset, and says
// how to add one. Base: the first argument, else $CHANGESET_BASE, else `main`.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const require = createRequire(import.meta.url);
const cwd = process.cwd();
const base = process.argv[2] ?? process.env.CHANGESET_BASE ?? 'main';

const git = async (...args) => (await exec('git', args, { cwd })).stdout.trim();

let mergeBase;
try {
  mergeBase = await git('merge-base', base, 'HEAD');
} catch {
  console.log(`changeset check: no '${base}' branch to compare with; nothing to check.`);
  process.exit(0);
}
if (mergeBase === (await git('rev-parse', 'HEAD'))) {
  console.log(`changeset check: HEAD is '${base}' itself; nothing to check.`);
  process.exit(0);
}

const changesetBin = join(
  dirname(require.resolve('@changesets/cli/package.json', { paths: [cwd] })),
  'bin.js',
);
try {
  await exec(process.execPath, [changesetBin, 'status', `--since=${base}`], { cwd });
  console.log(`changeset check: every changed package since '${base}' has a changeset.`);
} catch (error) {
  const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  console.error(
    [
      `✖ Published packages changed since '${base}' without a changeset.`,
      '  Describe the change for the release notes:',
      '    pnpm changeset        # pick the packages, the bump (patch/minor/major), write a summary',
      '    git add .changeset && git commit',
      '',
      output.trim(),
    ].join('\n'),
  );
  process.exitCode = 1;
}
