import type { Article } from '@iom/content';
import { sampleArticle, sampleTranslations } from '@iom/content/samples';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { testImage, UNSAFE_URLS } from '../../test/fixtures.js';
import { RouterLink } from '../../test/router-link.js';
import { NewsCard, type NewsCardVariant } from './news-card.js';

const href = (article: Pick<Article, 'id'>) => `/news/${article.id}`;
const withImage: Article = { ...sampleArticle, images: [testImage] };
const VARIANTS: NewsCardVariant[] = ['default', 'horizontal', 'compact'];
const cardHeading = () => within(screen.getByRole('article')).getByRole('heading');

describe('NewsCard', () => {
  it('shows the headline as an h3 by default, or at the level the page needs', () => {
    const { unmount: unmountDefault } = renderInPage(<NewsCard article={sampleArticle} />, {
      headingLevel: 3,
    });
    expect(cardHeading().tagName).toBe('H3');
    expect(cardHeading().textContent).toBe(sampleArticle.headline);
    unmountDefault();
    for (const level of [1, 2, 4, 5, 6] as const) {
      const { unmount } = renderInPage(<NewsCard article={sampleArticle} headingLevel={level} />);
      expect(cardHeading().tagName).toBe(`H${level}`);
      unmount();
    }
  });

  it('makes the headline the card’s one link, with nothing else to tab through', () => {
    renderInPage(<NewsCard article={withImage} getHref={href} />, { headingLevel: 3 });
    const card = screen.getByRole('article');
    const links = within(card).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/news/partners-discuss-migrant-healthcare-plan');
    expect(links[0]?.textContent).toBe(sampleArticle.headline);
    expect(links[0]?.closest('h3')).not.toBeNull();
    expect(card.querySelectorAll('button, input, select, textarea, [tabindex]')).toHaveLength(0);
  });

  it("links to the article's own url by default, and not at all without one", () => {
    const { unmount } = renderInPage(
      <NewsCard article={{ ...sampleArticle, url: '/en/news/partners' }} />,
    );
    expect(screen.getByRole('link').getAttribute('href')).toBe('/en/news/partners');
    unmount();
    renderInPage(<NewsCard article={sampleArticle} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(cardHeading().textContent).toBe(sampleArticle.headline);
  });

  it('renders links through the site’s link component', () => {
    renderInPage(<NewsCard article={sampleArticle} getHref={href} linkComponent={RouterLink} />);
    expect(screen.getByRole('link').dataset.router).toBe('yes');
  });

  it('shows the publication date in a <time> element, formatted for the locale', () => {
    const { unmount } = renderInPage(<NewsCard article={sampleArticle} />);
    const time = screen.getByText('November 5, 2024');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2024-11-05T12:00:00+03:00');
    unmount();
    renderInPage(<NewsCard article={sampleTranslations.ru} />);
    expect(screen.getByText('5 ноября 2024 г.').tagName).toBe('TIME');
  });

  it('keeps the day the editor wrote, whatever time zone the server runs in', () => {
    // 01:00 in Minsk is still 4 November in UTC and in the Americas.
    const early = { ...sampleArticle, published: '2024-11-05T01:00:00+03:00' };
    renderInPage(<NewsCard article={early} locale="en-GB" />);
    expect(screen.getByText('5 November 2024').tagName).toBe('TIME');
  });

  it('shows the day an article gives, with no time invented', () => {
    renderInPage(<NewsCard article={{ ...sampleArticle, published: '2024-02-05' }} locale="fr" />);
    expect(screen.getByText('5 février 2024').getAttribute('datetime')).toBe('2024-02-05');
  });

  it('says the kind of item in the card’s language when the article has no label', () => {
    const release = { ...sampleArticle, label: undefined, contentType: 'press-release' as const };
    const { unmount } = renderInPage(<NewsCard article={release} locale="fr" />);
    expect(screen.getByText('Communiqué de presse').className).toBe('iom-news-card__label');
    unmount();
    renderInPage(<NewsCard article={{ ...release, label: 'News – Global' }} />);
    expect(screen.getByText('News – Global').className).toBe('iom-news-card__label');
    expect(screen.queryByText('Press release')).toBeNull();
  });

  it('shows the dateline, summary and label', () => {
    renderInPage(<NewsCard article={{ ...sampleArticle, label: 'Press release' }} />);
    expect(screen.getByText('Minsk, Belarus')).toBeTruthy();
    expect(screen.getByText(sampleArticle.summary)).toBeTruthy();
    expect(screen.getByText('Press release')).toBeTruthy();
  });

  it('shows the image with its alt text, or an empty alt when it is decorative', () => {
    const { unmount } = renderInPage(<NewsCard article={withImage} />);
    expect(screen.getByRole('img').getAttribute('alt')).toBe(testImage.alt);
    expect(screen.getByRole('article').className).not.toContain('iom-news-card--no-image');
    unmount();
    const decorative = { ...sampleArticle, images: [{ src: '/pattern.svg', decorative: true }] };
    const { container } = renderInPage(<NewsCard article={decorative} />);
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  it('supports having no image', () => {
    const { container } = renderInPage(<NewsCard article={sampleArticle} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('article').className).toContain('iom-news-card--no-image');
  });

  it.each(VARIANTS)('renders the %s variant', (variant) => {
    const { container } = renderInPage(<NewsCard article={withImage} variant={variant} />);
    const card = screen.getByRole('article');
    expect(card.className).toContain(`iom-news-card--${variant}`);
    const compact = variant === 'compact';
    expect(container.querySelector('img') === null).toBe(compact);
    expect(screen.queryByText(sampleArticle.summary) === null).toBe(compact);
    expect(cardHeading().textContent).toBe(sampleArticle.headline);
  });

  it('sets lang and dir from the article, right to left for Arabic', () => {
    renderInPage(<NewsCard article={sampleTranslations.ar} />);
    const card = screen.getByRole('article');
    expect(card.getAttribute('lang')).toBe('ar');
    expect(card.getAttribute('dir')).toBe('rtl');
  });

  it('marks the article’s own language when the card speaks another', () => {
    renderInPage(<NewsCard article={sampleArticle} locale="fr" />);
    expect(screen.getByRole('article').getAttribute('lang')).toBe('fr');
    expect(screen.getByText('5 novembre 2024').tagName).toBe('TIME');
    expect(cardHeading().getAttribute('lang')).toBe('en');
  });

  it.each(UNSAFE_URLS)('never puts %s in an href or src', (url) => {
    const article = { ...sampleArticle, url, images: [{ ...testImage, src: url }] };
    const { container } = renderInPage(<NewsCard article={article} getHref={() => url} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain(url.replace(/&/g, '&amp;'));
    expect(screen.getByRole('article').className).toContain('iom-news-card--no-image');
  });

  describe('has no axe violations', () => {
    it.each(VARIANTS)('%s, with and without an image', async (variant) => {
      renderInPage(
        <>
          <NewsCard article={withImage} variant={variant} getHref={href} />
          <NewsCard article={sampleArticle} variant={variant} getHref={href} />
        </>,
        { headingLevel: 3 },
      );
      await expectNoAxeViolations();
    });

    it('in Arabic, right to left', async () => {
      renderInPage(<NewsCard article={sampleTranslations.ar} getHref={href} />, {
        headingLevel: 3,
      });
      await expectNoAxeViolations();
    });
  });

  it('drops a date it cannot format (props that skipped validation) instead of throwing', () => {
    renderInPage(<NewsCard article={{ ...sampleArticle, published: '5 Nov 2024' }} />);
    expect(cardHeading().textContent).toBe(sampleArticle.headline);
    expect(screen.getByRole('article').querySelector('time')).toBeNull();
  });
});
