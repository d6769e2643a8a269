import { describe, expect, it } from 'vitest';
import { safeParseContent } from '../parse.js';
import { OrganisationSchema } from './organisation.js';
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateOrDateTimeSchema,
  DateSchema,
  DateTimeSchema,
  IdSchema,
  isSafeUrl,
  isVisibleText,
  LanguageTagSchema,
  SafeUrlSchema,
  TextSchema,
} from './primitives.js';
import { ProjectSchema } from './project.js';

const messageFor = (schema: Parameters<typeof safeParseContent>[0], input: unknown) => {
  const result = safeParseContent(schema, input);
  return result.success ? undefined : result.errors.map((error) => error.message).join(' | ');
};

describe('safe URLs', () => {
  it.each([
    'https://www.iom.int',
    'http://example.org/path?q=1#top',
    'mailto:iombelarus@iom.int',
    'tel:+375170000000',
    '/en/news/partners-discuss-migrant-healthcare-plan',
    '/',
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
    expect(messageFor(SafeUrlSchema, url)).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//evil.example/path',
    '/\\evil.example',
    'ftp://files.example.org',
    'news/relative-without-slash',
    ' https://www.iom.int',
    'https://',
    '',
  ])('rejects %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
    expect(messageFor(SafeUrlSchema, url)).toBeDefined();
  });

  it('names the forbidden protocol so the editor knows what to change', () => {
    expect(messageFor(SafeUrlSchema, 'javascript:alert(1)')).toBe(
      "'javascript:' links are not allowed; use an https:// address",
    );
    expect(messageFor(SafeUrlSchema, 'data:image/png;base64,AAAA')).toBe(
      "'data:' links are not allowed; use an https:// address",
    );
  });

  it('rejects values that are not strings', () => {
    expect(isSafeUrl(42)).toBe(false);
    expect(isSafeUrl(undefined)).toBe(false);
  });
});

describe('country and currency codes', () => {
  it('accepts ISO 3166-1 alpha-2 codes and rejects unknown ones', () => {
    expect(messageFor(CountryCodeSchema, 'BY')).toBeUndefined();
    expect(messageFor(CountryCodeSchema, 'XK')).toBeUndefined();
    expect(messageFor(CountryCodeSchema, 'XX')).toBe(
      "use a two-letter ISO 3166-1 country code, like 'BY' for Belarus",
    );
    expect(messageFor(CountryCodeSchema, 'BLR')).toBeDefined();
  });

  it('tells the editor to use capitals when the code is right but lower case', () => {
    expect(messageFor(CountryCodeSchema, 'by')).toBe("write the country code in capitals: 'BY'");
  });

  it('accepts ISO 4217 codes and rejects unknown or lower-case ones', () => {
    expect(messageFor(CurrencyCodeSchema, 'USD')).toBeUndefined();
    expect(messageFor(CurrencyCodeSchema, 'BYN')).toBeUndefined();
    expect(messageFor(CurrencyCodeSchema, 'usd')).toBeDefined();
    expect(messageFor(CurrencyCodeSchema, 'ABC')).toBeDefined();
  });
});

describe('language tags', () => {
  it.each(['en', 'ru', 'ar', 'zh-Hans', 'fr-CH', 'es-419'])('accepts %s', (tag) => {
    expect(messageFor(LanguageTagSchema, tag)).toBeUndefined();
  });
  it.each(['english', 'EN', 'en_US', ''])('rejects %j', (tag) => {
    expect(messageFor(LanguageTagSchema, tag)).toBeDefined();
  });
});

