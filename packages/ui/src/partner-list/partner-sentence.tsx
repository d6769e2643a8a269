import { listFormatter } from '../shared/intl.js';
import { contentLanguageAttributes } from '../shared/languages.js';
import { ContentLink, type LinkComponent } from '../shared/link.js';
import { organisationNameIn } from '../shared/organisation-name.js';
import type { PartnerOrganisation } from './partners.js';

interface PartnerNameProps<PartnerOrg extends PartnerOrganisation> {
  organisation: PartnerOrg;
  /** Its short name ("UNDP") where the name reads in a sentence. */
  short: boolean;
  locale: string;
  getHref: (organisation: PartnerOrg) => string | undefined;
  linkComponent: LinkComponent | undefined;
}

/** An organisation's name, linked when it has a safe address, in its own language. */
export function PartnerName<PartnerOrg extends PartnerOrganisation>({
  organisation,
  short,
  locale,
  getHref,
  linkComponent,
}: PartnerNameProps<PartnerOrg>) {
  // A short name ("WHO") is the organisation's own, in its language, whatever the page's.
  const named =
    short && organisation.shortName !== undefined
      ? { name: organisation.shortName, lang: organisation.lang }
      : organisationNameIn(organisation, locale);
  return (
    <ContentLink
      href={getHref(organisation)}
      linkComponent={linkComponent}
      className="iom-partner__link"
    >
      <span className="iom-partner__name" {...contentLanguageAttributes(named.lang, locale)}>
        {named.name}
      </span>
    </ContentLink>
  );
}

type PartnerSentenceProps<PartnerOrg extends PartnerOrganisation> = Omit<
  PartnerNameProps<PartnerOrg>,
  'organisation' | 'short'
> & { organisations: readonly PartnerOrg[] };

/**
 * Organisations as a sentence, each name isolated (`<bdi>`) from the words around it, in the locale's own list punctuation ("A, B and C", "A، B وC",
 * "A、B和C"): PartnerList's inline layout, and the partners of a ProjectSummary.
 */
export function PartnerSentence<PartnerOrg extends PartnerOrganisation>({
  organisations,
  locale,
  ...link
}: PartnerSentenceProps<PartnerOrg>) {
  let next = 0;
  const parts = listFormatter(locale).formatToParts(organisations.map((_, index) => String(index)));
  return (
    <p className="iom-partner-list__sentence">
      {parts.map((part, position) => {
        const organisation = part.type === 'element' ? organisations[next++] : undefined;
        return organisation === undefined ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the literals of one list never move
          <span key={position}>{part.value}</span>
        ) : (
          // Isolated, so a name written the other way ("IOM Skopje" in Arabic) keeps its
          // order and does not pull the list's "و" or comma into it.
          <bdi key={organisation.id} className="iom-partner">
            <PartnerName organisation={organisation} short locale={locale} {...link} />
          </bdi>
        );
      })}
    </p>
  );
}
