import {
  type DocumentModel,
  formatProblem,
  formatReport,
  formatWarning,
  type LoadedContent,
  loadContent,
} from '@iom/content/node';
import type { LoaderContext } from 'astro/loaders';

type Logger = LoaderContext['logger'];

/**
 * One content folder, read and validated once for every collection that loads from it: each
 * document on its own, then all of them together with the collection checks (unique ids,
 * references across types, translations), so a problem is found and reported once.
 */
export class ContentSource {
  #loaded: Promise<LoadedContent> | undefined;
  #refreshing = false;

  constructor(
    readonly folder: string,
    readonly root: string,
    readonly model: DocumentModel | undefined,
  ) {}

  /** The validated content, read on first use; its report goes to `logger` when it is read. */
  load(logger: Logger): Promise<LoadedContent> {
    this.#loaded ??= loadContent([this.folder], this.root, { model: this.model }).then((loaded) => {
      report(loaded, logger);
      return loaded;
    });
    return this.#loaded;
  }

  /**
   * Forgets what was read, so the next `load` reads the files again. Every collection's watcher
   * listener calls this for the same save; only the first call in an event turn counts.
   */
  refresh(): void {
    if (this.#refreshing) return;
    this.#refreshing = true;
    this.#loaded = undefined;
    setTimeout(() => {
      this.#refreshing = false;
    }, 0);
  }
}

/** Every problem as an error line (`file: path: message`), every warning as a warning, then the summary. */
function report({ report }: LoadedContent, logger: Logger) {
  for (const problem of report.problems) logger.error(formatProblem(problem));
  for (const warning of report.warnings) logger.warn(formatWarning(warning));
  const summary = formatReport(report).at(-1) ?? '';
  if (report.valid) logger.info(summary);
  else logger.error(summary);
}

const sources = new Map<string, ContentSource>();
const modelKeys = new WeakMap<DocumentModel, number>();
let modelCount = 0;

/** The shared source of a folder and model: collections that share both share one read. */
export function contentSource(
  folder: string,
  root: string,
  model: DocumentModel | undefined,
): ContentSource {
  let modelKey = 0;
  if (model !== undefined) {
    modelKey = modelKeys.get(model) ?? ++modelCount;
    modelKeys.set(model, modelKey);
  }
  const key = `${modelKey}\0${root}\0${folder}`;
  let source = sources.get(key);
  if (source === undefined) {
    source = new ContentSource(folder, root, model);
    sources.set(key, source);
  }
  return source;
}
