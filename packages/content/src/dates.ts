/**
 * Dates as editors write them, without zod: the schemas validate with these patterns and
 * `@iom/ui` formats with `readDate` through `@iom/content/dates`, so a validator and a page
 * always agree on what a date says and how precise it is.
 *
 * A date is written at the precision its source gives: a year (`2019`), a month (`2019-03`),
 * a day (`2024-02-05`) or a moment with its UTC offset (`2024-11-05T10:00+03:00`). Years have
 * four digits from 1000, so `0099` (a typo for 1999, or a year JavaScript reads as 1999) is
 * never accepted.
 */

const YEAR = '[1-9]\\d{3}';
const LEAP_YEAR = '(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)';
const MONTH = '(?:0[1-9]|1[0-2])';
/** Month and day of a month that has that day (29 February aside, which needs a leap year). */
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const TIME = 'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?';
const OFFSET = '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

/*
 * Patterns are put together by pure calls, not template literals (which a bundler must assume
 * may run code), so a page that reads dates but never validates them ships none of them.
 */
const join = (...parts: string[]) => parts.join('');
const whole = (...parts: string[]) => new RegExp(`^${join(...parts)}$`);
const DAY = /* @__PURE__ */ join('(?:', YEAR, '-', MONTH_DAY, '|', LEAP_YEAR, '-02-29)');
const YEAR_OR_MONTH = /* @__PURE__ */ join(YEAR, '(?:-', MONTH, ')?');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a year, a month or a day that exists. */
export const PARTIAL_DATE_PATTERN = /* @__PURE__ */ whole('(?:', YEAR_OR_MONTH, '|', DAY, ')');
/** A real day and time with its UTC offset; seconds and fractions are optional. */
export const DATE_TIME_PATTERN = /* @__PURE__ */ whole(DAY, TIME, OFFSET);
/** A day and time with no offset, read in a time zone the document names. */
export const LOCAL_DATE_TIME_PATTERN = /* @__PURE__ */ whole(DAY, TIME);
/** Either of the above: what an event's start or an article's publication date may be. */
export const DATE_OR_DATE_TIME_PATTERN = /* @__PURE__ */ whole(
  '(?:',
  YEAR_OR_MONTH,
  '|',
  DAY,
  '(?:',
  TIME,
  OFFSET,
  ')?)',
);
/** What an event's times may be: any date, a date-time with an offset, or a local one. */
export const EVENT_TIME_PATTERN = /* @__PURE__ */ whole(
  '(?:',
  YEAR_OR_MONTH,
  '|',
  DAY,
  '(?:',
  TIME,
  '(?:',
  OFFSET,
  ')?)?)',
);

/** How precise a written date is, from coarsest to finest. */
export const DATE_PRECISIONS = ['year', 'month', 'day', 'time'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A written date taken apart; `offsetMinutes` only for a moment with an offset. */
export interface WrittenDate {
  precision: DatePrecision;
  year: number;
  /** 1–12; 1 when the precision is a year. */
  month: number;
  /** 1–31; 1 when the precision is a year or a month. */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, for a moment written with an offset (`+03:00` → 180, `Z` → 0). */
  offsetMinutes?: number;
}

const PARTS =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** The parts of a written date, or undefined when it is not one. */
export function readDate(value: string): WrittenDate | undefined {
  const match = PARTS.exec(value);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, offset] = match;
  const precision: DatePrecision =
    hour !== undefined
      ? 'time'
      : day !== undefined
        ? 'day'
        : month !== undefined
          ? 'month'
          : 'year';
  const written: WrittenDate = {
    precision,
    year: Number(year),
    month: Number(month ?? 1),
    day: Number(day ?? 1),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  };
  if (offset !== undefined) written.offsetMinutes = offsetMinutesOf(offset);
  return written;
}

