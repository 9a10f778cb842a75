// Indonesian date and time expressions, valued as TIMEX3 against the reference date.
import {
  afterSpaces,
  alt,
  anaphor,
  codeUnits,
  type DateEnv,
  type DateHit,
  type DateRule,
  DIGIT,
  DIGIT_IN_WORD,
  dateRules,
  heads,
  isSpaceUnit,
  LB,
  lbTester,
  letterBefore,
  lowerSingleSpaced,
  matchAllAfterLookbehind,
  type Pattern,
  parseDecimal,
  patternOf,
  phrases,
  RB,
  runDateRules,
  words,
} from '../../recognize/dates.js';
import type { Context, DateCandidate, Doc } from '../../recognize/types.js';
import {
  addDays,
  addMonths,
  type Direction,
  daysInMonth,
  diffDays,
  durationValue,
  fmtClock,
  fmtDate,
  fmtHalf,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  isoWeekday,
  isValidDate,
  lunarNewYear,
  parseIsoDate,
  quarterOf,
  resolveDayMonthYear,
  resolveMonthYear,
  resolveWeekday,
  shiftValue,
  type Unit,
  weekdayInWeek,
  type Ymd,
} from '../../resolve/dates.js';
import {
  AGE_CUES,
  DIGITS,
  FUTURE_CUES,
  IDUL_ADHA,
  IDUL_FITRI,
  MONTH_ABBREVIATIONS,
  MONTHS,
  ORDINALS,
  PARTS_OF_DAY,
  PAST_NARRATION_CUES,
  PERIOD_MODIFIERS,
  REFS,
  RELATIVE_OFFSET,
  SE_UNITS,
  SPECIAL_NUMBERS,
  TAKES_EFFECT_CUES,
  UNITS,
  WEEKDAYS,
} from './lexicon/dates.js';
import { SPEECH_VERBS } from './lexicon/speech.js';

// ---------- regex fragments (compiled once) ----------
/** A word before a feast's name that makes it the name of a place or a body: "Masjid Idul Fitri". */
/** An ordinal after "minggu": "minggu pertama", "Minggu ke-2" count weeks. */
const WEEK_ORDINAL_AFTER = /^\s+(?:pertama|kedua|ketiga|keempat|kelima|terakhir|ke-?\s?\d)(?![\p{L}\p{N}])/iu;
/** "tahun ini", "tahun lalu", "tahun depan" right after a holiday: its year. */
const YEAR_REL_AFTER = /^\s+tahun\s+(ini|lalu|depan)(?![\p{L}])/iu;
/** "menjelang", "jelang" right before a feast: the one ahead. */
const TOWARD_BEFORE = /(?:^|[^\p{L}])(?:menjelang|jelang)\s+$/iu;
const FEAST_IN_NAME_BEFORE =
  /(?:^|[^\p{L}])(?:Masjid|Musala|Musholla|Yayasan|Jalan|Jl\.|Gang|Gedung|Hotel|Toko|Kampung|Desa)\s+$/u;

const MONTH_FULL = alt(Object.keys(MONTHS));
const MONTH_ANY = `${MONTH_FULL}|(?:${alt(Object.keys(MONTH_ABBREVIATIONS))})\\.?`;
const WD = alt(Object.keys(WEEKDAYS));
const DIG = alt(Object.keys(DIGITS));
// ("dua setengah", "satu setengah": two and a half, one and a half)
const NUM = `\\d+(?:[.,]\\d+)?|(?:${DIG})(?:\\s+(?:belas|puluh(?:\\s+(?:${DIG}))?|ratus|setengah(?![\\p{L}])))?|${alt(Object.keys(SPECIAL_NUMBERS))}`;
const MOD = alt(PERIOD_MODIFIERS);
const REL = alt(Object.keys(RELATIVE_OFFSET));
const POD = alt(Object.keys(PARTS_OF_DAY));
const ZONE = 'WIB|WITA|WIT';
const YEAR = '(?:19|20)\\d{2}';
// a clock after a date, without a comma between: "Rabu (31/12/2014) sekitar pukul 09.00 WIB"
const CLOCK_TAIL = `(?:\\s+(?:(?:sekitar|sekira|kira-kira)\\s+)?(?:pukul|jam|pk\\.?)\\s+(?<ch>\\d{1,2})[.:](?<cm>\\d{2})(?:\\s*(?:${ZONE}))?)?`;
const POD_TAIL = `(?:\\s+(?<pod>${POD}))?`;
const REL_TAIL = `(?:\\s+(?<rel>ini|lalu|yang lalu|silam|mendatang|nanti|kemarin))?`;

/**
 * What may follow the first day of a range ("12-14 Mei", "12 hingga 14 Mei", "12 s/d 14 Mei", "12 dan 13
 * Mei"), by code unit: a dash, or the first letter of a joining word in any case (ſ reads as s).
 */
const RANGE_JOINER_OPENINGS = codeUnits('-–—hHsSſdD');
/**
 * After a clock's "HH.MM" (`at`: where the minutes end), can `(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT)` match?
 * Its zone opens with a W (either case) after the seconds, or else right there, after spaces.
 */
function zoneAfterClock(text: string, at: number): boolean {
  // (no read past the text's end: an out-of-bounds read deoptimizes; nothing there is a zone)
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  const seconds =
    (c === 46 || c === 58) &&
    isAsciiDigitUnit(text.charCodeAt(at + 1)) &&
    isAsciiDigitUnit(text.charCodeAt(at + 2));
  const w = text.charCodeAt(afterSpaces(text, seconds ? at + 3 : at)) | 0x20;
  return w === 119;
}
const isAsciiDigitUnit = (c: number): boolean => c >= 48 && c <= 57;

/** The units of "dua hari lalu", "5 tahun silam" (id.date.offset). */
const OFFSET_UNITS = ['hari', 'minggu', 'pekan', 'bulan', 'tahun', 'dekade', 'abad'];
/** The units of "tiga bulan", "10 menit" (id.duration.amount). */
const DURATION_UNITS = [
  'detik',
  'menit',
  'jam',
  'hari',
  'minggu',
  'pekan',
  'bulan',
  'tahun',
  'dekade',
  'dasawarsa',
  'abad',
];
/** A number's digits, then a decimal part (either mark) or a space ("2,5 tahun", "10 menit"). */
const DECIMAL_OR_SPACE = (_run: number, next: number): boolean =>
  next === 46 || next === 44 || isSpaceUnit(next);
const re = (src: string): RegExp => new RegExp(src, 'giud');
/** A rule's regex, built on first use (see dateRules). */
const pattern = (src: string): Pattern => patternOf(src, 'dgiu');
const lower = (s: string | undefined): string => lowerSingleSpaced(s ?? '');

function monthOf(s: string): number {
  const l = lower(s);
  // (without the dot of a short form: "Sept." → "sept")
  const k = l.endsWith('.') ? l.slice(0, -1) : l;
  return MONTHS[k] ?? MONTH_ABBREVIATIONS[k] ?? 0;
}

function weekdayOf(s: string): number {
  return WEEKDAYS[lower(s)] ?? 0;
}

