import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // Declarations come from `build:types` (`tsup --dts-only`), a turbo task of its own that runs
  // beside this one, so packages that import this one build without waiting for them.
  clean: ['!**/*.d.{ts,cts}'],
  target: 'node22',
  treeshake: true,
  external: ['astro', 'react', 'react-dom', '@iom/content', '@iom/ui'],
});
