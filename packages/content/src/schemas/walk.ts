import type * as z from 'zod';

const isSchema = (value: unknown): value is z.core.$ZodType =>
  typeof value === 'object' &&
  value !== null &&
  '_zod' in value &&
  typeof (value as z.core.$ZodType)._zod.def?.type === 'string';

/** The schemas a definition's field holds: one, a list (options, items) or a shape's values. */
function schemasIn(value: unknown): z.core.$ZodType[] {
  if (isSchema(value)) return [value];
  if (Array.isArray(value)) return value.filter(isSchema);
  if (typeof value === 'object' && value !== null) return Object.values(value).filter(isSchema);
  return [];
}

/**
 * Calls `visit` on `root` and every schema inside it, each once (recursive schemas too),
 * whatever its kind: it reads every schema a definition holds rather than a list of kinds, so
 * a kind added later is walked too. Checks are not schemas to walk; `visit` reads them.
 */
export function eachSchema(
  root: z.core.$ZodType,
  visit: (schema: z.core.$ZodType) => void,
  seen: Set<z.core.$ZodType> = new Set(),
): void {
  if (seen.has(root)) return;
  seen.add(root);
  visit(root);
  for (const [key, value] of Object.entries(root._zod.def)) {
    if (key === 'checks') continue;
    for (const child of schemasIn(value)) eachSchema(child, visit, seen);
  }
}

/** The refinements (`refine`, `superRefine`, `check(fn)`) a schema carries itself. */
export const refinementsOf = (schema: z.core.$ZodType): z.core.$ZodCheck[] =>
  (schema._zod.def.checks ?? []).filter((check) => check._zod.def.check === 'custom');
