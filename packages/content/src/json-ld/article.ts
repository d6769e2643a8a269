import type { NewsArticle, WithContext } from 'schema-dts';
import type { ResolvedArticle } from '../resolve.js';
import { imageObject } from './image.js';
import { organizationReference } from './organisation.js';
import { documentReference } from './reference.js';
import type { AbsoluteUrl } from './urls.js';

/** The images an article shows: its own list first, then those inside its text. */
function imagesOf(article: ResolvedArticle) {
  const inBody = article.body.flatMap((block) => (block.type === 'image' ? [block.image] : []));
  return [...(article.images ?? []), ...inBody];
}

export function newsArticleJsonLd(
  article: ResolvedArticle,
  absoluteUrl: AbsoluteUrl,
): WithContext<Exclude<NewsArticle, string>> {
  const about = [...(article.relatedProjects ?? []), ...(article.relatedEvents ?? [])];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    url: absoluteUrl(article.url),
    headline: article.headline,
    abstract: article.summary,
    inLanguage: article.lang,
    datePublished: article.published,
    dateModified: article.modified,
    dateline: article.dateline?.name,
    image: imagesOf(article).map((image) => imageObject(image, absoluteUrl)),
    author: article.author && organizationReference(article.author, absoluteUrl),
    publisher: article.publisher && organizationReference(article.publisher, absoluteUrl),
    about: about.map((document) => documentReference(document, absoluteUrl)),
    mentions: article.relatedOrganisations?.map((organisation) =>
      organizationReference(organisation, absoluteUrl),
    ),
    keywords: article.themes,
  };
}
