import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { sampleOrganisations } from '@iom/content/samples';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));

/** What a browser bundle of `code` holds, as a site's bundler would build it. */
async function browserBundle(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: here, loader: 'js' },
    bundle: true,
    minify: true,
    charset: 'utf8',
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['react', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('languages', () => {
  it.each([
    ['ESM', () => import('@iom/ui')],
    ['CommonJS', async () => require('@iom/ui') as typeof import('@iom/ui')],
  ])('on the server (%s), all six are there with no setup', async (_, load) => {
    const { PartnerList } = await load();
    const organisations = sampleOrganisations.slice(0, 1);
    const html = (locale: string) =>
      renderToStaticMarkup(createElement(PartnerList, { organisations, locale }));
    expect(html('fr')).toContain('Partenaires');
    expect(html('ar')).toContain('الشركاء');
    expect(html('zh')).toContain('合作伙伴');
  });

  it('a browser bundle holds English alone, plus the languages the site imports', async () => {
    const english = await browserBundle("export { PartnerList } from '@iom/ui';");
    expect(english).toContain('Partners');
    expect(english).not.toContain('Partenaires');
    const french = await browserBundle(
      "import '@iom/ui/messages/fr'; export { PartnerList } from '@iom/ui';",
    );
    expect(french).toContain('Partenaires');
    expect(french).not.toContain('Socios');
    const all = await browserBundle(
      "import '@iom/ui/messages/all'; export { PartnerList } from '@iom/ui';",
    );
    for (const word of ['Partenaires', 'Socios', 'الشركاء', 'Партнеры', '合作伙伴']) {
      expect(all).toContain(word);
    }
  });

  it('@iom/ui/messages/en gives the built-in English to translate, and a copy registered for a new language is taken', async () => {
    const { messages } = await import('@iom/ui/messages/en');
    const { PartnerList, registerMessages } = await import('@iom/ui');
    const organisations = sampleOrganisations.slice(0, 1);
    const html = (locale: string) =>
      renderToStaticMarkup(createElement(PartnerList, { organisations, locale }));
    // Importing it registers nothing: a language the kit does not ship still reads English.
    expect(html('uk')).toContain(messages.partnerList.partners);
    registerMessages('uk', {
      ...messages,
      partnerList: { ...messages.partnerList, partners: 'Партнери' },
    });
    expect(html('uk')).toContain('Партнери');
  });
});
