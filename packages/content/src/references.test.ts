import { describe, expect, it } from 'vitest';
import { referenceFieldsOf, referencesOf } from './references.js';
import { resolve } from './resolve.js';
import { sampleCollection } from './samples.js';
import { ArticleSchema } from './schemas/article.js';
import { EventSchema } from './schemas/event.js';
import { OrganisationSchema } from './schemas/organisation.js';
import { ProjectSchema } from './schemas/project.js';
import { makeCollection } from './testing/index.js';

describe('references are read from the schemas', () => {
  // The schemas declare these with `reference(type)`; `referencesOf`, `resolve` and
  // `validateCollection` follow exactly them. A new reference field shows up here by itself.
  it.each([
    [OrganisationSchema, ['parent: organisation']],
    [
      ProjectSchema,
      [
        'body[].quote.speaker.organisation: organisation',
        'participants[].organisation: organisation',
      ],
    ],
    [
      EventSchema,
      [
        'body[].quote.speaker.organisation: organisation',
        'organisers[]: organisation',
        'participants[]: organisation',
        'speakers[].organisation: organisation',
        'project: project',
        'relatedProjects[]: project',
      ],
    ],
    [
      ArticleSchema,
      [
        'body[].quote.speaker.organisation: organisation',
        'quotes[].speaker.organisation: organisation',
        'author: organisation',
        'publisher: organisation',
        'relatedProjects[]: project',
        'relatedEvents[]: event',
        'relatedOrganisations[]: organisation',
      ],
    ],
  ])('%#: every reference field is found', (schema, fields) => {
    expect(referenceFieldsOf(schema).sort()).toEqual([...fields].sort());
  });

  it('resolve replaces every reference the schemas declare, in samples and factories', () => {
    const collection = [...sampleCollection, ...makeCollection({ count: 3 })];
    for (const document of collection) {
      const resolved = resolve(document, collection) as unknown as Record<string, unknown>;
      for (const reference of referencesOf(document)) {
        const keys = Array.from(
          reference.path.matchAll(/([^.[\]]+)|\[(\d+)\]/g),
          ([, name, index]) => (index === undefined ? (name as string) : Number(index)),
        );
        const value = keys.reduce<unknown>(
          (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
          resolved,
        );
        // Either the document it names, or left out when the collection has none.
        if (value !== undefined) expect(value).toMatchObject({ id: reference.id });
      }
    }
  });
});
