import { readFile, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { isMap, isScalar, parseAllDocuments } from 'yaml';
import { formatPath } from '../errors.js';
import { findLinksWithUrl, migrateDocument } from '../migrate.js';
import { readContent } from './read-content.js';

export interface MigrationReport {
  /** `file: path: change`, one line per change, and per file that could not be read. */
  lines: string[];
  changed: number;
  ioError: boolean;
}

/** YAML keeps its comments and layout: only the key `url` of each old link is renamed. */
function migrateYaml(text: string, file: string, lines: string[]): string | undefined {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents) || documents.some((document) => document.errors.length > 0)) {
    return undefined; // `validate` explains malformed files.
  }
  let changed = false;
  for (const [index, document] of documents.entries()) {
    const prefix = documents.length > 1 ? [index] : [];
    findLinksWithUrl(document.toJS(), (path) => {
      const link = document.getIn(path, true);
      if (!isMap(link)) return;
      for (const pair of link.items) {
        if (isScalar(pair.key) && pair.key.value === 'url') pair.key.value = 'href';
      }
      changed = true;
      lines.push(`${file}: ${formatPath([...prefix, ...path])}: 'url' renamed to 'href'`);
    });
  }
  return changed ? documents.map((document) => document.toString()).join('') : undefined;
}

/** Upgrades 0.x content files in place (`write`) or says what would change. */
export async function migratePaths(
  paths: readonly string[],
  write: boolean,
  cwd = process.cwd(),
): Promise<MigrationReport> {
  const read = await readContent(paths, cwd);
  const lines = read.problems.map(({ file, message }) => `${file}: ${message}`);
  let changed = 0;
  for (const file of read.files) {
    const text = await readFile(resolve(cwd, file), 'utf8');
    let migrated: string | undefined;
    if (extname(file) === '.json') {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue; // `validate` explains malformed files.
      }
      const { document, changes } = migrateDocument(value);
      for (const change of changes) lines.push(`${file}: ${change.path}: ${change.message}`);
      if (changes.length > 0) migrated = `${JSON.stringify(document, null, 2)}\n`;
    } else {
      migrated = migrateYaml(text, file, lines);
    }
    if (migrated === undefined) continue;
    changed++;
    if (write) await writeFile(resolve(cwd, file), migrated);
  }
  const summary =
    changed === 0
      ? `✔ ${read.files.length} files: nothing to migrate.`
      : write
        ? `✔ migrated ${changed} of ${read.files.length} files.`
        : `${changed} of ${read.files.length} files would change; run again with --write to change them.`;
  return { lines: [...lines, summary], changed, ioError: read.problems.some((p) => p.fatal) };
}
