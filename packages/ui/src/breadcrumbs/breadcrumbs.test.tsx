import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { Breadcrumbs } from './breadcrumbs.js';

const items = [
  { label: 'Home', href: '/en/' },
  { label: 'News', href: '/en/news/' },
  { label: 'Partners Discuss', href: '/en/news/partners/' },
];

describe('Breadcrumbs', () => {
  it('lists the trail in order, the page itself last and not a link', async () => {
    renderInPage(<Breadcrumbs items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(nav.querySelector('ol')?.children).toHaveLength(3);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Home', 'News']);
    expect(screen.getByText('Partners Discuss').getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations();
  });

  it('speaks the locale, and shows nothing without items', () => {
    renderInPage(<Breadcrumbs items={items} locale="fr" />);
    expect(screen.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeTruthy();
    renderInPage(<Breadcrumbs items={[]} />);
    expect(screen.getAllByRole('navigation')).toHaveLength(1);
  });
});
