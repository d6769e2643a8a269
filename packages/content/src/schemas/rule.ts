import * as z from 'zod';
import { whenValid } from './object.js';

type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * What a rule is in JSON Schema: the keywords that say it, added to the JSON Schema of the
 * schema that carries the rule, or, when JSON Schema cannot say it, the rule in words, which
 * the JSON Schema files list in their description (and the README repeats).
 */
export type RuleInJsonSchema = { jsonSchema: JsonSchema } | { notInJsonSchema: string };

/** A rule zod checks with a refinement, written once with its JSON Schema form. */
export type Rule<Value> = RuleInJsonSchema & {
  check: (value: Value, context: z.RefinementCtx<Value>) => void;
  /**
   * The fields the rule reads: it runs once they are valid even when other fields are not
   * (see `whenValid`), so editors see every problem in one pass. Without it, the rule runs
   * only on an otherwise valid value.
   */
  reads?: string[];
};

/**
 * Every refinement of the schemas, with its JSON Schema form: the JSON Schema generator reads
 * it, and a test fails for a refinement missing here. Keyed by the check itself, which a site
 * model's extended schemas share with the kit's.
 */
export const jsonSchemaOfRule = new WeakMap<z.core.$ZodCheck, RuleInJsonSchema>();

/** `schema` with `rules` checked by zod and recorded with their JSON Schema forms. */
export function withRules<Schema extends z.ZodType>(
  schema: Schema,
  ...rules: Rule<z.output<Schema>>[]
): Schema {
  const checks = rules.map(({ check, reads, ...form }) => {
    const refinement = z.superRefine(check, reads && whenValid(...reads));
    jsonSchemaOfRule.set(refinement, form);
    return refinement;
  });
  return schema.check(...checks);
}

/** `if`/`then`/`else`, built in one place because an object with `then` looks like a promise. */
export function conditional(
  condition: JsonSchema,
  consequence: JsonSchema,
  otherwise?: JsonSchema,
): JsonSchema {
  // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here, never awaited.
  const rule: JsonSchema = { if: condition, then: consequence };
  if (otherwise !== undefined) rule.else = otherwise;
  return rule;
}
