import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { RouterLink } from '../../test/router-link.js';
import { LanguageSwitcher } from './language-switcher.js';

const languages = [
  { lang: 'en', href: '/en/news/a/' },
  { lang: 'ru', href: '/ru/news/a/' },
  { lang: 'ar', href: '/ar/news/a/' },
  { lang: 'fr' },
];

describe('LanguageSwitcher', () => {
  it('names each language in itself, with lang and hreflang, the current one marked', async () => {
    renderInPage(<LanguageSwitcher languages={languages} current="ru" />);
    const nav = screen.getByRole('navigation', { name: 'Языки' });
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).toEqual(['English', 'Русский', 'العربية']);
    expect(links.map((link) => link.getAttribute('hreflang'))).toEqual(['en', 'ru', 'ar']);
    expect(links.map((link) => link.closest('li')?.getAttribute('lang'))).toEqual([
      'en',
      'ru',
      'ar',
    ]);
    expect(links[2]?.closest('li')?.getAttribute('dir')).toBe('rtl');
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual([null, 'page', null]);
    await expectNoAxeViolations();
  });

  it('leaves out a language without a page, and lists one the site links to a fallback', () => {
    const { unmount } = renderInPage(<LanguageSwitcher languages={languages} current="en" />);
    expect(screen.queryByText('Français')).toBeNull();
    unmount();
    renderInPage(
      <LanguageSwitcher
        languages={languages.map((language) => ({ href: `/${language.lang}/`, ...language }))}
        current="en"
      />,
    );
    expect(screen.getByText('Français').getAttribute('href')).toBe('/fr/');
  });

  it('shows nothing for a page in one language, and drops unsafe addresses', () => {
    const { container } = renderInPage(
      <LanguageSwitcher
        languages={[
          { lang: 'en', href: '/en/' },
          { lang: 'ru', href: 'javascript:alert(1)' },
        ]}
        current="en"
      />,
    );
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
    renderInPage(<LanguageSwitcher languages={[{ lang: 'en', href: '/en/' }]} current="en" />);
    expect(screen.queryAllByRole('navigation')).toHaveLength(1);
  });

  it('renders links through the site’s link component', () => {
    renderInPage(
      <LanguageSwitcher languages={languages} current="en" linkComponent={RouterLink} />,
    );
    expect(screen.getByText('Русский').dataset.router).toBe('yes');
    expect(screen.getByText('Русский').getAttribute('hreflang')).toBe('ru');
  });
});
