import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

const CONTENT_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.md']);

/** A content file found on disk: its path as bytes (names need not be UTF-8) and as shown. */
export interface ContentFile {
  path: Buffer;
  name: string;
}

/** A problem with a file or folder as a whole; `fatal` ones are usage errors (exit 2). */
export interface FileProblem {
  file: string;
  /** Where in the file, like `[0].title`; empty for the file as a whole. */
  path: string;
  message: string;
  fatal: boolean;
  /** Where in the file, counted from 1, when the problem has a place. */
  line?: number;
  column?: number;
}

const isContentName = (name: string) => CONTENT_EXTENSIONS.has(extname(name).toLowerCase());

/**
 * A name as bytes, shown as text: UTF-8 where it is UTF-8, each other byte as `\xff`, so a
 * name that is not UTF-8 is still shown, and still opened by its real bytes.
 */
export function showBytes(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(bytes)) return text;
  return Array.from(bytes, (byte) =>
    byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`,
  ).join('');
}

/** Why a file or folder cannot be read, in words; never the system's message with its path. */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read${typeof code === 'string' ? ` (${code})` : ''}`;
}

/** Finds content files in the named files and folders, reporting what cannot be searched. */
export async function findContentFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: ContentFile[]; problems: FileProblem[] }> {
  const files = new Map<string, ContentFile>();
  const problems: FileProblem[] = [];
  // Paths inside the working folder are shown relative to it, others as they are.
  const show = (path: Buffer) => {
    const text = showBytes(path);
    const fromCwd = relative(cwd, text);
    return fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? text : fromCwd;
  };
  const problem = (path: Buffer, message: string, fatal = false) =>
    problems.push({ file: show(path), path: '', message, fatal });
  const add = (path: Buffer) => files.set(path.toString('latin1'), { path, name: show(path) });

  const walk = async (folder: Buffer) => {
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(folder, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      problem(folder, unreadableReason(error));
      return;
    }
    const children = entries
      .filter((entry) => {
        const name = entry.name.toString('latin1');
        return !name.startsWith('.') && name !== 'node_modules';
      })
      .map((entry) => ({ entry, path: Buffer.concat([folder, Buffer.from(sep), entry.name]) }))
      .sort((a, b) => showBytes(a.entry.name).localeCompare(showBytes(b.entry.name)));
    for (const { entry, path } of children) {
      if (entry.isDirectory()) await walk(path);
      // Links, pipes and devices with a content name are handed on: reading tells what they are.
      else if (isContentName(entry.name.toString('latin1'))) add(path);
    }
  };

  for (const named of paths) {
    const path = Buffer.from(resolve(cwd, named));
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      problem(path, unreadableReason(error), true);
      continue;
    }
    if (!isFolder) {
      if (isContentName(named)) add(path);
      else problem(path, 'not a .json, .yaml, .yml or .md file', true);
      continue;
    }
    const before = files.size;
    const problemsBefore = problems.length;
    await walk(path);
    if (files.size === before && problems.length === problemsBefore) {
      problem(path, 'the folder holds no .json, .yaml, .yml or .md files', true);
    }
  }
  return { files: [...files.values()], problems };
}
