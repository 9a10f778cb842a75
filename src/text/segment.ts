// Segmentation shared by every language: tokens, sentences and paragraphs, all as offsets
// into the original text. Linear time: each regex below is a single pass without nested
// quantifiers over the same characters.

import { type Dateline, datelineAt } from './dateline.js';
import { lowerCase } from './fold.js';

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
}

/**
 * A token with the slots the Indonesian entity rules fill in place (see `toks` in
 * locales/id/entities.ts): `tokenize` makes every token with them when asked (`slots`), so that
 * filling them neither allocates a second record per token nor changes the token's hidden class. (A
 * second record each was a fifth of the time on a megabyte of quotation marks, a million tokens:
 * allocation and collection.) Other readers see a Token; languages whose rules fill no slots are not
 * asked for them (twice the memory per token).
 */
export interface WordToken extends Token {
  /** Lower case. */
  lower: string;
  /** Lower case without a trailing dot ("dr." → "dr"). */
  key: string;
  cap: boolean;
  caps: boolean;
  /** First word of a sentence, a headline, a quote or a dateline's body. */
  initial: boolean;
  /** Lexicon classes of `key` asked so far, 0 when none was asked. */
  cls: number;
}

/** SlotToken's bits for cap, caps and initial. */
const CAP = 1;
const CAPS = 2;
const INITIAL = 4;

/**
 * The record `tokenize` makes for a WordToken: seven slots, cap, caps and initial kept as bits of one
 * small integer behind accessors. On a megabyte of hostile text (half a million tokens) the record's
 * size is most of the tokenizer's time and much of the collector's: two slots fewer (80 bytes a
 * token, not 96) took about 5 % off the main thread's time on such a document. Optimized code inlines
 * the accessors (one load and a mask).
 */
export class SlotToken implements WordToken {
  // (declared only: set in the constructor in this order, so that no field is first made undefined)
  declare start: number;
  declare end: number;
  declare text: string;
  declare lower: string;
  declare key: string;
  /** CAP, CAPS and INITIAL. */
  declare private flags: number;
  declare cls: number;

  constructor(start: number, end: number, text: string) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = '';
    this.key = '';
    this.flags = 0;
    this.cls = 0;
  }

  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }
  set cap(yes: boolean) {
    this.flags = yes ? this.flags | CAP : this.flags & ~CAP;
  }
  get caps(): boolean {
    return (this.flags & CAPS) !== 0;
  }
  set caps(yes: boolean) {
    this.flags = yes ? this.flags | CAPS : this.flags & ~CAPS;
  }
  get initial(): boolean {
    return (this.flags & INITIAL) !== 0;
  }
  set initial(yes: boolean) {
    this.flags = yes ? this.flags | INITIAL : this.flags & ~INITIAL;
  }
}

export interface Segments {
  tokens: Token[];
  sentences: Span[];
  paragraphs: Span[];
}

// A word (letters, marks, digits, inner apostrophes, hyphens and dots as in "Ho-jin", "Jum'at", "U.S."),
// a number with separators ("19/9/2023", "10.00", "1,5"), or any other single non-space character.
// `tokenize` is a hand-written scanner for exactly this pattern (a regex match per token allocates
// a match array; tokenizing is on every document's path):
//   /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.-](?=[\p{L}\p{N}])|(?<=\p{N})[/:,](?=\p{N}))*|\S/gu

// Character classes (bits): letter or digit, digit (\p{N}), whitespace (\s), joiner inside a word
// (' ’ . -), separator inside a number (/ : ,), letter, mark or digit. KNOWN marks a filled entry.
const LN = 1;
const DIGIT = 2;
const SPACE = 4;
const JOINER = 8;
const NUMBER_SEP = 16;
const LMN = 32;
const KNOWN = 128;

const U_LN = /^[\p{L}\p{N}]$/u;
const U_LMN = /^[\p{L}\p{M}\p{N}]$/u;
const U_N = /^\p{N}$/u;
const U_SPACE = /^\s$/u;

