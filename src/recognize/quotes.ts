// Quotation marks and attribution shared by every language.
// Pairing: two left-to-right passes (double marks, then single marks outside double quotes); each
// mark is looked at once and decided from its neighbours (is it left- or right-flanking, like a
// Markdown delimiter) and from the quote still open. Linear time, whatever the balance of the marks.
// Attribution: the locales say what they found next to each quote; `attribute` resolves speakers
// in text order. `TokenView` gives the locales offsets, tokens and sentences to look at.
import type { SpeakerPhrase, SpeakerResolver } from '../resolve/speakers.js';
import { lowerCase } from '../text/fold.js';
import type { Span, Token } from '../text/segment.js';
import { spanAt } from '../text/spans.js';
import type { Speaker } from '../types.js';
import type { Doc, QuoteCandidate } from './types.js';

/** A stretch of text between quotation marks, marks included. */
export interface MarkedQuote extends Span {
  /** The content between the marks (without them). */
  innerStart: number;
  innerEnd: number;
  /** Did a closing mark end it (false: it ran to the end of its paragraph or to a new opening mark)? */
  closed: boolean;
  /** Double marks (“ ” " „ « ») or single marks (‘ ’ ' ‚ ‹ ›). */
  style: 'double' | 'single';
  /** Paragraphs it spans: more than one when a paragraph ended open and the next one reopened. */
  paragraphs: number;
}

type Family = 'double' | 'single';

interface MarkInfo {
  family: Family;
  /** May open a quote when left-flanking. */
  opens: boolean;
  /** May close a quote when right-flanking. */
  closes: boolean;
}

const MARKS: ReadonlyMap<string, MarkInfo> = new Map([
  ['“', { family: 'double', opens: true, closes: false }],
  ['”', { family: 'double', opens: true, closes: true }],
  ['"', { family: 'double', opens: true, closes: true }],
  ['„', { family: 'double', opens: true, closes: false }],
  ['«', { family: 'double', opens: true, closes: true }],
  ['»', { family: 'double', opens: true, closes: true }],
  ['‘', { family: 'single', opens: true, closes: false }],
  ['’', { family: 'single', opens: true, closes: true }],
  ["'", { family: 'single', opens: true, closes: true }],
  ['‚', { family: 'single', opens: true, closes: false }],
  ['‹', { family: 'single', opens: true, closes: true }],
  ['›', { family: 'single', opens: true, closes: true }],
]);

const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// What may stand right before an opening mark besides whitespace: brackets, dashes, a colon...
const BEFORE_OPEN = /[([{\u2014\u2013\-/:—–]/u;
// What may stand right after a closing mark besides whitespace.
const AFTER_CLOSE = /[)\]}.,;:!?\u2014\u2013\-/…]/u;

// The classes above, per code unit, worked out with the expressions on first sight of a unit
// (the pairing loops look at every mark and its neighbours: no expression runs per character).
const KNOWN = 1;
const IS_SPACE = 2;
const IS_LETTER_OR_DIGIT = 4;
const IS_BEFORE_OPEN = 8;
const IS_AFTER_CLOSE = 16;
const IS_MARK = 32;
const CLASS = new Uint8Array(0x10000);

/** The class bits of the code unit `c` (NaN, past either end of the text: none). */
function classOf(c: number): number {
  if (Number.isNaN(c)) return 0;
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN;
    if (SPACE.test(ch)) k |= IS_SPACE;
    if (LETTER_OR_DIGIT.test(ch)) k |= IS_LETTER_OR_DIGIT;
    if (BEFORE_OPEN.test(ch)) k |= IS_BEFORE_OPEN;
    if (AFTER_CLOSE.test(ch)) k |= IS_AFTER_CLOSE;
    if (MARKS.has(ch)) k |= IS_MARK;
    CLASS[c] = k;
  }
  return k;
}

/** The mark of each code unit that is one. */
const MARK_AT: (MarkInfo | undefined)[] = [];
const MARK_TEXT: string[] = [];
for (const [ch, info] of MARKS) {
  MARK_AT[ch.charCodeAt(0)] = info;
  MARK_TEXT[ch.charCodeAt(0)] = ch;
}

