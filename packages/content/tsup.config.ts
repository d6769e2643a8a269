import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', samples: 'src/samples.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  // The CLI is an executable, not an import: it needs no types and ships as ESM only (see `files`).
  dts: { entry: { index: 'src/index.ts', samples: 'src/samples.ts' } },
  clean: true,
  target: 'node20',
  treeshake: true,
});
