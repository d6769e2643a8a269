import type { Meta, StoryObj } from '@storybook/react-vite';
import { testImage } from '../../test/fixtures.js';
import { LONG_WORD } from '../../test/site-fixtures.js';
import { Hero } from './hero.js';

const meta = {
  title: 'Site/Hero',
  component: Hero,
  args: {
    title: 'IOM Belarus',
    text: 'IOM has had a presence in Belarus since 1994.',
    headingLevel: 1,
  },
  argTypes: { children: { control: false } },
} satisfies Meta<typeof Hero>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithImage: Story = { args: { image: testImage } };

export const LongWords: Story = {
  args: { title: LONG_WORD },
  parameters: { containerWidth: '20rem' },
};
