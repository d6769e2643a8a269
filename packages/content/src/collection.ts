import type { ContentError } from './errors.js';
import { type Reference, referencesOf } from './references.js';
import type { ContentDocument } from './schemas/document.js';

/** A problem that shows only when documents are read together. */
export interface CollectionError extends ContentError {
  /** The position of the document with the problem in the list given. */
  index: number;
  /** The id of the document with the problem. */
  id: string;
}

export interface ValidateCollectionOptions {
  /**
   * Documents that exist outside the list (published elsewhere, or set aside because they did
   * not validate): references to them are accepted. Default: none.
   */
  knownDocuments?: Iterable<{ id: string; type: ContentDocument['type']; lang?: string }>;
}

/** The rules `validateCollection` checks, which no schema of one document can (nor JSON Schema). */
export const COLLECTION_RULES: readonly string[] = [
  'Every id is unique in the collection.',
  'Every reference names a document of the expected type in the collection.',
  'Every translation is a document of the same type in another language.',
];

const withArticle = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/**
 * `validateCollection` for documents whose references `referencesOf` lists: the kit's, or a
 * site model's, whose own reference fields are followed too.
 */
export function collectionValidator(
  referencesIn: (document: ContentDocument) => Reference[],
): (
  documents: readonly ContentDocument[],
  options?: ValidateCollectionOptions,
) => CollectionError[] {
  return (documents, options = {}) => checkCollection(documents, options, referencesIn);
}

/**
 * Checks what no single document can: ids are unique, references point at documents that
 * exist and have the expected type, and translations are the same type in another language.
 */
export function validateCollection(
  documents: readonly ContentDocument[],
  options: ValidateCollectionOptions = {},
): CollectionError[] {
  return checkCollection(documents, options, referencesOf);
}

function checkCollection(
  documents: readonly ContentDocument[],
  options: ValidateCollectionOptions,
  referencesIn: (document: ContentDocument) => Reference[],
): CollectionError[] {
  const errors: CollectionError[] = [];
  const byId = new Map<string, { document: ContentDocument; index: number }>();
  const known = new Map<string, Pick<ContentDocument, 'id' | 'type'> & { lang?: string }>();
  for (const document of options.knownDocuments ?? []) known.set(document.id, document);

  documents.forEach((document, index) => {
    const first = byId.get(document.id);
    if (first === undefined) {
      byId.set(document.id, { document, index });
    } else {
      errors.push({
        index,
        id: document.id,
        path: 'id',
        message: `the id '${document.id}' is already used by ${withArticle(first.document.type)} (document ${first.index + 1}); ids must be unique`,
      });
    }
  });

  documents.forEach((document, index) => {
    const report = (path: string, message: string) =>
      errors.push({ index, id: document.id, path, message });

    for (const reference of referencesIn(document)) {
      const target = byId.get(reference.id)?.document ?? known.get(reference.id);
      if (target === undefined) {
        report(reference.path, `refers to '${reference.id}', but no document has that id`);
      } else if (target.type !== reference.expectedType) {
        report(
          reference.path,
          `refers to '${reference.id}', which is ${withArticle(target.type)}; ${withArticle(reference.expectedType)} is expected here`,
        );
      }
    }

    document.translations?.forEach((translationId, position) => {
      const path = `translations[${position}]`;
      const target = byId.get(translationId)?.document ?? known.get(translationId);
      if (target === undefined) {
        report(path, `refers to '${translationId}', but no document has that id`);
      } else if (target.type !== document.type) {
        report(
          path,
          `'${translationId}' is ${withArticle(target.type)}, so it cannot translate ${withArticle(document.type)}`,
        );
      } else if (target.lang === document.lang) {
        report(
          path,
          `'${translationId}' is written in the same language (${document.lang}); a translation must be in another language`,
        );
      }
    });
  });

  return errors;
}
