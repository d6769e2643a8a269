import type { ResolvedProject } from '@iom/content';
import type { ReactNode } from 'react';
import { en as partnerListEn } from '../partner-list/messages.js';
import { PartnerSentence } from '../partner-list/partner-sentence.js';
import { collectPartners } from '../partner-list/partners.js';
import { classNames } from '../shared/class-names.js';
import { en as datesEn } from '../shared/date-messages.js';
import { DateRange } from '../shared/date-range.js';
import { formatDate } from '../shared/dates.js';
import { type HeadingLevel, headingBelow, headingTag } from '../shared/heading.js';
import { countryName, formatMoney, listFormatter } from '../shared/intl.js';
import { contentLanguageAttributes, languageAttributes } from '../shared/languages.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import { fill, type MessageOverrides, messagesIn, withOverrides } from '../shared/messages.js';
import { safeUrl } from '../shared/url.js';
import { en, type ProjectSummaryMessages } from './messages.js';
import { en as sdgNamesEn } from './sdg-names.js';

/** What a ProjectSummary reads from a project, its participants resolved (see `resolve`). */
export type ProjectSummaryProject = Pick<
  ResolvedProject,
  | 'id'
  | 'lang'
  | 'url'
  | 'title'
  | 'summary'
  | 'status'
  | 'dates'
  | 'participants'
  | 'recipientCountries'
  | 'budget'
  | 'goals'
  | 'results'
  | 'sdgs'
  | 'shortTitle'
  | 'identifiers'
  | 'coverage'
  | 'regions'
>;

export type ProjectSummaryVariant = 'summary' | 'page';

export interface ProjectSummaryProps<
  Project extends ProjectSummaryProject = ProjectSummaryProject,
> {
  /** The project, with its participants resolved: `resolve(project, collection)`. Required. */
  project: Project;
  /** `summary` (title, facts and "Read more", as in a list) or `page` (its own page's facts: no title, which the page's `h1` says, no link to itself). Default: `'summary'`. */
  variant?: ProjectSummaryVariant;
  /** Level of the title's heading (its sections take the next level); with `variant="page"`, the level of its sections. Default: `2`. */
  headingLevel?: HeadingLevel;
  /** Language of the dates, numbers, country names and built-in words (BCP 47). Default: the project's `lang`. */
  locale?: string;
  /** Replacements for built-in words, like `{ readMore: 'About the project' }`. Default: none. */
  messages?: MessageOverrides<ProjectSummaryMessages>;
  /** Where "Read more" links to; an unsafe URL is dropped. Default: the project's `url` (no link without one). */
  getHref?: (project: Project) => string | undefined;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names for the root element. Default: none. */
  className?: string;
}

/**
 * A project at a glance: title and status, dates, countries, budget, funders and implementing
 * partners, goals and results, the SDGs it serves, and a link to more.
 */
