// The shared date engine: runs a locale's date rules (regex + value builder) over a document,
// keeps the longest non-overlapping matches, and anchors bare clock times to the day they belong to.
// Every regex here and in the locales is a single pass over alternations of fixed words, so
// matching stays linear in the length of the text. A rule that declares the words its matches begin
// with (`starts`) is not scanned over the whole text: one pass keys every word start by its first
// letters, and the rule's regex runs anchored (sticky) only where the key fits.

import {
  addDays,
  addMonths,
  fmtDate,
  fmtTime,
  fmtWeek,
  parseIsoDate,
  resolveWeekday,
  type Ymd,
} from '../resolve/dates.js';
import { lowerCase } from '../text/fold.js';
import { letterOrDigitWidth, PLAIN_DIGITS, PLAIN_LETTERS, type Token, tokenShapes } from '../text/segment.js';
import { keepNonOverlapping, spanAt } from '../text/spans.js';
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
  /** Was `ref` read from the text (the day of its lead event), not given as the publication date? */
  refInferred: boolean;
  /** The sentence span that contains `pos`. */
  sentenceAt(pos: number): { start: number; end: number };
}

export interface DateRule {
  /** Stable dotted rule name, e.g. `id.date.weekday-numeric`. */
  name: string;
  /** A global regex; compile with the `d` flag to read group offsets from `m.indices`. */
  readonly re: RegExp;
  /** The regex's source and flags, for the engine to read without building it (see dateRules). */
  readonly pattern?: Pattern;
  /**
   * `make` reads `m.indices`. Only then does the engine keep the `d` flag when it tries the rule at
   * word starts (computing the offsets of every group on every match has a cost).
   */
  indices?: boolean;
  /**
   * The words a match can begin with (see `heads`, and `words` for whole words): the rule is then only
   * tried, anchored, at the word starts whose first letters agree, instead of at every position of the
   * text. Without it the rule scans the whole text.
   */
  starts?: readonly string[];
  /**
   * For a rule that may start at a number (DIGIT in `starts`): can one of its matches begin with `run`
   * ASCII digits followed by the code unit `next` (NaN at the end of the text)? It must say yes for
   * every match the regex can make there; a no lets the engine skip the anchored try at that number
   * (most numbers of a text begin no date of most rules: "2024 " no clock, "15 persen" no day). A test
   * that reads further is given the text and the offset after the digits (`next` is the unit there).
   */
  digits?: (run: number, next: number, text: string, at: number) => boolean;
  /**
   * For a rule that may start at a number: the words (keys from `words`) one of which follows every
   * number its matches begin with, after the number's digits, its decimal part ("2,5") and whitespace
   * ("19 tahun", "2,5 jam"). A number followed by none of them is not tried.
   */
  digitsThen?: readonly string[];
  make(m: RegExpExecArray, env: DateEnv): DateHit | DateHit[] | null;
}

/** A regex not built yet: its source (as RegExp#source spells it) and flags (as RegExp#flags orders them). */
export interface Pattern {
  readonly source: string;
  readonly flags: string;
}

/**
 * The Pattern of `new RegExp(src, flags)`, without building it: its source spelled as RegExp#source
 * spells it (a "/" outside a character class escaped), `flags` in RegExp#flags' order ("dgiu").
 */
export function patternOf(src: string, flags: string): Pattern {
  let source = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      source += src.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    source += c === '/' && !inClass ? '\\/' : c;
  }
  return { source, flags };
}

/** A date rule as a locale writes it: its regex as a Pattern. */
export type DateRuleDef = Omit<DateRule, 're' | 'pattern'> & { readonly re: Pattern };

/**
 * The rules, each regex built on first use. The engine tries most rules only as a sticky twin built
 * from the source, at the positions their start keys allow, and never runs the rule's own regex; and
 * building a regex costs V8 a parse, ~1 M instructions for the Unicode classes of a case-insensitive
 * rule (a tenth of the regexps an article's run builds were rules' own, never run).
 */
export function dateRules(defs: readonly DateRuleDef[]): DateRule[] {
  return defs.map((def) => {
    let built: RegExp | undefined;
    return {
      ...def,
      pattern: def.re,
      get re(): RegExp {
        built ??= new RegExp(def.re.source, def.re.flags);
        return built;
      },
    };
  });
}

interface Found extends DateCandidate {
  order: number;
  clock?: string;
}

/** Letter-or-digit boundaries for building rule regexes (the `u` flag is required). */
export const LB = '(?<![\\p{L}\\p{N}])';
export const RB = '(?![\\p{L}\\p{N}])';

/** Is the code point that ends right before offset i a letter or a digit (what LB looks at)? */
function letterOrDigitBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]$/u.test(s.slice(Math.max(0, i - 2), i));
}

/**
 * Is the code point that ends right before offset i a letter? As `(?:^|[^\p{L}])` reads it before i
 * (with lbTester: `new RegExp('(?:^|[^\\p{L}])' + body, flags).test(s)`, with the `u` flag).
 */
export function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}$/u.test(s.slice(Math.max(0, i - 2), i));
}

/**
 * `new RegExp(LB + body, flags).test(s)`, faster on long strings: a leading lookbehind is tried at
 * every position, while the body alone lets the engine skip ahead to where it can begin; the
 * lookbehind is then checked at each hit, and a hit that fails it resumes at the next code point,
 * where the engine itself would look next. `flags` must hold `u`.
 */
export function lbTester(
  body: string,
  flags: string,
  /** The lookbehind: does the code point before offset i rule a hit at i out? (LB's by default.) */
  ruledOut: (s: string, i: number) => boolean = letterOrDigitBefore,
): (s: string) => boolean {
  const scan = new RegExp(body, `${flags.replace(/[gy]/g, '')}g`);
  return (s) => {
    scan.lastIndex = 0;
    for (let m = scan.exec(s); m !== null; m = scan.exec(s)) {
      if (!ruledOut(s, m.index)) return true;
      scan.lastIndex = m.index + codePointWidth(s, m.index);
    }
    return false;
  };
}

