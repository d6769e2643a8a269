import * as z from 'zod';
import { closest } from '../closest.js';
import { quote } from '../escape.js';

/**
 * Separates the per-field messages of one `unrecognized_keys` issue: zod reports all unknown
 * keys of an object as one issue, editors need one line per field (see `toContentErrors`).
 */
export const UNKNOWN_FIELD_SEPARATOR = '\n';

/**
 * Other spellings editors use for a field, beyond typos: a link's address is `href` in every
 * shape, but `url` is what many CMSs call it.
 */
const OTHER_SPELLINGS: Readonly<Record<string, string>> = { url: 'href', link: 'href' };

/** The known field an unknown one was probably meant to be: an other spelling, or a typo. */
export function intendedField(field: string, knownFields: readonly string[]): string | undefined {
  const other = OTHER_SPELLINGS[field];
  if (other !== undefined && knownFields.includes(other)) return other;
  return closest(field, knownFields);
}

export function unknownFieldMessage(field: string, knownFields: readonly string[]): string {
  const suggestion = intendedField(field, knownFields);
  return suggestion === undefined
    ? `unknown field ${quote(field)} — remove it, or check the spelling`
    : `unknown field ${quote(field)} — did you mean ${quote(suggestion)}?`;
}

/**
 * A `z.strictObject` whose unknown keys are reported with the closest known field, because
 * `z.object` would silently drop an editor's misspelt field.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const knownFields = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys
            .map((key) => unknownFieldMessage(key, knownFields))
            .join(UNKNOWN_FIELD_SEPARATOR)
        : undefined,
  });
}

/**
 * Options for a cross-field refinement so it runs even when *other* fields are invalid: editors
 * see every problem at once instead of fixing them round by round. It still waits for the
 * fields it reads to be valid, and for the value to be an object at all.
 */
export function whenValid(...fields: string[]) {
  return {
    when: (payload: { issues: ReadonlyArray<{ path?: PropertyKey[] | undefined }> }) =>
      !payload.issues.some((issue) => {
        const first = issue.path?.[0];
        return first === undefined || fields.includes(String(first));
      }),
  };
}
