import { type Article, resolve } from '@iom/content';
import { ArticlePage, EventCard, PageSection, PartnerList, ProjectSummary } from '@iom/ui';
import { messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { breadcrumbsOf } from '../parts/breadcrumbs.js';
import { documentPageOf } from '../parts/localized.js';
import type { LanguageView, Site } from '../site.js';

/**
 * A news article (the kit's ArticlePage: headline, dateline and date, lead image, body, quotes),
 * then what it relates to: the project, the event and the partners it mentions, in the
 * language of `view`. Documents not in that language are shown in theirs; the components mark
 * them so.
 */
export function articlePage(article: Article, view: LanguageView, site: Site): Page {
  const resolved = resolve(article, view.index);
  const { lang } = view;
  const messages = messagesFor(lang);
  const [project] = resolved.relatedProjects ?? [];
  const [event] = resolved.relatedEvents ?? [];
  const { notice, ...page } = documentPageOf(article, view, site);
  return {
    ...page,
    title: article.headline,
    description: article.summary,
    kind: 'article',
    published: article.published,
    describes: [page.shows ?? article],
    main: (
      <>
        {notice}
        <ArticlePage
          article={resolved}
          locale={lang}
          getImageSet={site.imageSet}
          breadcrumbs={breadcrumbsOf({ lang, path: page.path, title: article.headline }, 'news')}
        >
          {project !== undefined && (
            <PageSection id="related-project" title={messages.relatedProject}>
              <ProjectSummary
                project={resolve(project, view.index)}
                headingLevel={3}
                locale={lang}
              />
            </PageSection>
          )}
          {event !== undefined && (
            <PageSection id="related-event" title={messages.relatedEvent}>
              <EventCard event={event} headingLevel={3} locale={lang} />
            </PageSection>
          )}
          {resolved.relatedOrganisations !== undefined && (
            <PartnerList
              organisations={resolved.relatedOrganisations}
              title={messages.partnersMentioned}
              groupBy="kind"
              layout="list"
              headingLevel={2}
              locale={lang}
            />
          )}
        </ArticlePage>
      </>
    ),
  };
}