const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '
const BACKTICK = 0x60; // `
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LEFT_SINGLE_GUILLEMET = 0x2039; // ‹
const RIGHT_SINGLE_GUILLEMET = 0x203a; // ›

// Where the pairing loops stop: every double mark and the apostrophes and backticks that may
// open a doubled mark (''), and every single mark.
const STOP_DOUBLE = new Uint8Array(0x10000);
const STOP_SINGLE = new Uint8Array(0x10000);
for (const c of '"“”„«»\'`') STOP_DOUBLE[c.charCodeAt(0)] = 1;
for (const c of "'‘’‚‹›") STOP_SINGLE[c.charCodeAt(0)] = 1;

/**
 * The first offset at or after `from` and before `end` whose unit `stop` marks (`end` when none; `from`
 * when it is past `end`). Bounded by the paragraph read: a scan to the text's end would cross every later
 * paragraph without a mark again and again.
 */
function nextStop(text: string, stop: Uint8Array, from: number, end: number): number {
  const len = Math.min(end, text.length);
  let i = from;
  while (i < len && stop[text.charCodeAt(i)] === 0) i++;
  return i;
}

/**
 * Left-flanking: something follows and it is not a space, and before it comes the start of the
 * paragraph, a space, a bracket or dash, or another quotation mark.
 */
function leftFlanking(text: string, i: number, pStart: number, pEnd: number): boolean {
  // Guillemets are spaced inside in French: « oui ».
  const c = text.charCodeAt(i);
  if (c === LEFT_GUILLEMET || c === LEFT_SINGLE_GUILLEMET)
    return i === pStart || (classOf(text.charCodeAt(i - 1)) & IS_LETTER_OR_DIGIT) === 0;
  if (i + 1 >= pEnd || classOf(text.charCodeAt(i + 1)) & IS_SPACE) return false;
  if (i === pStart) return true;
  return (classOf(text.charCodeAt(i - 1)) & (IS_SPACE | IS_BEFORE_OPEN | IS_MARK)) !== 0;
}

/** Right-flanking: a non-space before it, and after it the end, a space, punctuation or a mark. */
function rightFlanking(text: string, i: number, pStart: number, pEnd: number): boolean {
  if (i === pStart) return false;
  const c = text.charCodeAt(i);
  if (c === RIGHT_GUILLEMET || c === RIGHT_SINGLE_GUILLEMET)
    return i + 1 >= pEnd || (classOf(text.charCodeAt(i + 1)) & IS_LETTER_OR_DIGIT) === 0;
  if (classOf(text.charCodeAt(i - 1)) & IS_SPACE) return false;
  if (i + 1 >= pEnd) return true;
  return (classOf(text.charCodeAt(i + 1)) & (IS_SPACE | IS_AFTER_CLOSE | IS_MARK)) !== 0;
}

/**
 * Pairs the quotation marks of `text`, paragraph by paragraph, and returns the outermost quotes in
 * order. Double marks are paired first, on their own: a stray apostrophe can never hide them.
 * A double quote left open at the end of a paragraph ends there, unless the next paragraph opens
 * again with a double mark: then both form one quote (the journalistic convention for quotes that
 * run over several paragraphs). Single marks outside double quotes form a quote when they close
 * within a short distance in the same paragraph; an unmatched single mark is an apostrophe.
 */
export function pairQuotes(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const doubles = pairDoubles(text, paragraphs);
  const singles = pairSingles(text, paragraphs, doubles);
  if (singles.length === 0) return doubles;
  // both lists are in text order (a single quote closes before the next one opens): merge them,
  // the double first where two start together, as a stable sort of the two would
  // (into a list of its final length: grown by pushes, a long one is copied a dozen times)
  const out = new Array<MarkedQuote>(doubles.length + singles.length);
  let n = 0;
  let d = 0;
  for (const q of singles) {
    while (d < doubles.length && doubles[d]!.start <= q.start) out[n++] = doubles[d++]!;
    out[n++] = q;
  }
  while (d < doubles.length) out[n++] = doubles[d++]!;
  return out;
}

/** Single quotes must close within this many characters. */
const MAX_SINGLE = 400;

// The quote still open while a loop reads a paragraph is kept in plain variables, not a record per
// opening mark: a megabyte of marks opens hundreds of thousands.

