import type * as z from 'zod';
import { intendedField } from './schemas/object.js';

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((key, index) => key === b[index]);

/**
 * One problem, not two, for a misspelt required field: when `{ url: … }` stands where `href` is
 * required, the editor sees "unknown field 'url' — did you mean 'href'?" and not also "href:
 * this field is required", which is the same mistake told twice.
 */
export function withoutRequiredNearMisses(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const missing = issues.filter(
    (issue) => issue.code === 'invalid_type' && issue.input === undefined && issue.path.length > 0,
  );
  if (missing.length === 0) return [...issues];
  const explained = new Set<z.core.$ZodIssue>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const candidate of missing) {
      const field = candidate.path.at(-1);
      if (typeof field !== 'string' || !samePath(candidate.path.slice(0, -1), issue.path)) continue;
      if (issue.keys.some((key) => intendedField(key, [field]) === field)) explained.add(candidate);
    }
  }
  return issues.filter((issue) => !explained.has(issue));
}
