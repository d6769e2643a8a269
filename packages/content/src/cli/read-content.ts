import type { Locate } from '../content-file/locate.js';
import { type FileProblem, findContentFiles } from './find-files.js';
import type { ParsedValue } from './parse-text.js';
import { parseFileText, readFileText } from './read-file.js';

/** One value read from a file, and where it stood there. */
export interface SourceValue {
  file: string;
  /** `[2]` when the file holds a list, `` when it holds one document. */
  pathPrefix: string;
  value: unknown;
  /** Where a field of `value` (a key path inside it) stood in the file. */
  locate: Locate;
}

export interface ReadResult {
  files: string[];
  values: SourceValue[];
  problems: FileProblem[];
  /** True when at least one file could be read: with none, there is nothing to check. */
  readAny: boolean;
}

/** The documents in one file's values: a list yields one per item, a YAML stream one per document. */
function documentsOf(file: string, parsed: readonly ParsedValue[]): SourceValue[] {
  const many = parsed.length > 1;
  return parsed.flatMap(({ value, locate }, documentIndex) => {
    const prefix = many ? `[${documentIndex}]` : '';
    if (!Array.isArray(value)) return [{ file, pathPrefix: prefix, value, locate }];
    return value.map((item, index) => ({
      file,
      pathPrefix: `${prefix}[${index}]`,
      value: item,
      locate: (keys: readonly PropertyKey[]) => locate([index, ...keys]),
    }));
  });
}

/**
 * Reads content files and folders (recursively) into values to validate, each file on its own:
 * a file that cannot be read or parsed becomes a problem, and every other file is still read.
 */
export async function readContent(
  paths: readonly string[],
  cwd = process.cwd(),
): Promise<ReadResult> {
  const { files, problems } = await findContentFiles(paths, cwd);
  const values: SourceValue[] = [];
  let readAny = false;
  for (const file of files) {
    const read = await readFileText(file);
    if ('error' in read) {
      problems.push({ file: file.name, path: '', message: read.error, fatal: false });
      continue;
    }
    readAny = true;
    const parsed = parseFileText(file, read.text);
    if ('error' in parsed) {
      const { error, ...at } = parsed;
      problems.push({ file: file.name, path: '', message: error, fatal: false, ...at });
      continue;
    }
    for (const problem of parsed.problems)
      problems.push({ file: file.name, ...problem, fatal: false });
    const documents = documentsOf(file.name, parsed.values);
    if (documents.length === 0) {
      problems.push({
        file: file.name,
        path: '',
        message: 'the file holds no documents',
        fatal: false,
      });
    }
    values.push(...documents);
  }
  return { files: files.map((file) => file.name), values, problems, readAny };
}