function pairDoubles(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  // The quote open ('' for none): its mark, the characters that mark takes (2 for ''), its start
  // (the first part's when it continues one from an earlier paragraph) and the paragraphs it spans.
  let openMark = '';
  let openWidth = 1;
  let openStart = 0;
  let openParas = 1;
  // A quote still open at the end of the previous paragraph ('' for none), waiting to see whether
  // the next paragraph reopens it, and the end of that paragraph.
  let pendingMark = '';
  let pendingWidth = 1;
  let pendingStart = 0;
  let pendingParas = 1;
  let pendingEnd = 0;
  for (const p of paragraphs) {
    openMark = '';
    let nestedCurly = false;
    for (
      let i = nextStop(text, STOP_DOUBLE, p.start, p.end);
      i < p.end;
      i = nextStop(text, STOP_DOUBLE, i + 1, p.end)
    ) {
      let c = text.charCodeAt(i);
      // Two apostrophes or backticks stand for a double mark (''…'' and ``…'' in older wire copy).
      const twin = (c === APOSTROPHE || c === BACKTICK) && text.charCodeAt(i + 1) === APOSTROPHE ? 1 : 0;
      if (twin) c = QUOTE;
      const info = MARK_AT[c];
      if (info === undefined || info.family !== 'double') continue;
      // Curly quotes inside a straight one are nested ("PENCE: … an episode of “Shark Tank.” …").
      if (openMark === '"' && twin === 0 && (c === LEFT_DOUBLE || (c === RIGHT_DOUBLE && nestedCurly))) {
        nestedCurly = c === LEFT_DOUBLE;
        continue;
      }
      const left =
        leftFlanking(text, i + twin, p.start, p.end) &&
        (i === p.start || (classOf(text.charCodeAt(i - 1)) & (IS_SPACE | IS_BEFORE_OPEN | IS_MARK)) !== 0);
      const right =
        rightFlanking(text, i, p.start, p.end) &&
        (i + twin + 1 >= p.end || (classOf(text.charCodeAt(i + twin + 1)) & IS_LETTER_OR_DIGIT) === 0);
      const at = i;
      if (twin) i++;
      // Closing: a quote is open and the mark does not stand before a word („…“ closes with “).
      const closes = info.closes || (c === LEFT_DOUBLE && openMark === '„');
      if (openMark !== '' && closes && !(left && !right)) {
        out.push(quoteOf(text, openStart, openWidth, 'double', openParas, i + 1, true, twin + 1));
        openMark = '';
        nestedCurly = false;
        continue;
      }
      if (!info.opens || !left) continue;
      const ch = MARK_TEXT[c]!;
      // Opening while a quote is open: the earlier one was never closed.
      if (openMark !== '') out.push(quoteOf(text, openStart, openWidth, 'double', openParas, at, false));
      let chainStart = at;
      let paras = 1;
      if (at === p.start && pendingMark !== '' && sameStyle(pendingMark, ch) && !startsTurn(text, i + 1)) {
        chainStart = pendingStart;
        paras = pendingParas + 1;
        pendingMark = '';
      }
      openMark = ch;
      openWidth = twin + 1;
      openStart = chainStart;
      openParas = paras;
    }
    if (pendingMark !== '') {
      // The previous paragraph's open quote was not continued here: it ended with its paragraph.
      out.push(quoteOf(text, pendingStart, pendingWidth, 'double', pendingParas, pendingEnd, false));
      pendingMark = '';
    }
    if (openMark !== '') {
      pendingMark = openMark;
      pendingWidth = openWidth;
      pendingStart = openStart;
      pendingParas = openParas;
      pendingEnd = p.end;
    }
  }
  if (pendingMark !== '')
    out.push(quoteOf(text, pendingStart, pendingWidth, 'double', pendingParas, pendingEnd, false));
  // (a quote left open at a paragraph's end comes after the next paragraph's: mostly in order already,
  // and a stable sort of a list in order keeps it as it is)
  if (!inOrder(out)) out.sort((a, b) => a.start - b.start);
  return out;
}

