import { describe, expect, it } from 'vitest';
import { compareDates, inOffsetOf, readDate, writtenInstant } from './dates.js';

describe('compareDates', () => {
  it.each([
    ['2019', '2023'],
    ['2019-12', '2020'],
    ['2019-03', '2019-04-01'],
    ['2024-11-05', '2024-11-06T00:30+03:00'],
    ['2024-11-05T10:00+03:00', '2024-11-05T08:00Z'],
  ])('puts %j before %j', (earlier, later) => {
    expect(compareDates(earlier, later)).toBeLessThan(0);
    expect(compareDates(later, earlier)).toBeGreaterThan(0);
  });

  it.each([
    ['2019', '2019-06'],
    ['2019-06', '2019-06-30'],
    ['2024-11-05', '2024-11-05T18:00+03:00'],
    ['2024-11-05T10:00+03:00', '2024-11-05T07:00:00Z'],
  ])('finds %j and %j equal at the coarser precision', (a, b) => {
    expect(compareDates(a, b)).toBe(0);
  });

  it('compares a year with a month at the year: 2020 comes after 2019-12', () => {
    expect(compareDates('2020', '2019-12')).toBeGreaterThan(0);
  });
});

describe('readDate', () => {
  it('gives the precision and the parts as written', () => {
    expect(readDate('2019')).toMatchObject({ precision: 'year', year: 2019 });
    expect(readDate('2019-03')).toMatchObject({ precision: 'month', year: 2019, month: 3 });
    expect(readDate('2024-02-05')).toMatchObject({ precision: 'day', day: 5 });
    expect(readDate('2024-11-05T10:30-02:30')).toMatchObject({
      precision: 'time',
      hour: 10,
      minute: 30,
      offsetMinutes: -150,
    });
    expect(readDate('5 November 2024')).toBeUndefined();
  });

  it('keeps a year below 100 as written, where Date.UTC would add 1900', () => {
    const parts = readDate('2019-03-05');
    if (parts === undefined) throw new Error('not read');
    expect(writtenInstant({ ...parts, year: 99 }).getUTCFullYear()).toBe(99);
  });
});

describe('inOffsetOf', () => {
  it('rewrites an end in its start’s offset so it never reads before the start', () => {
    // 23:30 on the 5th at UTC-1 is 03:30 on the 6th at UTC+3.
    expect(inOffsetOf('2024-11-05T23:30-01:00', '2024-11-06T01:00+03:00')).toBe(
      '2024-11-06T03:30:00+03:00',
    );
    expect(inOffsetOf('2024-11-05T12:00Z', '2024-11-05T10:00Z')).toBe('2024-11-05T12:00Z');
  });

  it('leaves days and partial dates as written', () => {
    expect(inOffsetOf('2024-11-06', '2024-11-05T10:00+03:00')).toBe('2024-11-06');
    expect(inOffsetOf('2024-11-06T10:00+03:00', '2024-11-05')).toBe('2024-11-06T10:00+03:00');
  });
});
