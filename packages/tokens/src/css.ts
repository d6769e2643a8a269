import { cssVariables } from './variables.js';

/**
 * The stylesheet behind `@iom/tokens/tokens.css`. Inside `@layer iom`, so a site's own
 * `:root { --iom-color-primary: … }` wins without `!important`.
 */
export function tokensToCss(): string {
  const declarations = Object.entries(cssVariables)
    .map(([name, value]) => `    ${name}: ${value};`)
    .join('\n');
  return `/* @iom/tokens: generated from src/tokens.ts, do not edit. */\n@layer iom {\n  :root {\n${declarations}\n  }\n}\n`;
}
