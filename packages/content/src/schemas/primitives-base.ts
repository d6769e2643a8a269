import * as z from 'zod';

/**
 * A document id: lower-case letters, digits and single hyphens, used in URLs and references.
 * Like every pattern here it has no repeated group (`(?:-[a-z0-9]+)*`): on megabytes of text
 * such a group backtracks out of the regex stack. One character loop and a `--` look-ahead say
 * the same in linear time.
 */
export const IdSchema = z.string().regex(/^(?!.*--)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, {
  error: "use lower-case letters, digits and hyphens only, like 'iom-belarus'",
});

export const DOCUMENT_TYPES = ['organisation', 'project', 'event', 'article'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
