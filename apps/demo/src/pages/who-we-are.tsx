import type { Page } from '../page.js';
import { KeyFacts } from '../parts/key-facts.js';
import { Section } from '../parts/section.js';
import { paths } from '../routes.js';
import type { Site } from '../site.js';

/** Who We Are, with the seed's two parts: About, and IOM Global (IOM's own website). */
export function whoWeArePage(site: Site): Page {
  const { organisation, parent } = site;
  const description = [parent?.description, organisation.description]
    .filter((text) => text !== undefined)
    .join(' ');
  return {
    path: paths.whoWeAre,
    lang: 'en',
    title: 'Who We Are',
    description,
    kind: 'website',
    alternates: [{ lang: 'en', path: paths.whoWeAre }],
    describes: parent === undefined ? [organisation] : [organisation, parent],
    main: (
      <>
        <header className="page-header">
          <h1 className="page-header__title">Who We Are</h1>
        </header>
        <Section id="about" title="About">
          {parent?.description !== undefined && <p className="lead">{parent.description}</p>}
          {organisation.description !== undefined && <p>{organisation.description}</p>}
          <KeyFacts parent={parent} organisation={organisation} />
        </Section>
        {parent?.website !== undefined && (
          <Section id="iom-global" title="IOM Global">
            <p>
              The global website of the {parent.name}:{' '}
              <a href={parent.website}>{new URL(parent.website).host}</a>
            </p>
          </Section>
        )}
      </>
    ),
  };
}