/** An alternation of words, longest first, regex-escaped, spaces matching any whitespace run. */
export function alt(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

function sentenceFinder(doc: Doc): (pos: number) => { start: number; end: number } {
  return (pos) =>
    spanAt(doc.sentences, pos) ?? {
      start: Math.max(0, pos - 200),
      end: Math.min(doc.text.length, pos + 200),
    };
}

/**
 * The start keys of words, for `DateRule.starts`: the leading ASCII letters, lowercase ("jum'at" →
 * "jum", "Q" → "q"); `DIGIT` for a word starting with a digit. Each argument is a word or a list.
 */
export function heads(...words: readonly (string | readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const w of words.flat()) {
    if (w === DIGIT || w === DIGIT_IN_WORD) out.add(w);
    else if (/^[0-9]/.test(w)) out.add(DIGIT);
    else {
      const m = /^[A-Za-z]+/.exec(w);
      if (!m) throw new Error(`date rule start "${w}" has no leading ASCII letter or digit`);
      out.add(m[0].toLowerCase());
    }
  }
  return [...out];
}

/**
 * The start keys of whole words, for `DateRule.starts`: as `heads`, and the key says the word's
 * letters end there: the rule is not tried at a word that goes on with another ASCII letter ("per"
 * keys "per", "per-hari", but not "persen"). Only for the start words a match always follows by
 * something else than a letter (a space, a hyphen, a dot, a boundary): "Senin" in `Senin\\s*tanggal`
 * is no whole word ("Senintanggal").
 */
export function words(...list: readonly (string | readonly string[])[]): string[] {
  return heads(...list).map((k) => (k === DIGIT || k === DIGIT_IN_WORD ? k : `${k}${WORD_END}`));
}

/**
 * Start keys of a word of three letters or more followed by whitespace and one of `next`, for
 * `DateRule.starts`: the rule is tried at `first` only where one of the next words comes after it, as
 * its first three letters (or DIGIT: a digit) say. Only for a start word that every match beginning
 * with it follows by whitespace (`\s+`) and then by one of those words ("the" in
 * `the\s+(?:week|year)`), never by anything else; each next word of three ASCII letters or more.
 */
export function phrases(first: string, ...next: readonly (string | readonly string[])[]): string[] {
  const [word] = heads(first);
  if (word === undefined || word.length < 3 || word !== first.toLowerCase())
    throw new Error(`date rule phrase start "${first}" is no word of three ASCII letters or more`);
  return heads(...next).map((k) => {
    if (k !== DIGIT && !/^[a-z]{3,}$/.test(k))
      throw new Error(`date rule phrase "${first} ${k}": the next word needs three ASCII letters or a digit`);
    return `${word}${WORD_END}${PHRASE_SPACE}${k}`;
  });
}

/** Ends a start key of `words`: the letters of the word end there. */
const WORD_END = '$';
/** In a start key of `phrases`: whitespace (one unit or more, as \s+ reads it) comes there. */
const PHRASE_SPACE = ' ';
/** by3Next's bit for a word whose 4th character is no ASCII letter (bits 0–25 are a–z). */
const NEXT_NOT_LETTER = 1 << 26;

/** Start key: a digit at the start of a word. */
export const DIGIT = '#';
/** Start key: a digit right after a letter inside a word ("a19/9/2023"), for rules without `LB`. */
export const DIGIT_IN_WORD = '#in';

/** The rules whose start keys are `phrases` of one first word. */
interface Phrase {
  /** The first word's letters after its third, lower case. */
  rest: string;
  /** The rules by the next word: its first three letters as a base-26 code, or PHRASE_DIGIT. */
  next: Map<number, number[]>;
  /** Every rule of the phrase, in order (for a word beyond ASCII, which may case-fold to a key). */
  all: number[];
}
/** Phrase.next's key for a next word that opens with a digit. */
const PHRASE_DIGIT = -1;

/** The base-26 code of the first three letters of a lower-case ASCII word. */
const code3 = (w: string): number =>
  ((w.charCodeAt(0) - 97) * 26 + (w.charCodeAt(1) - 97)) * 26 + (w.charCodeAt(2) - 97);

/** How a rule list is run: built once per list, at first use. */
interface Plan {
  /**
   * Per rule: its regex made sticky (built on first use: see stickyOf), or null to scan the whole text.
   * Undefined for a rule with `starts` whose sticky regex is not built yet.
   */
  sticky: (RegExp | null | undefined)[];
  /** Per rule with `starts`: the flags of its sticky regexes. */
  stickyFlags: string[];
  /**
   * Per rule whose regex opens with a lookbehind that only rules out some characters before the
   * match (see `openingLookbehind`): the sticky regex without it, and the ASCII code units it rules
   * out. Tried at a position after any other ASCII character (or at the start), where the lookbehind
   * holds: it is then one check the engine need not make at every try.
   */
  afterFree: ({ rest: string; sticky: RegExp | null; ruledOut: Uint8Array } | null)[];
  /**
   * The rules to try at a word that starts with one, two, or three or more ASCII letters (a–z as
   * 0–25, the first three read as a base-26 number): those with a start key that is a prefix of it.
   */
  by1: number[][];
  by2: number[][];
  by3: (number[] | undefined)[];
  /**
   * Parallel to by3: for each rule listed there, null when a start key of 3 letters or fewer lets it
   * in, else the rest (after the 3rd letter) of its longer keys, of which one must follow.
   */
  by3Rest: ((readonly string[] | null)[] | undefined)[];
  /**
   * The same rests, each asked about once per word: the distinct rests of by3Rest[code], and parallel
   * to by3[code] the rests each rule needs as bits of that list (0: none needed). Undefined where more
   * than 31 rests would not fit the bits (by3Rest is read then).
   */
  by3Keys: (readonly string[] | undefined)[];
  by3Need: (readonly number[] | undefined)[];
  /** The `phrases` whose first word opens with the three letters of code (one, or a few). */
  by3Phrase: (Phrase[] | undefined)[];
  /** by3[code] or by3Phrase[code] is not empty (a compact table: most words key no rule at all). */
  by3Used: Uint8Array;
  /**
   * When every rule of by3[code] needs a rest, the letters (bit 0 = a) that open one of the rests, and
   * NEXT_NOT_LETTER when a rest is a word end (a whole 3-letter word): a word whose 4th character is
   * another ASCII character keys none of them. 0 when some rule needs none.
   */
  by3Next: Uint32Array;
  digit: number[];
  /** Parallel to digit: the rule's `digits` test, or null. */
  digitTest: (((run: number, next: number, text: string, at: number) => boolean) | null)[];
  /** Parallel to digit: the rule's `digitsThen`, or null. */
  digitThen: (readonly string[] | null)[];
  digitIn: number[];
  /** Rules tried at a word whose first letters include ſ or K, which the `iu` flags fold to ASCII. */
  any: number[];
}

const plans = new WeakMap<readonly DateRule[], Plan>();

function planFor(rules: readonly DateRule[]): Plan {
  const known = plans.get(rules);
  if (known) return known;
  const bucket = <T>(n: number): T[][] => Array.from({ length: n }, () => []);
  const plan: Plan = {
    sticky: [],
    stickyFlags: [],
    afterFree: [],
    by1: bucket(26),
    by2: bucket(26 * 26),
    // (filled for the codes of some key only: most of the 17,576 stay empty)
    by3: new Array<number[] | undefined>(26 * 26 * 26).fill(undefined),
    by3Rest: new Array<(readonly string[] | null)[] | undefined>(26 * 26 * 26).fill(undefined),
    by3Keys: new Array<readonly string[] | undefined>(26 * 26 * 26).fill(undefined),
    by3Need: new Array<readonly number[] | undefined>(26 * 26 * 26).fill(undefined),
    by3Phrase: new Array<Phrase[] | undefined>(26 * 26 * 26).fill(undefined),
    by3Used: new Uint8Array(26 * 26 * 26),
    by3Next: new Uint32Array(26 * 26 * 26),
    digit: [],
    digitTest: [],
    digitThen: [],
    digitIn: [],
    any: [],
  };
  const put = (list: number[], i: number): void => {
    if (!list.includes(i)) list.push(i);
  };
  // by 3-letter code, by rule: null (any word with these letters) or the rests of its longer keys
  const rests = new Map<number, Map<number, string[] | null>>();
  const putPhrase = (i: number, word: string, next: string): void => {
    const code = code3(word);
    let list = plan.by3Phrase[code];
    if (!list) {
      list = [];
      plan.by3Phrase[code] = list;
    }
    let phrase = list.find((x) => x.rest === word.slice(3));
    if (!phrase) {
      phrase = { rest: word.slice(3), next: new Map(), all: [] };
      list.push(phrase);
    }
    const key = next === DIGIT ? PHRASE_DIGIT : code3(next);
    let rules = phrase.next.get(key);
    if (!rules) {
      rules = [];
      phrase.next.set(key, rules);
    }
    put(rules, i);
    put(phrase.all, i);
  };
  const putRest = (code: number, i: number, rest: string | null): void => {
    let m = rests.get(code);
    if (!m) {
      m = new Map();
      rests.set(code, m);
    }
    const known = m.get(i);
    if (known === null) return;
    if (rest === null) m.set(i, null);
    else if (known === undefined) m.set(i, [rest]);
    else if (!known.includes(rest)) known.push(rest);
  };
  rules.forEach((rule, i) => {
    if (!rule.starts) {
      plan.sticky.push(null);
      plan.stickyFlags.push('');
      plan.afterFree.push(null);
      return;
    }
    const { source, flags: allFlags } = rule.pattern ?? rule.re;
    const flags = allFlags.replace('g', '');
    const stickyFlags = `${rule.indices ? flags : flags.replace('d', '')}y`;
    // (built when first needed: most tries go to the regex without its opening lookbehind)
    plan.sticky.push(undefined);
    plan.stickyFlags.push(stickyFlags);
    const opening = openingLookbehind(source, flags);
    // (its sticky regex built when first needed, like the rule's)
    plan.afterFree.push(opening && { rest: opening.rest, sticky: null, ruledOut: opening.ruledOut });
    plan.any.push(i);
    for (const k of rule.starts) {
      if (k === DIGIT) {
        if (!plan.digit.includes(i)) {
          plan.digitTest.push(rule.digits ?? null);
          for (const w of rule.digitsThen ?? [])
            if (!/^[a-z]+\$$/.test(w))
              throw new Error(`rule ${rule.name}: digitsThen "${w}" is not from words()`);
          plan.digitThen.push(rule.digitsThen ?? null);
        }
        put(plan.digit, i);
      } else if (k === DIGIT_IN_WORD) put(plan.digitIn, i);
      else {
        const phrase = /^([a-z]{3,})\$ ([a-z]{3,}|#)$/.exec(k);
        if (phrase) {
          putPhrase(i, phrase[1]!, phrase[2]!);
          continue;
        }
        if (!/^[a-z]+\$?$/.test(k)) throw new Error(`rule ${rule.name}: bad start key "${k}"`);
        const whole = k.endsWith(WORD_END);
        const letters = whole ? k.slice(0, -1) : k;
        const [a, b, c] = [...letters.slice(0, 3)].map((ch) => ch.charCodeAt(0) - 97);
        if (whole && c === undefined) {
          // a whole word of one or two letters: the words of exactly these letters (the buckets of
          // longer words hold words that go on with a letter)
          if (b === undefined) put(plan.by1[a!]!, i);
          else put(plan.by2[a! * 26 + b]!, i);
        } else if (b === undefined) {
          // every word whose first letters extend the key
          put(plan.by1[a!]!, i);
          for (let x = 0; x < 26; x++) put(plan.by2[a! * 26 + x]!, i);
          for (let x = 0; x < 26 * 26; x++) putRest(a! * 676 + x, i, null);
        } else if (c === undefined) {
          put(plan.by2[a! * 26 + b]!, i);
          for (let x = 0; x < 26; x++) putRest((a! * 26 + b) * 26 + x, i, null);
        } else {
          // (a whole word's rest ends with WORD_END: "$" alone for a word of 3 letters)
          putRest((a! * 26 + b) * 26 + c, i, k.length > 3 ? k.slice(3) : null);
        }
      }
    }
  });
  rests.forEach((m, code) => {
    // in rule order, as the other buckets
    let next = 0;
    let always = false;
    const rules: number[] = [];
    const restsHere: (readonly string[] | null)[] = [];
    plan.by3[code] = rules;
    plan.by3Rest[code] = restsHere;
    for (const [i, rest] of [...m].sort((x, y) => x[0] - y[0])) {
      rules.push(i);
      restsHere.push(rest);
      plan.by3Used[code] = 1;
      if (rest === null) always = true;
      else
        for (const r of rest) next |= r.startsWith(WORD_END) ? NEXT_NOT_LETTER : 1 << (r.charCodeAt(0) - 97);
    }
    plan.by3Next[code] = always ? 0 : next;
    const keys = [...new Set(restsHere.flatMap((rest) => rest ?? []))];
    if (keys.length <= 31) {
      plan.by3Keys[code] = keys;
      plan.by3Need[code] = restsHere.map((rest) =>
        (rest ?? []).reduce((bits, key) => bits | (1 << keys.indexOf(key)), 0),
      );
    }
  });
  plan.by3Phrase.forEach((list, code) => {
    // a word with these letters goes on with a phrase's first word, or ends there
    if (list === undefined) return;
    const always = plan.by3Used[code] === 1 && plan.by3Next[code] === 0;
    plan.by3Used[code] = 1;
    if (always) return;
    for (const { rest } of list)
      plan.by3Next[code]! |= rest === '' ? NEXT_NOT_LETTER : 1 << (rest.charCodeAt(0) - 97);
  });
  plans.set(rules, plan);
  return plan;
}

/** The sticky regex of rule `order` without its opening lookbehind (see afterFree), built on first use. */
function freeStickyOf(plan: Plan, order: number): RegExp {
  const free = plan.afterFree[order]!;
  free.sticky ??= new RegExp(free.rest, plan.stickyFlags[order]);
  return free.sticky;
}

/** The sticky regex of rule `order` (with `starts`), built on first use. */
function stickyOf(plan: Plan, rules: readonly DateRule[], order: number): RegExp {
  let re = plan.sticky[order];
  if (!re) {
    const rule = rules[order]!;
    re = new RegExp((rule.pattern ?? rule.re).source, plan.stickyFlags[order]);
    plan.sticky[order] = re;
  }
  return re;
}

/**
 * A regex source that opens with a negative lookbehind over one character class (LB,
 * "(?<![\\p{L}\\p{N}.,:])", "(?<![\\d/.-])"): the source without it, and the ASCII code units the class
 * holds under the regex's flags (each tested with the class itself). Null for any other opening: then
 * the rule keeps its lookbehind.
 */
/** The 128 ASCII code units in order. */
const ASCII_UNITS = String.fromCharCode(...Array.from({ length: 128 }, (_, c) => c));

export function openingLookbehind(
  source: string,
  flags: string,
): { rest: string; ruledOut: Uint8Array } | null {
  if (!source.startsWith('(?<![')) return null;
  // the class ends at the first "]" not escaped ("[" inside it is a plain character without the v flag)
  let i = 5;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  if (i === 5 || source[i] !== ']' || source[i + 1] !== ')' || flags.includes('v')) return null;
  // the class matches one character: one scan of the ASCII characters marks those it holds
  const cls = new RegExp(source.slice(4, i + 1), `${flags.replace(/[gyd]/g, '')}g`);
  const ruledOut = new Uint8Array(128);
  for (const m of ASCII_UNITS.matchAll(cls)) ruledOut[m.index] = 1;
  return { rest: source.slice(i + 2), ruledOut };
}

/**
 * `text.matchAll(re)` for a global regex, faster when it opens with a negative lookbehind of one
 * character class (see openingLookbehind): V8 tries such a regex at every position of the text, while
 * the rest of it alone can skip ahead; the lookbehind is then checked, by itself, at each hit (a hit
 * where it fails is dropped and the scan resumes at the next code point, where the whole regex would
 * be tried next). Any other regex runs as it is.
 */
export function matchAllAfterLookbehind(re: RegExp): (text: string) => Iterable<RegExpExecArray> {
  const opening = openingLookbehind(re.source, re.flags);
  if (opening === null || !re.global) return (text) => text.matchAll(re);
  const rest = new RegExp(opening.rest, re.flags);
  // the next position tried: the next code point under the u (or v) flag, the next code unit without
  const step = /[uv]/.test(re.flags) ? codePointWidth : (): number => 1;
  const lookbehind = new RegExp(
    re.source.slice(0, re.source.length - opening.rest.length),
    `${re.flags.replace(/[gd]/g, '')}y`,
  );
  return function* matches(text) {
    rest.lastIndex = 0;
    for (let m = rest.exec(text); m !== null; m = rest.exec(text)) {
      const at = m.index;
      lookbehind.lastIndex = at;
      if (lookbehind.test(text)) {
        // an empty match moves on by one code point, as matchAll does
        if (m[0].length === 0) rest.lastIndex = at + step(text, at);
        yield m;
        continue;
      }
      rest.lastIndex = at + step(text, at);
    }
  };
}

/** Code units of the code point at i (2 for a surrogate pair, 1 otherwise). */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

// ASCII classes: 1 digit, 2 letter (lowercase code in LOWER), 0 anything else
const ASCII = new Uint8Array(128);
const LOWER = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) {
  ASCII[c] = 2;
  ASCII[c + 32] = 2;
  LOWER[c] = c - 65;
  LOWER[c + 32] = c - 65;
}
/** Code units taken by the letter-or-digit code point at i, or 0 when there is none. */
const wordCharAt = letterOrDigitWidth;

/**
 * The only characters beyond ASCII that the rules' `iu` regexes read as an ASCII letter (ſ as s,
 * the Kelvin sign as k): a word may open with them and still begin a match.
 */
const foldsToAscii = (c: number): boolean => c === 0x17f || c === 0x212a;
const WORD_END_UNIT = WORD_END.charCodeAt(0);

/**
 * Does one of `keys` (lowercase ASCII letters, a WORD_END last for a whole word: then no ASCII letter
 * may follow) stand at `at`, ignoring ASCII case? A character beyond ASCII may case-fold to a key's
 * letter under the `iu` flags (K, ſ): it counts as a match.
 */
function someKeyAt(text: string, at: number, keys: readonly string[]): boolean {
  for (const key of keys) if (keyAt(text, at, key)) return true;
  return false;
}

/** someKeyAt of one key. */
function keyAt(text: string, at: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 128) return true;
    if (c >= 65 && c <= 90) c += 32;
    const k = key.charCodeAt(i);
    if (k === WORD_END_UNIT ? c >= 97 && c <= 122 : c !== k) return false;
  }
  return true;
}

