import { resolve } from '@iom/content';
import { Hero, PageSection, ProjectSummary } from '@iom/ui';
import { messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { everyLanguage, languageOfContent } from '../parts/site-page.js';
import { pathsIn } from '../routes.js';
import type { LanguageView } from '../site.js';

/** The seed page's words for Our Work, as written there (in English). */
const OUR_WORK =
  'As the leading inter-governmental organization promoting since 1951 humane and orderly migration, IOM plays a key role to support the achievement of the 2030 Agenda through different areas of intervention that connect both humanitarian assistance and sustainable development.';

/**
 * Our Work and its 2030 Agenda part: the projects and the Sustainable Development Goals they
 * serve, in the language of `view`.
 */
export function ourWorkPage(view: LanguageView): Page {
  const { lang } = view;
  const messages = messagesFor(lang);
  const languages = everyLanguage((other) => pathsIn(other).ourWork);
  return {
    path: pathsIn(lang).ourWork,
    lang,
    title: messages.ourWork,
    description: OUR_WORK,
    kind: 'website',
    alternates: languages,
    languages,
    describes: [],
    main: (
      <div className="iom-page">
        <Hero
          title={messages.ourWork}
          text={<span {...languageOfContent('en', lang)}>{OUR_WORK}</span>}
        />
        <PageSection id="2030-agenda" title={messages.agenda2030}>
          <p>{messages.agendaText}</p>
          {view.projects.map((project) => (
            <ProjectSummary
              key={project.id}
              project={resolve(project, view.index)}
              headingLevel={3}
              locale={lang}
            />
          ))}
        </PageSection>
      </div>
    ),
  };
}
