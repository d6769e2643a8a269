import { defineConfig } from 'tsup';
import { buildStyles } from './scripts/build-styles.js';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  external: ['react', '@iom/content', '@iom/tokens'],
  // Arabic, Russian and Chinese strings stay readable in dist instead of \u escapes.
  esbuildOptions: (options) => {
    options.charset = 'utf8';
  },
  onSuccess: () => buildStyles(process.cwd()),
});