/**
 * Per rule with `starts`, the positions where it may match, in order: the word starts (a letter or
 * digit after none) whose key fits, and digits right after a letter for DIGIT_IN_WORD.
 */
function startPositions(plan: Plan, text: string, tokens?: readonly Token[]): number[][] {
  const out: number[][] = plan.sticky.map(() => []);
  const shapes = tokens && tokenShapes(tokens);
  if (!tokens || !shapes) {
    scanWords(plan, text, 0, text.length, out);
    return out;
  }
  // The words of the text lie inside its tokens (a run of letters and digits never spans two):
  // a plain token is one word, keyed from its first letters; other tokens are read as text.
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const shape = shapes[t]!;
    if (shape === PLAIN_DIGITS) pushDigit(plan, text, tok.start, tok.end - tok.start, out);
    else if (shape === PLAIN_LETTERS) {
      const p = tok.start;
      if (tok.end - p < 3) keyWord(plan, text, p, tok.end - p, out);
      else {
        // (keyWord's common case, inline: most words key no rule)
        const code =
          (LOWER[text.charCodeAt(p)]! * 26 + LOWER[text.charCodeAt(p + 1)]!) * 26 +
          LOWER[text.charCodeAt(p + 2)]!;
        if (plan.by3Used[code]) keyWord3(plan, text, p, code, out);
      }
    } else {
      // (a mark of one unit, ",", ".", "(", "“", holds no word)
      const c = text.charCodeAt(tok.start);
      if (tok.end - tok.start > 1 || (c < 128 ? ASCII[c] !== 0 : wordCharAt(text, tok.start) !== 0))
        scanWords(plan, text, tok.start, tok.end, out);
    }
  }
  return out;
}

