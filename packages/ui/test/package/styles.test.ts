import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CONTRAST_PAIRS, cssVariables } from '@iom/tokens';
import { describe, expect, it } from 'vitest';

const packageFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const stylesheet = await readFile(packageFile('dist/styles.css'), 'utf8');
const tokensCss = await readFile(
  fileURLToPath(import.meta.resolve('@iom/tokens/tokens.css')),
  'utf8',
);
const sourceFiles = (await readdir(packageFile('src'), { recursive: true })).sort();
const componentSheets = await Promise.all(
  sourceFiles
    .filter((file) => file.endsWith('.css'))
    .map(async (file) => ({ file, css: await readFile(packageFile(`src/${file}`), 'utf8') })),
);
const uncommented = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const css = uncommented(stylesheet);

/** The blocks at the top level of a stylesheet, with what stands before each one. */
function topLevelBlocks(text: string) {
  const blocks: { prelude: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let preludeStart = 0;
  let prelude = '';
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '{') {
      if (depth === 0) {
        prelude = text.slice(preludeStart, index).trim();
        start = index + 1;
      }
      depth++;
    } else if (text[index] === '}') {
      depth--;
      if (depth === 0) {
        blocks.push({ prelude, body: text.slice(start, index) });
        preludeStart = index + 1;
      }
    }
  }
  return { blocks, rest: text.slice(preludeStart).trim() };
}

const declarations = (text: string) =>
  [...text.matchAll(/(?:^|[{;])\s*([a-z][a-z-]*)\s*:\s*([^;{}]+)/g)].map(([, property, value]) => ({
    property: property as string,
    value: (value as string).trim(),
  }));
/** Properties tied to the screen's sides rather than the text's direction. */
const PHYSICAL_PROPERTY =
  /^(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-[a-z]+)?|border-(?:top|bottom)-(?:left|right)-radius|(?:min-|max-)?(?:width|height)|left|right|top|bottom|overflow-[xy])$/;
const colourTokens = (pattern: RegExp) =>
  new Set([...css.matchAll(pattern)].map(([, token]) => token));

describe('@iom/ui/styles.css', () => {
  it('starts with the tokens and holds every component stylesheet, in one file', () => {
    expect(stylesheet.startsWith(`/* @iom/tokens/tokens.css */\n${tokensCss.trim()}`)).toBe(true);
    for (const { file, css: source } of componentSheets) {
      expect(stylesheet, file).toContain(source.trim());
    }
    expect(componentSheets.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['news-card/news-card.css', 'partner-list/partner-list.css']),
    );
  });

  it('puts everything inside @layer iom, so a site’s own CSS wins without !important', () => {
    const { blocks, rest } = topLevelBlocks(css);
    expect(rest).toBe('');
    expect(new Set(blocks.map((block) => block.prelude))).toEqual(new Set(['@layer iom']));
    expect(css).not.toContain('!important');
  });

  it('prefixes every class name with iom-', () => {
    const preludes = [...css.matchAll(/([^{};]+)\{/g)].map(([, prelude]) => prelude as string);
    const classes = preludes.flatMap((prelude) =>
      [...prelude.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(([, name]) => name),
    );
    expect(classes.length).toBeGreaterThan(50);
    expect(classes.filter((name) => !name?.startsWith('iom-'))).toEqual([]);
  });

  it('uses logical properties only, so right-to-left lays itself out', () => {
    const physical = declarations(css).filter(
      ({ property, value }) =>
        PHYSICAL_PROPERTY.test(property) ||
        (/^(?:float|clear|text-align|resize|caption-side)$/.test(property) &&
          /\b(?:left|right)\b/.test(value)),
    );
    expect(physical).toEqual([]);
    expect(css).not.toMatch(/\((?:min-|max-)?(?:width|height)\s*[:<>=]/);
  });

  it('adapts to the container, not the viewport', () => {
    expect(css).toMatch(/container-type:\s*inline-size/);
    expect(css).toMatch(/@container \(inline-size/);
    const mediaQueries = [...css.matchAll(/@media ([^{]+)\{/g)].map(([, query]) => query?.trim());
    expect(new Set(mediaQueries)).toEqual(new Set(['(prefers-reduced-motion: reduce)']));
  });

  it('turns off motion for readers who ask for less of it', () => {
    for (const { file, css: source } of componentSheets) {
      if (/transition:\s*(?!none)/.test(source) || /animation:/.test(source)) {
        expect(source, file).toMatch(
          /@media \(prefers-reduced-motion: reduce\)\s*\{[\s\S]*transition:\s*none/,
        );
      }
    }
  });

  it('gives every link the components render a visible focus style', async () => {
    const linkClasses = new Set<string>();
    for (const file of sourceFiles.filter((name) => /(?<!\.test)\.tsx$/.test(name))) {
      const source = await readFile(packageFile(`src/${file}`), 'utf8');
      for (const [, name] of source.matchAll(/className="(iom-[\w-]*link)"/g)) {
        linkClasses.add(name as string);
      }
    }
    expect(linkClasses.size).toBeGreaterThanOrEqual(4);
    for (const name of linkClasses) {
      const focusRule = new RegExp(
        `\\.${name}:focus-visible(?:::after)?\\s*\\{[^}]*outline:\\s*var\\(--iom-focus-width\\) solid var\\(--iom-color-focus\\)`,
      );
      expect(css, name).toMatch(focusRule);
    }
  });

  it('uses only tokens that exist', () => {
    const used = new Set([...css.matchAll(/var\((--iom-[\w-]+)\)/g)].map(([, name]) => name));
    expect([...used].filter((name) => !((name as string) in cssVariables))).toEqual([]);
  });

  it('sets colours only from tokens, in pairs checked for contrast (AAA for text)', () => {
    for (const { file, css: source } of componentSheets) {
      expect(uncommented(source), file).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
    }
    const textPairs = CONTRAST_PAIRS.filter((pair) => pair.kind !== 'non-text');
    const foregrounds = new Set<string>(textPairs.map((pair) => pair.foreground));
    const backgrounds = new Set<string>(CONTRAST_PAIRS.map((pair) => pair.background));
    const outlines = new Set<string>(
      CONTRAST_PAIRS.filter((pair) => pair.kind === 'non-text').map((pair) => pair.foreground),
    );
    const unchecked = (used: Set<string | undefined>, checked: Set<string>) =>
      [...used].filter((token) => !checked.has(token as string));
    expect(
      unchecked(colourTokens(/(?:^|[\s;{])color:\s*var\(--iom-color-([\w-]+)\)/g), foregrounds),
    ).toEqual([]);
    expect(
      unchecked(colourTokens(/background(?:-color)?:\s*var\(--iom-color-([\w-]+)\)/g), backgrounds),
    ).toEqual([]);
    expect(unchecked(colourTokens(/outline:[^;]*var\(--iom-color-([\w-]+)\)/g), outlines)).toEqual(
      [],
    );
  });
});
