import { type Project, resolve } from '@iom/content';
import { EventCard, PartnerList, ProjectSummary } from '@iom/ui';
import type { Page } from '../page.js';
import { NewsList } from '../parts/news-list.js';
import { Section } from '../parts/section.js';
import { pagePath } from '../routes.js';
import type { Site } from '../site.js';

/**
 * A project: its summary, partners by IATI role, and the news and events about it. The page's
 * `h1` is the project's title, so the summary's own title is only for screen readers (see
 * site.css): ProjectSummary's heading levels start at 2.
 */
export function projectPage(project: Project, site: Site): Page {
  const resolved = resolve(project, site.index);
  const news = site
    .articles(project.lang)
    .filter((article) => article.relatedProjects?.includes(project.id));
  const events = site.events.filter((event) => event.project === project.id);
  return {
    path: pagePath(project),
    lang: project.lang,
    title: project.title,
    description: project.summary,
    kind: 'website',
    alternates: [{ lang: project.lang, path: pagePath(project) }],
    describes: [project],
    main: (
      <>
        <header className="page-header">
          <h1 className="page-header__title">{project.title}</h1>
        </header>
        <ProjectSummary
          project={resolved}
          headingLevel={2}
          getHref={() => undefined}
          className="project-page__summary"
        />
        <div className="page-section">
          <PartnerList
            organisations={resolved.participants}
            groupBy="role"
            layout="list"
            headingLevel={2}
          />
        </div>
        {news.length > 0 && (
          <Section id="project-news" title="News">
            <NewsList articles={news} headingLevel={3} />
          </Section>
        )}
        {events.length > 0 && (
          <Section id="project-events" title="Events">
            <ul className="card-list">
              {events.map((event) => (
                <li key={event.id}>
                  <EventCard event={event} headingLevel={3} />
                </li>
              ))}
            </ul>
          </Section>
        )}
      </>
    ),
  };
}
