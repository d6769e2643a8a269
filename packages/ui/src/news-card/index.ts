export {
  NewsCard,
  type NewsCardArticle,
  type NewsCardProps,
  type NewsCardVariant,
} from './news-card.js';