/** Are the quotes in order of their starts? */
function inOrder(quotes: readonly MarkedQuote[]): boolean {
  for (let k = 1; k < quotes.length; k++) if (quotes[k - 1]!.start > quotes[k]!.start) return false;
  return true;
}

function pairSingles(
  text: string,
  paragraphs: readonly Span[],
  doubles: readonly MarkedQuote[],
): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let d = 0;
  for (const p of paragraphs) {
    // the start of the single quote open, -1 for none
    let open = -1;
    for (
      let i = nextStop(text, STOP_SINGLE, p.start, p.end);
      i < p.end;
      i = nextStop(text, STOP_SINGLE, i + 1, p.end)
    ) {
      const c = text.charCodeAt(i);
      const info = MARK_AT[c];
      if (info === undefined || info.family !== 'single') continue;
      if (c === APOSTROPHE) {
        const before = text.charCodeAt(i - 1);
        if (text.charCodeAt(i + 1) === APOSTROPHE || before === APOSTROPHE || before === BACKTICK) continue;
      }
      while (d < doubles.length && doubles[d]!.end <= i) d++;
      const inDouble = d < doubles.length && doubles[d]!.start <= i;
      if (open !== -1 && (inDouble || i - open > MAX_SINGLE)) open = -1;
      if (inDouble) continue;
      // An apostrophe inside a word: don't, it’s, Jum'at.
      if (
        i > p.start &&
        i + 1 < p.end &&
        classOf(text.charCodeAt(i - 1)) & IS_LETTER_OR_DIGIT &&
        classOf(text.charCodeAt(i + 1)) & IS_LETTER_OR_DIGIT
      )
        continue;
      const left = leftFlanking(text, i, p.start, p.end);
      const right = rightFlanking(text, i, p.start, p.end);
      if (open !== -1 && info.closes && !(left && !right)) {
        out.push(quoteOf(text, open, 1, 'single', 1, i + 1, true));
        open = -1;
        continue;
      }
      if (info.opens && left) open = i;
    }
  }
  return out;
}

/**
 * The quote opened at `start` by a mark of `width` characters, spanning `paragraphs`, up to `end`:
 * past its closing mark (of `closeWidth`) when `closed`, else without the spaces before `end`.
 */
function quoteOf(
  text: string,
  start: number,
  width: number,
  style: Family,
  paragraphs: number,
  end: number,
  closed: boolean,
  closeWidth = 1,
): MarkedQuote {
  let e = end;
  if (!closed) while (e > start + 1 && classOf(text.charCodeAt(e - 1)) & IS_SPACE) e--;
  return {
    start,
    end: e,
    innerStart: start + width,
    innerEnd: closed ? e - closeWidth : e,
    closed,
    style,
    paragraphs,
  };
}

// ---------------------------------------------------------------------------------------------
// Attribution: what the locales found next to each quote, turned into candidates with speakers.

/** A quote with what a locale found about who said it, before speakers are resolved. */
export interface Attribution extends Span {
  type: 'direct' | 'indirect';
  cue: Span | null;
  phrase: SpeakerPhrase | null;
  /** Pronoun phrases resolve to the nearest speaker or person before this offset. */
  anchor: number;
  /**
   * For a pronoun: a named subject that takes the floor again right after ("…,” katanya. Budi
   * menambahkan, …"), which names the same speaker.
   */
  following?: SpeakerPhrase | null;
  /** No cue of its own: the quote continues the previous speaker's words. */
  continues: boolean;
  rule: string;
}

/**
 * A description pointing back ("kata Kepala Dinas X itu") when no one was named before it: the role
 * itself, without its demonstrative; null for a bare pronoun.
 */
function describedAlone(text: string, phrase: SpeakerPhrase, resolver: SpeakerResolver): Speaker | null {
  const m = /^(\S.*?)\s+(?:itu|tersebut|ini)$/u.exec(text.slice(phrase.start, phrase.end));
  if (!m?.[1]) return null;
  return resolver.resolve({ start: phrase.start, end: phrase.start + m[1].length, kind: 'role' });
}

/**
 * Resolves the speakers of `items` in text order (so pronouns and cue-less quotes see the speakers
 * before them) and returns the quote candidates.
 */
