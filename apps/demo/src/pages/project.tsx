import { type Project, resolve } from '@iom/content';
import { EventCard, NewsList, PageSection, PartnerList, ProjectPage } from '@iom/ui';
import { messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { breadcrumbsOf } from '../parts/breadcrumbs.js';
import { documentPageOf } from '../parts/localized.js';
import type { LanguageView, Site } from '../site.js';

/**
 * A project (the kit's ProjectPage: its title as the `h1`, then its facts), its partners by
 * IATI role, and the news and events about it, in the language of `view`.
 */
export function projectPage(project: Project, view: LanguageView, site: Site): Page {
  const resolved = resolve(project, view.index);
  const { lang } = view;
  const messages = messagesFor(lang);
  const news = view.articles.filter((article) => article.relatedProjects?.includes(project.id));
  const events = view.events.filter((event) => event.project === project.id);
  const { notice, ...page } = documentPageOf(project, view, site);
  return {
    ...page,
    title: project.title,
    description: project.summary,
    kind: 'website',
    describes: [page.shows ?? project],
    main: (
      <>
        {notice}
        <ProjectPage
          project={resolved}
          locale={lang}
          breadcrumbs={breadcrumbsOf({ lang, path: page.path, title: project.title })}
        >
          <PartnerList
            organisations={resolved.participants}
            groupBy="role"
            layout="list"
            headingLevel={2}
            locale={lang}
          />
          {news.length > 0 && (
            <PageSection id="project-news" title={messages.news}>
              <NewsList
                articles={news}
                headingLevel={3}
                locale={lang}
                getImageSet={site.imageSet}
              />
            </PageSection>
          )}
          {events.length > 0 && (
            <PageSection id="project-events" title={messages.events}>
              <ul className="iom-card-list">
                {events.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} headingLevel={3} locale={lang} />
                  </li>
                ))}
              </ul>
            </PageSection>
          )}
        </ProjectPage>
      </>
    ),
  };
}
