import type { NavigationItem } from '@iom/ui';
import type { SiteMessages } from '../messages.js';
import type { Page } from '../page.js';
import { paths } from '../routes.js';
import type { Site } from '../site.js';

/**
 * The site's navigation as the seed page has it: News, Who We Are (About, IOM Global) and Our
 * Work (2030 Agenda). Data and Resources and Take Action are left out: the seed names them but
 * does not describe them, and pages are not invented. The site's own pages are in English, so
 * from a page in another language each link says so with `hreflang`.
 */
export function navigationOf(page: Page, site: Site, messages: SiteMessages): NavigationItem[] {
  const hrefLang = page.lang === 'en' ? undefined : 'en';
  const own = (label: string, href: string) => ({ label, href, hrefLang });
  const iomWebsite = site.parent?.website;
  return [
    own(messages.news, paths.news),
    {
      ...own(messages.whoWeAre, paths.whoWeAre),
      items: [
        own(messages.about, paths.about),
        ...(iomWebsite === undefined ? [] : [{ label: messages.iomGlobal, href: iomWebsite }]),
      ],
    },
    {
      ...own(messages.ourWork, paths.ourWork),
      items: [own(messages.agenda2030, paths.agenda2030)],
    },
  ];
}
