import type { Meta, StoryObj } from '@storybook/react-vite';
import { SkipLink } from './skip-link.js';

const meta = {
  title: 'Site/SkipLink',
  component: SkipLink,
  parameters: { frame: 'header' },
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden until focused: press Tab. The play function focuses it for the screenshot. */
export const Focused: Story = {
  play: ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('.iom-skip-link')?.focus();
  },
};
