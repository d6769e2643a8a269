import { describe, expect, it } from 'vitest';
import { validateCollection } from './collection.js';
import { toJsonLd } from './json-ld/index.js';
import { parseDocument, safeParseDocument } from './parse.js';
import { resolve } from './resolve.js';
import {
  publicPageSamples,
  sampleArticle,
  sampleCollection,
  sampleEvent,
  sampleOrganisation,
  sampleOrganisations,
  sampleProject,
  sampleTranslations,
} from './samples.js';

describe('the IOM Belarus samples', () => {
  it('are every one a valid document', () => {
    for (const document of sampleCollection) expect(parseDocument(document)).toEqual(document);
  });

  it('name IOM, IOM Belarus and every partner on the page', () => {
    expect(
      sampleOrganisations.map((organisation) => organisation.shortName ?? organisation.name),
    ).toEqual([
      'IOM',
      'IOM Belarus',
      'IOM Development Fund',
      'Ministry of Health',
      'Ministry of Internal Affairs',
      'State Border Committee',
      'WHO',
      'UNAIDS',
      "Belarusian Medical Workers' Movement",
      'Business Women Club',
    ]);
    expect(sampleOrganisation('iom-belarus').parent).toBe('iom');
    expect(sampleOrganisation('iom').keyFacts).toContainEqual({
      value: 175,
      label: 'member states',
    });
  });

  it('hold the project, the roundtable and the article with its quote, from the seed page', () => {
    expect(sampleProject.title).toBe(
      'Supporting National Capacities in Migration Health Focusing on Communicable Diseases',
    );
    expect(sampleEvent.kind).toBe('roundtable');
    expect(sampleEvent.project).toBe(sampleProject.id);
    expect(sampleArticle.headline).toBe(
      "Partners in Belarus Discuss Three-Year Plan to Improve Migrants' Access to Healthcare",
    );
    const quote = sampleArticle.body.find((block) => block.type === 'quote');
    expect(quote?.type === 'quote' && quote.quote.speaker.name).toBe('Mahym Orazmuhammedova');
  });

  it('include the article in Russian and Arabic, labelled as sample translations and linked both ways', () => {
    expect(sampleTranslations.ru.lang).toBe('ru');
    expect(sampleTranslations.ar.lang).toBe('ar');
    expect(sampleTranslations.ru.label).toBe('Образец перевода');
    expect(sampleTranslations.ar.label).toBe('ترجمة نموذجية');
    expect(sampleArticle.translations).toEqual([
      sampleTranslations.ru.id,
      sampleTranslations.ar.id,
    ]);
    expect(sampleTranslations.ar.translations).toContain(sampleArticle.id);
    // Same structure in every language, so components show the same blocks.
    expect(sampleTranslations.ar.body.map((block) => block.type)).toEqual(
      sampleArticle.body.map((block) => block.type),
    );
  });
});

describe('the samples from other IOM public pages', () => {
  const { collection, event, project, pressRelease, yearsProject, projectEvent, dialogue, story } =
    publicPageSamples;
  const jsonLd = (document: (typeof collection)[number]) =>
    toJsonLd(document, { baseUrl: 'https://example.org', collection }) as Record<string, unknown>;

  it('are every one a valid document, and a valid collection with the IOM organisation they share', () => {
    for (const document of collection) expect(parseDocument(document)).toEqual(document);
    expect(validateCollection(collection)).toEqual([]);
    expect(collection.map((document) => document.id)).toContain('iom');
  });

  it('hold an international day in Valletta at local times, with its session and contact', () => {
    expect(event.kind).toBe('observance');
    expect(event.timeZone).toBe('Europe/Malta');
    expect(event.start).toBe('2018-12-18T09:00');
    expect(event.sessions?.map((session) => session.title)).toEqual([
      'Film screening: Deltas Back to Shores',
    ]);
    expect(event.contact).toEqual({ email: 'iommalta@iom.int' });
    // Malta is on CET in December: the offset comes from the zone, not from the editor.
    expect(jsonLd(event).startDate).toBe('2018-12-18T09:00+01:00');
    expect(jsonLd(event).subEvent).toMatchObject([{ startDate: '2018-12-18T18:30+01:00' }]);
  });

  it('hold a completed project dated by the month, as its page gives it, with funders and implementers', () => {
    expect(project.status).toBe('completed');
    expect(project.dates).toEqual({ actualStart: '2003-11', actualEnd: '2005-10' });
    expect(new Set(project.participants.map((participant) => participant.role))).toEqual(
      new Set(['implementing', 'funding']),
    );
  });

  it('hold a press release dated by the day, with no invented time', () => {
    expect(pressRelease.contentType).toBe('press-release');
    expect(pressRelease.published).toBe('2020-09-30');
    expect(jsonLd(pressRelease).datePublished).toBe('2020-09-30');
  });

  it('hold a completed multi-year project dated by the year, with its IOM codes, acronym, coverage and region', () => {
    expect(yearsProject.shortTitle).toBe('REMA(K)ER');
    expect(yearsProject.status).toBe('completed');
    expect(yearsProject.dates).toEqual({ actualStart: '2019', actualEnd: '2023' });
    expect(yearsProject.identifiers).toContainEqual({ scheme: 'prima-id', value: 'BD10P0501' });
    expect(yearsProject.coverage).toBe('national');
    expect(yearsProject.regions).toEqual(['Asia and Oceania']);
    // Its funder is the IOM Development Fund of the Belarus set, shared by the collection.
    const funders = resolve(yearsProject, collection).participants.filter(
      (participant) => participant.role === 'funding',
    );
    expect(funders.map((participant) => participant.organisation.name)).toEqual([
      'IOM Development Fund',
    ]);
  });

  it('hold the event that closed the project, dated by the day and linked to the project', () => {
    expect(projectEvent.start).toBe('2023-10-18');
    expect(resolve(projectEvent, collection).relatedProjects?.[0]?.shortTitle).toBe('REMA(K)ER');
    expect(projectEvent.audience).toMatch(/^Government agencies/);
  });

  it('hold an online dialogue that is over, with no join address and its sessions in New York time', () => {
    expect(dialogue.kind).toBe('dialogue');
    expect(dialogue.attendanceMode).toBe('online');
    expect(dialogue.onlineUrl).toBeUndefined();
    expect(dialogue.sessions).toHaveLength(3);
    // February is standard time in New York: UTC-5, derived from the zone.
    expect(jsonLd(dialogue).startDate).toBe('2022-02-28T09:00-05:00');
    // A past online event without a join address is not worth a warning.
    expect(safeParseDocument(dialogue).warnings).toEqual([]);
  });

  it('hold a story quoting a person known by a description, not a job title', () => {
    expect(story.contentType).toBe('story');
    const quote = story.body.find((block) => block.type === 'quote');
    expect(quote?.type === 'quote' && quote.quote.speaker).toEqual({
      name: 'Ayşe',
      description: expect.stringContaining('mother of six'),
    });
  });

  it("name IOM in other languages, as IOM's French, Spanish and Portuguese pages do", () => {
    expect(sampleOrganisation('iom').names).toMatchObject({
      fr: 'Organisation internationale pour les migrations',
      es: 'Organización Internacional para las Migraciones',
    });
  });
});
