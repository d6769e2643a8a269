import { resolve } from '@iom/content';
import { sampleArticle, sampleCollection, sampleEvent, sampleProject } from '@iom/content/samples';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/dom.js';
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
const outline = () =>
  screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
/** No heading skips a level on the way down: the outline a screen reader lists. */
const expectOutline = () => {
  const levels = outline();
  expect(levels[0]).toBe(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1);
  });
};

describe('page templates', () => {
  it('ArticlePage: breadcrumbs, the headline as h1, the body from h2, its quotes', async () => {
    render(
      <main>
        <ArticlePage
          article={article}
          breadcrumbs={
            <Breadcrumbs
              items={[
                { label: 'News', href: '/en/news/' },
                { label: article.headline, href: '/en/news/a/' },
              ]}
            />
          }
        />
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.headline);
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeTruthy();
    expect(document.querySelector('blockquote')).not.toBeNull();
    expectOutline();
    await expectNoAxeViolations();
  });

  it('ProjectPage: the title once, as h1, then the facts without a link to itself', async () => {
    render(
      <main>
        <ProjectPage project={{ ...project, url: '/en/projects/p/' }} />
      </main>,
    );
    expect(screen.getAllByText(project.title)).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(project.title);
    expect(screen.queryByText('Read more')).toBeNull();
    expectOutline();
    await expectNoAxeViolations();
  });

  it('EventPage: the title as h1, when and where, organisers and participants', async () => {
    render(
      <main>
        <EventPage event={event} organisersTitle="Organised by" participantsTitle="Participants" />
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(event.title);
    expect(screen.getByRole('heading', { name: 'Participants' }).tagName).toBe('H2');
    expectOutline();
    await expectNoAxeViolations();
  });

  it('HomePage: the hero, then each section as a region named by its h2', async () => {
    render(
      <main>
        <HomePage
          hero={<Hero title="IOM Belarus" text="IOM has had a presence in Belarus since 1994." />}
          sections={[
            {
              id: 'facts',
              title: 'IOM in numbers',
              content: <KeyFacts facts={[{ value: 175, label: 'member states' }]} />,
            },
            { id: 'news', title: 'Latest news', content: <NewsList articles={[sampleArticle]} /> },
          ]}
        />
      </main>,
    );
    expect(screen.getByRole('region', { name: 'Latest news' }).id).toBe('news');
    expectOutline();
    await expectNoAxeViolations();
  });
});
