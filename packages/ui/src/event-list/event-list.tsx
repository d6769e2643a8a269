import { EventCard, type EventCardEvent } from '../event-card/event-card.js';
import { classNames } from '../shared/class-names.js';
import { hasTime } from '../shared/dates.js';
import { type HeadingLevel, headingBelow, headingTag } from '../shared/heading.js';
import type { LinkComponent } from '../shared/link.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';

export interface EventListProps<Event extends EventCardEvent = EventCardEvent> {
  /** The events, in any order. Required. */
  events: readonly Event[];
  /** The moment that splits upcoming from past, as an ISO date-time: the caller's (build or request time), so rendering stays pure. Required. */
  now: string;
  /** Level of the "Upcoming events" and "Past events" headings; the cards take the next. Default: `2`. */
  headingLevel?: HeadingLevel;
  /** Language of the dates and words (BCP 47). Default: `'en'`. */
  locale?: string;
  /** Replacements for built-in words, like `{ pastEvents: 'Archive' }`. Default: none. */
  messages?: Partial<SiteMessages>;
  /** Where each title links to. Default: the event's `url`. */
  getHref?: (event: Event) => string | undefined;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** A prefix for the ids of the two groups' headings (`events-upcoming`, `events-past`), unique on the page. Default: `'events'`. */
  id?: string;
  /** Extra class names. Default: none. */
  className?: string;
}

const DAY = 86_400_000;

/** When an event is over: its end, or its start when it has none; a whole day at its close. */
function endOf(event: EventCardEvent): number {
  const value = event.end ?? event.start;
  return hasTime(value) ? Date.parse(value) : Date.parse(value) + DAY - 1;
}

/**
 * Events split by `now`: upcoming ones soonest first, then past ones latest first, each under
 * its heading. A group with no events is left out; nothing when there are none.
 */
export function EventList<Event extends EventCardEvent>({
  events,
  now,
  headingLevel = 2,
  locale = 'en',
  messages: overrides,
  id = 'events',
  className,
  ...card
}: EventListProps<Event>) {
  const messages = siteMessages(locale, overrides);
  const moment = Date.parse(now);
  const upcoming = events
    .filter((event) => endOf(event) >= moment)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const past = events
    .filter((event) => endOf(event) < moment)
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  const Heading = headingTag(headingLevel);
  const groups = [
    { key: 'upcoming', title: messages.upcomingEvents, events: upcoming },
    { key: 'past', title: messages.pastEvents, events: past },
  ].filter((group) => group.events.length > 0);
  if (groups.length === 0) return null;
  return (
    <div className={classNames('iom-event-list', className)}>
      {groups.map((group) => (
        <section
          key={group.key}
          className="iom-event-list__group"
          aria-labelledby={`${id}-${group.key}`}
        >
          <Heading id={`${id}-${group.key}`} className="iom-event-list__title">
            {group.title}
          </Heading>
          <ul className="iom-card-list">
            {group.events.map((event) => (
              <li key={event.id}>
                <EventCard
                  event={event}
                  headingLevel={headingBelow(headingLevel)}
                  locale={locale}
                  {...card}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
