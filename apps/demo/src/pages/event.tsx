import { type Event, resolve } from '@iom/content';
import { EventCard, PartnerList } from '@iom/ui';
import type { Page } from '../page.js';
import { NewsList } from '../parts/news-list.js';
import { Section } from '../parts/section.js';
import { pagePath } from '../routes.js';
import type { Site } from '../site.js';

/**
 * An event: its summary, the EventCard as the when-and-where (with any cancelled or postponed
 * status), organisers, participants, speakers, its project and the news about it.
 */
export function eventPage(event: Event, site: Site): Page {
  const resolved = resolve(event, site.index);
  const news = site
    .articles(event.lang)
    .filter((article) => article.relatedEvents?.includes(event.id));
  return {
    path: pagePath(event),
    lang: event.lang,
    title: event.title,
    description: event.summary ?? event.title,
    kind: 'website',
    alternates: [{ lang: event.lang, path: pagePath(event) }],
    describes: [event],
    main: (
      <>
        <header className="page-header">
          <h1 className="page-header__title">{event.title}</h1>
          {event.summary !== undefined && <p className="lead">{event.summary}</p>}
        </header>
        <Section id="when-and-where" title="When and where">
          <EventCard event={event} headingLevel={3} getHref={() => undefined} />
        </Section>
        {resolved.organisers !== undefined && (
          <div className="page-section">
            <PartnerList
              organisations={resolved.organisers}
              title="Organised by"
              layout="list"
              headingLevel={2}
            />
          </div>
        )}
        {resolved.participants !== undefined && (
          <div className="page-section">
            <PartnerList
              organisations={resolved.participants}
              title="Participants"
              groupBy="kind"
              layout="list"
              headingLevel={2}
            />
          </div>
        )}
        {resolved.speakers !== undefined && resolved.speakers.length > 0 && (
          <Section id="speakers" title="Speakers">
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
          </Section>
        )}
        {resolved.project !== undefined && (
          <Section id="event-project" title="Project">
            <p>
              <a href={pagePath(resolved.project)}>{resolved.project.title}</a>
            </p>
          </Section>
        )}
        {news.length > 0 && (
          <Section id="event-news" title="News">
            <NewsList articles={news} headingLevel={3} />
          </Section>
        )}
      </>
    ),
  };
}
