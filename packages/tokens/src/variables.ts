import { type Tokens, tokens } from './tokens.js';

/** The prefix of every custom property, so the kit's names never clash with a site's. */
const PREFIX = '--iom';

interface TokenTree {
  readonly [key: string]: string | TokenTree;
}

function* leaves(tree: TokenTree, path: readonly string[] = []): Generator<[string[], string]> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') yield [[...path, key], value];
    else yield* leaves(value, [...path, key]);
  }
}

/** `['color', 'neutral', '50']` → `--iom-color-neutral-50` */
const propertyName = (path: readonly string[]) => `${PREFIX}-${path.join('-')}`;

/** Every token as a CSS custom property and its value, like `--iom-color-primary: #0033A0`. */
export const cssVariables: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from(leaves(tokens), ([path, value]) => [propertyName(path), value]),
);

type VarTree<Tree> = {
  readonly [Key in keyof Tree]: Tree[Key] extends string ? string : VarTree<Tree[Key]>;
};

function toVars(tree: TokenTree, path: readonly string[] = []): TokenTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? `var(${propertyName([...path, key])})`
        : toVars(value, [...path, key]),
    ]),
  );
}

/**
 * The tokens' shape with `var(--iom-…)` references as values, for styles written in
 * TypeScript that should follow a site's overrides: `vars.color.primary` is
 * `'var(--iom-color-primary)'`.
 */
export const vars = toVars(tokens) as VarTree<Tokens>;
