import { getCollection } from 'astro:content';
import { type ContentDocument, indexDocuments } from '@iom/content';
import { registerMessages } from '@iom/ui';
import site from './site.json' with { type: 'json' };

/** The office's name, address and languages, as create-iom-site wrote them in site.json. */
export { site };
export const languages: readonly string[] = site.languages;

// The words of languages the kit does not ship, one file per language in src/messages
// (prefilled in English by create-iom-site: translate them there).
const messageFiles = import.meta.glob<{ default: object }>('./messages/*.json', { eager: true });
for (const [file, { default: messages }] of Object.entries(messageFiles)) {
  registerMessages(file.replace(/^.*\/|\.json$/g, ''), messages);
}

export const href = {
  home: (lang: string) => `/${lang}/`,
  article: (document: { id: string; lang: string }) => `/${document.lang}/news/${document.id}/`,
  event: (document: { id: string; lang: string }) => `/${document.lang}/events/${document.id}/`,
  project: (document: { id: string; lang: string }) => `/${document.lang}/projects/${document.id}/`,
};

/** Every document of the site, and an index of them by id for `resolve`. */
export async function loadSite() {
  const [news, events, projects, organisations] = await Promise.all([
    getCollection('news'),
    getCollection('events'),
    getCollection('projects'),
    getCollection('organisations'),
  ]);
  const data = <Data>(entries: readonly { data: Data }[]): Data[] =>
    entries.map((entry) => entry.data);
  const content = {
    news: data(news),
    events: data(events),
    projects: data(projects),
    organisations: data(organisations),
  };
  const all: ContentDocument[] = [
    ...content.organisations,
    ...content.projects,
    ...content.events,
    ...content.news,
  ];
  return { ...content, all, index: indexDocuments(all) };
}

export type SiteContent = Awaited<ReturnType<typeof loadSite>>;

/** The documents in the page's language, or the English ones when it has none yet. */
export function inLanguage<Document extends { lang: string }>(
  documents: readonly Document[],
  lang: string,
): Document[] {
  const primary = (code: string) => code.toLowerCase().split('-')[0];
  const own = documents.filter((document) => primary(document.lang) === primary(lang));
  return own.length > 0 ? own : documents.filter((document) => primary(document.lang) === 'en');
}
