import { type Project, resolve } from '@iom/content';
import { EventCard, NewsList, PageSection, PartnerList, ProjectPage } from '@iom/ui';
import type { Page } from '../page.js';
import { breadcrumbsOf } from '../parts/breadcrumbs.js';
import { pagePath } from '../routes.js';
import type { Site } from '../site.js';

/**
 * A project (the kit's ProjectPage: its title as the `h1`, then its facts), its partners by
 * IATI role, and the news and events about it.
 */
export function projectPage(project: Project, site: Site): Page {
  const resolved = resolve(project, site.index);
  const news = site
    .articles(project.lang)
    .filter((article) => article.relatedProjects?.includes(project.id));
  const events = site.events.filter((event) => event.project === project.id);
  const path = pagePath(project);
  return {
    path,
    lang: project.lang,
    title: project.title,
    description: project.summary,
    kind: 'website',
    alternates: [{ lang: project.lang, path }],
    describes: [project],
    main: (
      <ProjectPage
        project={resolved}
        breadcrumbs={breadcrumbsOf({ lang: project.lang, path, title: project.title })}
      >
        <PartnerList
          organisations={resolved.participants}
          groupBy="role"
          layout="list"
          headingLevel={2}
        />
        {news.length > 0 && (
          <PageSection id="project-news" title="News">
            <NewsList articles={news} headingLevel={3} />
          </PageSection>
        )}
        {events.length > 0 && (
          <PageSection id="project-events" title="Events">
            <ul className="iom-card-list">
              {events.map((event) => (
                <li key={event.id}>
                  <EventCard event={event} headingLevel={3} />
                </li>
              ))}
            </ul>
          </PageSection>
        )}
      </ProjectPage>
    ),
  };
}
