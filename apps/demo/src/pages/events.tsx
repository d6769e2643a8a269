import { EventList } from '@iom/ui';
import { fill, messagesFor } from '../messages.js';
import type { Page } from '../page.js';
import { everyLanguage } from '../parts/site-page.js';
import { pathsIn } from '../routes.js';
import type { LanguageView, Site } from '../site.js';

/** Every event in the language of `view`, upcoming then past, as of the build. */
export function eventsPage(view: LanguageView, site: Site): Page {
  const { lang } = view;
  const messages = messagesFor(lang);
  const languages = everyLanguage((other) => pathsIn(other).events);
  return {
    path: pathsIn(lang).events,
    lang,
    title: messages.events,
    description: fill(messages.eventsDescription, { site: site.organisation.name }),
    kind: 'website',
    alternates: languages,
    languages,
    describes: [],
    main: (
      <div className="iom-page">
        <h1>{messages.events}</h1>
        <EventList events={view.events} now={site.builtAt} headingLevel={2} locale={lang} />
      </div>
    ),
  };
}
