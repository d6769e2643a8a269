import type { Organisation } from '@iom/content';
import { formatNumber } from '../format.js';

interface Fact {
  label: string;
  value: string;
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The facts the organisations give about themselves: key figures, founding, presence. */
function factsOf(organisation: Organisation | undefined, site: Organisation): Fact[] {
  const facts: Fact[] = [];
  for (const fact of organisation?.keyFacts ?? []) {
    const value = formatNumber(fact.value, 'en');
    // The qualifier is an English word ('over', 'about'), and so is this page.
    facts.push({
      label: fact.label,
      value: fact.qualifier === undefined ? value : `${fact.qualifier} ${value}`,
    });
  }
  if (organisation?.founded !== undefined) {
    facts.push({ label: 'founded', value: String(organisation.founded) });
  }
  for (const presence of site.presence ?? []) {
    if (presence.since === undefined) continue;
    const country = countryNames.of(presence.country) ?? presence.country;
    facts.push({ label: `present in ${country} since`, value: String(presence.since) });
  }
  return facts;
}

/** IOM's key figures and IOM Belarus's presence, as a list of labelled values. */
export function KeyFacts({
  parent,
  organisation,
}: {
  parent: Organisation | undefined;
  organisation: Organisation;
}) {
  const facts = factsOf(parent, organisation);
  if (facts.length === 0) return null;
  return (
    <dl className="key-facts">
      {facts.map((fact) => (
        <div key={fact.label} className="key-facts__item">
          <dt className="key-facts__label">{fact.label}</dt>
          <dd className="key-facts__value">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
