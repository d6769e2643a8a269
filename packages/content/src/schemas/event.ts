import * as z from 'zod';
import { LOCAL_DATE_TIME_PATTERN, withZoneOffset } from '../dates.js';
import { ImageSchema, LinkSchema, PersonSchema, PlaceSchema, SdgSchema } from './blocks.js';
import { checkDateOrder, documentFields } from './document-base.js';
import { strictObject } from './object.js';
import {
  EventTimeSchema,
  reference,
  SafeUrlSchema,
  TextSchema,
  TimeZoneSchema,
} from './primitives.js';
import { RichTextSchema } from './rich-text.js';
import { withRules } from './rule.js';

export const EventKindSchema = z.enum([
  'roundtable',
  'conference',
  'training',
  'workshop',
  'seminar',
  'meeting',
  'webinar',
  'launch',
  'exhibition',
  'observance',
  'celebration',
  'dialogue',
  'forum',
  'consultation',
  'screening',
  'visit',
  'campaign',
  'other',
]);
export type EventKind = z.infer<typeof EventKindSchema>;

/** schema.org EventStatusType, in the words editors use. Absent means scheduled. */
export const EventStatusSchema = z.enum([
  'scheduled',
  'cancelled',
  'postponed',
  'rescheduled',
  'moved-online',
]);
export type EventStatus = z.infer<typeof EventStatusSchema>;

/** schema.org EventAttendanceModeEnumeration. Absent means offline (in person). */
export const AttendanceModeSchema = z.enum(['offline', 'online', 'mixed']);
export type AttendanceMode = z.infer<typeof AttendanceModeSchema>;

/** How to reach the organisers: at least one of email, phone or a contact page. */
export const ContactSchema = withRules(
  strictObject({
    email: z
      .email({ error: "write an email address, like 'iombelarus@iom.int'" })
      .optional()
      .meta({ description: 'An email address.' }),
    phone: TextSchema.optional().meta({ description: "A phone number, like '+375 17 000 00 00'." }),
    url: SafeUrlSchema.optional().meta({ description: 'A contact page or form.' }),
  }),
  {
    check: (contact, context) => {
      if (Object.keys(contact).length === 0) {
        context.addIssue({
          code: 'custom',
          path: [],
          message: 'give an email, a phone number or a contact page (url)',
        });
      }
    },
    jsonSchema: { minProperties: 1 },
  },
).meta({ description: 'How to reach the organisers: an email, a phone number or a page.' });
export type Contact = z.infer<typeof ContactSchema>;

/** One part of an event's programme. */
export const SessionSchema = withRules(
  strictObject({
    title: TextSchema.meta({ description: "The session's name, like 'Opening remarks'." }),
    start: EventTimeSchema.meta({ description: 'When the session starts.' }),
    end: EventTimeSchema.meta({ description: 'When the session ends; not before start.' }),
    location: PlaceSchema.optional().meta({ description: 'Where, when not the event’s place.' }),
    description: TextSchema.optional().meta({ description: 'What happens in the session.' }),
  }),
  {
    check: (session, context) =>
      checkDateOrder(session, context, 'start', 'end', 'the session ends before it starts'),
    reads: ['start', 'end'],
    notInJsonSchema: 'each session ends no earlier than it starts (compared as end and start are).',
  },
).meta({ description: "One part of an event's programme, with its own times." });
export type Session = z.infer<typeof SessionSchema>;

const NEEDS_ZONE =
  "add the UTC offset (like 2018-12-18T09:00+01:00), or give the event's timeZone (like 'Europe/Malta')";

/** Without a `timeZone`, every date-time of the event and its sessions carries its offset. */
function requireOffsets(
  event: { start: string; end?: string; previousStart?: string; sessions?: Session[] },
  context: z.RefinementCtx,
): void {
  const times: [PropertyKey[], string | undefined][] = [
    [['start'], event.start],
    [['end'], event.end],
    [['previousStart'], event.previousStart],
    ...(event.sessions ?? []).flatMap((session, index): [PropertyKey[], string][] => [
      [['sessions', index, 'start'], session.start],
      [['sessions', index, 'end'], session.end],
    ]),
  ];
  for (const [path, value] of times) {
    if (value !== undefined && LOCAL_DATE_TIME_PATTERN.test(value)) {
      context.addIssue({ code: 'custom', path, message: NEEDS_ZONE, input: value });
    }
  }
}

