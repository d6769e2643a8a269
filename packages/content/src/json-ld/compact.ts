/** A schema.org node as JSON-LD, ready for `JSON.stringify`. */
export interface JsonLd {
  '@context': 'https://schema.org';
  '@type': string;
  readonly [property: string]: unknown;
}

function compactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compactValue);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(value)) {
    if (property === undefined || (Array.isArray(property) && property.length === 0)) continue;
    result[key] = compactValue(property);
  }
  return result;
}

/**
 * `node` without undefined properties and empty lists, so builders can name every property a
 * schema.org type has and leave out here the ones the content does not give.
 */
export function compact(node: { '@context': 'https://schema.org'; '@type': string }): JsonLd {
  return {
    '@context': node['@context'],
    '@type': node['@type'],
    ...(compactValue(node) as Record<string, unknown>),
  };
}
