import { sampleArticle, sampleTranslations } from '@iom/content/samples';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { NewsList } from './news-list.js';

const articles = [sampleArticle, sampleTranslations.ru];

describe('NewsList', () => {
  it('lists a NewsCard for each article, linked where the site says', async () => {
    renderInPage(<NewsList articles={articles} getHref={(article) => `/news/${article.id}/`} />, {
      headingLevel: 3,
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.getAllByRole('link')[0]?.getAttribute('href')).toBe(`/news/${sampleArticle.id}/`);
    await expectNoAxeViolations();
  });

  it('shows nothing for no articles', () => {
    const { main } = renderInPage(<NewsList articles={[]} />);
    expect(main.querySelector('ul')).toBeNull();
  });
});
