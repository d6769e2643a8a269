import { type RenderResult, render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { expect } from 'vitest';

/**
 * Renders a component where a site would: inside `<main>`, after the page's `h1` and the
 * headings above the component's own level, so heading-order checks see a real outline.
 */
export function renderInPage(
  ui: ReactElement,
  { headingLevel = 2 } = {},
): RenderResult & { main: HTMLElement } {
  const headings = [];
  for (let level = 1; level < headingLevel; level++) {
    const Tag = `h${level}` as 'h1';
    headings.push(<Tag key={level}>Page heading {level}</Tag>);
  }
  const result = render(
    <main>
      {headings}
      {ui}
    </main>,
  );
  return { ...result, main: result.container.querySelector('main') as HTMLElement };
}

/** Runs axe-core on the page and fails with each violation's rule, impact and elements. */
export async function expectNoAxeViolations(element: Element = document.body) {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.html)
        .join(' | ')}`,
  );
  expect(violations).toEqual([]);
}
