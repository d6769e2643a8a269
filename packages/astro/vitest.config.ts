import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The fixture test builds a whole Astro site, twice.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
