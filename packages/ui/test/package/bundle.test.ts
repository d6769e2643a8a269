import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

/** Every file a bundler pulls in for a site that imports the built package (React aside). */
async function bundledInputs(entry: string, format: 'esm' | 'cjs') {
  const result = await build({
    entryPoints: [dist(entry)],
    bundle: true,
    write: false,
    metafile: true,
    format,
    platform: 'browser',
    external: ['react', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the built @iom/ui', () => {
  it.each([
    ['index.js', 'esm'],
    ['index.cjs', 'cjs'],
  ] as const)(
    '%s bundles without zod: only the URL and date rules come from @iom/content',
    async (entry, format) => {
      const inputs = await bundledInputs(entry, format);
      expect(inputs.filter((input) => /[\\/]zod[\\/]/.test(input))).toEqual([]);
      const fromContent = inputs.filter((input) => input.includes('content/dist'));
      // The walk did follow the runtime import into @iom/content, and found only the zod-free part.
      expect(fromContent.length).toBeGreaterThan(0);
      for (const input of fromContent) {
        expect(await readFile(input, 'utf8')).not.toMatch(
          /from ['"]zod['"]|require\(['"]zod['"]\)/,
        );
      }
    },
  );

  it('imports only React and the zod-free @iom/content/url and /dates at run time, besides its own files', async () => {
    for (const file of ['index.js', 'index.cjs', 'server.js', 'server.cjs', 'messages/fr.js']) {
      const code = await readFile(dist(file), 'utf8');
      const specifiers = [
        ...code.matchAll(/(?:from |import |require\()["']([^"'.][^"']*)["']/g),
      ].map(([, specifier]) => specifier);
      const outside = specifiers.filter(
        (specifier) =>
          !['@iom/content/dates', '@iom/content/url', 'react', 'react/jsx-runtime'].includes(
            specifier ?? '',
          ),
      );
      expect(outside, file).toEqual([]);
    }
  });

  it("has no 'use client' directive: every component is a server component", async () => {
    for (const file of ['index.js', 'index.cjs']) {
      expect(await readFile(dist(file), 'utf8')).not.toMatch(/['"]use client['"]/);
    }
  });
});
