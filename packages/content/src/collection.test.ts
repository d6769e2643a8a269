import { describe, expect, it } from 'vitest';
import { validateCollection } from './collection.js';
import {
  sampleArticle,
  sampleCollection,
  sampleEvent,
  sampleOrganisation,
  sampleProject,
  sampleTranslations,
} from './samples.js';
import type { ContentDocument } from './schemas/document.js';

describe('validateCollection', () => {
  it('finds nothing wrong with the IOM Belarus samples', () => {
    expect(validateCollection(sampleCollection)).toEqual([]);
  });

  it('reports a duplicate id on the second document that uses it', () => {
    const copy = { ...sampleOrganisation('who'), name: 'Another WHO' };
    const documents = [sampleOrganisation('who'), sampleProject, copy];
    expect(validateCollection(documents)).toContainEqual({
      index: 2,
      id: 'who',
      path: 'id',
      message: "the id 'who' is already used by an organisation (document 1); ids must be unique",
    });
  });

  it('reports references to documents that do not exist, with their path', () => {
    const errors = validateCollection([sampleProject]);
    expect(errors).toEqual([
      {
        index: 0,
        id: sampleProject.id,
        path: 'participants[0].organisation',
        message: "refers to 'iom-belarus', but no document has that id",
      },
      {
        index: 0,
        id: sampleProject.id,
        path: 'participants[1].organisation',
        message: "refers to 'ministry-of-health-belarus', but no document has that id",
      },
      {
        index: 0,
        id: sampleProject.id,
        path: 'participants[2].organisation',
        message: "refers to 'iom-development-fund', but no document has that id",
      },
    ]);
  });

  it('reports references to a document of the wrong type', () => {
    const event = { ...sampleEvent, organisers: [sampleProject.id], project: 'iom' };
    const documents: ContentDocument[] = [
      ...sampleCollection.filter((d) => d.id !== event.id),
      event,
    ];
    expect(validateCollection(documents).map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'organisers[0]',
        message: `refers to '${sampleProject.id}', which is a project; an organisation is expected here`,
      },
      {
        path: 'project',
        message: "refers to 'iom', which is an organisation; a project is expected here",
      },
    ]);
  });

  it('checks references made inside quotes in the body', () => {
    const body = sampleArticle.body.map((block) =>
      block.type === 'quote'
        ? {
            ...block,
            quote: {
              ...block.quote,
              speaker: { ...block.quote.speaker, organisation: 'iom-minsk' },
            },
          }
        : block,
    );
    const errors = validateCollection([
      ...sampleCollection.filter((d) => d !== sampleArticle),
      { ...sampleArticle, body },
    ]);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['body[2].quote.speaker.organisation', "refers to 'iom-minsk', but no document has that id"],
    ]);
  });

  it('reports translations that are missing, of another type, or in the same language', () => {
    const article = {
      ...sampleArticle,
      translations: ['no-such-article', 'iom', sampleTranslations.ru.id, sampleArticle.id],
    };
    const russianInEnglish = { ...sampleTranslations.ru, lang: 'en', translations: [] };
    const errors = validateCollection([
      ...sampleCollection.filter((d) => d.type !== 'article'),
      article,
      russianInEnglish,
    ]);
    expect(errors.map((e) => [e.id, e.path, e.message])).toEqual([
      [article.id, 'translations[0]', "refers to 'no-such-article', but no document has that id"],
      [
        article.id,
        'translations[1]',
        "'iom' is an organisation, so it cannot translate an article",
      ],
      [
        article.id,
        'translations[2]',
        `'${sampleTranslations.ru.id}' is written in the same language (en); a translation must be in another language`,
      ],
      [
        article.id,
        'translations[3]',
        `'${sampleArticle.id}' is written in the same language (en); a translation must be in another language`,
      ],
    ]);
  });

  it('accepts references to documents known to exist outside the list', () => {
    expect(
      validateCollection([sampleProject], {
        knownDocuments: [
          { id: 'iom-belarus', type: 'organisation' },
          { id: 'ministry-of-health-belarus', type: 'organisation' },
          { id: 'iom-development-fund', type: 'organisation' },
        ],
      }),
    ).toEqual([]);
    expect(
      validateCollection([sampleProject], {
        knownDocuments: [
          { id: 'iom-belarus', type: 'event' },
          { id: 'ministry-of-health-belarus', type: 'organisation' },
          { id: 'iom-development-fund', type: 'organisation' },
        ],
      })[0]?.message,
    ).toBe("refers to 'iom-belarus', which is an event; an organisation is expected here");
  });
});
