import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { KeyFacts } from './key-facts.js';

const facts = [
  { value: 175, label: 'member states' },
  { value: 100, label: 'countries', qualifier: 'over' as const },
  { value: '1994', label: 'IOM in Belarus since' },
];

describe('KeyFacts', () => {
  it('pairs each figure with its label, numbers formatted for the locale', async () => {
    renderInPage(
      <KeyFacts facts={[...facts, { value: 20000, label: 'a large figure (test data)' }]} />,
    );
    const values = [...document.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(values).toEqual(['175', 'over 100', '1994', '20,000']);
    expect([...document.querySelectorAll('dt')].map((dt) => dt.textContent)[0]).toBe(
      'member states',
    );
    await expectNoAxeViolations();
  });

  it('says "over" and "about" in the locale’s words', () => {
    renderInPage(<KeyFacts facts={facts.slice(1, 2)} locale="ru" />);
    expect(screen.getByText('более 100')).toBeTruthy();
  });

  it('shows nothing without facts', () => {
    const { main } = renderInPage(<KeyFacts facts={[]} />);
    expect(main.querySelector('dl')).toBeNull();
  });
});
