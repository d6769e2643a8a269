/** One page of a list, with where it sits among the pages. */
export interface PageOf<Item> {
  /** The items on this page. */
  items: Item[];
  /** This page's number, counted from 1: the one asked for, kept within the pages there are. */
  page: number;
  /** How many pages the list makes; 1 for an empty list. */
  pageCount: number;
}

/**
 * Page `page` (counted from 1) of `items`, `pageSize` to a page. A page number past either
 * end, or not a whole number, gives the nearest page there is, so a stale link still lands.
 */
export function paginate<Item>(
  items: readonly Item[],
  page: number,
  pageSize: number,
): PageOf<Item> {
  const size = Math.max(1, Math.floor(pageSize) || 1);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(pageCount, Math.max(1, Math.floor(page) || 1));
  return {
    items: items.slice((current - 1) * size, current * size),
    page: current,
    pageCount,
  };
}

/**
 * The page numbers a pagination shows: the first, the last and those around the current one,
 * with `undefined` where a run of numbers is left out.
 */
export function pageNumbers(page: number, pageCount: number, around = 1): (number | undefined)[] {
  const numbers: (number | undefined)[] = [];
  for (let number = 1; number <= pageCount; number++) {
    const shown = number === 1 || number === pageCount || Math.abs(number - page) <= around;
    if (shown) numbers.push(number);
    else if (numbers.at(-1) !== undefined) numbers.push(undefined);
  }
  return numbers;
}
