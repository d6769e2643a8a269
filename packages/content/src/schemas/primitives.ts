import * as z from 'zod';
import { closest } from '../closest.js';
import { COUNTRY_CODES } from '../codes/countries.js';
import { CURRENCY_CODES } from '../codes/currencies.js';
import {
  canonicalTimeZone,
  DATE_OR_DATE_TIME_PATTERN,
  DATE_TIME_PATTERN,
  EVENT_TIME_PATTERN,
  LOCAL_DATE_TIME_PATTERN,
  PARTIAL_DATE_PATTERN,
  timeZoneNames,
} from '../dates.js';
import { quote } from '../escape.js';
import { SAFE_URL_PATTERN } from '../url.js';
import { withRules } from './rule.js';

/**
 * One visible character: anything but white space, control and format characters, and the
 * characters that draw nothing (zero-width spaces, bidi marks, Hangul fillers, the blank braille
 * pattern, variation selectors, tag characters). Written without flags, one UTF-16 unit or one
 * surrogate pair at a time, because JSON Schema's `pattern` carries none.
 */
export const VISIBLE_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what it excludes.
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a negated class of single units.
  /(?:[^\s\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\ud800-\udfff]|[\ud800-\udb3f\udb44-\udbff][\udc00-\udfff])/;

/** True when `text` holds something a reader can see, not only spaces or invisible characters. */
export const isVisibleText = (text: string) => VISIBLE_CHARACTER.test(text);

/** Text an editor must actually write: at least one visible character. */
export const TextSchema = z
  .string()
  .regex(VISIBLE_CHARACTER, { error: 'write some text here; it is empty' });

export { isSafeUrl, SAFE_URL_PROTOCOLS } from '../url.js';
export { DOCUMENT_TYPES, type DocumentType, IdSchema } from './primitives-base.js';

/** A link or image address that passes `isSafeUrl`; a pattern, so JSON Schema carries the rule. */
export const SafeUrlSchema = z
  .string()
  .regex(SAFE_URL_PATTERN, {
    error: (issue) =>
      typeof issue.input === 'string' && /^\s*(?:javascript|data|vbscript|file):/i.test(issue.input)
        ? `${quote(issue.input.slice(0, issue.input.indexOf(':') + 1))} links are not allowed; use an https:// address`
        : 'use a full https:// address, a mailto: or tel: link, or a site path starting with /',
  })
  .meta({
    description:
      "An https:// or http:// address, a mailto: or tel: link, or a site path starting with '/'.",
  });

/** A BCP 47 language tag such as `en`, `ru`, `ar`, `zh-Hans` or `fr-CH`. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, {
    error: "use a language code such as 'en', 'ru', 'ar', 'zh-Hans' or 'fr-CH'",
  });

const countryCodes = new Set(COUNTRY_CODES);
/**
 * An ISO 3166-1 alpha-2 country code, upper case (`BY` for Belarus). The set lookup words the
 * error (it spots lower case); JSON Schema gets the same list as an `enum`.
 */
export const CountryCodeSchema = withRules(z.string(), {
  check: (code, context) => {
    if (countryCodes.has(code)) return;
    const upper = code.toUpperCase();
    context.addIssue({
      code: 'custom',
      message: countryCodes.has(upper)
        ? `write the country code in capitals: '${upper}'`
        : "use a two-letter ISO 3166-1 country code, like 'BY' for Belarus",
    });
  },
  jsonSchema: { enum: [...COUNTRY_CODES] },
}).meta({
  description: "An ISO 3166-1 alpha-2 country code in capitals, like 'BY' for Belarus.",
});

const currencyCodes = new Set(CURRENCY_CODES);
/** An ISO 4217 currency code, upper case (`USD`, `EUR`, `BYN`); JSON Schema gets an `enum`. */
export const CurrencyCodeSchema = withRules(z.string(), {
  check: (code, context) => {
    if (currencyCodes.has(code)) return;
    context.addIssue({
      code: 'custom',
      message: "use a three-letter ISO 4217 currency code, like 'USD', 'EUR' or 'BYN'",
    });
  },
  jsonSchema: { enum: [...CURRENCY_CODES] },
}).meta({
  description: "An ISO 4217 currency code in capitals, like 'USD', 'EUR' or 'BYN'.",
});

