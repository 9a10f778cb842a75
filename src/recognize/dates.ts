// The shared date engine: runs a locale's date rules (regex + value builder) over a document,
// keeps the longest non-overlapping matches, and anchors bare clock times to the day they belong to.
// Every regex here and in the locales is a single pass over alternations of fixed words, so
// matching stays linear in the length of the text.
import { addDays, addMonths, fmtDate, fmtTime, parseIsoDate, type Ymd } from '../resolve/dates.js';
import type { DateType } from '../types.js';
import type { Context, DateCandidate, Doc } from './types.js';

/** What a rule reports for one match. start/end default to the whole match. */
export interface DateHit {
  start?: number;
  end?: number;
  type: DateType;
  value: string | null;
  /** A clock or part of day ("10:00", "MO") not tied to an explicit day: anchored after matching. */
  clock?: string;
}

/** What a rule's builder can see besides its match. */
export interface DateEnv {
  text: string;
  doc: Doc;
  ref: Ymd | null;
  /** The sentence span that contains `pos`. */
  sentenceAt(pos: number): { start: number; end: number };
}

export interface DateRule {
  /** Stable dotted rule name, e.g. `id.date.weekday-numeric`. */
  name: string;
  /** A global regex; compile with the `d` flag to read group offsets from `m.indices`. */
  re: RegExp;
  make(m: RegExpExecArray, env: DateEnv): DateHit | DateHit[] | null;
}

interface Found extends DateCandidate {
  order: number;
  clock?: string;
}

/** Letter-or-digit boundaries for building rule regexes (the `u` flag is required). */
export const LB = '(?<![\\p{L}\\p{N}])';
export const RB = '(?![\\p{L}\\p{N}])';

/** An alternation of words, longest first, regex-escaped, spaces matching any whitespace run. */
export function alt(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

function sentenceFinder(doc: Doc): (pos: number) => { start: number; end: number } {
  const s = doc.sentences;
  return (pos) => {
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = s[mid]!;
      if (pos < x.start) hi = mid - 1;
      else if (pos >= x.end) lo = mid + 1;
      else return x;
    }
    return { start: Math.max(0, pos - 200), end: Math.min(doc.text.length, pos + 200) };
  };
}

