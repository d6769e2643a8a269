import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // One Chromium at a time: CI has two cores, and each test file drives a whole browser.
    fileParallelism: false,
    // Generous, for a busy machine: a test opens a story (a page load at most) and runs axe;
    // the checker's hook builds Storybook once more. No test asserts speed.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
