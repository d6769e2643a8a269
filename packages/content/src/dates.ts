const hasTime = (value: string) => value.length > 10;

/**
 * Orders two ISO 8601 dates or date-times. Two moments compare as instants (offsets applied);
 * when either is a whole day, both compare by their calendar day as written, because a
 * day-long event "ends" on the same day it starts at 10:00.
 */
export function compareDates(a: string, b: string): number {
  if (hasTime(a) && hasTime(b)) return Date.parse(a) - Date.parse(b);
  return a.slice(0, 10).localeCompare(b.slice(0, 10));
}
