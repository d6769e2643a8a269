import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI tests start node processes; on a busy CI machine that can take seconds. Behaviour is
    // asserted, never speed.
    testTimeout: 30_000,
  },
});
