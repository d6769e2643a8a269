import type { Event, EventStatus } from '@iom/content';
import { sampleEvent } from '@iom/content/samples';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { UNSAFE_URLS } from '../../test/fixtures.js';
import { EventCard } from './event-card.js';

const linked: Event = { ...sampleEvent, url: '/en/events/migrant-healthcare-roundtable' };
const card = () => screen.getByRole('article');
const ANNOUNCED: [EventStatus, string][] = [
  ['cancelled', 'Cancelled'],
  ['postponed', 'Postponed'],
  ['rescheduled', 'Rescheduled'],
  ['moved-online', 'Moved online'],
];

describe('EventCard', () => {
  it('shows the title as an h3 by default, the card’s one link', () => {
    renderInPage(<EventCard event={linked} />, { headingLevel: 3 });
    const heading = within(card()).getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(sampleEvent.title);
    const links = within(card()).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/en/events/migrant-healthcare-roundtable');
    expect(heading.contains(links[0] as HTMLElement)).toBe(true);
  });

  it('takes the heading level the page needs', () => {
    renderInPage(<EventCard event={sampleEvent} headingLevel={4} />, { headingLevel: 4 });
    expect(within(card()).getByRole('heading').tagName).toBe('H4');
  });

  it('shows a date block in a <time> element, read out as one date', () => {
    renderInPage(<EventCard event={sampleEvent} locale="en-GB" />);
    const time = card().querySelector('.iom-event-card__date') as HTMLTimeElement;
    expect(time.tagName).toBe('TIME');
    expect(time.dateTime).toBe('2024-11-05');
    const shown = [...time.querySelectorAll('[aria-hidden="true"]')].map(
      (part) => part.textContent,
    );
    expect(shown).toEqual(['5', 'Nov', '2024']);
    expect(within(time).getByText('5 November 2024').className).toBe('iom-visually-hidden');
  });

  it('names the kinds IOM holds, like an international day, in every language', () => {
    const observance = { ...sampleEvent, kind: 'observance' as const };
    const names: Record<string, string> = {
      en: 'International day',
      fr: 'Journée internationale',
      es: 'Día internacional',
      ar: 'يوم دولي',
      ru: 'Международный день',
      zh: '国际日',
    };
    for (const [locale, name] of Object.entries(names)) {
      const { unmount } = renderInPage(<EventCard event={observance} locale={locale} />);
      expect(card().querySelector('.iom-event-card__kind')?.textContent).toBe(name);
      unmount();
    }
  });

  it('shows an event announced for a month as that month, with no invented day', () => {
    renderInPage(<EventCard event={{ ...sampleEvent, start: '2025-03' }} locale="en-GB" />);
    const time = card().querySelector('.iom-event-card__date') as HTMLTimeElement;
    const shown = [...time.querySelectorAll('[aria-hidden="true"]')].map(
      (part) => part.textContent,
    );
    expect(shown).toEqual(['Mar', '2025']);
    expect(within(time).getByText('March 2025').className).toBe('iom-visually-hidden');
  });

  it('shows the end time in the start’s offset, so the end never reads before the start', () => {
    // 08:00 UTC is 11:00 in Minsk: the card says 10:00 – 11:00 UTC+3, not 10:00 – 08:00 UTC.
    const timed = { ...sampleEvent, start: '2024-11-05T10:00+03:00', end: '2024-11-05T08:00Z' };
    renderInPage(<EventCard event={timed} locale="en-GB" />);
    expect(card().querySelector('.iom-event-card__when')?.textContent).toBe('10:00 – 11:00 UTC+3');
  });

  it('shows local times with the short name of the event’s time zone', () => {
    const valletta = {
      ...sampleEvent,
      start: '2018-12-18T09:00',
      end: '2018-12-18T20:30',
      timeZone: 'Europe/Malta',
    };
    renderInPage(<EventCard event={valletta} locale="en-GB" />);
    expect(card().querySelector('.iom-event-card__when')?.textContent).toBe('09:00 – 20:30 CET');
  });

  it('shows the kind and the place', () => {
    renderInPage(<EventCard event={sampleEvent} />);
    expect(within(card()).getByText('Roundtable')).toBeTruthy();
    expect(within(card()).getByText('Minsk')).toBeTruthy();
  });

  it('says where an online or mixed event happens', () => {
    const online = {
      ...sampleEvent,
      attendanceMode: 'online' as const,
      onlineUrl: 'https://meet.example.org/r',
    };
    const { unmount } = renderInPage(<EventCard event={online} />);
    expect(card().querySelector('.iom-event-card__place')?.textContent).toBe('Online');
    unmount();
    renderInPage(<EventCard event={{ ...online, attendanceMode: 'mixed' }} />);
    expect(card().querySelector('.iom-event-card__place')?.textContent).toBe('Minsk and online');
  });

  it('gives the times of a one-day event with their UTC offset, once', () => {
    const timed = {
      ...sampleEvent,
      start: '2024-11-05T10:00:00+03:00',
      end: '2024-11-05T12:30:00+03:00',
    };
    renderInPage(<EventCard event={timed} locale="en-GB" />);
    const when = card().querySelector('.iom-event-card__when') as HTMLElement;
    expect(when.textContent).toBe('10:00 – 12:30 UTC+3');
    expect([...when.querySelectorAll('time')].map((time) => time.dateTime)).toEqual([
      timed.start,
      timed.end,
    ]);
  });

  it('gives the span of days of an event over several days', () => {
    renderInPage(<EventCard event={{ ...sampleEvent, end: '2024-11-06' }} locale="en-GB" />);
    expect(card().querySelector('.iom-event-card__when')?.textContent).toBe(
      '5 November 2024 – 6 November 2024',
    );
  });

  it('announces nothing extra for a scheduled event', () => {
    renderInPage(<EventCard event={{ ...linked, status: 'scheduled' }} />);
    expect(card().querySelector('.iom-badge')).toBeNull();
    expect(within(card()).getByRole('link').textContent).toBe(sampleEvent.title);
  });

  it.each(ANNOUNCED)(
    'announces a %s event in words, in the link and the heading',
    (status, word) => {
      renderInPage(<EventCard event={{ ...linked, status }} />);
      const link = within(card()).getByRole('link');
      expect(link.textContent).toBe(`${word} ${sampleEvent.title}`);
      expect(within(card()).getByRole('heading').textContent).toBe(`${word} ${sampleEvent.title}`);
      expect(card().className).toContain(`iom-event-card--${status}`);
    },
  );

  it('gives the former date of a postponed event', () => {
    const postponed = {
      ...sampleEvent,
      status: 'postponed' as const,
      start: '2024-12-03',
      previousStart: '2024-11-05',
    };
    renderInPage(<EventCard event={postponed} locale="en-GB" />);
    const previously = card().querySelector('.iom-event-card__previously') as HTMLElement;
    expect(previously.textContent).toBe('Previously 5 November 2024');
    expect(previously.querySelector('time')?.dateTime).toBe('2024-11-05');
  });

  it('says an online move instead of the old place', () => {
    renderInPage(<EventCard event={{ ...sampleEvent, status: 'moved-online' }} />);
    expect(card().querySelector('.iom-event-card__place')?.textContent).toBe('Online');
  });

  it.each([
    ['fr', 'Table ronde', 'Annulé', '5 novembre 2024'],
    ['es', 'Mesa redonda', 'Cancelado', '5 de noviembre de 2024'],
    ['ar', 'مائدة مستديرة', 'أُلغيت', '5 نوفمبر 2024'],
    ['ru', 'Круглый стол', 'Отменено', '5 ноября 2024 г.'],
    ['zh', '圆桌会议', '已取消', '2024年11月5日'],
  ])('speaks %s', (locale, kind, cancelled, date) => {
    renderInPage(<EventCard event={{ ...sampleEvent, status: 'cancelled' }} locale={locale} />);
    expect(within(card()).getByText(kind)).toBeTruthy();
    expect(within(card()).getByText(cancelled).className).toContain('iom-badge');
    expect(within(card()).getByText(date).className).toBe('iom-visually-hidden');
    expect(card().getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
  });

  it('lets a site replace built-in words', () => {
    renderInPage(
      <EventCard
        event={{ ...sampleEvent, status: 'postponed' }}
        messages={{ statuses: { postponed: 'Delayed' }, kinds: { roundtable: 'Round table' } }}
      />,
    );
    expect(within(card()).getByText('Delayed')).toBeTruthy();
    expect(within(card()).getByText('Round table')).toBeTruthy();
  });

  it.each(UNSAFE_URLS)('never puts %s in an href', (url) => {
    const { container } = renderInPage(<EventCard event={{ ...sampleEvent, url }} />);
    expect(container.querySelector('a')).toBeNull();
    expect(within(card()).getByRole('heading').textContent).toBe(sampleEvent.title);
  });

  describe('has no axe violations', () => {
    it.each(['scheduled', ...ANNOUNCED.map(([status]) => status)])('%s', async (status) => {
      renderInPage(<EventCard event={{ ...linked, status: status as EventStatus }} />, {
        headingLevel: 3,
      });
      await expectNoAxeViolations();
    });

    it('in Arabic, right to left', async () => {
      renderInPage(<EventCard event={linked} locale="ar" />, { headingLevel: 3 });
      await expectNoAxeViolations();
    });
  });

  it('drops dates it cannot format (props that skipped validation) instead of throwing', () => {
    renderInPage(
      <EventCard
        event={{
          ...sampleEvent,
          start: '5 Nov 2024',
          end: 'soon',
          status: 'postponed',
          previousStart: 'last week',
        }}
      />,
    );
    expect(within(card()).getByRole('heading').textContent).toContain(sampleEvent.title);
    expect(card().querySelector('time')).toBeNull();
  });

  it('keeps a valid start when only the end cannot be formatted', () => {
    renderInPage(<EventCard event={{ ...sampleEvent, start: '2024-11-05', end: 'later' }} />);
    expect(card().querySelector('.iom-event-card__date')?.getAttribute('dateTime')).toBe(
      '2024-11-05',
    );
  });
});
