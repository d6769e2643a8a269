export { type Fact, KeyFacts, type KeyFactsProps } from './key-facts.js';
