import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { RouterLink } from '../../test/router-link.js';
import { TagList } from './tag-list.js';

const tags = [
  { label: 'Health', href: '/themes/health/' },
  { label: 'SDG 3', href: '/sdgs/3/' },
  { label: 'Belarus' },
];

describe('TagList', () => {
  it('lists the tags, linked where the site gives a page, named for screen readers', async () => {
    renderInPage(<TagList tags={tags} label="Themes" />);
    expect(screen.getByRole('list', { name: 'Themes' })).toBeTruthy();
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/themes/health/',
      '/sdgs/3/',
    ]);
    expect(screen.getByText('Belarus').tagName).toBe('LI');
    await expectNoAxeViolations();
  });

  it('names itself in the locale, links through the router, drops unsafe links', () => {
    renderInPage(
      <TagList
        tags={[...tags, { label: 'Bad', href: 'javascript:alert(1)' }]}
        locale="es"
        linkComponent={RouterLink}
      />,
    );
    expect(screen.getByRole('list', { name: 'Temas' })).toBeTruthy();
    expect(screen.getByText('Health').dataset.router).toBe('yes');
    expect(screen.getByText('Bad').tagName).toBe('LI');
  });

  it('shows nothing without tags', () => {
    const { main } = renderInPage(<TagList tags={[]} />);
    expect(main.querySelector('ul')).toBeNull();
  });
});
