export { Quote, type QuoteProps } from './quote.js';
