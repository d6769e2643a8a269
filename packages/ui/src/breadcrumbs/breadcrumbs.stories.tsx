import { sampleArticle } from '@iom/content/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_WORD } from '../../test/site-fixtures.js';
import { Breadcrumbs } from './breadcrumbs.js';

const meta = {
  title: 'Site/Breadcrumbs',
  component: Breadcrumbs,
  args: {
    items: [
      { label: 'Home', href: '/en/' },
      { label: 'News', href: '/en/news/' },
      { label: sampleArticle.headline, href: `/en/news/${sampleArticle.id}/` },
    ],
  },
  argTypes: { linkComponent: { control: false } },
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const LongWords: Story = {
  args: {
    items: [
      { label: 'Home', href: '/en/' },
      { label: LONG_WORD, href: '/en/long/' },
    ],
  },
  parameters: { containerWidth: '20rem' },
};
