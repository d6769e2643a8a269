import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { tokensToCss } from './src/css.js';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // Declarations come from `build:types` (`tsup --dts-only`), a turbo task of its own that runs
  // beside this one, so packages that import this one build without waiting for them.
  clean: ['!**/*.d.{ts,cts}'],
  target: 'es2022',
  treeshake: true,
  // tokens.css comes from the same source as the constants, so the two cannot disagree.
  onSuccess: () => writeFile('dist/tokens.css', tokensToCss()),
});
