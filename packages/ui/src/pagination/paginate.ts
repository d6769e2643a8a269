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
  // Built from the few numbers shown, not by walking every page: a site of thousands of pages
  // pays the same for each page's pagination.
  const shown = new Set([1, pageCount]);
  for (let number = page - around; number <= page + around; number++) {
    if (number >= 1 && number <= pageCount) shown.add(number);
  }
  const numbers: (number | undefined)[] = [];
  for (const number of [...shown].sort((a, b) => a - b)) {
    const previous = numbers.at(-1);
    if (previous !== undefined && number - previous > 1) numbers.push(undefined);
    numbers.push(number);
  }
  return numbers;
}
