import type { KeyFact } from '@iom/content';
import { classNames } from '../shared/class-names.js';
import { numberFormatter } from '../shared/intl.js';
import { fill } from '../shared/messages.js';
import { type SiteMessages, siteMessages } from '../site/messages.js';

/** A figure to show: an organisation's key fact, or any number or year with its label. */
export interface Fact {
  /** The figure: a number is formatted for the locale (1 000, 1,000), a string shown as it is. Required. */
  value: number | string;
  /** What it counts, like "member states". Required. */
  label: string;
  /** `over` or `about`: "over 100", in the locale's words. Default: none. */
  qualifier?: KeyFact['qualifier'];
}

export interface KeyFactsProps {
  /** The figures, in the order to show them. Required. */
  facts: readonly Fact[];
  /** Language of the numbers and built-in words (BCP 47). Default: `'en'`. */
  locale?: string;
  /** Replacements for built-in words, like `{ over: '{value}+' }`. Default: none. */
  messages?: Partial<SiteMessages>;
  /** Extra class names. Default: none. */
  className?: string;
}

/** Big figures with their labels, as a description list: "175 member states". Nothing when empty. */
export function KeyFacts({ facts, locale = 'en', messages: overrides, className }: KeyFactsProps) {
  if (facts.length === 0) return null;
  const messages = siteMessages(locale, overrides);
  const figure = (fact: Fact) => {
    const value =
      typeof fact.value === 'number' ? numberFormatter(locale).format(fact.value) : fact.value;
    return fact.qualifier === undefined ? value : fill(messages[fact.qualifier], { value });
  };
  return (
    <dl className={classNames('iom-key-facts', className)}>
      {facts.map((fact) => (
        <div key={fact.label} className="iom-key-facts__item">
          <dt className="iom-key-facts__label">{fact.label}</dt>
          <dd className="iom-key-facts__value">{figure(fact)}</dd>
        </div>
      ))}
    </dl>
  );
}
