import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every module specifier the built `entry` loads at run time, following its own chunks. */
async function runtimeImports(entry: string): Promise<Set<string>> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    const specifiers = code.matchAll(
      /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\brequire\(['"]([^'"]+)['"]\)/g,
    );
    for (const [, ...alternatives] of specifiers) {
      const specifier = alternatives.find((each) => each !== undefined) ?? '';
      if (specifier.startsWith('.')) await visit(join(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  await visit(join(dist, entry));
  return packages;
}

describe('the built @iom/content/publish', () => {
  it('is checked by a walk that does find zod behind the package root', async () => {
    expect(await runtimeImports('index.js')).toContain('zod');
  });

  it.each(['publish.js', 'publish.cjs'])(
    '%s loads no other package (no zod): a build script or an edge function can use it alone',
    async (entry) => {
      const imports = await runtimeImports(entry);
      expect([...imports]).toEqual([]);
      const code = await readFile(join(dist, entry), 'utf8');
      expect(code).toMatch(/pageMetadata/);
    },
  );
});
