import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_WORD } from '../../test/site-fixtures.js';
import { SiteFooter } from './site-footer.js';

const meta = {
  title: 'Site/SiteFooter',
  component: SiteFooter,
  args: {
    name: 'IOM Belarus',
    linkGroups: [
      {
        title: 'Who We Are',
        links: [
          { label: 'About', href: '/en/who-we-are/#about' },
          { label: 'IOM Global', href: 'https://www.iom.int/' },
        ],
      },
    ],
    socialLinks: [
      { label: 'A social profile (example address)', href: 'https://example.org/social' },
    ],
    legal: 'A demonstration of IOM Web Kit, built from the IOM Belarus sample content.',
  },
  argTypes: { linkComponent: { control: false } },
  parameters: { frame: 'footer', layout: 'fullscreen' },
} satisfies Meta<typeof SiteFooter>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Name and the UN line alone. */
export const Minimal: Story = { args: { linkGroups: [], socialLinks: [], legal: undefined } };

export const LongWords: Story = {
  args: { linkGroups: [{ title: LONG_WORD, links: [{ label: LONG_WORD, href: '/en/long/' }] }] },
};
