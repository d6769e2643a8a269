/** A language's name in that language: `English`, `русский`, `العربية`. */
export const nativeLanguageName = (lang: string): string =>
  new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The day an ISO date or date-time names, as written (`2024-11-05T12:00:00+03:00` is 5 November
 * wherever the site is built), in the locale's long form.
 */
export function formatDay(value: string, lang: string): string {
  let formatter = dayFormatters.get(lang);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormatters.set(lang, formatter);
  }
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return formatter.format(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: string): string {
  let formatter = numberFormatters.get(lang);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(lang);
    numberFormatters.set(lang, formatter);
  }
  return formatter.format(value);
}
