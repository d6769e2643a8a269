import type { Block, Inline } from '../schemas/rich-text.js';

/** A place in a source text, counted from 1 as editors count lines and columns. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** Something a conversion could not carry over, or had to change, and why. */
export interface ConversionProblem {
  message: string;
  /** Where in the source it was, when the source has lines (Markdown, HTML). */
  line?: number;
  column?: number;
}

/** What a conversion returns: the tree for `RichTextSchema` to validate, and what it dropped. */
export interface RichTextConversion {
  body: Block[];
  problems: ConversionProblem[];
}

/** A source node's start, as unist (mdast, hast) trees give it. */
export interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

/**
 * Collects a conversion's problems, and remembers where each node of the new tree came from so
 * validation problems in a Markdown body can point at their line (see `sourcePointsOf`).
 */
export class ConversionLog {
  readonly problems: ConversionProblem[] = [];
  private readonly points = new WeakMap<object, SourcePoint>();

  report(message: string, source?: Positioned): void {
    const start = source?.position?.start;
    this.problems.push(
      start === undefined ? { message } : { message, line: start.line, column: start.column },
    );
  }

  /** Records that `node` came from `source`, and returns `node`. */
  from<Node extends object>(node: Node, source: Positioned | undefined): Node {
    const start = source?.position?.start;
    if (start !== undefined && !this.points.has(node))
      this.points.set(node, { line: start.line, column: start.column });
    return node;
  }

  /** Gives `copy` the source point of `original`, and returns `copy`. */
  copied<Node extends object>(original: object, copy: Node): Node {
    const point = this.points.get(original);
    if (point !== undefined) this.points.set(copy, point);
    return copy;
  }

  pointOf(node: object): SourcePoint | undefined {
    return this.points.get(node);
  }
}

/** A key path into a body, like `[2, 'items', 0]`, and the source point of the node there. */
export type SourcePoints = Map<string, SourcePoint>;

/** Key of a body path in `SourcePoints`: the path's keys joined, e.g. `2.items.0`. */
export const pointKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Where each block, list item and inline node of `body` came from in its source. */
export function sourcePointsOf(body: readonly Block[], log: ConversionLog): SourcePoints {
  const points: SourcePoints = new Map();
  const note = (node: object, path: readonly PropertyKey[]) => {
    const point = log.pointOf(node);
    if (point !== undefined) points.set(pointKey(path), point);
  };
  const inline = (nodes: readonly Inline[], path: readonly PropertyKey[]) =>
    nodes.forEach((node, index) => {
      note(node, [...path, index]);
      if (node.type === 'link') inline(node.children, [...path, index, 'children']);
    });
  const items = (
    list: { items: readonly { children: Inline[]; list?: unknown }[] },
    path: PropertyKey[],
  ) =>
    list.items.forEach((item, index) => {
      const itemPath = [...path, 'items', index];
      note(item, itemPath);
      inline(item.children, [...itemPath, 'children']);
      if (item.list !== undefined)
        items(item.list as { items: { children: Inline[] }[] }, [...itemPath, 'list']);
    });
  body.forEach((block, index) => {
    note(block, [index]);
    if (block.type === 'paragraph' || block.type === 'heading')
      inline(block.children, [index, 'children']);
    if (block.type === 'list') items(block, [index]);
  });
  return points;
}

/**
 * Runs a conversion so that no input makes it throw: text nested deeper than the parsers or
 * converters can walk (thousands of levels) gives an empty body and says so.
 */
export function safely(convert: () => RichTextConversion): RichTextConversion {
  try {
    return convert();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { body: [], problems: [{ message: TOO_DEEP }] };
  }
}

export const TOO_DEEP =
  'the text is nested too deeply to read (thousands of levels); nothing was converted';
