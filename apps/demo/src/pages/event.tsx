import { type Event, resolve } from '@iom/content';
import { EventPage, NewsList, PageSection } from '@iom/ui';
import type { Page } from '../page.js';
import { breadcrumbsOf } from '../parts/breadcrumbs.js';
import { pagePath } from '../routes.js';
import type { Site } from '../site.js';

/**
 * An event (the kit's EventPage: title, summary, when and where with any cancelled or
 * postponed status, organisers and participants), its speakers, its project and the news
 * about it.
 */
export function eventPage(event: Event, site: Site): Page {
  const resolved = resolve(event, site.index);
  const news = site
    .articles(event.lang)
    .filter((article) => article.relatedEvents?.includes(event.id));
  const path = pagePath(event);
  return {
    path,
    lang: event.lang,
    title: event.title,
    description: event.summary ?? event.title,
    kind: 'website',
    alternates: [{ lang: event.lang, path }],
    describes: [event],
    main: (
      <EventPage
        event={resolved}
        breadcrumbs={breadcrumbsOf({ lang: event.lang, path, title: event.title })}
        organisersTitle="Organised by"
        participantsTitle="Participants"
      >
        {resolved.speakers !== undefined && resolved.speakers.length > 0 && (
          <PageSection id="speakers" title="Speakers">
            <ul className="people">
              {resolved.speakers.map((speaker) => (
                <li key={speaker.name}>
                  <strong>{speaker.name}</strong>
                  {[speaker.jobTitle, speaker.organisation?.name]
                    .filter((part) => part !== undefined)
                    .map((part) => `, ${part}`)
                    .join('')}
                </li>
              ))}
            </ul>
          </PageSection>
        )}
        {resolved.project !== undefined && (
          <PageSection id="event-project" title="Project">
            <p>
              <a href={pagePath(resolved.project)}>{resolved.project.title}</a>
            </p>
          </PageSection>
        )}
        {news.length > 0 && (
          <PageSection id="event-news" title="News">
            <NewsList articles={news} headingLevel={3} />
          </PageSection>
        )}
      </EventPage>
    ),
  };
}
