import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Block, Inline, NestedList, TextSpan } from '../schemas/rich-text.js';
import { isSafeUrl } from '../url.js';
import { speakerLine } from './quote.js';

const element = (
  tagName: string,
  children: ElementContent[],
  properties: Properties = {},
): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Writes a rich-text body as HTML for feeds and CMS previews: every text escaped, headings one
 * level below the page's `<h1>` (level 1 is `<h2>`), and only safe URLs in `href` and `src`
 * (a link with an unsafe one keeps its words; such an image is left out).
 * `htmlToRichText` reads it back into the same tree.
 */
export function richTextToHtml(body: readonly Block[]): string {
  return toHtml({ type: 'root', children: body.flatMap(block) });
}

function block(node: Block): ElementContent[] {
  switch (node.type) {
    case 'paragraph':
      return [element('p', inline(node.children))];
    case 'heading':
      return [element(`h${node.level + 1}`, inline(node.children))];
    case 'list':
      return [list(node)];
    case 'quote': {
      const paragraphs = node.quote.text.split(/\n[ \t]*\n/);
      if (node.quote.speaker !== undefined) paragraphs.push(speakerLine(node.quote.speaker, false));
      return [
        element(
          'blockquote',
          paragraphs.map((words) => element('p', [text(words)])),
        ),
      ];
    }
    case 'image': {
      const { src, alt, decorative, width, height, caption, credit } = node.image;
      if (!isSafeUrl(src)) return [];
      const img = element('img', [], {
        src,
        alt: decorative === true ? '' : alt,
        width,
        height,
      });
      const captionChildren = [
        ...(caption === undefined ? [] : [text(caption)]),
        ...(credit === undefined ? [] : [element('small', [text(credit)])]),
      ];
      return [
        element('figure', [
          img,
          ...(captionChildren.length === 0 ? [] : [element('figcaption', captionChildren)]),
        ]),
      ];
    }
  }
}

function list(node: NestedList): Element {
  return element(
    node.style === 'numbered' ? 'ol' : 'ul',
    node.items.map((item) =>
      element('li', [
        ...inline(item.children),
        ...(item.list === undefined ? [] : [list(item.list)]),
      ]),
    ),
  );
}

function inline(nodes: readonly Inline[]): ElementContent[] {
  return nodes.flatMap((node) => {
    if (node.type === 'text') return [marked(node)];
    const children = node.children.map(marked);
    return isSafeUrl(node.href) ? [element('a', children, { href: node.href })] : children;
  });
}

/** A span inside `<strong>` and `<em>` for its marks. */
function marked(span: TextSpan): ElementContent {
  const marks = span.marks ?? [];
  const emphasised = marks.includes('emphasis')
    ? element('em', [text(span.text)])
    : text(span.text);
  return marks.includes('strong') ? element('strong', [emphasised]) : emphasised;
}
