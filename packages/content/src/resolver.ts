import { referenceSitesIn } from './references.js';
import type { ContentDocument, DocumentSchema } from './schemas/document.js';

/** Documents by id, for resolving many documents against one collection. */
export type DocumentIndex = ReadonlyMap<string, ContentDocument>;

/**
 * Indexes a collection by id. When two documents share an id the first wins, as it does in
 * `validateCollection`, which reports the second.
 */
export function indexDocuments(documents: Iterable<ContentDocument>): DocumentIndex {
  const index = new Map<string, ContentDocument>();
  for (const document of documents) if (!index.has(document.id)) index.set(document.id, document);
  return index;
}

type Key = string | number;
type Container = Record<Key, unknown>;

const parentOf = (root: Container, keys: Key[]) =>
  keys.slice(0, -1).reduce<Container>((value, key) => value[key] as Container, root);

/** Later array positions first, so removing one entry does not move the next one to remove. */
function compareKeysDescending(a: Key[], b: Key[]): number {
  for (let position = 0; position < Math.min(a.length, b.length); position++) {
    const [left, right] = [a[position] as Key, b[position] as Key];
    if (left === right) continue;
    if (typeof left === 'number' && typeof right === 'number') return right - left;
    return String(right).localeCompare(String(left));
  }
  return b.length - a.length;
}

/** Documents to resolve against: a list, indexed on every call, or a `DocumentIndex`. */
type Collection<Document extends { id: string }> =
  | readonly Document[]
  | ReadonlyMap<string, Document>;

/**
 * `resolve` for the documents of `schema`: the kit's, or a site model's, whose own reference
 * fields are resolved too.
 */
export function resolver<Document extends { id: string; type: string }>(
  schema: typeof DocumentSchema,
) {
  return <Input extends Document>(document: Input, collection: Collection<Document>) => {
    const index = Array.isArray(collection)
      ? indexDocuments(collection as readonly ContentDocument[])
      : (collection as ReadonlyMap<string, Document>);
    const copy = structuredClone(document) as unknown as Container;
    const removals: Key[][] = [];

    for (const { path, value, target, removable } of referenceSitesIn(schema, document)) {
      const found = index.get(value as string);
      if (found?.type === target) parentOf(copy, path)[path.at(-1) as Key] = found;
      else removals.push(removable);
    }

    // A list entry holding two missing references is removed once.
    const unique = new Map(removals.map((keys) => [JSON.stringify(keys), keys]));
    for (const keys of [...unique.values()].sort(compareKeysDescending)) {
      const parent = parentOf(copy, keys);
      const last = keys.at(-1) as Key;
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete parent[last];
    }
    return copy;
  };
}
