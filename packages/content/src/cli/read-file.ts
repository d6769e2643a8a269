import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { type ContentFile, unreadableReason } from './find-files.js';
import { type ParsedText, parseJsonText, parseMarkdownText, parseYamlText } from './parse-text.js';

/** Content files larger than this are refused: a CMS export of one site is far smaller. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The text of one file, or why it cannot be read. It opens without blocking and reads only a
 * regular file, so a pipe that nobody writes to cannot stall the run; a UTF-8 BOM is skipped.
 */
export async function readFileText(
  file: ContentFile,
): Promise<{ text: string } | { error: string }> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { error: unreadableReason(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile())
      return { error: 'not a regular file (a folder, pipe or device), so it was not read' };
    if (info.size > MAX_FILE_BYTES) {
      const megabytes = (info.size / 1024 / 1024).toFixed(1);
      return {
        error: `the file is ${megabytes} MB; content files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not read (split it into smaller files)`,
      };
    }
    const bytes = await handle.readFile();
    try {
      // `fatal` refuses bytes that are not UTF-8 instead of silently replacing them.
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { error: 'the file is not UTF-8 text; save it as UTF-8' };
    }
  } catch (error) {
    return { error: unreadableReason(error) };
  } finally {
    await handle.close();
  }
}

/** The documents in a file's text, read as JSON, Markdown or YAML by its extension. */
export function parseFileText(file: ContentFile, text: string): ParsedText {
  const extension = extname(file.name).toLowerCase();
  if (extension === '.json') return parseJsonText(text);
  if (extension === '.md') return parseMarkdownText(text);
  return parseYamlText(text);
}
