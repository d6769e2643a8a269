import { publicPageSamples, sampleArticle, sampleTranslations } from '@iom/content/samples';
import { makeArticle } from '@iom/content/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { testImage } from '../../test/fixtures.js';
import { NewsCard } from './news-card.js';

/** The IOM Belarus article as a site lists it: at its address, with a photo. */
const article = {
  ...sampleArticle,
  url: `/en/news/${sampleArticle.id}`,
  images: [testImage],
};

const meta = {
  title: 'Components/NewsCard',
  component: NewsCard,
  args: { article, headingLevel: 3 },
  argTypes: { getHref: { control: false }, linkComponent: { control: false } },
  parameters: { containerWidth: '24rem' },
} satisfies Meta<typeof NewsCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The sample page has no photo: the card closes up around its text. */
export const NoImage: Story = { args: { article: { ...article, images: undefined } } };

export const Horizontal: Story = {
  args: { variant: 'horizontal' },
  parameters: { containerWidth: '44rem' },
};

/** Horizontal in a 320 px column: there is no room beside the text, so the image goes above. */
export const HorizontalInNarrowColumn: Story = {
  args: { variant: 'horizontal' },
  parameters: { containerWidth: '20rem' },
};

export const Compact: Story = { args: { variant: 'compact' } };

export const ArabicArticle: Story = {
  args: { article: { ...sampleTranslations.ar, url: `/ar/news/${sampleTranslations.ar.id}` } },
};

export const RussianArticle: Story = {
  args: { article: { ...sampleTranslations.ru, url: `/ru/news/${sampleTranslations.ru.id}` } },
};

/** A 200-character headline: the sample headline and summary run together, cut at 200. */
export const LongHeadline: Story = {
  args: {
    article: makeArticle({
      url: article.url,
      images: [testImage],
      headline: `${sampleArticle.headline}: ${sampleArticle.summary}`.slice(0, 200),
    }),
  },
};

/** One 40-character word (the project's name as a hashtag) must wrap, not overflow the card. */
export const LongWord: Story = {
  args: {
    article: makeArticle({
      url: article.url,
      images: [testImage],
      headline: '#SupportingNationalCapacitiesInMigration',
    }),
  },
};

/** Only the required fields: no address (so no link), image, dateline or label. */
export const RequiredFieldsOnly: Story = {
  args: { article: makeArticle({ dateline: undefined }) },
};

/** An IOM press release from its public page, dated by the day, with no photo. */
export const PressRelease: Story = {
  args: {
    article: {
      ...publicPageSamples.pressRelease,
      url: `/en/news/${publicPageSamples.pressRelease.id}`,
    },
  },
};

/** A story from IOM Turkey's public page, dated by the day, with no photo. */
export const StoryFromIomTurkey: Story = {
  args: {
    article: {
      ...publicPageSamples.story,
      url: `/en/news/${publicPageSamples.story.id}`,
    },
  },
};