function unicodeClass(ch: string): number {
  return (
    KNOWN |
    (U_LN.test(ch) ? LN : 0) |
    (U_N.test(ch) ? DIGIT : 0) |
    (U_LMN.test(ch) ? LMN : 0) |
    (U_SPACE.test(ch) ? SPACE : 0)
  );
}

/** Classes of the UTF-16 code units, each filled in on first sight (a lone surrogate has none). */
const UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) UNIT[c] = unicodeClass(String.fromCharCode(c));
for (const c of "'.-’") UNIT[c.charCodeAt(0)]! |= JOINER;
for (const c of '/:,') UNIT[c.charCodeAt(0)]! |= NUMBER_SEP;
/** Classes of the code points beyond the BMP met so far. */
const ASTRAL = new Map<number, number>();

/** The classes of the code unit c read on its own. */
function unitClass(c: number): number {
  let k = UNIT[c]!;
  if (k === 0) {
    k = unicodeClass(String.fromCharCode(c));
    UNIT[c] = k;
  }
  return k;
}

/** The classes of the code point at i (a surrogate pair read as one). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = ASTRAL.get(cp);
      if (k === undefined) {
        k = unicodeClass(text.slice(i, i + 2));
        ASTRAL.set(cp, k);
      }
      return k;
    }
  }
  return unitClass(c);
}

/** Code units of the code point at i (2 for a surrogate pair). */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Code units taken by the letter or digit (\p{L}, \p{N}) at i, or 0 when there is none. */
export function letterOrDigitWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return UNIT[c]! & LN;
  return classAt(text, i) & LN ? width(text, i) : 0;
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  return i < text.length && (classAt(text, i) & LN) !== 0;
}

function isDigitAt(text: string, i: number): boolean {
  return i < text.length && (classAt(text, i) & DIGIT) !== 0;
}

/** Is the code point ending right before `i` a digit? */
function digitBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  const start = c >= 0xdc00 && c <= 0xdfff && i >= 2 && width(text, i - 2) === 2 ? i - 2 : i - 1;
  return (classAt(text, start) & DIGIT) !== 0;
}

/** A token of ASCII letters only ("Jakarta"), or of ASCII digits only ("2024"); see `tokenShapes`. */
export const PLAIN_LETTERS = 1;
export const PLAIN_DIGITS = 2;

/** PLAIN_* bits of the word `wordEnd` read last. */
let wordShape = 0;

/** Per ASCII code unit, its shape inside a word: PLAIN_LETTERS a letter, PLAIN_DIGITS a digit, 0 any other. */
const ASCII_SHAPE = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  if (UNIT[c]! & LMN) ASCII_SHAPE[c] = UNIT[c]! & DIGIT ? PLAIN_DIGITS : PLAIN_LETTERS;

/** End of the word that starts with a letter or digit at `i`; sets `wordShape`. */
function wordEnd(text: string, i: number): number {
  const len = text.length;
  const c0 = text.charCodeAt(i);
  let shape = c0 >= 128 ? 0 : UNIT[c0]! & DIGIT ? PLAIN_DIGITS : PLAIN_LETTERS;
  let j = i + width(text, i);
  // its run of ASCII letters and digits first (most words are nothing else), then as the pattern reads it
  for (; j < len; j++) {
    const c = text.charCodeAt(j);
    const plain = c < 128 ? ASCII_SHAPE[c]! : 0;
    if (plain === 0) break;
    shape &= plain;
  }
  while (j < len) {
    const c = text.charCodeAt(j);
    const k = c < 128 ? UNIT[c]! : classAt(text, j);
    if (k & LMN) {
      if (c < 128) {
        shape &= k & DIGIT ? PLAIN_DIGITS : PLAIN_LETTERS;
        j++;
      } else {
        shape = 0;
        j += width(text, j);
      }
    } else if (k & JOINER && isLetterOrDigitAt(text, j + 1)) {
      shape = 0;
      j++;
    } else if (k & NUMBER_SEP && digitBefore(text, j) && isDigitAt(text, j + 1)) {
      shape = 0;
      j++;
    } else break;
  }
  wordShape = shape;
  return j;
}

