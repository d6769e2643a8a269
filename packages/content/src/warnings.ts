import { compareDates } from './dates.js';
import { formatPath } from './errors.js';

/** A recommendation that does not block publishing, with where it applies. */
export interface ContentWarning {
  /** Where the recommendation applies, like `summary`; empty for the document as a whole. */
  path: string;
  /** What to improve and why, in plain words. */
  message: string;
  severity: 'warning';
}

/** Search engines cut headlines and summaries off around these lengths. */
export const HEADLINE_LIMIT = 110;
export const SUMMARY_LIMIT = 300;

type Fields = Readonly<Record<string, unknown>>;

const warning = (path: PropertyKey[], message: string): ContentWarning => ({
  path: formatPath(path),
  message,
  severity: 'warning',
});

function tooLong(fields: Fields, field: string, limit: number, where: string) {
  const text = fields[field];
  if (typeof text !== 'string' || [...text].length <= limit) return [];
  return [
    warning(
      [field],
      `this ${field} is ${[...text].length} characters; ${where} show about ${limit}, so shorten it`,
    ),
  ];
}

const hasImage = (article: Fields) =>
  (Array.isArray(article.images) && article.images.length > 0) ||
  (Array.isArray(article.body) &&
    article.body.some((block) => (block as Fields | null)?.type === 'image'));

/** The day as `YYYY-MM-DD` in UTC, to compare with a start at any precision. */
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Recommendations for one document, valid or not (fields that are missing or malformed are
 * passed over; errors report them): an article without an image (shared links show no
 * picture), a headline over 110 or a summary over 300 characters (cut off in search results),
 * an upcoming online or mixed event without `onlineUrl`.
 */
export function warningsOf(input: unknown, now: Date = new Date()): ContentWarning[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  const document = input as Fields;
  const warnings: ContentWarning[] = [];
  if (document.type === 'article') {
    if (!hasImage(document)) {
      warnings.push(warning(['images'], 'add an image: without one, shared links show no picture'));
    }
    warnings.push(...tooLong(document, 'headline', HEADLINE_LIMIT, 'search results'));
  }
  if (document.type === 'article' || document.type === 'event' || document.type === 'project') {
    warnings.push(...tooLong(document, 'summary', SUMMARY_LIMIT, 'search results'));
  }
  if (
    document.type === 'event' &&
    (document.attendanceMode === 'online' || document.attendanceMode === 'mixed') &&
    document.onlineUrl === undefined &&
    document.status !== 'cancelled' &&
    typeof document.start === 'string' &&
    compareDates(document.start, dayOf(now)) >= 0
  ) {
    warnings.push(
      warning(
        ['onlineUrl'],
        `this ${document.attendanceMode} event is upcoming: give the address where people join (onlineUrl)`,
      ),
    );
  }
  return warnings;
}