function offsetMinutesOf(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/**
 * The written day and time as a UTC instant (the offset aside): what formatters read back in
 * UTC so a date shows as written wherever the server runs. `setUTCFullYear`, not `Date.UTC`,
 * because `Date.UTC` turns years 0–99 into 1900–1999.
 */
export function writtenInstant(date: WrittenDate): Date {
  const instant = new Date(
    Date.UTC(2000, date.month - 1, date.day, date.hour, date.minute, date.second),
  );
  instant.setUTCFullYear(date.year);
  return instant;
}

/** The moment itself, for a date written with an offset; undefined for other precisions. */
function epochMilliseconds(date: WrittenDate): number | undefined {
  if (date.offsetMinutes === undefined) return undefined;
  return writtenInstant(date).getTime() - date.offsetMinutes * 60_000;
}

const isLocal = (date: WrittenDate) =>
  date.precision === 'time' && date.offsetMinutes === undefined;

const rank = (precision: DatePrecision) => DATE_PRECISIONS.indexOf(precision);

/** The fields compared at each precision. */
const FIELDS_AT: Record<Exclude<DatePrecision, 'time'>, readonly (keyof WrittenDate)[]> = {
  year: ['year'],
  month: ['year', 'month'],
  day: ['year', 'month', 'day'],
};

/**
 * Orders two written dates at the coarser of their precisions: `2019` and `2023` compare as
 * years, `2020` comes after `2019-12` (their years differ), and `2019` neither precedes nor
 * follows `2019-06` (0). Two moments compare as instants (offsets applied); a day and a moment
 * compare by the calendar day as written, because a day-long event "ends" on the same day it
 * starts at 10:00. Returns a negative number when `a` comes first.
 */
export function compareDates(a: string, b: string): number {
  const first = readDate(a);
  const second = readDate(b);
  if (first === undefined || second === undefined) return a.localeCompare(b);
  const firstMoment = epochMilliseconds(first);
  const secondMoment = epochMilliseconds(second);
  if (firstMoment !== undefined && secondMoment !== undefined) return firstMoment - secondMoment;
  // Two local times are read in the same zone: their written clocks compare.
  if (isLocal(first) && isLocal(second)) {
    return writtenInstant(first).getTime() - writtenInstant(second).getTime();
  }
  const coarser = rank(first.precision) < rank(second.precision) ? first : second;
  const precision = coarser.precision === 'time' ? 'day' : coarser.precision;
  for (const field of FIELDS_AT[precision]) {
    const difference = Number(first[field]) - Number(second[field]);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * `value` rewritten in the UTC offset of `reference`, when both are moments with offsets: the
 * end of a range is shown in its start's offset so it never reads as before the start. Any
 * other value is returned as it is.
 */
export function inOffsetOf(value: string, reference: string): string {
  const written = readDate(value);
  const target = readDate(reference)?.offsetMinutes;
  if (written === undefined || target === undefined) return value;
  const moment = epochMilliseconds(written);
  if (moment === undefined || written.offsetMinutes === target) return value;
  const shifted = new Date(moment + target * 60_000);
  const year = String(shifted.getUTCFullYear()).padStart(4, '0');
  const iso = shifted.toISOString().slice(4, 19);
  return `${year}${iso}${offsetText(target)}`;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * A formatter per zone, built once: building one loads the zone's rules. Only real zones are
 * kept, so content naming endless made-up zones cannot grow the cache.
 */
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
  let formatter = zoneFormatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      return undefined;
    }
    zoneFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The IANA time zone as Intl spells it (`europe/malta` → `Europe/Malta`), or undefined when
 * Intl does not know the zone.
 */
export function canonicalTimeZone(timeZone: string): string | undefined {
  return zoneFormatter(timeZone)?.resolvedOptions().timeZone;
}

/** The IANA zone names Intl lists, for suggesting the one an editor meant. */
export const timeZoneNames = (): readonly string[] => [
  'UTC',
  ...Intl.supportedValuesOf('timeZone'),
];

/** Minutes east of UTC in `timeZone` at the instant `epoch` (milliseconds). */
function zoneOffsetAt(epoch: number, timeZone: string): number {
  const formatter = zoneFormatter(timeZone);
  const name = formatter?.formatToParts(epoch).find((part) => part.type === 'timeZoneName');
  const match = /([+-])(\d{2}):?(\d{2})?/.exec(name?.value ?? '');
  if (match === null) return 0;
  const [, sign, hours, minutes = '0'] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * A local date-time (`2018-12-18T09:00`) with the UTC offset its zone had then
 * (`2018-12-18T09:00+01:00`); any other date is returned as written. A time skipped when the
 * clocks go forward takes the offset from before the change; a repeated time the earlier one.
 */
export function withZoneOffset(value: string, timeZone: string | undefined): string {
  const written = readDate(value);
  if (timeZone === undefined || written === undefined || !isLocal(written)) return value;
  if (zoneFormatter(timeZone) === undefined) return value;
  const asUtc = writtenInstant(written).getTime();
  const before = zoneOffsetAt(asUtc - 86_400_000, timeZone);
  const after = zoneOffsetAt(asUtc + 86_400_000, timeZone);
  // Of the (at most two) offsets around the time, the first that maps back to the written clock.
  const offset =
    [before, after].find(
      (candidate) => zoneOffsetAt(asUtc - candidate * 60_000, timeZone) === candidate,
    ) ?? before;
  return `${value}${offsetText(offset)}`;
}
