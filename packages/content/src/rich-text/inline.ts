import type { Inline, InlineLink, Mark, TextSpan } from '../schemas/rich-text.js';
import type { ConversionLog } from './problems.js';

/** Marks in the order the tree lists them, whatever order the source nested them in. */
const MARK_ORDER: readonly Mark[] = ['strong', 'emphasis'];

export function textSpan(text: string, marks: ReadonlySet<Mark>): TextSpan {
  const ordered = MARK_ORDER.filter((mark) => marks.has(mark));
  return ordered.length === 0 ? { type: 'text', text } : { type: 'text', text, marks: ordered };
}

const sameMarks = (a: TextSpan, b: TextSpan) => (a.marks ?? []).join() === (b.marks ?? []).join();

/** Joins neighbouring spans with the same marks, as a reader sees them: one run of text. */
function mergeSpans<Node extends Inline>(nodes: readonly Node[], log: ConversionLog): Node[] {
  const merged: Node[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (node.type === 'text' && previous?.type === 'text' && sameMarks(previous, node)) {
      merged[merged.length - 1] = log.copied(previous, {
        ...previous,
        text: previous.text + node.text,
      });
    } else merged.push(node);
  }
  return merged;
}

/**
 * Whitespace as a reader sees it: runs of spaces and line breaks become one space, and a block
 * neither starts nor ends with one. Spans left empty go, and so do links left without text
 * (returned in `emptyLinks` for the caller to report).
 */
export function tidyInline(
  nodes: readonly Inline[],
  log: ConversionLog,
): { nodes: Inline[]; emptyLinks: InlineLink[] } {
  const copy = <Node extends object>(node: Node): Node => log.copied(node, { ...node });
  const rebuilt = nodes.map((node) =>
    node.type === 'link'
      ? log.copied(node, { ...node, children: node.children.map(copy) })
      : copy(node),
  );
  const spans = rebuilt.flatMap((node) => (node.type === 'link' ? node.children : [node]));
  let afterSpace = true;
  for (const span of spans) {
    let text = span.text.replace(/[ \t\n\r\f]+/g, ' ');
    if (afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (text !== '') afterSpace = text.endsWith(' ');
    span.text = text;
  }
  for (const span of spans.toReversed()) {
    if (span.text === '') continue;
    span.text = span.text.replace(/ $/, '');
    if (span.text !== '') break;
  }
  const emptyLinks: InlineLink[] = [];
  const kept: Inline[] = [];
  for (const node of rebuilt) {
    if (node.type === 'text') {
      if (node.text !== '') kept.push(node);
      continue;
    }
    const children = mergeSpans(
      node.children.filter((span) => span.text !== ''),
      log,
    );
    if (children.length === 0) emptyLinks.push(node);
    else kept.push(log.copied(node, { ...node, children }));
  }
  return { nodes: mergeSpans(kept, log), emptyLinks };
}

/** The words of inline nodes without their marks and links. */
export const plainText = (nodes: readonly Inline[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.text : plainText(node.children))).join('');
