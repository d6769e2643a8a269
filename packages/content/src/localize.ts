import type { ContentDocument } from './schemas/document.js';

/** A document chosen for a language: the translation in it, or the version shown instead. */
export interface Localized<Document extends ContentDocument = ContentDocument> {
  document: Document;
  /** The language asked for. */
  lang: string;
  /** True when the document is not in `lang` and a fallback is shown: say so to readers. */
  isFallback: boolean;
}

/** Each document's family: the document and its translations, whichever side lists them. */
function familiesOf<Document extends ContentDocument>(collection: readonly Document[]) {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let current = id;
    for (let next = parent.get(current); next !== undefined && next !== current; ) {
      current = next;
      next = parent.get(current);
    }
    parent.set(id, current);
    return current;
  };
  for (const document of collection) {
    if (!parent.has(document.id)) parent.set(document.id, document.id);
    for (const translation of document.translations ?? []) {
      if (!parent.has(translation)) parent.set(translation, translation);
      const [a, b] = [root(document.id), root(translation)];
      if (a !== b) parent.set(b, a);
    }
  }
  const families = new Map<string, Document[]>();
  for (const document of collection) {
    const key = root(document.id);
    families.set(key, [...(families.get(key) ?? []), document]);
  }
  return [...families.values()];
}

const primary = (tag: string) => tag.split('-')[0];

/**
 * One version of every document for readers of `lang`: the document's translation in `lang`
 * (an exact tag first, then the same language with another region or script), else the first
 * of `fallbacks` it exists in, else its first version in the collection. Families are linked by
 * `translations` in either direction and come back in the order of their first document.
 */
export function localize<Document extends ContentDocument>(
  collection: readonly Document[],
  lang: string,
  fallbacks: readonly string[] = [],
): Localized<Document>[] {
  return familiesOf(collection).flatMap((family): Localized<Document>[] => {
    const inLanguage =
      family.find((document) => document.lang === lang) ??
      family.find((document) => primary(document.lang) === primary(lang));
    if (inLanguage) return [{ document: inLanguage, lang, isFallback: false }];
    const fallback =
      fallbacks.flatMap((tag) => family.find((document) => document.lang === tag) ?? [])[0] ??
      family[0];
    return fallback ? [{ document: fallback, lang, isFallback: true }] : [];
  });
}
