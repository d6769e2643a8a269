// Validation: a 10,000-article feed checked with safeParseDocument, next to JSON.parse of the
// same feed and to Ajv on the JSON Schema @iom/content ships; collection checks per document.
import { createRequire } from 'node:module';
import { safeParseDocument, validateCollection } from '@iom/content';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { articleFeed, collectionOf, feedWithInvalid } from './feeds.mjs';
import { paired } from './paired.mjs';

const require = createRequire(import.meta.url);
const FEED_SIZE = 10_000;

const validateEach = (documents) => () => {
  for (const document of documents) safeParseDocument(document);
};

/** Ajv on `@iom/content/json-schema/document.json`, reporting every error as we do. */
function ajvValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(require('@iom/content/json-schema/document.json'));
}

export function* validationBenchmarks() {
  const feed = articleFeed(FEED_SIZE);
  const json = JSON.stringify(feed);
  yield {
    name: 'safeParseDocument, 10,000 articles, vs JSON.parse',
    unit: 'ms',
    target: { ratio: 1.0 },
    ...paired({ figure: validateEach(feed), baseline: () => JSON.parse(json) }),
  };

  const ajv = ajvValidator();
  yield {
    name: 'safeParseDocument, 10,000 articles, vs Ajv',
    unit: 'ms',
    ...paired({
      figure: validateEach(feed),
      baseline: () => {
        for (const document of feed) ajv(document);
      },
    }),
  };

  const mixed = feedWithInvalid(FEED_SIZE);
  const mixedJson = JSON.stringify(mixed);
  if (mixed.filter((document) => !safeParseDocument(document).success).length !== FEED_SIZE / 10) {
    throw new Error('the feed with invalid documents is not 10% invalid');
  }
  yield {
    name: 'safeParseDocument, 10% invalid, vs JSON.parse',
    unit: 'ms',
    target: { ratio: 1.5 },
    ...paired({ figure: validateEach(mixed), baseline: () => JSON.parse(mixedJson) }),
  };

  for (const size of [1_000, 10_000, 100_000]) {
    const documents = collectionOf(size);
    if (validateCollection(documents).length > 0) throw new Error('the collection is not valid');
    const collectionJson = JSON.stringify(documents);
    const result = paired({
      figure: () => validateCollection(documents),
      baseline: () => JSON.parse(collectionJson),
      rounds: size === 100_000 ? 3 : 5,
    });
    yield {
      name: `validateCollection, ${size.toLocaleString('en')} documents, vs JSON.parse`,
      unit: 'µs a document',
      scale: 1000 / size,
      target: { ratio: 0.5 },
      ...result,
    };
  }
  // Linear: a document costs the same in a collection 100 times larger.
  const large = collectionOf(100_000);
  const small = collectionOf(1_000);
  const result = paired({
    figure: () => validateCollection(large),
    baseline: () => {
      for (let i = 0; i < 100; i++) validateCollection(small);
    },
    rounds: 3,
  });
  yield {
    name: 'validateCollection a document, 100,000 vs 1,000',
    unit: 'µs a document',
    scale: 1000 / 100_000,
    target: { ratio: 1.15 },
    ...result,
  };
}
