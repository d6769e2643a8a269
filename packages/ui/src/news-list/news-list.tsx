import { NewsCard, type NewsCardArticle, type NewsCardVariant } from '../news-card/news-card.js';
import type { GetImageSet } from '../responsive-image/responsive-image.js';
import { classNames } from '../shared/class-names.js';
import type { HeadingLevel } from '../shared/heading.js';
import type { LinkComponent } from '../shared/link.js';

export interface NewsListProps<Article extends NewsCardArticle = NewsCardArticle> {
  /** The articles, in the order to show them (paginate long lists with `paginate`). Required. */
  articles: readonly Article[];
  /** The cards' variant. Default: `'default'`. */
  variant?: NewsCardVariant;
  /** Level of each card's headline. Default: `3`. */
  headingLevel?: HeadingLevel;
  /** Language of the dates and words (BCP 47). Default: each article's `lang`. */
  locale?: string;
  /** Where each headline links to. Default: the article's `url`. */
  getHref?: (article: Article) => string | undefined;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** What the site's image pipeline made of each card's image. Default: none. */
  getImageSet?: GetImageSet;
  /** Extra class names. Default: none. */
  className?: string;
}

/** Articles as a list of NewsCards, in a grid that fits its column. Nothing when empty. */
export function NewsList<Article extends NewsCardArticle>({
  articles,
  className,
  ...card
}: NewsListProps<Article>) {
  if (articles.length === 0) return null;
  return (
    <ul className={classNames('iom-card-list', className)}>
      {articles.map((article) => (
        <li key={article.id}>
          <NewsCard article={article} {...card} />
        </li>
      ))}
    </ul>
  );
}
