import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from './site.js';

/**
 * html-validate's recommended rules, which check what the W3C validator checks and more, with
 * only the rules about how React writes HTML turned off: it closes void elements (`<meta />`)
 * and keeps React's attribute spelling (`charSet`, `hrefLang`), both valid HTML. Ids follow
 * HTML's own rule (any id without spaces), not the stricter CSS-friendly one.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': 'off',
    'attr-case': 'off',
    'valid-id': ['error', { relaxed: true }],
  },
});

const pages = (await readdir(DIST, { recursive: true }))
  .filter((file) => file.endsWith('.html'))
  .sort();

describe('every built page passes html-validate', () => {
  it('finds the pages', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages).toContain(join('en', 'index.html'));
  });

  it.each(pages)('%s', async (page) => {
    const report = await validator.validateFile(join(DIST, page));
    const problems = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
