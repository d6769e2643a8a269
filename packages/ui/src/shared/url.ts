import { isSafeUrl } from '@iom/content/url';

/**
 * The value when it may reach an `href` or `src`, otherwise undefined: the same rule the
 * schemas validate with, applied again because a site may pass data that never went through
 * them.
 */
export const safeUrl = (value: unknown): string | undefined =>
  isSafeUrl(value) ? value : undefined;
