import type { ReactNode } from 'react';
import { classNames } from '../shared/class-names.js';
import { type HeadingLevel, headingTag } from '../shared/heading.js';

export interface PageSectionProps {
  /** The section's id: its anchor, and its heading's id with `-title`. Required. */
  id: string;
  /** The section's heading. Required. */
  title: ReactNode;
  /** Level of the heading. Default: `2`. */
  headingLevel?: HeadingLevel;
  /** What the section holds. Required. */
  children: ReactNode;
  /** Extra class names. Default: none. */
  className?: string;
}

/** A titled part of a page: a `<section>` named by its heading, with an anchor. */
export function PageSection({
  id,
  title,
  headingLevel = 2,
  children,
  className,
}: PageSectionProps) {
  const Heading = headingTag(headingLevel);
  return (
    <section
      className={classNames('iom-page-section', className)}
      id={id}
      aria-labelledby={`${id}-title`}
    >
      <Heading id={`${id}-title`} className="iom-page-section__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
