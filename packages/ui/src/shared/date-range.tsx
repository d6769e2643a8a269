import type { DateMessages } from './date-messages.js';
import { formatDate, sameDay } from './dates.js';
import { fillParts } from './fill-parts.js';

interface DateRangeProps {
  start: string | undefined;
  end: string | undefined;
  locale: string;
  messages: DateMessages;
}

/** One or two `<time>` elements in the locale's words; nothing without a start. */
export function DateRange({ start, end, locale, messages }: DateRangeProps) {
  if (start === undefined) return null;
  const startTime = <time dateTime={start}>{formatDate(start, locale)}</time>;
  if (end === undefined || sameDay(start, end)) {
    return end === undefined ? fillParts(messages.dateFrom, { start: startTime }) : startTime;
  }
  const endTime = <time dateTime={end}>{formatDate(end, locale)}</time>;
  return <>{fillParts(messages.dateRange, { start: startTime, end: endTime })}</>;
}
