import * as z from 'zod';
import { LinkSchema, SdgSchema } from './blocks.js';
import { checkDateOrder, documentFields } from './document-base.js';
import { strictObject } from './object.js';
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateSchema,
  IdSchema,
  reference,
  TextSchema,
} from './primitives.js';
import { RichTextSchema } from './rich-text.js';
import { withRules } from './rule.js';

/** IATI activity status codes (codelist ActivityStatus). */
export const IATI_ACTIVITY_STATUS = {
  pipeline: '1',
  implementation: '2',
  finalisation: '3',
  closed: '4',
  cancelled: '5',
  suspended: '6',
} as const;

/**
 * The plain words project pages use ("Ongoing", "Completed"), with the IATI status each one
 * means: editors may write either, and IATI-facing output always says the IATI one.
 */
export const PLAIN_PROJECT_STATUS = {
  planned: 'pipeline',
  ongoing: 'implementation',
  completed: 'closed',
} as const satisfies Record<string, keyof typeof IATI_ACTIVITY_STATUS>;

export const ProjectStatusSchema = z.enum([
  ...(Object.keys(PLAIN_PROJECT_STATUS) as (keyof typeof PLAIN_PROJECT_STATUS)[]),
  ...(Object.keys(IATI_ACTIVITY_STATUS) as (keyof typeof IATI_ACTIVITY_STATUS)[]),
] as [keyof typeof PLAIN_PROJECT_STATUS | keyof typeof IATI_ACTIVITY_STATUS]);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;
export type IatiProjectStatus = keyof typeof IATI_ACTIVITY_STATUS;

/** The IATI activity status of any status an editor may write: `completed` → `closed`. */
export function iatiProjectStatus(status: ProjectStatus): IatiProjectStatus {
  return status in PLAIN_PROJECT_STATUS
    ? PLAIN_PROJECT_STATUS[status as keyof typeof PLAIN_PROJECT_STATUS]
    : (status as IatiProjectStatus);
}

/** IATI organisation role codes (codelist OrganisationRole). */
export const IATI_PARTICIPANT_ROLE = {
  funding: '1',
  accountable: '2',
  extending: '3',
  implementing: '4',
} as const;

/**
 * IATI's roles, and `partner` for an organisation that neither funds nor implements (IATI has
 * no code for it; IATI-facing output leaves such partners out).
 */
export const ParticipantRoleSchema = z.enum([
  ...(Object.keys(IATI_PARTICIPANT_ROLE) as (keyof typeof IATI_PARTICIPANT_ROLE)[]),
  'partner',
] as [keyof typeof IATI_PARTICIPANT_ROLE | 'partner']);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/** An organisation taking part in a project, in one IATI role. */
export const ParticipantSchema = strictObject({
  organisation: reference('organisation').meta({ description: 'The id of the organisation.' }),
  role: ParticipantRoleSchema.meta({
    description:
      'Its role: funding, accountable, extending or implementing (IATI), or partner for one that does none of these.',
  }),
}).meta({ description: 'An organisation taking part in a project, in one IATI role.' });
export type Participant = z.infer<typeof ParticipantSchema>;

/** IATI activity dates: planned and actual start and end, at the precision the source gives. */
export const ProjectDatesSchema = withRules(
  strictObject({
    plannedStart: DateSchema.optional().meta({
      description: 'When the project is planned to start: a year, a month or a day.',
    }),
    actualStart: DateSchema.optional().meta({
      description: 'When the project started: a year, a month or a day.',
    }),
    plannedEnd: DateSchema.optional().meta({
      description: 'When the project is planned to end; not before plannedStart.',
    }),
    actualEnd: DateSchema.optional().meta({
      description: 'When the project ended; not before actualStart.',
    }),
  }),
  {
    check: (dates, context) => {
      if (dates.plannedStart === undefined && dates.actualStart === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['plannedStart'],
          message: 'give a start date: plannedStart, actualStart or both',
        });
      }
    },
    reads: ['plannedStart', 'actualStart', 'plannedEnd', 'actualEnd'],
    jsonSchema: { anyOf: [{ required: ['plannedStart'] }, { required: ['actualStart'] }] },
  },
  {
    check: (dates, context) => {
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
    reads: ['plannedStart', 'actualStart', 'plannedEnd', 'actualEnd'],
    notInJsonSchema:
      'dates.plannedEnd is not before dates.plannedStart, and dates.actualEnd is not before dates.actualStart (compared at the coarser precision).',
  },
).meta({
  description:
    'IATI activity dates: planned and actual start and end, each a year, a month or a day.',
});
export type ProjectDates = z.infer<typeof ProjectDatesSchema>;

/** An amount of money in a stated currency. */
export const MoneySchema = strictObject({
  amount: z
    .number()
    .nonnegative({ error: 'an amount cannot be negative' })
    .meta({ description: 'The amount, in units of the currency.' }),
  currency: CurrencyCodeSchema.meta({ description: "The ISO 4217 currency code, like 'USD'." }),
}).meta({ description: 'An amount of money in a stated currency.' });
export type Money = z.infer<typeof MoneySchema>;

