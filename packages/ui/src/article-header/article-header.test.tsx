import { sampleArticle, sampleTranslations } from '@iom/content/samples';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/dom.js';
import { testImage } from '../../test/fixtures.js';
import { ArticleHeader } from './article-header.js';

const article = {
  ...sampleArticle,
  label: 'Press release',
  images: [{ ...testImage, caption: 'The roundtable in Minsk', credit: 'IOM Belarus' }],
};

describe('ArticleHeader', () => {
  it('shows label, headline as h1, dateline and date, standfirst and lead image', async () => {
    render(
      <main>
        <ArticleHeader article={article} />
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(sampleArticle.headline);
    expect(screen.getByText('Press release')).toBeTruthy();
    expect(screen.getByText('November 5, 2024').tagName).toBe('TIME');
    expect(screen.getByText(sampleArticle.summary)).toBeTruthy();
    const image = screen.getByRole('img');
    expect(image.getAttribute('fetchpriority')).toBe('high');
    expect(screen.getByText('Photo: IOM Belarus')).toBeTruthy();
    expect(screen.getByText('The roundtable in Minsk')).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('takes another heading level, and an Arabic article right to left', async () => {
    render(
      <main>
        <h1>News</h1>
        <ArticleHeader article={sampleTranslations.ar} headingLevel={2} />
      </main>,
    );
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.closest('header')?.getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations();
  });
});
