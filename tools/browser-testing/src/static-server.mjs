// A tiny static file server for built sites (the demo, Storybook): enough for `pnpm start` and
// the browser tests, with the rules a static host applies (`/a/` serves `a/index.html`, `/a`
// redirects to `/a/`, anything else is the 404 page with status 404).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** @type {Readonly<Record<string, string>>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
};

/** @param {string} path */
const isFile = async (path) => (await stat(path).catch(() => undefined))?.isFile() === true;

/**
 * The file a URL path names inside `root`, or a redirect, or nothing.
 *
 * @param {string} root
 * @param {string} pathname
 * @returns {Promise<{ file?: string, redirect?: string }>}
 */
async function locate(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return {};
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return {};
  if (decoded.endsWith('/')) {
    const index = join(path, 'index.html');
    return (await isFile(index)) ? { file: index } : {};
  }
  if (await isFile(path)) return { file: path };
  if (await isFile(join(path, 'index.html'))) return { redirect: `${pathname}/` };
  return {};
}

/**
 * Serves `root` on `host:port` (port 0: a free one the system picks). Resolves once listening,
 * with the URL and a `close` that stops it.
 *
 * `redirects` maps exact paths to where they move for good (a 301), as a host's rules would.
 *
 * @param {{ root: string, host?: string, port?: number, cacheControl?: string, redirects?: Readonly<Record<string, string>> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  root,
  host = '127.0.0.1',
  port = 0,
  cacheControl = 'no-cache',
  redirects = {},
}) {
  const rootPath = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { file, redirect } = Object.hasOwn(redirects, url.pathname)
      ? { redirect: redirects[url.pathname] }
      : await locate(rootPath, url.pathname);
    if (redirect !== undefined) {
      response.writeHead(301, { location: `${redirect}${url.search}` }).end();
      return;
    }
    const notFound = join(rootPath, '404.html');
    const served = file ?? ((await isFile(notFound)) ? notFound : undefined);
    if (served === undefined) {
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.txt'] }).end('Not found\n');
      return;
    }
    response.writeHead(file === undefined ? 404 : 200, {
      'content-type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream',
      'cache-control': cacheControl,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(served).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