export function attribute(
  text: string,
  items: readonly Attribution[],
  resolver: SpeakerResolver,
): QuoteCandidate[] {
  // (grown by a loop: a mapped array, holey in optimized code, deoptimizes the sort's look-up)
  const order: { a: Attribution; at: number }[] = [];
  for (const a of items) order.push({ a, at: a.phrase ? Math.min(a.phrase.start, a.start) : a.start });
  order.sort((x, y) => x.at - y.at || x.a.start - y.a.start);
  const out: QuoteCandidate[] = [];
  for (const { a } of order) {
    let speaker: Speaker | null = null;
    if (a.phrase) {
      if (a.phrase.kind !== 'pronoun') speaker = resolver.resolve(a.phrase);
      else if (a.following) {
        // "…,” ujarnya. Badan X menyebut, …": a -nya cue stands for a person, not the body that
        // speaks next, nor a word no entity holds ("Gempa ini mengingatkan …"); then the person before
        // the quote
        const next = resolver.resolve(a.following);
        speaker =
          next && (resolver.isBody(next) || next.entity === null)
            ? (resolver.antecedent(a.anchor, a.phrase.start) ?? next)
            : next;
      } else {
        speaker = resolver.antecedent(a.anchor, a.phrase.start);
        speaker = speaker
          ? (resolver.roleHolder(a.phrase, speaker) ?? speaker)
          : describedAlone(text, a.phrase, resolver);
      }
    } else if (a.continues) {
      speaker = resolver.previous(a.start)?.speaker ?? resolver.antecedent(a.start);
    }
    if (speaker)
      resolver.record(a.phrase ? a.phrase.start : a.start, speaker, { start: a.start, end: a.end });
    const evidence = a.cue ? text.slice(a.cue.start, a.cue.end) : text.slice(a.start, a.start + 1);
    out.push({
      start: a.start,
      end: a.end,
      type: a.type,
      speaker,
      cue: a.cue,
      explain: [{ rule: a.rule, evidence }],
    });
  }
  return out;
}

/** Index of the first token that starts at or after `offset` (tokens sorted), or tokens.length. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const QUOTE_MARK = /["“”„«»‘’'‚‹›]/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_WORD = /^[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?…]/u;
/**
 * Per code unit, may a sentence start after it (startsSentence: a line break, a colon, SENTENCE_END,
 * QUOTE_MARK)? 1 yes, 2 no, 0 not worked out yet.
 */
const OPENS_AFTER = new Uint8Array(0x10000);
function opensSentenceAfter(c: number): boolean {
  let k = OPENS_AFTER[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch === '\n' || ch === '\r' || ch === ':' || SENTENCE_END.test(ch) || QUOTE_MARK.test(ch) ? 1 : 2;
    OPENS_AFTER[c] = k;
  }
  return k === 1;
}

/** Offsets, tokens and sentences of one document, with the look-ups the cue rules need. */
export class TokenView {
  readonly size: number;
  private readonly lowered: string[];

  constructor(
    readonly doc: Doc,
    readonly tokens: readonly Token[] = doc.tokens,
  ) {
    this.size = tokens.length;
    this.lowered = new Array<string>(tokens.length);
  }

