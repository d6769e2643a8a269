// A Node CommonJS site: the same through require().
const assert = require('node:assert/strict');
const { parseDocument, validateCollection } = require('@iom/content');
const { sampleArticle, sampleCollection } = require('@iom/content/samples');
const { markdownToRichText, richTextToHtml } = require('@iom/content/rich-text');
const { NewsCard } = require('@iom/ui');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');

for (const document of sampleCollection) parseDocument(document);
assert.deepEqual(validateCollection(sampleCollection), []);
const html = renderToString(createElement(NewsCard, { article: sampleArticle }));
assert.match(html, /Partners in Belarus Discuss Three-Year Plan/);
// Markdown to rich text and on to HTML, through the package's zod-free subpath.
const converted = markdownToRichText('Partners met in **Minsk**.');
assert.deepEqual(converted.problems, []);
assert.equal(richTextToHtml(converted.body), '<p>Partners met in <strong>Minsk</strong>.</p>');
console.log(
  `CJS: ${sampleCollection.length} documents valid; NewsCard rendered ${html.length} characters`,
);
