import type { Meta, StoryObj } from '@storybook/react-vite';
import { Pagination } from './pagination.js';

const meta = {
  title: 'Site/Pagination',
  component: Pagination,
  args: {
    page: 4,
    pageCount: 9,
    getHref: (page) => (page === 1 ? '/en/news/' : `/en/news/${page}/`),
  },
  argTypes: { getHref: { control: false }, linkComponent: { control: false } },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A middle page: first, last and neighbours, with gaps between. */
export const Default: Story = {};

export const FirstPage: Story = { args: { page: 1 } };

export const LastPage: Story = { args: { page: 9 } };

/** Two pages: no gaps. */
export const TwoPages: Story = { args: { page: 1, pageCount: 2 } };
