import { fileURLToPath } from 'node:url';
import { bundledInputs, zodFiles } from '@iom/browser-testing/bundle';
import { describe, expect, it } from 'vitest';

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

describe('@iom/content/rich-text', () => {
  it.each([
    ['rich-text.js', 'esm'],
    ['rich-text.cjs', 'cjs'],
  ] as const)('%s bundles for a browser without zod', async (entry, format) => {
    const inputs = await bundledInputs(dist(entry), { format });
    expect(zodFiles(inputs)).toEqual([]);
    // The walk did follow the parsers: the bundle is the real converter, not an empty shell.
    expect(inputs.some((input) => input.includes('hast-util-from-html'))).toBe(true);
    expect(inputs.some((input) => input.includes('mdast-util-from-markdown'))).toBe(true);
  });

  it('converts in both directions from the built package', async () => {
    const richText: typeof import('../src/rich-text/index.js') = await import(
      /* @vite-ignore */ dist('rich-text.js')
    );
    const { body } = richText.markdownToRichText('Hello **world**');
    expect(richText.richTextToHtml(body)).toBe('<p>Hello <strong>world</strong></p>');
    expect(richText.richTextToMarkdown(body)).toBe('Hello **world**\n');
  });
});
