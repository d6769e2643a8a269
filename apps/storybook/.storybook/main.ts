import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Stories live beside their components in `packages/ui`; the test-only fixtures (stories that
 * are broken on purpose, to prove the browser suite catches them) join only when
 * `IOM_STORYBOOK_FIXTURES` is set, so the Storybook designers open never shows them.
 */
const fixtures =
  process.env.IOM_STORYBOOK_FIXTURES === '1' ? ['../test/fixtures/*.stories.tsx'] : [];

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../docs/*.mdx', '../../../packages/ui/src/**/*.stories.tsx', ...fixtures],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Reads each prop's JSDoc and default from the component's source for the docs tables.
  typescript: { reactDocgen: 'react-docgen' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // The stories import components from packages/ui, which has its own copy of React.
    resolve: { ...viteConfig.resolve, dedupe: ['react', 'react-dom'] },
    // Storybook's own chunks (axe, the docs renderer) are large by nature; nothing to act on.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
  }),
};

export default config;
