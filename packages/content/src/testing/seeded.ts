/** The seed every factory takes; see `FactoryOptions`. */
export function checkSeed(seed: number): number {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`A factory seed is a whole number of 0 or more; got ${seed}.`);
  }
  return seed;
}

/**
 * Numbers in [0, 1) from a seed (mulberry32): the same seed gives the same sequence on every
 * machine, so factory output never changes between test runs.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, below). */
export function randomInt(random: () => number, below: number): number {
  return Math.floor(random() * below);
}

/** `2024-11-05` or `2024-11-05T12:00:00+03:00` moved by whole days, time and offset kept. */
export function shiftDays(value: string, days: number): string {
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return `${day.toISOString().slice(0, 10)}${value.slice(10)}`;
}
