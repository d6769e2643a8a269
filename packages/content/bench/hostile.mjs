// Timing guards for hostile input, printed rather than asserted (tests never depend on speed):
// validating a document with a megabyte in the wrong place, next to JSON.parse of the same
// JSON. Linear checks keep each within a small multiple of JSON.parse; before the fixes the
// enum value and the unknown key took 25-50 s and the identifier overflowed the regex stack.
// Run: pnpm --filter @iom/content bench   (after a build)
import { safeParseDocument } from '../dist/index.js';
import { sampleEvent, sampleOrganisations, sampleProject } from '../dist/samples.js';

const MEGABYTE = 1024 * 1024;
const CASES = [
  ['1 MB enum value (event kind)', { ...sampleEvent, kind: 'roundtabel'.repeat(MEGABYTE / 10) }],
  ['1 MB unknown key', { ...sampleOrganisations[0], ['sumary'.repeat(MEGABYTE / 6)]: 'x' }],
  ['1 MB IATI identifier', { ...sampleProject, iatiIdentifier: `XM${'-a'.repeat(MEGABYTE / 2)}!` }],
  ['1 MB id', { ...sampleProject, id: `a${'-a'.repeat(MEGABYTE / 2)}!` }],
];

function median(work, runs = 7) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

console.log(`${'case'.padEnd(32)} ${'JSON.parse'.padStart(12)} ${'validate'.padStart(12)}  ratio`);
for (const [name, document] of CASES) {
  const json = JSON.stringify(document);
  const parsed = JSON.parse(json);
  const parse = median(() => JSON.parse(json));
  let problems = 0;
  const validate = median(() => {
    problems = safeParseDocument(parsed).errors?.length ?? 0;
  });
  console.log(
    `${name.padEnd(32)} ${`${parse.toFixed(1)} ms`.padStart(12)} ${`${validate.toFixed(1)} ms`.padStart(12)}  ${(validate / parse).toFixed(2)}x  (${problems} problem${problems === 1 ? '' : 's'})`,
  );
}
