import { type Organisation, resolve } from '@iom/content';
import { Hero, HomePage, KeyFacts, NewsList, PartnerList, ProjectSummary } from '@iom/ui';
import { messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { keyFactsOf } from '../parts/key-facts.js';
import { everyLanguage, languageOfContent } from '../parts/site-page.js';
import { pathsIn } from '../routes.js';
import type { LanguageView, Site } from '../site.js';

const LATEST_NEWS = 3;

/**
 * The organisations IOM Belarus works with: those taking part in its projects and events
 * (not other offices' projects the collection also holds), other than IOM Belarus and IOM.
 */
export function partnersOf(site: Site): Organisation[] {
  const own = new Set([site.organisation.id, site.parent?.id]);
  const ids = site.documents.flatMap((document) => {
    const taking =
      document.type === 'project'
        ? document.participants.map((participant) => participant.organisation)
        : document.type === 'event'
          ? [...(document.organisers ?? []), ...(document.participants ?? [])]
          : [];
    return taking.includes(site.organisation.id) ? taking : [];
  });
  return site.find([...new Set(ids.filter((id) => !own.has(id)))], 'organisation');
}

/** The home page in the language of `view`: the organisation's own words stay in English. */
export function homePage(view: LanguageView, site: Site): Page {
  const { organisation, parent } = site;
  const { lang } = view;
  const messages = messagesFor(lang);
  const paths = pathsIn(lang);
  const english = languageOfContent(organisation.lang, lang);
  const latest = view.articles.slice(0, LATEST_NEWS);
  // No document says which project to feature: the one the latest news is about, else the first.
  const featured = view.find(latest[0]?.relatedProjects, 'project')[0] ?? view.projects[0];
  const description = [parent?.description, organisation.description]
    .filter((text) => text !== undefined)
    .join(' ');
  const sections = [
    {
      id: 'who-we-are',
      title: messages.whoWeAre,
      content: (
        <>
          {organisation.description !== undefined && <p {...english}>{organisation.description}</p>}
          <div {...english}>
            <KeyFacts facts={keyFactsOf(site)} />
          </div>
          <p>
            <a href={paths.whoWeAre}>{messages.moreAboutUs}</a>
          </p>
        </>
      ),
    },
    latest.length > 0 && {
      id: 'latest-news',
      title: messages.latestNews,
      content: (
        <>
          <NewsList articles={latest} headingLevel={3} locale={lang} getImageSet={site.imageSet} />
          <p>
            <a href={paths.news}>{messages.allNews}</a>
          </p>
        </>
      ),
    },
    featured !== undefined && {
      id: 'featured-project',
      title: messages.featuredProject,
      content: (
        <ProjectSummary project={resolve(featured, view.index)} headingLevel={3} locale={lang} />
      ),
    },
    {
      id: 'partners',
      title: messages.partners,
      content: (
        <PartnerList
          organisations={partnersOf(site)}
          groupBy="kind"
          title={null}
          headingLevel={3}
          locale={lang}
        />
      ),
    },
  ].filter((section) => section !== false);
  const languages = everyLanguage((other) => pathsIn(other).home);
  return {
    path: paths.home,
    lang,
    title: organisation.name,
    description,
    kind: 'website',
    alternates: languages,
    languages,
    describes: [organisation],
    main: (
      <HomePage
        hero={
          <Hero
            title={<span {...english}>{organisation.name}</span>}
            text={parent?.description && <span {...english}>{parent.description}</span>}
          />
        }
        sections={sections}
      />
    ),
  };
}
