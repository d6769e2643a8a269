export type { DocumentModel } from '@iom/content/node';
export { type IomLoader, type IomLoaderOptions, iomLoader, type SchemaOf } from './loader.js';
export { renderStatic } from './render.js';
export {
  type EntryPathsOptions,
  entryPaths,
  type LanguageProps,
  type LocalisedEntry,
  languagePaths,
} from './static-paths.js';
