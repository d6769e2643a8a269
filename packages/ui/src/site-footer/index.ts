export { type FooterLinkGroup, SiteFooter, type SiteFooterProps } from './site-footer.js';
