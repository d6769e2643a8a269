import { type DateFormat, dateFormatter } from './intl.js';

const WRITTEN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?[^Z+-]*(Z|[+-]\d{2}:\d{2}))?/;

/** The day (and time) as written in an ISO date or date-time, offset aside, as a UTC instant. */
export function calendarDate(value: string): Date {
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = WRITTEN.exec(value) ?? [];
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), +hour, +minute, +second));
}

/** True for a date-time, false for a whole day. */
export const hasTime = (value: string) => value.includes('T');

/** `+03:00` → `UTC+3`, `+05:30` → `UTC+5:30`, `Z` → `UTC`; undefined for a whole day. */
export function utcOffsetOf(value: string): string | undefined {
  const offset = WRITTEN.exec(value)?.[7];
  if (offset === undefined) return undefined;
  if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') return 'UTC';
  const [hours = '', minutes = ''] = offset.slice(1).split(':');
  return `UTC${offset[0]}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
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
  const date = calendarDate(value);
  return Number.isNaN(date.getTime()) ? undefined : dateFormatter(locale, format).format(date);
}

/** A written date in the locale's long form, like `5 November 2024`. */
export const formatDate = (value: string, locale: string) => formatCalendar(value, locale, 'date');

/** The written time of a date-time, with its offset unless told not to: `10:00 UTC+3`. */
export function formatTime(value: string, locale: string, withOffset = true): string | undefined {
  const time = hasTime(value) ? formatCalendar(value, locale, 'time') : undefined;
  if (time === undefined) return undefined;
  const offset = withOffset ? utcOffsetOf(value) : undefined;
  return offset === undefined ? time : `${time} ${offset}`;
}

/** True when two written dates or date-times fall on the same written day. */
export const sameDay = (a: string, b: string) => a.slice(0, 10) === b.slice(0, 10);
