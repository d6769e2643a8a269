import * as z from 'zod';
import { strictObject } from './object.js';
import {
  CountryCodeSchema,
  isVisibleText,
  reference,
  SafeUrlSchema,
  TextSchema,
  VISIBLE_CHARACTER,
} from './primitives.js';
import { conditional, withRules } from './rule.js';

const pixels = z.number().int().positive({ error: 'use a whole number of pixels above 0' });

/**
 * An image with the text that stands in for it. Alt text is required unless the image is
 * marked decorative (it then adds nothing a screen-reader user would miss).
 */
export const ImageSchema = withRules(
  strictObject({
    src: SafeUrlSchema.meta({ description: 'The image file: an https:// address or a site path.' }),
    alt: z.string().optional().meta({
      description:
        'What the image shows, for screen-reader users. Required unless the image is decorative.',
    }),
    decorative: z.boolean().optional().meta({
      description: 'true when the image adds nothing a reader would miss; it then has no alt text.',
    }),
    caption: TextSchema.optional().meta({ description: 'Text shown with the image.' }),
    credit: TextSchema.optional().meta({ description: 'Who made the image, like a photographer.' }),
    width: pixels.optional().meta({ description: 'The width of the image file, in pixels.' }),
    height: pixels.optional().meta({ description: 'The height of the image file, in pixels.' }),
  }),
  {
    check: (image, context) => {
      const hasAlt = image.alt !== undefined && isVisibleText(image.alt);
      if (image.decorative === true && hasAlt) {
        context.addIssue({
          code: 'custom',
          path: ['alt'],
          message: 'a decorative image has no alt text; remove the alt text or the decorative mark',
        });
      } else if (image.decorative !== true && !hasAlt) {
        context.addIssue({
          code: 'custom',
          path: ['alt'],
          message: 'describe the image for screen-reader users, or mark it decorative',
        });
      }
    },
    reads: ['alt', 'decorative'],
    jsonSchema: conditional(
      { properties: { decorative: { const: true } }, required: ['decorative'] },
      { properties: { alt: { type: 'string', not: { pattern: VISIBLE_CHARACTER.source } } } },
      {
        properties: { alt: { type: 'string', pattern: VISIBLE_CHARACTER.source } },
        required: ['alt'],
      },
    ),
  },
).meta({
  description:
    'An image with the text that stands in for it: alt text is required unless the image is marked decorative, and a decorative image has none.',
});
export type Image = z.infer<typeof ImageSchema>;

/** Where something happens or is reported from. */
export const PlaceSchema = strictObject({
  name: TextSchema.meta({ description: "The place as readers see it, like 'Minsk, Belarus'." }),
  address: TextSchema.optional().meta({ description: 'The street address.' }),
  locality: TextSchema.optional().meta({ description: "The city or town, like 'Minsk'." }),
  postalCode: TextSchema.optional().meta({ description: "The postal code, like 'VLT 1216'." }),
  region: TextSchema.optional().meta({
    description: "The region, province or state, like 'Minsk Region'.",
  }),
  country: CountryCodeSchema.optional().meta({
    description: "The ISO 3166-1 alpha-2 country code, like 'BY'.",
  }),
}).meta({ description: 'Where something happens or is reported from.' });
export type Place = z.infer<typeof PlaceSchema>;

/** A person as content mentions them: a speaker, a head of office. */
export const PersonSchema = strictObject({
  name: TextSchema.meta({ description: 'The full name, as the person writes it.' }),
  jobTitle: TextSchema.optional().meta({ description: "The job title, like 'Chief of Mission'." }),
  description: TextSchema.optional().meta({
    description:
      "Who the person is when there is no job title, like 'one of 96,500 who benefitted from IOM's cash-for-food programme'.",
  }),
  organisation: reference('organisation')
    .optional()
    .meta({ description: 'The id of the organisation the person works for.' }),
}).meta({ description: 'A person as content mentions them: a speaker, a head of office.' });
export type Person = z.infer<typeof PersonSchema>;

/** Words someone said, with who said them. */
export const QuoteSchema = strictObject({
  text: TextSchema.meta({
    description:
      'The words, without quotation marks; paragraphs are separated by a blank line and shown as paragraphs.',
  }),
  speaker: PersonSchema.meta({ description: 'Who said them.' }),
}).meta({ description: 'Words someone said, with who said them.' });
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * A link with the words a reader sees. Its address is `href`, as in a rich-text link: one
 * shape for one thing (an editor who writes `url` is asked "did you mean 'href'?").
 */
export const LinkSchema = strictObject({
  href: SafeUrlSchema.meta({ description: 'Where the link goes.' }),
  label: TextSchema.meta({ description: 'The words a reader sees and clicks.' }),
}).meta({ description: 'A link with the words a reader sees.' });
export type Link = z.infer<typeof LinkSchema>;

/**
 * A Sustainable Development Goal (1–17), optionally narrowed to one of its targets. Targets are
 * strings like "3.3" or "3.d" (IATI vocabulary 3), and must belong to the goal.
 */
export const SdgSchema = withRules(
  strictObject({
    goal: z
      .number()
      .int({ error: 'use a goal number from 1 to 17' })
      .min(1, { error: 'use a goal number from 1 to 17' })
      .max(17, { error: 'use a goal number from 1 to 17' })
      .meta({ description: 'The goal number, from 1 to 17.' }),
    target: z
      .string()
      .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-z])$/, {
        error: "write the target as goal.target, like '3.3' or '3.d'",
      })
      .optional()
      .meta({
        description: "One of the goal's targets, written goal.target, like '3.3' or '3.d'.",
      }),
  }),
  {
    // A target belongs to its goal: goal n allows only targets 'n.…'.
    check: (sdg, context) => {
      if (sdg.target !== undefined && sdg.target.split('.')[0] !== String(sdg.goal)) {
        context.addIssue({
          code: 'custom',
          path: ['target'],
          message: `target '${sdg.target}' belongs to goal ${sdg.target.split('.')[0]}, not goal ${sdg.goal}`,
        });
      }
    },
    reads: ['goal', 'target'],
    jsonSchema: {
      allOf: Array.from({ length: 17 }, (_, index) =>
        conditional(
          { properties: { goal: { const: index + 1 } }, required: ['goal'] },
          { properties: { target: { type: 'string', pattern: `^${index + 1}\\.` } } },
        ),
      ),
    },
  },
).meta({
  description:
    'A Sustainable Development Goal (1–17), optionally narrowed to one of its targets; a target belongs to its goal.',
});
export type Sdg = z.infer<typeof SdgSchema>;
