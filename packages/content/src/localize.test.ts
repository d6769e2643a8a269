import { describe, expect, it } from 'vitest';
import { localize } from './localize.js';
import { sampleCollection, sampleTranslations } from './samples.js';
import { makeArticle, makeEvent } from './testing/index.js';

const summary = (lang: string, fallbacks?: string[]) =>
  localize(sampleCollection, lang, fallbacks)
    .filter(({ document }) => document.type === 'article' || document.type === 'event')
    .map(({ document, isFallback }) => [document.type, document.lang, isFallback]);

describe('localize', () => {
  it('gives each document once, in the language asked for when it exists', () => {
    expect(summary('ru')).toEqual([
      ['event', 'en', true],
      ['article', 'ru', false],
    ]);
    expect(
      localize(sampleCollection, 'ar').find(({ document }) => document.type === 'article'),
    ).toEqual({ document: sampleTranslations.ar, lang: 'ar', isFallback: false });
  });

  it('falls back through the languages given, then to the first version', () => {
    expect(summary('fr', ['ru', 'en'])).toEqual([
      ['event', 'en', true],
      ['article', 'ru', true],
    ]);
    expect(summary('fr')).toEqual([
      ['event', 'en', true],
      ['article', 'en', true],
    ]);
  });

  it('links families whichever side lists the translation, and matches regional tags', () => {
    const english = makeArticle({ id: 'a-en', lang: 'en', translations: [] });
    const french = makeArticle({ id: 'a-fr', lang: 'fr-CH', translations: ['a-en'] });
    const spanish = makeArticle({ id: 'a-es', lang: 'es', translations: ['a-fr'] });
    const other = makeEvent({ id: 'other', lang: 'en' });
    const chosen = localize([english, french, spanish, other], 'fr', ['es']);
    expect(chosen.map(({ document, isFallback }) => [document.id, isFallback])).toEqual([
      ['a-fr', false],
      ['other', true],
    ]);
    expect(localize([english, french, spanish], 'zh', ['es'])[0]?.document.id).toBe('a-es');
  });
});
