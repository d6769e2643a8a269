import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        // Every component rendered as a React Server Component: React's `react-server` build,
        // which has no hooks, state or context, so a component needing 'use client' fails here.
        extends: true,
        resolve: { conditions: ['react-server'] },
        ssr: { resolve: { conditions: ['react-server'], externalConditions: ['react-server'] } },
        test: {
          name: 'react-server',
          environment: 'node',
          include: ['test/react-server/**/*.test.tsx'],
          execArgv: ['--conditions=react-server'],
        },
      },
      {
        // Hostile content from @iom/content's property suite, rendered as a site would.
        extends: true,
        test: {
          name: 'property',
          environment: 'node',
          include: ['test/property/**/*.test.tsx'],
        },
      },
      {
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
        },
      },
    ],
  },
});
