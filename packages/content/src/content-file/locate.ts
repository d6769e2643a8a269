import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { SourcePoint } from '../rich-text/problems.js';

/** Finds where the value at a key path stood in a file; `undefined` when the file has no lines. */
export type Locate = (keys: readonly PropertyKey[]) => SourcePoint | undefined;

/** `images[0].alt` → `['images', 0, 'alt']`: the formatted paths of `ContentError`, as keys. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    keys.push(match[1] === undefined ? (match[2] as string) : Number(match[1]));
  }
  return keys;
}

/**
 * A `Locate` over a parsed YAML (or JSON: YAML parses it too) document. A path names the key of
 * a field (where an editor reads `summary:`), an item of a list, or, for a field that is missing,
 * the nearest thing that is there. `lineOffset` counts lines before the YAML in its file (front
 * matter starts on line 2).
 */
export function yamlLocate(document: Document, lines: LineCounter, lineOffset = 0): Locate {
  const point = (offset: number): SourcePoint => {
    const { line, col } = lines.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return (keys) => {
    let node: unknown = document.contents;
    let found: number | undefined = (node as Node | null)?.range?.[0];
    for (const key of keys) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
        );
        if (pair === undefined) break;
        found = (pair.key as Node).range?.[0] ?? found;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (item === undefined) break;
        found = item.range?.[0] ?? found;
        node = item;
      } else break;
    }
    return found === undefined ? { line: 1 + lineOffset, column: 1 } : point(found);
  };
}
