import type { Meta, StoryObj } from '@storybook/react-vite';
import { testImage } from '../../test/fixtures.js';
import { ResponsiveImage } from './responsive-image.js';

const meta = {
  title: 'Site/ResponsiveImage',
  component: ResponsiveImage,
  args: {
    image: testImage,
    variants: [{ src: testImage.src, width: 1200 }],
    sizes: '24rem',
    className: 'iom-story-image',
  },
  parameters: { containerWidth: '24rem' },
} satisfies Meta<typeof ResponsiveImage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The page's main image: loaded at once, first. */
export const Priority: Story = { args: { priority: true } };