/**
 * Adds the number at p (`run` ASCII digits) to the DIGIT rules whose `digits` test and `digitsThen`
 * words let it in.
 */
function pushDigit(plan: Plan, text: string, p: number, run: number, out: number[][]): void {
  const next = text.charCodeAt(p + run);
  const rules = plan.digit;
  // where the word after the number starts (-1: not read yet; -2: no whitespace after the number)
  let after = -1;
  for (let r = 0; r < rules.length; r++) {
    const test = plan.digitTest[r]!;
    if (test !== null && !test(run, next, text, p + run)) continue;
    const then = plan.digitThen[r]!;
    if (then !== null) {
      if (after === -1) after = wordAfterNumber(text, p + run);
      if (after === -2 || !someKeyAt(text, after, then)) continue;
    }
    out[rules[r]!]!.push(p);
  }
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * After a number's digits (ending at q): where the word after it starts, past a decimal part ("2,5",
 * "1.000") and whitespace; -2 when no whitespace follows. As `\d+(?:[.,]\d+)?\s+` reads it: the
 * digits and the decimal part are taken whole, or the whitespace could not follow.
 */
export function wordAfterNumber(text: string, q: number): number {
  let i = q;
  const c = text.charCodeAt(i);
  if ((c === 46 || c === 44) && isAsciiDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (isAsciiDigit(text.charCodeAt(i))) i++;
  }
  const spaces = i;
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
  return i === spaces ? -2 : i;
}

