import type { Catalogue } from './messages.js';

export interface DateMessages {
  /** A span of days or times; `{start}` and `{end}` are the formatted dates. */
  dateRange: string;
  /** A span with no end yet. */
  dateFrom: string;
}

export const dateMessages: Catalogue<DateMessages> = {
  en: { dateRange: '{start} – {end}', dateFrom: 'From {start}' },
  fr: { dateRange: '{start} – {end}', dateFrom: 'À partir du {start}' },
  es: { dateRange: '{start} – {end}', dateFrom: 'Desde el {start}' },
  ar: { dateRange: '{start} – {end}', dateFrom: 'اعتبارًا من {start}' },
  ru: { dateRange: '{start} – {end}', dateFrom: 'С {start}' },
  zh: { dateRange: '{start}至{end}', dateFrom: '自{start}起' },
};
