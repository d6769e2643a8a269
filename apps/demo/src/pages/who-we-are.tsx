import { Hero, KeyFacts, PageSection } from '@iom/ui';
import type { Page } from '../page.js';
import { keyFactsOf } from '../parts/key-facts.js';
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
      <div className="iom-page">
        <Hero title="Who We Are" />
        <PageSection id="about" title="About">
          {parent?.description !== undefined && <p className="lead">{parent.description}</p>}
          {organisation.description !== undefined && <p>{organisation.description}</p>}
          <KeyFacts facts={keyFactsOf(site)} />
        </PageSection>
        {parent?.website !== undefined && (
          <PageSection id="iom-global" title="IOM Global">
            <p>
              The global website of the {parent.name}:{' '}
              <a href={parent.website}>{new URL(parent.website).host}</a>
            </p>
          </PageSection>
        )}
      </div>
    ),
  };
}
