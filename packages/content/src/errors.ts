import type * as z from 'zod';
import { closest } from './closest.js';
import { withoutRequiredNearMisses } from './near-misses.js';
import { UNKNOWN_FIELD_SEPARATOR } from './schemas/object.js';

/** One problem in a piece of content, worded for the editor who has to fix it. */
export interface ContentError {
  /** Where the problem is, like `images[0].alt`; empty for the document as a whole. */
  path: string;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
}

/** `['images', 0, 'alt']` → `images[0].alt` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
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

function describeValue(value: unknown): string {
  if (value === null) return KIND_NAMES.null as string;
  if (Array.isArray(value)) return KIND_NAMES.array as string;
  return KIND_NAMES[typeof value] ?? typeof value;
}

const listValues = (values: readonly unknown[]) =>
  values.map((value) => `'${String(value)}'`).join(', ');

/**
 * Messages for the problems zod reports in general terms. Schemas set their own message where
 * they know better (alt text, URLs, dates); this map fills in the rest, in editors' words.
 */
export const editorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'this field is required'
        : `expected ${KIND_NAMES[issue.expected] ?? issue.expected}, but found ${describeValue(issue.input)}`;
    case 'invalid_value': {
      if (issue.values.length === 1) return `must be ${listValues(issue.values)}`;
      const suggestion =
        typeof issue.input === 'string'
          ? closest(issue.input, issue.values.map(String))
          : undefined;
      const intro = `'${String(issue.input)}' is not one of the allowed values`;
      return suggestion === undefined
        ? `${intro}: ${listValues(issue.values)}`
        : `${intro} — did you mean '${suggestion}'? Allowed: ${listValues(issue.values)}`;
    }
    case 'invalid_union': {
      if (!('discriminator' in issue) || typeof issue.discriminator !== 'string') return undefined;
      const options = (issue.options as unknown[] | undefined)?.map(String) ?? [];
      const given =
        typeof issue.input === 'object' && issue.input !== null
          ? (issue.input as Record<string, unknown>)[issue.discriminator]
          : undefined;
      if (given === undefined) return `this field is required: one of ${listValues(options)}`;
      const suggestion = typeof given === 'string' ? closest(given, options) : undefined;
      const intro = `'${String(given)}' is not a known ${issue.discriminator}`;
      return suggestion === undefined
        ? `${intro}; use one of ${listValues(options)}`
        : `${intro} — did you mean '${suggestion}'?`;
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
