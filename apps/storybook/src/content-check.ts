import {
  type ContentError,
  ContentValidationError,
  DOCUMENT_TYPES,
  formatPath,
  QuoteSchema,
  RichTextSchema,
  safeParseContent,
  safeParseDocument,
} from '@iom/content';

type Key = string | number;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDocument = (value: unknown): value is Record<string, unknown> & { id: string } =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  (DOCUMENT_TYPES as readonly unknown[]).includes(value.type);

/** Props that take a piece of content which is not a whole document. */
const CONTENT_PROPS = { quote: QuoteSchema, body: RichTextSchema } as const;

const mapFields = (record: Record<string, unknown>, map: (field: unknown) => unknown) =>
  Object.fromEntries(Object.entries(record).map(([key, field]) => [key, map(field)]));

/**
 * The value as it was before `resolve`: every document inside it back to its id, so a resolved
 * project or quote is checked against the same schema as the JSON an editor wrote.
 */
const asWritten = (value: unknown): unknown => {
  if (isDocument(value)) return value.id;
  if (Array.isArray(value)) return value.map(asWritten);
  return isRecord(value) ? mapFields(value, asWritten) : value;
};

function collectErrors(value: unknown, keys: Key[], errors: ContentError[]): void {
  const where = formatPath(keys);
  const located = (problems: readonly ContentError[]) =>
    problems.map(({ path, message }) => ({
      path: path === '' || path.startsWith('[') ? `${where}${path}` : `${where}.${path}`,
      message,
    }));
  const [prop] = keys;
  const schema =
    keys.length === 1 && Object.hasOwn(CONTENT_PROPS, prop as string)
      ? CONTENT_PROPS[prop as keyof typeof CONTENT_PROPS]
      : undefined;
  if (isDocument(value)) {
    errors.push(...located(safeParseDocument(mapFields(value, asWritten)).errors ?? []));
  } else if (schema !== undefined) {
    errors.push(...located(safeParseContent(schema, asWritten(value)).errors ?? []));
  }
  // Resolved references are documents too, checked in their own right.
  const children: [Key, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) collectErrors(child, [...keys, key], errors);
}

/**
 * Stories show content as an editor could publish it: every document, quote and rich text in a
 * story's args must pass `@iom/content`'s validation, or the story fails with the editor's
 * message. That is how a story with an image whose alt text is empty, and which is not marked
 * decorative, fails even though the `<img alt="">` it would render looks fine to axe.
 */
export function checkStoryContent(args: Readonly<Record<string, unknown>>): void {
  const errors: ContentError[] = [];
  for (const [name, value] of Object.entries(args)) collectErrors(value, [name], errors);
  if (errors.length > 0) throw new ContentValidationError(errors);
}
