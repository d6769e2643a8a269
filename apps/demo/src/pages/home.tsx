import { type Organisation, resolve } from '@iom/content';
import { Hero, HomePage, KeyFacts, NewsList, PartnerList, ProjectSummary } from '@iom/ui';
import type { Page } from '../page.js';
import { keyFactsOf } from '../parts/key-facts.js';
import { paths } from '../routes.js';
import type { Site } from '../site.js';

const LATEST_NEWS = 3;

/**
 * The organisations IOM Belarus works with: those taking part in its projects and events,
 * other than IOM Belarus and IOM themselves.
 */
export function partnersOf(site: Site): Organisation[] {
  const own = new Set([site.organisation.id, site.parent?.id]);
  const ids = [
    ...site.projects.flatMap((project) =>
      project.participants.map((participant) => participant.organisation),
    ),
    ...site.events.flatMap((event) => [...(event.organisers ?? []), ...(event.participants ?? [])]),
  ].filter((id) => !own.has(id));
  return site.find([...new Set(ids)], 'organisation');
}

export function homePage(site: Site): Page {
  const { organisation, parent } = site;
  const latest = site.articles('en').slice(0, LATEST_NEWS);
  // No document says which project to feature: the one the latest news is about, else the first.
  const featured = site.find(latest[0]?.relatedProjects, 'project')[0] ?? site.projects[0];
  const description = [parent?.description, organisation.description]
    .filter((text) => text !== undefined)
    .join(' ');
  const sections = [
    {
      id: 'who-we-are',
      title: 'Who We Are',
      content: (
        <>
          {organisation.description !== undefined && <p>{organisation.description}</p>}
          <KeyFacts facts={keyFactsOf(site)} />
          <p>
            <a href={paths.whoWeAre}>More about who we are</a>
          </p>
        </>
      ),
    },
    latest.length > 0 && {
      id: 'latest-news',
      title: 'Latest news',
      content: (
        <>
          <NewsList articles={latest} headingLevel={3} />
          <p>
            <a href={paths.news}>All news</a>
          </p>
        </>
      ),
    },
    featured !== undefined && {
      id: 'featured-project',
      title: 'Featured project',
      content: <ProjectSummary project={resolve(featured, site.index)} headingLevel={3} />,
    },
    {
      id: 'partners',
      title: 'Partners',
      content: (
        <PartnerList
          organisations={partnersOf(site)}
          groupBy="kind"
          title={null}
          headingLevel={3}
        />
      ),
    },
  ].filter((section) => section !== false);
  return {
    path: paths.home,
    lang: 'en',
    title: organisation.name,
    description,
    kind: 'website',
    alternates: [{ lang: 'en', path: paths.home }],
    describes: [organisation],
    main: (
      <HomePage
        hero={<Hero title={organisation.name} text={parent?.description} />}
        sections={sections}
      />
    ),
  };
}
