/**
 * Edit distance counting an insertion, deletion, substitution or swap of two neighbouring
 * letters as one edit (optimal string alignment), case-insensitively: 'titel' is 1 from 'title'.
 * Keeps three rows of the table, not all of it: editors' typos are checked against every field
 * name of a document, so this runs often when content is wrong.
 */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let beforePrevious = new Uint32Array(right.length + 1);
  let previous = Uint32Array.from({ length: right.length + 1 }, (_, j) => j);
  let current = new Uint32Array(right.length + 1);
  for (let i = 1; i <= left.length; i++) {
    current[0] = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[right.length] as number;
}

/**
 * The candidate closest to `word`, or undefined when none is close enough to be a typo
 * (at most a third of the word's letters differ, and never more than 3).
 *
 * Words whose lengths differ by more than the best distance so far are skipped before any
 * table is built: a megabyte of text costs no more than a short word.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  const length = word.toLowerCase().length;
  for (const candidate of candidates) {
    // Lengths further apart than the best distance so far cannot do better.
    if (Math.abs(candidate.toLowerCase().length - length) >= bestDistance) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
