import type {
  Event,
  EventAttendanceModeEnumeration,
  EventStatusType,
  Offer,
  Person,
  Place,
  PostalAddress,
  VirtualLocation,
  WithContext,
} from 'schema-dts';
import { withZoneOffset } from '../dates.js';
import type { ResolvedEvent, ResolvedPerson } from '../resolve.js';
import type { Place as ContentPlace } from '../schemas/blocks.js';
import type { AttendanceMode, EventStatus, Session } from '../schemas/event.js';
import { imageObject } from './image.js';
import { organizationReference } from './organisation.js';
import { documentReference } from './reference.js';
import type { AbsoluteUrl } from './urls.js';

const EVENT_STATUS: Record<EventStatus, EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

const ATTENDANCE_MODE: Record<AttendanceMode, EventAttendanceModeEnumeration> = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

/** The postal address as far as the content gives it; none when it gives no part of one. */
function postalAddress(location: ContentPlace): PostalAddress | undefined {
  const { address, locality, region, postalCode, country } = location;
  const parts = [address, locality, region, postalCode, country];
  if (parts.every((part) => part === undefined)) return undefined;
  return {
    '@type': 'PostalAddress',
    streetAddress: address,
    addressLocality: locality,
    addressRegion: region,
    postalCode,
    addressCountry: country,
  };
}

function place(location: ContentPlace): Place {
  return { '@type': 'Place', name: location.name, address: postalAddress(location) };
}

/**
 * Where people sign up, as the Offer Google's event results read. The content gives no price,
 * so none is stated: the offer is the registration page.
 */
function registration(event: ResolvedEvent, absoluteUrl: AbsoluteUrl): Offer | undefined {
  const url = absoluteUrl(event.registrationUrl);
  return url === undefined ? undefined : { '@type': 'Offer', url, category: 'registration' };
}

function person(speaker: ResolvedPerson, absoluteUrl: AbsoluteUrl): Person {
  return {
    '@type': 'Person',
    name: speaker.name,
    jobTitle: speaker.jobTitle,
    worksFor: speaker.organisation && organizationReference(speaker.organisation, absoluteUrl),
  };
}

/** Where people go: the venue, the online address, or both (a list) for a mixed event. */
function location(event: ResolvedEvent, absoluteUrl: AbsoluteUrl) {
  const mode = event.attendanceMode ?? 'offline';
  const venue = mode !== 'online' && event.location ? [place(event.location)] : [];
  const online = mode === 'offline' ? undefined : absoluteUrl(event.onlineUrl);
  const virtual: VirtualLocation[] = online ? [{ '@type': 'VirtualLocation', url: online }] : [];
  const locations: (Place | VirtualLocation)[] = [...venue, ...virtual];
  return locations.length === 1 ? locations[0] : locations;
}

/** One node as itself, several as a list, none as nothing. */
const oneOrList = <Node>(nodes: Node[]): Node | Node[] | undefined =>
  nodes.length <= 1 ? nodes[0] : nodes;

/** A session of the programme, as schema.org nests parts of an event (`subEvent`). */
function subEvent(session: Session, timeZone: string | undefined): Exclude<Event, string> {
  return {
    '@type': 'Event',
    name: session.title,
    description: session.description,
    startDate: withZoneOffset(session.start, timeZone),
    endDate: withZoneOffset(session.end, timeZone),
    location: session.location && place(session.location),
  };
}

export function eventJsonLd(
  event: ResolvedEvent,
  absoluteUrl: AbsoluteUrl,
): WithContext<Exclude<Event, string>> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    url: absoluteUrl(event.url),
    name: event.title,
    description: event.summary,
    inLanguage: event.lang,
    // Local times are stated with the offset their zone had that day, as schema.org asks.
    startDate: withZoneOffset(event.start, event.timeZone),
    endDate: event.end && withZoneOffset(event.end, event.timeZone),
    previousStartDate: event.previousStart && withZoneOffset(event.previousStart, event.timeZone),
    // The model leaves out the status of a scheduled, in-person event; schema.org spells it.
    eventStatus: EVENT_STATUS[event.status ?? 'scheduled'],
    eventAttendanceMode: ATTENDANCE_MODE[event.attendanceMode ?? 'offline'],
    location: location(event, absoluteUrl),
    organizer: event.organisers?.map((organisation) =>
      organizationReference(organisation, absoluteUrl),
    ),
    attendee: event.participants?.map((organisation) =>
      organizationReference(organisation, absoluteUrl),
    ),
    performer: event.speakers?.map((speaker) => person(speaker, absoluteUrl)),
    about: oneOrList(
      [...(event.project ? [event.project] : []), ...(event.relatedProjects ?? [])].map((project) =>
        documentReference(project, absoluteUrl),
      ),
    ),
    subEvent: event.sessions?.map((session) => subEvent(session, event.timeZone)),
    image: event.images?.map((image) => imageObject(image, absoluteUrl)),
    offers: registration(event, absoluteUrl),
    audience: event.audience && { '@type': 'Audience', audienceType: event.audience },
    keywords: event.themes,
  };
}
