import * as z from 'zod';
import { compiled } from '../compiled.js';
import { ImageSchema, QuoteSchema } from './blocks.js';
import { strictObject } from './object.js';
import { SafeUrlSchema } from './primitives.js';

/**
 * Rich text is a closed tree of typed blocks and inline spans, never HTML: what a CMS sends
 * cannot smuggle markup or scripts into a page, and every renderer knows every node.
 */

export const MarkSchema = z.enum(['strong', 'emphasis']);

/** The `type` of a rich-text node, described for JSON Schema readers. */
const nodeType = <Type extends string>(type: Type, what: string) =>
  z.literal(type).meta({ description: `Always '${type}': ${what}.` });
export type Mark = z.infer<typeof MarkSchema>;

/** A run of text, optionally bold (`strong`) or italic (`emphasis`). */
export const TextSpanSchema = strictObject({
  type: nodeType('text', 'a run of text'),
  text: z
    .string()
    .min(1, { error: 'a text span needs some text' })
    .meta({ description: 'The text, spaces included.' }),
  marks: z
    .array(MarkSchema)
    .optional()
    .meta({ description: "'strong' for bold, 'emphasis' for italic." }),
}).meta({ description: 'A run of text, optionally bold (strong) or italic (emphasis).' });
export type TextSpan = z.infer<typeof TextSpanSchema>;

/** A link inside running text. */
export const InlineLinkSchema = strictObject({
  type: nodeType('link', 'a link inside running text'),
  href: SafeUrlSchema.meta({ description: 'Where the link goes.' }),
  children: z
    .array(TextSpanSchema)
    .min(1, { error: 'a link needs text for readers to click' })
    .meta({ description: 'The text readers click.' }),
}).meta({ description: 'A link inside running text.' });
export type InlineLink = z.infer<typeof InlineLinkSchema>;

export const InlineSchema = z.discriminatedUnion('type', [TextSpanSchema, InlineLinkSchema]);
export type Inline = z.infer<typeof InlineSchema>;

const inlineContent = z
  .array(InlineSchema)
  .min(1, { error: 'this block has no text' })
  .meta({ description: 'The text of the block: runs of text and links.' });

export const ParagraphBlockSchema = strictObject({
  type: nodeType('paragraph', 'a paragraph'),
  children: inlineContent,
});

/**
 * A heading inside a body. `level` is relative to the body (1 = its top sections); renderers
 * offset it to fit the page around it, so a body never competes with the page's own `h1`.
 */
export const HeadingBlockSchema = strictObject({
  type: nodeType('heading', 'a heading inside the text'),
  level: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
      error: 'use a heading level from 1 (a top section of the text) to 4',
    })
    .meta({ description: '1 for a top section of the text, down to 4.' }),
  children: inlineContent,
});

const listStyle = z
  .enum(['bulleted', 'numbered'])
  .meta({ description: "'bulleted' or 'numbered'." });

/** A list item: its text, and optionally a list nested under it (as Markdown and HTML nest them). */
export interface ListItem {
  children: Inline[];
  list?: NestedList | undefined;
}
/** A list inside a list item. */
export interface NestedList {
  style: 'bulleted' | 'numbered';
  items: ListItem[];
}

export const ListItemSchema: z.ZodType<ListItem> = strictObject({
  children: inlineContent,
  get list() {
    return NestedListSchema.optional();
  },
}).meta({ description: 'A list item: its text, and optionally a list nested under it.' });

export const NestedListSchema: z.ZodType<NestedList> = strictObject({
  style: listStyle,
  get items() {
    return listItems;
  },
}).meta({ description: 'A list nested inside a list item.' });

const listItems = z
  .array(ListItemSchema)
  .min(1, { error: 'a list needs items' })
  .meta({ description: 'The items, in order.' });

export const ListBlockSchema = strictObject({
  type: nodeType('list', 'a bulleted or numbered list'),
  style: listStyle,
  items: listItems,
});

export const QuoteBlockSchema = strictObject({
  type: nodeType('quote', 'a quote set apart from the text'),
  quote: QuoteSchema,
});

export const ImageBlockSchema = strictObject({
  type: nodeType('image', 'an image inside the text'),
  image: ImageSchema,
});

/** Compiled (see `compiled`): most of a document's nodes are blocks and their spans. */
export const BlockSchema = compiled(
  z.discriminatedUnion('type', [
    ParagraphBlockSchema,
    HeadingBlockSchema,
    ListBlockSchema,
    QuoteBlockSchema,
    ImageBlockSchema,
  ]),
);
export type Block = z.infer<typeof BlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type QuoteBlock = z.infer<typeof QuoteBlockSchema>;
export type ImageBlock = z.infer<typeof ImageBlockSchema>;

export const RichTextSchema = z
  .array(BlockSchema, {
    // Text where blocks belong is Markdown or HTML pasted in: say how to bring it in.
    error: (issue) =>
      issue.code === 'invalid_type' && typeof issue.input === 'string'
        ? 'expected a list of blocks, but found text: write the text as Markdown after the front matter of a .md file, or convert HTML with htmlToRichText from @iom/content/rich-text'
        : undefined,
  })
  .min(1, { error: 'the text has no blocks' })
  .meta({
    description:
      'Rich text: paragraphs, headings, lists, quotes and images, with bold, italic and links. Never HTML.',
  });
export type RichText = z.infer<typeof RichTextSchema>;
