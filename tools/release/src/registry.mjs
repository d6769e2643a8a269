import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { start } from './process.mjs';

const require = createRequire(import.meta.url);

/** A port nobody listens on, on the loopback address only. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited early:\n${child.output}`);
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `Verdaccio did not answer on ${url} within ${timeoutMs / 1000} s:\n${child.output}`,
  );
}

/**
 * Starts Verdaccio on 127.0.0.1 with its storage in `folder`: our packages (`@iom/*` and
 * `create-iom-site`) are served from it, everything else through its uplink to the public
 * registry. Returns the registry URL and the token of a throwaway user allowed to publish.
 */
export async function startRegistry(folder) {
  await mkdir(folder, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = join(folder, 'config.yaml');
  await writeFile(
    config,
    [
      `storage: ${join(folder, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(folder, 'htpasswd')}`,
      '    max_users: 1',
      'uplinks:',
      '  npmjs:',
      '    url: https://registry.npmjs.org/',
      '    timeout: 120s',
      // By default two failed requests mark the uplink offline for five minutes, turning one
      // dropped request into 404s for every later install; retry after 5 s instead.
      '    max_fails: 50',
      '    fail_timeout: 5s',
      // Ours, served only from here (no uplink): the scope and the unscoped starter.
      'packages:',
      "  '@iom/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  'create-iom-site':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    proxy: npmjs',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const bin = join(require.resolve('verdaccio/package.json'), '..', 'bin', 'verdaccio');
  const child = start(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`]);
  await waitUntilUp(url, child);

  const user = `rehearsal-${process.pid}`;
  const response = await fetch(`${url}-/user/org.couchdb.user:${user}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user, password: `${user}-${Date.now()}` }),
  });
  const { token } = await response.json();
  if (!response.ok || typeof token !== 'string')
    throw new Error(`Could not create a registry user (HTTP ${response.status}).`);
  return { url, token, child };
}
