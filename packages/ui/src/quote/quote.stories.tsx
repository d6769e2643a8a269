import { type Article, type ResolvedQuote, resolve } from '@iom/content';
import {
  publicPageSamples,
  sampleArticle,
  sampleCollection,
  sampleEvent,
  sampleTranslations,
} from '@iom/content/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Quote } from './quote.js';

/** The quote in an article's text, its speaker's organisation resolved. */
function quoteIn(article: Article, collection = sampleCollection): ResolvedQuote {
  const block = resolve(article, collection).body.find((candidate) => candidate.type === 'quote');
  if (block?.type !== 'quote') throw new Error(`The sample article '${article.id}' has no quote.`);
  return block.quote;
}

const quote = quoteIn(sampleArticle);
const [roundtableSpeaker] = resolve(sampleEvent, sampleCollection).speakers ?? [];
if (roundtableSpeaker === undefined) throw new Error('The sample event has no speaker.');

/**
 * `locale` is the language the words are in, so each story gives its quote's own; the toolbar
 * changes the page around it, and an English quote stays marked English on an Arabic page.
 */
const meta = {
  title: 'Components/Quote',
  component: Quote,
  args: { quote, locale: sampleArticle.lang },
  parameters: { containerWidth: '40rem' },
} satisfies Meta<typeof Quote>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The job title already names IOM Belarus, so the organisation is not said twice. */
export const Default: Story = {};

/** The roundtable's speaker: her job title and, resolved, the organisation she works for. */
export const WithOrganisation: Story = {
  args: { quote: { text: quote.text, speaker: roundtableSpeaker } },
};

export const SpeakerNameOnly: Story = {
  args: { quote: { text: quote.text, speaker: { name: quote.speaker.name } } },
};

export const Arabic: Story = {
  args: { quote: quoteIn(sampleTranslations.ar), locale: sampleTranslations.ar.lang },
};

export const Russian: Story = {
  args: { quote: quoteIn(sampleTranslations.ru), locale: sampleTranslations.ru.lang },
};

/**
 * From IOM Turkey's story of Ayşe: the page describes her rather than giving a job title, and
 * the description stands where a title would.
 */
export const SpeakerWithDescription: Story = {
  args: {
    quote: quoteIn(publicPageSamples.story, publicPageSamples.collection),
    locale: publicPageSamples.story.lang,
  },
};
