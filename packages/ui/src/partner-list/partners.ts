import type { Organisation, OrganisationKind, ParticipantRole } from '@iom/content';
import type { PartnerGroup } from './messages.js';

/** What a PartnerList reads from an organisation. */
export type PartnerOrganisation = Pick<
  Organisation,
  'id' | 'lang' | 'name' | 'names' | 'shortName' | 'kind' | 'website' | 'logo'
>;

/** An organisation in a role, like a resolved project participant. */
export interface PartnerInRole<PartnerOrg extends PartnerOrganisation = PartnerOrganisation> {
  organisation: PartnerOrg;
  role?: ParticipantRole;
}

/** An organisation on its own, or in a role. */
export type PartnerEntry<PartnerOrg extends PartnerOrganisation = PartnerOrganisation> =
  | PartnerOrg
  | PartnerInRole<PartnerOrg>;

/** An organisation once, with every role it was listed in. */
export interface Partner<PartnerOrg extends PartnerOrganisation> {
  organisation: PartnerOrg;
  roles: ParticipantRole[];
}

/** Each organisation once, in the order first given, its roles gathered. */
export function collectPartners<PartnerOrg extends PartnerOrganisation>(
  entries: readonly PartnerEntry<PartnerOrg>[],
): Partner<PartnerOrg>[] {
  const partners = new Map<string, Partner<PartnerOrg>>();
  for (const entry of entries) {
    const [organisation, role] =
      'organisation' in entry ? [entry.organisation, entry.role] : [entry, undefined];
    let partner = partners.get(organisation.id);
    if (partner === undefined) {
      partner = { organisation, roles: [] };
      partners.set(organisation.id, partner);
    }
    if (role !== undefined && !partner.roles.includes(role)) partner.roles.push(role);
  }
  return [...partners.values()];
}

/** IATI organisation types folded into the groups IOM pages name. */
const GROUP_OF_KIND: Record<OrganisationKind, PartnerGroup> = {
  government: 'government',
  'local-government': 'government',
  'other-public-sector': 'government',
  multilateral: 'un-system',
  'international-ngo': 'civil-society',
  'national-ngo': 'civil-society',
  'regional-ngo': 'civil-society',
  'partner-country-ngo': 'civil-society',
  foundation: 'civil-society',
  'private-sector': 'private-sector',
  academic: 'academia',
  'public-private-partnership': 'other',
  other: 'other',
};

/** A funder is a donor whatever its kind; everyone else goes by kind. */
export const kindGroupOf = (partner: Partner<PartnerOrganisation>): PartnerGroup =>
  partner.roles.includes('funding') ? 'donors' : GROUP_OF_KIND[partner.organisation.kind];

export const KIND_GROUP_ORDER: readonly PartnerGroup[] = [
  'government',
  'un-system',
  'civil-society',
  'private-sector',
  'academia',
  'donors',
  'other',
];

export const ROLE_ORDER: readonly ParticipantRole[] = [
  'implementing',
  'funding',
  'accountable',
  'extending',
  'partner',
];

/**
 * The partners in groups, in a fixed order, empty groups left out. By role, an organisation in
 * two roles is in both groups, and one listed without a role is among the others.
 */
export function groupPartners<PartnerOrg extends PartnerOrganisation>(
  partners: readonly Partner<PartnerOrg>[],
  groupBy: 'role' | 'kind',
): { group: ParticipantRole | PartnerGroup; partners: Partner<PartnerOrg>[] }[] {
  const groups: { group: ParticipantRole | PartnerGroup; partners: Partner<PartnerOrg>[] }[] =
    groupBy === 'kind'
      ? KIND_GROUP_ORDER.map((group) => ({
          group,
          partners: partners.filter((partner) => kindGroupOf(partner) === group),
        }))
      : [
          ...ROLE_ORDER.map((role) => ({
            group: role,
            partners: partners.filter((partner) => partner.roles.includes(role)),
          })),
          { group: 'other', partners: partners.filter((partner) => partner.roles.length === 0) },
        ];
  return groups.filter((group) => group.partners.length > 0);
}
