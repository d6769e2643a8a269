import type { ReactNode } from 'react';

/** A heading level a component may take: the page's `h1` is the site's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `level` moved down by `steps`, never past `h6`. */
export const headingBelow = (level: HeadingLevel, steps = 1) =>
  Math.min(level + steps, 6) as HeadingLevel;

interface HeadingProps {
  level: HeadingLevel;
  className?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  children: ReactNode;
}

export function Heading({ level, children, ...attributes }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...attributes}>{children}</Tag>;
}
