import { tokens } from '@iom/tokens';

/** A plain tile in IOM blue from the tokens: browsers ask for an icon, and this one is ours. */
export const faviconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${tokens.color.primary}"/></svg>
`;

/** The browser UI colour, from the same token. */
export const themeColor = tokens.color.primary;
