import type { BlockContent, ListItem as MdastListItem, PhrasingContent, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Block, Inline, NestedList, TextSpan } from '../schemas/rich-text.js';
import { isSafeUrl } from '../url.js';
import { speakerLine } from './quote.js';

const GFM = gfmToMarkdown();
/**
 * GFM reads `name@host.tld` in text as an email link, even when the name is an emphasis marker
 * (`_@.a_`): escaping the `@` keeps marker runs like that plain text. A real address in text
 * (`write to info@iom.int`) is linked by GFM however it is written, so it comes back as a
 * `mailto:` link.
 */
const UNSAFE_AT = { character: '@', inConstruct: 'phrasing' } as const;

/**
 * Writes a rich-text body as Markdown that `markdownToRichText` reads back into the same tree.
 * Markdown has no place for an image's credit, size or decorative mark, nor for a link whose
 * address is unsafe (its words are kept).
 */
export function richTextToMarkdown(body: readonly Block[]): string {
  return toMarkdown(
    { type: 'root', children: body.flatMap(block) },
    { bullet: '-', emphasis: '*', strong: '*', extensions: [GFM], unsafe: [UNSAFE_AT] },
  );
}

function block(node: Block): RootContent[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', children: phrasing(node.children) }];
    case 'heading':
      return [{ type: 'heading', depth: node.level, children: phrasing(node.children) }];
    case 'list':
      return [list(node)];
    case 'quote': {
      const paragraphs = node.quote.text.split(/\n[ \t]*\n/);
      if (node.quote.speaker !== undefined) paragraphs.push(speakerLine(node.quote.speaker, true));
      return [
        {
          type: 'blockquote',
          children: paragraphs.map((text) => ({
            type: 'paragraph',
            children: [{ type: 'text', value: text }],
          })),
        },
      ];
    }
    case 'image': {
      const { src, alt, caption } = node.image;
      if (!isSafeUrl(src)) return [];
      return [
        {
          type: 'paragraph',
          children: [{ type: 'image', url: src, alt: alt ?? '', title: caption ?? null }],
        },
      ];
    }
  }
}

function list(node: NestedList): RootContent & { type: 'list' } {
  return {
    type: 'list',
    ordered: node.style === 'numbered',
    spread: false,
    children: node.items.map(
      (item): MdastListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          { type: 'paragraph', children: phrasing(item.children) },
          ...(item.list === undefined ? [] : [list(item.list) as BlockContent]),
        ],
      }),
    ),
  };
}

/** Inline nodes, with runs that share a mark wrapped once (`**a *b***`, not `**a****_b_**`). */
function phrasing(nodes: readonly Inline[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index] as Inline;
    if (node.type === 'link') {
      const children = marked(node.children, 0);
      if (isSafeUrl(node.href)) out.push({ type: 'link', url: node.href, children });
      else out.push(...children);
      index++;
      continue;
    }
    const run: TextSpan[] = [];
    while (nodes[index]?.type === 'text') run.push(nodes[index++] as TextSpan);
    out.push(...marked(run, 0));
  }
  return out;
}

const MARKS = ['strong', 'emphasis'] as const;

/** Wraps spans in `strong`, then `emphasis`, grouping neighbours that share the mark. */
function marked(spans: readonly TextSpan[], depth: number): PhrasingContent[] {
  const mark = MARKS[depth];
  if (mark === undefined) return spans.map((span) => ({ type: 'text', value: span.text }));
  const out: PhrasingContent[] = [];
  let index = 0;
  while (index < spans.length) {
    const has = (spans[index]?.marks ?? []).includes(mark);
    const group: TextSpan[] = [];
    while (index < spans.length && (spans[index]?.marks ?? []).includes(mark) === has)
      group.push(spans[index++] as TextSpan);
    const inner = marked(group, depth + 1);
    out.push(...(has ? [{ type: mark, children: inner } as PhrasingContent] : inner));
  }
  return out;
}
