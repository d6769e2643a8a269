import { resolve } from '@iom/content';
import { publicPageSamples, sampleCollection, sampleEvent } from '@iom/content/samples';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { expectNoAxeViolations } from '../../test/dom.js';
import { UNSAFE_URLS } from '../../test/fixtures.js';
import { EventPage, type EventPageProps } from './event-page.js';

const { collection } = publicPageSamples;
const dialogue = resolve(publicPageSamples.dialogue, collection);
const celebration = resolve(publicPageSamples.event, collection);
const renderPage = (props: EventPageProps) =>
  render(
    <main>
      <EventPage {...props} />
    </main>,
  );
const section = (name: string) => screen.getByRole('region', { name });

describe('EventPage: what the card leaves out', () => {
  it('lists the sessions with their day and local times, each time with its zone’s short name', async () => {
    renderPage({ event: dialogue });
    const sessions = within(section('Programme')).getAllByRole('listitem');
    expect(sessions.map((session) => session.querySelector('h3')?.textContent)).toEqual([
      'Day 1',
      'Day 2',
      'Day 3',
    ]);
    const [day, when] = sessions[0]?.querySelectorAll('p') ?? [];
    expect(day?.textContent).toBe('February 28, 2022');
    expect(when?.textContent).toBe('9:00 AM – 12:00 PM EST');
    expect(sessions[1]?.querySelector('time')?.getAttribute('dateTime')).toBe('2022-03-01');
    await expectNoAxeViolations();
  });

  it('shows the audience and links, in the event’s words', () => {
    renderPage({ event: dialogue });
    expect(screen.getByText('Audience').nextElementSibling?.textContent).toBe(dialogue.audience);
    const link = within(section('Links')).getByRole('link');
    expect(link.textContent).toBe(dialogue.links?.[0]?.label);
    expect(link.getAttribute('href')).toBe(dialogue.links?.[0]?.href);
  });

  it('links the contact by mailto: and tel:, the contact page and a "Register" link', () => {
    renderPage({
      event: {
        ...celebration,
        contact: { email: 'iommalta@iom.int', phone: '+356 2137 4613', url: '/en/contact' },
        registrationUrl: 'https://example.org/register',
      },
    });
    const contact = section('Contact');
    expect(
      within(contact).getByRole('link', { name: 'iommalta@iom.int' }).getAttribute('href'),
    ).toBe('mailto:iommalta@iom.int');
    expect(within(contact).getByRole('link', { name: '+356 2137 4613' }).getAttribute('href')).toBe(
      'tel:+35621374613',
    );
    expect(within(contact).getByRole('link', { name: 'Contact page' }).getAttribute('href')).toBe(
      '/en/contact',
    );
    expect(screen.getByRole('link', { name: 'Register' }).getAttribute('href')).toBe(
      'https://example.org/register',
    );
  });

  it('shows none of them for an event without them', () => {
    renderPage({ event: resolve(sampleEvent, sampleCollection) });
    for (const name of ['Programme', 'Contact', 'Links']) {
      expect(screen.queryByRole('region', { name })).toBeNull();
    }
    expect(screen.queryByText('Audience')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Register' })).toBeNull();
  });

  it.each(UNSAFE_URLS)('never links to %s: the words stay, the link goes', (href) => {
    renderPage({
      event: {
        ...celebration,
        registrationUrl: href,
        links: [{ href, label: 'Final report' }],
        contact: { url: href, email: 'a b@example.org' },
      },
    });
    for (const name of ['Final report', 'Register', 'Contact page', 'a b@example.org']) {
      expect(screen.queryByRole('link', { name })).toBeNull();
    }
    expect(screen.getByText('Final report')).toBeTruthy();
    expect(screen.getByText('Register')).toBeTruthy();
  });

  it('in Arabic, right to left: translated words, English content marked, no axe violation', async () => {
    // The page's <html> says Arabic, right to left, as a site's layout does.
    const root = document.documentElement;
    const before = { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
    root.setAttribute('lang', 'ar');
    root.setAttribute('dir', 'rtl');
    onTestFinished(() => {
      for (const [name, value] of Object.entries(before)) {
        if (value === null) root.removeAttribute(name);
        else root.setAttribute(name, value);
      }
    });
    renderPage({ event: { ...celebration, registrationUrl: '/en/register' }, locale: 'ar' });
    expect(screen.getByRole('region', { name: 'البرنامج' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'التسجيل' })).toBeTruthy();
    const title = screen.getByRole('heading', { name: celebration.sessions?.[0]?.title });
    expect(title.getAttribute('lang')).toBe('en');
    expect(title.getAttribute('dir')).toBe('ltr');
    await expectNoAxeViolations();
  });
});
