import { describe, expect, it } from 'vitest';
import { validateCollection } from '../collection.js';
import { parseDocument, safeParseDocument } from '../parse.js';
import { sampleArticle, sampleOrganisations } from '../samples.js';
import type { Article } from '../schemas/article.js';
import { makeArticle, makeCollection, makeEvent, makeOrganisation, makeProject } from './index.js';

const factories = { makeArticle, makeEvent, makeProject, makeOrganisation };
const seeds = Array.from({ length: 24 }, (_, index) => index);

describe.each(Object.entries(factories))('%s', (_, make) => {
  it('makes a document parseDocument accepts, for every seed', () => {
    for (const seed of seeds) {
      const document = make({}, { seed });
      expect(parseDocument(document)).toEqual(document);
    }
  });

  it('makes the same document for the same seed, and seed 1 by default', () => {
    expect(make({}, { seed: 7 })).toEqual(make({}, { seed: 7 }));
    expect(make()).toEqual(make({}, { seed: 1 }));
  });

  it('gives each seed its own id', () => {
    const ids = seeds.map((seed) => make({}, { seed }).id);
    expect(new Set(ids).size).toBe(seeds.length);
  });

  it('refuses a seed that is not a whole number of 0 or more', () => {
    for (const seed of [-1, 1.5, Number.NaN]) {
      expect(() => make({}, { seed })).toThrow(RangeError);
    }
  });
});

describe('the factories', () => {
  it('vary the content with the seed', () => {
    const published = new Set(seeds.map((seed) => makeArticle({}, { seed }).published));
    const bodies = new Set(seeds.map((seed) => makeArticle({}, { seed }).body.length));
    const starts = new Set(seeds.map((seed) => makeEvent({}, { seed }).start));
    expect(published.size).toBeGreaterThan(seeds.length / 2);
    expect(bodies.size).toBeGreaterThan(1);
    expect(starts.size).toBeGreaterThan(seeds.length / 2);
  });

  it('write only text from the IOM Belarus samples', () => {
    const sampleSpans = sampleArticle.body.flatMap((block) =>
      block.type === 'paragraph' ? block.children : [],
    );
    for (const seed of seeds) {
      const article = makeArticle({}, { seed });
      expect(article.headline).toBe(sampleArticle.headline);
      for (const block of article.body) {
        const text = block.type === 'paragraph' ? block.children : [];
        for (const span of text) expect(sampleSpans).toContainEqual(span);
      }
      expect(sampleOrganisations.map((each) => each.name)).toContain(
        makeOrganisation({}, { seed }).name,
      );
    }
  });

  it('apply overrides to top-level fields as given', () => {
    const article = makeArticle({ headline: 'A headline for a test', label: 'Test' }, { seed: 2 });
    expect(article).toMatchObject({
      id: 'article-2',
      headline: 'A headline for a test',
      label: 'Test',
    });
    expect(makeOrganisation({ id: 'iom-test' }).id).toBe('iom-test');
  });

  it('leave an invalid override for parseDocument to report, never hiding it', () => {
    const result = safeParseDocument(
      makeArticle({ headline: '', sumary: 'Partners' } as Partial<Article>),
    );
    expect(result.errors).toEqual([
      { path: 'headline', message: 'write some text here; it is empty' },
      { path: 'sumary', message: "unknown field 'sumary' — did you mean 'summary'?" },
    ]);
    expect(safeParseDocument(makeEvent({ start: '2024-11-05', end: '2024-11-04' })).errors).toEqual(
      [{ path: 'end', message: 'the event ends before it starts' }],
    );
    expect(
      safeParseDocument(makeProject({ participants: [{ organisation: 'who', role: 'funding' }] }))
        .errors,
    ).toEqual([
      {
        path: 'participants',
        message: 'name at least one implementing organisation (role "implementing")',
      },
    ]);
  });

  it('hand out copies: changing one document changes no other, nor the samples', () => {
    const first = makeArticle();
    const heading = first.body[0];
    if (heading?.type === 'paragraph') heading.children.push({ type: 'text', text: 'extra' });
    first.themes?.push('Changed');
    expect(makeArticle()).not.toEqual(first);
    expect(sampleArticle.themes).toEqual(['Migration health']);
  });
});

describe('makeCollection', () => {
  it('makes documents that refer to one another and pass validateCollection', () => {
    const collection = makeCollection({ seed: 4, count: 3 });
    expect(collection.map((document) => document.id)).toEqual([
      'organisation-4',
      'project-4',
      'event-4',
      'article-4',
      'organisation-5',
      'project-5',
      'event-5',
      'article-5',
      'organisation-6',
      'project-6',
      'event-6',
      'article-6',
    ]);
    for (const document of collection) expect(parseDocument(document)).toEqual(document);
    expect(validateCollection(collection)).toEqual([]);
    expect(makeCollection({ seed: 4, count: 3 })).toEqual(collection);
  });

  it('makes one set for seed 1 by default, and none for a count of 0', () => {
    expect(makeCollection()).toEqual([
      makeOrganisation(),
      makeProject(),
      makeEvent(),
      makeArticle(),
    ]);
    expect(makeCollection({ count: 0 })).toEqual([]);
    expect(() => makeCollection({ count: -1 })).toThrow(RangeError);
  });
});