describe('dates', () => {
  it('requires a UTC offset on date-times', () => {
    expect(messageFor(DateTimeSchema, '2024-11-05T12:00:00+03:00')).toBeUndefined();
    expect(messageFor(DateTimeSchema, '2024-11-05T09:00:00Z')).toBeUndefined();
    expect(messageFor(DateTimeSchema, '2024-11-05T09:00+05:30')).toBeUndefined();
    expect(messageFor(DateTimeSchema, '2024-11-05T12:00:00')).toBe(
      'add the UTC offset to the time, like 2024-11-05T10:00+03:00',
    );
  });

  it.each(['2019', '2019-03', '2024-11-05', '2024-02-29', '2000-02-29', '1000'])(
    'accepts the date %j at the precision the source gives',
    (date) => {
      expect(messageFor(DateSchema, date)).toBeUndefined();
      expect(messageFor(DateOrDateTimeSchema, date)).toBeUndefined();
    },
  );

  it.each([
    '2019-13',
    '2019-3',
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '20190',
    '2019-03-05T10:00Z',
  ])('rejects %j as a date', (date) => {
    expect(messageFor(DateSchema, date)).toBeDefined();
  });

  it.each(['0000', '0099', '0099-05-01', '0999-12-31T10:00Z', '99', '999-01'])(
    'rejects the year in %j: years have four digits from 1000',
    (date) => {
      const message = 'write the year with four digits, from 1000, like 2019';
      expect(messageFor(DateSchema, date)).toBe(message);
      expect(messageFor(DateOrDateTimeSchema, date)).toBe(message);
      expect(messageFor(DateTimeSchema, date)).toBe(message);
    },
  );

  it('names a day that is not in the calendar', () => {
    expect(messageFor(DateOrDateTimeSchema, '2024-02-30')).toBe(
      '2024-02-30 is not a day in the calendar; check the month and day',
    );
    expect(messageFor(DateTimeSchema, '2023-02-29T10:00Z')).toBe(
      '2023-02-29 is not a day in the calendar; check the month and day',
    );
  });

  it('accepts any precision or a moment for event times, and explains them all', () => {
    expect(messageFor(DateOrDateTimeSchema, '2024-11-05')).toBeUndefined();
    expect(messageFor(DateOrDateTimeSchema, '2024-11-05T10:00:00+03:00')).toBeUndefined();
    expect(messageFor(DateOrDateTimeSchema, '5 November 2024')).toBe(
      'use a year (2019), a month (2019-03), a day (2024-11-05) or a date and time with its UTC offset (2024-11-05T10:00+03:00)',
    );
  });
});

describe('text an editor must write', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['a Hangul filler', '\u3164'],
    ['a right-to-left override', '\u202e'],
    ['byte order marks and spaces', '\ufeff \ufeff'],
    ['non-breaking and ideographic spaces', '\u00a0\u3000'],
    ['the blank braille pattern', '\u2800'],
    ['tag characters', '\udb40\udc41\udb40\udc42'],
  ])('counts text made only of %s as empty', (_name, text) => {
    expect(messageFor(TextSchema, text)).toBe('write some text here; it is empty');
    expect(isVisibleText(text)).toBe(false);
  });

  it.each(['Minsk', 'Мінск', 'مينسك', '明斯克', '5', '—', '€', '😀', 'a\u200b'])(
    'accepts %s, which has a visible character',
    (text) => {
      expect(messageFor(TextSchema, text)).toBeUndefined();
    },
  );
});

describe('identifiers in linear time', () => {
  // A repeated group such as `(?:-[a-z0-9]+)*` backtracks out of the regex stack on megabytes
  // of text: validating threw `RangeError: Maximum call stack size exceeded`.
  const megabytes = 9 * 1024 * 1024;
  it('rejects a 9 MB id or IATI identifier with a message instead of overflowing', () => {
    const id = `a${'-a'.repeat(megabytes / 2)}!`;
    expect(messageFor(IdSchema, id)).toBe(
      "use lower-case letters, digits and hyphens only, like 'iom-belarus'",
    );
    const iati = `XM${'-a'.repeat(megabytes / 2)}!`;
    expect(messageFor(ProjectSchema.shape.iatiIdentifier, iati)).toBe(
      "use an IATI activity identifier, like 'XM-DAC-47066-…'",
    );
    expect(messageFor(OrganisationSchema.shape.iatiIdentifier, iati)).toBe(
      "use an IATI identifier such as 'XM-DAC-47066'",
    );
  }, 120_000); // a generous limit: the failure this guards against is a RangeError, not time

  it('accepts and rejects the same identifiers as before', () => {
    for (const id of ['iom', 'iom-belarus', 'a1-b2-c3'])
      expect(messageFor(IdSchema, id)).toBe(undefined);
    for (const id of ['-iom', 'iom-', 'iom--belarus', 'IOM', 'iom_belarus', ''])
      expect(messageFor(IdSchema, id)).toBeDefined();
    const activity = ProjectSchema.shape.iatiIdentifier;
    for (const id of ['XM-DAC-47066', 'XM-DAC-47066-PR.0001_2', 'GB-1-a.b'])
      expect(messageFor(activity, id)).toBe(undefined);
    for (const id of ['XM', 'XM-', 'XM-DAC-', 'XM--DAC', 'XM-a.b', 'xm-DAC'])
      expect(messageFor(activity, id)).toBeDefined();
    const organisation = OrganisationSchema.shape.iatiIdentifier;
    expect(messageFor(organisation, 'XM-DAC-47066')).toBe(undefined);
    for (const id of ['XM-DAC-', 'XM--DAC', 'XM-DAC.1', 'XM'])
      expect(messageFor(organisation, id)).toBeDefined();
  });
});

describe('messages that quote a link', () => {
  it('shows a line break before a forbidden protocol as an escape, not a new line', () => {
    expect(messageFor(SafeUrlSchema, '\njavascript:alert(1)')).toBe(
      "'\\njavascript:' links are not allowed; use an https:// address",
    );
  });
});