/** Runs the rules and returns the candidates, longest match first where matches overlap. */
export function runDateRules(rules: readonly DateRule[], doc: Doc, ctx: Context): DateCandidate[] {
  const env: DateEnv = {
    text: doc.text,
    doc,
    ref: parseIsoDate(ctx.referenceDate),
    sentenceAt: sentenceFinder(doc),
  };
  const found: Found[] = [];
  rules.forEach((rule, order) => {
    rule.re.lastIndex = 0;
    for (const m of doc.text.matchAll(rule.re)) {
      if (m[0].length === 0) continue;
      const made = rule.make(m, env);
      if (!made) continue;
      for (const h of Array.isArray(made) ? made : [made]) {
        const start = h.start ?? m.index;
        const end = h.end ?? m.index + m[0].length;
        // an expression never runs across a line break (a headline and the dateline under it)
        if (end <= start || doc.text.slice(start, end).includes('\n')) continue;
        const f: Found = {
          start,
          end,
          type: h.type,
          value: h.value,
          order,
          explain: [{ rule: rule.name, evidence: doc.text.slice(start, end) }],
        };
        if (h.clock) f.clock = h.clock;
        found.push(f);
      }
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  // longest first; a character taken by a kept match cannot be taken again (linear in total match length)
  const taken = new Uint8Array(doc.text.length);
  const kept: Found[] = [];
  for (const f of found) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start);
  anchorClocks(kept, env);
  return resolveAnaphors(kept).map(({ order: _o, clock: _c, ...c }) => c);
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?=$|T)/;
// rules whose day a clock next to them belongs to
const DAY_RULE =
  /\.(?:date|time)\.(?:weekday-numeric|day-month-year|numeric|month-day|day-month|weekday|relative-day)$/;

/** The day a candidate names (a date, or the day of a time), or null. */
function dayOf(c: Found): string | null {
  const m = c.value ? DAY_VALUE.exec(c.value) : null;
  return m ? m[0] : null;
}
// rules that name a day outright, not relative to the reference date
const EXPLICIT = /\.(?:date|time)\.(?:weekday-numeric|day-month-year|numeric|month-day|day-month)$/;

/**
 * A clock time without its own day ("pukul 10.00 WIB") belongs to the day named next to it in the
 * same sentence — the closest explicit date — or else to the reference date.
 */
function anchorClocks(found: Found[], env: DateEnv): void {
  let lastExplicit: string | null = null;
  found.forEach((f, i) => {
    if (!f.clock) {
      if (EXPLICIT.test(f.explain[0]?.rule ?? '')) lastExplicit = dayOf(f) ?? lastExplicit;
      return;
    }
    const sent = env.sentenceAt(f.start);
    let best: Found | null = null;
    let bestDist = Infinity;
    // the neighbours in the same sentence, a bounded number each way
    for (let j = i - 1; j >= 0 && j >= i - NEIGHBOURS; j--) {
      const g = found[j]!;
      if (g.end <= sent.start) break;
      if (!anchors(g)) continue;
      best = g;
      bestDist = f.start - g.end;
      break;
    }
    for (let j = i + 1; j < found.length && j <= i + NEIGHBOURS; j++) {
      const g = found[j]!;
      if (g.start >= sent.end) break;
      if (!anchors(g)) continue;
      if (g.start - f.end < bestDist) best = g;
      break;
    }
    // no day in the sentence: the last explicit day named before it
    const day = (best && dayOf(best)) ?? lastExplicit ?? (env.ref ? fmtDate(env.ref) : null);
    f.value = day ? fmtTime(day, f.clock) : null;
  });
}

const NEIGHBOURS = 8;

function anchors(g: Found): boolean {
  return !g.clock && dayOf(g) !== null && DAY_RULE.test(g.explain[0]?.rule ?? '');
}

/** A rule's value for "the same day", "that year", "bulan tersebut": the period of the last date named. */
export function anaphor(unit: 'day' | 'month' | 'year', offset = 0, fallback: string | null = null): string {
  return `${ANAPHOR}${unit}:${offset}:${fallback ?? ''}`;
}

const ANAPHOR = 'ANAPHOR:';
const DATED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)/;

/** A day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) moved by n of its own unit. */
function shifted(v: string | null, n: number): string | null {
  if (!v || n === 0) return v;
  const [y, m, d] = v.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) return fmtDate(addDays({ y, m, d }, n));
  if (m !== undefined) {
    const x = addMonths({ y, m, d: 1 }, n);
    return `${String(x.y).padStart(4, '0')}-${String(x.m).padStart(2, '0')}`;
  }
  return String(y + n).padStart(4, '0');
}

/** Values anaphors by the last date named before them; drops those with nothing to refer to. */
function resolveAnaphors(found: Found[]): Found[] {
  const out: Found[] = [];
  let day: string | null = null;
  let month: string | null = null;
  let year: string | null = null;
  for (const f of found) {
    const v = f.value ?? '';
    if (v.startsWith(ANAPHOR)) {
      const [unit, off, fallback] = v.slice(ANAPHOR.length).split(':');
      const base = unit === 'day' ? day : unit === 'month' ? month : year;
      f.value = base ? shifted(base, Number(off)) : fallback || null;
      if (f.value) out.push(f);
      continue;
    }
    out.push(f);
    const m = DATED.exec(v);
    if (!m) continue;
    year = m[1]!;
    if (m[2]) month = `${m[1]}-${m[2]}`;
    if (m[3]) day = `${m[1]}-${m[2]}-${m[3]}`;
  }
  return out;
}

/** Numbers written as digits, with a decimal comma or point: "5,5" → 5.5. */
export function parseDecimal(s: string): number {
  return Number(s.replace(',', '.'));
}
