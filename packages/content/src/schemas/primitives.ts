import * as z from 'zod';
import { COUNTRY_CODES } from '../codes/countries.js';
import { CURRENCY_CODES } from '../codes/currencies.js';
import { quote } from '../escape.js';
import { SAFE_URL_PATTERN } from '../url.js';

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

/**
 * A document id: lower-case letters, digits and single hyphens, used in URLs and references.
 * Like every pattern here it has no repeated group (`(?:-[a-z0-9]+)*`): on megabytes of text
 * such a group backtracks out of the regex stack. One character loop and a `--` look-ahead say
 * the same in linear time.
 */
export const IdSchema = z.string().regex(/^(?!.*--)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, {
  error: "use lower-case letters, digits and hyphens only, like 'iom-belarus'",
});

export { isSafeUrl, SAFE_URL_PROTOCOLS } from '../url.js';

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
 * error (it spots lower case); the `enum` metadata gives JSON Schema the same list.
 */
export const CountryCodeSchema = z
  .string()
  .refine((code) => countryCodes.has(code), {
    error: (issue) =>
      typeof issue.input === 'string' && countryCodes.has(issue.input.toUpperCase())
        ? `write the country code in capitals: '${issue.input.toUpperCase()}'`
        : "use a two-letter ISO 3166-1 country code, like 'BY' for Belarus",
  })
  .meta({
    description: "An ISO 3166-1 alpha-2 country code in capitals, like 'BY' for Belarus.",
    enum: [...COUNTRY_CODES],
  });

const currencyCodes = new Set(CURRENCY_CODES);
/** An ISO 4217 currency code, upper case (`USD`, `EUR`, `BYN`); `enum` carries it to JSON Schema. */
export const CurrencyCodeSchema = z
  .string()
  .refine((code) => currencyCodes.has(code), {
    error: "use a three-letter ISO 4217 currency code, like 'USD', 'EUR' or 'BYN'",
  })
  .meta({
    description: "An ISO 4217 currency code in capitals, like 'USD', 'EUR' or 'BYN'.",
    enum: [...CURRENCY_CODES],
  });

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = z.iso
  .date({ error: 'use a date written as YYYY-MM-DD, like 2024-11-05' })
  .meta({ description: 'A calendar date written as YYYY-MM-DD, like 2024-11-05.' });

/** A date and time with its UTC offset, so every reader's clock agrees on the moment. */
export const DateTimeSchema = z.iso
  .datetime({
    offset: true,
    error: 'use a date and time with its UTC offset, like 2024-11-05T10:00:00+03:00',
  })
  .meta({
    description: 'A date and time with its UTC offset, like 2024-11-05T10:00:00+03:00.',
  });

/** Either a whole day or a moment: events may be announced before their time is known. */
export const DateOrDateTimeSchema = z
  .union([DateSchema, DateTimeSchema], {
    error:
      'use a date (2024-11-05) or a date and time with its UTC offset (2024-11-05T10:00:00+03:00)',
  })
  .meta({
    description:
      'A whole day (2024-11-05) or a date and time with its UTC offset (2024-11-05T10:00:00+03:00).',
  });

/** A year such as 1951. */
export const YearSchema = z
  .number()
  .int({ error: 'write the year as a whole number, like 1994' })
  .min(1800, { error: 'write the year with four digits, like 1994' })
  .max(2200, { error: 'write the year with four digits, like 1994' });

export const DOCUMENT_TYPES = ['organisation', 'project', 'event', 'article'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The id of another document in the same collection; the field says which type it must be. */
export function reference(type: DocumentType) {
  return IdSchema.meta({
    description: `The id of the ${type} this refers to, in the same collection.`,
  });
}
