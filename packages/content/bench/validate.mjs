// Measures what validating content costs next to JSON.parse of the same JSON, in one run, so
// the ratio holds on any machine. Target: validating costs less than parsing the JSON.
// Run: pnpm --filter @iom/content bench   (after a build)
import { safeParseDocument, validateCollection } from '../dist/index.js';
import { sampleCollection } from '../dist/samples.js';

const json = JSON.stringify(sampleCollection);
const documents = JSON.parse(json);

function measure(name, work, minimumMs = 1500) {
  for (let i = 0; i < 200; i++) work(); // warm up the JIT
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minimumMs) {
    for (let i = 0; i < 100; i++) work();
    runs += 100;
    elapsed = performance.now() - start;
  }
  const microseconds = (elapsed * 1000) / runs;
  console.log(`${name.padEnd(44)} ${microseconds.toFixed(1).padStart(8)} µs per collection`);
  return microseconds;
}

console.log(
  `IOM Belarus samples: ${documents.length} documents, ${(json.length / 1024).toFixed(1)} KiB of JSON\n`,
);
const parse = measure('JSON.parse (baseline)', () => JSON.parse(json));
const validate = measure('safeParseDocument on every document', () => {
  for (const document of documents) safeParseDocument(document);
});
const collection = measure('validateCollection', () => validateCollection(documents));
const total = validate + collection;
console.log(
  `\nvalidation / JSON.parse: ${(validate / parse).toFixed(2)}x; with collection checks: ${(total / parse).toFixed(2)}x`,
);
console.log(
  total < parse ? 'within target (< 1x)' : 'OVER TARGET: validating costs more than JSON.parse',
);
