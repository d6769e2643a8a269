import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tokensToCss } from './css.js';
import { cssVariables, vars } from './variables.js';

describe('CSS custom properties', () => {
  it('names every token --iom-<group>-<name>', () => {
    expect(cssVariables['--iom-color-primary']).toBe('#0033A0');
    expect(cssVariables['--iom-color-neutral-50']).toBe('#F4F5F7');
    expect(cssVariables['--iom-space-4']).toBe('1rem');
    expect(cssVariables['--iom-font-size-2xl']).toBe('1.5rem');
    expect(cssVariables['--iom-radius-md']).toBe('0.5rem');
    expect(cssVariables['--iom-breakpoint-md']).toBe('48rem');
    for (const name of Object.keys(cssVariables)) expect(name).toMatch(/^--iom-[a-z0-9-]+$/);
  });

  it('gives TypeScript the same names as var() references', () => {
    expect(vars.color.primary).toBe('var(--iom-color-primary)');
    expect(vars.font.size.lg).toBe('var(--iom-font-size-lg)');
    expect(vars.color.neutral['900']).toBe('var(--iom-color-neutral-900)');
  });

  it('declares every token inside @layer iom so a site can override it', () => {
    const css = tokensToCss();
    expect(css).toMatch(/^\/\*[\s\S]*?\*\/\n@layer iom \{\n {2}:root \{/);
    for (const [name, value] of Object.entries(cssVariables)) {
      expect(css).toContain(`${name}: ${value};`);
    }
  });

  it('ships tokens.css exactly as generated from the source', async () => {
    const built = await readFile(new URL('../dist/tokens.css', import.meta.url), 'utf8');
    expect(built).toBe(tokensToCss());
  });
});
