import { type Article, resolve } from '@iom/content';
import { ArticlePage, EventCard, PageSection, PartnerList, ProjectSummary } from '@iom/ui';
import { messagesFor } from '../messages.js';
import type { Alternate, Page } from '../page.js';
import { breadcrumbsOf } from '../parts/breadcrumbs.js';
import { pagePath } from '../routes.js';
import type { Site } from '../site.js';

/** Languages first in the switcher; any others follow in the order the content gives. */
const LANGUAGE_ORDER = ['en', 'ru', 'ar'];
const languageRank = (lang: string) => {
  const rank = LANGUAGE_ORDER.indexOf(lang);
  return rank === -1 ? LANGUAGE_ORDER.length : rank;
};

/** The article and its translations that the collection holds. */
export function alternatesOf(article: Article, site: Site): Alternate[] {
  return [article, ...site.find(article.translations, 'article')]
    .map((version) => ({ lang: version.lang, path: pagePath(version) }))
    .sort((a, b) => languageRank(a.lang) - languageRank(b.lang));
}

/**
 * A news article (the kit's ArticlePage: headline, dateline and date, lead image, body, quotes),
 * then what it relates to: the project, the event and the partners it mentions. The related
 * documents are in English; the components mark them so inside a page in another language.
 */
export function articlePage(article: Article, site: Site): Page {
  const resolved = resolve(article, site.index);
  const { lang } = article;
  const messages = messagesFor(lang);
  const [project] = resolved.relatedProjects ?? [];
  const [event] = resolved.relatedEvents ?? [];
  const path = pagePath(article);
  return {
    path,
    lang,
    title: article.headline,
    description: article.summary,
    kind: 'article',
    published: article.published,
    alternates: alternatesOf(article, site),
    describes: [article],
    main: (
      <ArticlePage
        article={resolved}
        breadcrumbs={breadcrumbsOf({ lang, path, title: article.headline }, 'news')}
      >
        {project !== undefined && (
          <PageSection id="related-project" title={messages.relatedProject}>
            <ProjectSummary project={resolve(project, site.index)} headingLevel={3} locale={lang} />
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
    ),
  };
}
