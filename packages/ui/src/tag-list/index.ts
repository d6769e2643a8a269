export { type Tag, TagList, type TagListProps } from './tag-list.js';
