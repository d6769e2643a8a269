import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/dom.js';
import { SiteFooter } from './site-footer.js';

describe('SiteFooter', () => {
  it('names the office and its parent, lists link groups and social links', async () => {
    render(
      <>
        <main>
          <h1>Page</h1>
        </main>
        <SiteFooter
          name="IOM Belarus"
          linkGroups={[{ title: 'About', links: [{ label: 'Who we are', href: '/who-we-are/' }] }]}
          socialLinks={[
            { label: 'A social profile (example address)', href: 'https://example.org/social' },
          ]}
          legal="© IOM"
        />
      </>,
    );
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText('IOM is part of the United Nations system.')).toBeTruthy();
    expect(
      within(footer)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['About', 'Follow us']);
    expect(
      within(footer)
        .getByRole('link', { name: 'A social profile (example address)' })
        .getAttribute('href'),
    ).toBe('https://example.org/social');
    expect(within(footer).getByText('© IOM')).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('speaks the locale and takes the site’s own parent line, or none', () => {
    const { unmount } = render(<SiteFooter name="МОМ" locale="ru" />);
    expect(screen.getByText('МОМ входит в систему Организации Объединенных Наций.')).toBeTruthy();
    unmount();
    render(<SiteFooter name="IOM Belarus" parent={null} />);
    expect(screen.getByRole('contentinfo').querySelectorAll('p')).toHaveLength(1);
  });
});
