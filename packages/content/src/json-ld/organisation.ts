import type {
  GovernmentOrganization,
  NGO,
  Organization,
  PropertyValue,
  WithContext,
} from 'schema-dts';
import type { ResolvedOrganisation } from '../resolve.js';
import type { Organisation, OrganisationKind } from '../schemas/organisation.js';
import { imageObject } from './image.js';
import type { AbsoluteUrl } from './urls.js';

type OrganizationType = 'Organization' | 'GovernmentOrganization' | 'NGO';
type AnyOrganization = Exclude<Organization | GovernmentOrganization | NGO, string>;

/**
 * schema.org has subtypes for governments and NGOs but none for inter-governmental bodies, so
 * IOM, the UN agencies and every other kind are plain `Organization`s.
 */
const ORGANIZATION_TYPES: Partial<Record<OrganisationKind, OrganizationType>> = {
  government: 'GovernmentOrganization',
  'local-government': 'GovernmentOrganization',
  'other-public-sector': 'GovernmentOrganization',
  'international-ngo': 'NGO',
  'national-ngo': 'NGO',
  'regional-ngo': 'NGO',
  'partner-country-ngo': 'NGO',
};

/** An organisation as other nodes name it (author, organizer, funder…): who, and its website. */
export function organizationReference(
  organisation: Organisation,
  absoluteUrl: AbsoluteUrl,
): AnyOrganization {
  return {
    '@type': ORGANIZATION_TYPES[organisation.kind] ?? 'Organization',
    name: organisation.name,
    alternateName: organisation.shortName,
    url: absoluteUrl(organisation.website),
  };
}

/** An IATI identifier, as schema.org writes an identifier from a named scheme. */
export function iatiIdentifier(identifier: string | undefined): PropertyValue | undefined {
  return identifier === undefined
    ? undefined
    : { '@type': 'PropertyValue', propertyID: 'IATI', value: identifier };
}

/**
 * The short name and the name in other languages, each marked with its language as JSON-LD
 * writes a language-tagged string.
 */
function alternateNames(organisation: Pick<Organisation, 'shortName' | 'names'>) {
  const inOtherLanguages = Object.entries(organisation.names ?? {}).map(([language, name]) => ({
    '@value': name,
    '@language': language,
  }));
  const names = [...(organisation.shortName ? [organisation.shortName] : []), ...inOtherLanguages];
  return (names.length <= 1 ? names[0] : names) as AnyOrganization['alternateName'];
}

export function organizationJsonLd(
  organisation: ResolvedOrganisation,
  absoluteUrl: AbsoluteUrl,
): WithContext<AnyOrganization> {
  return {
    '@context': 'https://schema.org',
    '@type': ORGANIZATION_TYPES[organisation.kind] ?? 'Organization',
    name: organisation.name,
    alternateName: alternateNames(organisation),
    url: absoluteUrl(organisation.website),
    mainEntityOfPage: absoluteUrl(organisation.url),
    description: organisation.description,
    logo: organisation.logo && imageObject(organisation.logo, absoluteUrl),
    foundingDate: organisation.founded?.toString(),
    parentOrganization:
      organisation.parent && organizationReference(organisation.parent, absoluteUrl),
    identifier: iatiIdentifier(organisation.iatiIdentifier),
    sameAs: organisation.links?.flatMap((link) => absoluteUrl(link.href) ?? []),
  };
}
