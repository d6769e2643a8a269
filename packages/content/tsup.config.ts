import { defineConfig } from 'tsup';
import packageJson from './package.json' with { type: 'json' };
import { emitJsonSchemas } from './src/json-schema/emit.js';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    samples: 'src/samples.ts',
    url: 'src/url.ts',
    testing: 'src/testing/index.ts',
    node: 'src/node.ts',
    cli: 'src/cli.ts',
  },
  format: ['esm', 'cjs'],
  // The CLI is an executable, not an import: it needs no types and ships as ESM only (see `files`).
  dts: {
    entry: {
      index: 'src/index.ts',
      samples: 'src/samples.ts',
      url: 'src/url.ts',
      testing: 'src/testing/index.ts',
      node: 'src/node.ts',
    },
  },
  clean: true,
  target: 'node20',
  treeshake: true,
  // JSON Schema for CMSs that do not run TypeScript, generated from the zod schemas into dist.
  onSuccess: async () => {
    await emitJsonSchemas('dist/json-schema', packageJson.version);
  },
});
