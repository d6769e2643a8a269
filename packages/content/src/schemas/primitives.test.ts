import { describe, expect, it } from 'vitest';
import { safeParseContent } from '../parse.js';
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateOrDateTimeSchema,
  DateSchema,
  DateTimeSchema,
  isSafeUrl,
  LanguageTagSchema,
  SafeUrlSchema,
} from './primitives.js';

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
