import { defineConfig } from 'tsup';
import packageJson from './package.json' with { type: 'json' };
import { emitJsonSchemas } from './src/json-schema/emit.js';

const entry = {
  index: 'src/index.ts',
  samples: 'src/samples.ts',
  url: 'src/url.ts',
  dates: 'src/dates.ts',
  publish: 'src/publish/index.ts',
  testing: 'src/testing/index.ts',
  node: 'src/node.ts',
  cli: 'src/cli.ts',
};
// The CLI is an executable, not an import: it needs no types and ships as ESM only (see `files`).
const { cli: _cli, ...importable } = entry;

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: { entry: importable },
  clean: true,
  target: 'node20',
  treeshake: true,
  // JSON Schema for CMSs that do not run TypeScript, generated from the zod schemas into dist.
  onSuccess: async () => {
    await emitJsonSchemas('dist/json-schema', packageJson.version);
  },
});
