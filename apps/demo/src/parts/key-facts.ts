import type { Fact } from '@iom/ui';
import type { Site } from '../site.js';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The figures the organisations give about themselves: IOM's key facts, founding, presence. */
export function keyFactsOf({ parent, organisation }: Site): Fact[] {
  const facts: Fact[] = [...(parent?.keyFacts ?? [])];
  if (parent?.founded !== undefined) {
    facts.push({ label: 'founded', value: String(parent.founded) });
  }
  for (const presence of organisation.presence ?? []) {
    if (presence.since === undefined) continue;
    const country = countryNames.of(presence.country) ?? presence.country;
    facts.push({ label: `present in ${country} since`, value: String(presence.since) });
  }
  return facts;
}
