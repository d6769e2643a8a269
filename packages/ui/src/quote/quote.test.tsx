import type { Quote as QuoteContent } from '@iom/content';
import { sampleOrganisation, sampleTranslations } from '@iom/content/samples';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { Quote } from './quote.js';

const seedQuote: QuoteContent = {
  text: 'Remaining healthy is a fundamental condition without which migrants cannot work, be productive, or contribute to the development of society in both origin and destination countries.',
  speaker: {
    name: 'Mahym Orazmuhammedova',
    jobTitle: 'Chief of Mission',
    organisation: 'iom-belarus',
  },
};
const resolvedQuote = {
  ...seedQuote,
  speaker: { ...seedQuote.speaker, organisation: sampleOrganisation('iom-belarus') },
};

describe('Quote', () => {
  it('is a figure with the words in a blockquote and the speaker in the caption', () => {
    const { container } = renderInPage(<Quote quote={resolvedQuote} />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('blockquote')?.textContent).toBe(seedQuote.text);
    expect(container.querySelector('figcaption')?.textContent).toBe(
      'Mahym OrazmuhammedovaChief of Mission, IOM Belarus',
    );
  });

  it('keeps a quote of two paragraphs as two paragraphs', () => {
    const quote = { ...resolvedQuote, text: 'First paragraph.\n\nSecond paragraph.\nSame one.' };
    renderInPage(<Quote quote={quote} />);
    const paragraphs = screen.getByRole('figure').querySelectorAll('blockquote > p');
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      'First paragraph.',
      'Second paragraph.\nSame one.',
    ]);
  });

  it('says who a speaker is when there is no job title', () => {
    const quote = {
      text: 'Words.',
      speaker: { name: 'Ahmed', description: 'One of 96,500 who benefitted from the programme' },
    };
    const { container } = renderInPage(<Quote quote={quote} />);
    expect(container.querySelector('figcaption')?.textContent).toBe(
      'AhmedOne of 96,500 who benefitted from the programme',
    );
  });

  it('names the organisation in the page’s language, marking a fallback with lang', () => {
    const iom = {
      ...sampleOrganisation('iom'),
      names: { fr: 'Organisation internationale pour les migrations' },
    };
    const quote = { text: 'Mots.', speaker: { name: 'A. B.', organisation: iom } };
    const { container, unmount } = renderInPage(<Quote quote={quote} locale="fr" />);
    const role = container.querySelector('.iom-quote__role span') as HTMLElement;
    expect(role.textContent).toBe('Organisation internationale pour les migrations');
    expect(role.getAttribute('lang')).toBeNull();
    unmount();
    const { container: russian } = renderInPage(<Quote quote={quote} locale="ru" />);
    const fallback = russian.querySelector('.iom-quote__role span') as HTMLElement;
    expect(fallback.textContent).toBe(iom.name);
    expect(fallback.getAttribute('lang')).toBe('en');
  });

  it('names the organisation once when the job title already does', () => {
    const quote = {
      ...resolvedQuote,
      speaker: { ...resolvedQuote.speaker, jobTitle: 'IOM Belarus Chief of Mission' },
    };
    renderInPage(<Quote quote={quote} />);
    expect(screen.getByText('IOM Belarus Chief of Mission').className).toBe('iom-quote__role');
  });

  it('never shows an unresolved organisation id', () => {
    const { container } = renderInPage(<Quote quote={seedQuote} />);
    expect(container.textContent).not.toContain('iom-belarus');
    expect(container.querySelector('figcaption')?.textContent).toBe(
      'Mahym OrazmuhammedovaChief of Mission',
    );
  });

  it('shows a speaker without a role', () => {
    const { container } = renderInPage(
      <Quote quote={{ text: 'Words.', speaker: { name: 'A speaker' } }} />,
    );
    expect(container.querySelector('figcaption')?.textContent).toBe('A speaker');
    expect(container.querySelector('.iom-quote__role')).toBeNull();
  });

  it('marks its language, right to left for Arabic', () => {
    const arabic = sampleTranslations.ar.body.find((block) => block.type === 'quote');
    if (arabic?.type !== 'quote') throw new Error('The Arabic sample has a quote.');
    renderInPage(<Quote quote={arabic.quote} locale="ar" />);
    expect(screen.getByRole('figure').getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('figure').getAttribute('lang')).toBe('ar');
  });

  it('inherits the page’s language when given none', () => {
    renderInPage(<Quote quote={seedQuote} />);
    expect(screen.getByRole('figure').hasAttribute('lang')).toBe(false);
  });

  it('has no axe violations, left to right and right to left', async () => {
    const arabic = sampleTranslations.ar.body.find((block) => block.type === 'quote');
    renderInPage(
      <>
        <Quote quote={resolvedQuote} />
        {arabic?.type === 'quote' && <Quote quote={arabic.quote} locale="ar" />}
      </>,
    );
    await expectNoAxeViolations();
  });
});
