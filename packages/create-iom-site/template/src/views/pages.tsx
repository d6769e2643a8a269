import type { CollectionEntry } from 'astro:content';
import { resolve } from '@iom/content';
import { ArticlePage, EventPage, ProjectPage } from '@iom/ui';
import type { SiteContent } from '../site';

interface PageProps<Document> {
  document: Document;
  lang: string;
  content: SiteContent;
}

/** A news article: headline, body, quotes naming their speakers. */
export function Article({ document, lang, content }: PageProps<CollectionEntry<'news'>['data']>) {
  return <ArticlePage article={resolve(document, content.index)} locale={lang} />;
}

/** An event: when and where, organisers and participants. */
export function Event({ document, lang, content }: PageProps<CollectionEntry<'events'>['data']>) {
  return <EventPage event={resolve(document, content.index)} locale={lang} />;
}

/** A project: its facts, partners and goals. */
export function Project({
  document,
  lang,
  content,
}: PageProps<CollectionEntry<'projects'>['data']>) {
  return <ProjectPage project={resolve(document, content.index)} locale={lang} />;
}
