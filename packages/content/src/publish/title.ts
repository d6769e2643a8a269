const SEPARATOR = ' | ';
/** Below this many characters a shortened headline says too little: the site name goes instead. */
const SHORTEST_USEFUL_TITLE = 30;

/** `text` cut to at most `length` characters at a word boundary where there is one, with `…`. */
export function shorten(text: string, length: number): string {
  const characters = Array.from(text.trim());
  if (characters.length <= length) return characters.join('');
  const head = characters.slice(0, length - 1).join('');
  // Cut at the last space when it keeps most of the room; scripts without spaces cut anywhere.
  const lastSpace = head.search(/\s\S*$/);
  const cut = lastSpace >= head.length * 0.6 ? head.slice(0, lastSpace) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The `<title>` of a page: `Headline | Site`, the headline shortened at a word so that the
 * whole fits `length` characters; when the site's name leaves too little room, the headline alone.
 */
export function documentTitle(title: string, siteName: string, length: number): string {
  if (title === siteName) return shorten(title, length);
  const full = `${title}${SEPARATOR}${siteName}`;
  if (Array.from(full).length <= length) return full;
  const room = length - Array.from(siteName).length - SEPARATOR.length;
  return room >= SHORTEST_USEFUL_TITLE
    ? `${shorten(title, room)}${SEPARATOR}${siteName}`
    : shorten(title, length);
}