export function ProjectSummary<Project extends ProjectSummaryProject>({
  project,
  variant = 'summary',
  headingLevel = 2,
  locale = project.lang,
  messages: overrides,
  getHref = (summary) => summary.url,
  linkComponent,
  className,
}: ProjectSummaryProps<Project>) {
  const messages = withOverrides<ProjectSummaryMessages>(
    {
      ...messagesIn(locale, 'dates', datesEn),
      ...messagesIn(locale, 'projectSummary', en),
      roleGroups: messagesIn(locale, 'partnerList', partnerListEn).roleGroups,
      sdgNames: messagesIn(locale, 'sdgNames', sdgNamesEn),
    },
    overrides,
  );
  const content = contentLanguageAttributes(project.lang, locale);
  const onPage = variant === 'page';
  // On its own page the project is the page's article; in a list, each summary is one.
  const Root = onPage ? 'div' : 'article';
  const sectionLevel = onPage ? headingLevel : headingBelow(headingLevel);
  const TitleTag = headingTag(headingLevel);
  const SectionTag = headingTag(sectionLevel);
  const partners = (role: 'funding' | 'implementing') => {
    const inRole = collectPartners(
      project.participants.filter((participant) => participant.role === role),
    );
    return (
      inRole.length > 0 && (
        <Fact label={messages.roleGroups[role]}>
          <div className="iom-partner-list iom-partner-list--inline">
            <PartnerSentence
              organisations={inRole.map(({ organisation }) => organisation)}
              locale={locale}
              getHref={(organisation) => organisation.website}
              linkComponent={linkComponent}
            />
          </div>
        </Fact>
      )
    );
  };
  const start = project.dates?.actualStart ?? project.dates?.plannedStart;
  const end = project.dates?.actualEnd ?? project.dates?.plannedEnd;
  // What Intl cannot format (only in props that skipped validation) is dropped, not thrown.
  const countries = (project.recipientCountries ?? []).flatMap(
    (code) => countryName(locale, code) ?? [],
  );
  const budget =
    project.budget === undefined
      ? undefined
      : formatMoney(locale, project.budget.amount, project.budget.currency);
  const regions = project.regions ?? [];
  // Codes help on the project's own page (staff and donors look them up), not in a list.
  const identifiers = onPage ? (project.identifiers ?? []) : [];
  const moreHref = onPage ? undefined : safeUrl(getHref(project));

  return (
    <Root
      className={classNames('iom-project-summary', `iom-project-summary--${variant}`, className)}
      {...languageAttributes(locale)}
    >
      <div className="iom-project-summary__header">
        {!onPage && (
          <TitleTag className="iom-project-summary__title" {...content}>
            {project.title}
          </TitleTag>
        )}
        <p className={`iom-badge iom-badge--${project.status}`}>
          <span className="iom-visually-hidden">{messages.statusLabel} </span>
          {messages.statuses[project.status]}
        </p>
      </div>
      <p className="iom-project-summary__summary" {...content}>
        {project.summary}
      </p>
      <dl className="iom-project-summary__facts">
        {project.shortTitle !== undefined && (
          <Fact label={messages.shortTitle}>
            <span {...content}>{project.shortTitle}</span>
          </Fact>
        )}
        {start !== undefined && formatDate(start, locale) !== undefined && (
          <Fact label={messages.dates}>
            <DateRange start={start} end={end} locale={locale} messages={messages} />
          </Fact>
        )}
        {countries.length > 0 && (
          <Fact label={messages.countries}>{listFormatter(locale).format(countries)}</Fact>
        )}
        {project.coverage !== undefined && (
          <Fact label={messages.coverage}>{messages.coverages[project.coverage]}</Fact>
        )}
        {regions.length > 0 && (
          <Fact label={messages.regions}>
            <span {...content}>{listFormatter(locale).format(regions)}</span>
          </Fact>
        )}
        {budget !== undefined && <Fact label={messages.budget}>{budget}</Fact>}
        {partners('funding')}
        {partners('implementing')}
        {identifiers.map(({ scheme, value }) => (
          <Fact key={`${scheme}-${value}`} label={messages.identifierSchemes[scheme] ?? scheme}>
            {value}
          </Fact>
        ))}
      </dl>
      <TextList title={messages.goals} items={project.goals} level={sectionLevel} lang={content} />
      <TextList
        title={messages.results}
        items={project.results}
        level={sectionLevel}
        lang={content}
      />
      {project.sdgs !== undefined && project.sdgs.length > 0 && (
        <div className="iom-project-summary__section">
          <SectionTag className="iom-project-summary__section-title">{messages.sdgs}</SectionTag>
          <ul className="iom-sdg-list">
            {project.sdgs.map((sdg) => (
              <li key={`${sdg.goal}-${sdg.target ?? ''}`} className="iom-sdg">
                <span className="iom-sdg__number" aria-hidden="true">
                  {sdg.goal}
                </span>
                <span className="iom-visually-hidden">
                  {fill(messages.sdgGoal, { number: sdg.goal })}{' '}
                </span>
                <span className="iom-sdg__name">
                  {messages.sdgNames[sdg.goal as keyof typeof messages.sdgNames]}
                </span>
                {sdg.target !== undefined && (
                  <span className="iom-sdg__target">
                    {fill(messages.sdgTarget, { target: sdg.target })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {moreHref !== undefined && (
        <p className="iom-project-summary__more">
          <ContentLink href={moreHref} linkComponent={linkComponent} className="iom-link">
            {messages.readMore}
            <span className="iom-visually-hidden">: {project.title}</span>
          </ContentLink>
        </p>
      )}
    </Root>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="iom-project-summary__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface TextListProps {
  title: string;
  items: readonly string[] | undefined;
  level: HeadingLevel;
  lang: ReturnType<typeof contentLanguageAttributes>;
}

function TextList({ title, items, level, lang }: TextListProps) {
  if (items === undefined || items.length === 0) return null;
  const Tag = headingTag(level);
  return (
    <div className="iom-project-summary__section">
      <Tag className="iom-project-summary__section-title">{title}</Tag>
      <ul className="iom-project-summary__list" {...lang}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
