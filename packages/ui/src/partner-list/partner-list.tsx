import { ResponsiveImage } from '../responsive-image/responsive-image.js';
import { classNames } from '../shared/class-names.js';
import { type HeadingLevel, headingBelow, headingTag } from '../shared/heading.js';
import { listFormatter } from '../shared/intl.js';
import { languageAttributes } from '../shared/languages.js';
import type { LinkComponent } from '../shared/link.js';
import { type MessageOverrides, messagesIn, withOverrides } from '../shared/messages.js';
import { safeUrl } from '../shared/url.js';
import { en, type PartnerListMessages } from './messages.js';
import { PartnerName, PartnerSentence } from './partner-sentence.js';
import {
  collectPartners,
  groupPartners,
  kindGroupOf,
  type Partner,
  type PartnerEntry,
  type PartnerOrganisation,
} from './partners.js';

export type PartnerListLayout = 'grid' | 'list' | 'inline';
export type PartnerListGrouping = 'none' | 'role' | 'kind';

export interface PartnerListProps<PartnerOrg extends PartnerOrganisation = PartnerOrganisation> {
  /** Organisations, on their own or with a role (`{ organisation, role }`, as `resolve` gives a project's participants). Required. */
  organisations: readonly PartnerEntry<PartnerOrg>[];
  /** `none` (one list), `role` (IATI role: funders, implementers…) or `kind` (government, UN system, civil society, donors…). Default: `'none'`. */
  groupBy?: PartnerListGrouping;
  /** `grid` (logos with names, the name alone without a logo), `list` (names with their role or kind) or `inline` (a sentence). Default: `'grid'`. */
  layout?: PartnerListLayout;
  /** The list's heading; `null` for none. Default: "Partners" in the locale. */
  title?: string | null;
  /** Level of the list's heading (groups take the next level). Default: `2`. */
  headingLevel?: HeadingLevel;
  /** Language of the built-in words (BCP 47). Default: the first organisation's `lang`, else `'en'`. */
  locale?: string;
  /** Replacements for built-in words, like `{ kindGroups: { 'un-system': 'UN agencies' } }`. Default: none. */
  messages?: MessageOverrides<PartnerListMessages>;
  /** Where a partner links to; an unsafe URL is dropped. Default: the organisation's `website` (no link without one). */
  getHref?: (organisation: PartnerOrg) => string | undefined;
  /** The site's link component, like Next.js `Link`. Default: a plain `<a>`. */
  linkComponent?: LinkComponent;
  /** Extra class names for the root element. Default: none. */
  className?: string;
}

const organisationOf = <PartnerOrg extends PartnerOrganisation>(entry: PartnerEntry<PartnerOrg>) =>
  'organisation' in entry ? entry.organisation : entry;

/**
 * Partner organisations with their roles or kinds: flat or grouped under localised headings,
 * as logo tiles, a list or a sentence. Each partner links to its website when it has one.
 * Renders nothing when there are no partners.
 */
export function PartnerList<PartnerOrg extends PartnerOrganisation>({
  organisations,
  groupBy = 'none',
  layout = 'grid',
  title,
  headingLevel = 2,
  locale = organisations[0] === undefined ? 'en' : organisationOf(organisations[0]).lang,
  messages: overrides,
  getHref = (organisation) => organisation.website,
  linkComponent,
  className,
}: PartnerListProps<PartnerOrg>) {
  const partners = collectPartners(organisations);
  if (partners.length === 0) return null;
  const messages = withOverrides(messagesIn(locale, 'partnerList', en), overrides);
  const heading = title === undefined ? messages.partners : title;
  const TitleTag = headingTag(headingLevel);
  const GroupTag = headingTag(heading === null ? headingLevel : headingBelow(headingLevel));

  const items = (members: Partner<PartnerOrg>[]) => (
    <PartnerItems
      partners={members}
      layout={layout}
      locale={locale}
      messages={messages}
      getHref={getHref}
      linkComponent={linkComponent}
      describe={groupBy === 'none'}
    />
  );

  return (
    <div
      className={classNames('iom-partner-list', `iom-partner-list--${layout}`, className)}
      {...languageAttributes(locale)}
    >
      {heading !== null && <TitleTag className="iom-partner-list__title">{heading}</TitleTag>}
      {groupBy === 'none'
        ? items(partners)
        : groupPartners(partners, groupBy).map(({ group, partners: members }) => (
            <div key={group} className="iom-partner-list__group">
              <GroupTag className="iom-partner-list__group-title">
                {groupBy === 'role' && group in messages.roleGroups
                  ? messages.roleGroups[group as keyof typeof messages.roleGroups]
                  : messages.kindGroups[group as keyof typeof messages.kindGroups]}
              </GroupTag>
              {items(members)}
            </div>
          ))}
    </div>
  );
}

interface PartnerItemsProps<PartnerOrg extends PartnerOrganisation> {
  partners: Partner<PartnerOrg>[];
  layout: PartnerListLayout;
  locale: string;
  messages: PartnerListMessages;
  getHref: (organisation: PartnerOrg) => string | undefined;
  linkComponent: LinkComponent | undefined;
  /** Whether to say each partner's role or kind (a flat list has no group headings to say it). */
  describe: boolean;
}

function PartnerItems<PartnerOrg extends PartnerOrganisation>({
  partners,
  layout,
  locale,
  messages,
  getHref,
  linkComponent,
  describe,
}: PartnerItemsProps<PartnerOrg>) {
  const link = { locale, getHref, linkComponent };
  if (layout === 'inline') {
    return (
      <PartnerSentence organisations={partners.map(({ organisation }) => organisation)} {...link} />
    );
  }

  return (
    <ul className="iom-partner-list__items">
      {partners.map((partner) => {
        const { organisation } = partner;
        const logo =
          layout === 'grid' && organisation.logo !== undefined && safeUrl(organisation.logo.src)
            ? organisation.logo
            : undefined;
        return (
          <li
            key={organisation.id}
            className={classNames('iom-partner', logo === undefined && 'iom-partner--text')}
          >
            {logo !== undefined && (
              // The name is written beside the logo, so the logo adds nothing to read aloud.
              <ResponsiveImage image={logo} alt="" className="iom-partner__logo" />
            )}
            <PartnerName organisation={organisation} short={false} {...link} />
            {describe && (
              <span className="iom-partner__description">
                {partner.roles.length > 0
                  ? listFormatter(locale).format(partner.roles.map((role) => messages.roles[role]))
                  : messages.kindGroups[kindGroupOf(partner)]}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
