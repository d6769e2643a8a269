export { contrastRatio, relativeLuminance } from './contrast.js';
export {
  CONTRAST_PAIRS,
  type ContrastKind,
  type ContrastPair,
  MINIMUM_CONTRAST,
} from './contrast-pairs.js';
export { type ColorToken, type Tokens, tokens } from './tokens.js';
export { cssVariables, vars } from './variables.js';