/** The code units of `chars` (for a rule's `digits` test: what may follow a number). */
export function codeUnits(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/**
 * `s.toLowerCase().replace(/\s+/g, ' ')`, for the words of a rule's match ("Tahun  Baru" → "tahun baru"):
 * the string itself when that changes nothing (most words are one, in lower case), the regex only when a
 * whitespace run is not a single space.
 */
export function lowerSingleSpaced(s: string): string {
  const l = lowerCase(s);
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (isSpaceUnit(c) && (c !== 32 || isSpaceUnit(l.charCodeAt(i + 1)))) return l.replace(/\s+/g, ' ');
  }
  return l;
}

/** Where the whitespace run from offset i ends (i itself when none starts there). */
export function afterSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpaceUnit(text.charCodeAt(j))) j++;
  return j;
}

/** Is the code unit c whitespace as a regex's \s reads it? */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function pushAll(out: number[][], rules: readonly number[], p: number): void {
  for (let r = 0; r < rules.length; r++) out[rules[r]!]!.push(p);
}

/** Adds the word at p, whose first n (1–3) characters are ASCII letters, to the rules its key lets in. */
function keyWord(plan: Plan, text: string, p: number, n: number, out: number[][]): void {
  let code = LOWER[text.charCodeAt(p)]!;
  for (let j = 1; j < n; j++) code = code * 26 + LOWER[text.charCodeAt(p + j)]!;
  if (n === 1) pushAll(out, plan.by1[code]!, p);
  else if (n === 2) pushAll(out, plan.by2[code]!, p);
  else if (plan.by3Used[code]) keyWord3(plan, text, p, code, out);
}

