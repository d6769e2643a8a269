// What the built site costs a visitor, measured from the files in dist.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{ html: number, css: number, images: number, total: number, gzipped: number }} Transfer
 * @typedef {{ url: string, kind: 'css' | 'images' }} Resource
 */

/** @param {string} root @param {string} route */
const fileOfRoute = (root, route) => join(root, route, route.endsWith('/') ? 'index.html' : '');

/**
 * Site-relative URLs of the stylesheets, icons and images an HTML page loads.
 *
 * @param {string} html
 * @returns {Resource[]}
 */
export function resourcesOf(html) {
  const tags = [
    ...html.matchAll(/<link[^>]*rel="(?:stylesheet|icon)"[^>]*>/g),
    ...html.matchAll(/<img[^>]*>/g),
  ];
  return tags.flatMap(([tag]) => {
    const url = /(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (url === undefined || !url.startsWith('/')) return [];
    return [{ url, kind: /\.css(?:$|\?)/.test(url) ? 'css' : 'images' }];
  });
}

/**
 * The bytes a first visit to `route` transfers: the HTML and every stylesheet, icon and image it
 * loads, as served (uncompressed) and gzipped.
 *
 * @param {string} root
 * @param {string} route
 * @returns {Promise<Transfer>}
 */
export async function measureTransfer(root, route) {
  const html = await readFile(fileOfRoute(root, route));
  const parts = { html: html.length, css: 0, images: 0 };
  let gzipped = gzipSync(html).length;
  for (const { url, kind } of resourcesOf(html.toString('utf8'))) {
    const contents = await readFile(join(root, new URL(url, 'http://site').pathname));
    parts[kind] += contents.length;
    gzipped += gzipSync(contents).length;
  }
  return { ...parts, total: parts.html + parts.css + parts.images, gzipped };
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** @param {string} route @param {Transfer} transfer */
export function formatTransfer(route, transfer) {
  return `✔ home page ${route} total transfer: ${kB(transfer.total)} (HTML ${kB(transfer.html)} + CSS ${kB(transfer.css)} + images ${kB(transfer.images)}), ${kB(transfer.gzipped)} gzipped`;
}

/**
 * HTML files under `root` with a script that runs (JSON-LD is data, not a script).
 *
 * @param {string} root
 */
export async function clientScriptsIn(root) {
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
  const withScripts = [];
  for (const file of files.sort()) {
    const html = await readFile(join(root, file), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].filter(
      ([tag]) => !tag.includes('type="application/ld+json"'),
    );
    if (scripts.length > 0) withScripts.push(file);
  }
  return withScripts;
}
