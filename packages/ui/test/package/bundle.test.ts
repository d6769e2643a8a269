import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundledInputs, zodFiles } from '@iom/browser-testing/bundle';
import { describe, expect, it } from 'vitest';

const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

describe('the built @iom/ui', () => {
  it.each([
    ['index.js', 'esm'],
    ['index.cjs', 'cjs'],
  ] as const)(
    '%s bundles without zod: only the URL and date rules come from @iom/content',
    async (entry, format) => {
      // A site brings its own React; everything else is ours to account for.
      const inputs = await bundledInputs(dist(entry), {
        format,
        external: ['react', 'react/jsx-runtime'],
      });
      expect(zodFiles(inputs)).toEqual([]);
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
