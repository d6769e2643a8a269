import { describe, expect, it } from 'vitest';
import { toJsonLd } from './json-ld/index.js';
import { safeParseDocument } from './parse.js';
import type { ContentDocument } from './schemas/document.js';
import { makeArticle, makeEvent, makeProject } from './testing/index.js';

const errorsOf = (document: ContentDocument) =>
  safeParseDocument(document).errors?.map(({ path, message }) => ({ path, message })) ?? [];

describe('dates at the precision the source gives, in every document', () => {
  it('a project may run from 2019 to 2023, as its page says', () => {
    expect(errorsOf(makeProject({ dates: { actualStart: '2019', actualEnd: '2023' } }))).toEqual(
      [],
    );
  });

  it('orders at the coarser precision: 2019 to 2019-06 is fine, 2020 to 2019-12 is not', () => {
    expect(
      errorsOf(makeProject({ dates: { plannedStart: '2019', plannedEnd: '2019-06' } })),
    ).toEqual([]);
    expect(errorsOf(makeProject({ dates: { actualStart: '2020', actualEnd: '2019-12' } }))).toEqual(
      [{ path: 'dates.actualEnd', message: 'the actual end is before the actual start' }],
    );
  });

  it('an event may be announced for a month and end on a day of it', () => {
    expect(errorsOf(makeEvent({ start: '2025-03', end: '2025-03-14' }))).toEqual([]);
    expect(errorsOf(makeEvent({ start: '2025-03', end: '2025-02-28' }))).toEqual([
      { path: 'end', message: 'the event ends before it starts' },
    ]);
  });

  it('an article may give the day it was published, with no invented time', () => {
    expect(errorsOf(makeArticle({ published: '2024-02-05' }))).toEqual([]);
    expect(
      errorsOf(makeArticle({ published: '2024-02-05', modified: '2024-02-04T23:00Z' })),
    ).toEqual([{ path: 'modified', message: 'modified before it was published' }]);
  });

  it('rejects years before 1000 wherever a date goes', () => {
    const message = 'write the year with four digits, from 1000, like 2019';
    expect(errorsOf(makeArticle({ published: '0024-02-05' }))).toEqual([
      { path: 'published', message },
    ]);
    expect(errorsOf(makeProject({ dates: { actualStart: '0019' } }))).toEqual([
      { path: 'dates.actualStart', message },
    ]);
  });
});

describe('JSON-LD states dates exactly as precise as the content', () => {
  const baseUrl = 'https://www.iom.int';

  it('a day stays a day, a year a year, a month a month', () => {
    expect(toJsonLd(makeArticle({ published: '2024-02-05' }), { baseUrl })).toMatchObject({
      datePublished: '2024-02-05',
    });
    expect(
      toJsonLd(makeProject({ dates: { actualStart: '2019', actualEnd: '2023' } }), { baseUrl }),
    ).toMatchObject({ foundingDate: '2019', dissolutionDate: '2023' });
    expect(toJsonLd(makeEvent({ start: '2025-03', end: '2025-04' }), { baseUrl })).toMatchObject({
      startDate: '2025-03',
      endDate: '2025-04',
    });
  });
});
