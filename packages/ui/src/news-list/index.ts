export { NewsList, type NewsListProps } from './news-list.js';
