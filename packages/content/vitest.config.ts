import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Generous: the CLI tests start Node processes, and CI may share two busy cores. No test
    // asserts speed; the timeout only says when a test is stuck.
    testTimeout: 30_000,
  },
});
