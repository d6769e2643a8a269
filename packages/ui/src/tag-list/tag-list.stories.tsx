import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_WORD } from '../../test/site-fixtures.js';
import { TagList } from './tag-list.js';

const meta = {
  title: 'Site/TagList',
  component: TagList,
  args: {
    tags: [
      { label: 'Migration health', href: '/themes/health/' },
      { label: 'Belarus', href: '/countries/by/' },
      { label: 'SDG 3', href: '/sdgs/3/' },
      { label: 'Without a page' },
    ],
  },
  argTypes: { linkComponent: { control: false } },
} satisfies Meta<typeof TagList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const One: Story = {
  args: { tags: [{ label: 'Migration health', href: '/themes/health/' }] },
};

export const LongWords: Story = {
  args: { tags: [{ label: LONG_WORD, href: '/long/' }] },
  parameters: { containerWidth: '20rem' },
};
