export interface DateMessages {
  /** A span of days or times; `{start}` and `{end}` are the formatted dates. */
  dateRange: string;
  /** A span with no end yet. */
  dateFrom: string;
}

export const en: DateMessages = { dateRange: '{start} – {end}', dateFrom: 'From {start}' };
export const fr: DateMessages = { dateRange: '{start} – {end}', dateFrom: 'À partir du {start}' };
export const es: DateMessages = { dateRange: '{start} – {end}', dateFrom: 'Desde el {start}' };
export const ar: DateMessages = { dateRange: '{start} – {end}', dateFrom: 'اعتبارًا من {start}' };
export const ru: DateMessages = { dateRange: '{start} – {end}', dateFrom: 'С {start}' };
export const zh: DateMessages = { dateRange: '{start}至{end}', dateFrom: '自{start}起' };
