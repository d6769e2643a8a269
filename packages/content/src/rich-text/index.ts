/**
 * Rich text to and from Markdown and HTML, without zod, so a browser (a CMS preview, an editor)
 * can convert what it shows. Converted bodies still go through `RichTextSchema` to be checked.
 */
export { htmlToRichText } from './from-html.js';
export { markdownToRichText } from './from-markdown.js';
export type { ConversionProblem, RichTextConversion } from './problems.js';
export { richTextToHtml } from './to-html.js';
export { richTextToMarkdown } from './to-markdown.js';