/** Words a date error in what the editor got wrong: the year, the day, the offset or the form. */
function dateMessage(value: unknown, expected: string): string {
  if (typeof value !== 'string') return `use ${expected}`;
  if (/^\d{1,3}(?:-|$)|^0\d{3}/.test(value)) {
    return 'write the year with four digits, from 1000, like 2019';
  }
  if (
    /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(value) &&
    !DATE_OR_DATE_TIME_PATTERN.test(value.slice(0, 10))
  ) {
    return `${value.slice(0, 10)} is not a day in the calendar; check the month and day`;
  }
  if (LOCAL_DATE_TIME_PATTERN.test(value)) {
    return 'add the UTC offset to the time, like 2024-11-05T10:00+03:00';
  }
  return `use ${expected}`;
}

const dateWords = (expected: string) => (issue: { input?: unknown }) =>
  dateMessage(issue.input, expected);

/**
 * A date at the precision the source gives: a year (`2019`), a month (`2019-03`) or a day
 * (`2024-11-05`). A page that gives "2019" says 2019, never "1 January 2019".
 */
export const DateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, {
    error: dateWords('a year (2019), a month (2019-03) or a day (2024-11-05)'),
  })
  .meta({
    description:
      'A date at the precision the source gives: a year (2019), a month (2019-03) or a day (2024-11-05).',
  });

/** A date and time with its UTC offset, so every reader's clock agrees on the moment. */
export const DateTimeSchema = z
  .string()
  .regex(DATE_TIME_PATTERN, {
    error: dateWords('a date and time with its UTC offset, like 2024-11-05T10:00+03:00'),
  })
  .meta({
    description: 'A date and time with its UTC offset, like 2024-11-05T10:00+03:00.',
  });

/** A date at any precision, or a moment: events may be announced before their time is known. */
export const DateOrDateTimeSchema = z
  .string()
  .regex(DATE_OR_DATE_TIME_PATTERN, {
    error: dateWords(
      'a year (2019), a month (2019-03), a day (2024-11-05) or a date and time with its UTC offset (2024-11-05T10:00+03:00)',
    ),
  })
  .meta({
    description:
      'A year (2019), a month (2019-03), a day (2024-11-05) or a date and time with its UTC offset (2024-11-05T10:00+03:00).',
  });

/**
 * When part of an event happens: any date, a date-time with its UTC offset, or a local
 * date-time (`2018-12-18T09:00`), which the event's `timeZone` places.
 */
export const EventTimeSchema = z
  .string()
  .regex(EVENT_TIME_PATTERN, {
    error: dateWords(
      'a year (2019), a month (2019-03), a day (2024-11-05) or a date and time (2018-12-18T09:00 with the event’s timeZone, or 2024-11-05T10:00+03:00)',
    ),
  })
  .meta({
    description:
      "A year (2019), a month (2019-03), a day (2024-11-05), a local date and time read in the event's timeZone (2018-12-18T09:00), or a date and time with its UTC offset (2024-11-05T10:00+03:00).",
  });

function timeZoneMessage(value: unknown): string {
  if (typeof value !== 'string') return "use an IANA time zone name, like 'Europe/Malta'";
  const known = canonicalTimeZone(value);
  if (known !== undefined) return `write the time zone as '${known}'`;
  // Zone names are short; a long value is no misspelt zone, and comparing it would cost time.
  const suggestion = value.length > 64 ? undefined : closest(value, timeZoneNames());
  return suggestion === undefined
    ? `'${value}' is not a time zone; use an IANA name, like 'Europe/Malta'`
    : `'${value}' is not a time zone — did you mean '${suggestion}'?`;
}

/**
 * An IANA time zone name (`Europe/Malta`) as Intl spells it. The pattern carries the shape
 * to JSON Schema; whether the zone exists depends on the reader's time zone data.
 */
export const TimeZoneSchema = withRules(
  z.string().regex(/^(?!.*\/\/)[A-Za-z][A-Za-z0-9_+/-]*$/, {
    error: (issue) => timeZoneMessage(issue.input),
    abort: true,
  }),
  {
    check: (zone, context) => {
      if (canonicalTimeZone(zone) !== zone) {
        context.addIssue({ code: 'custom', message: timeZoneMessage(zone) });
      }
    },
    notInJsonSchema: 'timeZone is an IANA time zone the validator knows, spelt as Intl spells it.',
  },
).meta({ description: "An IANA time zone name, like 'Europe/Malta'." });

/** A year such as 1951. */
export const YearSchema = z
  .number()
  .int({ error: 'write the year as a whole number, like 1994' })
  .min(1800, { error: 'write the year with four digits, like 1994' })
  .max(2200, { error: 'write the year with four digits, like 1994' });

export { reference } from './reference.js';
