import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const appDirectory = fileURLToPath(new URL('..', import.meta.url));

const build = (env: Record<string, string>, out: string) =>
  new Promise<{ code: number; stderr: string }>((resolve) => {
    const { SITE_URL: _siteUrl, CI: _ci, NODE_ENV: _nodeEnv, ...rest } = process.env;
    execFile(
      process.execPath,
      ['scripts/build.mjs', '--out', out],
      { cwd: appDirectory, env: { ...rest, ...env }, timeout: 60_000 },
      (error, _stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? -1), stderr }),
    );
  });

describe('a CI or production build without SITE_URL', () => {
  it.each<Record<string, string>>([{ CI: 'true' }, { NODE_ENV: 'production' }])(
    'stops with one line saying what to set (%o)',
    async (env) => {
      const scratch = await mkdtemp(join(tmpdir(), 'iom-demo-site-url-'));
      try {
        const out = join(scratch, 'dist');
        const { code, stderr } = await build(env, out);
        expect(code).toBe(1);
        expect(stderr.trimEnd().split('\n')).toEqual([
          'SITE_URL is not set: a CI or production build needs the public address, like SITE_URL=https://belarus.iom.int/',
        ]);
        await expect(access(out)).rejects.toThrow();
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
  );
});