/** A weekday dated in brackets: "Selasa (7/11/2023)", "Rabu (8/11)" (tried anchored: see datedWeekdayMatches). */
const DATED_WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?<wd>${alt(Object.keys(WEEKDAYS))})\\s*,?\\s*\\(\\s*(?<d>\\d{1,2})\\s*/\\s*(?<mo>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}))?\\s*\\)`,
  'iuy',
);
/**
 * The code units a weekday word can end with, in any case (ſ reads as s, the Kelvin sign as k): before
 * a "(" after anything else, no try is needed.
 */
const WEEKDAY_ENDINGS = new Set(
  Object.keys(WEEKDAYS).flatMap((w) => {
    const last = w.slice(-1);
    const forms = [last, last.toUpperCase()];
    if (last === 's') forms.push('\u017f');
    if (last === 'k') forms.push('\u212a');
    return forms.map((c) => c.charCodeAt(0));
  }),
);
/** The lengths of the weekday words, longest first. */
const WEEKDAY_LENGTHS = [...new Set(Object.keys(WEEKDAYS).map((w) => w.length))].sort((a, b) => b - a);

/**
 * The matches of DATED_WEEKDAY in the text, in order, as `matchAll` would give them. A match holds one
 * "(", and between it and the weekday before it only spaces and at most one comma: so the weekday ends
 * where that run ends, and the regex is tried, anchored, a weekday's length before it — at each "(" of
 * the text instead of at every position.
 */
function datedWeekdayMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let q = text.indexOf('('); q !== -1; q = text.indexOf('(', q + 1)) {
    let e = q;
    while (e > from && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    if (e > from && text.charCodeAt(e - 1) === 44) {
      e--;
      while (e > from && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    }
    if (e === from || !WEEKDAY_ENDINGS.has(text.charCodeAt(e - 1))) continue;
    // the earliest start first, as the scan would meet them
    for (const length of WEEKDAY_LENGTHS) {
      const p = e - length;
      if (p < from) continue;
      DATED_WEEKDAY.lastIndex = p;
      const m = DATED_WEEKDAY.exec(text);
      if (m) {
        out.push(m);
        from = p + m[0].length;
        break;
      }
    }
  }
  return out;
}

/** A week or month counted after a weekday ("Selasa dua pekan lalu", "Senin tiga minggu depan"). */
const WEEK_AFTER = /^\s+(?:\S+\s+)?(?:pekan|minggu|bulan)\s+(?:lalu|depan|mendatang|sebelumnya|berikutnya)/iu;

/** Per text (the last one asked about), the weekdays it dates: per ISO weekday, positions and days. */
let datedCache: { text: string; year: number; byDow: Map<number, { pos: number; day: Ymd }[]> } | null = null;

function datedWeekdays(text: string, ref: Ymd): Map<number, { pos: number; day: Ymd }[]> {
  if (datedCache?.text === text && datedCache.year === ref.y) return datedCache.byDow;
  const byDow = new Map<number, { pos: number; day: Ymd }[]>();
  for (const m of datedWeekdayMatches(text)) {
    const g = m.groups ?? {};
    const y = g.y ? Number(g.y) : ref.y;
    const mo = Number(g.mo);
    const d = Number(g.d);
    if (!isValidDate(y, mo, d)) continue;
    const day = { y, m: mo, d };
    const dow = weekdayOf(g.wd!);
    if (isoWeekday(day) !== dow) continue; // a misprint: the day and the date disagree
    const list = byDow.get(dow) ?? [];
    list.push({ pos: m.index, day });
    byDow.set(dow, list);
  }
  datedCache = { text, year: ref.y, byDow };
  return byDow;
}

/**
 * The date the text gave this weekday earlier ("Selasa (7/11/2023)"), when it lies within six days
 * of the reference date: a later bare "Selasa" is that day, not the Tuesday before the reference.
 */
function datedWeekdayBefore(text: string, pos: number, end: number, dow: number, ref: Ymd): Ymd | null {
  // "Selasa dua pekan lalu": a week of its own
  if (WEEK_AFTER.test(text.slice(end, end + 30))) return null;
  const list = datedWeekdays(text, ref).get(dow);
  if (!list) return null;
  // the last one before pos (positions ascend): binary search
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  const hit = lo > 0 ? list[lo - 1]! : null;
  return hit && Math.abs(diffDays(hit.day, ref)) <= 6 ? hit.day : null;
}

/** "Minggu" is Sunday; "minggu" is a week. Weekdays are written with a capital. */
function isWeekdayWord(s: string): boolean {
  return /^\p{Lu}/u.test(s) && weekdayOf(s) > 0;
}

/** Parses digits or Indonesian number words: "dua puluh lima" → 25, "5,5" → 5.5. */
const THOUSANDS_DOT = /\.(?=\d{3}(?!\d))/gu;
export function parseNumber(s: string): number | null {
  const t = lower(s);
  // (a dot before three digits groups thousands, the comma marks the decimals: "7.400" is 7400, "2,5" is 2.5)
  if (/^\d/.test(t)) return parseDecimal(t.includes('.') ? t.replace(THOUSANDS_DOT, '') : t);
  if (t in SPECIAL_NUMBERS) return SPECIAL_NUMBERS[t]!;
  const parts = t.split(' ');
  let n = DIGITS[parts[0]!];
  if (n === undefined) return null;
  if (parts[1] === 'belas') return 10 + n;
  if (parts[1] === 'ratus') return n * 100;
  if (parts[1] === 'setengah') return n + 0.5;
  if (parts[1] === 'puluh') {
    n *= 10;
    if (parts[2]) n += DIGITS[parts[2]] ?? 0;
  }
  return n;
}

function fullYear(s: string | undefined, ref: Ymd | null): number | null {
  if (!s) return null;
  const y = Number(s);
  if (s.length === 4) return y;
  const century = ref ? Math.floor(ref.y / 100) * 100 : 2000;
  return century + y;
}

const AGE_BEFORE = new RegExp(`${LB}(?:${alt(AGE_CUES)})\\s+$`, 'iu');
/** FUTURE_CUES as words: `new RegExp(`${LB}(?:${alt(FUTURE_CUES)})${RB}`, 'iu').test`, faster. */
const hasFutureCue = lbTester(`(?:${alt(FUTURE_CUES)})${RB}`, 'iu');

/** Does the sentence around the match speak of the future? */
function futureContext(env: DateEnv, start: number, end: number): boolean {
  const s = env.sentenceAt(start);
  const before = env.text.slice(Math.max(s.start, start - 120), start);
  const after = env.text.slice(end, Math.min(s.end, end + 40));
  // "Maduro, Senin, mengatakan akan ada pertemuan", "pada Minggu mengatakan bahwa negaranya berencana …": the day
  // a verb of saying right after it names is when it was said; the future is what was said
  if (SAID_RIGHT_AFTER.test(after)) return hasFutureCue(before);
  return hasFutureCue(before) || hasFutureCue(after);
}

/**
 * A weekday right after "mulai" in a sentence of something taking effect, not told as past: "gencatan senjata
 * berlaku mulai Jumat pagi" is the coming Friday ("telah berlaku mulai Senin", "sejak Jumat" stay past).
 */
function takesEffectFrom(env: DateEnv, start: number): boolean {
  const s = env.sentenceAt(start);
  const from = Math.max(s.start, start - 120);
  const before = env.text.slice(from, start);
  if (!MULAI_RIGHT_BEFORE.test(before) || hasPastNarration(before)) return false;
  return hasTakesEffectCue(env.text.slice(from, Math.min(s.end, start + 80)));
}
const MULAI_RIGHT_BEFORE = new RegExp(`${LB}mulai\\s+(?:pada\\s+)?(?:hari\\s+)?$`, 'iu');
const hasPastNarration = lbTester(`(?:${alt(PAST_NARRATION_CUES)})${RB}`, 'iu');
const hasTakesEffectCue = lbTester(`(?:${alt(TAKES_EFFECT_CUES)})${RB}`, 'iu');
const SAID_RIGHT_AFTER = new RegExp(
  `^(?:\\s*\\([^)]{1,12}\\))?,?\\s+(?:(?:juga|pun|lalu|kemudian)\\s+)?(?:${SPEECH_VERBS.join('|')})${RB}`,
  'iu',
);

/** The last explicit year written earlier in the same sentence ("Pada tahun 2022, … bulan Juli"). */
function yearInSentence(env: DateEnv, start: number): number | null {
  const s = env.sentenceAt(start);
  const before = env.text.slice(Math.max(s.start, start - 300), start);
  // the matches of /(?<![\d.,/])((?:19|20)\d{2})(?![\d.,]\d)/g, the lookbehind checked by hand
  let y: number | null = null;
  const re = YEAR_SCAN;
  re.lastIndex = 0;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) {
    const c = m.index > 0 ? before.charCodeAt(m.index - 1) : -1;
    // (the year of a date written in figures, "Kamis (9/1/2025)", is the day's: the month after it may be of
    // another year, "naik dibanding awal Desember")
    if ((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 47) re.lastIndex = m.index + 1;
    else y = Number(m[0]);
  }
  return y;
}
const YEAR_SCAN = /(?:19|20)\d{2}(?![\d.,]\d)/g;

/**
 * The year that closes a span a bare month opens: "sepanjang Januari hingga pekan ke-40 tahun 2024" (the month
 * is of that year, not the nearest January).
 */
function rangeEndYear(env: DateEnv, end: number): number | null {
  const s = env.sentenceAt(end);
  const m = RANGE_END_YEAR.exec(env.text.slice(end, Math.min(s.end, end + 60)));
  return m ? Number(m[1]) : null;
}
const RANGE_END_YEAR =
  /^\s+(?:hingga|sampai|s\.d\.?|sd)\s+[^.;,]{0,40}?(?<![\d.,/])((?:19|20)\d{2})(?![\d.,]\d)/u;

/** The first day of the month a relative word counts to from the reference date's ("bulan depan", "bulan ini"). */
function relativeMonth(ref: Ymd, rel: string): Ymd {
  return addMonths({ y: ref.y, m: ref.m, d: 1 }, RELATIVE_OFFSET[lower(rel)] ?? 0);
}

function relDirection(rel: string | undefined): Direction | null {
  const r = lower(rel);
  if (r === 'lalu' || r === 'yang lalu' || r === 'silam' || r === 'kemarin') return 'past';
  if (r === 'mendatang' || r === 'nanti' || r === 'depan') return 'future';
  return null;
}

/** A day with an optional clock or part of day: DATE, or TIME when a clock is given. */
function dayHit(day: string | null, g: Record<string, string | undefined>): DateHit {
  if (g.ch !== undefined) {
    const clock = fmtClock(Number(g.ch), Number(g.cm ?? 0));
    return { type: 'TIME', value: day ? `${day}T${clock}` : null };
  }
  if (g.pod) {
    const code = PARTS_OF_DAY[lower(g.pod)]!;
    return { type: 'TIME', value: day ? `${day}T${code}` : null };
  }
  return { type: 'DATE', value: day };
}

function groups(m: RegExpExecArray): Record<string, string | undefined> {
  return m.groups ?? {};
}

/** Does "sejak" (since) stand right before the offset? */
const sinceBefore = (env: DateEnv, at: number): boolean =>
  /sejak\s+$/i.test(env.text.slice(Math.max(0, at - 8), at));

/** A day and month with an optional year, the year inferred from the reference date when absent. */
function dayMonthValue(
  env: DateEnv,
  d: number,
  mo: number,
  yearText: string | undefined,
  dir: Direction,
  dow?: number,
): string | null {
  let y = fullYear(yearText, env.ref);
  if (y === null) {
    if (!env.ref) return null;
    y = resolveDayMonthYear(env.ref, mo, d, dir, dow);
  }
  return isValidDate(y, mo, d) ? fmtDate({ y, m: mo, d }) : null;
}

const ANAPHORIC_UNIT: Partial<Record<Unit, 'day' | 'week' | 'month' | 'year' | 'quarter'>> = {
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  quarter: 'quarter',
};

/**
 * "setahun sebelumnya", "dua hari kemudian": counted from the last date named, when there is one;
 * "lalu", "lagi", "mendatang" count from the reference date (the given value).
 */
function relativeTo(rel: string | undefined, unit: Unit, n: number, fromRef: string): string {
  const a = ANAPHORIC_UNIT[unit];
  if (!a || !['sebelumnya', 'kemudian', 'berikutnya'].includes(lower(rel))) return fromRef;
  return anaphor(a, n, fromRef);
}

const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;

/** A bare month followed by a capitalized word is part of a name ("Juni Rahmawati"). */
function isInName(text: string, end: number): boolean {
  return NAME_AFTER.test(text.slice(end, end + 3));
}

// ---------- rules ----------
export const DATE_RULES: readonly DateRule[] = dateRules([
  {
    // "Selasa (19/9/2023)", "Rabu ( 11/12/2013 ) malam", "Jumat (20/6)", "Rabu (31/12/2014) sekitar pukul 09.00 WIB"
    name: 'id.date.weekday-numeric',
    starts: [...words(Object.keys(WEEKDAYS)), ...phrases('hari', Object.keys(WEEKDAYS))],
    re: pattern(
      `${LB}(?:hari\\s+)?(?<wd>${WD})\\s*(?:,\\s*)?\\(\\s*(?<d>\\d{1,2})\\s*/\\s*(?<mo>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}|\\d{2}))?\\s*\\)(?:\\s+lalu${RB})?${POD_TAIL}${CLOCK_TAIL}`,
    ),
    make(m, env) {
      const g = groups(m);
      const d = Number(g.d);
      const mo = Number(g.mo);
      if (mo < 1 || mo > 12) return null;
      // ("Senin (2/3)": the year in which 2 March is a Monday)
      return dayHit(dayMonthValue(env, d, mo, g.y, 'nearest', weekdayOf(g.wd!)), g);
    },
  },
  {
    // "Sabtu-Minggu (23-24/9/2023)": two days, each named by its weekday
    name: 'id.date.weekday-pair-numeric',
    indices: true,
    starts: words(...Object.keys(WEEKDAYS)),
    re: pattern(
      `${LB}(?<wd1>${WD})\\s*[-–]\\s*(?<wd2>${WD})\\s*\\(\\s*(?<d1>\\d{1,2})\\s*[-–]\\s*(?<d2>\\d{1,2})\\s*/\\s*(?<mo>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}))?\\s*\\)`,
    ),
    make(m, env) {
      const g = groups(m);
      const mo = Number(g.mo);
      if (mo < 1 || mo > 12) return null;
      const [, e1] = m.indices!.groups!.wd1!;
      const [s2] = m.indices!.groups!.wd2!;
      return [
        {
          start: m.index,
          end: e1,
          type: 'DATE',
          // (each in the year in which the day falls on its weekday, as "Senin (2/3)")
          value: dayMonthValue(env, Number(g.d1), mo, g.y, 'nearest', weekdayOf(g.wd1!)),
        },
        {
          start: s2,
          end: m.index + m[0].length,
          type: 'DATE',
          value: dayMonthValue(env, Number(g.d2), mo, g.y, 'nearest', weekdayOf(g.wd2!)),
        },
      ];
    },
  },
  {
    // "19 September 2023", "Selasa, 19 September 2023", "tanggal 27 Mei 2025", "22 Juni nanti", "19 Juni 2025 pukul 06.00 WITA"
    name: 'id.date.day-month-year',
    // at a number: the day, one or two digits, then a space
    digits: (run, next) => run <= 2 && isSpaceUnit(next),
    digitsThen: words(Object.keys(MONTHS), Object.keys(MONTH_ABBREVIATIONS)),
    // (a weekday may run into "tanggal": "Senintanggal 5 Mei")
    starts: [
      ...words('tgl', DIGIT),
      ...heads(Object.keys(WEEKDAYS)),
      ...phrases('hari', Object.keys(WEEKDAYS)),
      ...phrases('tanggal', DIGIT),
    ],
    re: pattern(
      `${LB}(?:(?:hari\\s+)?(?<wd>${WD})\\s*(?:,\\s*)?)?(?:(?:tanggal|tgl\\.?)\\s+)?(?<d>\\d{1,2})\\s+(?<mo>${MONTH_ANY})(?:\\s+(?:tahun\\s+)?(?<y>${YEAR}))?${RB}${REL_TAIL}${POD_TAIL}${CLOCK_TAIL}`,
    ),
    make(m, env) {
      const g = groups(m);
      if (g.wd && !isWeekdayWord(g.wd)) return null;
      // ("sejak 7 Oktober": a time something has gone on since is past)
      const dir = relDirection(g.rel) ?? (sinceBefore(env, m.index) ? 'past' : 'nearest');
      return dayHit(
        dayMonthValue(env, Number(g.d), monthOf(g.mo!), g.y, dir, g.wd ? weekdayOf(g.wd) : undefined),
        g,
      );
    },
  },
  {
    // "tanggal 17 bulan depan", "tanggal 5 bulan ini", "tgl. 3 bulan lalu": that day of the month counted from the
    // reference date's (without "tanggal", "3 bulan lalu" is three months back: the offset's)
    name: 'id.date.day-of-relative-month',
    starts: [...phrases('tanggal', DIGIT), ...words('tgl')],
    re: pattern(
      `${LB}(?:tanggal|tgl\\.?)\\s+(?<d>\\d{1,2})\\s+bulan\\s+(?<rel>ini|lalu|yang\\s+lalu|kemarin|depan|mendatang|yang\\s+akan\\s+datang)${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const d = Number(g.d);
      if (d < 1 || d > 31) return null;
      if (!env.ref) return { type: 'DATE', value: null };
      const month = relativeMonth(env.ref, g.rel!);
      return { type: 'DATE', value: isValidDate(month.y, month.m, d) ? fmtDate({ ...month, d }) : null };
    },
  },
  {
    // "pekan pertama Februari", "minggu ketiga Januari 2027", "pekan terakhir Maret", "pekan ke-2 Juni": the ISO
    // week that holds the middle of that week of the month
    name: 'id.date.week-of-month',
    starts: words('pekan', 'minggu'),
    re: pattern(
      `${LB}(?:pekan|minggu)\\s+(?:(?<o>pertama|kedua|ketiga|keempat|terakhir)|ke-?\\s?(?<n>[1-5]))\\s+(?:bulan\\s+(?<mrel>ini|lalu|depan|mendatang)${RB}|(?:bulan\\s+)?(?<mo>${MONTH_FULL}))(?:\\s+(?:tahun\\s+)?(?<y>${YEAR}))?${RB}(?:\\s+(?<rel>lalu|depan|mendatang|tahun\\s+(?:ini|lalu|depan)))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      // "pekan ketiga bulan ini", "minggu pertama bulan depan": of the month the reference date's counts to
      const relMonth = g.mrel && env.ref ? relativeMonth(env.ref, g.mrel) : null;
      if (g.mrel && (!relMonth || g.rel)) return g.rel ? null : { type: 'DATE', value: null };
      const mo = relMonth ? relMonth.m : monthOf(g.mo!);
      // (a month is capitalized: "minggu pertama juni" in lower case is rare and as often a count)
      if (!relMonth && !/^\p{Lu}/u.test(g.mo!)) return null;
      // "dua minggu terakhir Desember": a count of weeks, the span of its own rule
      if (COUNT_BEFORE.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      let y: number;
      const rel = lower(g.rel);
      if (relMonth) y = relMonth.y;
      else if (g.y) y = Number(g.y);
      else if (!env.ref) return { type: 'DATE', value: null };
      else if (rel.startsWith('tahun')) y = env.ref.y + (RELATIVE_OFFSET[rel.slice(6)] ?? 0);
      else {
        const dir =
          relDirection(g.rel) ?? (futureContext(env, m.index, m.index + m[0].length) ? 'future' : 'nearest');
        y = resolveMonthYear(env.ref, mo, dir);
      }
      const o = lower(g.o);
      const n = g.n ? Number(g.n) : { pertama: 1, kedua: 2, ketiga: 3, keempat: 4 }[o];
      const last = daysInMonth(y, mo);
      const day = n ? Math.min(7 * (n - 1) + 4, last - 3) : last - 3;
      return { type: 'DATE', value: fmtWeek({ y, m: mo, d: day }) };
    },
  },
  {
    // "19/9/2023", "19-9-2023" (day first), "2023-09-19"
    name: 'id.date.numeric',
    // at a number: "19/9/2023", "19-9-2023", "2023-09-19"
    digits: (run, next) => (run <= 2 && (next === 47 || next === 45)) || (run === 4 && next === 45),
    starts: heads(DIGIT, DIGIT_IN_WORD),
    re: pattern(
      `(?<![\\d/.-])(?:(?<d>\\d{1,2})([/-])(?<mo>\\d{1,2})\\2(?<y>\\d{4})|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?![\\d/.-]\\d)`,
    ),
    make(m) {
      const g = groups(m);
      const y = Number(g.y ?? g.iy);
      const mo = Number(g.mo ?? g.im);
      const d = Number(g.d ?? g.id);
      return isValidDate(y, mo, d) ? { type: 'DATE', value: fmtDate({ y, m: mo, d }) } : null;
    },
  },
  {
    // "16-20 Juni 2025", "17 dan 18 Juni 2025", "tanggal 17 hingga 18 Juni 2025": the first day of a range
    name: 'id.date.day-range',
    // at a number: the first day, then (after any spaces) a dash or "hingga", "sampai", "s/d", "dan"
    digits: (run, _next, text, at) =>
      run <= 2 && RANGE_JOINER_OPENINGS.has(text.charCodeAt(afterSpaces(text, at))),
    indices: true,
    starts: [...words(DIGIT), ...phrases('tanggal', DIGIT)],
    re: pattern(
      `${LB}(?:tanggal\\s+)?(?<d1>\\d{1,2})\\s*(?:[-–—]|hingga|sampai(?:\\s+dengan)?|s/d|s\\.d\\.?|dan)\\s*(?<d2>\\d{1,2})\\s+(?<mo>${MONTH_ANY})(?:\\s+(?<y>${YEAR}))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const mo = monthOf(g.mo!);
      const [s, e] = m.indices!.groups!.d1!;
      const first = dayMonthValue(env, Number(g.d1), mo, g.y, 'nearest');
      const startText = m.index;
      return {
        start: m[0].toLowerCase().startsWith('tanggal') ? startText : s,
        end: e,
        type: 'DATE',
        value: first,
      };
    },
  },
  {
    // "Januari–Mei 2025", "bulan Maret hingga Mei 2025", "Januari hingga pekan ketiga September 2025": the first
    // month of a range takes the year
    name: 'id.date.month-range',
    indices: true,
    // (a month may run into the word that ends the range: "Januarihingga Mei 2025")
    starts: [...heads(Object.keys(MONTHS)), ...phrases('bulan', Object.keys(MONTHS))],
    re: pattern(
      `${LB}(?:bulan\\s+)?(?<m1>${MONTH_FULL})\\s*(?:[-–—]|hingga|sampai(?:\\s+dengan)?|s/d|s\\.d\\.?)\\s*(?:(?:akhir|awal|pertengahan|(?:pekan|minggu)\\s+(?:pertama|kedua|ketiga|keempat|kelima|terakhir|ke-?\\d))\\s+)?(?:bulan\\s+)?(?<m2>${MONTH_FULL})\\s+(?<y>${YEAR})${RB}`,
    ),
    make(m) {
      const g = groups(m);
      const [, e] = m.indices!.groups!.m1!;
      const y = Number(g.y);
      const m1 = monthOf(g.m1!);
      const m2 = monthOf(g.m2!);
      return { start: m.index, end: e, type: 'DATE', value: fmtMonth(m1 > m2 ? y - 1 : y, m1) };
    },
  },
  {
    // "September 2023", "bulan Juni", "Juli lalu", "Oktober ini", "akhir Mei 2010", "Mei tahun lalu"
    name: 'id.date.month',
    starts: words(PERIOD_MODIFIERS, 'bulan', ...Object.keys(MONTHS)),
    re: pattern(
      `${LB}(?:(?<mod>${MOD})\\s+)?(?:bulan\\s+)?(?<mo>${MONTH_FULL})(?:\\s+(?:tahun\\s+)?(?<y>${YEAR}))?${RB}(?:\\s+(?<rel>ini|lalu|yang lalu|silam|mendatang|depan|nanti|kemarin|tahun\\s+(?:ini|lalu|depan|kemarin)))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const mo = monthOf(g.mo!);
      // "Mei" and "Juni"… as a bare capitalized word is a month; lower-case bare month names are rare
      const bare = !g.y && !g.rel && !/^bulan/i.test(m[0]) && !g.mod;
      if (bare && !/^\p{Lu}/u.test(g.mo!)) return null;
      // a bare month before a capitalized word is part of a name ("Ketua Juni Rahmawati")
      if (bare && isInName(env.text, m.index + m[0].length)) return null;
      if (g.y) {
        return { type: 'DATE', value: fmtMonth(Number(g.y), mo) };
      }
      if (!env.ref) return { type: 'DATE', value: null };
      const rel = lower(g.rel);
      if (rel.startsWith('tahun')) {
        const off = RELATIVE_OFFSET[rel.slice(6)] ?? 0;
        return { type: 'DATE', value: fmtMonth(env.ref.y + off, mo) };
      }
      if (rel === 'ini') return { type: 'DATE', value: fmtMonth(env.ref.y, mo) };
      const since = sinceBefore(env, m.index);
      const ctxYear =
        rel || since ? null : (yearInSentence(env, m.index) ?? rangeEndYear(env, m.index + m[0].length));
      if (ctxYear !== null) return { type: 'DATE', value: fmtMonth(ctxYear, mo) };
      const dir =
        relDirection(g.rel) ??
        (since ? 'past' : futureContext(env, m.index, m.index + m[0].length) ? 'future' : 'nearest');
      return { type: 'DATE', value: fmtMonth(resolveMonthYear(env.ref, mo, dir), mo) };
    },
  },
  {
    // "Jan 2023", "Sept. 2024": a month's short form, capitalized, before a year
    name: 'id.date.month-abbreviation',
    // (a dot or a space follows the short form: a whole word)
    starts: words(Object.keys(MONTH_ABBREVIATIONS)),
    re: pattern(`${LB}(?<mo>${alt(Object.keys(MONTH_ABBREVIATIONS))})\\.?\\s+(?<y>${YEAR})${RB}`),
    make(m) {
      const g = groups(m);
      if (!/^\p{Lu}/u.test(g.mo!)) return null;
      return { type: 'DATE', value: fmtMonth(Number(g.y), monthOf(g.mo!)) };
    },
  },
  {
    // "abad ke-21", "abad ke-19"
    name: 'id.date.century',
    starts: words('abad'),
    re: pattern(`${LB}abad\\s+ke-?\\s*(?<n>[12]?\\d)${RB}`),
    make(m) {
      const n = Number(groups(m).n);
      if (n < 1) return null;
      return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
    },
  },
  {
    // "1980-an", "tahun 1970-an"
    name: 'id.date.decade',
    // at a number: "1990-an"
    digits: (run, next) => run === 4 && next === 45,
    starts: [...words(DIGIT), ...phrases('tahun', DIGIT)],
    re: pattern(`${LB}(?:tahun\\s+)?(?<dec>(?:19|20)\\d)0-an${RB}`),
    make(m) {
      return { type: 'DATE', value: groups(m).dec! };
    },
  },
  {
    // "2023", "tahun 2008", "pertengahan 2014", "akhir 2013", "penghujung 2013 ini"
    name: 'id.date.year',
    // at a number: the year's four digits and no more
    digits: (run) => run === 4,
    starts: words(PERIOD_MODIFIERS, 'tahun', DIGIT),
    re: pattern(
      `(?<![\\p{L}\\p{N}.,/:-])(?:(?<mod>${MOD})\\s+)?(?:tahun\\s+(?:anggaran\\s+|berjalan\\s+)?)?(?<y>${YEAR})(?![\\p{L}\\p{N}]|[.,/:-]\\d|-an)(?:\\s+(?<rel>ini|lalu|silam|mendatang|nanti))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      // "Rp 2014", "No. 2014", "2014 orang": numbers, not years
      const before = env.text.slice(Math.max(0, m.index - 6), m.index);
      if (/(?:Rp\.?|No\.?|nomor|\$)\s*$/i.test(before)) return null;
      // "UU Nomor 35 Tahun 2009", "Perpres No. 12 Tahun 2025": the year numbers a law or regulation, no date
      if (
        /^tahun/i.test(m[0]) &&
        /(?:nomor|no\.?)\s*\d+[a-z]?\s+$/i.test(env.text.slice(Math.max(0, m.index - 16), m.index))
      )
        return null;
      const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!g.mod && !/^tahun/i.test(m[0]) && /^\s*(?:persen|%|unit|orang|ton|kg|km|meter|m\b)/i.test(after))
        return null;
      return { type: 'DATE', value: fmtYear(Number(g.y)) };
    },
  },
  {
    // "hari ini", "kemarin", "besok", "lusa", "kemarin (19/11)", "hari ini (18/6/2025)", "besok (Minggu) nanti", "besok Selasa", "kemarin sore"
    name: 'id.date.relative-day',
    starts: [...words('kemarin', 'besok', 'esok', 'lusa'), ...phrases('hari', 'ini')],
    re: pattern(
      `${LB}(?<word>hari\\s+ini|kemarin\\s+lusa|kemarin|besok|esok|lusa)${RB}(?:\\s*\\(\\s*(?:(?<d>\\d{1,2})\\s*/\\s*(?<mo>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}))?|(?<wd>${WD}))\\s*\\)|\\s+(?<wd2>${WD})${RB})?(?:\\s+(?<pod>${POD})(?!\\s+(?:ini|tadi))${RB})?(?:\\s+nanti${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      const word = lower(g.word);
      if (g.d) {
        const mo = Number(g.mo);
        if (mo < 1 || mo > 12) return null;
        return dayHit(dayMonthValue(env, Number(g.d), mo, g.y, 'nearest'), g);
      }
      // "besok minggu ini": a lower-case "minggu" after the word is the week, another date
      const bareWeek = g.wd2 !== undefined && !isWeekdayWord(g.wd2);
      // "besok (Minggu) nanti", "besok Selasa": the weekday names the day
      if ((g.wd ?? g.wd2) && env.ref && !bareWeek) {
        const wd = (g.wd ?? g.wd2)!;
        const dir = word === 'kemarin' ? 'past' : 'future';
        return dayHit(fmtDate(resolveWeekday(env.ref, weekdayOf(wd), dir)), g);
      }
      const off =
        word === 'hari ini'
          ? 0
          : word === 'kemarin'
            ? -1
            : word === 'kemarin lusa'
              ? -2
              : word === 'lusa'
                ? 2
                : 1;
      if (bareWeek) {
        return {
          end: m.index + g.word!.length,
          type: 'DATE',
          value: env.ref ? fmtDate(addDays(env.ref, off)) : null,
        };
      }
      return dayHit(env.ref ? fmtDate(addDays(env.ref, off)) : null, g);
    },
  },
  {
    // "pagi ini", "sore hari ini", "tadi pagi", "dini hari tadi", "malam ini", "tadi malam", "semalam"
    name: 'id.time.part-of-day',
    starts: words('semalam', 'tadi', 'nanti', ...Object.keys(PARTS_OF_DAY)),
    re: pattern(
      `${LB}(?:(?<semalam>semalam|tadi\\s+malam)|(?<pod>${POD})(?:\\s+hari)?\\s+(?<rel>ini|tadi|nanti)|(?<rel2>tadi|nanti)\\s+(?<pod2>${POD}))${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      if (!env.ref) return { type: 'TIME', value: null };
      if (g.semalam) return { type: 'TIME', value: `${fmtDate(addDays(env.ref, -1))}TNI` };
      const code = PARTS_OF_DAY[lower(g.pod ?? g.pod2)]!;
      return { type: 'TIME', value: `${fmtDate(env.ref)}T${code}` };
    },
  },
  {
    // "tengah hari", "tengah malam"
    name: 'id.time.midday',
    starts: phrases('tengah', 'hari', 'malam'),
    re: pattern(`${LB}tengah\\s+(?<w>hari|malam)${RB}`),
    make(m) {
      return { type: 'TIME', value: null, clock: lower(groups(m).w) === 'hari' ? '12:00' : '24:00' };
    },
  },
  {
    // "Rabu pagi WIB", "Senin malam", "Rabu petang"
    name: 'id.time.weekday-part-of-day',
    starts: words(...Object.keys(WEEKDAYS)),
    re: pattern(`${LB}(?<wd>${WD})\\s+(?<pod>${POD})(?:\\s+(?:${ZONE}))?${RB}`),
    make(m, env) {
      const g = groups(m);
      if (!isWeekdayWord(g.wd!)) return null;
      if (!env.ref) return { type: 'TIME', value: null };
      const dir =
        futureContext(env, m.index, m.index + m[0].length) || takesEffectFrom(env, m.index)
          ? 'future'
          : 'past';
      const day =
        datedWeekdayBefore(env.text, m.index, m.index + m[0].length, weekdayOf(g.wd!), env.ref) ??
        bareWeekday(env, weekdayOf(g.wd!), dir);
      return { type: 'TIME', value: `${fmtDate(day)}T${PARTS_OF_DAY[lower(g.pod)]!}` };
    },
  },
  {
    // "Selasa", "Senin lalu", "Kamis depan", "hari Minggu", "Selasa besok"
    name: 'id.date.weekday',
    starts: [...words(Object.keys(WEEKDAYS)), ...phrases('hari', Object.keys(WEEKDAYS))],
    re: pattern(
      `${LB}(?:hari\\s+)?(?<wd>${WD})${RB}(?:\\s+(?:(?<week>pekan|minggu)\\s+(?<wrel>lalu|kemarin|depan|mendatang|ini)|(?<rel>lalu|kemarin|depan|mendatang|ini|nanti|besok|esok|lusa))${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      if (!isWeekdayWord(g.wd!)) return null;
      // "Senin pekan depan", "Jumat minggu lalu": that weekday in the week named (weeks start on Monday)
      if (g.week) {
        if (!env.ref) return { type: 'DATE', value: null };
        const off = RELATIVE_OFFSET[lower(g.wrel)] ?? 0;
        return { type: 'DATE', value: fmtDate(weekdayInWeek(env.ref, off, weekdayOf(g.wd!))) };
      }
      // "Minggu pertama bulan puasa", "minggu ke-2": a week counted, no Sunday
      if (
        !g.rel &&
        lower(g.wd) === 'minggu' &&
        WEEK_ORDINAL_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      )
        return null;
      // "Sabtu-Minggu" and "Senin–Jumat" are recurring (handled as sets)
      const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (/^\s*[-–]\s*\p{Lu}/u.test(after)) return null;
      const rel = lower(g.rel);
      // "Minggu lalu" is last week; "Pasar Minggu" is a place
      // ("hingga Minggu kemarin": a capital inside the sentence before "kemarin", yesterday, is the Sunday)
      if (
        lower(g.wd) === 'minggu' &&
        ['lalu', 'depan', 'ini', 'mendatang', 'kemarin'].includes(rel) &&
        !(
          rel === 'kemarin' &&
          g.wd === 'Minggu' &&
          /\p{Ll}[,]?\s+$/u.test(env.text.slice(Math.max(0, m.index - 3), m.index))
        )
      )
        return null;
      const before = env.text.slice(Math.max(0, m.index - 20), m.index);
      const prev = /(\p{Lu}[\p{L}]*)\s+$/u.exec(before);
      if (
        prev &&
        !/^(?:Hari|Pada|Sejak|Hingga|Sampai|Setiap|Tiap|Mulai|Jelang|Menjelang|Sebelum|Sesudah|Setelah|Usai|Selama)$/.test(
          prev[1]!,
        )
      )
        return null;
      if (!env.ref) return { type: 'DATE', value: null };
      const dow = weekdayOf(g.wd!);
      let dir: 'past' | 'future' | 'strict-past' | 'strict-future' | 'nearest';
      if (rel === 'lalu' || rel === 'kemarin') dir = 'strict-past';
      // ("Selasa besok": the coming Tuesday, tomorrow)
      else if (rel === 'depan' || rel === 'mendatang' || rel === 'besok' || rel === 'esok' || rel === 'lusa')
        dir = 'strict-future';
      else if (rel === 'ini') dir = 'nearest';
      else
        dir =
          rel === 'nanti' ||
          futureContext(env, m.index, m.index + m[0].length) ||
          takesEffectFrom(env, m.index)
            ? 'future'
            : 'past';
      // "… saat dihubungi, Selasa (7/11/2023)" … "pada Selasa pagi": the Tuesday the text already dated
      if (!rel) {
        const named = datedWeekdayBefore(env.text, m.index, m.index + m[0].length, dow, env.ref);
        if (named) return { type: 'DATE', value: fmtDate(named) };
      }
      return {
        type: 'DATE',
        value: fmtDate(rel ? resolveWeekday(env.ref, dow, dir) : bareWeekday(env, dow, dir)),
      };
    },
  },
  {
    // "akhir pekan ini", "akhir pekan lalu"
    name: 'id.date.weekend',
    starts: words('akhir'),
    re: pattern(`${LB}akhir\\s+(?:pekan|minggu)\\s+(?<rel>ini|lalu|depan|mendatang)${RB}`),
    make(m, env) {
      if (!env.ref) return { type: 'DATE', value: null };
      const off = RELATIVE_OFFSET[lower(groups(m).rel)] ?? 0;
      return { type: 'DATE', value: `${shiftValue(env.ref, 'week', off)}-WE` };
    },
  },
  {
    // "pekan lalu", "minggu ini", "bulan depan", "tahun lalu", "awal tahun depan", "akhir bulan ini", "akhir tahun"
    name: 'id.date.relative-unit',
    starts: words(
      PERIOD_MODIFIERS,
      'pekan',
      'minggu',
      'bulan',
      'tahun',
      'kuartal',
      'triwulan',
      'dekade',
      'abad',
    ),
    re: pattern(
      `${LB}(?:(?<mod>${MOD})\\s+)?(?<unit>pekan|minggu|bulan|tahun|kuartal|triwulan|dekade|abad)(?:\\s+(?<rel>${REL}))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      if (!g.rel && !g.mod) return null;
      if (!g.rel && !['bulan', 'tahun'].includes(lower(g.unit))) return null;
      // "akhir tahun" alone is this year's end; the bare unit after a modifier is the current one
      const unit = UNITS[lower(g.unit)]!.unit!;
      if (!env.ref) return { type: 'DATE', value: null };
      const off = g.rel ? RELATIVE_OFFSET[lower(g.rel)]! : 0;
      // "bulan sebelumnya", "tahun berikutnya": next to the last month or year named, when there is one
      return { type: 'DATE', value: relativeTo(g.rel, unit, off, shiftValue(env.ref, unit, off)) };
    },
  },
  {
    // "setahun sebelumnya", "sehari sebelumnya", "sepekan lalu"
    name: 'id.date.se-unit-relative',
    starts: words(Object.keys(SE_UNITS)),
    re: pattern(
      `${LB}(?<se>${alt(Object.keys(SE_UNITS))})\\s+(?:yang\\s+)?(?<rel>lalu|silam|sebelumnya|lagi|kemudian|mendatang)${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const u = UNITS[SE_UNITS[lower(g.se)]!]!;
      if (!u.unit) return null;
      if (!env.ref) return { type: 'DATE', value: null };
      const sign = ['lalu', 'silam', 'sebelumnya'].includes(lower(g.rel)) ? -1 : 1;
      return { type: 'DATE', value: relativeTo(g.rel, u.unit, sign, shiftValue(env.ref, u.unit, sign)) };
    },
  },
  {
    // "dua hari lalu", "tiga tahun silam", "dua bulan lagi", "5 hari mendatang"
    name: 'id.date.offset',
    // at a number: its digits, a decimal part or a space
    digits: DECIMAL_OR_SPACE,
    digitsThen: words(OFFSET_UNITS),
    starts: words(
      DIGIT,
      ...Object.keys(DIGITS),
      ...Object.keys(SPECIAL_NUMBERS),
      'beberapa',
      'puluhan',
      'ratusan',
    ),
    re: pattern(
      `${LB}(?:(?<n>${NUM})|(?<vague>beberapa|puluhan|ratusan))\\s+(?<unit>${OFFSET_UNITS.join('|')})\\s+(?:yang\\s+)?(?<rel>lalu|silam|sebelumnya|lagi|mendatang|kemudian)${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const past = ['lalu', 'silam', 'sebelumnya'].includes(lower(g.rel));
      // "beberapa hari lalu": some time ago, no date
      if (g.vague) return { type: 'DATE', value: past ? 'PAST_REF' : 'FUTURE_REF' };
      let n = parseNumber(g.n!);
      let unit = UNITS[lower(g.unit)]!.unit!;
      // "setengah tahun lalu", "1,5 tahun lalu", "dua setengah tahun lalu": counted in months
      if (n !== null && !Number.isInteger(n) && unit === 'year' && Number.isInteger(n * 12)) {
        n *= 12;
        unit = 'month';
      }
      if (n === null || !Number.isInteger(n)) return null;
      if (!env.ref) return { type: 'DATE', value: null };
      const sign = ['lalu', 'silam', 'sebelumnya'].includes(lower(g.rel)) ? -1 : 1;
      return { type: 'DATE', value: relativeTo(g.rel, unit, sign * n, shiftValue(env.ref, unit, sign * n)) };
    },
  },
  {
    // "kuartal ketiga", "triwulan I-2015", "kuartal kedua 2015", "semester pertama tahun ini", "paruh pertama tahun depan";
    // a coordinated pair, "kuartal kedua dan ketiga tahun depan", "triwulan I hingga III 2027": two periods, both of
    // the year that closes the pair (as a bare month opening a span closed by a year); the two quarters of one half,
    // "kuartal pertama dan kedua tahun depan", are that half
    name: 'id.date.quarter',
    starts: words('kuartal', 'triwulan', 'semester', 'paruh'),
    indices: true,
    re: pattern(
      `${LB}(?<kind>kuartal|triwulan|semester|paruh)\\s+(?<ord>pertama|kesatu|kedua|ketiga|keempat|IV|III|II|I|[1-4])(?:(?:\\s+(?:dan|serta|hingga|sampai)\\s+|\\s*[-–]\\s*)(?<second>(?:(?<kind2>kuartal|triwulan|semester|paruh)\\s+)?(?<ord2>pertama|kesatu|kedua|ketiga|keempat|IV|III|II|I)))?(?:\\s*[-/]\\s*(?<y1>${YEAR})|\\s+(?:tahun\\s+)?(?<y2>${YEAR})|\\s+tahun\\s+(?<rel>ini|lalu|depan|berjalan)|\\s+(?<after>lalu|mendatang|depan)(?![\\p{L}]))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const n1 = ORDINALS[lower(g.ord)]!;
      const half = /^(?:semester|paruh)$/i.test(g.kind!);
      const limit = half ? 2 : 4;
      if (n1 > limit) return null;
      const n2 = g.ord2 ? ORDINALS[lower(g.ord2)]! : null;
      // the second of a pair names a later period of the same kind ("kuartal pertama dan kedua")
      const pair =
        n2 !== null && n2 > n1 && n2 <= limit && (!g.kind2 || /^(?:semester|paruh)$/i.test(g.kind2) === half);
      // the year is read at the period that comes last before it (the pair's second); `tail`: the words after the
      // period(s) that give it ("2027", "tahun depan", "lalu") are the period's
      const year = (n: number, tail: boolean): number | null => {
        if (tail && (g.y1 || g.y2)) return Number(g.y1 ?? g.y2);
        if (!env.ref) return null;
        const rel = tail ? g.rel : undefined;
        const after = tail ? g.after : undefined;
        let y = env.ref.y + (rel ? (RELATIVE_OFFSET[lower(rel)] ?? 0) : 0);
        // "kuartal IV lalu" in January: the last fourth quarter; "semester I mendatang" in August: next year's
        const cur = half ? (env.ref.m <= 6 ? 1 : 2) : quarterOf(env.ref);
        if (lower(after) === 'lalu' && n >= cur) y -= 1;
        else if (after && lower(after) !== 'lalu' && n < cur) y += 1;
        else if (!after && !rel) {
          // "mengumumkan laba kuartal IV" in March: a bare quarter more than half a year ahead is last year's, unless
          // the sentence gives a year or speaks of what is to come
          const ctxYear = yearInSentence(env, m.index);
          if (ctxYear !== null) y = ctxYear;
          else if (n - cur > (half ? 1 : 2) && !futureContext(env, m.index, m.index + m[0].length)) y -= 1;
        }
        return y;
      };
      const fmt = (y: number | null, k: number) =>
        y === null ? null : half ? fmtHalf(y, k) : fmtQuarter(y, k);
      if (!g.ord2) return { type: 'DATE', value: fmt(year(n1, true), n1) };
      const [, firstEnd] = m.indices!.groups!.ord!;
      // not a pair ("kuartal III dan I"): the first period alone, its year not read past the second
      if (!pair) return { start: m.index, end: firstEnd, type: 'DATE', value: fmt(year(n1, false), n1) };
      const y = year(n2!, true);
      // ("kuartal pertama dan kedua tahun depan", "kuartal III dan IV 2027": the two quarters of one half of a year
      // are that half, one span)
      if (!half && n2 === n1 + 1 && n1 % 2 === 1)
        return { type: 'DATE', value: y === null ? null : fmtHalf(y, (n1 + 1) / 2) };
      const [secondStart] = m.indices!.groups!.second!;
      return [
        { start: m.index, end: firstEnd, type: 'DATE', value: fmt(y, n1) },
        { start: secondStart, end: m.index + m[0].length, type: 'DATE', value: fmt(y, n2!) },
      ];
    },
  },
  {
    // "Q3 2023", "Q1-2015"
    name: 'id.date.quarter-q',
    starts: words('q'),
    re: pattern(`${LB}Q(?<n>[1-4])\\s*[-/]?\\s*(?<y>${YEAR})${RB}`),
    make(m) {
      const g = groups(m);
      return { type: 'DATE', value: fmtQuarter(Number(g.y), Number(g.n)) };
    },
  },
  {
    // "keesokan harinya", "esok harinya", "hari berikutnya", "sehari setelahnya": the day after the last day named
    name: 'id.date.next-day',
    starts: [
      ...phrases('keesokan', 'harinya', 'hari'),
      ...phrases('esok', 'harinya'),
      ...phrases('hari', 'berikutnya'),
    ],
    re: pattern(`${LB}(?:keesokan\\s+harinya|esok\\s+harinya|keesokan\\s+hari|hari\\s+berikutnya)${RB}`),
    make(_m, env) {
      return { type: 'DATE', value: anaphor('day', 1, env.ref ? fmtDate(addDays(env.ref, 1)) : null) };
    },
  },
  {
    // "pada hari yang sama", "hari itu", "bulan tersebut", "tahun itu": the period of the last date named
    name: 'id.date.anaphor',
    indices: true,
    starts: [
      ...phrases('pada', 'hari', 'bulan', 'tahun'),
      ...['hari', 'bulan', 'tahun'].flatMap((unit) => phrases(unit, 'yang', 'itu', 'tersebut')),
    ],
    // ("selama kunjungan empat hari tersebut": a counted unit is a span of time, not the period named before)
    re: pattern(
      `${LB}(?:pada\\s+)?(?<!(?:${NUM}|beberapa)\\s+)(?<unit>hari|bulan|tahun)\\s+(?:yang\\s+sama|itu|tersebut)${RB}`,
    ),
    make(m) {
      const g = groups(m);
      const [s] = m.indices!.groups!.unit!;
      const u = lower(g.unit);
      return {
        start: s,
        type: 'DATE',
        value: anaphor(u === 'hari' ? 'day' : u === 'bulan' ? 'month' : 'year'),
      };
    },
  },
  {
    // "saat ini", "sekarang", "kini", "baru-baru ini", "nanti", "ke depan"
    name: 'id.date.ref',
    starts: words(Object.keys(REFS)),
    re: pattern(`${LB}(?<w>${alt(Object.keys(REFS))})${RB}`),
    make(m) {
      return { type: 'DATE', value: REFS[lower(groups(m).w)]! };
    },
  },
  {
    // "pukul 10.00 WIB", "sekitar pukul 10.44 WIB", "pukul 13.57", "jam 14:30", "pukul 7 malam"
    name: 'id.time.clock',
    starts: words('sekitar', 'sekira', 'kira-kira', 'pukul', 'pk', 'jam'),
    re: pattern(
      `${LB}(?:(?:sekitar|sekira|kira-kira)\\s+)?(?:pukul|pk\\.?|jam(?=\\s+\\d{1,2}(?:[.:]\\d{2}|\\s+(?:${POD}))))\\s+(?<h>\\d{1,2})(?:[.:](?<mi>\\d{2})(?:[.:](?<sec>\\d{2}))?)?(?![\\d.,:]\\d)(?:\\s*(?:${ZONE}|waktu\\s+setempat))?(?:\\s+(?<pod>${POD}))?${RB}`,
    ),
    make(m) {
      const g = groups(m);
      let h = Number(g.h);
      const mi = Number(g.mi ?? 0);
      const pod = lower(g.pod);
      if ((pod === 'sore' || pod === 'malam' || pod === 'petang') && h < 12) h += 12;
      if (h > 24 || mi > 59) return null;
      const sec = g.sec ? `:${g.sec}` : '';
      return { type: 'TIME', value: null, clock: fmtClock(h, mi) + sec };
    },
  },
  {
    // "14:30 WITA", "07.30 WIB"
    name: 'id.time.clock-zone',
    // at a number: the hour, one or two digits, then "." or ":", the minutes (and seconds) and a zone
    digits: (run, next, text, at) => run <= 2 && (next === 46 || next === 58) && zoneAfterClock(text, at + 3),
    starts: heads(DIGIT),
    re: pattern(
      `(?<![\\p{L}\\p{N}.,:])(?<h>\\d{1,2})[.:](?<mi>\\d{2})(?:[.:](?<sec>\\d{2}))?\\s*(?:${ZONE})${RB}`,
    ),
    make(m) {
      const g = groups(m);
      const h = Number(g.h);
      const mi = Number(g.mi);
      if (h > 24 || mi > 59) return null;
      return { type: 'TIME', value: null, clock: fmtClock(h, mi) + (g.sec ? `:${g.sec}` : '') };
    },
  },
  {
    // "Lebaran", "Idul Fitri 2024", "H-3 Lebaran", "H+2 Idulfitri", "Lebaran tahun lalu", "Iduladha": the feast
    // day of the year the government fixed; "H-3" three days before it
    name: 'id.date.feast',
    indices: true,
    // "Imlek", "Tahun Baru Imlek 2577 Kongzili" the lunar new year's day (its year 551 ahead of ours)
    starts: [
      ...words('H'),
      ...heads('lebaran', 'idul'),
      ...phrases('hari', 'raya'),
      ...words('imlek'),
      ...phrases('tahun', 'baru'),
    ],
    re: pattern(
      `${LB}(?:H\\s?(?<sign>[-+−–])\\s?(?<n>\\d{1,2})\\s+)?(?:hari\\s+raya\\s+)?(?<f>lebaran|idul\\s*fitri|idul\\s*adha|(?:tahun\\s+baru\\s+)?imlek)(?:\\s+(?<y>${YEAR})|\\s+(?<ky>25\\d{2})(?:\\s+kongzili)?|\\s+tahun\\s+(?<rel>ini|lalu|depan))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      // (a lowercase "h-3" is no countdown: the feast alone; the feast itself is named in lower case too)
      const countdown = g.sign && m[0][0] === 'H';
      const start = g.sign && !countdown ? m.indices!.groups!.f![0] : m.index;
      // "Masjid Idul Fitri", "Jalan Lebaran": the feast in the name of a place or a body
      if (FEAST_IN_NAME_BEFORE.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const imlek = /imlek$/i.test(g.f!);
      // ("Tahun Baru Imlek" is a name: capitalized, as "Imlek" alone is)
      if (imlek && !/^\p{Lu}/u.test(g.f!)) return null;
      const table = /adha/i.test(g.f!) ? IDUL_ADHA : IDUL_FITRI;
      const ref = env.ref;
      const dayOf = (y: number): Ymd | null => {
        if (imlek) return lunarNewYear(y);
        const md = table[y];
        return md ? parseIsoDate(`${y}-${md}`) : null;
      };
      let day: Ymd | null = null;
      if (g.y) day = dayOf(Number(g.y));
      else if (g.ky) day = dayOf(Number(g.ky) - 551);
      else if (ref && g.rel) day = dayOf(ref.y + (RELATIVE_OFFSET[lower(g.rel)] ?? 0));
      else if (ref) {
        // the feast nearest the reference date; one spoken of ahead ("akan mudik saat Lebaran") the coming one
        const options = [dayOf(ref.y - 1), dayOf(ref.y), dayOf(ref.y + 1)].filter(
          (x): x is Ymd => x !== null,
        );
        // ("menjelang Lebaran": the coming one, unless the last was a month ago or less)
        const ahead =
          futureContext(env, m.index, m.index + m[0].length) ||
          (TOWARD_BEFORE.test(env.text.slice(Math.max(0, m.index - 12), m.index)) &&
            options.every((x) => diffDays(ref, x) < -30 || diffDays(ref, x) >= 0));
        let best: Ymd | null = null;
        for (const x of options) {
          if (ahead && diffDays(ref, x) < -14) continue;
          if (!best || Math.abs(diffDays(ref, x)) < Math.abs(diffDays(ref, best))) best = x;
        }
        // (with a year of the table missing around the reference date, no guess)
        if (best && options.length === 3) day = best;
        else if (best && Math.abs(diffDays(ref, best)) < 120) day = best;
      }
      if (day && countdown) day = addDays(day, (g.sign === '+' ? 1 : -1) * Number(g.n));
      return { start, type: 'DATE', value: day ? fmtDate(day) : null };
    },
  },
  {
    // "Natal", "Tahun Baru", "Hari Kemerdekaan"
    name: 'id.date.holiday',
    starts: [
      ...words('natal'),
      ...phrases('hari', 'raya', 'kemerdekaan'),
      ...phrases('tahun', 'baru'),
      ...phrases('malam', 'tahun', 'pergantian', 'natal'),
      ...words('HUT', 'dirgahayu'),
      ...phrases('hari', 'ulang'),
    ],
    // "HUT ke-79 RI", "HUT RI ke-80", "Dirgahayu Republik Indonesia ke-80", "HUT Kemerdekaan RI": Independence
    // Day of the year its count gives (the Republic proclaimed on 17 August 1945), or the nearest one
    re: pattern(
      `${LB}(?:hari\\s+raya\\s+)?(?:(?<eve>malam\\s+(?:pergantian\\s+)?)(?=tahun|natal))?(?<h>Natal|Tahun\\s+Baru|(?<=malam\\s+pergantian\\s+)tahun|Hari\\s+Kemerdekaan|(?:HUT|Hari\\s+Ulang\\s+Tahun|Dirgahayu)(?:\\s+[Kk]e-?\\s?(?<n>\\d{1,3}))?\\s+(?:Kemerdekaan\\s+)?(?:RI|Republik\\s+Indonesia)(?:\\s+[Kk]e-?\\s?(?<n2>\\d{1,3}))?)${RB}(?:(?<=natal)\\s+(?<nrel>lalu|kemarin|mendatang|nanti)${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      const h = g.h!;
      const ref = env.ref;
      // The year of Christmas: "Natal lalu" the last one, "Natal mendatang" the coming one, "Natal tahun lalu" last
      // year's (the year its own expression); alone, the year's, or in the weeks after it (to mid-February) the one
      // just past
      const christmasYear = (r: Ymd): number => {
        const rel = lower(g.nrel);
        const passed = r.m === 12 && r.d > 25;
        if (rel === 'lalu' || rel === 'kemarin') return passed ? r.y : r.y - 1;
        if (rel === 'mendatang' || rel === 'nanti') return passed ? r.y + 1 : r.y;
        const end = m.index + m[0].length;
        const year = YEAR_REL_AFTER.exec(env.text.slice(end, end + 14))?.[1];
        if (year) return r.y + (RELATIVE_OFFSET[lower(year)] ?? 0);
        return r.m === 1 || (r.m === 2 && r.d <= 15) ? r.y - 1 : r.y;
      };
      // "malam tahun baru", "malam pergantian tahun": the night of 31 December (written in lower case too);
      // the one just past, or the coming one in a sentence looking ahead
      if (g.eve) {
        if (!ref) return { type: 'TIME', value: null };
        // "malam Natal": Christmas Eve, of the year (as "Natal" is)
        if (lower(h) === 'natal') {
          if (/^pergantian/i.test(g.eve.slice(6)) || !/^\p{Lu}/u.test(h)) return null;
          return { type: 'TIME', value: `${fmtYear(christmasYear(ref))}-12-24TNI` };
        }
        const ahead = futureContext(env, m.index, m.index + m[0].length);
        const y = ref.m === 12 || (ahead && ref.m >= 3) ? ref.y : ref.y - 1;
        return { type: 'TIME', value: `${fmtYear(y)}-12-31TNI` };
      }
      if (!/^\p{Lu}/u.test(h)) return null;
      const key = lower(h);
      // ("Tahun" alone after "malam pergantian" only)
      if (key === 'tahun') return null;
      if (key === 'natal')
        return {
          type: 'DATE',
          value: ref ? `${fmtYear(christmasYear(ref))}-12-25` : g.nrel ? null : 'XXXX-12-25',
        };
      if (key === 'tahun baru') {
        if (!ref) return { type: 'DATE', value: null };
        return { type: 'DATE', value: `${fmtYear(ref.m >= 11 ? ref.y + 1 : ref.y)}-01-01` };
      }
      // (the count given twice: no day)
      if (g.n && g.n2) return null;
      const count = g.n ?? g.n2;
      if (count)
        return { type: 'DATE', value: Number(count) >= 1 ? `${fmtYear(1945 + Number(count))}-08-17` : null };
      return { type: 'DATE', value: ref ? `${fmtYear(ref.y)}-08-17` : 'XXXX-08-17' };
    },
  },
  {
    // "musim dingin", "musim panas tahun lalu"
    name: 'id.date.season',
    starts: words('musim'),
    re: pattern(
      `${LB}musim\\s+(?<s>dingin|panas|semi|gugur)(?:\\s+(?:tahun\\s+)?(?<rel>ini|lalu|depan|mendatang))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const code = { dingin: 'WI', panas: 'SU', semi: 'SP', gugur: 'FA' }[lower(g.s)]!;
      if (!env.ref) return { type: 'DATE', value: null };
      const off = g.rel ? (RELATIVE_OFFSET[lower(g.rel)] ?? 0) : 0;
      return { type: 'DATE', value: `${fmtYear(env.ref.y + off)}-${code}` };
    },
  },
  {
    // "per hari", "setiap tahun", "tiap bulan", "setiap 5 menit"
    name: 'id.set.every',
    starts: words('per', 'setiap', 'tiap', 'saban'),
    re: pattern(
      `${LB}(?:(?:setiap|tiap|saban)\\s+(?:hari\\s+)?(?<wd>${WD})${RB}|(?:setiap|tiap|saban)\\s+(?<pod>pagi|siang|sore|malam)${RB}|(?<q>per|setiap|tiap|saban)\\s+(?:(?<n>${NUM})\\s+)?(?<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun)${RB})`,
    ),
    make(m) {
      const g = groups(m);
      // "setiap Jumat": every Friday; "setiap pagi": every morning
      // "setiap minggu" in lower case is every week, "setiap Minggu" every Sunday
      if (g.wd === 'minggu') return { type: 'SET', value: 'P1W' };
      if (g.wd) return { type: 'SET', value: `XXXX-WXX-${weekdayOf(g.wd)}` };
      if (g.pod) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[lower(g.pod)]}` };
      const n = g.n ? parseNumber(g.n) : 1;
      return { type: 'SET', value: durationValue(n, UNITS[lower(g.unit)]!.duration as 'day') };
    },
  },
  {
    // "tahunan", "bulanan", "harian", "mingguan"; "Sabtu-Minggu"
    name: 'id.set.periodic',
    starts: words('tahunan', 'bulanan', 'harian', 'mingguan', 'sabtu'),
    re: pattern(
      `${LB}(?:(?<w>tahunan|bulanan|harian|mingguan)|(?<wd1>Sabtu)\\s*[-–]\\s*(?<wd2>Minggu))${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      if (g.wd1) return { type: 'SET', value: 'XXXX-WXX-WE' };
      if (/^\p{Lu}/u.test(g.w!)) return null;
      // "pelaksana harian wali kota" (acting), "harian Kompas", "surat kabar harian": an office or a newspaper
      if (
        lower(g.w) === 'harian' &&
        (/(?:pelaksana|kabar|koran)\s+$/iu.test(env.text.slice(Math.max(0, m.index - 12), m.index)) ||
          /^\s+\p{Lu}/u.test(env.text.slice(m.index + 6, m.index + 8)))
      )
        return null;
      // "catatan harian", "buku harian" (a diary), "majalah bulanan", "tabloid mingguan": a kind of writing
      if (
        /(?:catatan|buku|majalah|tabloid|buletin|jurnal)\s+$/iu.test(
          env.text.slice(Math.max(0, m.index - 9), m.index),
        )
      )
        return null;
      const unit = { tahunan: 'Y', bulanan: 'M', harian: 'D', mingguan: 'W' }[lower(g.w)]!;
      // "pemilu lima tahunan", "laporan tiga bulanan", "dua mingguan": every so many years, months or weeks
      const count =
        unit === 'D' ? null : COUNT_BEFORE.exec(env.text.slice(Math.max(0, m.index - 12), m.index));
      const n = count ? parseNumber(count.groups!.n!) : null;
      if (
        count &&
        n !== null &&
        n > 0 &&
        !AMOUNT_BEFORE.test(env.text.slice(Math.max(0, m.index - 40), m.index))
      )
        return { start: m.index - count[0].length, type: 'SET', value: `P${n}${unit}` };
      return { type: 'SET', value: `P1${unit}` };
    },
  },
  {
    // "tiga bulan", "10 menit", "lima tahun terakhir", "lebih dari satu dekade", "beberapa tahun terakhir", "setahun"
    name: 'id.duration.amount',
    // at a number: its digits, a decimal part or a space
    digits: DECIMAL_OR_SPACE,
    digitsThen: words(DURATION_UNITS),
    starts: words(
      'lebih',
      'hampir',
      'kurang',
      'sekitar',
      DIGIT,
      ...Object.keys(DIGITS),
      ...Object.keys(SPECIAL_NUMBERS),
      'beberapa',
      'berpuluh-puluh',
      'puluhan',
      'ratusan',
      Object.keys(SE_UNITS),
    ),
    re: pattern(
      `${LB}(?:(?<approx>lebih\\s+dari|hampir|kurang\\s+dari|sekitar|kurang\\s+lebih)\\s+)?(?:(?<n>${NUM}|beberapa|berpuluh-puluh|puluhan|ratusan)\\s+(?<unit>${DURATION_UNITS.join('|')})|(?<se>${alt(Object.keys(SE_UNITS))}))(?:\\s+(?<tail>terakhir|belakangan|ke\\s+depan))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const before = env.text.slice(Math.max(0, m.index - 12), m.index);
      if (AGE_BEFORE.test(before)) return null;
      // "UU Nomor 35 Tahun 2009": the number and year of a law, no span of time
      if (
        /(?:nomor|no\.?)\s*$/i.test(before) &&
        /^\s*\d{4}(?!\d)/u.test(env.text.slice(m.index + m[0].length))
      )
        return null;
      // "hampir satu bulan lalu": the time ago is a date; "menguji level 7.400 pekan ini": a number no one counts weeks
      // in before "pekan ini" counts something else, the week is the date ("selama tiga bulan ini" is a span)
      const fuzzy = !g.se && /^(?:beberapa|berpuluh-puluh|puluhan|ratusan)$/i.test(g.n!);
      const count = g.se || fuzzy ? null : parseNumber(g.n!);
      const after = /^\s+(ini|lalu|depan|mendatang)(?![\p{L}])/u.exec(
        env.text.slice(m.index + m[0].length),
      )?.[1];
      if (count !== null && !g.tail && after && (after !== 'ini' || count >= 100)) return null;
      // "2.500 tahun" as a count is a duration; "jam 10" is a clock (handled elsewhere)
      const unitWord = g.unit ? lower(g.unit) : SE_UNITS[lower(g.se)]!;
      const u = UNITS[unitWord]!;
      const n = g.se ? 1 : fuzzy ? null : count;
      if (!fuzzy && n === null) return null;
      return { type: 'DURATION', value: durationValue(n, u.duration as 'day') };
    },
  },
]);

/**
 * A weekday named alone, `dir` from the reference day: when that day was read from the lead's event (no publication
 * date given), the day after it is the day the story goes on to or was written on ("Senin (23/11) … Hingga Selasa
 * pagi", "saat dihubungi, Kamis" after "Rabu (18/11)"), not the same weekday six days before.
 */
function bareWeekday(env: DateEnv, dow: number, dir: Direction | 'strict-past' | 'strict-future'): Ymd {
  const ref = env.ref!;
  const next = addDays(ref, 1);
  if (dir === 'past' && env.refInferred && isoWeekday(next) === dow) return next;
  return resolveWeekday(ref, dow, dir);
}

/** A count right before "tahunan", "bulanan" …: "lima tahunan", "5-tahunan" (not a part of a larger number). */
const COUNT_BEFORE = new RegExp(`${LB}(?<n>\\d{1,2}|${DIG}|sepuluh)\\s*-?\\s*$`, 'iu');
/** …unless it is a sum of money or a share: "Rp 5 bulanan", "sebesar 5,2 tahunan". */
const AMOUNT_BEFORE = /(?:Rp\.?|US\$|\$|[\d][.,])\s*\d{1,2}\s*-?\s*$/u;

/** Date and time expressions in id text, valued against ctx.referenceDate. */
export function dates(doc: Doc, ctx: Context): DateCandidate[] {
  return sameDayAsNamed(runDateRules(DATE_RULES, doc, ctx), doc.text);
}

const BARE_WEEKDAY_RULES = new Set(['id.date.weekday', 'id.time.weekday-part-of-day']);
const WEEKDAY_OPENING = new RegExp(`^(?:hari\\s+)?(?<wd>${WD})${RB}`, 'iu');
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A bare weekday the text already gave a date to ("Selasa (7/11/2023)" … "pada Selasa pagi") is
 * that day, when it lies within the week around the reference day the rules counted from.
 */
function sameDayAsNamed(found: DateCandidate[], text: string): DateCandidate[] {
  // the days named after the last bare weekday change nothing: read up to it (most texts have none)
  let last = found.length - 1;
  while (last >= 0 && !BARE_WEEKDAY_RULES.has(found[last]!.explain[0]?.rule ?? '')) last--;
  const named = new Map<number, string>();
  for (let i = 0; i <= last; i++) {
    const f = found[i]!;
    const rule = f.explain[0]?.rule ?? '';
    const day = f.value ? ISO_DAY.exec(f.value) : null;
    if (!day) continue;
    const wd = WEEKDAY_OPENING.exec(text.slice(f.start, f.end));
    if (!wd || !isWeekdayWord(groups(wd).wd!)) continue;
    const dow = weekdayOf(groups(wd).wd!);
    if (!BARE_WEEKDAY_RULES.has(rule)) {
      named.set(dow, day[0]);
      continue;
    }
    // only a weekday alone or with a part of day, not "Senin lalu" / "Kamis pekan depan"
    if (rule === 'id.date.weekday' && !/^(?:hari\s+)?\p{L}+$/iu.test(text.slice(f.start, f.end))) continue;
    const earlier = named.get(dow);
    if (!earlier || earlier === day[0]) continue;
    const gap = Math.abs(diffDays(parseIsoDate(earlier)!, parseIsoDate(day[0])!));
    if (gap <= 7) f.value = earlier + f.value!.slice(10);
  }
  return found;
}

// ---------- the reference date the text states about itself ----------
const LEAD_CHARS = 1500;
// (their matches, the leading lookbehind checked at each hit: see matchAllAfterLookbehind)
const WEEKDAY_DATE = matchAllAfterLookbehind(
  re(
    `${LB}(?<wd>${WD})\\s*(?:,\\s*)?(?:\\(\\s*(?<d>\\d{1,2})\\s*/\\s*(?<mo>\\d{1,2})\\s*/\\s*(?<y>\\d{4})\\s*\\)|(?<d2>\\d{1,2})\\s+(?<mo2>${MONTH_ANY})\\s+(?<y2>${YEAR})${RB})`,
  ),
);
const FULL_DATE = matchAllAfterLookbehind(
  re(
    `${LB}(?:(?<d>\\d{1,2})\\s+(?<mo>${MONTH_ANY})\\s+(?<y>${YEAR})${RB}|(?<d2>\\d{1,2})/(?<mo2>\\d{1,2})/(?<y2>\\d{4})(?!\\d))`,
  ),
);

function dateFrom(g: Record<string, string | undefined>): string | null {
  const y = Number(g.y ?? g.y2);
  const moText = g.mo ?? g.mo2 ?? '';
  const mo = /^\d+$/.test(moText) ? Number(moText) : monthOf(moText);
  const d = Number(g.d ?? g.d2);
  return isValidDate(y, mo, d) ? fmtDate({ y, m: mo, d }) : null;
}

/**
 * "… saat dihubungi, Sabtu (10/8/2024)", "ketika ditemui di kantornya, Senin (12/8/2024)": when the reporter
 * spoke to someone (read only around a date in parentheses: see datedClauses).
 */
const CONTACTED = new RegExp(
  `${LB}(?:saat|ketika|waktu|sewaktu)\\s+(?:di(?:hubungi|konfirmasi|temui|wawancarai|jumpai)|dimintai\\s+keterangan)[^.\\n"“”]{0,60}?,\\s*(?<wd>${WD})\\s*(?:,\\s*)?\\(\\s*(?<d>\\d{1,2})\\s*/\\s*(?<mo>\\d{1,2})\\s*/\\s*(?<y>\\d{4})\\s*\\)`,
  'giu',
);

/** "…,” ujarnya di Gedung MK, Jakarta, Jumat (21/2/2025).": the day a quote was given. */
const SPOKE_ON = new RegExp(
  `(?:^|[,"”])\\s*(?:ujar|kata|tutur|ucap|jelas|ungkap|terang|imbuh|tegas|sebut)(?:nya)?(?![\\p{L}])[^.\\n"“”]{0,80}?,\\s*(?<wd>${WD})\\s*(?:,\\s*)?\\(\\s*(?<d>\\d{1,2})\\s*/\\s*(?<mo>\\d{1,2})\\s*/\\s*(?<y>\\d{4})\\s*\\)`,
  'giu',
);
/** A weekday's date in parentheses, "(21/2/2025)", as CONTACTED and SPOKE_ON end with (tried at each "("). */
const PAREN_DATE = /\(\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}\s*\)/y;

/** The first PAREN_DATE of the text at or after `from`, or -1. */
function parenDateAfter(text: string, from: number): number {
  for (let q = text.indexOf('(', from); q !== -1; q = text.indexOf('(', q + 1)) {
    PAREN_DATE.lastIndex = q;
    if (PAREN_DATE.test(text)) return q;
  }
  return -1;
}

/**
 * Where CONTACTED and SPOKE_ON can match (see datedClauses), as [from, end] pairs: the stretch between the
 * full stops around each PAREN_DATE, from the end of the stretch before it.
 */
function datedStretches(text: string): number[] {
  const out: number[] = [];
  let pos = 0;
  while (pos < text.length) {
    const date = parenDateAfter(text, pos);
    if (date === -1) break;
    let end = text.indexOf('.', date);
    if (end < 0) end = text.length;
    out.push(Math.max(pos, text.lastIndexOf('.', date) + 1), end);
    pos = end + 1;
  }
  return out;
}

/**
 * `text.matchAll(re)` for CONTACTED or SPOKE_ON, read only where a match can be: every match ends with a
 * PAREN_DATE and holds no full stop, so it lies in the stretch between the full stops around a PAREN_DATE
 * (`stretches`, from datedStretches). Each such stretch is searched in the text cut at the full stop after
 * it (the text before stays, so a lookbehind or `^` reads as in the whole text); the rest of the text is
 * skipped. Same matches, same order.
 */
function* datedClauses(re: RegExp, text: string, stretches: readonly number[]): Generator<RegExpExecArray> {
  for (let k = 0; k < stretches.length; k += 2) {
    const end = stretches[k + 1]!;
    const upTo = end === text.length ? text : text.slice(0, end);
    re.lastIndex = stretches[k]!;
    for (let m = re.exec(upTo); m !== null; m = re.exec(upTo)) yield m;
  }
}

/**
 * A lead that announces: "MK akan membacakan putusan … pada Senin (24/2/2025)". The test of
 * /(?:^|[^\p{L}])(?:akan|bakal|dijadwalkan|rencananya|berencana)(?![\p{L}])/iu, faster over a long lead:
 * its words found first, the code point before each then checked.
 */
const hasLeadAhead = lbTester(
  '(?:akan|bakal|dijadwalkan|rencananya|berencana)(?![\\p{L}])',
  'iu',
  letterBefore,
);

/** "hingga", "sampai" right before the lead's date: the end of a span. */
const UNTIL_BEFORE = /(?:^|[^\p{L}])(?:hingga|sampai)\s+$/iu;

/**
 * UNTIL_BEFORE.test(s), reading only the end of s: a match ends with the whitespace that ends s, right
 * after its word ("hingga", "sampai": six code units) and the code point before the word (a surrogate
 * pair's two units), so the last eight units before that whitespace hold all of it but `^`, which the
 * word itself can then only meet at the start of s.
 */
function untilBefore(s: string): boolean {
  let t = s.length;
  while (t > 0 && isSpaceUnit(s.charCodeAt(t - 1))) t--;
  if (t === s.length) return false;
  return UNTIL_BEFORE.test(t > 8 ? s.slice(t - 8) : s);
}

/**
 * The day the story is written as of, from the lead's event date `lead` at offset `at`: the day the
 * reporter reached a source ("saat dihubungi, Sabtu (10/8/2024)") in the week after the event (the
 * story counts "besok" and "kemarin" from there; the last such day wins); or, when the lead announces
 * an event ahead ("akan … pada Senin (24/2/2025)") or the end of a span ("hingga Minggu (24/11/2024)"),
 * the last day a source spoke in the two weeks before it.
 */
function writtenOn(text: string, lead: string, at: number): string | null {
  const from = parseIsoDate(lead);
  if (!from) return null;
  const sentence = text.slice(Math.max(0, text.lastIndexOf('.', at) + 1), at);
  // ("mewaspadai hujan lebat … hingga Minggu (24/11/2024)": the end of a time ahead is announced too)
  const ahead = hasLeadAhead(sentence) || untilBefore(sentence);
  let found: string | null = null;
  let before: string | null = null;
  const stretches = datedStretches(text);
  for (const contacted of [true, false]) {
    for (const m of datedClauses(contacted ? CONTACTED : SPOKE_ON, text, stretches)) {
      const v = dateFrom(groups(m));
      const day = parseIsoDate(v);
      if (!day) continue;
      const days = diffDays(from, day);
      if (contacted && days > 0 && days <= 6 && (found === null || v! > found)) found = v;
      if (ahead && days < 0 && days >= -14 && (before === null || v! > before)) before = v;
    }
  }
  return found ?? before;
}

/**
 * The publication date the id text states about itself: the first weekday-with-date in the lead
 * ("Senin (29/12/2014)", "Selasa, 19 September 2023"), else the first full date of the lead; or null.
 */
export function inferReferenceDate(doc: Doc): string | null {
  const lead = doc.text.slice(0, LEAD_CHARS);
  for (const m of WEEKDAY_DATE(lead)) {
    const v = dateFrom(groups(m));
    if (v) return writtenOn(doc.text, v, m.index) ?? v;
  }
  for (const m of FULL_DATE(lead)) {
    const v = dateFrom(groups(m));
    if (v) return v;
  }
  return null;
}
