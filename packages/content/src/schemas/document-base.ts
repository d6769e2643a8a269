import * as z from 'zod';
import { compareDates } from '../dates.js';
import { type DocumentType, IdSchema, LanguageTagSchema, SafeUrlSchema } from './primitives.js';

/** Fields every document has, whatever its type. */
export function documentFields<Type extends DocumentType>(type: Type) {
  return {
    type: z.literal(type).meta({ description: `The document type: always '${type}'.` }),
    id: IdSchema.meta({
      description: 'Unique within the collection; used in URLs and references.',
    }),
    lang: LanguageTagSchema.meta({
      description: 'The language the document is written in (BCP 47).',
    }),
    translations: z
      .array(IdSchema)
      .optional()
      .meta({ description: `Ids of the same ${type} written in other languages.` }),
    url: SafeUrlSchema.optional().meta({
      description: 'Where the document is published, if the CMS decides it (a path or a full URL).',
    }),
  };
}

/**
 * Reports `later` when it comes before `earlier`. Works on any object with optional date
 * fields, so one rule serves event start/end, project dates and article publication dates.
 */
export function checkDateOrder<Value>(
  value: Value,
  context: z.RefinementCtx,
  earlier: keyof Value & string,
  later: keyof Value & string,
  message: string,
  pathPrefix: string[] = [],
): void {
  const from = value[earlier];
  const to = value[later];
  if (typeof from === 'string' && typeof to === 'string' && compareDates(to, from) < 0) {
    context.addIssue({ code: 'custom', path: [...pathPrefix, later], message, input: to });
  }
}
