import { type Event, resolve } from '@iom/content';
import { EventPage, NewsList, PageSection } from '@iom/ui';
import { messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { breadcrumbsOf } from '../parts/breadcrumbs.js';
import { documentPageOf } from '../parts/localized.js';
import { pagePath } from '../routes.js';
import type { LanguageView, Site } from '../site.js';

/**
 * An event (the kit's EventPage: title, summary, when and where with any cancelled or
 * postponed status, organisers and participants), its speakers, its project and the news
 * about it, in the language of `view`.
 */
export function eventPage(event: Event, view: LanguageView, site: Site): Page {
  const resolved = resolve(event, view.index);
  const { lang } = view;
  const messages = messagesFor(lang);
  const news = view.articles.filter((article) => article.relatedEvents?.includes(event.id));
  const { notice, ...page } = documentPageOf(event, view, site);
  return {
    ...page,
    title: event.title,
    description: event.summary ?? event.title,
    kind: 'website',
    describes: [page.shows ?? event],
    main: (
      <>
        {notice}
        <EventPage
          event={resolved}
          locale={lang}
          breadcrumbs={breadcrumbsOf({ lang, path: page.path, title: event.title })}
          organisersTitle={messages.organisedBy}
          participantsTitle={messages.participants}
        >
          {resolved.speakers !== undefined && resolved.speakers.length > 0 && (
            <PageSection id="speakers" title={messages.speakers}>
              <ul className="people" lang={event.lang}>
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
            <PageSection id="event-project" title={messages.project}>
              <p>
                <a href={pagePath(resolved.project, lang)} lang={resolved.project.lang}>
                  {resolved.project.title}
                </a>
              </p>
            </PageSection>
          )}
          {news.length > 0 && (
            <PageSection id="event-news" title={messages.news}>
              <NewsList
                articles={news}
                headingLevel={3}
                locale={lang}
                getImageSet={site.imageSet}
              />
            </PageSection>
          )}
        </EventPage>
      </>
    ),
  };
}
