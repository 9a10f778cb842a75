// Calendar arithmetic for date normalization: pure functions over {y, m, d} triples, never the clock.
// Values follow TimeML TIMEX3: 2023-09-19, 2023-09, 2023, 2023-W37, 2023-Q3, 2023-H1, 2023-SU,
// 2023-09-19T10:00, P3D, PRESENT_REF…

/** A calendar day. Months and days are 1-based. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses YYYY-MM-DD into a calendar day, or null when it is not one. */
export function parseIsoDate(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = ISO.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

/** Days of the months of a common year (index 1–12). */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // a month of a year Date can hold, by arithmetic (a Date object per call is slow); years 0–99 read
  // as 1900–1999, as Date.UTC reads them
  if (Number.isInteger(y) && Number.isInteger(m) && m >= 1 && m <= 12 && y >= -200_000 && y <= 200_000) {
    if (m !== 2) return MONTH_DAYS[m]!;
    const year = y >= 0 && y <= 99 ? 1900 + y : y;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

function toDays(x: Ymd): number {
  return Math.floor(Date.UTC(x.y, x.m - 1, x.d) / DAY_MS);
}

function fromDays(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromDays(toDays(x) + n);
}

/** Difference in days, b − a. */
export function diffDays(a: Ymd, b: Ymd): number {
  return toDays(b) - toDays(a);
}

/** Adds months, clamping the day to the end of the target month. */
export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(x: Ymd): number {
  const dow = new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeek(x: Ymd): { year: number; week: number } {
  const thursday = addDays(x, 4 - isoWeekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return pad(y, 4);
}
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function fmtDate(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}
/** The ISO week containing the day: 2023-W37. */
export function fmtWeek(x: Ymd): string {
  const w = isoWeek(x);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
export function fmtQuarter(y: number, q: number): string {
  return `${pad(y, 4)}-Q${q}`;
}
export function fmtHalf(y: number, h: number): string {
  return `${pad(y, 4)}-H${h}`;
}
/** A clock time on a day: 2023-09-19T10:00, or with a part of day: 2023-09-19TMO. */
export function fmtTime(day: string, clock: string): string {
  return `${day}T${clock}`;
}
export function fmtClock(h: number, min: number): string {
  return `${pad(h)}:${pad(min)}`;
}

export function quarterOf(x: Ymd): number {
  return Math.floor((x.m - 1) / 3) + 1;
}

/** Which way an expression without an explicit year or week points. */
export type Direction = 'past' | 'future' | 'nearest';

/**
 * The day of week `dow` (1–7) relative to `ref`: in news, a bare weekday is the closest such day
 * on or before the reference date ('past'); 'future' is the closest on or after it;
 * 'strict-past' / 'strict-future' exclude the reference day itself ("last Friday", "next Friday").
 */
export function resolveWeekday(ref: Ymd, dow: number, dir: Direction | 'strict-past' | 'strict-future'): Ymd {
  const delta = dow - isoWeekday(ref);
  switch (dir) {
    case 'past':
      return addDays(ref, delta <= 0 ? delta : delta - 7);
    case 'strict-past':
      return addDays(ref, delta < 0 ? delta : delta - 7);
    case 'future':
      return addDays(ref, delta >= 0 ? delta : delta + 7);
    case 'strict-future':
      return addDays(ref, delta > 0 ? delta : delta + 7);
    default:
      return addDays(ref, delta > 3 ? delta - 7 : delta < -3 ? delta + 7 : delta);
  }
}

/**
 * The day of week `dow` (1–7) in the week `weeks` away from the reference date's, weeks starting on
 * Monday: "Tuesday next week" (1), "Jumat minggu lalu" (−1).
 */
export function weekdayInWeek(ref: Ymd, weeks: number, dow: number): Ymd {
  return addDays(ref, 7 * weeks + dow - isoWeekday(ref));
}

/** The year of a month named without one, relative to the reference date. */
export function resolveMonthYear(ref: Ymd, month: number, dir: Direction): number {
  const delta = month - ref.m;
  if (dir === 'past') return delta <= 0 ? ref.y : ref.y - 1;
  if (dir === 'future') return delta >= 0 ? ref.y : ref.y + 1;
  if (delta > 6) return ref.y - 1;
  if (delta < -6) return ref.y + 1;
  return ref.y;
}

/**
 * The year of a day and month named without one, relative to the reference date. With the ISO weekday `dow`
 * the text names beside it ("Senin (2/3)", "Tuesday, March 3"), only a year in which the day falls on that
 * weekday (if one of the three does), the nearest such one when none lies the way `dir` points.
 */
export function resolveDayMonthYear(
  ref: Ymd,
  month: number,
  day: number,
  dir: Direction,
  dow?: number,
): number {
  let candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDate(y, month, day));
  if (candidates.length === 0) return ref.y;
  const dist = (y: number): number => diffDays(ref, { y, m: month, d: day });
  if (dow !== undefined) {
    const fits = candidates.filter((y) => isoWeekday({ y, m: month, d: day }) === dow);
    if (fits.length > 0) {
      candidates = fits;
      const way =
        dir === 'past'
          ? fits.filter((y) => dist(y) <= 0)
          : dir === 'future'
            ? fits.filter((y) => dist(y) >= 0)
            : fits;
      if (way.length === 0) dir = 'nearest';
    }
  }
  if (dir === 'past') {
    const past = candidates.filter((y) => dist(y) <= 0);
    return past.length ? past[past.length - 1]! : ref.y;
  }
  if (dir === 'future') {
    const fut = candidates.filter((y) => dist(y) >= 0);
    return fut.length ? fut[0]! : ref.y;
  }
  let best = candidates[0]!;
  for (const y of candidates) if (Math.abs(dist(y)) < Math.abs(dist(best))) best = y;
  return best;
}

/** The granularity of a relative offset. */
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The value of the period `n` units away from the reference date (n < 0 is the past). */
export function shiftValue(ref: Ymd, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return fmtDate(addDays(ref, n));
    case 'week':
      return fmtWeek(addDays(ref, 7 * n));
    case 'month': {
      const x = addMonths(ref, n);
      return fmtMonth(x.y, x.m);
    }
    case 'quarter': {
      const x = addMonths(ref, 3 * n);
      return fmtQuarter(x.y, quarterOf(x));
    }
    case 'year':
      return fmtYear(ref.y + n);
    case 'decade':
      return String(Math.floor((ref.y + 10 * n) / 10));
    default:
      return String(Math.floor((ref.y + 100 * n) / 100));
  }
}

/** The day `n` units after `ref` ("two weeks from Friday", "this time last year"); null for longer units. */
export function shiftDay(ref: Ymd, unit: Unit, n: number): Ymd | null {
  switch (unit) {
    case 'day':
      return addDays(ref, n);
    case 'week':
      return addDays(ref, 7 * n);
    case 'month':
      return addMonths(ref, n);
    case 'year':
      return addMonths(ref, 12 * n);
    default:
      return null;
  }
}

const DURATION_UNIT: Record<string, string> = {
  second: 'TS',
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};

/**
 * A TIMEX3 duration: durationValue(3, 'day') = P3D, durationValue(10, 'minute') = PT10M,
 * durationValue(null, 'year') = PXY; 5.5 years = P5Y6M; decades and centuries become years.
 */
export function durationValue(n: number | null, unit: keyof typeof DURATION_UNIT): string {
  const code = DURATION_UNIT[unit]!;
  const time = code.startsWith('T');
  const letter = time ? code.slice(1) : code;
  const prefix = time ? 'PT' : 'P';
  if (n === null) return `${prefix}X${letter === 'DE' || letter === 'CE' ? 'Y' : letter}`;
  if (letter === 'DE') return `P${n * 10}Y`;
  if (letter === 'CE') return `P${n * 100}Y`;
  if (letter === 'Q') return `P${n * 3}M`;
  if (!Number.isInteger(n)) {
    const whole = Math.floor(n);
    const frac = n - whole;
    if (letter === 'Y' && Number.isInteger(frac * 12)) {
      return whole ? `P${whole}Y${frac * 12}M` : `P${frac * 12}M`;
    }
    if (letter === 'H' && Number.isInteger(frac * 60)) {
      return whole ? `PT${whole}H${frac * 60}M` : `PT${frac * 60}M`;
    }
    if (letter === 'D' && Number.isInteger(frac * 24)) {
      return whole ? `P${whole}DT${frac * 24}H` : `PT${frac * 24}H`;
    }
  }
  return `${prefix}${n}${letter}`;
}

/** Easter Sunday of a year (Gregorian computus), for holidays that depend on it. */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (1-based; −1 = last) weekday `dow` of a month: Thanksgiving = nthWeekday(y, 11, 4, 4). */
export function nthWeekday(y: number, m: number, dow: number, n: number): Ymd {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    const back = (isoWeekday(last) - dow + 7) % 7;
    return addDays(last, -back);
  }
  const first = { y, m, d: 1 };
  const fwd = (dow - isoWeekday(first) + 7) % 7;
  return addDays(first, fwd + 7 * (n - 1));
}

/**
 * The first day of the Chinese (lunar) new year, Imlek, by year, as China's calendar has it (Indonesia's
 * holiday falls on the same day). A year not listed has no day.
 */
const LUNAR_NEW_YEAR: Readonly<Record<number, string>> = {
  2000: '02-05',
  2001: '01-24',
  2002: '02-12',
  2003: '02-01',
  2004: '01-22',
  2005: '02-09',
  2006: '01-29',
  2007: '02-18',
  2008: '02-07',
  2009: '01-26',
  2010: '02-14',
  2011: '02-03',
  2012: '01-23',
  2013: '02-10',
  2014: '01-31',
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
};

/** The lunar new year's day of a year, or null outside the table. */
export function lunarNewYear(y: number): Ymd | null {
  const md = LUNAR_NEW_YEAR[y];
  return md ? parseIsoDate(`${y}-${md}`) : null;
}
