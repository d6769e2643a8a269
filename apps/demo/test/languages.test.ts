import { describe, expect, it } from 'vitest';
import { chromiumOnBuiltSite, ROUTES } from './site.js';
import { visit } from './visit.js';

const site = chromiumOnBuiltSite();
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

describe('six languages', () => {
  it('has a home page in every UN language, offered on the root page', async () => {
    // Read as served: in a browser the page moves on to /en/ at once.
    const root = await (await fetch(new URL('/', site.url))).text();
    const offered = [...root.matchAll(/<a href="([^"]+)"[^>]*hrefLang=/g)].map(([, href]) => href);
    expect(offered).toEqual(LANGUAGES.map((lang) => `/${lang}/`));
    for (const lang of LANGUAGES) {
      const home = await visit(site.browser, site.url, `/${lang}/`);
      expect(home.status).toBe(200);
      expect(await home.page.getAttribute('html', 'lang')).toBe(lang);
      expect(await home.page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await home.page.close();
    }
  });

  it('speaks the page’s language in the site’s and the components’ words', async () => {
    const { page } = await visit(site.browser, site.url, ROUTES.homeFr);
    const words = await page.evaluate(() => ({
      navigation: [...document.querySelectorAll('header nav a')].map((a) => a.textContent),
      sections: [...document.querySelectorAll('main h2')].map((h) => h.textContent),
      skipLink: document.querySelector('a[href="#main"]')?.textContent,
      date: document.querySelector('main time')?.textContent,
    }));
    await page.close();
    expect(words.navigation).toEqual(expect.arrayContaining(['Actualités', 'Qui sommes-nous']));
    expect(words.sections).toEqual(expect.arrayContaining(['Dernières actualités', 'Partenaires']));
    expect(words.skipLink).toMatch(/contenu/i);
    expect(words.date).toMatch(/novembre 2024/);
  });

  it('shows a document missing in a language in its own, with a notice and its lang', async () => {
    const { page } = await visit(site.browser, site.url, ROUTES.articleFr);
    const shown = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      notice: document.querySelector('[role="note"]')?.textContent,
      noticeLang: document.querySelector('[role="note"]')?.closest('[lang]')?.getAttribute('lang'),
      headlineLang: document.querySelector('h1')?.closest('[lang]')?.getAttribute('lang'),
      bodyLang: document.querySelector('.iom-article-body')?.getAttribute('lang'),
      breadcrumb: document.querySelector('main nav a')?.textContent,
    }));
    await page.close();
    expect(shown).toEqual({
      lang: 'fr',
      notice: 'Cette page n’est pas disponible en français ; elle est affichée en anglais.',
      noticeLang: 'fr',
      headlineLang: 'en',
      bodyLang: 'en',
      breadcrumb: 'Accueil',
    });
  });

  it('gives no notice where the document is in the page’s language', async () => {
    for (const route of [ROUTES.article, ROUTES.articleRu, ROUTES.articleAr]) {
      const { page } = await visit(site.browser, site.url, route);
      expect(await page.locator('[role="note"]').count()).toBe(0);
      await page.close();
    }
  });

  it('isolates English organisation names in an Arabic sentence (<bdi>)', async () => {
    const { page } = await visit(site.browser, site.url, ROUTES.projectAr);
    const names = await page.$$eval('.iom-partner-list__sentence .iom-partner', (elements) =>
      elements.map((element) => `${element.tagName} ${getComputedStyle(element).unicodeBidi}`),
    );
    await page.close();
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name).toBe('BDI isolate');
  });
});
