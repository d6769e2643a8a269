import type { Meta, StoryObj } from '@storybook/react-vite';
import { SkipLink } from './skip-link.js';

const meta = {
  title: 'Site/SkipLink',
  component: SkipLink,
  parameters: {
    // axe counts a skip link as one only when it comes before the page's first link; in
    // Storybook's frame, Storybook's own (hidden) error-display links come first. The demo's
    // browser tests check the skip link on real pages.
    a11y: { config: { rules: [{ id: 'region', enabled: false }] } },
    frame: 'header',
  },
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden until focused: press Tab. The play function focuses it for the screenshot. */
export const Focused: Story = {
  play: ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('.iom-skip-link')?.focus();
  },
};
