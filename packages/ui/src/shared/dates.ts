import {
  type DatePrecision,
  inOffsetOf,
  readDate,
  type WrittenDate,
  withZoneOffset,
  writtenInstant,
} from '@iom/content/dates';
import {
  type DateFormat,
  dateFormatter,
  LONG_DATE,
  MONTH_YEAR,
  TIME,
  YEAR,
  zoneNameFormatter,
} from './intl.js';

/**
 * The day (and time) as written in a date or date-time, offset aside, as a UTC instant that
 * the formatters read back in UTC: what is written is what shows, wherever the server runs.
 * A year or a month stands for its first day; `precisionOf` says how much of it to show.
 * An invalid date for a value that is no date at all.
 */
export function calendarDate(value: string): Date {
  const written = readDate(value);
  return written === undefined ? new Date(Number.NaN) : writtenInstant(written);
}

/** How precise a written date is: `year`, `month`, `day` or `time` (a day is the fallback). */
export const precisionOf = (value: string): DatePrecision => readDate(value)?.precision ?? 'day';

/** True for a date-time, false for a year, a month or a day. */
export const hasTime = (value: string) => precisionOf(value) === 'time';

/** `+03:00` → `UTC+3`, `+05:30` → `UTC+5:30`, `Z` → `UTC`; undefined without an offset. */
export function utcOffsetOf(value: string): string | undefined {
  const minutes = readDate(value)?.offsetMinutes;
  if (minutes === undefined) return undefined;
  if (minutes === 0) return 'UTC';
  const absolute = Math.abs(minutes);
  const rest = absolute % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(absolute / 60)}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

/**
 * A written date in one of the locale's forms; undefined for a value that is no date at all,
 * which only props that skipped validation hold ("5 Nov 2024"): it is dropped, not thrown.
 */
export function formatCalendar(
  value: string,
  locale: string,
  format: DateFormat,
): string | undefined {
  const written = readDate(value);
  return written && formatWritten(written, locale, format);
}

const formatWritten = (written: WrittenDate, locale: string, format: DateFormat) =>
  dateFormatter(locale, format).format(writtenInstant(written));

/** The formatter that says a date at its precision: `2019`, `March 2019`, `5 November 2024`. */
const FORMAT_AT: Record<DatePrecision, DateFormat> = {
  year: YEAR,
  month: MONTH_YEAR,
  day: LONG_DATE,
  time: LONG_DATE,
};

/** A written date in the locale's long form, exactly as precise as written; undefined if none. */
export function formatDate(value: string, locale: string): string | undefined {
  const written = readDate(value);
  return written && formatWritten(written, locale, FORMAT_AT[written.precision]);
}

/**
 * The short name of `timeZone` at the moment a local date-time names (`CET`, `GMT+1`), for a
 * local time read in that zone; undefined for anything else.
 */
export function zoneNameOf(value: string, timeZone: string | undefined, locale: string) {
  if (timeZone === undefined) return undefined;
  const placed = readDate(withZoneOffset(value, timeZone));
  if (placed?.offsetMinutes === undefined || utcOffsetOf(value) !== undefined) return undefined;
  const instant = writtenInstant(placed).getTime() - placed.offsetMinutes * 60_000;
  return zoneNameFormatter(locale, timeZone)
    ?.formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * The written time of a date-time, with its offset unless told not to: `10:00 UTC+3`; a local
 * time read in the event's `timeZone` ends with the zone's short name: `09:00 CET`.
 */
export function formatTime(
  value: string,
  locale: string,
  withOffset = true,
  timeZone?: string,
): string | undefined {
  const time = hasTime(value) ? formatCalendar(value, locale, TIME) : undefined;
  if (time === undefined) return undefined;
  const offset = withOffset
    ? (utcOffsetOf(value) ?? zoneNameOf(value, timeZone, locale))
    : undefined;
  return offset === undefined ? time : `${time} ${offset}`;
}

/**
 * The end of a range as it is shown: in its start's offset, so a range never reads as ending
 * before it starts (`23:30 UTC-1` on the 5th is `03:30 UTC+3` on the 6th).
 */
export const shownEnd = (start: string, end: string) => inOffsetOf(end, start);

/** True when a range's start and end show as the same date in `locale` (one date is shown). */
export const sameShownDate = (start: string, end: string, locale: string) =>
  formatDate(start, locale) === formatDate(shownEnd(start, end), locale);
