import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Image } from '../schemas/blocks.js';
import type { Block, Inline, ListItem, Mark, NestedList } from '../schemas/rich-text.js';
import { isSafeUrl } from '../url.js';
import { plainText, textSpan, tidyInline } from './inline.js';
import { ConversionLog, type RichTextConversion, safely } from './problems.js';
import { splitQuote } from './quote.js';
import { unsafeUrlMessage } from './urls.js';

/** Elements whose content never reaches a page, each with the reason it is dropped. */
const DROPPED: Record<string, string> = {
  script: 'scripts never run in content',
  style: 'styles come from the site, not the content',
  noscript: 'it only matters where scripts run',
  template: 'it is not shown to readers',
  iframe: 'embedded pages cannot be kept in the text',
  object: 'embedded objects cannot be kept in the text',
  embed: 'embedded objects cannot be kept in the text',
  video: 'video cannot be kept in the text; link to it instead',
  audio: 'audio cannot be kept in the text; link to it instead',
  canvas: 'it needs scripts to show anything',
  svg: 'drawings cannot be kept in the text; use an image file',
  form: 'forms cannot be kept in the text',
  input: 'forms cannot be kept in the text',
  button: 'buttons cannot be kept in the text',
  select: 'forms cannot be kept in the text',
  textarea: 'forms cannot be kept in the text',
  hr: 'a horizontal rule cannot be kept; start a new section with a heading',
};
/** Document furniture that says nothing about the text: dropped without a word. */
const IGNORED = new Set(['title', 'meta', 'link', 'base', 'head']);
/** Wrappers around blocks: their content is kept, the wrapper itself means nothing here. */
const BLOCK_WRAPPERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'center',
  'body',
  'html',
]);
/** Wrappers around words that carry no formatting a reader would miss. */
const INLINE_WRAPPERS = new Set([
  'span',
  'abbr',
  'time',
  'data',
  'bdi',
  'bdo',
  'cite',
  'dfn',
  'font',
  'picture',
  'source',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 1, h3: 2, h4: 3, h5: 4, h6: 4 };
const MARK_OF: Record<string, Mark> = {
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
};

/** Inline content as read from HTML, before it is cut into blocks at line breaks and images. */
type Piece = Inline | { type: 'break'; source: Element } | { type: 'img'; source: Element };

/**
 * Converts the HTML of a CMS body field into a rich-text body. It keeps paragraphs, headings
 * (`<h2>` is level 1), lists, links, bold, italic, quotes, figures with captions and line
 * breaks (between paragraphs); it drops scripts, styles, event handlers and unsafe URLs, and
 * reports each thing it dropped or flattened with a reason and its line.
 */
export function htmlToRichText(html: string): RichTextConversion {
  return safely(() => {
    const log = new ConversionLog();
    return { body: hastToRichText(fromHtml(html), log), problems: log.problems };
  });
}

/** The conversion of a hast tree (a whole document or a fragment). */
export function hastToRichText(root: Root, log: ConversionLog): Block[] {
  return new HtmlConverter(log).blocks(root.children);
}

const tagOf = (node: RootContent | ElementContent) =>
  node.type === 'element' ? node.tagName.toLowerCase() : undefined;

class HtmlConverter {
  constructor(private readonly log: ConversionLog) {}

  blocks(nodes: readonly (RootContent | ElementContent)[]): Block[] {
    const out: Block[] = [];
    let pending: Piece[] = [];
    const flush = () => {
      out.push(...this.paragraphs(pending));
      pending = [];
    };
    for (const node of nodes) {
      if (node.type === 'text') {
        pending.push(...this.inline([node], new Set(), false));
        continue;
      }
      if (node.type !== 'element') continue;
      const tag = node.tagName.toLowerCase();
      if (this.dropped(node) || IGNORED.has(tag)) {
        if (tag === 'head') out.push(...this.blocks(node.children));
        continue;
      }
      this.checkAttributes(node);
      if (tag === 'p') {
        flush();
        out.push(...this.paragraphs(this.inline(node.children, new Set(), false)));
      } else if (tag in HEADINGS) {
        flush();
        out.push(this.heading(node, tag));
      } else if (tag === 'ul' || tag === 'ol') {
        flush();
        out.push(this.log.from({ type: 'list', ...this.list(node) }, node));
      } else if (tag === 'blockquote') {
        flush();
        out.push(this.quote(node, undefined));
      } else if (tag === 'figure') {
        flush();
        out.push(...this.figure(node));
      } else if (BLOCK_WRAPPERS.has(tag)) {
        flush();
        out.push(...this.blocks(node.children));
      } else if (tag === 'table' || tag === 'pre' || tag === 'dl') {
        flush();
        out.push(...this.flattened(node, tag));
      } else {
        pending.push(...this.inline([node], new Set(), false));
      }
    }
    flush();
    return out;
  }

  /** Reports and skips what never reaches a page: scripts, styles, embeds. */
  private dropped(node: Element): boolean {
    const tag = node.tagName.toLowerCase();
    const reason = DROPPED[tag];
    if (reason === undefined) return false;
    this.log.report(`<${tag}> was dropped: ${reason}`, node);
    return true;
  }

  private checkAttributes(node: Element) {
    const tag = node.tagName.toLowerCase();
    for (const name of Object.keys(node.properties)) {
      if (name === 'style')
        this.log.report(
          `the inline style on <${tag}> was dropped: styles come from the site`,
          node,
        );
      else if (/^on[A-Z]/.test(name))
        this.log.report(
          `the ${name.toLowerCase()} attribute on <${tag}> was dropped: scripts never run in content`,
          node,
        );
    }
  }

  /** Cuts inline pieces into paragraphs at line breaks and into image blocks at images. */
  private paragraphs(pieces: readonly Piece[]): Block[] {
    const out: Block[] = [];
    let run: Inline[] = [];
    const flush = () => {
      const children = this.tidy(run);
      if (children.length > 0)
        out.push(this.log.copied(children[0] as object, { type: 'paragraph', children }));
      run = [];
    };
    for (const piece of pieces) {
      if (piece.type === 'break') flush();
      else if (piece.type === 'img') {
        flush();
        const image = this.image(piece.source);
        if (image !== undefined) out.push(this.log.from({ type: 'image', image }, piece.source));
      } else run.push(piece);
    }
    flush();
    return out;
  }

  /** Inline pieces in a heading or list item: line breaks become spaces, images cannot stay. */
  private inlineOnly(pieces: readonly Piece[], where: string): Inline[] {
    return this.tidy(
      pieces.flatMap((piece): Inline[] => {
        if (piece.type === 'break') return [{ type: 'text', text: ' ' }];
        if (piece.type !== 'img') return [piece];
        this.log.report(
          `an image in ${where} cannot be kept; put it after the ${where}`,
          piece.source,
        );
        return [];
      }),
    );
  }

  private tidy(nodes: readonly Inline[]): Inline[] {
    const { nodes: tidy, emptyLinks } = tidyInline(nodes, this.log);
    for (const link of emptyLinks) {
      const point = this.log.pointOf(link);
      this.log.report(
        `the link to ${link.href} has no words to click and was dropped`,
        point === undefined ? undefined : { position: { start: point } },
      );
    }
    return tidy;
  }

  private heading(node: Element, tag: string): Block {
    const level = HEADINGS[tag] as 1 | 2 | 3 | 4;
    if (tag === 'h1' || tag === 'h6')
      this.log.report(
        `an <${tag}> in the text became a level-${level} heading (<h${level + 1}>): the text's headings run from <h2> to <h5>`,
        node,
      );
    const children = this.inlineOnly(this.inline(node.children, new Set(), false), 'a heading');
    return this.log.from({ type: 'heading', level, children }, node);
  }

  private list(node: Element): NestedList {
    const items: ListItem[] = [];
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (this.dropped(child)) continue;
      if (tagOf(child) === 'li') items.push(this.listItem(child));
      else
        this.log.report(
          `a list holds items (<li>); the <${tagOf(child)}> in it was dropped`,
          child,
        );
    }
    return { style: tagOf(node) === 'ol' ? 'numbered' : 'bulleted', items };
  }

  private listItem(node: Element): ListItem {
    this.checkAttributes(node);
    const pieces: Piece[] = [];
    let list: NestedList | undefined;
    let paragraphs = 0;
    for (const child of node.children) {
      const tag = tagOf(child);
      if (tag === 'ul' || tag === 'ol') {
        const nested = this.list(child as Element);
        if (list === undefined) list = nested;
        else {
          this.log.report(
            'a list item holds one nested list; the next one was joined to it',
            child,
          );
          list.items.push(...nested.items);
        }
      } else if (tag === 'p' || tag === 'div') {
        if (paragraphs++ > 0) {
          this.log.report('a list item holds one paragraph; the next one was joined to it', child);
          pieces.push({ type: 'text', text: ' ' });
        }
        pieces.push(...this.inline((child as Element).children, new Set(), false));
      } else pieces.push(...this.inline([child], new Set(), false));
    }
    const children = this.inlineOnly(pieces, 'a list item');
    return this.log.from(list === undefined ? { children } : { children, list }, node);
  }

  /** A quote; `attribution` is a figure's caption naming the speaker. */
  private quote(node: Element, attribution: Element | undefined): Block {
    const paragraphs: string[] = [];
    let pending: Piece[] = [];
    let formatted = false;
    const flush = () => {
      const words = pending
        .map((piece) => {
          if (piece.type === 'break') return '\n';
          if (piece.type === 'img') {
            this.log.report('an image in a quote cannot be kept', piece.source);
            return '';
          }
          if (piece.type === 'link' || piece.marks !== undefined) formatted = true;
          return plainText([piece]);
        })
        .join('');
      if (words.trim() !== '') paragraphs.push(words);
      pending = [];
    };
    for (const child of node.children) {
      const tag = tagOf(child);
      if (tag === 'p' || tag === 'footer' || tag === 'div') {
        flush();
        pending = this.inline((child as Element).children, new Set(), false);
        flush();
        if (tag === 'footer') this.asSpeakerLine(paragraphs);
      } else pending.push(...this.inline([child], new Set(), false));
    }
    flush();
    if (attribution !== undefined) {
      paragraphs.push(
        plainText(
          this.tidy(
            this.inlineOnly(this.inline(attribution.children, new Set(), false), 'a caption'),
          ),
        ),
      );
      this.asSpeakerLine(paragraphs);
    }
    if (formatted)
      this.log.report(
        'a quote is plain text; its bold, italic or links were dropped (the words were kept)',
        node,
      );
    return this.log.from({ type: 'quote', quote: splitQuote(paragraphs) } as Block, node);
  }

  /** An attribution (`<footer>`, a figure's caption) names the speaker, dash or not. */
  private asSpeakerLine(paragraphs: string[]) {
    const last = paragraphs.pop()?.trim() ?? '';
    paragraphs.push(/^(?:—|–|--)/.test(last) ? last : `— ${last}`);
  }

  private figure(node: Element): Block[] {
    const caption = node.children.find((child) => tagOf(child) === 'figcaption') as
      | Element
      | undefined;
    const quote = node.children.find((child) => tagOf(child) === 'blockquote') as
      | Element
      | undefined;
    if (quote !== undefined) return [this.quote(quote, caption)];
    const img = findElement(node, 'img');
    if (img === undefined) return this.blocks(node.children);
    const image = this.image(img);
    if (image === undefined) return [];
    if (caption !== undefined) {
      const credit = findElement(caption, 'small');
      const words = (nodes: ElementContent[]) =>
        plainText(this.inlineOnly(this.inline(nodes, new Set(), false), 'a caption'));
      const captionText = words(caption.children.filter((child) => child !== credit));
      const creditText = credit === undefined ? '' : words(credit.children);
      if (captionText !== '') image.caption = captionText;
      if (creditText !== '') image.credit = creditText;
    }
    return [this.log.from({ type: 'image', image }, node)];
  }

  private image(node: Element): Image | undefined {
    this.checkAttributes(node);
    const { src, alt, width, height, title } = node.properties;
    if (typeof src !== 'string' || !isSafeUrl(src)) {
      this.log.report(`the image was dropped: ${unsafeUrlMessage(String(src ?? ''))}`, node);
      return undefined;
    }
    const pixels = (value: unknown) => {
      const number = Number(value);
      return Number.isInteger(number) && number > 0 ? number : undefined;
    };
    const image: Image = { src };
    if (typeof alt === 'string' && alt.trim() !== '') image.alt = alt.trim();
    else if (alt === '') image.decorative = true;
    if (typeof title === 'string' && title.trim() !== '') image.caption = title.trim();
    const w = pixels(width);
    const h = pixels(height);
    if (w !== undefined) image.width = w;
    if (h !== undefined) image.height = h;
    return image;
  }

  /** Tables, preformatted text and definition lists: their words kept as paragraphs. */
  private flattened(node: Element, tag: string): Block[] {
    const what = { table: 'a table', pre: 'preformatted text', dl: 'a definition list' }[tag];
    this.log.report(`${what} cannot be kept in the text; its words were kept as paragraphs`, node);
    const rows: Element[] = [];
    const collect = (element: Element) => {
      for (const child of element.children) {
        if (child.type !== 'element') continue;
        const childTag = tagOf(child);
        if (childTag === 'tr' || childTag === 'dt' || childTag === 'dd') rows.push(child);
        else collect(child);
      }
    };
    if (tag === 'pre') rows.push(node);
    else collect(node);
    return rows.flatMap((row) =>
      this.paragraphs(
        row.children.flatMap((cell, index): Piece[] => [
          ...(index > 0 && cell.type === 'element' ? [{ type: 'text' as const, text: ' ' }] : []),
          ...(cell.type === 'element'
            ? this.inline(cell.children, new Set(), false)
            : this.inline([cell], new Set(), false)),
        ]),
      ),
    );
  }

  private inline(
    nodes: readonly (RootContent | ElementContent)[],
    marks: ReadonlySet<Mark>,
    inLink: boolean,
  ): Piece[] {
    const { log } = this;
    return nodes.flatMap((node): Piece[] => {
      if (node.type === 'text') return [log.from(textSpan(node.value, marks), node)];
      if (node.type !== 'element') return [];
      const tag = node.tagName.toLowerCase();
      if (this.dropped(node) || IGNORED.has(tag)) return [];
      this.checkAttributes(node);
      const mark = MARK_OF[tag];
      if (mark !== undefined) return this.inline(node.children, new Set([...marks, mark]), inLink);
      if (tag === 'br') return [{ type: 'break', source: node }];
      if (tag === 'img') return [{ type: 'img', source: node }];
      if (tag === 'a') return this.link(node, marks, inLink);
      if (!INLINE_WRAPPERS.has(tag) && !BLOCK_WRAPPERS.has(tag) && tag !== 'p')
        log.report(`the <${tag}> formatting cannot be kept in the text; the words were kept`, node);
      return this.inline(node.children, marks, inLink);
    });
  }

  private link(node: Element, marks: ReadonlySet<Mark>, inLink: boolean): Piece[] {
    const children = this.inline(node.children, marks, true);
    const { href } = node.properties;
    if (href === undefined || inLink) return children;
    if (typeof href !== 'string' || !isSafeUrl(href)) {
      this.log.report(
        `the link was dropped, its words kept: ${unsafeUrlMessage(String(href))}`,
        node,
      );
      return children;
    }
    const spans = children.filter((child) => child.type === 'text');
    for (const child of children)
      if (child.type === 'img')
        this.log.report(
          'an image inside a link cannot be kept; put it outside the link',
          child.source,
        );
    return [this.log.from({ type: 'link', href, children: spans }, node)];
  }
}

function findElement(node: Element, tag: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName.toLowerCase() === tag) return child;
    const found = findElement(child, tag);
    if (found !== undefined) return found;
  }
  return undefined;
}
