export interface DateMessages {
  /** A span of days or times; `{start}` and `{end}` are the formatted dates. */
  dateRange: string;
  /** A span with no end yet, from a day. */
  dateFrom: string;
  /** A span with no end yet, from a month or a year ("From 2019", "À partir de mars 2019"). */
  dateFromPeriod: string;
}

export const en: DateMessages = {
  dateRange: '{start} – {end}',
  dateFrom: 'From {start}',
  dateFromPeriod: 'From {start}',
};
export const fr: DateMessages = {
  dateRange: '{start} – {end}',
  dateFrom: 'À partir du {start}',
  dateFromPeriod: 'À partir de {start}',
};
export const es: DateMessages = {
  dateRange: '{start} – {end}',
  dateFrom: 'Desde el {start}',
  dateFromPeriod: 'Desde {start}',
};
export const ar: DateMessages = {
  dateRange: '{start} – {end}',
  dateFrom: 'اعتبارًا من {start}',
  dateFromPeriod: 'اعتبارًا من {start}',
};
// Intl names a month in the nominative ("март 2019 г."), which "С" cannot take.
export const ru: DateMessages = {
  dateRange: '{start} – {end}',
  dateFrom: 'С {start}',
  dateFromPeriod: 'Начало: {start}',
};
export const zh: DateMessages = {
  dateRange: '{start}至{end}',
  dateFrom: '自{start}起',
  dateFromPeriod: '自{start}起',
};
