// The README's Next.js App Router recipe: a page per article in its own language, prerendered
// (generateStaticParams), its <head> from @iom/content/publish's pageMetadata.
import { resolve, toJsonLdScript } from '@iom/content';
import { pageMetadata } from '@iom/content/publish';
import { sampleCollection } from '@iom/content/samples';
import { ArticlePage } from '@iom/ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articles, site, versionsOf } from '../../../site';

type Params = Promise<{ lang: string; id: string }>;

export const dynamicParams = false;
export const generateStaticParams = () =>
  articles.map((article) => ({ lang: article.lang, id: article.id }));

async function articleOf(params: Params) {
  const { lang, id } = await params;
  return articles.find((article) => article.lang === lang && article.id === id) ?? notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await articleOf(params);
  const head = pageMetadata(article, site, { alternates: versionsOf(article) });
  const og = Object.fromEntries(head.openGraph.map((tag) => [tag.property, tag.content]));
  return {
    title: { absolute: head.title },
    description: head.description,
    alternates: {
      canonical: head.canonical,
      languages: Object.fromEntries(head.alternates.map((link) => [link.hrefLang, link.href])),
    },
    openGraph: {
      type: 'article',
      title: og['og:title'],
      description: og['og:description'],
      url: og['og:url'],
      siteName: og['og:site_name'],
      locale: og['og:locale'],
      publishedTime: og['article:published_time'],
    },
    ...(head.robots === 'noindex' ? { robots: { index: false } } : {}),
  };
}

export default async function Page({ params }: { params: Params }) {
  const article = await articleOf(params);
  const jsonLd = toJsonLdScript(article, {
    baseUrl: String(site.url),
    collection: sampleCollection,
  });
  return (
    <main>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: toJsonLdScript escapes it for a script element */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <ArticlePage article={resolve(article, sampleCollection)} />
    </main>
  );
}
