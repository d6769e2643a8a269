import type { Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { LineCounter, parseDocument } from 'yaml';
import { mdastToRichText, parseMarkdown } from '../rich-text/from-markdown.js';
import { plainText } from '../rich-text/inline.js';
import {
  ConversionLog,
  type ConversionProblem,
  pointKey,
  type SourcePoint,
  sourcePointsOf,
} from '../rich-text/problems.js';
import type { Locate } from './locate.js';
import { yamlLocate } from './locate.js';

const FRONT_MATTER = frontmatter(['yaml']);
const FRONT_MATTER_TREE = frontmatterFromMarkdown(['yaml']);

/** A Markdown content file read into a document, with what could not be carried over. */
export interface MarkdownContent {
  /**
   * The front matter's fields, with the Markdown as `body` (an organisation's `description`);
   * `undefined` when the front matter is not valid YAML (the only problem then says why).
   */
  value: unknown;
  /** Problems with the file itself: bad front matter, Markdown the model cannot hold. */
  problems: (ConversionProblem & { path: string })[];
  /** Where a field of `value` stood in the file. */
  locate: Locate;
}

/**
 * Reads a Markdown content file: YAML front matter between `---` lines is the document, the
 * Markdown after it is its `body` (or, for an organisation, its plain-text `description`).
 */
export function readMarkdownContent(text: string): MarkdownContent {
  const root = parseMarkdown(text, {
    extensions: [FRONT_MATTER],
    mdastExtensions: [FRONT_MATTER_TREE],
  });
  const problems: MarkdownContent['problems'] = [];
  const first = root.children[0];
  const front = first?.type === 'yaml' ? first : undefined;

  let fields: Record<string, unknown> = {};
  let locateFront: Locate = () => ({ line: 1, column: 1 });
  if (front !== undefined) {
    const lines = new LineCounter();
    const document = parseDocument(front.value, {
      lineCounter: lines,
      prettyErrors: false,
    });
    // The YAML starts on the line after the opening `---`.
    const startLine = (front.position?.start.line ?? 1) + 1;
    const error = document.errors[0];
    if (error !== undefined) {
      const { line, col } = lines.linePos(error.pos[0]);
      problems.push({
        path: '',
        message: `the front matter is not valid YAML: ${error.message.split('\n')[0]}`,
        line: line + startLine - 1,
        column: col,
      });
      return { value: undefined, problems, locate: locateFront };
    }
    {
      const value = document.toJS();
      if (value !== null && typeof value === 'object' && !Array.isArray(value))
        fields = value as Record<string, unknown>;
      else if (value !== null && value !== undefined)
        problems.push({
          path: '',
          message: 'the front matter must be fields (name: value), one document',
          line: startLine,
          column: 1,
        });
      locateFront = yamlLocate(document, lines, startLine - 1);
    }
  }

  const markdown: Root = {
    type: 'root',
    children: front === undefined ? root.children : root.children.slice(1),
  };
  const field = fields.type === 'organisation' ? 'description' : 'body';
  const log = new ConversionLog();
  const body = mdastToRichText(markdown, log);
  for (const problem of log.problems) problems.push({ path: field, ...problem });
  const points = sourcePointsOf(body, log);

  // Rich-text paths point into the Markdown only when the field came from it.
  let fromMarkdown = false;
  if (body.length > 0) {
    if (field in fields) {
      problems.push({
        path: field,
        message: `the ${field} is written twice: in the front matter and as Markdown; keep one`,
        ...locateFront([field]),
      });
    } else if (field === 'description') {
      if (
        body.some(
          (block) =>
            block.type !== 'paragraph' ||
            block.children.some((node) => node.type !== 'text' || node.marks !== undefined),
        )
      )
        problems.push({
          path: field,
          message:
            "an organisation's description is plain paragraphs; its headings, lists, images, links, bold and italic were dropped (the words were kept)",
          ...(log.pointOf(body[0] as object) ?? { line: 1, column: 1 }),
        });
      fields = { ...fields, description: body.flatMap(blockWords).join('\n\n') };
    } else {
      fields = { ...fields, body };
      fromMarkdown = true;
    }
  }

  const bodyStart: SourcePoint = markdown.children[0]?.position?.start ?? {
    line: front?.position?.end.line ?? 1,
    column: 1,
  };
  const locate: Locate = (keys) => {
    if (!fromMarkdown || keys[0] !== field) return locateFront(keys);
    for (let length = keys.length; length > 1; length--) {
      const point = points.get(pointKey(keys.slice(1, length)));
      if (point !== undefined) return point;
    }
    return bodyStart;
  };
  return { value: fields, problems, locate };
}

/** The words of a block, for fields that hold plain text. */
function blockWords(block: ReturnType<typeof mdastToRichText>[number]): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [plainText(block.children)];
    case 'list': {
      const items = (list: {
        items: { children: Parameters<typeof plainText>[0]; list?: unknown }[];
      }): string[] =>
        list.items.flatMap((item) => [
          plainText(item.children),
          ...(item.list ? items(item.list as never) : []),
        ]);
      return items(block);
    }
    case 'quote':
      return [block.quote.text];
    case 'image':
      return block.image.caption === undefined ? [] : [block.image.caption];
  }
}
