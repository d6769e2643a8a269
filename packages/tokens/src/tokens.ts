/**
 * The one source of IOM Web Kit's design tokens. `tokens.css` and the typed constants are
 * generated from this object, so a value is written here and nowhere else.
 */

/** IOM's brand blue. */
const iomBlue = '#0033A0';

const neutral = {
  '0': '#FFFFFF',
  '50': '#F4F5F7',
  '100': '#E5E7EB',
  '300': '#C4C9D1',
  '500': '#8A919C',
  '700': '#454D59',
  '900': '#1B1F24',
} as const;

export const tokens = {
  color: {
    neutral,
    primary: iomBlue,
    /** Hover and pressed states of primary elements. */
    'primary-strong': '#002473',
    /** Tinted backgrounds: labels, information badges. */
    'primary-subtle': '#E6EBF6',
    'on-primary': neutral['0'],
    text: neutral['900'],
    'text-muted': neutral['700'],
    surface: neutral['0'],
    'surface-muted': neutral['50'],
    'surface-strong': neutral['100'],
    border: neutral['300'],
    focus: iomBlue,
    success: '#185A2B',
    'success-surface': '#E7F4EA',
    warning: '#6B4100',
    'warning-surface': '#FFF4DB',
    danger: '#941419',
    'danger-surface': '#FDECEC',
    info: iomBlue,
    'info-surface': '#E6EBF6',
  },
  space: {
    '0': '0',
    '1': '0.25rem',
    '2': '0.5rem',
    '3': '0.75rem',
    '4': '1rem',
    '5': '1.5rem',
    '6': '2rem',
    '7': '3rem',
    '8': '4rem',
  },
  font: {
    family: {
      sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans SC", sans-serif',
    },
    size: {
      xs: '0.75rem',
      sm: '0.875rem',
      md: '1rem',
      lg: '1.125rem',
      xl: '1.25rem',
      '2xl': '1.5rem',
      '3xl': '2rem',
    },
    weight: {
      regular: '400',
      semibold: '600',
      bold: '700',
    },
    'line-height': {
      tight: '1.25',
      normal: '1.5',
    },
  },
  radius: {
    sm: '0.25rem',
    md: '0.5rem',
    lg: '1rem',
    pill: '999px',
  },
  /** Viewport widths for a site's page layout; components adapt to their container instead. */
  breakpoint: {
    sm: '36rem',
    md: '48rem',
    lg: '64rem',
    xl: '80rem',
  },
  focus: {
    width: '3px',
    offset: '2px',
  },
  shadow: {
    raised: '0 0.25rem 0.75rem rgb(27 31 36 / 0.12)',
  },
  motion: {
    duration: '150ms',
    easing: 'cubic-bezier(0.2, 0, 0, 1)',
  },
} as const;

export type Tokens = typeof tokens;
/** A colour token usable for text or a background (the neutral scale aside). */
export type ColorToken = Exclude<keyof Tokens['color'], 'neutral'>;
