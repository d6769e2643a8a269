import { resolve } from '@iom/content';
import { Hero, PageSection, ProjectSummary } from '@iom/ui';
import type { Page } from '../page.js';
import { paths } from '../routes.js';
import type { Site } from '../site.js';

/** The seed page's words for Our Work, as written there. */
const OUR_WORK =
  'As the leading inter-governmental organization promoting since 1951 humane and orderly migration, IOM plays a key role to support the achievement of the 2030 Agenda through different areas of intervention that connect both humanitarian assistance and sustainable development.';

/** Our Work and its 2030 Agenda part: the projects and the Sustainable Development Goals they serve. */
export function ourWorkPage(site: Site): Page {
  return {
    path: paths.ourWork,
    lang: 'en',
    title: 'Our Work',
    description: OUR_WORK,
    kind: 'website',
    alternates: [{ lang: 'en', path: paths.ourWork }],
    describes: [],
    main: (
      <div className="iom-page">
        <Hero title="Our Work" text={OUR_WORK} />
        <PageSection id="2030-agenda" title="2030 Agenda">
          <p>
            The projects of {site.organisation.name} and the Sustainable Development Goals they
            serve.
          </p>
          {site.projects.map((project) => (
            <ProjectSummary
              key={project.id}
              project={resolve(project, site.index)}
              headingLevel={3}
            />
          ))}
        </PageSection>
      </div>
    ),
  };
}
