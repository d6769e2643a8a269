import { z } from 'zod';
import { ImageSchema, PlaceSchema, QuoteSchema, SdgSchema } from './blocks.js';
import { checkDateOrder, documentFields } from './document-base.js';
import { strictObject, whenValid } from './object.js';
import { CountryCodeSchema, DateTimeSchema, reference, TextSchema } from './primitives.js';
import { RichTextSchema } from './rich-text.js';

export const ArticleSchema = strictObject({
  ...documentFields('article'),
  headline: TextSchema,
  summary: TextSchema,
  body: RichTextSchema,
  label: TextSchema.optional().meta({
    description: "A short tag shown with the headline, like 'Press release'.",
  }),
  published: DateTimeSchema,
  modified: DateTimeSchema.optional(),
  dateline: PlaceSchema.optional().meta({ description: 'Where the story was reported from.' }),
  images: z.array(ImageSchema).optional(),
  quotes: z.array(QuoteSchema).optional(),
  author: reference('organisation').optional(),
  publisher: reference('organisation').optional(),
  relatedProjects: z.array(reference('project')).optional(),
  relatedEvents: z.array(reference('event')).optional(),
  relatedOrganisations: z.array(reference('organisation')).optional(),
  countries: z.array(CountryCodeSchema).optional(),
  themes: z.array(TextSchema).optional(),
  sdgs: z.array(SdgSchema).optional(),
}).superRefine(
  (article, context) =>
    checkDateOrder(article, context, 'published', 'modified', 'modified before it was published'),
  whenValid('published', 'modified'),
);
export type Article = z.infer<typeof ArticleSchema>;
