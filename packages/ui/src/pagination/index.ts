export { type PageOf, paginate } from './paginate.js';
export { Pagination, type PaginationProps } from './pagination.js';
