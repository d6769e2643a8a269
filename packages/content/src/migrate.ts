import { formatPath } from './errors.js';

/** One change `migrateDocument` made, worded for the editor: `links[0]: url renamed to href`. */
export interface MigrationChange {
  path: string;
  message: string;
}

type Key = string | number;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where 0.x content differs from today's: a `Link` (in any `links` list) gave its address as
 * `url`; it is now `href`, like a rich-text link. Calls `rename` for each such link.
 */
export function findLinksWithUrl(value: unknown, rename: (path: Key[]) => void, path: Key[] = []) {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) findLinksWithUrl(item, rename, [...path, index]);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'links' && Array.isArray(child)) {
      for (const [index, link] of child.entries()) {
        if (isRecord(link) && 'url' in link && !('href' in link)) rename([...path, key, index]);
      }
    }
    findLinksWithUrl(child, rename, [...path, key]);
  }
}

/**
 * Upgrades a document written for @iom/content 0.x to today's model, without validating it:
 * each `Link`'s `url` becomes `href`. Returns a copy and the changes made (none for current
 * content); the input is not changed. Everything else valid under 0.x is still valid.
 */
export function migrateDocument(input: unknown): { document: unknown; changes: MigrationChange[] } {
  const document = structuredClone(input);
  const changes: MigrationChange[] = [];
  findLinksWithUrl(document, (path) => {
    const link = path.reduce<unknown>(
      (node, key) => (node as Record<Key, unknown>)[key],
      document,
    ) as Record<string, unknown>;
    const { url, ...rest } = link;
    for (const key of Object.keys(link)) delete link[key];
    Object.assign(link, { href: url, ...rest });
    changes.push({ path: formatPath(path), message: "'url' renamed to 'href'" });
  });
  return { document, changes };
}
