import type { Organisation } from '@iom/content';
import type { ReactNode } from 'react';
import { EventCard, type EventCardEvent } from '../event-card/event-card.js';
import { Hero } from '../hero/hero.js';
import { PartnerList } from '../partner-list/partner-list.js';
import type { LinkComponent } from '../shared/link.js';
import type { MessageOverrides } from '../shared/messages.js';
import { EventDetails, type EventDetailsEvent } from './event-details.js';
import type { EventPageMessages } from './messages.js';

export interface EventPageProps {
  /** The event, resolved so its organisers and participants are organisations. Required. */
  event: EventCardEvent &
    EventDetailsEvent & {
      summary?: string;
      organisers?: readonly Organisation[];
      participants?: readonly Organisation[];
    };
  /** Above the title: a `Breadcrumbs`. Default: none. */
  breadcrumbs?: ReactNode;
  /** The heading of the organisers. Default: "Partners" in the locale. */
  organisersTitle?: string;
  /** The heading of the participants. Default: "Partners" in the locale. */
  participantsTitle?: string;
  /** After the participants: speakers, the project, news. Default: none. */
  children?: ReactNode;
  /** Language of the dates and built-in words (BCP 47). Default: the event's `lang`. */
  locale?: string;
  /** Replacements for built-in words, like `{ register: 'Sign up' }`. Default: none. */
  messages?: MessageOverrides<EventPageMessages>;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
}

/**
 * An event's page inside `<main>`: breadcrumbs, its title as `h1` and summary, when and where
 * (the EventCard, with any cancelled or postponed status), audience and registration, the
 * programme, contact and links, organisers and participants by kind, then what the site adds.
 */
export function EventPage({
  event,
  breadcrumbs,
  organisersTitle,
  participantsTitle,
  children,
  locale = event.lang,
  messages,
  linkComponent,
}: EventPageProps) {
  const partners = {
    groupBy: 'kind',
    layout: 'list',
    headingLevel: 2,
    locale,
    linkComponent,
  } as const;
  return (
    <article className="iom-page">
      {breadcrumbs}
      <Hero title={event.title} text={event.summary} />
      <EventCard event={event} headingLevel={2} locale={locale} getHref={() => undefined} />
      <EventDetails
        event={event}
        locale={locale}
        messages={messages}
        linkComponent={linkComponent}
      />
      <PartnerList organisations={event.organisers ?? []} title={organisersTitle} {...partners} />
      <PartnerList
        organisations={event.participants ?? []}
        title={participantsTitle}
        {...partners}
      />
      {children}
    </article>
  );
}
