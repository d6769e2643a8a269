export type { ProjectSummaryMessages, ProjectSummaryWords } from './messages.js';
export {
  ProjectSummary,
  type ProjectSummaryProject,
  type ProjectSummaryProps,
  type ProjectSummaryVariant,
} from './project-summary.js';
export type { SdgNames } from './sdg-names.js';
