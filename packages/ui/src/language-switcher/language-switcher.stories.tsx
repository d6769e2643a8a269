import type { Meta, StoryObj } from '@storybook/react-vite';
import { sampleLanguages } from '../../test/site-fixtures.js';
import { LanguageSwitcher } from './language-switcher.js';

const meta = {
  title: 'Site/LanguageSwitcher',
  component: LanguageSwitcher,
  args: { languages: sampleLanguages, current: 'en' },
  argTypes: { linkComponent: { control: false } },
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** On the Arabic page: Arabic is the current one. */
export const ArabicCurrent: Story = { args: { current: 'ar' } };

/** All six UN languages, each named in itself. */
export const SixLanguages: Story = {
  args: {
    languages: ['en', 'fr', 'es', 'ar', 'ru', 'zh'].map((lang) => ({ lang, href: `/${lang}/` })),
  },
};
