import type {
  Definition,
  List,
  ListItem as MdastListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Block, Inline, ListItem, Mark, NestedList } from '../schemas/rich-text.js';
import { isSafeUrl } from '../url.js';
import { plainText, textSpan, tidyInline } from './inline.js';
import { ConversionLog, type RichTextConversion, safely } from './problems.js';
import { splitQuote } from './quote.js';
import { unsafeUrlMessage } from './urls.js';

// Built once: micromark combines a syntax extension's parts anew each time one is made.
const GFM = gfm();
const GFM_TREE = gfmFromMarkdown();

/**
 * A line that opens a hundred lists or quotes at once. The Markdown parser's time grows with the
 * square of such nesting (2,000 levels on one line take seconds), so it is refused up front.
 * Each repetition starts with a marker, so the pattern cannot backtrack over spaces.
 */
const DEEP_NESTING = /^[ \t]*(?:>[ \t]*|[-*+][ \t]+|\d{1,9}[.)][ \t]+){100,}/m;

/** Parses Markdown as GitHub does, so tables and footnotes are recognised (and reported). */
export function parseMarkdown(
  markdown: string,
  more: Pick<Options, 'extensions' | 'mdastExtensions'> = {},
) {
  // Thrown as the parser itself would on deeper text: callers turn it into a problem.
  if (DEEP_NESTING.test(markdown)) throw new RangeError('nested too deeply');
  return fromMarkdown(markdown, {
    extensions: [GFM, ...(more.extensions ?? [])],
    mdastExtensions: [GFM_TREE, ...(more.mdastExtensions ?? [])],
  });
}

/** What Markdown can say that the rich-text model cannot hold, and what to write instead. */
const UNSUPPORTED: Record<string, string> = {
  html: 'raw HTML cannot be kept in the text; write it in Markdown, or leave it out',
  code: 'a code block cannot be kept in the text; write it as a paragraph',
  table: 'a table cannot be kept in the text; write its content as a list or paragraphs',
  thematicBreak: 'a horizontal rule cannot be kept in the text; start a new section with a heading',
  footnoteDefinition: 'a footnote cannot be kept in the text; put the note in a paragraph',
  yaml: 'front matter is only read at the very start of a content file',
};

/**
 * Converts Markdown into a rich-text body: paragraphs, headings, (nested) lists, links, bold,
 * italic, quotes whose last line `— Name, Job title` names the speaker, and images on their own
 * (the title is the caption). Whatever the model cannot hold is reported with its line.
 */
export function markdownToRichText(markdown: string): RichTextConversion {
  return safely(() => {
    const log = new ConversionLog();
    return { body: mdastToRichText(parseMarkdown(markdown), log), problems: log.problems };
  });
}

/** The conversion of an mdast tree, for content files that parse the Markdown themselves. */
export function mdastToRichText(root: Root, log: ConversionLog): Block[] {
  const definitions = new Map<string, Definition>();
  for (const node of root.children)
    if (node.type === 'definition') definitions.set(node.identifier, node);
  return new MarkdownConverter(log, definitions).blocks(root.children);
}

class MarkdownConverter {
  constructor(
    private readonly log: ConversionLog,
    private readonly definitions: Map<string, Definition>,
  ) {}

  blocks(nodes: readonly RootContent[]): Block[] {
    return nodes.flatMap((node) => this.block(node));
  }

  private block(node: RootContent): Block[] {
    const { log } = this;
    switch (node.type) {
      case 'paragraph':
        return this.paragraph(node);
      case 'heading': {
        if (node.depth > 4)
          log.report(
            `a level-${node.depth} heading is deeper than the text allows (levels 1 to 4); it became level 4`,
            node,
          );
        const level = Math.min(node.depth, 4) as 1 | 2 | 3 | 4;
        return [
          log.from({ type: 'heading', level, children: this.inlineBlock(node.children) }, node),
        ];
      }
      case 'list':
        return [log.from({ type: 'list', ...this.list(node) }, node)];
      case 'blockquote':
        return [this.quote(node)];
      case 'definition':
        return [];
      default:
        log.report(UNSUPPORTED[node.type] ?? `'${node.type}' cannot be kept in the text`, node);
        return [];
    }
  }

  /** A paragraph; images in it become image blocks of their own, in reading order. */
  private paragraph(node: Paragraph): Block[] {
    const blocks: Block[] = [];
    let pending: PhrasingContent[] = [];
    const flush = () => {
      const children = this.inlineBlock(pending);
      if (children.length > 0)
        blocks.push(this.log.from({ type: 'paragraph', children }, pending[0]));
      pending = [];
    };
    for (const child of node.children) {
      const image = this.imageOf(child);
      if (image === undefined) {
        pending.push(child);
        continue;
      }
      flush();
      if (!isSafeUrl(image.url)) {
        this.log.report(`the image was dropped: ${unsafeUrlMessage(image.url)}`, child);
        continue;
      }
      blocks.push(
        this.log.from(
          {
            type: 'image',
            image: {
              src: image.url,
              ...(image.alt ? { alt: image.alt } : {}),
              ...(image.title ? { caption: image.title } : {}),
            },
          },
          child,
        ),
      );
    }
    flush();
    return blocks;
  }

