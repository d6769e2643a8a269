import type { Event } from '@iom/content';
import { classNames } from '../shared/class-names.js';
import { type DateMessages, en as datesEn } from '../shared/date-messages.js';
import { DateRange } from '../shared/date-range.js';
import {
  formatCalendar,
  formatDate,
  formatTime,
  precisionOf,
  sameShownDate,
  shownEnd,
} from '../shared/dates.js';
import { fillParts } from '../shared/fill-parts.js';
import { type HeadingLevel, headingTag } from '../shared/heading.js';
import { DAY_OF_MONTH, SHORT_MONTH, YEAR } from '../shared/intl.js';
import { contentLanguageAttributes, languageAttributes } from '../shared/languages.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import { type MessageOverrides, messagesIn, withOverrides } from '../shared/messages.js';
import { type EventCardMessages, en } from './messages.js';

/** What an EventCard reads from an event: an `Event` or a resolved one both fit. */
export type EventCardEvent = Pick<
  Event,
  | 'id'
  | 'lang'
  | 'url'
  | 'title'
  | 'kind'
  | 'start'
  | 'end'
  | 'timeZone'
  | 'previousStart'
  | 'status'
  | 'attendanceMode'
  | 'location'
>;

export interface EventCardProps<CardEvent extends EventCardEvent = EventCardEvent> {
  /** The event to show. Required. */
  event: CardEvent;
  /** Level of the title's heading, 1–6, to fit the page's outline. Default: `3`. */
  headingLevel?: HeadingLevel;
  /** Language of the dates and built-in words (BCP 47). Default: the event's `lang`. */
  locale?: string;
  /** Replacements for built-in words, like `{ statuses: { postponed: 'Delayed' } }`. Default: none. */
  messages?: MessageOverrides<EventCardMessages>;
  /** Where the title links to; an unsafe URL is dropped. Default: the event's `url` (no link without one). */
  getHref?: (event: CardEvent) => string | undefined;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names for the card's root element. Default: none. */
  className?: string;
}

/**
 * An event as a card: a date block, the title as the card's one link, kind, time and place.
 * A cancelled, postponed, rescheduled or moved-online event says so in words inside its
 * title's link, so the status is heard as well as seen.
 */
export function EventCard<CardEvent extends EventCardEvent>({
  event,
  headingLevel = 3,
  locale = event.lang,
  messages: overrides,
  getHref = (card) => card.url,
  linkComponent,
  className,
}: EventCardProps<CardEvent>) {
  const messages = withOverrides(
    { ...messagesIn(locale, 'dates', datesEn), ...messagesIn(locale, 'eventCard', en) },
    overrides,
  );
  const content = contentLanguageAttributes(event.lang, locale);
  const status = event.status ?? 'scheduled';
  const HeadingTag = headingTag(headingLevel);
  const previousStart =
    event.previousStart === undefined ? undefined : formatDate(event.previousStart, locale);

  return (
    <article
      className={classNames('iom-event-card', `iom-event-card--${status}`, className)}
      {...languageAttributes(locale)}
    >
      <div className="iom-event-card__inner">
        <div className="iom-event-card__body">
          <p className="iom-event-card__kind">{messages.kinds[event.kind]}</p>
          <HeadingTag className="iom-event-card__title">
            <ContentLink
              href={getHref(event)}
              linkComponent={linkComponent}
              className="iom-event-card__link"
            >
              {status !== 'scheduled' && (
                <>
                  <span className={`iom-badge iom-badge--${status}`}>
                    {messages.statuses[status]}
                  </span>{' '}
                </>
              )}
              <span {...content}>{event.title}</span>
            </ContentLink>
          </HeadingTag>
          <EventTime
            start={event.start}
            end={event.end}
            timeZone={event.timeZone}
            locale={locale}
            messages={messages}
            className="iom-event-card__when"
          />
          <Place event={event} messages={messages} content={content} />
          {previousStart !== undefined && status !== 'scheduled' && (
            <p className="iom-event-card__previously">
              {fillParts(messages.previously, {
                date: <time dateTime={event.previousStart}>{previousStart}</time>,
              })}
            </p>
          )}
        </div>
        <DateBlock start={event.start} locale={locale} />
      </div>
    </article>
  );
}

/**
 * The start as a calendar leaf, as precise as written (a year or a month gets no invented
 * first day or January); nothing for a start that is no date (unvalidated props).
 */
function DateBlock({ start, locale }: { start: string; locale: string }) {
  const date = formatDate(start, locale);
  if (date === undefined) return null;
  const precision = precisionOf(start);
  return (
    <time className="iom-event-card__date" dateTime={start}>
      {precision !== 'year' && precision !== 'month' && (
        <span className="iom-event-card__day" aria-hidden="true">
          {formatCalendar(start, locale, DAY_OF_MONTH)}
        </span>
      )}
      {precision !== 'year' && (
        <span className="iom-event-card__month" aria-hidden="true">
          {formatCalendar(start, locale, SHORT_MONTH)}
        </span>
      )}
      <span className="iom-event-card__year" aria-hidden="true">
        {formatCalendar(start, locale, YEAR)}
      </span>
      <span className="iom-visually-hidden">{date}</span>
    </time>
  );
}

interface PartProps {
  event: EventCardEvent;
  messages: EventCardMessages;
}

/**
 * When an event or a session takes place: the span of dates over several days (or months, or
 * years), or the times of one day that has them, the end shown in the start's offset and a
 * local time with its zone's short name. Nothing when there is no time to show.
 */
export function EventTime({
  start,
  end,
  timeZone,
  locale,
  messages,
  className,
}: Pick<EventCardEvent, 'start' | 'end' | 'timeZone'> & {
  locale: string;
  messages: DateMessages;
  className: string;
}) {
  if (end !== undefined && !sameShownDate(start, end, locale)) {
    return (
      <p className={className}>
        <DateRange start={start} end={end} locale={locale} messages={messages} />
      </p>
    );
  }
  const endTime =
    end === undefined ? undefined : formatTime(shownEnd(start, end), locale, true, timeZone);
  // The offset is said once, after the last time shown.
  const startTime = formatTime(start, locale, endTime === undefined, timeZone);
  if (startTime === undefined) return null;
  const startElement = <time dateTime={start}>{startTime}</time>;
  return (
    <p className={className}>
      {endTime === undefined
        ? startElement
        : fillParts(messages.dateRange, {
            start: startElement,
            end: <time dateTime={end}>{endTime}</time>,
          })}
    </p>
  );
}

function Place({
  event,
  messages,
  content,
}: PartProps & { content: ReturnType<typeof contentLanguageAttributes> }) {
  const online = event.status === 'moved-online' || event.attendanceMode === 'online';
  if (online) return <p className="iom-event-card__place">{messages.online}</p>;
  if (event.location === undefined) return null;
  return (
    <p className="iom-event-card__place">
      <span {...content}>{event.location.name}</span>
      {event.attendanceMode === 'mixed' && ` ${messages.alsoOnline}`}
    </p>
  );
}
