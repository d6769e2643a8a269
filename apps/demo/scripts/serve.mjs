#!/usr/bin/env node
// `pnpm start`: serves the built site on 127.0.0.1 and prints its URL. Port 4173 (the address
// the build writes into canonical URLs) unless PORT says otherwise or it is taken.
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '@iom/browser-testing/static-server';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
try {
  await access(`${root}index.html`);
} catch {
  console.error(
    'The site is not built yet: run `pnpm build` first (or `pnpm start` from the repository root).',
  );
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4173);
// The root page chooses a language for hosts that cannot redirect; this server can, with a 301.
const redirects = { '/': '/en/' };
let server;
try {
  server = await startStaticServer({ root, port, redirects });
} catch (error) {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
  server = await startStaticServer({ root, port: 0, redirects });
  console.log(`Port ${port} is in use; serving on another one.`);
}
console.log(`IOM Belarus demo site: ${server.url}en/  (Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
