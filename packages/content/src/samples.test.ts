import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.js';
import {
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
