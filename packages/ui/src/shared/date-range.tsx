import type { DateMessages } from './date-messages.js';
import { formatDate, precisionOf, sameShownDate, shownEnd } from './dates.js';
import { fillParts } from './fill-parts.js';

interface DateRangeProps {
  start: string | undefined;
  end: string | undefined;
  locale: string;
  messages: DateMessages;
}

/**
 * One or two `<time>` elements in the locale's words, each as precise as written ("2019 – 2023",
 * "March 2019", "5 November 2024"); the end in its start's offset. Nothing without a start.
 */
export function DateRange({ start, end, locale, messages }: DateRangeProps) {
  if (start === undefined) return null;
  const startTime = <time dateTime={start}>{formatDate(start, locale)}</time>;
  if (end === undefined || sameShownDate(start, end, locale)) {
    if (end !== undefined) return startTime;
    const period = precisionOf(start) === 'year' || precisionOf(start) === 'month';
    return fillParts(period ? messages.dateFromPeriod : messages.dateFrom, { start: startTime });
  }
  const endTime = <time dateTime={end}>{formatDate(shownEnd(start, end), locale)}</time>;
  return <>{fillParts(messages.dateRange, { start: startTime, end: endTime })}</>;
}
