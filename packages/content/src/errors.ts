import type * as z from 'zod';
import { closest } from './closest.js';
import { escapeHidden, quote } from './escape.js';
import { withoutRequiredNearMisses } from './near-misses.js';
import { UNKNOWN_FIELD_SEPARATOR } from './schemas/object.js';

/** One problem in a piece of content, worded for the editor who has to fix it. */
export interface ContentError {
  /** Where the problem is, like `images[0].alt`; empty for the document as a whole. */
  path: string;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
}

/** `['images', 0, 'alt']` → `images[0].alt`; hidden characters in keys are shown as escapes. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = escapeHidden(String(key));
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  null: 'nothing (null)',
  undefined: 'nothing',
};

/**
 * What kind of value the editor wrote, in words. It only asks `typeof`, never the value itself:
 * calling a method of a value from content (`String(value)`) can throw or run its code.
 */
function describeKind(value: unknown): string {
  if (value === null) return KIND_NAMES.null as string;
  if (Array.isArray(value)) return KIND_NAMES.array as string;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'NaN (not a number)' : `${value} (not a finite number)`;
  }
  return KIND_NAMES[typeof value] ?? typeof value;
}

/** A value as an editor can recognise it: text quoted, a number or true/false as written. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
    return `${value}`;
  return describeKind(value);
}

/** The allowed values of an enum or literal; they come from the schema, never from content. */
const listValues = (values: readonly unknown[]) => values.map(describeValue).join(', ');

/** The message for a choice that was left out or is not even text; undefined for text. */
function missingOrNotText(given: unknown, allowed: readonly unknown[]): string | undefined {
  if (given === undefined) return `this field is required: one of ${listValues(allowed)}`;
  if (typeof given !== 'string')
    return `expected one of ${listValues(allowed)}, but found ${describeValue(given)}`;
  return undefined;
}

/**
 * Messages for the problems zod reports in general terms. Schemas set their own message where
 * they know better (alt text, URLs, dates); this map fills in the rest, in editors' words. It
 * never throws, whatever the input: values are described, not converted.
 */
export const editorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'this field is required'
        : `expected ${KIND_NAMES[issue.expected] ?? issue.expected}, but found ${describeKind(issue.input)}`;
    case 'invalid_value': {
      if (issue.values.length === 1)
        return issue.input === undefined
          ? `this field is required: it must be ${listValues(issue.values)}`
          : `must be ${listValues(issue.values)}`;
      const wrong = missingOrNotText(issue.input, issue.values);
      if (wrong !== undefined) return wrong;
      const given = issue.input as string;
      const suggestion = closest(given, issue.values.map(String));
      const intro = `${quote(given)} is not one of the allowed values`;
      return suggestion === undefined
        ? `${intro}: ${listValues(issue.values)}`
        : `${intro} — did you mean ${quote(suggestion)}? Allowed: ${listValues(issue.values)}`;
    }
    case 'invalid_union': {
      if (!('discriminator' in issue) || typeof issue.discriminator !== 'string') return undefined;
      const options = (issue.options as unknown[] | undefined)?.map(String) ?? [];
      const given =
        typeof issue.input === 'object' && issue.input !== null
          ? (issue.input as Record<string, unknown>)[issue.discriminator]
          : undefined;
      const wrong = missingOrNotText(given, options);
      if (wrong !== undefined) return wrong;
      const suggestion = closest(given as string, options);
      const intro = `${quote(given as string)} is not a known ${issue.discriminator}`;
      return suggestion === undefined
        ? `${intro}; use one of ${listValues(options)}`
        : `${intro} — did you mean ${quote(suggestion)}?`;
    }
    case 'too_small':
      if (issue.origin === 'array')
        return `add at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'write some text here; it is empty'
          : `write at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `list at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `shorten this to at most ${issue.maximum} characters`;
      return `must be at most ${issue.maximum}`;
    default:
      return undefined;
  }
};

/** Turns zod's issues into one `ContentError` per problem, one per unknown field. */
export function toContentErrors(issues: readonly z.core.$ZodIssue[]): ContentError[] {
  return withoutRequiredNearMisses(issues).flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split(UNKNOWN_FIELD_SEPARATOR);
      return issue.keys.map((key, index) => ({
        path: formatPath([...issue.path, key]),
        message:
          messages.length === issue.keys.length ? (messages[index] as string) : issue.message,
      }));
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

/** Thrown by `parseDocument`; `errors` lists every problem found. */
export class ContentValidationError extends Error {
  override readonly name = 'ContentValidationError';
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    const lines = errors.map((error) => `  ${error.path || '(document)'}: ${error.message}`);
    super(
      `The content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    );
    this.errors = errors;
  }
}
