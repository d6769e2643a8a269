import type * as z from 'zod';
import { ImageSchema, SdgSchema } from '../schemas/blocks.js';
import { ContactSchema } from '../schemas/event.js';
import { type DocumentType, VISIBLE_CHARACTER } from '../schemas/primitives.js';
import { ProjectDatesSchema, ProjectSchema } from '../schemas/project.js';

type JsonSchema = z.core.JSONSchema.JSONSchema;

/** `if`/`then`/`else`, built in one place because an object with `then` looks like a promise. */
function conditional(condition: JsonSchema, consequence: JsonSchema, otherwise?: JsonSchema) {
  // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here, never awaited.
  const rule: JsonSchema = { if: condition, then: consequence };
  if (otherwise !== undefined) rule.else = otherwise;
  return rule;
}

/**
 * The cross-field rules the zod schemas check with refinements, in JSON Schema's words. Zod
 * cannot write a refinement into JSON Schema, so the generator adds these to the schema that
 * carries the refinement; the agreement test proves each one rejects what zod rejects.
 */
export const CROSS_FIELD_RULES = new Map<z.core.$ZodType, JsonSchema>([
  // Alt text is required unless the image is decorative, and a decorative image has none.
  [
    ImageSchema,
    conditional(
      { properties: { decorative: { const: true } }, required: ['decorative'] },
      { properties: { alt: { type: 'string', not: { pattern: VISIBLE_CHARACTER.source } } } },
      {
        properties: { alt: { type: 'string', pattern: VISIBLE_CHARACTER.source } },
        required: ['alt'],
      },
    ),
  ],
  // A target belongs to its goal: goal n allows only targets 'n.…'.
  [
    SdgSchema,
    {
      allOf: Array.from({ length: 17 }, (_, index) =>
        conditional(
          { properties: { goal: { const: index + 1 } }, required: ['goal'] },
          { properties: { target: { type: 'string', pattern: `^${index + 1}\\.` } } },
        ),
      ),
    },
  ],
  // A contact gives at least one way to reach someone.
  [ContactSchema, { minProperties: 1 }],
  // A project's dates include a start.
  [ProjectDatesSchema, { anyOf: [{ required: ['plannedStart'] }, { required: ['actualStart'] }] }],
  // A project has at least one implementing participant.
  [
    ProjectSchema.shape.participants,
    {
      contains: {
        type: 'object',
        properties: { role: { const: 'implementing' } },
        required: ['role'],
      },
    },
  ],
]);

/**
 * Rules of each document type that JSON Schema cannot state, because they compare two values.
 * `parseDocument` checks them; the JSON Schema files name them in their `description`.
 */
export const RULES_JSON_SCHEMA_CANNOT_CHECK: Readonly<Record<DocumentType, readonly string[]>> = {
  organisation: [],
  project: [
    'dates.plannedEnd is not before dates.plannedStart, and dates.actualEnd is not before dates.actualStart (compared at the coarser precision).',
  ],
  event: [
    'end is not before start (two date-times compare as instants; otherwise at the coarser precision: year, month or day).',
    'each session ends no earlier than it starts (compared as end and start are).',
    "a date-time without a UTC offset needs the event's timeZone.",
    'timeZone is an IANA time zone the validator knows, spelt as Intl spells it.',
  ],
  article: [
    'modified is not before published (two date-times compare as instants; otherwise at the coarser precision).',
  ],
};

/** Rules that need the whole collection, checked by `validateCollection`, never by one schema. */
export const COLLECTION_RULES: readonly string[] = [
  'Every id is unique in the collection.',
  'Every reference names a document of the expected type in the collection.',
  'Every translation is a document of the same type in another language.',
];