  text(k: number): string {
    return this.tokens[k]?.text ?? '';
  }
  /** The token in lower case (computed on first use: most tokens are never asked for). */
  lower(k: number): string {
    if (k < 0 || k >= this.size) return '';
    let w = this.lowered[k];
    if (w === undefined) {
      w = lowerCase(this.tokens[k]!.text);
      this.lowered[k] = w;
    }
    return w;
  }
  start(k: number): number {
    return this.tokens[k]?.start ?? this.doc.text.length;
  }
  end(k: number): number {
    return this.tokens[k]?.end ?? this.doc.text.length;
  }
  /** Starts with an uppercase letter (a name, a title, the first word of a sentence). */
  isCapitalized(k: number): boolean {
    const t = this.tokens[k]?.text;
    if (t === undefined) return false;
    const c = t.charCodeAt(0);
    return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(t);
  }
  isWord(k: number): boolean {
    const t = this.tokens[k]?.text;
    if (t === undefined) return false;
    const c = t.charCodeAt(0);
    return c < 128 ? (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) : STARTS_WORD.test(t);
  }
  tokenAt(offset: number): number {
    return tokenAt(this.tokens, offset);
  }
  sentenceStart(offset: number): number {
    return spanAt(this.doc.sentences, offset)?.start ?? offset;
  }
  sentenceEnd(offset: number): number {
    return spanAt(this.doc.sentences, offset)?.end ?? offset;
  }
  /** End of the paragraph that contains `offset` (or that ends right before it). */
  paragraphEnd(offset: number): number {
    const ps = this.doc.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = ps[mid]!;
      if (offset < p.start) hi = mid - 1;
      else if (offset > p.end) lo = mid + 1;
      else return p.end;
    }
    return lo < ps.length ? ps[lo]!.start : this.doc.text.length;
  }
  /**
   * Does a sentence start at `offset`: nothing before it in its paragraph but spaces, or sentence
   * punctuation, a closing quotation mark or a colon right before it?
   */
  startsSentence(offset: number): boolean {
    const text = this.doc.text;
    let i = offset - 1;
    // (no read before the text's start: an out-of-bounds read deoptimizes)
    for (; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    }
    if (i < 0) return true;
    // (by code unit: a one-unit string of a unit beyond Latin-1 is a new string each time)
    return opensSentenceAfter(text.charCodeAt(i));
  }
  /** How many word tokens lie in [start, end). */
  wordsBetween(start: number, end: number): number {
    let n = 0;
    for (let k = this.tokenAt(start); k < this.size && this.start(k) < end; k++) {
      if (this.isWord(k)) n++;
      if (n >= 50) break;
    }
    return n;
  }
  hasQuoteMark(start: number, end: number): boolean {
    return QUOTE_MARK.test(this.doc.text.slice(start, end).replace(/[\p{L}\p{N}][’'][\p{L}\p{N}]/gu, ''));
  }
  /** [start, end) without surrounding spaces and trailing sentence punctuation, or null if empty. */
  trim(start: number, end: number): Span | null {
    const text = this.doc.text;
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /[\s.,;:!?]/u.test(text[e - 1]!)) e--;
    return e > s ? { start: s, end: e } : null;
  }
}

/** Does `s` overlap any of `spans` (sorted by start, not overlapping one another)? */
export function overlapsAny(s: Span, spans: readonly Span[]): boolean {
  // spans are few per sentence; a linear scan over the sorted list from a binary-searched start
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i]!.start < s.end; i++) {
    if (spans[i]!.end > s.start) return true;
  }
  return false;
}

/**
 * A headline that attributes with a colon ("Mayor Reyes: Bridge Will Reopen in May", "Prabowo: Swasembada Pangan …"):
 * a short paragraph of one line and one sentence, whose `label` expression's first group is the label, then what
 * was said, three words or more that no direct quote already holds. The label's span and the words said, or null;
 * each language decides whether the label names a speaker.
 */
export function colonHeadline(
  view: TokenView,
  para: Span,
  label: RegExp,
  direct: readonly Span[],
): { name: Span; said: Span } | null {
  if (para.end - para.start > 200) return null;
  const line = view.doc.text.slice(para.start, para.end);
  if (/[\r\n]/u.test(line) || /[.!?]\s+\S/u.test(line)) return null;
  const m = label.exec(line);
  if (!m) return null;
  const name = { start: para.start, end: para.start + m[1]!.length };
  const said = view.trim(name.end + line.slice(m[1]!.length).search(/[^:\s]/u), para.end);
  if (!said || view.wordsBetween(said.start, said.end) < 3 || overlapsAny(said, direct)) return null;
  return { name, said };
}

/** Does a paragraph opening with `next` continue a quote opened with `first`? Straight marks reopen straight, curly curly. */
function sameStyle(first: string, next: string): boolean {
  const straight = (c: string) => c === '"';
  return straight(first) === straight(next);
}

// A speaker label opening a transcript turn: "PENCE: …", "WALLACE: …".
const TURN = /\p{Lu}[\p{Lu}.'’ -]{1,30}: /uy;

/** Does a transcript turn ("NAME: …") start at `i`? Such a paragraph starts a new quote. */
export function startsTurn(text: string, i: number): boolean {
  TURN.lastIndex = i;
  return TURN.test(text);
}
