import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { RouterLink } from '../../test/router-link.js';
import { pageNumbers, paginate } from './paginate.js';
import { Pagination } from './pagination.js';

const href = (page: number) => (page === 1 ? '/news/' : `/news/${page}/`);

describe('paginate', () => {
  it('counts pages from 1 and gives each its items', () => {
    const items = Array.from({ length: 25 }, (_, index) => index);
    expect(paginate(items, 1, 10)).toEqual({ items: items.slice(0, 10), page: 1, pageCount: 3 });
    expect(paginate(items, 3, 10)).toEqual({ items: [20, 21, 22, 23, 24], page: 3, pageCount: 3 });
  });

  it('lands a page past either end, or not a whole number, on the nearest page', () => {
    const items = [1, 2, 3];
    expect(paginate(items, 9, 2).page).toBe(2);
    expect(paginate(items, 0, 2).page).toBe(1);
    expect(paginate(items, Number.NaN, 2).page).toBe(1);
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  it('puts every item on exactly one page, in order', () => {
    for (let length = 0; length <= 30; length++) {
      const items = Array.from({ length }, (_, index) => index);
      for (let size = 1; size <= 7; size++) {
        const { pageCount } = paginate(items, 1, size);
        const pages = Array.from({ length: pageCount }, (_, index) =>
          paginate(items, index + 1, size),
        );
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        expect(pages.every((page) => page.items.length <= size)).toBe(true);
      }
    }
  });

  it('shows the first, last and neighbouring page numbers, a gap for the rest', () => {
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(5, 10)).toEqual([1, undefined, 4, 5, 6, undefined, 10]);
  });
});

describe('Pagination', () => {
  it('links every page shown, previous and next, the current page marked', async () => {
    renderInPage(<Pagination page={2} pageCount={3} getHref={href} />);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).toEqual(['Previous', '1', '2', '3', 'Next']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/news/',
      '/news/',
      '/news/2/',
      '/news/3/',
      '/news/3/',
    ]);
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations();
  });

  it('has no previous on the first page, no next on the last, nothing for one page', () => {
    const { unmount } = renderInPage(<Pagination page={1} pageCount={2} getHref={href} />);
    expect(screen.queryByText('Previous')).toBeNull();
    unmount();
    const { unmount: unmountLast } = renderInPage(
      <Pagination page={2} pageCount={2} getHref={href} />,
    );
    expect(screen.queryByText('Next')).toBeNull();
    unmountLast();
    renderInPage(<Pagination page={1} pageCount={1} getHref={href} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('speaks the locale, right to left included, through the site’s link component', async () => {
    renderInPage(
      <div lang="ar" dir="rtl">
        <Pagination page={1} pageCount={12} getHref={href} locale="ar" linkComponent={RouterLink} />
      </div>,
    );
    expect(screen.getByRole('navigation', { name: 'ترقيم الصفحات' })).toBeTruthy();
    expect(screen.getByText('التالي').dataset.router).toBe('yes');
    expect(screen.getByRole('link', { name: 'الصفحة 2' })).toBeTruthy();
    await expectNoAxeViolations();
  });
});
