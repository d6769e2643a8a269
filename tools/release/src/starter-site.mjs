// What the rehearsal does to, and checks in, a site made by `npm create iom-site`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A Ukrainian word the rehearsal writes into the site's messages file. */
export const UKRAINIAN_SKIP_LINK = 'Перейти до основного вмісту';

/** The office translates its messages file; the components must then take the translation. */
export async function translateMessages(site) {
  const file = join(site, 'src', 'messages', 'uk.json');
  const messages = JSON.parse(await readFile(file, 'utf8'));
  messages.site.skipToContent = UKRAINIAN_SKIP_LINK;
  await writeFile(file, JSON.stringify(messages, null, 2));
}

/**
 * Checks the built site: a home page per language with its lang and dir, the translated
 * words on the Ukrainian one, no script but JSON-LD and no JavaScript file, the sample article.
 * Returns the number of pages.
 */
export async function checkBuiltSite(site, languages) {
  const dist = join(site, 'dist');
  const files = await readdir(dist, { recursive: true });
  const pages = files.filter((file) => file.endsWith('.html'));
  const page = (path) => readFile(join(dist, path), 'utf8');
  for (const lang of languages) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    if (!(await page(`${lang}/index.html`)).includes(`<html lang="${lang}" dir="${dir}">`)) {
      throw new Error(`${lang}/index.html is not a ${lang} (${dir}) page.`);
    }
  }
  if (languages.includes('uk') && !(await page('uk/index.html')).includes(UKRAINIAN_SKIP_LINK)) {
    throw new Error('The Ukrainian page does not use the words of src/messages/uk.json.');
  }
  for (const file of pages) {
    const other = (await page(file)).match(/<script(?![^>]*type="application\/ld\+json")[^>]*>/);
    if (other) throw new Error(`${file} has a script other than JSON-LD: ${other[0]}`);
  }
  const scripts = files.filter((file) => /\.[cm]?js$/.test(file));
  if (scripts.length > 0) throw new Error(`The build wrote JavaScript: ${scripts.join(', ')}`);
  const article = await page('en/news/partners-discuss-migrant-healthcare-plan/index.html');
  if (!article.includes('Partners in Belarus Discuss Three-Year Plan')) {
    throw new Error('The sample article page does not hold its headline.');
  }
  return pages.length;
}

/**
 * An editor's typo: `summary` misspelt in the English article. Returns the line the failed
 * build must print, with the file, line and message.
 */
export async function misspellField(site) {
  const file = join(site, 'content', 'article.en.md');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const line = lines.findIndex((text) => text.startsWith('summary:')) + 1;
  if (line === 0) throw new Error('content/article.en.md has no summary line to misspell.');
  lines[line - 1] = lines[line - 1].replace('summary:', 'sumary:');
  await writeFile(file, lines.join('\n'));
  return `content/article.en.md:${line}:1: sumary: unknown field 'sumary' — did you mean 'summary'?`;
}
