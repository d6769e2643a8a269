/**
 * Node-only helpers for site builds: read and validate content files and folders exactly as the
 * `iom-content` CLI does, and print problems in its `file: path: message` format.
 */
export { formatProblem, formatReport, formatWarning } from './cli/format-report.js';
export {
  type DocumentModel,
  type LoadContentOptions,
  type LoadedContent,
  loadContent,
  type Problem,
  type ValidationReport,
  validatePaths,
  type Warning,
} from './cli/validate.js';
