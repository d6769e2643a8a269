import { z } from 'zod';
import { LinkSchema, SdgSchema } from './blocks.js';
import { checkDateOrder, documentFields } from './document-base.js';
import { strictObject, whenValid } from './object.js';
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateSchema,
  reference,
  TextSchema,
} from './primitives.js';
import { RichTextSchema } from './rich-text.js';

/** IATI activity status codes (codelist ActivityStatus). */
export const IATI_ACTIVITY_STATUS = {
  pipeline: '1',
  implementation: '2',
  finalisation: '3',
  closed: '4',
  cancelled: '5',
  suspended: '6',
} as const;

export const ProjectStatusSchema = z.enum(
  Object.keys(IATI_ACTIVITY_STATUS) as [keyof typeof IATI_ACTIVITY_STATUS],
);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

/** IATI organisation role codes (codelist OrganisationRole). */
export const IATI_PARTICIPANT_ROLE = {
  funding: '1',
  accountable: '2',
  extending: '3',
  implementing: '4',
} as const;

export const ParticipantRoleSchema = z.enum(
  Object.keys(IATI_PARTICIPANT_ROLE) as [keyof typeof IATI_PARTICIPANT_ROLE],
);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/** An organisation taking part in a project, in one IATI role. */
export const ParticipantSchema = strictObject({
  organisation: reference('organisation'),
  role: ParticipantRoleSchema,
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** IATI activity dates: planned and actual start and end, as whole days. */
export const ProjectDatesSchema = strictObject({
  plannedStart: DateSchema.optional(),
  actualStart: DateSchema.optional(),
  plannedEnd: DateSchema.optional(),
  actualEnd: DateSchema.optional(),
}).superRefine(
  (dates, context) => {
    if (dates.plannedStart === undefined && dates.actualStart === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['plannedStart'],
        message: 'give a start date: plannedStart, actualStart or both',
      });
    }
    checkDateOrder(
      dates,
      context,
      'plannedStart',
      'plannedEnd',
      'the planned end is before the planned start',
    );
    checkDateOrder(
      dates,
      context,
      'actualStart',
      'actualEnd',
      'the actual end is before the actual start',
    );
  },
  whenValid('plannedStart', 'actualStart', 'plannedEnd', 'actualEnd'),
);
export type ProjectDates = z.infer<typeof ProjectDatesSchema>;

/** An amount of money in a stated currency. */
export const MoneySchema = strictObject({
  amount: z.number().nonnegative({ error: 'an amount cannot be negative' }),
  currency: CurrencyCodeSchema,
});
export type Money = z.infer<typeof MoneySchema>;

/** A sector from the OECD DAC 5-digit purpose codes (IATI sector vocabulary 1). */
export const SectorSchema = strictObject({
  code: z.string().regex(/^\d{5}$/, { error: "use a five-digit DAC sector code, like '12250'" }),
  name: TextSchema.optional(),
});
export type Sector = z.infer<typeof SectorSchema>;

export const ProjectSchema = strictObject({
  ...documentFields('project'),
  title: TextSchema,
  summary: TextSchema,
  body: RichTextSchema.optional(),
  status: ProjectStatusSchema,
  dates: ProjectDatesSchema.optional(),
  participants: z.array(ParticipantSchema),
  recipientCountries: z.array(CountryCodeSchema).optional(),
  themes: z.array(TextSchema).optional(),
  sectors: z.array(SectorSchema).optional(),
  sdgs: z.array(SdgSchema).optional(),
  budget: MoneySchema.optional(),
  goals: z.array(TextSchema).optional(),
  results: z.array(TextSchema).optional(),
  links: z.array(LinkSchema).optional(),
  iatiIdentifier: z
    .string()
    .regex(/^[A-Z]{2}(?:-[A-Za-z0-9]+)+(?:-[A-Za-z0-9._]+)*$/, {
      error: "use an IATI activity identifier, like 'XM-DAC-47066-…'",
    })
    .optional(),
}).superRefine((project, context) => {
  if (!project.participants.some((participant) => participant.role === 'implementing')) {
    context.addIssue({
      code: 'custom',
      path: ['participants'],
      message: 'name at least one implementing organisation (role "implementing")',
    });
  }
}, whenValid('participants'));
export type Project = z.infer<typeof ProjectSchema>;