/** keyWord of a word of three letters or more, whose first three give `code`, a code of by3Used. */
function keyWord3(plan: Plan, text: string, p: number, code: number, out: number[][]): void {
  // every rule here needs a rest: an ASCII 4th character that opens none lets no rule in
  // (someKeyAt compares it first; beyond ASCII it lets every rule in)
  const next = plan.by3Next[code]!;
  if (next !== 0) {
    const c = text.charCodeAt(p + 3) | 0x20;
    if (c < 128 && (next & (c < 97 || c > 122 ? NEXT_NOT_LETTER : 1 << (c - 97))) === 0) return;
  }
  const phrases = plan.by3Phrase[code];
  if (phrases !== undefined) for (const phrase of phrases) keyPhrase(phrase, text, p, out);
  const rules = plan.by3[code];
  if (rules === undefined) return;
  const keys = plan.by3Keys[code];
  if (keys === undefined) {
    const rest = plan.by3Rest[code]!;
    for (let r = 0; r < rules.length; r++) {
      const any = rest[r]!;
      if (any === null || someKeyAt(text, p + 3, any)) out[rules[r]!]!.push(p);
    }
    return;
  }
  // each rest read at most once, when a rule first needs it
  const need = plan.by3Need[code]!;
  let asked = 0;
  let found = 0;
  for (let r = 0; r < rules.length; r++) {
    const bits = need[r]!;
    if (bits !== 0) {
      for (let todo = bits & ~asked; todo !== 0; todo &= todo - 1) {
        const bit = todo & -todo;
        if (keyAt(text, p + 3, keys[31 - Math.clz32(bit)]!)) found |= bit;
      }
      asked |= bits;
      if ((bits & found) === 0) continue;
    }
    out[rules[r]!]!.push(p);
  }
}

/**
 * Adds the word at p, whose first three letters are the phrase's first word's, to the phrase's rules
 * that the rest of that word, the whitespace after it and the next word let in.
 */
function keyPhrase(phrase: Phrase, text: string, p: number, out: number[][]): void {
  let j = p + 3;
  const rest = phrase.rest;
  for (let i = 0; i < rest.length; i++, j++) {
    let c = text.charCodeAt(j);
    if (c >= 128) {
      pushAll(out, phrase.all, p);
      return;
    }
    if (c >= 65 && c <= 90) c += 32;
    if (c !== rest.charCodeAt(i)) return;
  }
  // the word ends, and whitespace follows (a unit beyond ASCII that is none is no \s either)
  if (!isSpaceUnit(text.charCodeAt(j))) return;
  do j++;
  while (isSpaceUnit(text.charCodeAt(j)));
  let key = 0;
  if (isAsciiDigit(text.charCodeAt(j))) key = PHRASE_DIGIT;
  else
    for (let i = 0; i < 3; i++) {
      const c = text.charCodeAt(j + i);
      if (c >= 128) {
        pushAll(out, phrase.all, p);
        return;
      }
      const l = c | 0x20;
      // (a next word of fewer than three letters is none of the phrase's)
      if (l < 97 || l > 122) return;
      key = key * 26 + (l - 97);
    }
  const rules = phrase.next.get(key);
  if (rules !== undefined) pushAll(out, rules, p);
}

/** The word starts in [from, to) character by character (a word begun there is read to its end). */
function scanWords(plan: Plan, text: string, from: number, to: number, out: number[][]): void {
  const len = text.length;
  let i = from;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? ASCII[c0] === 0 : wordCharAt(text, i) === 0) {
      i++;
      continue;
    }
    // a word starts at p: key it by its first letters
    const p = i;
    // a word opening with any other character beyond ASCII begins no start word
    if (c0 >= 128) {
      if (foldsToAscii(c0)) pushAll(out, plan.any, p);
    } else if (ASCII[c0] === 1) {
      let q = p + 1;
      while (q < len && text.charCodeAt(q) < 128 && ASCII[text.charCodeAt(q)] === 1) q++;
      pushDigit(plan, text, p, q - p, out);
    } else {
      let n = 1;
      let folded = false;
      for (let j = p + 1; n < 3 && j < len; j++) {
        const c = text.charCodeAt(j);
        if (c >= 128) {
          folded = foldsToAscii(c);
          break;
        }
        if (ASCII[c] !== 2) break;
        n++;
      }
      if (folded) pushAll(out, plan.any, p);
      else keyWord(plan, text, p, n, out);
    }
    // to the end of the word, noting digits that follow a letter
    let prevDigit = false;
    while (i < len) {
      const c = text.charCodeAt(i);
      let digit = false;
      if (c < 128) {
        const k = ASCII[c]!;
        if (k === 0) break;
        digit = k === 1;
        i++;
      } else {
        const n = wordCharAt(text, i);
        if (n === 0) break;
        i += n;
      }
      if (digit && !prevDigit && i - 1 > p) pushAll(out, plan.digitIn, i - 1);
      prevDigit = digit;
    }
  }
}

/**
 * Every rule's matches, rule by rule, each in text order: the same matches as `text.matchAll(re)`
 * (the leftmost match from where the last one ended), found by trying the sticky regex only at the
 * positions where a match can start.
 */
export function forEachRuleMatch(
  rules: readonly DateRule[],
  text: string,
  visit: (m: RegExpExecArray, order: number) => void,
  /** The text's tokens from `tokenize`, when at hand: finding the word starts is then cheaper. */
  tokens?: readonly Token[],
): void {
  const plan = planFor(rules);
  const starts = startPositions(plan, text, tokens);
  for (let order = 0; order < rules.length; order++) {
    const sticky = plan.sticky[order];
    const anchored = sticky !== null;
    // where a rule may start at nearly every word ("2024 2024 …"), one scan is cheaper than many
    // anchored tries; both find the same matches
    if (!anchored || (text.length > DENSE_MIN && starts[order]!.length > text.length / DENSE)) {
      const re = rules[order]!.re;
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) visit(m, order);
      continue;
    }
    const free = plan.afterFree[order] ?? null;
    let from = 0;
    for (const p of starts[order]!) {
      if (p < from) continue;
      const before = p === 0 ? 0 : text.charCodeAt(p - 1);
      const re =
        free !== null && before < 128 && free.ruledOut[before] === 0
          ? freeStickyOf(plan, order)
          : (sticky ?? stickyOf(plan, rules, order));
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      visit(m, order);
      from = m[0].length === 0 ? p + 1 : p + m[0].length;
    }
  }
}

