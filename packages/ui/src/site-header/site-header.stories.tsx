import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_WORD, sampleLanguages, sampleNavigation } from '../../test/site-fixtures.js';
import { LanguageSwitcher } from '../language-switcher/language-switcher.js';
import { SiteHeader } from './site-header.js';

const meta = {
  title: 'Site/SiteHeader',
  component: SiteHeader,
  args: {
    name: 'IOM Belarus',
    homeHref: '/en/',
    navigation: sampleNavigation,
    currentHref: '/en/news/',
  },
  argTypes: { linkComponent: { control: false }, languageSwitcher: { control: false } },
  parameters: {
    // axe counts a skip link as one only when it comes before the page's first link; in
    // Storybook's frame, Storybook's own (hidden) error-display links come first. The demo's
    // browser tests check the skip link on real pages.
    a11y: { config: { rules: [{ id: 'region', enabled: false }] } },
    frame: 'header',
    layout: 'fullscreen',
  },
} satisfies Meta<typeof SiteHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** With the language switcher in its slot: the page exists in English, Russian and Arabic. */
export const WithLanguageSwitcher: Story = {
  render: (args) => (
    <SiteHeader
      {...args}
      languageSwitcher={
        <LanguageSwitcher languages={sampleLanguages} current={args.locale ?? 'en'} />
      }
    />
  ),
};

/** A phone's width: the items wrap, sub-items stay under their item, nothing needs JavaScript. */
export const Narrow: Story = { parameters: { containerWidth: '20rem' } };

export const LongWords: Story = {
  args: { name: `IOM ${LONG_WORD}`, navigation: [{ label: LONG_WORD, href: '/en/long/' }] },
};

/** The name alone, for a one-page site. */
export const NameOnly: Story = { args: { navigation: [] } };
