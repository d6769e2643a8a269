import type { Organisation, Quote as QuoteBlock, ResolvedQuote } from '@iom/content';
import { classNames } from '../shared/class-names.js';
import { languageAttributes } from '../shared/languages.js';

export interface QuoteProps {
  /** The quote; a speaker's organisation is named when it is resolved (see `resolve`). Required. */
  quote: QuoteBlock | ResolvedQuote;
  /** Language of the quote (BCP 47), setting `lang` and `dir`. Default: the surrounding page's. */
  locale?: string;
  /** Extra class names for the `<figure>`. Default: none. */
  className?: string;
}

const isOrganisation = (value: string | Organisation | undefined): value is Organisation =>
  typeof value === 'object';

/** Words someone said: `<figure><blockquote>` with the speaker and their role in the caption. */
export function Quote({ quote, locale, className }: QuoteProps) {
  const { name, jobTitle, organisation } = quote.speaker;
  const organisationName = isOrganisation(organisation) ? organisation.name : undefined;
  // "IOM Belarus Chief of Mission" already names the organisation; say it once.
  const role = [
    jobTitle,
    organisationName !== undefined && !jobTitle?.includes(organisationName)
      ? organisationName
      : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return (
    <figure
      className={classNames('iom-quote', className)}
      {...(locale === undefined ? {} : languageAttributes(locale))}
    >
      <blockquote className="iom-quote__text">
        <p>{quote.text}</p>
      </blockquote>
      <figcaption className="iom-quote__attribution">
        <span className="iom-quote__speaker">{name}</span>
        {role !== '' && <span className="iom-quote__role">{role}</span>}
      </figcaption>
    </figure>
  );
}
