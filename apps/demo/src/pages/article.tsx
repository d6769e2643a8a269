import { type Article, resolve } from '@iom/content';
import { ArticleBody, EventCard, PartnerList, ProjectSummary, Quote } from '@iom/ui';
import { formatDay } from '../format.js';
import { messagesFor } from '../messages.js';
import type { Alternate, Page } from '../page.js';
import { Section } from '../parts/section.js';
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
 * A news article: headline, dateline and date, lead image, body with its quote, then what it
 * relates to: the project, the event and the partners it mentions. The related documents are
 * in English; the components mark them so inside a page in another language.
 */
export function articlePage(article: Article, site: Site): Page {
  const resolved = resolve(article, site.index);
  const { lang } = article;
  const messages = messagesFor(lang);
  const [image] = article.images ?? [];
  const [project] = resolved.relatedProjects ?? [];
  const [event] = resolved.relatedEvents ?? [];
  return {
    path: pagePath(article),
    lang,
    title: article.headline,
    description: article.summary,
    kind: 'article',
    published: article.published,
    alternates: alternatesOf(article, site),
    describes: [article],
    main: (
      <article className="article">
        <header className="page-header">
          {article.label !== undefined && <p className="article__label">{article.label}</p>}
          <h1 className="page-header__title">{article.headline}</h1>
          <p className="article__meta">
            {article.dateline !== undefined && (
              <span className="article__dateline">{article.dateline.name}</span>
            )}
            <time dateTime={article.published}>{formatDay(article.published, lang)}</time>
          </p>
          <p className="lead">{article.summary}</p>
        </header>
        {image !== undefined && (
          <ArticleBody body={[{ type: 'image', image }]} className="article__image" />
        )}
        <ArticleBody body={resolved.body} headingLevel={2} className="article__body" />
        {resolved.quotes?.map((quote) => (
          <Quote key={quote.text} quote={quote} />
        ))}
        <div className="article__related">
          {project !== undefined && (
            <Section id="related-project" title={messages.relatedProject}>
              <ProjectSummary
                project={resolve(project, site.index)}
                headingLevel={3}
                locale={lang}
              />
            </Section>
          )}
          {event !== undefined && (
            <Section id="related-event" title={messages.relatedEvent}>
              <EventCard event={event} headingLevel={3} locale={lang} />
            </Section>
          )}
          {resolved.relatedOrganisations !== undefined && (
            <div className="page-section">
              <PartnerList
                organisations={resolved.relatedOrganisations}
                title={messages.partnersMentioned}
                groupBy="kind"
                layout="list"
                headingLevel={2}
                locale={lang}
              />
            </div>
          )}
        </div>
      </article>
    ),
  };
}
