import { sampleArticle, sampleTranslations } from '@iom/content/samples';
import { NewsCard } from '@iom/ui';
import { describe, expect, it } from 'vitest';
import { entryPaths, languagePaths, renderStatic } from '../src/index.js';

const entry = (id: string, lang: string) => ({ id, data: { lang } });

describe('languagePaths', () => {
  it('gives the six UN languages by default, each with its writing direction', () => {
    const paths = languagePaths();
    expect(paths.map((path) => path.params.lang)).toEqual(['en', 'fr', 'es', 'ar', 'ru', 'zh']);
    expect(paths.find((path) => path.params.lang === 'ar')?.props).toEqual({
      lang: 'ar',
      dir: 'rtl',
    });
    expect(paths.find((path) => path.params.lang === 'zh')?.props.dir).toBe('ltr');
  });

  it("takes the site's own languages, beyond the six", () => {
    expect(languagePaths(['en', 'uk', 'ru']).map((path) => path.props)).toEqual([
      { lang: 'en', dir: 'ltr' },
      { lang: 'uk', dir: 'ltr' },
      { lang: 'ru', dir: 'ltr' },
    ]);
  });
});

describe('entryPaths', () => {
  it('puts each entry under the language it is written in', () => {
    const entries = [entry('plan', 'en'), entry('plan-ar', 'ar'), entry('plan-gb', 'en-GB')];
    expect(entryPaths(entries).map((path) => path.params)).toEqual([
      { lang: 'en', id: 'plan' },
      { lang: 'ar', id: 'plan-ar' },
      { lang: 'en', id: 'plan-gb' },
    ]);
    expect(entryPaths(entries)[1]?.props).toEqual({
      entry: entries[1],
      lang: 'ar',
      dir: 'rtl',
    });
  });

  it("leaves out entries in languages the site does not publish, and names the route's parameter", () => {
    const paths = entryPaths([entry('plan', 'en'), entry('plan-be', 'be')], {
      languages: ['en', 'ru'],
      param: 'slug',
      slug: (item) => `news-${item.id}`,
    });
    expect(paths.map((path) => path.params)).toEqual([{ lang: 'en', slug: 'news-plan' }]);
  });
});

describe('renderStatic', () => {
  it('renders an @iom/ui component to markup with no script', () => {
    const html = renderStatic(NewsCard, { article: sampleArticle, locale: 'en' });
    expect(html).toMatch(/^<article class="iom-news-card/);
    expect(html).toContain(sampleArticle.headline.replace(/'/g, '&#x27;'));
    expect(html).not.toContain('<script');
  });

  it('renders right to left for Arabic content', () => {
    const html = renderStatic(NewsCard, { article: sampleTranslations.ar, locale: 'ar' });
    expect(html).toMatch(/^<article [^>]*lang="ar" dir="rtl"/);
  });
});
