import { sampleArticle } from '@iom/content/samples';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { eventCardMessages } from '../event-card/messages.js';
import { newsCardMessages } from '../news-card/messages.js';
import { NewsCard } from '../news-card/news-card.js';
import { partnerListMessages } from '../partner-list/messages.js';
import { projectSummaryMessages } from '../project-summary/messages.js';
import { calendarDate, formatTime, utcOffsetOf } from './dates.js';
import { canonicalLocale, dateFormatter } from './intl.js';
import { directionOf, UN_LANGUAGES, unLanguageOf } from './languages.js';
import { type Catalogue, fill, pickMessages } from './messages.js';

const CATALOGUES: [string, Catalogue<object>][] = [
  ['EventCard', eventCardMessages],
  ['NewsCard', newsCardMessages],
  ['PartnerList', partnerListMessages],
  ['ProjectSummary', projectSummaryMessages],
];

/** `['statuses.cancelled', 'Cancelled']`, … for every string in a set of messages. */
const entries = (messages: object, prefix = ''): [string, unknown][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? entries(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );

describe('built-in strings', () => {
  it.each(CATALOGUES)('%s has every string in all six UN languages', (_, catalogue) => {
    const english = entries(catalogue.en).map(([key]) => key);
    expect(Object.keys(catalogue).sort()).toEqual([...UN_LANGUAGES].sort());
    for (const language of UN_LANGUAGES) {
      const strings = entries(catalogue[language]);
      expect(
        strings.map(([key]) => key),
        language,
      ).toEqual(english);
      for (const [key, value] of strings) {
        expect(typeof value === 'string' && value.trim() !== '', `${language} ${key}`).toBe(true);
      }
      if (language !== 'en') {
        const translated = strings.filter(
          ([key, value]) => value !== entries(catalogue.en).find(([k]) => k === key)?.[1],
        );
        expect(translated.length / strings.length, language).toBeGreaterThan(0.8);
      }
    }
  });

  it('keeps each placeholder in every translation', () => {
    for (const [, catalogue] of CATALOGUES) {
      const english = new Map(entries(catalogue.en));
      for (const language of UN_LANGUAGES) {
        for (const [key, value] of entries(catalogue[language])) {
          const placeholders = (text: unknown) =>
            String(text)
              .match(/\{\w+\}/g)
              ?.sort() ?? [];
          expect(placeholders(value), `${language} ${key}`).toEqual(placeholders(english.get(key)));
        }
      }
    }
  });

  it('picks the language of a regional locale, English for a language without strings', () => {
    expect(pickMessages(partnerListMessages, 'fr-CH').partners).toBe('Partenaires');
    expect(pickMessages(partnerListMessages, 'zh-Hans').partners).toBe('合作伙伴');
    expect(pickMessages(partnerListMessages, 'de').partners).toBe('Partners');
  });

  it('lets overrides replace one string of a group and keep the rest', () => {
    const messages = pickMessages(partnerListMessages, 'en', { roles: { funding: 'Donor' } });
    expect(messages.roles).toEqual({ ...partnerListMessages.en.roles, funding: 'Donor' });
    expect(partnerListMessages.en.roles.funding).toBe('Funder');
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

  it('finds the UN language of a locale', () => {
    expect(unLanguageOf('es-419')).toBe('es');
    expect(unLanguageOf('RU')).toBe('ru');
    expect(unLanguageOf('pt-BR')).toBe('en');
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
    expect(dateFormatter('pt-PT', 'date')).toBe(dateFormatter('pt-PT', 'date'));
  });

  it('fall back to English for a locale Intl cannot use, instead of throwing', () => {
    expect(canonicalLocale('not a locale!')).toBe('en');
    expect(canonicalLocale('EN-gb')).toBe('en-GB');
  });
});
