import { defineConfig } from 'tsup';
import packageJson from './package.json' with { type: 'json' };
import { emitJsonSchemas } from './src/json-schema/emit.js';

/** The entries a site imports: ESM and CJS, each with its types. */
const importable = {
  index: 'src/index.ts',
  samples: 'src/samples.ts',
  url: 'src/url.ts',
  dates: 'src/dates.ts',
  publish: 'src/publish/index.ts',
  'rich-text': 'src/rich-text/index.ts',
  testing: 'src/testing/index.ts',
  node: 'src/node.ts',
};

export default defineConfig([
  {
    entry: importable,
    format: ['esm', 'cjs'],
    dts: true,
    // The CLI's own build writes cli.js beside these; cleaning leaves it be.
    clean: ['!cli.js'],
    target: 'node20',
    treeshake: true,
    // JSON Schema for CMSs that do not run TypeScript, generated from the zod schemas into dist.
    onSuccess: async () => {
      await emitJsonSchemas('dist/json-schema', packageJson.version);
    },
  },
  {
    // The CLI is an executable, not an import: ESM only, no types, built once.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    treeshake: true,
  },
]);
