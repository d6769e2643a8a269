/**
 * Characters that move the cursor, reorder a line or hide themselves: control characters
 * (C0, DEL, C1), zero-width and bidirectional marks, line and paragraph separators, the BOM.
 */
const HIDDEN_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from content made safe to show in a terminal or a log: every hidden character becomes a
 * visible escape (`\n`, `\u001b`, `\u202e`), so content can neither write escape sequences nor
 * forge a line of a report.
 */
export function escapeHidden(text: string): string {
  return text.replace(
    HIDDEN_CHARACTERS,
    (character) =>
      SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Longest piece of an editor's text quoted back in a message; the rest is cut with `…`. */
export const MAX_QUOTED_LENGTH = 60;

/** `'text'`, escaped and cut to `MAX_QUOTED_LENGTH` characters, for a message. */
export function quote(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) return `'${escapeHidden(text)}'`;
  let end = MAX_QUOTED_LENGTH - 1;
  // Never cut a character written as two UTF-16 units in half.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `'${escapeHidden(text.slice(0, end))}…'`;
}
