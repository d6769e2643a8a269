import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { editorErrorMap, toContentErrors } from './errors.js';
import { safeParseDocument } from './parse.js';
import { DocumentSchema } from './schemas/document.js';
import { makeArticle, makeEvent, makeOrganisation, makeProject } from './testing/index.js';
import { randomInt, seededRandom } from './testing/seeded.js';

/**
 * zod's runtime with every generated parser off: `jitless` turns off its object fast path and
 * the fallback flag (the one a compiled schema sets on failure) turns off `z.compile`d
 * schemas. What validation reported before it used either.
 */
const RUNTIME_ONLY = {
  error: editorErrorMap,
  jitless: true,
  [Symbol.for('zod.compile.fallback')]: true,
};

const runtimeErrors = (input: unknown) => {
  const result = DocumentSchema.safeParse(
    input,
    RUNTIME_ONLY as z.core.ParseContext<z.core.$ZodIssue>,
  );
  return result.success ? [] : toContentErrors(result.error.issues);
};

type Node = Record<string | number, unknown>;

/** Every object and array inside `value`, with the keys it holds. */
function containers(value: unknown, found: Node[] = []): Node[] {
  if (typeof value !== 'object' || value === null) return found;
  found.push(value as Node);
  for (const child of Object.values(value)) containers(child, found);
  return found;
}

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  42,
  '',
  'not-a-valid-value',
  [],
  {},
  true,
  'javascript:alert(1)',
  '2024-13-45',
];

/** `document` with one to three values replaced, removed or added, chosen by `seed`. */
function mutate(document: object, seed: number): unknown {
  const random = seededRandom(seed);
  const copy = structuredClone(document);
  for (let change = 0; change <= randomInt(random, 3); change++) {
    const nodes = containers(copy);
    const node = nodes[randomInt(random, nodes.length)] as Node;
    const keys = Object.keys(node);
    if (keys.length === 0 || random() < 0.1) {
      node[Array.isArray(node) ? node.length : 'unexpectedField'] = 'surprise';
      continue;
    }
    const key = keys[randomInt(random, keys.length)] as string;
    const replacement = structuredClone(REPLACEMENTS[randomInt(random, REPLACEMENTS.length)]);
    if (replacement === undefined && !Array.isArray(node)) delete node[key];
    else node[key] = replacement;
  }
  return copy;
}

const FACTORIES = [makeArticle, makeEvent, makeProject, makeOrganisation];

describe('validation with zod fast paths', () => {
  it('reports exactly what the runtime alone reports, on 400 mutated documents', () => {
    let invalid = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const factory = FACTORIES[seed % FACTORIES.length] as (typeof FACTORIES)[number];
      const input = mutate(factory({}, { seed }), seed);
      const result = safeParseDocument(input);
      const expected = runtimeErrors(input);
      expect(result.success ? [] : result.errors, `seed ${seed}`).toEqual(expected);
      if (!result.success) invalid++;
    }
    // The mutations must mostly break documents, or the comparison proves little.
    expect(invalid).toBeGreaterThan(300);
  });

  it('reports a broken cross-field rule (checked after the compiled path) as the runtime does', () => {
    const inputs = [
      makeArticle({
        published: '2024-11-05T12:00:00+03:00',
        modified: '2024-11-01T12:00:00+03:00',
      }),
      makeEvent({ start: '2024-11-05', end: '2024-11-01' }),
      makeArticle({ sdgs: [{ goal: 3, target: '4.1' }] }),
    ];
    for (const input of inputs) {
      const result = safeParseDocument(input);
      expect(result.success).toBe(false);
      expect(result.errors).toEqual(runtimeErrors(input));
    }
  });

  it('returns the same data as the runtime alone for valid documents', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const factory = FACTORIES[seed % FACTORIES.length] as (typeof FACTORIES)[number];
      const input = factory({}, { seed });
      const runtime = DocumentSchema.safeParse(
        input,
        RUNTIME_ONLY as z.core.ParseContext<z.core.$ZodIssue>,
      );
      const result = safeParseDocument(input);
      expect(result.success).toBe(true);
      expect(result.data).toEqual(runtime.data);
    }
  });
});
