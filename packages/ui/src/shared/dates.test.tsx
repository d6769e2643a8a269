import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type DateMessages, dateMessages } from './date-messages.js';
import { DateRange } from './date-range.js';
import { calendarDate, formatDate, formatTime } from './dates.js';
import { UN_LANGUAGES } from './languages.js';
import { pickMessages } from './messages.js';

/** Arabic-Indic digits as Latin ones: Node's ICU versions differ on which Arabic uses. */
const latinDigits = (text: string) =>
  text.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));

const rangeText = (start: string, end: string | undefined, locale: string) => {
  const messages: DateMessages = pickMessages(dateMessages, locale);
  const { container, unmount } = render(
    <p>
      <DateRange start={start} end={end} locale={locale} messages={messages} />
    </p>,
  );
  const text = container.textContent;
  unmount();
  return text;
};

describe('dates are shown exactly as precise as written', () => {
  it.each([
    ['en', '2019', 'March 2019', '5 February 2024'],
    ['fr', '2019', 'mars 2019', '5 février 2024'],
    ['es', '2019', 'marzo de 2019', '5 de febrero de 2024'],
    ['ru', '2019', 'март 2019 г.', '5 февраля 2024 г.'],
    ['ar', '2019', 'مارس 2019', '5 فبراير 2024'],
    ['zh', '2019年', '2019年3月', '2024年2月5日'],
  ])('in %s: a year, a month and a day', (locale, year, month, day) => {
    const english = locale === 'en' ? 'en-GB' : locale;
    expect(latinDigits(formatDate('2019', english) ?? '')).toBe(year);
    expect(latinDigits(formatDate('2019-03', english) ?? '')).toBe(month);
    expect(latinDigits(formatDate('2024-02-05', english) ?? '')).toBe(day);
  });

  it('shows a project of years as years, never 1 January – 31 December', () => {
    expect(rangeText('2019', '2023', 'en')).toBe('2019 – 2023');
    expect(rangeText('2019-03', '2020-06', 'en')).toBe('March 2019 – June 2020');
    expect(rangeText('2019', '2019', 'en')).toBe('2019');
    expect(rangeText('2019', undefined, 'fr')).toBe('À partir de 2019');
    expect(rangeText('2019-03', undefined, 'en')).toBe('From March 2019');
    expect(rangeText('2024-11-05', undefined, 'fr')).toBe('À partir du 5 novembre 2024');
  });
});

describe('dates render as written in every locale and on any server clock', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])(
    'a plain day stays that day on a server in %s',
    (zone) => {
      process.env.TZ = zone;
      for (const language of UN_LANGUAGES) {
        const shown = formatDate('2024-11-05', language);
        expect(shown).toBe(
          new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
            Date.UTC(2024, 10, 5),
          ),
        );
      }
      expect(formatDate('2024-11-05', 'en')).toBe('November 5, 2024');
      expect(formatTime('2024-11-05T23:30+03:00', 'en-GB')).toBe('23:30 UTC+3');
    },
  );

  it('never shifts an early year by 1900, as Date.UTC would', () => {
    expect(calendarDate('1000-01-01').getUTCFullYear()).toBe(1000);
    expect(formatDate('1000', 'en')).toBe('1000');
  });
});

describe('a range is shown in one offset, its start’s', () => {
  it('so its end never reads as before its start', () => {
    // 23:30 on the 7th at UTC-1 is 03:30 on the 8th at UTC+3; 23:30 on the 5th is the 6th.
    const text = rangeText('2024-11-06T01:00+03:00', '2024-11-07T23:30-01:00', 'en-GB');
    expect(text).toBe('6 November 2024 – 8 November 2024');
    expect(rangeText('2024-11-06T01:00+03:00', '2024-11-05T23:30-01:00', 'en-GB')).toBe(
      '6 November 2024',
    );
  });
});
