import { resolve } from '@iom/content';
import {
  publicPageSamples,
  sampleArticle,
  sampleCollection,
  sampleEvent,
  sampleProject,
} from '@iom/content/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Breadcrumbs } from '../breadcrumbs/breadcrumbs.js';
import { Hero } from '../hero/hero.js';
import { KeyFacts } from '../key-facts/key-facts.js';
import { NewsList } from '../news-list/news-list.js';
import { ArticlePage } from './article-page.js';
import { EventPage } from './event-page.js';
import { HomePage } from './home-page.js';
import { ProjectPage } from './project-page.js';

const article = resolve(sampleArticle, sampleCollection);
const project = resolve(sampleProject, sampleCollection);
const event = resolve(sampleEvent, sampleCollection);

const meta = {
  title: 'Pages/Templates',
  component: ArticlePage,
  args: { article },
  parameters: { layout: 'fullscreen', pageTitle: true },
} satisfies Meta<typeof ArticlePage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An article's page: breadcrumbs, header, body and quotes. */
export const Article: Story = {
  args: {
    breadcrumbs: (
      <Breadcrumbs
        items={[
          { label: 'News', href: '/en/news/' },
          { label: article.headline, href: `/en/news/${article.id}/` },
        ]}
      />
    ),
  },
};

/** A project's page: the title once, then its facts (ProjectSummary's page variant). */
export const Project: Story = {
  render: ({ locale }) => <ProjectPage project={project} locale={locale} />,
};

export const Event: Story = {
  render: ({ locale }) => (
    <EventPage
      event={event}
      locale={locale}
      organisersTitle="Organised by"
      participantsTitle="Participants"
    />
  ),
};

/**
 * REMA(K)ER's page, from IOM's public pages: dated by the year, with its acronym, coverage,
 * region and IOM's project codes.
 */
export const ProjectWithCodes: Story = {
  render: ({ locale }) => (
    <ProjectPage
      project={resolve(publicPageSamples.yearsProject, publicPageSamples.collection)}
      locale={locale}
    />
  ),
};

/**
 * IOM's International Dialogue on Migration 2022, from IOM's public pages: online, its audience,
 * three sessions in New York's local time and a link to the final report.
 */
export const OnlineDialogueWithSessions: Story = {
  render: ({ locale }) => (
    <EventPage
      event={resolve(publicPageSamples.dialogue, publicPageSamples.collection)}
      locale={locale}
    />
  ),
};

export const Home: Story = {
  render: ({ locale }) => (
    <HomePage
      hero={<Hero title="IOM Belarus" text="IOM has had a presence in Belarus since 1994." />}
      sections={[
        {
          id: 'facts',
          title: 'IOM in numbers',
          content: <KeyFacts facts={[{ value: 175, label: 'member states' }]} locale={locale} />,
        },
        {
          id: 'news',
          title: 'Latest news',
          content: (
            <NewsList articles={[{ ...sampleArticle, url: '/en/news/a/' }]} locale={locale} />
          ),
        },
      ]}
    />
  ),
};
