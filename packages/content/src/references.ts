import type { ContentDocument } from './schemas/document.js';
import type { DocumentType } from './schemas/primitives.js';

/** A link from one document to another, by id, with the type the field expects. */
export interface Reference {
  /** Where the id stands in the referring document, like `participants[0].organisation`. */
  path: string;
  id: string;
  expectedType: DocumentType;
}

/** Every reference a document makes to another document (translations aside). */
export function referencesOf(document: ContentDocument): Reference[] {
  const references: Reference[] = [];
  const one = (path: string, id: string | undefined, expectedType: DocumentType) => {
    if (id !== undefined) references.push({ path, id, expectedType });
  };
  /** Ids at `field[i]` + `suffix`; `undefined` entries are positions without a reference. */
  const many = (
    field: string,
    ids: readonly (string | undefined)[] | undefined,
    expectedType: DocumentType,
    suffix = '',
  ) => {
    for (const [index, id] of (ids ?? []).entries())
      one(`${field}[${index}]${suffix}`, id, expectedType);
  };

  switch (document.type) {
    case 'organisation':
      one('parent', document.parent, 'organisation');
      break;
    case 'project':
      many(
        'participants',
        document.participants.map((p) => p.organisation),
        'organisation',
        '.organisation',
      );
      break;
    case 'event':
      many('organisers', document.organisers, 'organisation');
      many('participants', document.participants, 'organisation');
      many(
        'speakers',
        document.speakers?.map((s) => s.organisation),
        'organisation',
        '.organisation',
      );
      one('project', document.project, 'project');
      many('relatedProjects', document.relatedProjects, 'project');
      break;
    case 'article':
      one('author', document.author, 'organisation');
      one('publisher', document.publisher, 'organisation');
      many('relatedProjects', document.relatedProjects, 'project');
      many('relatedEvents', document.relatedEvents, 'event');
      many('relatedOrganisations', document.relatedOrganisations, 'organisation');
      many(
        'quotes',
        document.quotes?.map((q) => q.speaker.organisation),
        'organisation',
        '.speaker.organisation',
      );
      break;
  }
  if (document.type !== 'organisation') {
    const speakers = document.body?.map((block) =>
      block.type === 'quote' ? block.quote.speaker.organisation : undefined,
    );
    many('body', speakers, 'organisation', '.quote.speaker.organisation');
  }
  return references;
}
