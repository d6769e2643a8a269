import type { Project, PropertyValue, WithContext } from 'schema-dts';
import type { ResolvedProject } from '../resolve.js';
import { iatiIdentifier, organizationReference } from './organisation.js';
import type { AbsoluteUrl } from './urls.js';

/**
 * The organisations in the funding role (`funding: true`) or in any other role, each once:
 * schema.org calls the first `funder`s and the implementing, accountable and extending
 * organisations `member`s of the project.
 */
function participantsIn(project: ResolvedProject, funding: boolean, absoluteUrl: AbsoluteUrl) {
  const organisations = project.participants
    .filter((participant) => (participant.role === 'funding') === funding)
    .map((participant) => participant.organisation);
  const unique = [...new Map(organisations.map((each) => [each.id, each])).values()];
  return unique.map((organisation) => organizationReference(organisation, absoluteUrl));
}

/**
 * The IATI identifier and the others (IOM's project codes…), each a `PropertyValue` named by
 * its scheme; one alone is written as itself.
 */
function identifiersOf(project: ResolvedProject): PropertyValue | PropertyValue[] | undefined {
  const iati = iatiIdentifier(project.iatiIdentifier);
  const identifiers: PropertyValue[] = [
    ...(iati === undefined ? [] : [iati]),
    ...(project.identifiers ?? []).map(
      ({ scheme, value }): PropertyValue => ({
        '@type': 'PropertyValue',
        propertyID: scheme,
        value,
      }),
    ),
  ];
  return identifiers.length <= 1 ? identifiers[0] : identifiers;
}

export function projectJsonLd(
  project: ResolvedProject,
  absoluteUrl: AbsoluteUrl,
): WithContext<Exclude<Project, string>> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    url: absoluteUrl(project.url),
    name: project.title,
    alternateName: project.shortTitle,
    description: project.summary,
    // Actual dates only: planned ones are not yet facts.
    foundingDate: project.dates?.actualStart,
    dissolutionDate: project.dates?.actualEnd,
    funder: participantsIn(project, true, absoluteUrl),
    member: participantsIn(project, false, absoluteUrl),
    keywords: project.themes,
    identifier: identifiersOf(project),
  };
}
