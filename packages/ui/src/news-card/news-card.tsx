import type { Article } from '@iom/content';
import { type GetImageSet, ResponsiveImage } from '../responsive-image/responsive-image.js';
import { classNames } from '../shared/class-names.js';
import { formatDate } from '../shared/dates.js';
import { type HeadingLevel, headingTag } from '../shared/heading.js';
import { contentLanguageAttributes, languageAttributes } from '../shared/languages.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import { type MessageOverrides, messagesIn, withOverrides } from '../shared/messages.js';
import { safeUrl } from '../shared/url.js';
import { en, type NewsCardMessages } from './messages.js';

/** What a NewsCard reads from an article: an `Article` or a resolved one both fit. */
export type NewsCardArticle = Pick<
  Article,
  'id' | 'lang' | 'url' | 'headline' | 'summary' | 'label' | 'published' | 'dateline' | 'images'
> &
  Partial<Pick<Article, 'contentType'>>;

export type NewsCardVariant = 'default' | 'horizontal' | 'compact';

export interface NewsCardProps<CardArticle extends NewsCardArticle = NewsCardArticle> {
  /** The article to show. Required. */
  article: CardArticle;
  /** `default` (image above text), `horizontal` (image beside text when there is room) or `compact` (no image, no summary). Default: `'default'`. */
  variant?: NewsCardVariant;
  /** Level of the headline's heading, 1–6, to fit the page's outline. Default: `3`. */
  headingLevel?: HeadingLevel;
  /** Language of the card's dates and words (BCP 47). Default: the article's `lang`. */
  locale?: string;
  /** Where the headline links to; an unsafe URL is dropped. Default: the article's `url` (no link without one). */
  getHref?: (article: CardArticle) => string | undefined;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** What the site's image pipeline made of the card's image: widths, formats, placeholder. Default: none. */
  getImageSet?: GetImageSet;
  /** Replacements for built-in words, like `{ contentTypes: { story: 'Human story' } }`. Default: none. */
  messages?: MessageOverrides<NewsCardMessages>;
  /** Extra class names for the card's root element. Default: none. */
  className?: string;
}

/**
 * An article as a card: image, headline, date and dateline, summary and label. The headline is
 * the card's one link, stretched over the whole card, so there is nothing else to tab through.
 */
export function NewsCard<CardArticle extends NewsCardArticle>({
  article,
  variant = 'default',
  headingLevel = 3,
  locale = article.lang,
  getHref = (card) => card.url,
  linkComponent,
  getImageSet,
  messages: overrides,
  className,
}: NewsCardProps<CardArticle>) {
  // An image whose URL is unsafe is not shown, and the card takes its no-image layout.
  const image =
    variant === 'compact'
      ? undefined
      : article.images?.find((candidate) => safeUrl(candidate.src) !== undefined);
  const content = contentLanguageAttributes(article.lang, locale);
  const published = formatDate(article.published, locale);
  const HeadingTag = headingTag(headingLevel);
  return (
    <article
      className={classNames(
        'iom-news-card',
        `iom-news-card--${variant}`,
        image === undefined && 'iom-news-card--no-image',
        className,
      )}
      {...languageAttributes(locale)}
    >
      <div className="iom-news-card__inner">
        <div className="iom-news-card__body">
          <HeadingTag className="iom-news-card__headline" {...content}>
            <ContentLink
              href={getHref(article)}
              linkComponent={linkComponent}
              className="iom-news-card__link"
            >
              {article.headline}
            </ContentLink>
          </HeadingTag>
          {article.label !== undefined ? (
            <p className="iom-news-card__label" {...content}>
              {article.label}
            </p>
          ) : (
            article.contentType !== undefined && (
              <p className="iom-news-card__label">
                {
                  withOverrides(messagesIn(locale, 'newsCard', en), overrides).contentTypes[
                    article.contentType
                  ]
                }
              </p>
            )
          )}
          <p className="iom-news-card__meta">
            {article.dateline !== undefined && (
              <span className="iom-news-card__dateline" {...content}>
                {article.dateline.name}
              </span>
            )}
            {published !== undefined && (
              <time className="iom-news-card__date" dateTime={article.published}>
                {published}
              </time>
            )}
          </p>
          {variant !== 'compact' && (
            <p className="iom-news-card__summary" {...content}>
              {article.summary}
            </p>
          )}
        </div>
        {image !== undefined && (
          <ResponsiveImage
            image={image}
            {...getImageSet?.(image)}
            sizes="(min-width: 48rem) 24rem, 100vw"
            className="iom-news-card__image"
          />
        )}
      </div>
    </article>
  );
}
