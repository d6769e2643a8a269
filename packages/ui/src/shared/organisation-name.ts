import type { Organisation } from '@iom/content';

/** What naming an organisation reads: its name, the language it is in, and its other names. */
export type NamedOrganisation = Pick<Organisation, 'name' | 'lang' | 'names'>;

/**
 * The organisation's name in the page's language when the content gives one (`names`), else
 * its own `name`, with the language the name is written in, so a component marks the name
 * with `lang` when it falls back to another language.
 */
export function organisationNameIn(
  organisation: NamedOrganisation,
  locale: string,
): { name: string; lang: string } {
  const language = locale.split('-')[0] ?? locale;
  for (const tag of [locale, language]) {
    const name = organisation.names?.[tag];
    if (name !== undefined) return { name, lang: tag };
  }
  return { name: organisation.name, lang: organisation.lang };
}
