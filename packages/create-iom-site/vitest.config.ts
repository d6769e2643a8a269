import { defineConfig } from 'vitest/config';
import { siteDependencies } from './scripts/build-inputs.js';

export default defineConfig(async () => ({
  define: { __SITE_DEPENDENCIES__: JSON.stringify(await siteDependencies()) },
  test: {
    include: ['test/**/*.test.ts'],
    // The watch-free tests write small sites to temporary folders; the CLI ones start Node.
    testTimeout: 30_000,
  },
}));
