// The site and its content, as a Next.js site would load them (here: the kit's samples).
import type { Article } from '@iom/content';
import type { PublishSite } from '@iom/content/publish';
import { sampleArticle, sampleTranslations } from '@iom/content/samples';

export const site: PublishSite = { url: 'https://belarus.iom.int/', name: 'IOM Belarus' };

/** The languages the site publishes: one root layout and home page each. */
export const languages = ['en', 'ru', 'ar'];

/** Every article, each with the address of its page. */
export const articles: Article[] = [
  sampleArticle,
  sampleTranslations.ru,
  sampleTranslations.ar,
].map((article) => ({ ...article, url: `/${article.lang}/news/${article.id}/` }));

/** An article and its translations: every language version of its page. */
export function versionsOf(article: Article): Article[] {
  return articles.filter(
    (other) => other === article || (article.translations ?? []).includes(other.id),
  );
}
