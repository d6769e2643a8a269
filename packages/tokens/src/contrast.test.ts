import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from './contrast.js';
import { CONTRAST_PAIRS, MINIMUM_CONTRAST } from './contrast-pairs.js';
import { tokens } from './tokens.js';

describe('contrastRatio', () => {
  it('spans 1:1 for a colour on itself to 21:1 for black on white, in either order', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0033A0', '#0033A0')).toBe(1);
  });

  it('agrees with the WCAG reference figure for #777777 on white (4.48:1, just under AA)', () => {
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });

  it('refuses colours it cannot measure instead of guessing', () => {
    expect(() => relativeLuminance('blue')).toThrow("Expected a #RRGGBB colour, got 'blue'.");
    expect(() => relativeLuminance('#03a')).toThrow();
  });
});

describe('every pair the components use meets AAA for text (7:1), 3:1 for non-text', () => {
  it.each(
    CONTRAST_PAIRS.map((pair) => ({
      ...pair,
      ratio: contrastRatio(tokens.color[pair.foreground], tokens.color[pair.background]),
    })),
  )('$foreground on $background ($usage): $ratio:1, $kind', ({ ratio, kind }) => {
    expect(ratio).toBeGreaterThanOrEqual(MINIMUM_CONTRAST[kind]);
  });

  it('lists each pair once', () => {
    const keys = CONTRAST_PAIRS.map((pair) => `${pair.foreground} on ${pair.background}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the palette', () => {
  it("uses IOM's brand blue as the primary colour", () => {
    expect(tokens.color.primary).toBe('#0033A0');
  });
});
