export {
  ArticleHeader,
  type ArticleHeaderArticle,
  type ArticleHeaderProps,
} from './article-header.js';
