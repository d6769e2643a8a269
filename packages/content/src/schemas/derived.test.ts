import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as content from '../index.js';
import { referenceFieldSites } from '../references.js';
import { reference } from './primitives.js';
import { referenceTargets } from './reference.js';
import { jsonSchemaOfRule, withRules } from './rule.js';
import { eachSchema, refinementsOf } from './walk.js';

/**
 * What in `schema` the derived code does not know: a refinement without its JSON Schema form
 * (or the reason it has none), or a reference field where `referencesOf`, `resolve` and
 * `validateCollection` do not look. `eachSchema` reads every schema a definition holds,
 * whatever its kind, so it finds what the derived code's walk would miss.
 */
function unknownToDerivedCode(schema: z.core.$ZodType): string[] {
  const problems: string[] = [];
  const followed = new Set(referenceFieldSites(schema).map((site) => site.schema));
  eachSchema(schema, (subschema) => {
    const described = z.globalRegistry.get(subschema)?.description ?? subschema._zod.def.type;
    for (const check of refinementsOf(subschema)) {
      if (!jsonSchemaOfRule.has(check)) {
        problems.push(`a refinement without its JSON Schema form, in: ${described}`);
      }
    }
    if (referenceTargets.has(subschema) && !followed.has(subschema)) {
      problems.push(`a reference that is never followed: ${described}`);
    }
  });
  return problems;
}

const exportedSchemas = (Object.entries(content) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

describe('every reference and refinement of the schemas is known to the derived code', () => {
  it('walks every schema the package exports', () => {
    expect(exportedSchemas.map(([name]) => name)).toEqual(
      expect.arrayContaining(['DocumentSchema', 'ArticleSchema', 'ImageSchema', 'SdgSchema']),
    );
  });

  it.each(exportedSchemas)('%s', (_, schema) => {
    expect(unknownToDerivedCode(schema)).toEqual([]);
  });

  it('finds a refinement written without withRules', () => {
    const schema = z.object({ title: z.string().refine((title) => title !== 'TBC') });
    expect(unknownToDerivedCode(schema)).toEqual([
      'a refinement without its JSON Schema form, in: string',
    ]);
    const declared = z.object({
      title: withRules(z.string(), {
        check: () => {},
        notInJsonSchema: 'a title is not a placeholder',
      }),
    });
    expect(unknownToDerivedCode(declared)).toEqual([]);
  });

  it('finds a reference where the derived code does not look', () => {
    const schema = z.object({ partners: z.record(z.string(), reference('organisation')) });
    expect(unknownToDerivedCode(schema)).toEqual([
      'a reference that is never followed: The id of the organisation this refers to, in the same collection.',
    ]);
    const followed = z.object({ partners: z.array(reference('organisation')).optional() });
    expect(unknownToDerivedCode(followed)).toEqual([]);
  });

  it('counts every reference of the documents, in every place it sits', () => {
    // Same field reached two ways (a quote in the body, a quote in `quotes`) counts once per place.
    const places = referenceFieldSites(content.DocumentSchema).map((site) => site.path.join('.'));
    expect(places).toContain('quotes.0.speaker.organisation');
    expect(places).toContain('body.0.quote.speaker.organisation');
  });
});
