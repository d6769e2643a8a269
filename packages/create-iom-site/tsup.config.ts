import { defineConfig } from 'tsup';
import { copySamples, siteDependencies } from './scripts/build-inputs.js';

export default defineConfig(async () => ({
  entry: { bin: 'src/bin.ts' },
  format: ['esm'],
  clean: true,
  target: 'node20',
  platform: 'node',
  // The English words are bundled, so running the starter installs nothing but itself.
  noExternal: ['@iom/ui'],
  banner: { js: '#!/usr/bin/env node' },
  define: { __SITE_DEPENDENCIES__: JSON.stringify(await siteDependencies()) },
  esbuildOptions: (options) => {
    options.charset = 'utf8';
  },
  onSuccess: () => copySamples('dist/samples'),
}));
