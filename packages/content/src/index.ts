export { COUNTRY_CODES } from './codes/countries.js';
export { CURRENCY_CODES } from './codes/currencies.js';
export {
  type CollectionError,
  type ValidateCollectionOptions,
  validateCollection,
} from './collection.js';
export {
  compareDates,
  DATE_PRECISIONS,
  type DatePrecision,
  readDate,
  type WrittenDate,
} from './dates.js';
export { type ContentError, ContentValidationError, editorErrorMap, formatPath } from './errors.js';
export {
  type JsonLd,
  type JsonLdOptions,
  jsonLdScript,
  toJsonLd,
  toJsonLdScript,
  toWebSiteJsonLd,
  type WebSiteJsonLdOptions,
} from './json-ld/index.js';
export { type MigrationChange, migrateDocument } from './migrate.js';
export { type Localized, localize } from './localize.js';
export {
  type DocumentParseResult,
  type ParseResult,
  parseContent,
  parseDocument,
  safeParseContent,
  safeParseDocument,
} from './parse.js';
export { type Reference, referencesOf } from './references.js';
export * from './resolve.js';
export * from './schemas/article.js';
export * from './schemas/blocks.js';
export * from './schemas/document.js';
export * from './schemas/event.js';
export * from './schemas/organisation.js';
export * from './schemas/primitives.js';
export * from './schemas/project.js';
export * from './schemas/rich-text.js';
export {
  type ContentWarning,
  HEADLINE_LIMIT,
  SUMMARY_LIMIT,
  warningsOf,
} from './warnings.js';
