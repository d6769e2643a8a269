import type { Article } from '@iom/content';
import { type HeadingLevel, NewsCard, type NewsCardVariant } from '@iom/ui';

/** Articles as a list of NewsCards. */
export function NewsList({
  articles,
  headingLevel,
  variant,
  locale,
}: {
  articles: readonly Article[];
  headingLevel: HeadingLevel;
  variant?: NewsCardVariant;
  locale?: string;
}) {
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article.id}>
          <NewsCard
            article={article}
            headingLevel={headingLevel}
            variant={variant}
            locale={locale}
          />
        </li>
      ))}
    </ul>
  );
}