// The shapes of the token list `tokenize` made last. One slot, not a WeakMap keyed by every list
// made: a WeakMap entry per document is an ephemeron the garbage collector pays for, and the shapes
// are read while the document's own list is the last one made.
let shapesOf: readonly Token[] | null = null;
let shapesKept: Uint8Array | undefined;

/**
 * For the tokens `tokenize` made last, the PLAIN_* shape of each (0 for any other token): lets a
 * scanner skip reading the characters of plain words. Undefined for any other token list (a reader
 * then reads the characters).
 */
export function tokenShapes(tokens: readonly Token[]): Uint8Array | undefined {
  return tokens === shapesOf ? shapesKept : undefined;
}

/**
 * The one-unit strings, each made once: V8 keeps a string per Latin-1 unit but slices a new one for
 * every other ("“", "’", "—", a CJK letter), and a text of marks makes one per token.
 */
const UNIT_TEXT: string[] = new Array<string>(0x10000).fill('');

function unitText(c: number): string {
  let s = UNIT_TEXT[c]!;
  if (s === '') {
    s = String.fromCharCode(c);
    UNIT_TEXT[c] = s;
  }
  return s;
}

export function tokenize(text: string, from = 0, to = text.length, slots = false): Token[] {
  const out: Token[] = [];
  const len = text.length;
  // one slot per code unit is room for every token (each takes one at least): no growing, no copy
  const shapes = new Uint8Array(Math.max(0, Math.min(len, to) - from));
  let i = from;
  while (i < len && i < to) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? UNIT[c]! : classAt(text, i);
    if (k & SPACE) {
      i++;
      continue;
    }
    let end: number;
    if (k & LN) {
      end = wordEnd(text, i);
      shapes[out.length] = wordShape;
    } else end = i + (c < 128 ? 1 : width(text, i));
    const t = end === i + 1 ? unitText(c) : text.slice(i, end);
    // a WordToken's slots (one hidden class with the records toks makes)
    if (slots) out.push(new SlotToken(i, end, t));
    else out.push({ start: i, end, text: t });
    i = end;
  }
  shapesOf = out;
  shapesKept = shapes;
  return out;
}

const PARAGRAPH_BREAK = /\r?\n|\r/g;

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  if (text.indexOf('\r') === -1) {
    // (the common case: the breaks are the "\n"s, found by indexOf)
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
      pushTrimmed(text, start, at, out);
      start = at + 1;
    }
    pushTrimmed(text, start, text.length, out);
    return out;
  }
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s) out.push({ start: s, end: e });
}

// Abbreviations after which a full stop does not end a sentence (both languages).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'h',
  'hj',
  'ir',
  'drs',
  'drg',
  'dra',
  'kh',
  'pt',
  'tbk',
  'jl',
  'jln',
  'kab',
  'kec',
  'kel',
  'bpk',
  'sdr',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'dll',
  'dsb',
  'dkk',
  'tsb',
  'yth',
]);

/** Is the code unit at i whitespace (\s)? */
function isSpaceAt(text: string, i: number): boolean {
  return (unitClass(text.charCodeAt(i)) & SPACE) !== 0;
}

