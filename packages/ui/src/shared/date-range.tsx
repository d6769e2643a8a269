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
  const startText = start === undefined ? undefined : formatDate(start, locale);
  if (start === undefined || startText === undefined) return null;
  const startTime = <time dateTime={start}>{startText}</time>;
  // An end that is no date (unvalidated props) is dropped, as if it were not given.
  const endText = end === undefined ? undefined : formatDate(shownEnd(start, end), locale);
  if (end === undefined || endText === undefined) {
    const period = precisionOf(start) === 'year' || precisionOf(start) === 'month';
    return fillParts(period ? messages.dateFromPeriod : messages.dateFrom, { start: startTime });
  }
  if (sameShownDate(start, end, locale)) return startTime;
  const endTime = <time dateTime={end}>{endText}</time>;
  return <>{fillParts(messages.dateRange, { start: startTime, end: endTime })}</>;
}
