import type { Article } from '@iom/content';
import { type GetImageSet, ResponsiveImage } from '../responsive-image/responsive-image.js';
import { classNames } from '../shared/class-names.js';
import { formatDate } from '../shared/dates.js';
import { type HeadingLevel, headingTag } from '../shared/heading.js';
import { contentLanguageAttributes, languageAttributes } from '../shared/languages.js';
import { fill } from '../shared/messages.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';

/** What an ArticleHeader reads from an article. */
export type ArticleHeaderArticle = Pick<
  Article,
  'lang' | 'headline' | 'summary' | 'label' | 'published' | 'dateline' | 'images'
>;

export interface ArticleHeaderProps {
  /** The article. Required. */
  article: ArticleHeaderArticle;
  /** Level of the headline. Default: `1`, the page's title. */
  headingLevel?: HeadingLevel;
  /** The content type shown above the headline, like "Press release". Default: the article's `label`. */
  label?: string;
  /** What the site's image pipeline made of the lead image (the article's first): widths, formats, placeholder. Default: none. */
  getImageSet?: GetImageSet;
  /** Language of the date and built-in words (BCP 47). Default: the article's `lang`. */
  locale?: string;
  /** Replacements for built-in words, like `{ credit: '© {credit}' }`. Default: none. */
  messages?: Partial<SiteMessages>;
  /** Extra class names. Default: none. */
  className?: string;
}

/**
 * The top of an article's page: label, headline, dateline and date, the summary as the
 * standfirst, and the lead image (loaded first) with its caption and credit.
 */
export function ArticleHeader({
  article,
  headingLevel = 1,
  label = article.label,
  getImageSet,
  locale = article.lang,
  messages,
  className,
}: ArticleHeaderProps) {
  const Heading = headingTag(headingLevel);
  const content = contentLanguageAttributes(article.lang, locale);
  const image = article.images?.[0];
  return (
    <header className={classNames('iom-article-header', className)} {...languageAttributes(locale)}>
      {label !== undefined && (
        <p className="iom-article-header__label" {...content}>
          {label}
        </p>
      )}
      <Heading className="iom-article-header__headline" {...content}>
        {article.headline}
      </Heading>
      <p className="iom-article-header__meta">
        {article.dateline !== undefined && (
          <span className="iom-article-header__dateline" {...content}>
            {article.dateline.name}
          </span>
        )}
        <time dateTime={article.published}>{formatDate(article.published, locale)}</time>
      </p>
      <p className="iom-article-header__standfirst" {...content}>
        {article.summary}
      </p>
      {image !== undefined && (
        <figure className="iom-article-header__figure">
          <ResponsiveImage
            image={image}
            {...getImageSet?.(image)}
            sizes="(min-width: 72rem) 70rem, 100vw"
            priority
            className="iom-article-header__image"
          />
          {(image.caption !== undefined || image.credit !== undefined) && (
            <figcaption className="iom-article-header__caption">
              {image.caption !== undefined && <span {...content}>{image.caption}</span>}
              {image.credit !== undefined && (
                <span className="iom-article-header__credit">
                  {fill(siteMessages(locale, messages).credit, { credit: image.credit })}
                </span>
              )}
            </figcaption>
          )}
        </figure>
      )}
    </header>
  );
}
