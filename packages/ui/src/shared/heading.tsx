/** A heading level a component may take: the page's `h1` is the site's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `level` moved down by `steps`, never past `h6`. */
export const headingBelow = (level: HeadingLevel, steps = 1) =>
  Math.min(level + steps, 6) as HeadingLevel;

/**
 * The element for a heading at `level`. Components render it as `<Tag>` directly rather than
 * through a `<Heading>` component: every component layer costs a server render time (about a
 * fifth of a NewsCard's, measured by `bench/render.mjs`), and this one would add nothing.
 */
export const headingTag = (level: HeadingLevel) => `h${level}` as const;
