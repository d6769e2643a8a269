/**
 * Intl formatters are costly to build (each loads locale data), so every one is made once per
 * locale and options and kept for the life of the process, never built during a render.
 */
const formatters = new Map<string, unknown>();

function cached<Formatter>(key: string, create: () => Formatter): Formatter {
  let formatter = formatters.get(key) as Formatter | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The locale in canonical form, or English when a site passes a tag Intl cannot use. */
export function canonicalLocale(locale: string): string {
  return cached(`locale:${locale}`, () => {
    try {
      return Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

// The forms a date is shown in: one constant each, not one table, so a component's bundle
// carries only the forms it shows.
export const LONG_DATE = { dateStyle: 'long' } as const;
export const MONTH_YEAR = { month: 'long', year: 'numeric' } as const;
export const TIME = { timeStyle: 'short' } as const;
export const DAY_OF_MONTH = { day: 'numeric' } as const;
export const SHORT_MONTH = { month: 'short' } as const;
export const YEAR = { year: 'numeric' } as const;

export type DateFormat = Omit<Intl.DateTimeFormatOptions, 'timeZone'>;

/**
 * Dates are formatted as written, in the place they were written for: `calendarDate` turns the
 * written day and time into a UTC instant, and every formatter reads it back in UTC, so a
 * server in another time zone never shifts 5 November to the 4th. The cache key spells the
 * form out, so two equal forms share a formatter.
 */
export const dateFormatter = (locale: string, format: DateFormat) =>
  cached(
    `date:${JSON.stringify(format)}:${locale}`,
    () => new Intl.DateTimeFormat(canonicalLocale(locale), { ...format, timeZone: 'UTC' }),
  );

const currencyFormatter = (locale: string, currency: string) =>
  cached(
    `currency:${currency}:${locale}`,
    () =>
      new Intl.NumberFormat(canonicalLocale(locale), {
        style: 'currency',
        currency,
        trailingZeroDisplay: 'stripIfInteger',
      }),
  );

/** An amount in its currency; undefined for a code Intl refuses (props that skipped validation). */
export function formatMoney(locale: string, amount: number, currency: string): string | undefined {
  try {
    return currencyFormatter(locale, currency).format(amount);
  } catch {
    return undefined;
  }
}

/** A country's name; undefined for a code Intl refuses (props that skipped validation). */
export function countryName(locale: string, code: string): string | undefined {
  try {
    return regionNames(locale).of(code);
  } catch {
    return undefined;
  }
}

const regionNames = (locale: string) =>
  cached(
    `region:${locale}`,
    () => new Intl.DisplayNames(canonicalLocale(locale), { type: 'region', fallback: 'code' }),
  );

export const listFormatter = (locale: string) =>
  cached(
    `list:${locale}`,
    () => new Intl.ListFormat(canonicalLocale(locale), { type: 'conjunction', style: 'long' }),
  );

/** A language's name in that language, capitalised as a menu item: `Français`, `Русский`, `العربية`. */
export const nativeLanguageName = (language: string) =>
  cached(`language:${language}`, () => {
    const locale = canonicalLocale(language);
    const name = new Intl.DisplayNames(locale, { type: 'language' }).of(locale) ?? language;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  });

export const numberFormatter = (locale: string) =>
  cached(`number:${locale}`, () => new Intl.NumberFormat(canonicalLocale(locale)));

/** Names a time zone the locale's short way (`CET`, `GMT+1`) at a given instant. */
export const zoneNameFormatter = (locale: string, timeZone: string) =>
  cached(`zone:${timeZone}:${locale}`, () => {
    try {
      return new Intl.DateTimeFormat(canonicalLocale(locale), { timeZone, timeZoneName: 'short' });
    } catch {
      return undefined;
    }
  });