  private imageOf(node: PhrasingContent) {
    if (node.type === 'image') return node;
    if (node.type !== 'imageReference') return undefined;
    const definition = this.definitions.get(node.identifier);
    return definition === undefined
      ? undefined
      : { url: definition.url, alt: node.alt, title: definition.title };
  }

  private list(node: List): NestedList {
    return {
      style: node.ordered ? 'numbered' : 'bulleted',
      items: node.children.map((item) => this.listItem(item)),
    };
  }

  private listItem(node: MdastListItem): ListItem {
    const { log } = this;
    if (typeof node.checked === 'boolean')
      log.report('a task-list check box cannot be kept in the text; the item was kept', node);
    const phrasing: PhrasingContent[] = [];
    let list: NestedList | undefined;
    for (const child of node.children) {
      if (child.type === 'paragraph') {
        if (phrasing.length > 0) {
          log.report('a list item holds one paragraph; the next one was joined to it', child);
          phrasing.push({ type: 'text', value: ' ' });
        }
        phrasing.push(...child.children);
      } else if (child.type === 'list' && list === undefined) {
        list = this.list(child);
      } else if (child.type === 'list') {
        log.report('a list item holds one nested list; the next one was joined to it', child);
        list?.items.push(...this.list(child).items);
      } else {
        log.report(UNSUPPORTED[child.type] ?? `a list item cannot hold a ${child.type}`, child);
      }
    }
    const children = this.inlineBlock(phrasing);
    return log.from(list === undefined ? { children } : { children, list }, node);
  }

  private quote(node: Extract<RootContent, { type: 'blockquote' }>): Block {
    const paragraphs: string[] = [];
    for (const child of node.children) {
      if (child.type !== 'paragraph') {
        this.log.report(
          `a quote holds paragraphs of plain text; the ${UNSUPPORTED[child.type] === undefined ? child.type : 'element'} in it was dropped`,
          child,
        );
        continue;
      }
      const inline = this.inline(child.children, new Set(), false);
      if (inline.some((span) => span.type !== 'text' || span.marks !== undefined))
        this.log.report(
          'a quote is plain text; its bold, italic or links were dropped (the words were kept)',
          child,
        );
      paragraphs.push(plainText(inline));
    }
    const quote = splitQuote(paragraphs);
    // A quote without a speaker is left for validation to report, with its position.
    return this.log.from({ type: 'quote', quote } as Block, node);
  }

  private inlineBlock(nodes: readonly PhrasingContent[]): Inline[] {
    const { nodes: tidy, emptyLinks } = tidyInline(this.inline(nodes, new Set(), false), this.log);
    for (const link of emptyLinks)
      this.log.report(`the link to ${link.href} has no text and was dropped`, this.sourceOf(link));
    return tidy;
  }

  private sourceOf(node: object) {
    const point = this.log.pointOf(node);
    return point === undefined ? undefined : { position: { start: point } };
  }

  private inline(
    nodes: readonly PhrasingContent[],
    marks: ReadonlySet<Mark>,
    inLink: boolean,
  ): Inline[] {
    const { log } = this;
    const withMark = (mark: Mark) => new Set([...marks, mark]);
    return nodes.flatMap((node): Inline[] => {
      switch (node.type) {
        case 'text':
          return [log.from(textSpan(node.value, marks), node)];
        case 'strong':
          return this.inline(node.children, withMark('strong'), inLink);
        case 'emphasis':
          return this.inline(node.children, withMark('emphasis'), inLink);
        case 'delete':
          log.report('strikethrough cannot be kept in the text; the words were kept', node);
          return this.inline(node.children, marks, inLink);
        case 'inlineCode':
          log.report('code formatting cannot be kept in the text; the words were kept', node);
          return [log.from(textSpan(node.value, marks), node)];
        case 'break':
          log.report(
            'a line break cannot be kept in the text; start a new paragraph with a blank line',
            node,
          );
          return [textSpan(' ', marks)];
        case 'link':
        case 'linkReference': {
          const href = node.type === 'link' ? node.url : this.definitions.get(node.identifier)?.url;
          const children = this.inline(node.children, marks, true);
          if (href === undefined || inLink) return children;
          if (!isSafeUrl(href)) {
            log.report(`the link was dropped, its words kept: ${unsafeUrlMessage(href)}`, node);
            return children;
          }
          return [
            log.from(
              { type: 'link', href, children: children.filter((child) => child.type === 'text') },
              node,
            ),
          ];
        }
        case 'image':
        case 'imageReference':
          log.report(
            'an image inside a link, bold or italic text cannot be kept; put it on a line of its own',
            node,
          );
          return [];
        case 'html':
          log.report(UNSUPPORTED.html as string, node);
          return [];
        case 'footnoteReference':
          log.report('a footnote cannot be kept in the text; put the note in a paragraph', node);
          return [];
        default:
          log.report(`'${(node as { type: string }).type}' cannot be kept in the text`, node);
          return [];
      }
    });
  }
}
