// Calendar arithmetic behind date normalization: ISO weeks, weekday resolution, offsets, durations.
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  durationValue,
  easter,
  fmtDate,
  fmtWeek,
  isoWeekday,
  nthWeekday,
  parseIsoDate,
  resolveDayMonthYear,
  resolveMonthYear,
  resolveWeekday,
  shiftValue,
  type Ymd,
} from '../../src/resolve/dates.js';

const day = (s: string): Ymd => {
  const d = parseIsoDate(s);
  if (!d) throw new Error(`bad test date ${s}`);
  return d;
};

describe('parseIsoDate', () => {
  it.each([
    ['2023-09-19', { y: 2023, m: 9, d: 19 }],
    ['2024-02-29', { y: 2024, m: 2, d: 29 }],
  ])('%s is a day', (s, want) => expect(parseIsoDate(s)).toEqual(want));
  it.each(['2023-02-29', '2023-13-01', '19-09-2023', '2023-9-19', '', null])('%s is not', (s) =>
    expect(parseIsoDate(s)).toBeNull(),
  );
});

describe('ISO weeks', () => {
  it.each([
    ['2023-09-19', '2023-W38'],
    ['2023-09-12', '2023-W37'],
    ['2021-01-03', '2020-W53'], // a Sunday that belongs to the last week of the previous year
    ['2024-12-30', '2025-W01'], // a Monday that starts the first week of the next year
    ['2015-01-01', '2015-W01'],
  ])('%s is in %s', (s, w) => expect(fmtWeek(day(s))).toBe(w));
});

describe('resolveWeekday (reference Tuesday 2023-09-19)', () => {
  const ref = day('2023-09-19');
  it.each([
    [1, 'past', '2023-09-18'],
    [2, 'past', '2023-09-19'],
    [3, 'past', '2023-09-13'],
    [7, 'past', '2023-09-17'],
    [2, 'strict-past', '2023-09-12'],
    [3, 'future', '2023-09-20'],
    [2, 'future', '2023-09-19'],
    [2, 'strict-future', '2023-09-26'],
    [1, 'strict-future', '2023-09-25'],
    [5, 'nearest', '2023-09-22'],
    [6, 'nearest', '2023-09-16'],
    [4, 'nearest', '2023-09-21'],
  ] as const)('day %i %s → %s', (dow, dir, want) =>
    expect(fmtDate(resolveWeekday(ref, dow, dir))).toBe(want),
  );
  it('isoWeekday numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekday(day('2023-09-18'))).toBe(1);
    expect(isoWeekday(day('2023-09-24'))).toBe(7);
  });
});

describe('months and days without a year', () => {
  const nov = day('2014-11-19');
  it.each([
    [1, 'nearest', 2015],
    [6, 'nearest', 2014],
    [12, 'nearest', 2014],
    [6, 'future', 2015],
    [12, 'past', 2013],
    [11, 'past', 2014],
  ] as const)('month %i %s → %i', (m, dir, y) => expect(resolveMonthYear(nov, m, dir)).toBe(y));
  it.each([
    [11, 27, 'nearest', 2014],
    [1, 3, 'nearest', 2015],
    [8, 1, 'nearest', 2014],
    [5, 1, 'nearest', 2015],
    [11, 27, 'past', 2013],
  ] as const)('%i/%i %s → %i', (m, d, dir, y) => expect(resolveDayMonthYear(nov, m, d, dir)).toBe(y));
  it('only leap years have 29 February', () => {
    expect(resolveDayMonthYear(day('2015-11-19'), 2, 29, 'nearest')).toBe(2016);
  });
});

describe('shiftValue (reference 2023-09-19)', () => {
  const ref = day('2023-09-19');
  it.each([
    ['day', -1, '2023-09-18'],
    ['day', 2, '2023-09-21'],
    ['week', -1, '2023-W37'],
    ['week', 0, '2023-W38'],
    ['month', -9, '2022-12'],
    ['month', 4, '2024-01'],
    ['quarter', 0, '2023-Q3'],
    ['quarter', -3, '2022-Q4'],
    ['year', -1, '2022'],
    ['decade', -1, '201'],
    ['century', 0, '20'],
  ] as const)('%s %i → %s', (unit, n, want) => expect(shiftValue(ref, unit, n)).toBe(want));
  it('addMonths clamps to the end of a shorter month', () => {
    expect(fmtDate(addMonths(day('2023-01-31'), 1))).toBe('2023-02-28');
  });
});

describe('durationValue', () => {
  it.each([
    [3, 'day', 'P3D'],
    [10, 'minute', 'PT10M'],
    [7, 'hour', 'PT7H'],
    [2, 'week', 'P2W'],
    [5.5, 'year', 'P5Y6M'],
    [1, 'decade', 'P10Y'],
    [5, 'century', 'P500Y'],
    [null, 'year', 'PXY'],
    [null, 'decade', 'PXY'],
  ] as const)('%s %s → %s', (n, unit, want) => expect(durationValue(n, unit)).toBe(want));
});

describe('holidays', () => {
  it('computes Easter and Thanksgiving', () => {
    expect(fmtDate(easter(2024))).toBe('2024-03-31');
    expect(fmtDate(easter(2019))).toBe('2019-04-21');
    expect(fmtDate(nthWeekday(2023, 11, 4, 4))).toBe('2023-11-23');
    expect(fmtDate(nthWeekday(2023, 5, 1, -1))).toBe('2023-05-29');
  });
});
