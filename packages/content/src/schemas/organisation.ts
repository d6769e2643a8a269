import * as z from 'zod';
import { ImageSchema, LinkSchema } from './blocks.js';
import { documentFields } from './document-base.js';
import { strictObject } from './object.js';
import {
  CountryCodeSchema,
  LanguageTagSchema,
  reference,
  SafeUrlSchema,
  TextSchema,
  YearSchema,
} from './primitives.js';

/** IATI organisation type codes (codelist OrganisationType) for each kind we name. */
export const IATI_ORGANISATION_TYPE = {
  government: '10',
  'local-government': '11',
  'other-public-sector': '15',
  'international-ngo': '21',
  'national-ngo': '22',
  'regional-ngo': '23',
  'partner-country-ngo': '24',
  'public-private-partnership': '30',
  multilateral: '40',
  foundation: '60',
  'private-sector': '70',
  academic: '80',
  other: '90',
} as const;

export const OrganisationKindSchema = z
  .enum(Object.keys(IATI_ORGANISATION_TYPE) as [keyof typeof IATI_ORGANISATION_TYPE])
  .meta({ description: 'What kind of organisation it is, aligned with IATI organisation types.' });
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

/** A number worth stating about an organisation ("175 member states"). */
export const KeyFactSchema = strictObject({
  value: z
    .number({ error: 'write the figure as a number, like 175' })
    .meta({ description: 'The figure, like 175.' }),
  label: TextSchema.meta({ description: "What the figure counts, like 'member states'." }),
  qualifier: z.enum(['over', 'about']).optional().meta({
    description: "'over' for figures such as 'over 100 countries', 'about' for estimates.",
  }),
}).meta({ description: "A number worth stating about an organisation ('175 member states')." });
export type KeyFact = z.infer<typeof KeyFactSchema>;

/** Where an organisation works, and since when. */
export const PresenceSchema = strictObject({
  country: CountryCodeSchema.meta({ description: "The country, like 'BY' for Belarus." }),
  since: YearSchema.optional().meta({ description: 'The year the presence began, like 1994.' }),
}).meta({ description: 'Where an organisation works, and since when.' });
export type Presence = z.infer<typeof PresenceSchema>;

export const OrganisationSchema = strictObject({
  ...documentFields('organisation'),
  name: TextSchema.meta({ description: "The full name, like 'World Health Organization'." }),
  names: z
    .record(LanguageTagSchema, TextSchema, {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? "use a language code such as 'en', 'ru', 'ar', 'zh-Hans' or 'fr-CH'"
          : undefined,
    })
    .optional()
    .meta({
      description:
        "The name in other languages, by language tag: { fr: 'Organisation internationale pour les migrations' }.",
    }),
  shortName: TextSchema.optional().meta({ description: "Acronym or short name, like 'WHO'." }),
  kind: OrganisationKindSchema,
  iatiIdentifier: z
    .string()
    // Hyphen-separated parts, without a repeated group so it runs in linear time (see `IdSchema`).
    .regex(/^(?!.*--)[A-Z]{2}-[A-Za-z0-9-]*[A-Za-z0-9]$/, {
      error: "use an IATI identifier such as 'XM-DAC-47066'",
    })
    .optional()
    .meta({ description: "The IATI organisation identifier, like 'XM-DAC-47066' for IOM." }),
  parent: reference('organisation')
    .optional()
    .meta({ description: 'The id of the organisation this one is part of (IOM for IOM Belarus).' }),
  website: SafeUrlSchema.optional().meta({ description: 'The address of its website.' }),
  logo: ImageSchema.optional().meta({ description: 'Its logo.' }),
  description: TextSchema.optional().meta({ description: 'What the organisation is and does.' }),
  founded: YearSchema.optional().meta({ description: 'The year it was founded, like 1951.' }),
  presence: z
    .array(PresenceSchema)
    .optional()
    .meta({ description: 'The countries it works in, and since when.' }),
  keyFacts: z
    .array(KeyFactSchema)
    .optional()
    .meta({ description: "Figures worth stating, like '175 member states'." }),
  links: z.array(LinkSchema).optional().meta({
    description:
      'Other pages that stand for the organisation, like its profiles elsewhere; JSON-LD gives them as sameAs.',
  }),
}).meta({ description: 'An organisation: IOM, a country office, a ministry, a partner.' });
export type Organisation = z.infer<typeof OrganisationSchema>;