/**
 * In a text longer than DENSE_MIN, a rule with more start positions than one per DENSE code units
 * scans the whole text instead (short texts are always matched anchored).
 */
const DENSE = 8;
const DENSE_MIN = 10_000;

/** First index in the sorted `at` that is >= pos. */
function lowerBound(at: readonly number[], pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lineBreaks(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) at.push(i);
  return at;
}

/** Runs the rules and returns the candidates, longest match first where matches overlap. */
export function runDateRules(rules: readonly DateRule[], doc: Doc, ctx: Context): DateCandidate[] {
  const env: DateEnv = {
    text: doc.text,
    doc,
    ref: parseIsoDate(ctx.referenceDate),
    refInferred: ctx.referenceInferred === true,
    sentenceAt: sentenceFinder(doc),
  };
  const found: Found[] = [];
  const breaks = lineBreaks(doc.text);
  forEachRuleMatch(
    rules,
    doc.text,
    (m, order) => {
      if (m[0].length === 0) return;
      const rule = rules[order]!;
      const made = rule.make(m, env);
      if (!made) return;
      for (const h of Array.isArray(made) ? made : [made]) {
        const start = h.start ?? m.index;
        const end = h.end ?? m.index + m[0].length;
        if (end <= start) continue;
        // an expression never runs across a line break (a headline and the dateline under it)
        const b = lowerBound(breaks, start);
        if (b < breaks.length && breaks[b]! < end) continue;
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
    },
    doc.tokens,
  );
  // longest first, then the earlier rule, then the earlier position (as a rank: a native sort)
  const n = rules.length;
  const kept = keepNonOverlapping(
    found,
    (a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start,
    (x, maxEnd) => ((maxEnd - (x.end - x.start)) * n + x.order) * (maxEnd + 1) + x.start,
  );
  anchorClocks(kept, env, dayKindsOf(rules));
  // the candidates without the engine's own fields (written out: an object rest is slow), in a list grown
  // by a loop (a mapped one is holey in optimized code and deoptimizes its readers)
  const out: DateCandidate[] = [];
  for (const c of resolveAnaphors(kept, doc.text))
    out.push({ start: c.start, end: c.end, type: c.type, value: c.value, explain: c.explain });
  return out;
}

// rules whose day a clock next to them belongs to
const DAY_RULE =
  /\.(?:date|time)\.(?:weekday-numeric|day-month-year|numeric|month-day|day-month|weekday|relative-day)$/;

/** Is the code unit at i of s an ASCII digit? */
const digitAt = (s: string, i: number): boolean => isAsciiDigit(s.charCodeAt(i));

/**
 * How much of a dated value /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)/ reads: 10 for a day
 * ("2024-05-01", "2024-05-01T10:00"), 7 for a month, 4 for a year, 0 for none (read by hand: no match
 * array made). Each shorter reading is followed by a "-", which the lookahead refuses: only the
 * longest counts.
 */
function datedLength(v: string): number {
  if (!(digitAt(v, 0) && digitAt(v, 1) && digitAt(v, 2) && digitAt(v, 3))) return 0;
  let n = 4;
  if (v.charCodeAt(4) === 45 && digitAt(v, 5) && digitAt(v, 6)) {
    n = 7;
    if (v.charCodeAt(7) === 45 && digitAt(v, 8) && digitAt(v, 9)) n = 10;
  }
  return n === v.length || v.charCodeAt(n) === 84 ? n : 0;
}

/** The day a candidate names (a date, or the day of a time: /^\d{4}-\d{2}-\d{2}(?=$|T)/), or null. */
function dayOf(c: Found): string | null {
  return c.value && datedLength(c.value) === 10 ? c.value.slice(0, 10) : null;
}
// an English weekday ("early Friday") that a later bare clock time of the story belongs to
const WIRE_WEEKDAY = /^en\.date\.weekday$/;
// rules that name a day outright, not relative to the reference date
const EXPLICIT = /\.(?:date|time)\.(?:weekday-numeric|day-month-year|numeric|month-day|day-month)$/;

/** dayKindsOf's bits: a rule EXPLICIT names, WIRE_WEEKDAY names, DAY_RULE names. */
const EXPLICIT_DAY = 1;
const WIRE_DAY = 2;
const CLOCK_DAY = 4;
const dayKinds = new WeakMap<readonly DateRule[], Uint8Array>();

/** Per rule (by order), what its name says of the day it names (the bits above), read once per list. */
function dayKindsOf(rules: readonly DateRule[]): Uint8Array {
  let kinds = dayKinds.get(rules);
  if (!kinds) {
    kinds = Uint8Array.from(
      rules,
      ({ name }) =>
        (EXPLICIT.test(name) ? EXPLICIT_DAY : 0) |
        (WIRE_WEEKDAY.test(name) ? WIRE_DAY : 0) |
        (DAY_RULE.test(name) ? CLOCK_DAY : 0),
    );
    dayKinds.set(rules, kinds);
  }
  return kinds;
}

/**
 * A clock time without its own day ("pukul 10.00 WIB") belongs to the day named next to it in the
 * same sentence — the closest explicit date — or else to the reference date.
 */
function anchorClocks(found: Found[], env: DateEnv, kinds: Uint8Array): void {
  let lastExplicit: string | null = null;
  let lastAt = 0;
  found.forEach((f, i) => {
    if (!f.clock) {
      // the last day named before: explicitly ("Dec. 5"), or in English wire copy by its weekday ("early
      // Friday"; Indonesian copy dates its weekdays, "Jumat (6/6/2025)", and a bare "pukul 10.00" is today)
      if ((kinds[f.order]! & (EXPLICIT_DAY | WIRE_DAY)) !== 0) {
        const day = dayOf(f);
        // "… dirawat hingga Selasa (12/11) pagi", "through Friday": a day something lasts until is no
        // day the story's later clock times happen on
        if (day && !UNTIL_BEFORE.test(env.text.slice(Math.max(0, f.start - 12), f.start))) {
          lastExplicit = day;
          lastAt = f.end;
        }
      }
      return;
    }
    // a day named many paragraphs back ("… dijadwalkan pada 31 Mei") no longer frames the story
    if (f.start - lastAt > EXPLICIT_REACH) lastExplicit = null;
    const sent = env.sentenceAt(f.start);
    let best: Found | null = null;
    let bestDist = Infinity;
    // the neighbours in the same sentence, a bounded number each way
    for (let j = i - 1; j >= 0 && j >= i - NEIGHBOURS; j--) {
      const g = found[j]!;
      if (g.end <= sent.start) break;
      if (!anchors(g, kinds)) continue;
      best = g;
      bestDist = f.start - g.end;
      break;
    }
    for (let j = i + 1; j < found.length && j <= i + NEIGHBOURS; j++) {
      const g = found[j]!;
      if (g.start >= sent.end) break;
      if (!anchors(g, kinds)) continue;
      if (g.start - f.end < bestDist) best = g;
      break;
    }
    // no day in the sentence: the last explicit day named before it
    const day = (best && dayOf(best)) ?? lastExplicit ?? (env.ref ? fmtDate(env.ref) : null);
    f.value = day ? fmtTime(day, f.clock) : null;
  });
}

const NEIGHBOURS = 8;
/** "hingga", "sampai", "until", "through" right before a day: the end of a span. */
const UNTIL_BEFORE = /(?:^|[^\p{L}])(?:hingga|sampai|until|through|till)\s+$/iu;
/** How far (in characters) the last explicit day keeps anchoring bare clock times after it. */
const EXPLICIT_REACH = 700;

function anchors(g: Found, kinds: Uint8Array): boolean {
  return !g.clock && dayOf(g) !== null && (kinds[g.order]! & CLOCK_DAY) !== 0;
}

/** A rule's value for "the same day", "that year", "bulan tersebut": the period of the last date named. */
export function anaphor(
  unit: 'day' | 'week' | 'month' | 'year' | 'quarter' | 'weekday-before' | 'weekday-after',
  offset = 0,
  fallback: string | null = null,
  keep = false,
): string {
  // (keep: with nothing to refer to and no fallback, the expression stays, without a value)
  return `${ANAPHOR}${unit}:${offset}:${fallback ?? ''}${keep ? ':keep' : ''}`;
}

const ANAPHOR = 'ANAPHOR:';

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/** A day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) moved by n of its own unit. */
function shifted(v: string | null, n: number): string | null {
  if (!v || n === 0) return v;
  const q = QUARTER_VALUE.exec(v);
  if (q) {
    const k = Number(q[1]) * 4 + Number(q[2]) - 1 + n;
    return `${String(Math.floor(k / 4)).padStart(4, '0')}-Q${(k % 4) + 1}`;
  }
  const [y, m, d] = v.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) return fmtDate(addDays({ y, m, d }, n));
  if (m !== undefined) {
    const x = addMonths({ y, m, d: 1 }, n);
    return `${String(x.y).padStart(4, '0')}-${String(x.m).padStart(2, '0')}`;
  }
  return String(y + n).padStart(4, '0');
}

/**
 * A date named as the baseline of a comparison: "turun 17% dibandingkan 41.324 unit pada Mei tahun lalu",
 * "up 4% compared with a year earlier". An anaphor after it ("bulan tersebut") points past it, to the period
 * the sentence is about.
 */
const COMPARED_BEFORE =
  /(?:dibandingkan|dibanding|ketimbang|compared\s+(?:with|to))\b(?:[^.!?;]|[.,](?=\d)){0,48}$/iu;

/** Values anaphors by the last date named before them; drops those with nothing to refer to. */
function resolveAnaphors(found: Found[], text: string): Found[] {
  const out: Found[] = [];
  let day: string | null = null;
  let month: string | null = null;
  let year: string | null = null;
  let quarter: string | null = null;
  for (const f of found) {
    const v = f.value ?? '';
    if (v.startsWith(ANAPHOR)) {
      const [unit, off, fallback, keep] = v.slice(ANAPHOR.length).split(':');
      // ("sepekan sebelumnya" after "Senin (8/1/2024)": the week of the day named, moved by whole weeks)
      const base =
        unit === 'day' || unit === 'week' || unit === 'weekday-before' || unit === 'weekday-after'
          ? day
          : unit === 'month'
            ? month
            : unit === 'quarter'
              ? quarter
              : year;
      f.value = !base
        ? fallback || null
        : unit === 'week'
          ? fmtWeek(parseIsoDate(shifted(base, 7 * Number(off)))!)
          : unit === 'weekday-before' || unit === 'weekday-after'
            ? // ("the following Friday" of a day named: the weekday strictly after it, or before it)
              fmtDate(
                resolveWeekday(
                  parseIsoDate(base)!,
                  Number(off),
                  unit === 'weekday-after' ? 'strict-future' : 'strict-past',
                ),
              )
            : shifted(base, Number(off));
      if (f.value || keep) out.push(f);
      continue;
    }
    out.push(f);
    if (v === '') continue;
    // (a value that is neither a quarter nor dated sets nothing: no need to read what comes before it)
    const quarterValue = v.length === 7 && QUARTER_VALUE.test(v);
    const dated = datedLength(v);
    if (
      (!quarterValue && dated === 0) ||
      COMPARED_BEFORE.test(text.slice(Math.max(0, f.start - 64), f.start))
    )
      continue;
    // "kuartal II-2024 … kuartal sebelumnya": the quarter before the one named
    if (quarterValue) quarter = v;
    if (dated === 0) continue;
    year = v.slice(0, 4);
    if (dated >= 7) month = v.slice(0, 7);
    if (dated === 10) day = v.slice(0, 10);
  }
  return out;
}

/** Numbers written as digits, with a decimal comma or point: "5,5" → 5.5. */
export function parseDecimal(s: string): number {
  return Number(s.replace(',', '.'));
}
