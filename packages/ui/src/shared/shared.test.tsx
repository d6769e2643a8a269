import { sampleArticle } from '@iom/content/samples';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en, type LanguageMessages } from '../messages/languages.js';
import { NewsCard } from '../news-card/news-card.js';
import { calendarDate, formatTime, utcOffsetOf } from './dates.js';
import { canonicalLocale, dateFormatter, LONG_DATE } from './intl.js';
import { directionOf, primaryLanguageOf, UN_LANGUAGES } from './languages.js';
import { fill, messagesIn, registerMessages, withOverrides } from './messages.js';

const languages = Object.fromEntries(
  await Promise.all(
    UN_LANGUAGES.filter((language) => language !== 'en').map(
      async (language) =>
        [
          language,
          (await import(`../messages/${language}.ts`)).messages as LanguageMessages,
        ] as const,
    ),
  ),
);
const LANGUAGES: [string, LanguageMessages][] = [['en', en], ...Object.entries(languages)];

/** `['eventCard.statuses.cancelled', 'Cancelled']`, … for every string in a set of messages. */
const entries = (messages: object, prefix = ''): [string, unknown][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? entries(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
const english = new Map(entries(en));

describe('built-in strings', () => {
  it('exist in all six UN languages, each module registering its own', () => {
    expect(LANGUAGES.map(([language]) => language).sort()).toEqual([...UN_LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every string, translated', (language, messages) => {
    const strings = entries(messages);
    expect(strings.map(([key]) => key)).toEqual([...english.keys()]);
    for (const [key, value] of strings) {
      expect(typeof value === 'string' && value.trim() !== '', `${language} ${key}`).toBe(true);
    }
    if (language !== 'en') {
      const translated = strings.filter(([key, value]) => value !== english.get(key));
      expect(translated.length / strings.length, language).toBeGreaterThan(0.8);
    }
  });

  it.each(LANGUAGES)('%s keeps each placeholder of the English', (language, messages) => {
    const placeholders = (text: unknown) =>
      String(text)
        .match(/\{\w+\}/g)
        ?.sort() ?? [];
    for (const [key, value] of entries(messages)) {
      expect(placeholders(value), `${language} ${key}`).toEqual(placeholders(english.get(key)));
    }
  });

  it('reads the language of a regional locale, English for a language not registered', () => {
    expect(messagesIn('fr-CH', 'partnerList', en.partnerList).partners).toBe('Partenaires');
    expect(messagesIn('zh-Hans', 'partnerList', en.partnerList).partners).toBe('合作伙伴');
    expect(messagesIn('de', 'partnerList', en.partnerList).partners).toBe('Partners');
  });

  it('takes a language a site registers, English for the groups it leaves out', () => {
    registerMessages('uk', { partnerList: { ...en.partnerList, partners: 'Партнери' } });
    expect(messagesIn('uk-UA', 'partnerList', en.partnerList).partners).toBe('Партнери');
    expect(messagesIn('uk', 'eventCard', en.eventCard)).toBe(en.eventCard);
  });

  it('lets overrides replace one string of a group and keep the rest', () => {
    const messages = withOverrides(en.partnerList, { roles: { funding: 'Donor' } });
    expect(messages.roles).toEqual({ ...en.partnerList.roles, funding: 'Donor' });
    expect(en.partnerList.roles.funding).toBe('Funder');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Goal {number}:', { number: 3 })).toBe('Goal 3:');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});

describe('languages', () => {
  it('writes Arabic right to left, and other languages by their script', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('az-Arab')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('zh-Hans')).toBe('ltr');
    expect(directionOf('ar-Latn')).toBe('ltr');
  });

  it('finds the language of a locale', () => {
    expect(primaryLanguageOf('es-419')).toBe('es');
    expect(primaryLanguageOf('RU')).toBe('ru');
    expect(primaryLanguageOf('zh_Hans')).toBe('zh');
  });
});

describe('dates', () => {
  it('reads the day and time as written, whatever the offset', () => {
    expect(calendarDate('2024-11-05T01:30:00+03:00').toISOString()).toBe(
      '2024-11-05T01:30:00.000Z',
    );
    expect(calendarDate('2024-11-05').toISOString()).toBe('2024-11-05T00:00:00.000Z');
  });

  it('names the UTC offset of a date-time', () => {
    expect(utcOffsetOf('2024-11-05T10:00:00+03:00')).toBe('UTC+3');
    expect(utcOffsetOf('2024-11-05T10:00:00.5+05:30')).toBe('UTC+5:30');
    expect(utcOffsetOf('2024-11-05T10:00:00-04:00')).toBe('UTC-4');
    expect(utcOffsetOf('2024-11-05T10:00:00Z')).toBe('UTC');
    expect(utcOffsetOf('2024-11-05')).toBeUndefined();
    expect(formatTime('2024-11-05', 'en')).toBeUndefined();
  });
});

describe('Intl formatters', () => {
  const OriginalDateTimeFormat = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = OriginalDateTimeFormat;
  });

  it('are built once per locale and reused by every later render', () => {
    let constructed = 0;
    Intl.DateTimeFormat = class extends OriginalDateTimeFormat {
      constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        super(...args);
        constructed++;
      }
    } as typeof Intl.DateTimeFormat;
    const card = <NewsCard article={sampleArticle} locale="pt-PT" />;
    render(card);
    expect(constructed).toBe(1);
    render(card);
    render(<NewsCard article={{ ...sampleArticle, id: 'another' }} locale="pt-PT" />);
    expect(constructed).toBe(1);
    expect(dateFormatter('pt-PT', LONG_DATE)).toBe(dateFormatter('pt-PT', { dateStyle: 'long' }));
  });

  it('fall back to English for a locale Intl cannot use, instead of throwing', () => {
    expect(canonicalLocale('not a locale!')).toBe('en');
    expect(canonicalLocale('EN-gb')).toBe('en-GB');
  });
});
