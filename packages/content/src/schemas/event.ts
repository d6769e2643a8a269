import * as z from 'zod';
import { PersonSchema, PlaceSchema } from './blocks.js';
import { checkDateOrder, documentFields } from './document-base.js';
import { strictObject, whenValid } from './object.js';
import { DateOrDateTimeSchema, reference, SafeUrlSchema, TextSchema } from './primitives.js';
import { RichTextSchema } from './rich-text.js';

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

export const EventSchema = strictObject({
  ...documentFields('event'),
  title: TextSchema.meta({ description: 'The name of the event.' }),
  summary: TextSchema.optional().meta({
    description: 'One or two sentences shown in lists and shared links.',
  }),
  body: RichTextSchema.optional().meta({ description: 'The full description of the event.' }),
  kind: EventKindSchema.meta({ description: 'What kind of event it is.' }),
  start: DateOrDateTimeSchema.meta({
    description:
      'When the event starts: a year, month or day, or a date and time with its UTC offset.',
  }),
  end: DateOrDateTimeSchema.optional().meta({
    description:
      'When the event ends; not before start (compared at the coarser precision). Leave out for a one-day event.',
  }),
  previousStart: DateOrDateTimeSchema.optional().meta({
    description: 'The start before the event was rescheduled or postponed.',
  }),
  status: EventStatusSchema.optional().meta({
    description: 'Whether the event goes ahead as planned; leave out when it is scheduled.',
  }),
  attendanceMode: AttendanceModeSchema.optional().meta({
    description:
      'How people attend: in person (offline, the default), online, or mixed. Online and mixed events need onlineUrl.',
  }),
  location: PlaceSchema.optional().meta({ description: 'Where the event takes place.' }),
  onlineUrl: SafeUrlSchema.optional().meta({
    description: 'Where people join an online or mixed event.',
  }),
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
})
  .superRefine(
    (event, context) => {
      checkDateOrder(event, context, 'start', 'end', 'the event ends before it starts');
      const online = event.attendanceMode === 'online' || event.attendanceMode === 'mixed';
      if (online && event.onlineUrl === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['onlineUrl'],
          message: `an ${event.attendanceMode} event needs the address where people join (onlineUrl)`,
        });
      }
    },
    whenValid('start', 'end', 'attendanceMode', 'onlineUrl'),
  )
  .meta({ description: 'A roundtable, conference, training or other event.' });
export type Event = z.infer<typeof EventSchema>;
