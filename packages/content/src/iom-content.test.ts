import { describe, expect, it } from 'vitest';
import { withZoneOffset } from './dates.js';
import { toJsonLd } from './json-ld/index.js';
import { safeParseDocument } from './parse.js';
import type { ContentDocument } from './schemas/document.js';
import { makeArticle, makeEvent, makeOrganisation, makeProject } from './testing/index.js';

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

describe('JSON-LD uses the new fields where schema.org has a property', () => {
  const baseUrl = 'https://www.iom.int';

  it('sessions become subEvents, images, audience and themes their properties', () => {
    const node = toJsonLd(
      makeEvent({
        sessions: [
          {
            title: 'Opening',
            start: '2018-12-18T09:00+01:00',
            end: '2018-12-18T10:00+01:00',
            location: { name: 'Valletta' },
          },
        ],
        images: [{ src: '/images/day.jpg', alt: 'The celebration' }],
        audience: 'Everyone',
        themes: ['Migration'],
      }),
      { baseUrl },
    );
    expect(node).toMatchObject({
      subEvent: [
        {
          '@type': 'Event',
          name: 'Opening',
          startDate: '2018-12-18T09:00+01:00',
          endDate: '2018-12-18T10:00+01:00',
          location: { '@type': 'Place', name: 'Valletta' },
        },
      ],
      image: [{ '@type': 'ImageObject', contentUrl: 'https://www.iom.int/images/day.jpg' }],
      audience: { '@type': 'Audience', audienceType: 'Everyone' },
      keywords: ['Migration'],
    });
  });

  it("a project's short title is its alternate name, its codes identifiers beside IATI's", () => {
    const node = toJsonLd(
      makeProject({
        shortTitle: 'REMA(K)ER',
        iatiIdentifier: 'XM-DAC-47066-BD10P0501',
        identifiers: [{ scheme: 'iom-project-code', value: 'BD10P0501' }],
      }),
      { baseUrl },
    );
    expect(node).toMatchObject({
      alternateName: 'REMA(K)ER',
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'IATI', value: 'XM-DAC-47066-BD10P0501' },
        { '@type': 'PropertyValue', propertyID: 'iom-project-code', value: 'BD10P0501' },
      ],
    });
    const withoutCodes = toJsonLd(makeProject({ iatiIdentifier: undefined }), { baseUrl });
    expect(withoutCodes).not.toHaveProperty('identifier');
    expect(withoutCodes).not.toHaveProperty('alternateName');
  });

  it('names in other languages are language-tagged alternate names', () => {
    const node = toJsonLd(
      makeOrganisation({
        shortName: 'IOM',
        names: { fr: 'Organisation internationale pour les migrations' },
      }),
      { baseUrl },
    );
    expect(node.alternateName).toEqual([
      'IOM',
      { '@value': 'Organisation internationale pour les migrations', '@language': 'fr' },
    ]);
  });
});

describe('local event times in an IANA time zone', () => {
  const baseUrl = 'https://www.iom.int';
  const valletta = {
    start: '2018-12-18T09:00',
    end: '2018-12-18T20:30',
    timeZone: 'Europe/Malta',
  };

  it('accepts local times with a zone, and derives the offset for that date', () => {
    expect(errorsOf(makeEvent(valletta))).toEqual([]);
    expect(toJsonLd(makeEvent(valletta), { baseUrl })).toMatchObject({
      startDate: '2018-12-18T09:00+01:00',
      endDate: '2018-12-18T20:30+01:00',
    });
    // Summer time: the same zone is two hours ahead in July.
    expect(withZoneOffset('2019-07-01T09:00', 'Europe/Malta')).toBe('2019-07-01T09:00+02:00');
  });

  it('takes the offset from before the change for a time the clocks skip', () => {
    // Malta's clocks went from 02:00 to 03:00 on 31 March 2019.
    expect(withZoneOffset('2019-03-31T02:30', 'Europe/Malta')).toBe('2019-03-31T02:30+01:00');
    expect(withZoneOffset('2019-10-27T02:30', 'Europe/Malta')).toBe('2019-10-27T02:30+02:00');
  });

  it('keeps date-times with an explicit offset working, with or without a zone', () => {
    expect(errorsOf(makeEvent({ ...valletta, end: '2018-12-18T20:30+01:00' }))).toEqual([]);
    expect(errorsOf(makeEvent({ start: '2024-11-05T10:00+03:00' }))).toEqual([]);
  });

  it('orders local times in their zone', () => {
    expect(errorsOf(makeEvent({ ...valletta, end: '2018-12-18T08:30' }))).toEqual([
      { path: 'end', message: 'the event ends before it starts' },
    ]);
    expect(errorsOf(makeEvent({ ...valletta, end: '2018-12-18T08:30+01:00' }))).toEqual([
      { path: 'end', message: 'the event ends before it starts' },
    ]);
  });

  it('asks for an offset or a zone when a local time has neither', () => {
    const message =
      "add the UTC offset (like 2018-12-18T09:00+01:00), or give the event's timeZone (like 'Europe/Malta')";
    expect(
      errorsOf(
        makeEvent({
          start: '2018-12-18T09:00',
          sessions: [
            { title: 'Opening', start: '2018-12-18T09:00+01:00', end: '2018-12-18T10:00' },
          ],
        }),
      ),
    ).toEqual([
      { path: 'start', message },
      { path: 'sessions[0].end', message },
    ]);
  });

  it('rejects an unknown zone and suggests the one meant', () => {
    expect(errorsOf(makeEvent({ ...valletta, timeZone: 'Europe/Malt' }))).toEqual([
      {
        path: 'timeZone',
        message: "'Europe/Malt' is not a time zone — did you mean 'Europe/Malta'?",
      },
    ]);
    expect(errorsOf(makeEvent({ ...valletta, timeZone: 'europe/malta' }))).toEqual([
      { path: 'timeZone', message: "write the time zone as 'Europe/Malta'" },
    ]);
    expect(errorsOf(makeEvent({ ...valletta, timeZone: 'Mars/Olympus_Mons' }))).toEqual([
      {
        path: 'timeZone',
        message: "'Mars/Olympus_Mons' is not a time zone; use an IANA name, like 'Europe/Malta'",
      },
    ]);
  });
});
