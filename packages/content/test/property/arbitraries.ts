/**
 * Hostile content for the property suites of @iom/content and @iom/ui (one generator serves
 * both): arbitrary JSON, and the samples and factory documents mutated the ways CMS exports,
 * copy-paste and other people's scripts break them.
 */
import fc from 'fast-check';
import {
  sampleArticle,
  sampleEvent,
  sampleOrganisations,
  sampleProject,
  sampleTranslations,
} from '../../src/samples.js';
import type { DocumentType } from '../../src/schemas/primitives.js';
import { makeArticle, makeEvent, makeOrganisation, makeProject } from '../../src/testing/index.js';

/** Same cases on every machine; another seed with IOM_PROPERTY_SEED. */
export const PROPERTY_SEED = Number(process.env.IOM_PROPERTY_SEED ?? 20261130);
/** Cases per model: a few hundred in `pnpm test`; IOM_PROPERTY_RUNS=100000 for the long run. */
export const PROPERTY_RUNS = Number(process.env.IOM_PROPERTY_RUNS ?? 200);
/** The long run takes as long as it needs; the short one must fit in `pnpm test`. */
export const PROPERTY_TIMEOUT_MS = Math.max(60_000, PROPERTY_RUNS * 20);

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Valid documents of each model to start from: the IOM Belarus samples and factory output. */
export const BASES: Record<DocumentType, readonly object[]> = {
  organisation: [...sampleOrganisations, ...SEEDS.map((seed) => makeOrganisation({}, { seed }))],
  project: [sampleProject, ...SEEDS.map((seed) => makeProject({}, { seed }))],
  event: [sampleEvent, ...SEEDS.map((seed) => makeEvent({}, { seed }))],
  article: [
    sampleArticle,
    ...Object.values(sampleTranslations),
    ...SEEDS.map((seed) => makeArticle({}, { seed })),
  ],
};

/** Characters that draw nothing or reorder text: zero-width, bidi, fillers, BOM, controls. */
const INVISIBLE = [
  ' ',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u2800',
  '\u3164',
  '\ufeff',
  '\u0000',
  '\u001b',
  '\n',
];
const invisibleText = fc.string({ unit: fc.constantFrom(...INVISIBLE), minLength: 1 });

/** Text an attacker or a broken export writes. */
const hostileText = fc.oneof(
  invisibleText,
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
    '/\\evil.example',
    '</script><script>alert(1)</script>',
    '\u202egnp.exe',
    '__proto__',
    'constructor',
    '5 Nov 2024',
    '0050-06-01',
    '2024-02-30',
    'XM-DAC-47066-P.1',
  ),
  // 64 kB of one character, as a pasted blob or a runaway script writes it.
  fc
    .tuple(fc.constantFrom('a', '-', 'A-', '\u200b', 'é', ' '), fc.constantFrom(1024, 65_536))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length))),
);

/** An object whose methods throw when anything converts it to text. */
const hostileObject = fc.constantFrom<unknown>(
  { toString: 1 },
  { toString: 1, valueOf: 1 },
  { toJSON: 1, toString: null },
  Object.create(null),
  JSON.parse('{"__proto__": {"polluted": true}}'),
);

/** Arrays nested `depth` deep: a recursive walk over them overflows the stack. */
const deeplyNested = fc.integer({ min: 100, max: 5_000 }).map((depth) => {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
});

/** Any value in a field's place: wrong types, non-finite numbers, hostile objects and text. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  hostileObject,
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    [],
    {},
  ),
  fc.jsonValue({ maxDepth: 3 }),
  deeplyNested,
);

/** A key the schemas do not know, or know in another spelling. */
const hostileKey = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'x\n✔ 0 problems', '\u001b[2J', 'sumary'),
  fc.constantFrom(1024, 65_536).map((length) => 'k'.repeat(length)),
);

type Path = (string | number)[];

/** Deeper than any document's own fields: a nested value put in by a mutation is not walked. */
const MAX_MUTATION_DEPTH = 12;

/** Every place in a document, the document itself first. */
function pathsOf(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  found.push(path);
  if (path.length >= MAX_MUTATION_DEPTH) return found;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) pathsOf(item, [...path, index], found);
  } else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], found);
  return found;
}

/** Sets an own property, as JSON.parse does, even for `__proto__`. */
function setOwn(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'retype'; at: number; value: unknown }
  | { kind: 'rename'; at: number; suffix: string }
  | { kind: 'unknown'; at: number; key: string; value: unknown }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'repeat-body'; times: number };

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('retype' as const), at, value: hostileValue }),
  fc.record({
    kind: fc.constant('rename' as const),
    at,
    suffix: fc.constantFrom('s', 'e', '_', ' '),
  }),
  fc.record({ kind: fc.constant('unknown' as const), at, key: hostileKey, value: hostileValue }),
  fc.record({ kind: fc.constant('text' as const), at, text: hostileText }),
  fc.record({
    kind: fc.constant('repeat-body' as const),
    times: fc.integer({ min: 2, max: 300 }),
  }),
);

/** A copy of `document` with the mutations applied at the places they pick. */
export function mutate(document: object, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  for (const change of mutations) {
    if (change.kind === 'repeat-body') {
      // Long rich text: the body's blocks many times over.
      if (Array.isArray(copy.body) && copy.body.length > 0) {
        const blocks = copy.body as unknown[];
        copy.body = Array.from(
          { length: change.times },
          (_, index) => blocks[index % blocks.length],
        );
      }
      continue;
    }
    const paths = pathsOf(copy);
    const path = paths[change.at % paths.length] as Path;
    const parentPath = path.slice(0, -1);
    const key = path.at(-1);
    const parent = parentPath.reduce<unknown>(
      (value, step) => (value as Record<string | number, unknown>)[step],
      copy,
    ) as Record<string | number, unknown> | unknown[];
    switch (change.kind) {
      case 'delete':
        if (key === undefined) break;
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else delete (parent as Record<string, unknown>)[key];
        break;
      case 'retype':
        if (key !== undefined) setOwn(parent, key, change.value);
        break;
      case 'rename':
        if (typeof key === 'string' && !Array.isArray(parent)) {
          setOwn(parent, `${key}${change.suffix}`, parent[key]);
          delete parent[key];
        }
        break;
      case 'unknown': {
        const target = key === undefined ? copy : (parent as Record<string | number, unknown>)[key];
        if (typeof target === 'object' && target !== null && !Array.isArray(target))
          setOwn(target, change.key, change.value);
        break;
      }
      case 'text':
        if (
          key !== undefined &&
          typeof (parent as Record<string | number, unknown>)[key] === 'string'
        )
          setOwn(parent, key, change.text);
        break;
    }
  }
  return copy;
}

/** A document of `type` from the bases, with one to four mutations. */
export const mutatedDocument = (type: DocumentType) =>
  fc
    .tuple(fc.constantFrom(...BASES[type]), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([base, mutations]) => mutate(base, mutations));

/** Only text mutations: documents that keep their shape and so are often still valid. */
export const retextedDocument = (type: DocumentType) =>
  fc
    .tuple(
      fc.constantFrom(...BASES[type]),
      fc.array(fc.record({ kind: fc.constant('text' as const), at, text: hostileText }), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([base, mutations]) => mutate(base, mutations));

/** Arbitrary JSON, and objects of each type with arbitrary fields. */
export const arbitraryInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc
    .tuple(
      fc.constantFrom<DocumentType>('organisation', 'project', 'event', 'article'),
      fc.dictionary(hostileKey, hostileValue, { maxKeys: 6 }),
    )
    .map(([type, fields]) => ({ ...fields, type })),
);
