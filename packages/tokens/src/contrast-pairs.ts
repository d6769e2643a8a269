import type { ColorToken } from './tokens.js';

/**
 * What the foreground is, which sets the minimum: text meets WCAG 2.2 AAA (1.4.6), 7:1, small
 * print included, and 4.5:1 for large text; focus indicators and other non-text marks 3:1
 * (1.4.11).
 */
export type ContrastKind = 'text' | 'large-text' | 'non-text';

export const MINIMUM_CONTRAST: Readonly<Record<ContrastKind, number>> = {
  text: 7,
  'large-text': 4.5,
  'non-text': 3,
};

export interface ContrastPair {
  foreground: ColorToken;
  background: ColorToken;
  kind: ContrastKind;
  /** Where the components use the pair. */
  usage: string;
}

/**
 * Every foreground/background pair `@iom/ui` uses. Its tests check that its stylesheet sets
 * no colour outside this list, and this package's tests check every pair meets its minimum.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: 'text', background: 'surface', kind: 'text', usage: 'body text, quotes' },
  { foreground: 'text', background: 'surface-muted', kind: 'text', usage: 'partner name tiles' },
  { foreground: 'text', background: 'surface-strong', kind: 'text', usage: 'neutral badges' },
  { foreground: 'text-muted', background: 'surface', kind: 'text', usage: 'dates, datelines' },
  {
    foreground: 'text-muted',
    background: 'surface-muted',
    kind: 'text',
    usage: 'captions on tiles',
  },
  { foreground: 'primary', background: 'surface', kind: 'text', usage: 'links, headlines' },
  { foreground: 'primary', background: 'surface-muted', kind: 'text', usage: 'links on tiles' },
  { foreground: 'primary-strong', background: 'surface', kind: 'text', usage: 'hovered links' },
  {
    foreground: 'primary',
    background: 'primary-subtle',
    kind: 'text',
    usage: 'article labels, event date blocks',
  },
  {
    foreground: 'on-primary',
    background: 'primary',
    kind: 'text',
    usage: 'SDG goal numbers, site header',
  },
  { foreground: 'info', background: 'info-surface', kind: 'text', usage: 'status badges' },
  { foreground: 'success', background: 'success-surface', kind: 'text', usage: 'status badges' },
  { foreground: 'warning', background: 'warning-surface', kind: 'text', usage: 'status badges' },
  { foreground: 'danger', background: 'danger-surface', kind: 'text', usage: 'status badges' },
  {
    foreground: 'on-primary',
    background: 'primary-strong',
    kind: 'text',
    usage: 'skip link, current page number',
  },
  {
    foreground: 'primary-strong',
    background: 'surface-muted',
    kind: 'text',
    usage: 'footer links, tags, key figures',
  },
  { foreground: 'focus', background: 'surface', kind: 'non-text', usage: 'focus outlines' },
  {
    foreground: 'focus',
    background: 'surface-muted',
    kind: 'non-text',
    usage: 'focus outlines on tiles',
  },
];
