import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES, chromiumOnBuiltSite } from './site.js';
import { visit } from './visit.js';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

const site = chromiumOnBuiltSite();

describe.each(ALL_ROUTES)('%s', (route) => {
  it('answers 200, loads without console errors and has exactly one h1', async () => {
    const { page, status, errors } = await visit(site.browser, site.url, route);
    expect(status).toBe(200);
    expect(errors).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });

  it('has zero axe violations under the WCAG 2.2 AA rules', async () => {
    const { page } = await visit(site.browser, site.url, route);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    }, WCAG_22_AA);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the site root', () => {
  it('sends readers to the English home page', async () => {
    const { page, status } = await visit(site.browser, site.url, '/');
    expect(status).toBe(200);
    await page.waitForURL(new URL('/en/', site.url).href, { timeout: 60_000 });
    await page.close();
  });

  it('answers an unknown address with the 404 page and status 404', async () => {
    const response = await fetch(new URL('/en/no-such-page/', site.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});
