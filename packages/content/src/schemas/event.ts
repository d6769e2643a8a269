import { z } from 'zod';
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
  title: TextSchema,
  summary: TextSchema.optional(),
  body: RichTextSchema.optional(),
  kind: EventKindSchema,
  start: DateOrDateTimeSchema,
  end: DateOrDateTimeSchema.optional(),
  previousStart: DateOrDateTimeSchema.optional().meta({
    description: 'The start before the event was rescheduled or postponed.',
  }),
  status: EventStatusSchema.optional(),
  attendanceMode: AttendanceModeSchema.optional(),
  location: PlaceSchema.optional(),
  onlineUrl: SafeUrlSchema.optional(),
  organisers: z.array(reference('organisation')).optional(),
  participants: z.array(reference('organisation')).optional(),
  speakers: z.array(PersonSchema).optional(),
  project: reference('project').optional(),
}).superRefine(
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
);
export type Event = z.infer<typeof EventSchema>;
