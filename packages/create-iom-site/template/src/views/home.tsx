import { resolve } from '@iom/content';
import { EventList, Hero, HomePage, NewsList, PartnerList, ProjectSummary } from '@iom/ui';
import { href, inLanguage, type SiteContent, site } from '../site';

interface HomeProps {
  lang: string;
  content: SiteContent;
  /** Now, as an ISO date-time: what separates upcoming events from past ones. */
  now: string;
}

/** The office's home page: its name, the latest news, events, projects and partners. */
export function Home({ lang, content, now }: HomeProps) {
  const projects = inLanguage(content.projects, lang).map((project) =>
    resolve(project, content.index),
  );
  const partnerIds = new Set(
    projects.flatMap((project) =>
      project.participants.map((participant) => participant.organisation.id),
    ),
  );
  const partners = content.organisations.filter((organisation) => partnerIds.has(organisation.id));
  return (
    <HomePage
      hero={<Hero title={site.name} />}
      sections={[
        {
          id: 'news',
          title: 'News',
          content: (
            <NewsList
              articles={inLanguage(content.news, lang)}
              headingLevel={3}
              locale={lang}
              getHref={href.article}
            />
          ),
        },
        {
          id: 'events',
          title: 'Events',
          content: (
            <EventList
              events={inLanguage(content.events, lang)}
              now={now}
              headingLevel={3}
              locale={lang}
              getHref={href.event}
            />
          ),
        },
        {
          id: 'projects',
          title: 'Projects',
          content: projects.map((project) => (
            <ProjectSummary
              key={project.id}
              project={project}
              headingLevel={3}
              locale={lang}
              getHref={href.project}
            />
          )),
        },
        {
          id: 'partners',
          title: 'Partners',
          content: (
            <PartnerList
              organisations={partners}
              groupBy="kind"
              title={null}
              headingLevel={3}
              locale={lang}
            />
          ),
        },
      ]}
    />
  );
}
