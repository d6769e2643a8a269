import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/dom.js';
import { SkipLink } from './skip-link.js';

describe('SkipLink', () => {
  it('links to the main content, in the page’s language', async () => {
    render(
      <>
        <SkipLink locale="ru" />
        <main id="main">
          <h1>Page</h1>
        </main>
      </>,
    );
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('#main');
    expect(link.textContent).toBe('Перейти к основному содержанию');
    await expectNoAxeViolations();
  });

  it('takes another target and words', () => {
    render(<SkipLink href="#content">Skip to the article</SkipLink>);
    expect(screen.getByRole('link', { name: 'Skip to the article' }).getAttribute('href')).toBe(
      '#content',
    );
  });
});
