/**
 * The URL rule on its own, without zod: `@iom/ui` guards every `href` and `src` with it
 * through `@iom/content/url`, and the schemas validate with the same function, so a page
 * and a validator can never disagree about what is safe.
 */

/**
 * The protocols a link or image may use. Anything else (`javascript:`, `data:`, `file:`…) could
 * run code or leak data when rendered, so it never reaches an `href` or `src`.
 */
export const SAFE_URL_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/**
 * Pattern form of the rule, written into JSON Schema too. Site-relative means `/path`, never
 * `//host`. Protocols are matched in either case with character classes rather than the `i`
 * flag, because JSON Schema's `pattern` carries no flags.
 */
export const SAFE_URL_PATTERN =
  /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]|[Mm][Aa][Ii][Ll][Tt][Oo]:\S|[Tt][Ee][Ll]:\S|\/(?![/\\]))\S*$/;

/**
 * True when `value` is a URL a page may safely link to or load: `https:`, `http:`, `mailto:`,
 * `tel:`, or site-relative (`/news/...`). Shared by the schemas and by `@iom/ui`'s URL guard.
 */
export function isSafeUrl(value: unknown): value is string {
  return typeof value === 'string' && SAFE_URL_PATTERN.test(value);
}
