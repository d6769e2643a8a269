import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/dom.js';
import { testImage } from '../../test/fixtures.js';
import { Hero } from './hero.js';

describe('Hero', () => {
  it('shows the page’s title as h1, its text and image, the image loaded first', async () => {
    render(
      <main>
        <Hero
          title="IOM Belarus"
          text="IOM has had a presence in Belarus since 1994."
          image={testImage}
        >
          <a href="/who-we-are/">Who we are</a>
        </Hero>
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('IOM Belarus');
    expect(screen.getByText('IOM has had a presence in Belarus since 1994.')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('fetchpriority')).toBe('high');
    expect(screen.getByRole('link').textContent).toBe('Who we are');
    await expectNoAxeViolations();
  });

  it('takes another heading level, with no text or image', () => {
    render(<Hero title="Our work" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
