import type { Organisation, Quote as QuoteBlock, ResolvedQuote } from '@iom/content';
import { classNames } from '../shared/class-names.js';
import { contentLanguageAttributes, languageAttributes } from '../shared/languages.js';
import { organisationNameIn } from '../shared/organisation-name.js';

export interface QuoteProps {
  /** The quote; a speaker's organisation is named when it is resolved (see `resolve`). Required. */
  quote: QuoteBlock | ResolvedQuote;
  /** Language of the quote and of the speaker's organisation's name (BCP 47). Default: the surrounding page's. */
  locale?: string;
  /** Extra class names for the `<figure>`. Default: none. */
  className?: string;
}

const isOrganisation = (value: string | Organisation | undefined): value is Organisation =>
  typeof value === 'object';

/** A quote's paragraphs: its text split at blank lines. */
const paragraphsOf = (text: string) =>
  text
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');

/**
 * Words someone said: `<figure><blockquote>`, one `<p>` per paragraph, with the speaker and
 * their role (or, without a job title, who they are) in the caption.
 */
export function Quote({ quote, locale, className }: QuoteProps) {
  const { name, jobTitle, description, organisation } = quote.speaker;
  const named = isOrganisation(organisation)
    ? organisationNameIn(organisation, locale ?? organisation.lang)
    : undefined;
  const title = jobTitle ?? description;
  // "IOM Belarus Chief of Mission" already names the organisation; say it once.
  const organisationPart =
    named !== undefined && !title?.includes(named.name) ? (
      <span {...contentLanguageAttributes(named.lang, locale ?? named.lang)}>{named.name}</span>
    ) : undefined;
  return (
    <figure
      className={classNames('iom-quote', className)}
      {...(locale === undefined ? {} : languageAttributes(locale))}
    >
      <blockquote className="iom-quote__text">
        {paragraphsOf(quote.text).map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a quote's paragraphs never move
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      <figcaption className="iom-quote__attribution">
        <span className="iom-quote__speaker">{name}</span>
        {(title !== undefined || organisationPart !== undefined) && (
          <span className="iom-quote__role">
            {title}
            {title !== undefined && organisationPart !== undefined && ', '}
            {organisationPart}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
