import { UN_LANGUAGES, type UnLanguage, unLanguageOf } from './languages.js';

/** A component's built-in strings in each of the six UN languages. */
export type Catalogue<Messages> = Readonly<Record<UnLanguage, Messages>>;

/**
 * What a site may override: any string, and any entry of a group of strings (a status name,
 * an SDG name) without restating the rest of the group.
 */
export type MessageOverrides<Messages> = {
  [Key in keyof Messages]?: Messages[Key] extends string ? string : Partial<Messages[Key]>;
};

/** The strings for `locale` (English when the language has none), with a site's overrides. */
export function pickMessages<Messages extends object>(
  catalogue: Catalogue<Messages>,
  locale: string,
  overrides?: MessageOverrides<Messages>,
): Messages {
  const base = catalogue[unLanguageOf(locale)];
  if (overrides === undefined) return base;
  const merged: Record<string, unknown> = { ...(base as object) };
  for (const [key, value] of Object.entries(overrides)) {
    const original = merged[key];
    merged[key] =
      typeof original === 'object' && original !== null
        ? { ...original, ...(value as object) }
        : value;
  }
  return merged as Messages;
}

/** `fill('Goal {number}', { number: 3 })` → `Goal 3`. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** One catalogue made of two, language by language (shared date strings and a component's own). */
export function combineCatalogues<First extends object, Second extends object>(
  first: Catalogue<First>,
  second: Catalogue<Second>,
): Catalogue<First & Second> {
  return Object.fromEntries(
    UN_LANGUAGES.map((language) => [language, { ...first[language], ...second[language] }]),
  ) as Catalogue<First & Second>;
}

/** The catalogue of one group of strings in another catalogue, like PartnerList's role names. */
export function pluckCatalogue<Messages extends object, Key extends keyof Messages>(
  catalogue: Catalogue<Messages>,
  key: Key,
): Catalogue<Messages[Key]> {
  return Object.fromEntries(
    UN_LANGUAGES.map((language) => [language, catalogue[language][key]]),
  ) as Catalogue<Messages[Key]>;
}

/** One catalogue whose groups of strings are other catalogues: `{ sdgNames: sdgNameCatalogue }`. */
export function nestCatalogues<Groups extends Record<string, object>>(
  groups: {
    [Key in keyof Groups]: Catalogue<Groups[Key]>;
  },
): Catalogue<Groups> {
  return Object.fromEntries(
    UN_LANGUAGES.map((language) => [
      language,
      Object.fromEntries(
        Object.entries(groups).map(([key, catalogue]) => [key, catalogue[language]]),
      ),
    ]),
  ) as Catalogue<Groups>;
}
