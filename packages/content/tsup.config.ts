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

// Declarations come from `build:types` (`tsup --dts-only`: the library's entries alone), a turbo
// task of its own that runs beside `build`, so packages that import this one build without
// waiting for them (they were 87% of this build).
export default defineConfig(({ dts }) => [
  {
    entry: importable,
    format: ['esm', 'cjs'],
    // The CLI's own build writes cli.js beside these, and `build:types` the declarations;
    // cleaning leaves them be.
    clean: ['!cli.js', '!**/*.d.{ts,cts}'],
    target: 'node20',
    treeshake: true,
    // JSON Schema for CMSs that do not run TypeScript, generated from the zod schemas into dist.
    onSuccess: async () => {
      await emitJsonSchemas('dist/json-schema', packageJson.version);
    },
  },
  // The CLI is an executable, not an import: ESM only, no types, built once.
  ...(typeof dts === 'object' && dts.only
    ? []
    : [
        {
          entry: { cli: 'src/cli.ts' },
          format: ['esm' as const],
          target: 'node20',
          treeshake: true,
        },
      ]),
]);
