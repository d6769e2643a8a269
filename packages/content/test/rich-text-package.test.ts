import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

/** Every file a browser bundle of the built entry pulls in. */
async function bundledInputs(entry: string, format: 'esm' | 'cjs') {
  const result = await build({
    entryPoints: [dist(entry)],
    bundle: true,
    write: false,
    metafile: true,
    format,
    platform: 'browser',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('@iom/content/rich-text', () => {
  it.each([
    ['rich-text.js', 'esm'],
    ['rich-text.cjs', 'cjs'],
  ] as const)('%s bundles for a browser without zod', async (entry, format) => {
    const inputs = await bundledInputs(entry, format);
    expect(inputs.filter((input) => /[\\/]zod[\\/]/.test(input))).toEqual([]);
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
