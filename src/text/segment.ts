// Segmentation shared by every language: tokens, sentences and paragraphs, all as offsets
// into the original text. Linear time: each regex below is a single pass without nested
// quantifiers over the same characters.

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
}

export interface Segments {
  tokens: Token[];
  sentences: Span[];
  paragraphs: Span[];
}

// A word (letters, marks, digits, inner apostrophes, hyphens and dots as in "Ho-jin", "Jum'at", "U.S."),
// a number with separators ("19/9/2023", "10.00", "1,5"), or any other single non-space character.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.-](?=[\p{L}\p{N}])|(?<=\p{N})[/:,](?=\p{N}))*|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const PARAGRAPH_BREAK = /\r?\n|\r/g;

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
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
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
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
  'no',
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

/**
 * Sentences inside each paragraph: a break after . ! ? (and closing quotes or brackets that follow)
 * when whitespace and an uppercase letter, digit or opening quote come next. Abbreviations and
 * single initials ("A. Yani") do not end a sentence.
 */
export function sentences(text: string, paras: Span[] = paragraphs(text)): Span[] {
  const out: Span[] = [];
  for (const p of paras) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      while (j < p.end && /[.!?"”’'»)\]]/u.test(text[j]!)) j++;
      // a punctuation run ends the same way whichever of its characters we start from: skip it
      if (j >= p.end || !/\s/u.test(text[j]!)) {
        i = j - 1;
        continue;
      }
      let k = j;
      while (k < p.end && /\s/u.test(text[k]!)) k++;
      if (k >= p.end || !/[\p{Lu}\p{N}"“‘'«([]/u.test(text[k]!)) {
        i = k - 1;
        continue;
      }
      if (ch === '.' && endsWithAbbreviation(text, start, i)) continue;
      out.push({ start, end: j });
      start = k;
      i = k - 1;
    }
    if (p.end > start) out.push({ start, end: p.end });
  }
  return out;
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  // a word longer than every abbreviation is none: stop there, so runs of dots stay linear
  while (s > from && dot - s <= LONGEST_ABBREVIATION && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function segment(text: string): Segments {
  const paras = paragraphs(text);
  return { tokens: tokenize(text), sentences: sentences(text, paras), paragraphs: paras };
}
