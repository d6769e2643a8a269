import type { ResolvedArticle } from '@iom/content';
import type { ReactNode } from 'react';
import { ArticleBody } from '../article-body/article-body.js';
import { ArticleHeader } from '../article-header/article-header.js';
import { Quote } from '../quote/quote.js';
import type { GetImageSet } from '../responsive-image/responsive-image.js';
import type { LinkComponent } from '../shared/link.js';

export interface ArticlePageProps {
  /** The article, resolved (`resolve(article, index)`), so its quotes name their speakers. Required. */
  article: Pick<
    ResolvedArticle,
    | 'lang'
    | 'headline'
    | 'summary'
    | 'label'
    | 'published'
    | 'dateline'
    | 'images'
    | 'body'
    | 'quotes'
  >;
  /** Above the header: a `Breadcrumbs`. Default: none. */
  breadcrumbs?: ReactNode;
  /** What the site's image pipeline made of each image (lead and body): widths, formats, placeholder. Default: none. */
  getImageSet?: GetImageSet;
  /** After the body and quotes: tags, related project, event, partners. Default: none. */
  children?: ReactNode;
  /** Language of the dates and built-in words (BCP 47). Default: the article's `lang`. */
  locale?: string;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
}

/**
 * An article's page inside `<main>`: breadcrumbs, the ArticleHeader (headline as `h1`), the
 * body (its headings from `h2`), its highlighted quotes, then what the site adds.
 */
export function ArticlePage({
  article,
  breadcrumbs,
  getImageSet,
  children,
  locale = article.lang,
  linkComponent,
}: ArticlePageProps) {
  return (
    <article className="iom-page">
      {breadcrumbs}
      <ArticleHeader article={article} getImageSet={getImageSet} locale={locale} />
      <ArticleBody
        body={article.body}
        headingLevel={2}
        // The body is the article's text: marked in its language, whatever the page's.
        locale={article.lang}
        linkComponent={linkComponent}
        getImageSet={getImageSet}
      />
      {article.quotes?.map((quote) => (
        <Quote key={quote.text} quote={quote} locale={locale} />
      ))}
      {children}
    </article>
  );
}
