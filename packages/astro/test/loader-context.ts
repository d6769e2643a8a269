import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

/** An entry as the store holds it. */
export type DataEntry = ReturnType<LoaderContext['store']['values']>[number];

/** A line Astro's logger would print. */
export interface LogLine {
  level: 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

/** Stands in for the watcher `astro dev` gives loaders: saves are emitted by the test. */
export class FakeWatcher extends EventEmitter {
  readonly watched: string[] = [];
  add(path: string) {
    this.watched.push(path);
    return this;
  }
  save(path: string) {
    this.emit('all', 'change', path);
  }
}

/**
 * The context Astro gives a loader, typed by Astro's own `LoaderContext`: a real in-memory
 * store and meta store, a logger that records what it prints, and (for dev) a watcher.
 */
export function fakeLoaderContext(
  root: string,
  collection: string,
  options: { watcher?: FakeWatcher; logs?: LogLine[] } = {},
): { context: LoaderContext; entries: Map<string, DataEntry>; logs: LogLine[] } {
  const entries = new Map<string, DataEntry>();
  const meta = new Map<string, string>();
  const logs = options.logs ?? [];
  const log = (level: LogLine['level']) => (message: string) => {
    logs.push({ level, message });
  };
  const logger: LoaderContext['logger'] = {
    options: {} as LoaderContext['logger']['options'],
    label: collection,
    fork: () => logger,
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    debug: log('debug'),
    flush: () => {},
    close: () => {},
  };

  const context: LoaderContext = {
    collection,
    store: {
      get: (key) => entries.get(key) as never,
      entries: () => [...entries.entries()],
      set: (entry) => {
        const previous = entries.get(entry.id);
        if (previous?.digest !== undefined && previous.digest === entry.digest) return false;
        entries.set(entry.id, entry as DataEntry);
        return true;
      },
      values: () => [...entries.values()],
      keys: () => [...entries.keys()],
      delete: (key) => {
        entries.delete(key);
      },
      clear: () => entries.clear(),
      has: (key) => entries.has(key),
      addModuleImport: () => {},
    },
    meta: {
      get: (key) => meta.get(key),
      set: (key, value) => {
        meta.set(key, value);
      },
      has: (key) => meta.has(key),
      delete: (key) => {
        meta.delete(key);
      },
    },
    logger,
    config: { root: pathToFileURL(`${root}/`) } as LoaderContext['config'],
    parseData: async ({ data }) => data,
    renderMarkdown: async () => {
      throw new Error('the IOM loader renders no Markdown through Astro');
    },
    generateDigest: (data) => JSON.stringify(data),
    ...(options.watcher === undefined
      ? {}
      : { watcher: options.watcher as unknown as NonNullable<LoaderContext['watcher']> }),
  };
  return { context, entries, logs };
}
