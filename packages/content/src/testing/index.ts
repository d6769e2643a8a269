/**
 * Factories for tests: valid documents built from the IOM Belarus sample text, the same for
 * the same seed. Overrides replace top-level fields as given, unchecked, so a test can build
 * an invalid document on purpose and see `parseDocument` report it.
 */
export {
  type CollectionOptions,
  type FactoryOptions,
  makeArticle,
  makeCollection,
  makeEvent,
  makeOrganisation,
  makeProject,
} from './factories.js';