// Characters read one code unit at a time by the sentence splitter.
const RUN_ON = /[.!?"”’'»)\]]/u;
const OPENS_SENTENCE = /[\p{Lu}\p{N}"“‘'«([]/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const UPPER = /\p{Lu}/u;

/** The answers of a one-character test for the ASCII code units, computed once from the regex. */
function asciiTable(re: RegExp): Uint8Array {
  const out = new Uint8Array(128);
  for (let c = 0; c < 128; c++) out[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return out;
}
const RUN_ON_ASCII = asciiTable(RUN_ON);
const OPENS_SENTENCE_ASCII = asciiTable(OPENS_SENTENCE);
const LETTER_OR_DOT_ASCII = asciiTable(LETTER_OR_DOT);
/** `re.test(text[i])`, by table for ASCII (the common case), by the regex beyond. */
function unitTest(text: string, i: number, ascii: Uint8Array, re: RegExp): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ascii[c] === 1 : re.test(text[i]!);
}

/**
 * Sentences inside each paragraph: a break after . ! ? (and closing quotes or brackets that follow)
 * when whitespace and an uppercase letter, digit or opening quote come next. Abbreviations and
 * single initials ("A. Yani") do not end a sentence.
 */
export function sentences(text: string, paras: Span[] = paragraphs(text)): Span[] {
  const out: Span[] = [];
  const next = punctuationFinder(text);
  for (const p of paras) {
    let start = p.start;
    // the paragraph's dateline, read at its first full stop near the start
    let dateline: Dateline | null | undefined;
    for (let i = next(p.start); i < p.end; i = next(i + 1)) {
      const ch = text.charCodeAt(i);
      let j = i + 1;
      while (j < p.end && unitTest(text, j, RUN_ON_ASCII, RUN_ON)) j++;
      // a punctuation run ends the same way whichever of its characters we start from: skip it
      if (j >= p.end || !isSpaceAt(text, j)) {
        i = j - 1;
        continue;
      }
      let k = j;
      while (k < p.end && isSpaceAt(text, k)) k++;
      if (k >= p.end || !unitTest(text, k, OPENS_SENTENCE_ASCII, OPENS_SENTENCE)) {
        i = k - 1;
        continue;
      }
      if (ch === 46 && endsWithAbbreviation(text, start, i, isDigitAt(text, k))) continue;
      // "WOODSIDE, Calif. (AP) — …": a full stop inside the paragraph's dateline ends no sentence
      if (i - p.start < 160) {
        if (dateline === undefined) dateline = datelineAt(text, p.start);
        if (dateline !== null && k < dateline.end) continue;
      }
      out.push({ start, end: j });
      start = k;
      i = k - 1;
    }
    if (p.end > start) out.push({ start, end: p.end });
  }
  return out;
}

/** A function giving the first offset >= from of a . ! or ? (text.length when none): three indexOf cursors. */
function punctuationFinder(text: string): (from: number) => number {
  const len = text.length;
  const at = [-1, -1, -1];
  const marks = ['.', '!', '?'];
  return (from) => {
    let best = len;
    for (let m = 0; m < 3; m++) {
      let a = at[m]!;
      if (a !== len && a < from) {
        a = text.indexOf(marks[m]!, from);
        if (a < 0) a = len;
        at[m] = a;
      }
      if (a < best) best = a;
    }
    return best;
  };
}

// Abbreviations of a number ("No. 3", "Jl. Sudirman No. 5"): one only before a digit, so "the
// minister said no. He …" ends its sentence.
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

/** Two to four capitals joined by dots (the last dot is the one tested). */
const INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function endsWithAbbreviation(text: string, from: number, dot: number, digitNext: boolean): boolean {
  let s = dot;
  // a word longer than every abbreviation is none: stop there, so runs of dots stay linear
  while (
    s > from &&
    dot - s <= LONGEST_ABBREVIATION &&
    unitTest(text, s - 1, LETTER_OR_DOT_ASCII, LETTER_OR_DOT)
  )
    s--;
  const word = text.slice(s, dot);
  if (word.length === 1 && UPPER.test(word)) return true; // an initial
  // initials run together ("A.P. Moller-Maersk", "J.K. Rowling"), not a capital's short form that often ends a
  // sentence ("Washington, D.C.")
  if (INITIALS.test(word) && word !== 'D.C') return true;
  // (a word longer than every abbreviation, most words a sentence ends with, is not lower-cased to be looked up)
  if (word.length > LONGEST_ABBREVIATION) return false;
  const lower = lowerCase(word);
  return ABBREVIATIONS.has(lower) || (digitNext && NUMBER_ABBREVIATIONS.has(lower));
}

/** The tokens, sentences and paragraphs of `text`; with `slots`, tokens with a WordToken's slots. */
export function segment(text: string, slots = false): Segments {
  const paras = paragraphs(text);
  return {
    tokens: tokenize(text, 0, text.length, slots),
    sentences: sentences(text, paras),
    paragraphs: paras,
  };
}
