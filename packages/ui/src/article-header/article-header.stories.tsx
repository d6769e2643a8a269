import { sampleArticle, sampleTranslations } from '@iom/content/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { testImage } from '../../test/fixtures.js';
import { LONG_WORD } from '../../test/site-fixtures.js';
import { ArticleHeader } from './article-header.js';

const article = {
  ...sampleArticle,
  label: 'Press release',
  images: [{ ...testImage, caption: 'A stand-in photo (ours, not IOM’s)', credit: 'IOM Web Kit' }],
};

const meta = {
  title: 'Site/ArticleHeader',
  component: ArticleHeader,
  args: { article, headingLevel: 1 },
  parameters: { containerWidth: '48rem' },
} satisfies Meta<typeof ArticleHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The sample page has no photo. */
export const NoImage: Story = { args: { article: sampleArticle } };

export const ArabicArticle: Story = { args: { article: sampleTranslations.ar } };

export const LongWords: Story = {
  args: { article: { ...sampleArticle, headline: `${LONG_WORD} ${LONG_WORD}` } },
  parameters: { containerWidth: '20rem' },
};
