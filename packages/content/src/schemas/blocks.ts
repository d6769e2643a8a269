import { z } from 'zod';
import { strictObject, whenValid } from './object.js';
import { CountryCodeSchema, reference, SafeUrlSchema, TextSchema } from './primitives.js';

const pixels = z.number().int().positive({ error: 'use a whole number of pixels above 0' });

/**
 * An image with the text that stands in for it. Alt text is required unless the image is
 * marked decorative (it then adds nothing a screen-reader user would miss).
 */
export const ImageSchema = strictObject({
  src: SafeUrlSchema,
  alt: z.string().optional(),
  decorative: z.boolean().optional(),
  caption: TextSchema.optional(),
  credit: TextSchema.optional(),
  width: pixels.optional(),
  height: pixels.optional(),
}).superRefine(
  (image, context) => {
    const hasAlt = image.alt !== undefined && image.alt.trim() !== '';
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
  whenValid('alt', 'decorative'),
);
export type Image = z.infer<typeof ImageSchema>;

/** Where something happens or is reported from. */
export const PlaceSchema = strictObject({
  name: TextSchema,
  address: TextSchema.optional(),
  locality: TextSchema.optional(),
  country: CountryCodeSchema.optional(),
});
export type Place = z.infer<typeof PlaceSchema>;

/** A person as content mentions them: a speaker, a head of office. */
export const PersonSchema = strictObject({
  name: TextSchema,
  jobTitle: TextSchema.optional(),
  organisation: reference('organisation').optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/** Words someone said, with who said them. */
export const QuoteSchema = strictObject({
  text: TextSchema,
  speaker: PersonSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

/** A link with the words a reader sees. */
export const LinkSchema = strictObject({
  url: SafeUrlSchema,
  label: TextSchema,
});
export type Link = z.infer<typeof LinkSchema>;

/**
 * A Sustainable Development Goal (1–17), optionally narrowed to one of its targets. Targets are
 * strings like "3.3" or "3.d" (IATI vocabulary 3), and must belong to the goal.
 */
export const SdgSchema = strictObject({
  goal: z
    .number()
    .int({ error: 'use a goal number from 1 to 17' })
    .min(1, { error: 'use a goal number from 1 to 17' })
    .max(17, { error: 'use a goal number from 1 to 17' }),
  target: z
    .string()
    .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-z])$/, {
      error: "write the target as goal.target, like '3.3' or '3.d'",
    })
    .optional(),
}).superRefine(
  (sdg, context) => {
    if (sdg.target !== undefined && sdg.target.split('.')[0] !== String(sdg.goal)) {
      context.addIssue({
        code: 'custom',
        path: ['target'],
        message: `target '${sdg.target}' belongs to goal ${sdg.target.split('.')[0]}, not goal ${sdg.goal}`,
      });
    }
  },
  whenValid('goal', 'target'),
);
export type Sdg = z.infer<typeof SdgSchema>;
