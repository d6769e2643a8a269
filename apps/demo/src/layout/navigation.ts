import type { NavigationItem } from '@iom/ui';
import type { SiteMessages } from '../messages.js';
import type { Page } from '../page.js';
import { pathsIn } from '../routes.js';
import type { Site } from '../site.js';

/**
 * The site's navigation as the seed page has it: News, Who We Are (About, IOM Global) and Our
 * Work (2030 Agenda), in the page's language. Data and Resources and Take Action are left out:
 * the seed names them but does not describe them, and pages are not invented.
 */
export function navigationOf(page: Page, site: Site, messages: SiteMessages): NavigationItem[] {
  const paths = pathsIn(page.lang);
  const iomWebsite = site.parent?.website;
  return [
    { label: messages.news, href: paths.news },
    { label: messages.events, href: paths.events },
    {
      label: messages.whoWeAre,
      href: paths.whoWeAre,
      items: [
        { label: messages.about, href: paths.about },
        ...(iomWebsite === undefined ? [] : [{ label: messages.iomGlobal, href: iomWebsite }]),
      ],
    },
    {
      label: messages.ourWork,
      href: paths.ourWork,
      items: [{ label: messages.agenda2030, href: paths.agenda2030 }],
    },
  ];
}
