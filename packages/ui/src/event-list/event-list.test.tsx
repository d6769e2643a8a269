import { sampleEvent } from '@iom/content/samples';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { EventList } from './event-list.js';

const events = [
  { ...sampleEvent, id: 'old', title: 'Old roundtable', start: '2023-03-01', end: undefined },
  { ...sampleEvent, id: 'next', title: 'Next training', start: '2025-02-10', end: undefined },
  { ...sampleEvent, id: 'later', title: 'Later conference', start: '2025-06-01', end: undefined },
  { ...sampleEvent, id: 'today', title: 'Workshop today', start: '2025-01-15', end: undefined },
];

describe('EventList', () => {
  it('splits upcoming (soonest first) from past (latest first) by the now it is given', async () => {
    renderInPage(<EventList events={events} now="2025-01-15T18:00:00Z" />);
    const [upcoming, past] = screen.getAllByRole('region');
    expect(within(upcoming as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe(
      'Upcoming events',
    );
    expect(
      within(upcoming as HTMLElement)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Workshop today', 'Next training', 'Later conference']);
    expect(
      within(past as HTMLElement)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Old roundtable']);
    await expectNoAxeViolations();
  });

  it('leaves out an empty group, speaks the locale, and shows nothing without events', () => {
    renderInPage(<EventList events={events.slice(0, 1)} now="2025-01-15" locale="fr" />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Événements passés',
    ]);
    const { main } = renderInPage(<EventList events={[]} now="2025-01-15" />);
    expect(main.children).toHaveLength(1);
  });
});
