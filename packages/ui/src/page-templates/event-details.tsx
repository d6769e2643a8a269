import type { Event } from '@iom/content';
import { EventTime } from '../event-card/event-card.js';
import { en as datesEn } from '../shared/date-messages.js';
import { formatDate, sameShownDate } from '../shared/dates.js';
import { contentLanguageAttributes } from '../shared/languages.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import { type MessageOverrides, messagesIn, withOverrides } from '../shared/messages.js';
import { type EventPageMessages, en } from './messages.js';
import { PageSection } from './page-section.js';

/** What an event's page shows beyond its card. */
export type EventDetailsEvent = Pick<Event, 'id' | 'lang' | 'timeZone'> &
  Partial<Pick<Event, 'registrationUrl' | 'audience' | 'sessions' | 'contact' | 'links'>>;

interface EventDetailsProps {
  event: EventDetailsEvent;
  locale: string;
  messages: MessageOverrides<EventPageMessages> | undefined;
  linkComponent: LinkComponent | undefined;
}

/**
 * Registration and audience, then the programme (each session's day and local times, with the
 * zone's short name), how to reach the organisers and related links. Unsafe URLs leave text.
 */
export function EventDetails({
  event,
  locale,
  messages: overrides,
  linkComponent,
}: EventDetailsProps) {
  const messages = withOverrides<EventPageMessages>(
    { ...messagesIn(locale, 'dates', datesEn), ...messagesIn(locale, 'eventPage', en) },
    overrides,
  );
  const content = contentLanguageAttributes(event.lang, locale);
  const { sessions = [], links = [], contact } = event;
  const section = (name: string) => `${event.id}-${name}`;
  return (
    <>
      {(event.audience !== undefined || event.registrationUrl !== undefined) && (
        <div className="iom-event-details">
          {event.audience !== undefined && (
            <dl className="iom-event-details__facts">
              <dt>{messages.audience}</dt>
              <dd {...content}>{event.audience}</dd>
            </dl>
          )}
          {event.registrationUrl !== undefined && (
            <p>
              <ContentLink
                href={event.registrationUrl}
                linkComponent={linkComponent}
                className="iom-event-details__register"
              >
                {messages.register}
              </ContentLink>
            </p>
          )}
        </div>
      )}
      {sessions.length > 0 && (
        <PageSection id={section('programme')} title={messages.programme}>
          <ol className="iom-event-details__sessions">
            {sessions.map((session) => (
              <li key={`${session.start}-${session.title}`} className="iom-event-details__session">
                <h3 className="iom-event-details__session-title" {...content}>
                  {session.title}
                </h3>
                {sameShownDate(session.start, session.end, locale) && (
                  <p>
                    <time dateTime={session.start.slice(0, 10)}>
                      {formatDate(session.start, locale)}
                    </time>
                  </p>
                )}
                <EventTime
                  start={session.start}
                  end={session.end}
                  timeZone={event.timeZone}
                  locale={locale}
                  messages={messages}
                  className="iom-event-details__when"
                />
                {session.location !== undefined && <p {...content}>{session.location.name}</p>}
                {session.description !== undefined && <p {...content}>{session.description}</p>}
              </li>
            ))}
          </ol>
        </PageSection>
      )}
      {contact !== undefined && (
        <PageSection id={section('contact')} title={messages.contact}>
          <dl className="iom-event-details__facts">
            {contact.email !== undefined && (
              <div>
                <dt>{messages.email}</dt>
                <dd>
                  <ContentLink href={`mailto:${contact.email}`} linkComponent={linkComponent}>
                    {contact.email}
                  </ContentLink>
                </dd>
              </div>
            )}
            {contact.phone !== undefined && (
              <div>
                <dt>{messages.phone}</dt>
                <dd>
                  {/* tel: takes the digits and a leading +, without the spaces people write. */}
                  <ContentLink
                    href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}
                    linkComponent={linkComponent}
                  >
                    <bdi>{contact.phone}</bdi>
                  </ContentLink>
                </dd>
              </div>
            )}
          </dl>
          {contact.url !== undefined && (
            <p>
              <ContentLink href={contact.url} linkComponent={linkComponent}>
                {messages.contactPage}
              </ContentLink>
            </p>
          )}
        </PageSection>
      )}
      {links.length > 0 && (
        <PageSection id={section('links')} title={messages.links}>
          <ul>
            {links.map((link) => (
              <li key={`${link.href}-${link.label}`} {...content}>
                <ContentLink href={link.href} linkComponent={linkComponent}>
                  {link.label}
                </ContentLink>
              </li>
            ))}
          </ul>
        </PageSection>
      )}
    </>
  );
}
