import { type Article, type Block, type Mark, resolve, type TextSpan } from '@iom/content';
import {
  sampleArticle,
  sampleCollection,
  sampleProject,
  sampleTranslations,
} from '@iom/content/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { testImage } from '../../test/fixtures.js';
import { ArticleBody } from './article-body.js';

const bodyOf = (article: Article) => resolve(article, sampleCollection).body;
const text = (words: string, marks?: Mark[]): TextSpan => ({
  type: 'text',
  text: words,
  ...(marks && { marks }),
});

/**
 * Every kind of block and mark, written from the seed page's own words: the article's opening,
 * the project's goals and results as lists under headings, the quote, a photo and the closing
 * paragraph with emphasis, bold and a link.
 */
const everyBlock: Block[] = [
  ...sampleArticle.body.slice(0, 1),
  { type: 'heading', level: 1, children: [text('Key goals')] },
  {
    type: 'list',
    style: 'bulleted',
    items: (sampleProject.goals ?? []).map((goal) => ({ children: [text(goal)] })),
  },
  { type: 'heading', level: 2, children: [text('Key results')] },
  {
    type: 'list',
    style: 'numbered',
    items: (sampleProject.results ?? []).map((result) => ({ children: [text(result)] })),
  },
  ...sampleArticle.body.filter((block) => block.type === 'quote'),
  { type: 'image', image: { ...testImage, caption: 'A placeholder: the seed page has no photo' } },
  {
    type: 'paragraph',
    children: [
      text('The roundtable was held as part of the '),
      text(sampleProject.title, ['emphasis']),
      text(' project, implemented by '),
      { type: 'link', href: 'https://belarus.iom.int', children: [text('IOM in Belarus')] },
      text(' in collaboration with the '),
      text('Ministry of Health of the Republic of Belarus', ['strong']),
      text(' and funded by the IOM Development Fund.'),
    ],
  },
];

/**
 * `locale` is the language the text is in, so each story gives its article's own; the toolbar
 * changes the page around it, and English text stays marked English on an Arabic page.
 */
const meta = {
  title: 'Components/ArticleBody',
  component: ArticleBody,
  args: { body: bodyOf(sampleArticle), locale: sampleArticle.lang },
  argTypes: { linkComponent: { control: false } },
  parameters: { containerWidth: '40rem' },
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The IOM Belarus article: paragraphs and the Chief of Mission's quote. */
export const Default: Story = {};

export const EveryBlock: Story = { args: { body: everyBlock } };

/** Under a page whose sections are `h2`: the text's top headings become `h3`. */
export const HeadingsOneLevelDown: Story = { args: { body: everyBlock, headingLevel: 3 } };

export const Arabic: Story = {
  args: { body: bodyOf(sampleTranslations.ar), locale: sampleTranslations.ar.lang },
};

export const Russian: Story = {
  args: { body: bodyOf(sampleTranslations.ru), locale: sampleTranslations.ru.lang },
};
