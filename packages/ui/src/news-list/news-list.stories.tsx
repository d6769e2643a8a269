import { sampleArticle, sampleTranslations } from '@iom/content/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { testImage } from '../../test/fixtures.js';
import { NewsList } from './news-list.js';

const linked = (article: typeof sampleArticle) => ({ ...article, url: `/news/${article.id}/` });

const meta = {
  title: 'Site/NewsList',
  component: NewsList,
  args: {
    articles: [
      linked({ ...sampleArticle, images: [testImage] }),
      linked(sampleTranslations.ru),
      linked(sampleTranslations.ar),
    ],
    headingLevel: 3,
  },
  argTypes: { getHref: { control: false }, linkComponent: { control: false } },
} satisfies Meta<typeof NewsList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three articles, each in its own language, in the toolbar's language's words. */
export const Many: Story = {};

export const One: Story = { args: { articles: [linked(sampleArticle)] } };

export const Compact: Story = { args: { variant: 'compact' } };
