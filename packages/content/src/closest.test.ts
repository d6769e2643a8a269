import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './closest.js';
import { randomInt, seededRandom } from './testing/seeded.js';

/** The whole table, written the obvious way: what `editDistance` must agree with. */
function referenceDistance(a: string, b: string): number {
  const [left, right] = [a.toLowerCase(), b.toLowerCase()];
  const d = Array.from({ length: left.length + 1 }, (_, i) =>
    Array.from({ length: right.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= left.length; i++) {
    for (let j = 1; j <= right.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (left[i - 1] === right[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[left.length] as number[])[right.length] as number;
}

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit, ignoring case', () => {
    expect(editDistance('titel', 'Title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('headlne', 'headline')).toBe(1);
  });

  it('agrees with the whole-table computation on 2,000 random pairs', () => {
    const random = seededRandom(7);
    const word = () =>
      Array.from({ length: randomInt(random, 9) }, () => 'abcAB'[randomInt(random, 5)]).join('');
    for (let pair = 0; pair < 2000; pair++) {
      const [a, b] = [word(), word()];
      expect(editDistance(a, b), `${a} / ${b}`).toBe(referenceDistance(a, b));
    }
  });
});

describe('closest', () => {
  it('suggests the nearest candidate, or nothing when none is near enough to be a typo', () => {
    expect(closest('headlne', ['summary', 'headline', 'body'])).toBe('headline');
    expect(closest('colour', ['color', 'title'])).toBe('color');
    expect(closest('xyz', ['headline', 'summary'])).toBeUndefined();
  });
});
