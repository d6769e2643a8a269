import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ArticleSchema,
  type ContentDocument,
  type DocumentType,
  EventSchema,
  OrganisationSchema,
  ProjectSchema,
} from '@iom/content';
import type { DocumentModel, LoadedContent } from '@iom/content/node';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentSource } from './content-source.js';

/** The schema that types each kind of entry (the loader validates; Astro only reads the type). */
// Written out so the published types name @iom/content's schemas rather than copy them.
interface Schemas {
  article: typeof ArticleSchema;
  event: typeof EventSchema;
  project: typeof ProjectSchema;
  organisation: typeof OrganisationSchema;
}
const SCHEMAS: Schemas = {
  article: ArticleSchema,
  event: EventSchema,
  project: ProjectSchema,
  organisation: OrganisationSchema,
};

export type SchemaOf<Type extends DocumentType> = Schemas[Type];

export interface IomLoaderOptions<Type extends DocumentType, Schema> {
  /** The content folder, relative to the project root (or absolute). */
  base: string;
  /** Which documents of the folder this collection holds: one type, or several. */
  type: Type | readonly Type[];
  /**
   * Validates the documents instead of the kit's own model: anything with the shape of the
   * package root's `safeParseDocument` and `validateCollection`, such as a site's model that
   * adds its own fields.
   */
  model?: DocumentModel;
  /** Types the entries when `model` adds fields; default: the kit's schema of `type`. */
  schema?: Schema;
}

/** The Astro loader, with the schema Astro types the collection's entries from. */
export type IomLoader<Schema> = Loader & { schema: Schema };

const CONTENT_EVENTS = new Set(['add', 'change', 'unlink']);

/**
 * An Astro content loader for IOM content: reads the JSON and YAML files of `base`, validates
 * every document and the collection as a whole (once for all collections that share `base`),
 * reports every problem through Astro's logger, and fails the build when there is one. In
 * `astro dev` it re-validates on every save and keeps serving the documents that are valid.
 */
export function iomLoader<
  const Type extends DocumentType,
  Schema extends { _zod: unknown } = SchemaOf<Type>,
>(options: IomLoaderOptions<Type, Schema>): IomLoader<Schema> {
  const types: readonly DocumentType[] =
    typeof options.type === 'string' ? [options.type] : options.type;
  const schema = options.schema ?? (SCHEMAS[types[0] ?? 'article'] as unknown as Schema);

  return {
    name: '@iom/astro',
    schema,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, options.base);
      const source = contentSource(folder, root, options.model);
      const watching = context.watcher !== undefined;

      const apply = (loaded: LoadedContent) => {
        fillStore(context, loaded.documents, types);
        if (!loaded.report.valid && !watching) {
          throw contentError(options.base, loaded.report.problems.length);
        }
      };

      apply(await source.load(context.logger));

      // Saves can come faster than a read finishes (an editor writes a file in two events): only
      // the read started by the latest save fills the store, or an older read finishing last
      // would bring back what the editor has since fixed.
      let latestRead = 0;
      context.watcher?.add(folder);
      context.watcher?.on('all', (event, path) => {
        if (!CONTENT_EVENTS.has(event) || !isInside(folder, path)) return;
        const read = ++latestRead;
        source.refresh();
        source.load(context.logger).then(
          (loaded) => {
            if (read === latestRead) apply(loaded);
          },
          (error: unknown) => {
            context.logger.error(error instanceof Error ? error.message : String(error));
          },
        );
      });
    },
  };
}

/** The build's failure: the problems themselves are in the log lines above it. */
function contentError(base: string, count: number) {
  const error = new AstroError(
    `The content folder '${base}' has ${count} problem${count === 1 ? '' : 's'}, listed above.`,
    'Fix each file at the path given, then build again; `astro dev` re-checks on every save.',
  );
  // A stack trace into the loader tells an editor nothing; the lines above say what to fix.
  error.stack = '';
  return error;
}

const isInside = (folder: string, path: string) => {
  const fromFolder = relative(folder, resolve(path));
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
};

/** Makes the collection hold exactly the valid documents of its types. */
function fillStore(
  { store, generateDigest }: LoaderContext,
  documents: readonly ContentDocument[],
  types: readonly DocumentType[],
) {
  const wanted = documents.filter((document) => types.includes(document.type));
  const ids = new Set(wanted.map((document) => document.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const document of wanted) {
    store.set({ id: document.id, data: document, digest: generateDigest(document) });
  }
}
