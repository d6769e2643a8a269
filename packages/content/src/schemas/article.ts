import * as z from 'zod';
import { ImageSchema, PlaceSchema, QuoteSchema, SdgSchema } from './blocks.js';
import { checkDateOrder, documentFields } from './document-base.js';
import { strictObject } from './object.js';
import { CountryCodeSchema, DateOrDateTimeSchema, reference, TextSchema } from './primitives.js';
import { RichTextSchema } from './rich-text.js';
import { withRules } from './rule.js';

/** The kind of item, as IOM's pages label them. */
export const ArticleContentTypeSchema = z.enum([
  'news',
  'press-release',
  'story',
  'feature',
  'statement',
  'briefing-note',
  'op-ed',
]);
export type ArticleContentType = z.infer<typeof ArticleContentTypeSchema>;

export const ArticleSchema = withRules(
  strictObject({
    ...documentFields('article'),
    headline: TextSchema.meta({ description: 'The title of the article.' }),
    summary: TextSchema.meta({
      description: 'One or two sentences shown in lists and shared links.',
    }),
    body: RichTextSchema.meta({ description: 'The text of the article.' }),
    contentType: ArticleContentTypeSchema.optional().meta({
      description:
        'The kind of item: news, press-release, story, feature, statement, briefing-note or op-ed.',
    }),
    label: TextSchema.optional().meta({
      description: "A short tag shown with the headline, like 'Press release'.",
    }),
    published: DateOrDateTimeSchema.meta({
      description:
        'When the article was first published: the day (2024-02-05) as the page gives it, or a date and time with its UTC offset.',
    }),
    modified: DateOrDateTimeSchema.optional().meta({
      description:
        'When the article was last changed, a day or a date and time; not before published.',
    }),
    dateline: PlaceSchema.optional().meta({ description: 'Where the story was reported from.' }),
    images: z
      .array(ImageSchema)
      .optional()
      .meta({ description: 'Images shown with the article; the first is its main image.' }),
    quotes: z
      .array(QuoteSchema)
      .optional()
      .meta({ description: 'Quotes to highlight, with who said them.' }),
    author: reference('organisation')
      .optional()
      .meta({ description: 'The id of the organisation that wrote the article.' }),
    publisher: reference('organisation')
      .optional()
      .meta({ description: 'The id of the organisation that published the article.' }),
    relatedProjects: z
      .array(reference('project'))
      .optional()
      .meta({ description: 'Ids of the projects the article is about.' }),
    relatedEvents: z
      .array(reference('event'))
      .optional()
      .meta({ description: 'Ids of the events the article is about.' }),
    relatedOrganisations: z
      .array(reference('organisation'))
      .optional()
      .meta({ description: 'Ids of the organisations the article mentions.' }),
    countries: z
      .array(CountryCodeSchema)
      .optional()
      .meta({ description: 'The countries the article is about, as ISO 3166-1 alpha-2 codes.' }),
    regions: z.array(TextSchema).optional().meta({
      description: "IOM regions the article is about, like 'Middle East and North Africa'.",
    }),
    themes: z
      .array(TextSchema)
      .optional()
      .meta({ description: "Topics, like 'Migration health'." }),
    sdgs: z
      .array(SdgSchema)
      .optional()
      .meta({ description: 'The Sustainable Development Goals the article relates to.' }),
  }),
  {
    check: (article, context) =>
      checkDateOrder(article, context, 'published', 'modified', 'modified before it was published'),
    reads: ['published', 'modified'],
    notInJsonSchema:
      'modified is not before published (two date-times compare as instants; otherwise at the coarser precision).',
  },
).meta({ description: 'A news story, press release or feature.' });
export type Article = z.infer<typeof ArticleSchema>;
