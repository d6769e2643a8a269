/**
 * A heading level a component may take: 1 when it is the page's title (a project's own page,
 * an article's header), 2–6 inside a page.
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** `level` moved down by `steps`, never past `h6`. */
export const headingBelow = (level: HeadingLevel, steps = 1) =>
  Math.min(level + steps, 6) as HeadingLevel;

/**
 * The element for a heading at `level`. Components render it as `<Tag>` directly rather than
 * through a `<Heading>` component: every component layer costs a server render time (about a
 * fifth of a NewsCard's, measured by `bench/render.mjs`), and this one would add nothing.
 */
export const headingTag = (level: HeadingLevel) => `h${level}` as const;
