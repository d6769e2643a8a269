import { type RichText, resolve } from '@iom/content';
import { sampleArticle, sampleCollection, sampleTranslations } from '@iom/content/samples';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { testImage, UNSAFE_URLS } from '../../test/fixtures.js';
import { RouterLink } from '../../test/router-link.js';
import { ArticleBody } from './article-body.js';

const text = (value: string) => ({ type: 'text' as const, text: value });
/** Every kind of block and inline node, to show each renders. */
const richBody: RichText = [
  { type: 'heading', level: 1, children: [text('The plan')] },
  {
    type: 'paragraph',
    children: [
      text('Partners discussed '),
      { type: 'text', text: 'a three-year plan', marks: ['strong', 'emphasis'] },
      text(' — see '),
      { type: 'link', href: 'https://belarus.iom.int', children: [text('IOM Belarus')] },
      text('.'),
    ],
  },
  { type: 'heading', level: 2, children: [text('Goals')] },
  {
    type: 'list',
    style: 'bulleted',
    items: [
      { children: [text('Enhance medical support')] },
      { children: [text('Minimise risks')] },
    ],
  },
  { type: 'list', style: 'numbered', items: [{ children: [text('Recommendations')] }] },
  { type: 'image', image: { ...testImage, caption: 'The roundtable', credit: 'Test credit' } },
];
const body = () => document.querySelector('.iom-article-body') as HTMLElement;

describe('ArticleBody', () => {
  it('renders the article’s paragraphs and its quote', () => {
    renderInPage(<ArticleBody body={resolve(sampleArticle, sampleCollection).body} />);
    expect(body().querySelectorAll(':scope > p')).toHaveLength(6);
    expect(screen.getByRole('figure').querySelector('blockquote')).not.toBeNull();
    expect(screen.getByText('IOM Belarus Chief of Mission')).toBeTruthy();
  });

  it('moves headings to fit the page: level 1 becomes h2 by default', () => {
    renderInPage(<ArticleBody body={richBody} />);
    expect(
      within(body())
        .getAllByRole('heading')
        .map((h) => [h.tagName, h.textContent]),
    ).toEqual([
      ['H2', 'The plan'],
      ['H3', 'Goals'],
    ]);
  });

  it('moves headings further down for a deeper page, never past h6', () => {
    renderInPage(
      <ArticleBody
        body={[...richBody, { type: 'heading', level: 4, children: [text('Deep')] }]}
        headingLevel={4}
      />,
      { headingLevel: 4 },
    );
    expect(
      within(body())
        .getAllByRole('heading')
        .map((h) => h.tagName),
    ).toEqual(['H4', 'H5', 'H6']);
  });

  it('renders bulleted and numbered lists', () => {
    renderInPage(<ArticleBody body={richBody} />);
    const [bulleted, numbered] = within(body()).getAllByRole('list');
    expect(bulleted?.tagName).toBe('UL');
    expect(within(bulleted as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    expect(numbered?.tagName).toBe('OL');
  });

  it('renders a list nested under a list item inside that item', () => {
    renderInPage(
      <ArticleBody
        body={[
          {
            type: 'list',
            style: 'bulleted',
            items: [
              {
                children: [text('Health')],
                list: { style: 'numbered', items: [{ children: [text('Screening')] }] },
              },
              { children: [text('Education')] },
            ],
          },
        ]}
      />,
    );
    const nested = body().querySelector(':scope > ul > li > ol');
    expect(nested?.parentElement?.firstChild?.textContent).toBe('Health');
    expect(within(nested as HTMLElement).getByRole('listitem').textContent).toBe('Screening');
    expect(body().querySelectorAll(':scope > ul > li')).toHaveLength(2);
  });

  it('renders marks as <strong> and <em>', () => {
    renderInPage(<ArticleBody body={richBody} />);
    const marked = screen.getByText('a three-year plan');
    expect([marked.tagName, marked.parentElement?.tagName].sort()).toEqual(['EM', 'STRONG']);
  });

  it('renders links, through the site’s link component when given', () => {
    renderInPage(<ArticleBody body={richBody} linkComponent={RouterLink} />);
    const link = screen.getByRole('link', { name: 'IOM Belarus' });
    expect(link.getAttribute('href')).toBe('https://belarus.iom.int');
    expect(link.dataset.router).toBe('yes');
  });

  it('renders images with alt text, caption and credit', () => {
    renderInPage(<ArticleBody body={richBody} />);
    const image = screen.getByRole('img');
    expect(image.getAttribute('alt')).toBe(testImage.alt);
    expect(image.closest('figure')?.querySelector('figcaption')?.textContent).toBe(
      'The roundtableTest credit',
    );
  });

  it.each(UNSAFE_URLS)('keeps the words of a link to %s but never the URL', (url) => {
    const unsafe: RichText = [
      { type: 'paragraph', children: [{ type: 'link', href: url, children: [text('Click')] }] },
      { type: 'image', image: { ...testImage, src: url } },
    ];
    const { container } = renderInPage(<ArticleBody body={unsafe} />);
    expect(container.querySelector('a, img')).toBeNull();
    expect(screen.getByText('Click').tagName).toBe('P');
  });

  it('marks its language, right to left for Arabic', () => {
    renderInPage(<ArticleBody body={sampleTranslations.ar.body} locale="ar" />);
    expect(body().getAttribute('dir')).toBe('rtl');
    expect(body().getAttribute('lang')).toBe('ar');
  });

  describe('has no axe violations', () => {
    it('with every kind of block', async () => {
      renderInPage(<ArticleBody body={richBody} />);
      await expectNoAxeViolations();
    });

    it('with the sample article in Arabic, right to left', async () => {
      renderInPage(
        <ArticleBody body={resolve(sampleTranslations.ar, sampleCollection).body} locale="ar" />,
      );
      await expectNoAxeViolations();
    });
  });
});
