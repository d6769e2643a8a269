import type { Person } from '../schemas/blocks.js';

/**
 * The line that names a quote's speaker, written after the quote as in print:
 * `— Name, Job title`, optionally ending with `@organisation-id` (the id of an organisation
 * document). An en dash or two hyphens work as well as an em dash.
 */
const SPEAKER_LINE = /^(?:—|–|--)[ \t]*(\S.*)$/;
const ORGANISATION = /[ \t]+@([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** `— Name, Job title @org` → the person; `undefined` when the line names no speaker. */
export function parseSpeakerLine(line: string): Person | undefined {
  const match = SPEAKER_LINE.exec(line.trim());
  if (match === null) return undefined;
  let words = (match[1] as string).trim();
  const organisation = ORGANISATION.exec(words)?.[1];
  if (organisation !== undefined) words = words.replace(ORGANISATION, '');
  const comma = words.indexOf(',');
  const name = (comma === -1 ? words : words.slice(0, comma)).trim();
  const jobTitle = comma === -1 ? '' : words.slice(comma + 1).trim();
  return {
    name,
    ...(jobTitle === '' ? {} : { jobTitle }),
    ...(organisation === undefined ? {} : { organisation }),
  };
}

/** The person as a speaker line, the inverse of `parseSpeakerLine`. */
export function speakerLine(speaker: Person, withOrganisation: boolean): string {
  const organisation =
    withOrganisation && speaker.organisation !== undefined ? ` @${speaker.organisation}` : '';
  const jobTitle = speaker.jobTitle === undefined ? '' : `, ${speaker.jobTitle}`;
  return `— ${speaker.name}${jobTitle}${organisation}`;
}

/**
 * Splits a quote's paragraphs into its text and its speaker: the last line of the last
 * paragraph names the speaker when it starts with a dash.
 */
export function splitQuote(paragraphs: readonly string[]): { text: string; speaker?: Person } {
  const kept = [...paragraphs];
  const last = kept.pop() ?? '';
  const lines = last.split('\n');
  const speaker = parseSpeakerLine(lines.at(-1) ?? '');
  if (speaker === undefined) kept.push(last);
  else {
    const rest = lines.slice(0, -1).join('\n').trim();
    if (rest !== '') kept.push(rest);
  }
  const text = kept
    .map((paragraph) => paragraph.replace(/[ \t\n\r\f]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return speaker === undefined ? { text } : { text, speaker };
}