export const EventSchema = withRules(
  strictObject({
    ...documentFields('event'),
    title: TextSchema.meta({ description: 'The name of the event.' }),
    summary: TextSchema.optional().meta({
      description: 'One or two sentences shown in lists and shared links.',
    }),
    body: RichTextSchema.optional().meta({ description: 'The full description of the event.' }),
    kind: EventKindSchema.meta({ description: 'What kind of event it is.' }),
    start: EventTimeSchema.meta({
      description:
        'When the event starts: a year, month or day, or a date and time (local, read in timeZone, or with its UTC offset).',
    }),
    timeZone: TimeZoneSchema.optional().meta({
      description:
        "The IANA time zone the event's local times are in, like 'Europe/Malta'; the UTC offset is derived for each date.",
    }),
    end: EventTimeSchema.optional().meta({
      description:
        'When the event ends; not before start (compared at the coarser precision). Leave out for a one-day event.',
    }),
    previousStart: EventTimeSchema.optional().meta({
      description: 'The start before the event was rescheduled or postponed.',
    }),
    status: EventStatusSchema.optional().meta({
      description: 'Whether the event goes ahead as planned; leave out when it is scheduled.',
    }),
    attendanceMode: AttendanceModeSchema.optional().meta({
      description: 'How people attend: in person (offline, the default), online, or mixed.',
    }),
    location: PlaceSchema.optional().meta({ description: 'Where the event takes place.' }),
    onlineUrl: SafeUrlSchema.optional().meta({
      description:
        'Where people join an online or mixed event; leave out when there is none (a past event, registration elsewhere).',
    }),
    registrationUrl: SafeUrlSchema.optional().meta({
      description: 'Where people register to attend.',
    }),
    audience: TextSchema.optional().meta({
      description: "Who the event is for, like 'Government officials and civil society'.",
    }),
    contact: ContactSchema.optional().meta({ description: 'How to reach the organisers.' }),
    sessions: z
      .array(SessionSchema)
      .optional()
      .meta({ description: 'The programme: sessions with their own times.' }),
    links: z
      .array(LinkSchema)
      .optional()
      .meta({ description: 'Related pages, like the concept note or the final report.' }),
    images: z
      .array(ImageSchema)
      .optional()
      .meta({ description: 'Images of the event; the first is its main image.' }),
    themes: z
      .array(TextSchema)
      .optional()
      .meta({ description: "Topics, like 'Migration health'." }),
    sdgs: z
      .array(SdgSchema)
      .optional()
      .meta({ description: 'The Sustainable Development Goals the event relates to.' }),
    relatedProjects: z
      .array(reference('project'))
      .optional()
      .meta({ description: 'Ids of other projects the event relates to.' }),
    organisers: z
      .array(reference('organisation'))
      .optional()
      .meta({ description: 'Ids of the organisations that organise the event.' }),
    participants: z
      .array(reference('organisation'))
      .optional()
      .meta({ description: 'Ids of the organisations taking part.' }),
    speakers: z
      .array(PersonSchema)
      .optional()
      .meta({ description: 'People who speak or present at the event.' }),
    project: reference('project')
      .optional()
      .meta({ description: 'The id of the project the event is part of.' }),
  }),
  {
    check: (event, context) => {
      if (event.timeZone === undefined) requireOffsets(event, context);
    },
    reads: ['start', 'end', 'previousStart', 'timeZone', 'sessions'],
    notInJsonSchema: "a date-time without a UTC offset needs the event's timeZone.",
  },
  {
    check: (event, context) => {
      // Local times are placed in the event's zone before they are compared.
      const placed =
        event.timeZone === undefined
          ? event
          : {
              start: withZoneOffset(event.start, event.timeZone),
              end: event.end && withZoneOffset(event.end, event.timeZone),
            };
      checkDateOrder(placed, context, 'start', 'end', 'the event ends before it starts');
    },
    reads: ['start', 'end', 'timeZone'],
    notInJsonSchema:
      'end is not before start (two date-times compare as instants; otherwise at the coarser precision: year, month or day).',
  },
).meta({
  description: 'A roundtable, conference, international day, dialogue, screening or other event.',
});
export type Event = z.infer<typeof EventSchema>;
