import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHidden } from '../../src/escape.js';
import { safeParseDocument } from '../../src/parse.js';
import type { DocumentType } from '../../src/schemas/primitives.js';
import {
  arbitraryInput,
  mutatedDocument,
  PROPERTY_RUNS,
  PROPERTY_SEED,
  PROPERTY_TIMEOUT_MS,
  retextedDocument,
} from './arbitraries.js';

const counts = new Map<string, { accepted: number; rejected: number }>();
function count(model: string, accepted: boolean) {
  const entry = counts.get(model) ?? { accepted: 0, rejected: 0 };
  entry[accepted ? 'accepted' : 'rejected'] += 1;
  counts.set(model, entry);
  // A long run reports as it goes.
  if ((entry.accepted + entry.rejected) % 10_000 === 0) printCounts(model, 'so far');
}
/** Prints a model's counts as soon as its cases are done, so a long run shows its progress. */
function printCounts(model: string, when = 'done') {
  const { accepted, rejected } = counts.get(model) ?? { accepted: 0, rejected: 0 };
  console.log(
    `property cases, ${model}, ${when}: ${accepted + rejected} (${accepted} accepted, ${rejected} rejected), seed ${PROPERTY_SEED}`,
  );
}

/** Keys of `input` that are not in `output`: a field the validator dropped without a word. */
function droppedFields(input: unknown, output: unknown, path = ''): string[] {
  if (typeof input !== 'object' || input === null) return [];
  if (typeof output !== 'object' || output === null) return [path];
  return Object.keys(input).flatMap((key) =>
    Object.hasOwn(output, key)
      ? droppedFields(
          (input as Record<string, unknown>)[key],
          (output as Record<string, unknown>)[key],
          `${path}.${key}`,
        )
      : [`${path}.${key}`],
  );
}

/** Where a document says something starts and ends, for each model that has both. */
const RANGES: [string, string][] = [
  ['start', 'end'],
  ['plannedStart', 'plannedEnd'],
  ['actualStart', 'actualEnd'],
];
function endsBeforeStart(document: Record<string, unknown>): boolean {
  const places = [document, document.dates].filter(
    (place): place is Record<string, unknown> => typeof place === 'object' && place !== null,
  );
  return places.some((place) =>
    RANGES.some(([start, end]) => {
      const from = Date.parse(String(place[start]));
      const to = Date.parse(String(place[end]));
      return !Number.isNaN(from) && !Number.isNaN(to) && to < from;
    }),
  );
}

/** What every validation must satisfy, whatever the input. */
function checkValidation(model: string, input: unknown) {
  const result = safeParseDocument(input);
  count(model, result.success);
  if (result.success) {
    expect(droppedFields(input, result.data)).toEqual([]);
    expect(endsBeforeStart(result.data as unknown as Record<string, unknown>)).toBe(false);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.message.trim()).not.toBe('');
    // Short and printable: nothing from content reaches a terminal raw or at full length.
    expect(escapeHidden(error.message)).toBe(error.message);
    expect(escapeHidden(error.path)).toBe(error.path);
    expect(error.message.length).toBeLessThan(1000);
  }
}

const property = (arbitrary: fc.Arbitrary<unknown>, model: string, numRuns = PROPERTY_RUNS) =>
  fc.assert(
    fc.property(arbitrary, (input) => checkValidation(model, input)),
    { seed: PROPERTY_SEED, numRuns },
  );

const MODELS: DocumentType[] = ['organisation', 'project', 'event', 'article'];

describe('validation under hostile input (fast-check)', () => {
  it(
    'never throws on arbitrary JSON and values; every rejection has a path and a message',
    () => {
      property(arbitraryInput, 'arbitrary');
      printCounts('arbitrary');
    },
    PROPERTY_TIMEOUT_MS,
  );

  it.each(MODELS)(
    'never throws on a mutated %s; accepted ones keep every field and never end before they start',
    (model) => {
      // PROPERTY_RUNS cases per model: half with any mutation, half with hostile text only.
      property(mutatedDocument(model), model, Math.ceil(PROPERTY_RUNS / 2));
      property(retextedDocument(model), model, Math.ceil(PROPERTY_RUNS / 2));
      printCounts(model);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
