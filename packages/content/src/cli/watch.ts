import { type FSWatcher, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';

const CONTENT_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.md']);
/** How long to wait after a change for the rest of a save (editors write, rename, touch). */
const SETTLE_MS = 100;

const isContentFile = (path: string) =>
  CONTENT_EXTENSIONS.has(extname(path).toLowerCase()) &&
  !path.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules');

/**
 * Watches the named files and folders (folders with everything under them) and calls
 * `onChange` with the content files saved since the last call, shown relative to `cwd`. Calls
 * never overlap: saves made while one runs are passed to the next. Stops when `signal` aborts.
 */
export async function watchContent(
  paths: readonly string[],
  cwd: string,
  onChange: (files: string[]) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  const watchers: FSWatcher[] = [];
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    timer = undefined;
    running = running.then(async () => {
      if (changed.size === 0 || signal.aborted) return;
      const files = [...changed].sort();
      changed.clear();
      await onChange(files);
    });
  };
  const saw = (path: string) => {
    if (!isContentFile(path)) return;
    changed.add(relative(cwd, path) || path);
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };

  for (const named of paths) {
    const path = resolve(cwd, named);
    if ((await stat(path)).isDirectory()) {
      // Recursive watching is native on macOS and Windows and done by Node on Linux.
      const watcher = watch(path, { recursive: true }, (_event, name) => {
        if (name !== null) saw(join(path, name.toString()));
      });
      watchers.push(watcher);
    } else {
      // A file is watched through its folder: editors that save by replacing the file would
      // leave a watcher on the file itself watching the old one.
      const watcher = watch(dirname(path), (_event, name) => {
        if (name !== null && name.toString() === basename(path)) saw(path);
      });
      watchers.push(watcher);
    }
  }

  await new Promise<void>((done) => {
    const stop = () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      running.then(done, done);
    };
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}
