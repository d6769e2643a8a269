export type { NewsCardMessages } from './messages.js';
export {
  NewsCard,
  type NewsCardArticle,
  type NewsCardProps,
  type NewsCardVariant,
} from './news-card.js';
