import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/dom.js';
import { LanguageSwitcher } from '../language-switcher/language-switcher.js';
import { SiteHeader } from './site-header.js';

const navigation = [
  { label: 'News', href: '/en/news/' },
  {
    label: 'Who We Are',
    href: '/en/who-we-are/',
    items: [
      { label: 'About', href: '/en/who-we-are/#about' },
      { label: 'IOM Global', href: 'https://www.iom.int/' },
    ],
  },
];

function Page({ locale = 'en' }: { locale?: string }) {
  return (
    <>
      <SiteHeader
        name="IOM Belarus"
        homeHref="/en/"
        logo={<img src="/logo.svg" alt="" width={40} height={40} />}
        navigation={navigation}
        currentHref="/en/news/"
        locale={locale}
        languageSwitcher={
          <LanguageSwitcher
            current={locale}
            languages={[
              { lang: 'en', href: '/en/' },
              { lang: 'ar', href: '/ar/' },
            ]}
          />
        }
      />
      <main id="main">
        <h1>News</h1>
      </main>
    </>
  );
}

describe('SiteHeader', () => {
  it('starts with the skip link, then the name, navigation and language switcher', async () => {
    render(<Page />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Skip to main content',
      'IOM Belarus',
      'News',
      'Who We Are',
      'About',
      'IOM Global',
      'English',
      'العربية',
    ]);
    expect(links[0]?.getAttribute('href')).toBe('#main');
    expect(links[1]?.getAttribute('href')).toBe('/en/');
    await expectNoAxeViolations();
  });

  it('is a banner landmark with a named main navigation, the current page marked', () => {
    render(<Page />);
    const nav = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByText('News').getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByText('About').closest('ul')?.closest('li')?.textContent).toContain(
      'Who We Are',
    );
  });

  it('speaks the page’s language, right to left included', async () => {
    render(
      <div lang="ar" dir="rtl">
        <Page locale="ar" />
      </div>,
    );
    expect(screen.getByRole('navigation', { name: 'القائمة الرئيسية' })).toBeTruthy();
    expect(screen.getByText('انتقل إلى المحتوى الرئيسي')).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('leaves the skip link out when told, and drops unsafe navigation links', () => {
    const { container } = render(
      <SiteHeader
        name="IOM Belarus"
        mainId={null}
        navigation={[{ label: 'Bad', href: 'javascript:alert(1)' }]}
      />,
    );
    expect(screen.queryByText('Skip to main content')).toBeNull();
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
    expect(screen.getByText('Bad')).toBeTruthy();
  });
});
