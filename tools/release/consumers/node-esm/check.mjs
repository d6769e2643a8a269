// A Node ESM site: validate the samples and render NewsCard to HTML on the server.
import assert from 'node:assert/strict';
import { parseDocument, validateCollection } from '@iom/content';
import { markdownToRichText, richTextToHtml } from '@iom/content/rich-text';
import { sampleArticle, sampleCollection } from '@iom/content/samples';
import { NewsCard } from '@iom/ui';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

for (const document of sampleCollection) parseDocument(document);
assert.deepEqual(validateCollection(sampleCollection), []);
const html = renderToString(createElement(NewsCard, { article: sampleArticle }));
assert.match(html, /Partners in Belarus Discuss Three-Year Plan/);
assert.match(html, /<time[^>]+dateTime="2024-11-05/i);
// Markdown to rich text and on to HTML, through the package's zod-free subpath.
const converted = markdownToRichText('Partners met in **Minsk**.');
assert.deepEqual(converted.problems, []);
assert.equal(richTextToHtml(converted.body), '<p>Partners met in <strong>Minsk</strong>.</p>');
console.log(
  `ESM: ${sampleCollection.length} documents valid; NewsCard rendered ${html.length} characters`,
);