/** A sector from the OECD DAC 5-digit purpose codes (IATI sector vocabulary 1). */
export const SectorSchema = strictObject({
  code: z
    .string()
    .regex(/^\d{5}$/, { error: "use a five-digit DAC sector code, like '12250'" })
    .meta({ description: "The five-digit OECD DAC purpose code, like '12250'." }),
  name: TextSchema.optional().meta({
    description: "The sector's name, like 'Infectious disease control'.",
  }),
}).meta({ description: 'A sector from the OECD DAC 5-digit purpose codes.' });
export type Sector = z.infer<typeof SectorSchema>;

/** An identifier from a named scheme: IOM's own project codes, a donor's reference. */
export const IdentifierSchema = strictObject({
  scheme: IdSchema.meta({
    description: "Whose identifier it is, like 'iom-project-code' or 'prima-id'.",
  }),
  value: TextSchema.meta({ description: "The identifier, like 'BD10P0501'." }),
}).meta({ description: "An identifier from a named scheme, like IOM's project codes." });
export type Identifier = z.infer<typeof IdentifierSchema>;

/** How far a project reaches. */
export const CoverageSchema = z.enum(['local', 'national', 'regional', 'global']);
export type Coverage = z.infer<typeof CoverageSchema>;

export const ProjectSchema = strictObject({
  ...documentFields('project'),
  title: TextSchema.meta({ description: 'The name of the project.' }),
  shortTitle: TextSchema.optional().meta({
    description: "A short title or acronym, like 'REMA(K)ER'.",
  }),
  summary: TextSchema.meta({
    description: 'One or two sentences shown in lists and shared links.',
  }),
  body: RichTextSchema.optional().meta({ description: 'The full description of the project.' }),
  status: ProjectStatusSchema.meta({
    description:
      'Where the project stands: planned, ongoing or completed, or an IATI activity status.',
  }),
  dates: ProjectDatesSchema.optional().meta({
    description: 'Planned and actual start and end; at least one start.',
  }),
  participants: withRules(z.array(ParticipantSchema), {
    check: (participants, context) => {
      if (!participants.some((participant) => participant.role === 'implementing')) {
        context.addIssue({
          code: 'custom',
          path: [],
          message: 'name at least one implementing organisation (role "implementing")',
        });
      }
    },
    jsonSchema: {
      contains: {
        type: 'object',
        properties: { role: { const: 'implementing' } },
        required: ['role'],
      },
    },
  }).meta({
    description:
      'The organisations taking part, each in an IATI role; at least one is implementing.',
  }),
  coverage: CoverageSchema.optional().meta({
    description: 'How far the project reaches: local, national, regional or global.',
  }),
  regions: z
    .array(TextSchema)
    .optional()
    .meta({ description: "IOM regions the project works in, like 'Asia and the Pacific'." }),
  recipientCountries: z
    .array(CountryCodeSchema)
    .optional()
    .meta({ description: 'The countries the project works in, as ISO 3166-1 alpha-2 codes.' }),
  themes: z.array(TextSchema).optional().meta({ description: "Topics, like 'Migration health'." }),
  sectors: z
    .array(SectorSchema)
    .optional()
    .meta({ description: 'OECD DAC sectors the project works in.' }),
  sdgs: z
    .array(SdgSchema)
    .optional()
    .meta({ description: 'The Sustainable Development Goals the project contributes to.' }),
  budget: MoneySchema.optional().meta({ description: 'The total budget.' }),
  goals: z
    .array(TextSchema)
    .optional()
    .meta({ description: 'What the project sets out to achieve, one goal per item.' }),
  results: z
    .array(TextSchema)
    .optional()
    .meta({ description: 'What the project has delivered, one result per item.' }),
  links: z
    .array(LinkSchema)
    .optional()
    .meta({ description: 'Related pages, like reports or a project website.' }),
  iatiIdentifier: z
    .string()
    // `XM-DAC-47066` then hyphen-separated parts that may hold `.` and `_`, written without a
    // repeated group so it runs in linear time (see `IdSchema`).
    .regex(/^(?!.*--)[A-Z]{2}-[A-Za-z0-9]+(?:-[A-Za-z0-9._-]*[A-Za-z0-9._])?$/, {
      error: "use an IATI activity identifier, like 'XM-DAC-47066-…'",
    })
    .optional()
    .meta({ description: "The IATI activity identifier, like 'XM-DAC-47066-…'." }),
  identifiers: z.array(IdentifierSchema).optional().meta({
    description:
      "Other identifiers, like IOM's project code: { scheme: 'iom-project-code', value: 'BD10P0501' }.",
  }),
}).meta({ description: 'A project, described as IATI publishes aid activities.' });
export type Project = z.infer<typeof ProjectSchema>;
