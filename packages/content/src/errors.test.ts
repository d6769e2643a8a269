import { describe, expect, it } from 'vitest';
import { closest } from './closest.js';
import { ContentValidationError } from './errors.js';
import { parseDocument, safeParseDocument } from './parse.js';
import { sampleOrganisation as organisationWithId, sampleEvent } from './samples.js';

const sampleOrganisation = organisationWithId('iom');

const errorsOf = (input: unknown) => {
  const result = safeParseDocument(input);
  return result.success ? [] : result.errors;
};
const messageAt = (input: unknown, path: string) =>
  errorsOf(input).find((error) => error.path === path)?.message;

/** A value that throws as soon as anything converts it to text. */
const hostile = { toString: 1, valueOf: 1 };

describe('error wording never throws', () => {
  it('describes objects that cannot be converted to text instead of throwing', () => {
    expect(() => safeParseDocument({ type: hostile })).not.toThrow();
    expect(messageAt({ type: hostile }, 'type')).toBe(
      "expected one of 'organisation', 'project', 'event', 'article', but found a group of fields",
    );
    expect(messageAt({ ...sampleEvent, kind: hostile }, 'kind')).toMatch(
      /^expected one of 'roundtable', .*, but found a group of fields$/,
    );
  });

  it('makes parseDocument throw a ContentValidationError, not a TypeError, for hostile values', () => {
    expect(() => parseDocument({ ...sampleOrganisation, kind: hostile })).toThrow(
      ContentValidationError,
    );
  });

  it('says a missing required choice is required, not that "undefined" is not allowed', () => {
    const { kind: _kind, ...withoutKind } = sampleOrganisation;
    expect(messageAt(withoutKind, 'kind')).toMatch(
      /^this field is required: one of 'government', /,
    );
  });

  it('names Infinity and NaN instead of saying a number is not a number', () => {
    expect(messageAt({ ...sampleOrganisation, founded: Infinity }, 'founded')).toBe(
      'expected a number, but found Infinity (not a finite number)',
    );
    expect(messageAt({ ...sampleOrganisation, founded: Number.NaN }, 'founded')).toBe(
      'expected a number, but found NaN (not a number)',
    );
  });

  it("says what a non-text value is rather than quoting it as '[object Object]'", () => {
    const messages = [
      messageAt({ ...sampleEvent, kind: { a: 1 } }, 'kind'),
      messageAt({ ...sampleEvent, kind: [1] }, 'kind'),
      messageAt({ ...sampleEvent, kind: 7 }, 'kind'),
      messageAt({ type: ['event'] }, 'type'),
    ];
    for (const message of messages) expect(message).not.toContain('[object');
    expect(messages.map((message) => message?.split(', but found ')[1])).toEqual([
      'a group of fields',
      'a list',
      '7',
      'a list',
    ]);
  });

  it('quotes long or invisible text short and visible, so a message stays one readable line', () => {
    const message = messageAt(
      { ...sampleEvent, kind: `x\n\u001b[2J${'y'.repeat(10_000)}` },
      'kind',
    );
    expect(message).toMatch(/^'x\\n\\u001b\[2Jy+…' is not one of the allowed values: /);
    // The quoted value is cut short; the rest is the list of the 18 allowed kinds.
    expect(message?.split(' is not one of')[0]?.length).toBeLessThan(100);
    expect(message?.length).toBeLessThan(400);
    const unknown = errorsOf({ ...sampleEvent, 'a\nb.json: ✔ 0 problems': 1 });
    expect(unknown).toContainEqual({
      path: 'a\\nb.json: ✔ 0 problems',
      message: "unknown field 'a\\nb.json: ✔ 0 problems' — remove it, or check the spelling",
    });
  });
});

describe('"did you mean" in time linear in the input', () => {
  it('still suggests the closest value for a typo', () => {
    expect(closest('roundtabel', ['roundtable', 'conference'])).toBe('roundtable');
    expect(closest('Titel', ['title'])).toBe('title');
  });

  // Before the fix each of these built a megabyte-by-word table per candidate; the words
  // cannot be within 3 edits of a short candidate, so no table is built at all now.
  it('skips suggestions for a megabyte-long value or field name', () => {
    const long = 'roundtable'.repeat(100_000);
    expect(closest(long, ['roundtable', 'conference'])).toBeUndefined();
    const kind = messageAt({ ...sampleEvent, kind: long }, 'kind');
    expect(kind).toMatch(/^'(roundtable)+roundtabl…' is not one of the allowed values: /);
    const field = errorsOf({ ...sampleEvent, [long]: 1 });
    expect(field[0]?.message).toMatch(/— remove it, or check the spelling$/);
  });
});
