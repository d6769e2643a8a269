import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Chromium at a time: steadier on small CI machines, and still well under a minute.
    fileParallelism: false,
    // Generous, for a busy machine: a test may build the whole site or launch Chromium. No test
    // asserts speed; the timeout only says when a test is stuck.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
