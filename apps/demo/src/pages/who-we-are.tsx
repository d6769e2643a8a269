import { Hero, KeyFacts, PageSection } from '@iom/ui';
import { fill, messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { keyFactsOf } from '../parts/key-facts.js';
import { everyLanguage, languageOfContent } from '../parts/site-page.js';
import { pathsIn } from '../routes.js';
import type { Site } from '../site.js';

/**
 * Who We Are, with the seed's two parts: About, and IOM Global (IOM's own website), in `lang`;
 * the organisations' own words stay in English.
 */
export function whoWeArePage(lang: string, site: Site): Page {
  const { organisation, parent } = site;
  const messages = messagesFor(lang);
  const english = languageOfContent(organisation.lang, lang);
  const description = [parent?.description, organisation.description]
    .filter((text) => text !== undefined)
    .join(' ');
  const languages = everyLanguage((other) => pathsIn(other).whoWeAre);
  return {
    path: pathsIn(lang).whoWeAre,
    lang,
    title: messages.whoWeAre,
    description,
    kind: 'website',
    alternates: languages,
    languages,
    describes: parent === undefined ? [organisation] : [organisation, parent],
    main: (
      <div className="iom-page">
        <Hero title={messages.whoWeAre} />
        <PageSection id="about" title={messages.about}>
          {parent?.description !== undefined && (
            <p className="lead" {...english}>
              {parent.description}
            </p>
          )}
          {organisation.description !== undefined && <p {...english}>{organisation.description}</p>}
          <div {...english}>
            <KeyFacts facts={keyFactsOf(site)} />
          </div>
        </PageSection>
        {parent?.website !== undefined && (
          <PageSection id="iom-global" title={messages.iomGlobal}>
            <p>
              {fill(messages.iomGlobalText, { name: parent.name })}{' '}
              <a href={parent.website}>{new URL(parent.website).host}</a>
            </p>
          </PageSection>
        )}
      </div>
    ),
  };
}
