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
  const startText = start === undefined ? undefined : formatDate(start, locale);
  if (start === undefined || startText === undefined) return null;
  const startTime = <time dateTime={start}>{startText}</time>;
  // An end that is no date (unvalidated props) is dropped, as if it were not given.
  const endText = end === undefined ? undefined : formatDate(end, locale);
  if (end === undefined || endText === undefined || sameDay(start, end)) {
    return endText === undefined ? fillParts(messages.dateFrom, { start: startTime }) : startTime;
  }
  const endTime = <time dateTime={end}>{endText}</time>;
  return <>{fillParts(messages.dateRange, { start: startTime, end: endTime })}</>;
}
