import type { ReactNode } from 'react';
import { Hero } from '../hero/hero.js';
import { ProjectSummary, type ProjectSummaryProject } from '../project-summary/project-summary.js';
import type { LinkComponent } from '../shared/link.js';

export interface ProjectPageProps {
  /** The project, its participants resolved. Required. */
  project: ProjectSummaryProject;
  /** Above the title: a `Breadcrumbs`. Default: none. */
  breadcrumbs?: ReactNode;
  /** After the facts: the project's body, news, events. Default: none. */
  children?: ReactNode;
  /** Language of the dates and built-in words (BCP 47). Default: the project's `lang`. */
  locale?: string;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
}

/**
 * A project's page inside `<main>`: breadcrumbs, its title as `h1`, then its facts (the page
 * variant of ProjectSummary, sections from `h2`), then what the site adds.
 */
export function ProjectPage({
  project,
  breadcrumbs,
  children,
  locale = project.lang,
  linkComponent,
}: ProjectPageProps) {
  return (
    <article className="iom-page">
      {breadcrumbs}
      <Hero title={project.title} />
      <ProjectSummary
        project={project}
        variant="page"
        headingLevel={2}
        locale={locale}
        linkComponent={linkComponent}
      />
      {children}
    </article>
  );
}
