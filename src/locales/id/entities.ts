// People, places and organizations in Indonesian text.
//
// 1. Tokens are grouped into chunks: runs of capitalized words (with name particles such as "bin",
//    initials such as "A.", and "dan" inside an organization's name).
// 2. Each chunk is read left to right. At every position the longest of these wins: a title phrase
//    (Presiden, Wakil Menteri Luar Negeri Pertama, Brigjen, Pak …) whose following name is a person;
//    a known organization; a place from the gazetteer (src/data); an organization or place head word
//    (Partai …, Kementerian …, Desa …, Bandara …). What is left is an unknown name: a person, unless a
//    locative word ("di", "ke") makes it a place or it is an acronym (an organization).
// 3. Sentence-initial everyday words, days, months and other capitalized non-names are skipped.
// 4. A document-level pass makes one surface mean one thing and lets partial names follow full names.
import {
  isCompanyName,
  isPersonName,
  lookupPlace,
  mayStartPlace,
  mayStartPlaceFolded,
  type PlaceInfo,
  placeMaxWords,
  placeSpansMayBeKeys,
} from '../../data/index.js';
import { wordList } from '../../data/prebuilt.js';
import { lbTester, letterBefore } from '../../recognize/dates.js';
import {
  foldKey,
  INNER_CAPITAL_NAME,
  isAllCaps,
  isCapitalized,
  PhraseTable,
} from '../../recognize/entities.js';
import type { Context, Doc, EntityCandidate, EntityType } from '../../recognize/types.js';
import { afterDateline, datelineAt } from '../../text/dateline.js';
import { keptLower } from '../../text/fold.js';
import { memoize } from '../../text/memo.js';
import {
  PLAIN_DIGITS,
  PLAIN_LETTERS,
  SlotToken,
  type Token,
  tokenShapes,
  type WordToken,
} from '../../text/segment.js';
import { spanAt } from '../../text/spans.js';
import { type TextSet, WordInts, WordSet, wordHash } from '../../text/word-table.js';
import type { PlaceKind } from '../../types.js';
import {
  COMMON_PHRASES,
  COMMON_WORDS,
  DAYS_MONTHS,
  DEMONSTRATIVES,
  DISEASE_WORDS,
  FIGURE_VERBS,
  FUEL_BRANDS,
  HEADLINE_TAILS,
  HEADLINE_VERBS,
  LAW_TITLE_HEADS,
  NON_NAME_ACRONYMS,
  NON_NAMES,
  STOPWORDS,
  TOPIC_WORDS,
} from './lexicon/common.js';
import {
  BODY_KIND_NOUNS,
  DEFINING_NONE_NOUNS,
  DEFINING_ORG_NOUNS,
  DEFINING_PLACE_NOUNS,
  ENGLISH_FUNCTION_WORDS,
  NON_ENTITY_CUES,
  ORG_CUE_PHRASES,
  ORG_CUES,
  SERVICE_CUES,
  SPORTS_POSITIONS,
  TEAM_CUES_BEFORE,
  TEAM_VERBS_AFTER,
  WORK_WORDS,
} from './lexicon/cues.js';
import { KNOWN_CLUBS, KNOWN_ORGS, NUMBERED_UNITS, ORG_HEADS, ORG_TAILS } from './lexicon/organizations.js';
import {
  BALINESE_NAMES,
  EAST_ASIAN_SURNAMES,
  EVERYDAY_GIVEN_NAMES,
  FAMILY_NAMES_ID,
  GIVEN_NAME_OPENERS,
  GIVEN_NAMES_ID,
  KOREAN_FAMILY_NAMES,
  NICKNAMES,
} from './lexicon/people.js';
import {
  ADMIN_HEADS,
  DIRECTIONS,
  FEATURE_HEADS,
  LOCATIVE_CUES,
  LOWERCASE_HEADS,
  PLACE_COMPOUND_FIRSTS,
  PLACE_SUFFIXES,
  SCHOOL_HEADS,
  TWO_WORD_HEADS,
} from './lexicon/places.js';
import { CUE_STEMS, OTHER_PRONOUNS, PRONOUNS } from './lexicon/speech.js';
import {
  COMPLEMENTS,
  CORPS,
  DEGREE,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_PREFIXES,
  OFFICE_HEADS,
  PREFIX_TITLES,
  RANKS,
  RETIRED_MARKS,
} from './lexicon/titles.js';

// ---------------------------------------------------------------- lexicons compiled once

interface OrgEntry {
  name: string;
}
const ORGS = new PhraseTable<OrgEntry>();
for (const [name, ...aliases] of KNOWN_ORGS) {
  if (!name) continue;
  ORGS.add(name, { name });
  for (const a of aliases) ORGS.add(a, { name });
}

/** Organizations whose names are written in lowercase ("detikcom", "kumparan"), and their first code units. */
const LOWERCASE_ORGS = new Set(KNOWN_ORGS.flat().filter((n) => /^\p{Ll}/u.test(n)));
const LOWERCASE_ORG_FIRST_UNITS = new Uint8Array(0x10000);
for (const n of LOWERCASE_ORGS) LOWERCASE_ORG_FIRST_UNITS[n.charCodeAt(0)] = 1;
const LOWERCASE_ORG_FIRST = { has: (c: number): boolean => LOWERCASE_ORG_FIRST_UNITS[c] === 1 };
/** The lengths of those names (up to 63 code units; a longer one is always looked up). */
const LOWERCASE_ORG_LENGTHS = new Uint8Array(64);
for (const n of LOWERCASE_ORGS) LOWERCASE_ORG_LENGTHS[Math.min(n.length, 63)] = 1;
/** Could `text` be one of the lower-case organizations? (false is sure; true needs the lookup) */
const mayBeLowercaseOrg = (text: string, c0: number): boolean =>
  LOWERCASE_ORG_FIRST_UNITS[c0] === 1 && LOWERCASE_ORG_LENGTHS[Math.min(text.length, 63)] === 1;

/** Folded keys written only in capitals among the known organizations ("OKI"): "Oki" in a name is no acronym. */
const ACRONYM_ONLY = new Set<string>();
{
  const mixed = new Set<string>();
  for (const names of KNOWN_ORGS)
    for (const n of names) (/^\p{Lu}{2,}$/u.test(n) ? ACRONYM_ONLY : mixed).add(foldKey(n));
  for (const k of mixed) ACRONYM_ONLY.delete(k);
}

/** The known organizations' acronyms, written in capitals, with their names ("ASEAN", "PBB"). */
const ORG_ACRONYMS = new Map<string, string>();
for (const [name, ...aliases] of KNOWN_ORGS)
  if (name)
    for (const a of [name, ...aliases])
      if (/^\p{Lu}{2,}$/u.test(a) && !ORG_ACRONYMS.has(a)) ORG_ACRONYMS.set(a, name);

const NICKS = new PhraseTable<string>();
for (const [full, ...nicks] of NICKNAMES) {
  if (!full) continue;
  for (const n of nicks) NICKS.add(n, full);
}

/** The folded key's part before its first space, dot or hyphen (as the phrase tables index first words). */
function firstWordOf(key: string): string {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c === 32 || c === 46 || c === 45) return key.slice(0, k);
  }
  return key;
}
/** First words of the known organizations and of the nicknames: a token that opens none needs no phrase lookup. */
const ORG_FIRST = new Set<string>();
for (const names of KNOWN_ORGS)
  for (const n of names) {
    const key = foldKey(n);
    if (key) ORG_FIRST.add(firstWordOf(key));
  }
const NICK_FIRST = new Set<string>();
/** Nicknames by folded key (the first one added wins, as in the phrase table). */
const NICK_BY_KEY = new Map<string, string>();
for (const [full, ...nicks] of NICKNAMES) {
  if (!full) continue;
  for (const n of nicks) {
    const key = foldKey(n);
    if (!key) continue;
    NICK_FIRST.add(firstWordOf(key));
    if (!NICK_BY_KEY.has(key)) NICK_BY_KEY.set(key, full);
  }
}

/** The words of the full names the nickname lexicon holds ("joko", "widodo"): people, after "pihak" too. */
const NICK_FULL_WORDS = new Set<string>();
for (const [full, ...nicks] of NICKNAMES) {
  for (const name of [full, ...nicks])
    for (const w of (name ?? '').toLowerCase().split(/[\s-]+/u)) NICK_FULL_WORDS.add(w);
}

/**
 * Everyday English words (lexicon/english.txt, generated by src/data/generate.mjs from compromise's lexicon
 * and stopwords-iso, both MIT), read on first use.
 */
const englishWords = wordList(new URL('./lexicon/english.txt', import.meta.url));
/**
 * An everyday English word ("league", "love", "the"): capitalized, it titles a work or product, not a person.
 * The list holds few derived nouns, so an English noun suffix no Indonesian word or name ends in counts too
 * ("Facility", "Regulation", "Investment"; not a given name of the public lists: "Felicity").
 */
export function isEnglishWord(w: string): boolean {
  const english = englishWords().words;
  return (
    english.has(w) ||
    (w.endsWith('s') && english.has(w.slice(0, -1))) ||
    (w.length >= 7 && ENGLISH_NOUN_SUFFIX.test(w) && !isPersonName(w))
  );
}
// ("Nasution", a Batak clan name, is no "-tion" noun: no English word ends in "-sution")
const ENGLISH_NOUN_SUFFIX = /(?:ity|(?<!su)tion|sion|ment|ness)s?$/u;

/**
 * The dictionary's root words (lexicon/roots.txt, generated by src/data/generate.mjs from the dictionary
 * of sastrawijs, MIT), read on first use.
 */
const rootList = wordList(new URL('./lexicon/roots.txt', import.meta.url));
const rootWords = (): TextSet => rootList().words;
/**
 * The roots people say (lexicon/spoken-roots.txt: the dictionary's roots that the Indonesian word list of
 * @zxcvbn-ts/language-id, counted from OpenSubtitles, holds), read on first use.
 */
const spokenRootList = wordList(new URL('./lexicon/spoken-roots.txt', import.meta.url));
/** A root of the dictionary nobody says ("hatta", "ibra", "maharani"): capitalized, it is likelier a name. */
export function isRareRoot(w: string): boolean {
  return rootWords().has(w) && !spokenRootList().words.has(w) && !COMMON_WORDS.has(w);
}
/**
 * The code units that roots and common words are written with (ASCII, as the lists are), built on first
 * use; null when some list word goes beyond ASCII (then no word is turned away early).
 */
let rootAlphabet: Uint8Array | null | undefined;
function inRootAlphabet(w: string): boolean {
  if (rootAlphabet === undefined) {
    // (asked of the whole lists by native searches: a loop over their characters costs more at start-up)
    const all = `${rootList().text} ${[...COMMON_WORDS].join(' ')}`;
    const alphabet = new Uint8Array(128);
    for (let c = 0; c < 128; c++) if (all.includes(String.fromCharCode(c))) alphabet[c] = 1;
    rootAlphabet = /[^\x00-\x7f]/.test(all) ? null : alphabet;
  }
  if (rootAlphabet === null) return true;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128 || rootAlphabet[c] !== 1) return false;
  }
  return true;
}

/** Is `w` (lowercase) an Indonesian root word or a regular derivation of one ("kontribusinya", "menyelesaikan")? */
export function isIndonesianWord(w: string): boolean {
  // a character no root or common word holds stays in every stem (affixes are plain letters): no word
  return inRootAlphabet(w) && knownIndonesian(w);
}

/** Answers by word: the same words come back all the time (bounded). */
const knownIndonesian = memoize((w: string): boolean => {
  const known = rootWords();
  if (known.has(w) || COMMON_WORDS.has(w) || stems(w).some((s) => s.length >= 4 && known.has(s))) return true;
  // "keberadaan" (ke-ber-ada-an), "pemberian": a long word with a prefix and a suffix around a short root
  if (
    w.length >= 9 &&
    /^(ke|pe|per|ber|ter|di)/u.test(w) &&
    /(an|kan)$/u.test(w) &&
    stems(w).some((s) => s.length === 3 && known.has(s))
  )
    return true;
  // "industrial", "kolonial", "material": the adjective a loan in -i makes with -al
  if (w.length >= 8 && w.endsWith('ial') && known.has(w.slice(0, -2))) return true;
  // "apapun", "siapapun", "bagaimanapun": a function word with "-pun" or "-lah" written on
  if (/(pun|lah|kah)$/u.test(w) && COMMON_WORDS.has(w.slice(0, -3))) return true;
  // "foto-foto", "aktifitas-aktifitas", "sayur-mayur": a reduplicated word whose first half is a word
  const dash = w.indexOf('-');
  if (dash < 3 || dash !== w.lastIndexOf('-')) return false;
  const half = w.slice(0, dash);
  return w.slice(dash + 1) === half && (known.has(half) || COMMON_WORDS.has(half));
});

const AGENT_PREFIXES: readonly [string, string][] = [
  ['peng', 'k'],
  ['peny', 's'],
  ['pem', 'p'],
  ['pen', 't'],
  ['per', ''],
  ['pe', ''],
];
/**
 * A noun of a doer built with pe- on a root ("petani", "pedagang", "pengusaha", "penumpang"): a common noun
 * even when it opens a sentence before a speech verb ("Petani mengatakan …").
 */
export function isAgentNoun(w: string): boolean {
  if (!w.startsWith('pe') || GIVEN_NAMES_ID.has(w)) return false;
  const roots = rootWords();
  for (const [p, first] of AGENT_PREFIXES) {
    if (!w.startsWith(p) || w.length < p.length + 3) continue;
    const rest = w.slice(p.length);
    if (roots.has(rest) || (first && roots.has(first + rest))) return true;
  }
  return false;
}

const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i', 'ku', 'mu'];
const PREFIXES = [
  'meng',
  'meny',
  'mem',
  'men',
  'me',
  'peng',
  'peny',
  'pem',
  'pen',
  'per',
  'pe',
  'ber',
  'ter',
  'di',
  'ke',
  'se',
];
/** Candidate roots of an affixed word (a light version of the Nazief–Adriani idea, enough to say "a word"). */
function stems(w: string): string[] {
  const out: string[] = [];
  const bases = [w];
  for (const s of SUFFIXES) if (w.length > s.length + 3 && w.endsWith(s)) bases.push(w.slice(0, -s.length));
  // a derivational suffix under a particle or possessive ("dilakukannya"), never two of them ("Tongani" is
  // no "tong-an-i")
  for (const b of bases.slice(1)) {
    if (b.length === w.length - 1 || /(?:kan|an)$/u.test(w.slice(b.length))) continue;
    for (const s of ['kan', 'an', 'i'])
      if (b.length > s.length + 3 && b.endsWith(s)) bases.push(b.slice(0, -s.length));
  }
  const strip = (b: string, into: string[]): void => {
    for (const p of PREFIXES) {
      if (b.length <= p.length + 2 || !b.startsWith(p)) continue;
      const rest = b.slice(p.length);
      // bare "me-"/"pe-" only before l, r, w, y and nasals ("melihat", "merawat"; not "me+gawat")
      // ("pe-" also before other consonants when what is left is a root: "pekerjaan", "petani")
      if (p === 'me' && !/^[lrwymn]/u.test(rest)) continue;
      if (p === 'pe' && !/^[lrwymn]/u.test(rest) && !rootWords().has(rest.replace(/(an|kan|i)$/u, '')))
        continue;
      into.push(rest);
      if (p === 'meny' || p === 'peny') into.push(`s${rest}`);
      if (p === 'men' || p === 'pen') into.push(`t${rest}`);
      if (p === 'mem' || p === 'pem') into.push(`p${rest}`);
      if (p === 'meng' || p === 'peng') into.push(`k${rest}`);
      // ber-, ter-, per- drop their r before a root in r: "berencana" (rencana), "terasa" (rasa), "perenang"
      if ((p === 'ber' || p === 'ter' || p === 'per') && rest.length >= 3) into.push(`r${rest}`);
    }
  };
  for (const b of bases) {
    out.push(b);
    const once: string[] = [];
    strip(b, once);
    out.push(...once);
    // two prefixes: "keterbukaan" (ke-ter-buka-an), "diperbaiki" (di-per-baik-i), "memperjuangkan"
    for (const x of once) if (/^(ter|per|ber|pe)/u.test(x)) strip(x, out);
  }
  return out.slice(1);
}

// ---------------------------------------------------------------- tokens

/** A token as the rules read it: the tokenizer's own record, its slots filled by toks. */
type Tok = WordToken;

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '—', '–', ':', '•', '*']);
/** A set of one-code-unit strings, asked by a flag per code unit (no hashing of the word asked). */
function unitSet(members: readonly string[]): { has(text: string): boolean } {
  const units = new Uint8Array(0x10000);
  for (const m of members) {
    if (m.length !== 1) throw new Error(`unitSet: "${m}" is not one code unit`);
    units[m.charCodeAt(0)] = 1;
  }
  return { has: (text) => text.length === 1 && units[text.charCodeAt(0)] === 1 };
}
/** The openers by code unit (every opener is one). */
const OPENER_UNITS = new Uint8Array(0x10000);
for (const o of OPENERS) OPENER_UNITS[o.charCodeAt(0)] = 1;
/** OPENERS.has(text): every opener is one code unit, so longer words need no lookup. */
const isOpener = (text: string): boolean => text.length === 1 && OPENER_UNITS[text.charCodeAt(0)] === 1;
const DOTTED_ABBREVIATIONS = new Set([
  'dr',
  'drg',
  'drs',
  'dra',
  'prof',
  'ir',
  'h',
  'hj',
  'jl',
  'jln',
  'kab',
  'st',
  'mr',
  'mrs',
  'ms',
  'kh',
  'pt',
  'sdr',
  'bpk',
  'gg',
  'no',
]);

const ARABIC_ARTICLE = /^(al|el|ad|ar|as|asy|at|az|an|ash|ath)-\p{Lu}\p{Ll}/u;

/** What a token's text alone says: its lower-case form, key and case. */
interface Shape {
  lower: string;
  key: string;
  cap: boolean;
  caps: boolean;
}
function shapeUncached(text: string, into?: Shape): Shape {
  const lower = keptLower(text);
  const key = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  // a word opening with an ASCII character that is no letter (digits, punctuation) is neither capitalized
  // nor a brand, an Arabic name part or a lower-case organization: all of those open with a letter
  const c0 = text.charCodeAt(0);
  let cap = false;
  let caps = false;
  if (c0 >= 0x80 || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) {
    // all capitals start with a capital: a word that does not needs no second look
    const capital = opensCapitalized(text);
    // "detikINET", "iPhone" and lowercase brand names such as "detikcom" count as capitalized;
    // "al-Assad", "el-Sisi": an Arabic article before a capitalized name part
    cap =
      capital ||
      (mayOpenLowerCase(text) && /^\p{Ll}+\p{Lu}/u.test(text)) ||
      (LOWERCASE_ORG_FIRST.has(c0) && LOWERCASE_ORGS.has(text)) ||
      ((c0 === 97 || c0 === 101) && ARABIC_ARTICLE.test(text));
    caps = capital && text.length > 1 && isAllCaps(text.endsWith('.') ? text.slice(0, -1) : text);
    // Indonesian news writes every name in the Latin script: a word with a letter of another script
    // ("Ωмega", a Greek or Cyrillic capital, kana) names nobody here and opens no name
    if (cap && !latinScript(text)) cap = caps = false;
  }
  if (into === undefined) return { lower, key, cap, caps };
  into.lower = lower;
  into.key = key;
  into.cap = cap;
  into.caps = caps;
  return into;
}

/**
 * Case of each code unit of the Basic Multilingual Plane outside the surrogates, filled on first sight:
 * UNIT_UPPER (\p{Lu}), UNIT_LOWER (\p{Ll}), UNIT_NO_CASE, 0 when not yet known. Read instead of a
 * regex on a word's first character: a regex call per word is most of shaping a word beyond ASCII.
 */
const UNIT_CASE = new Uint8Array(0x10000);
const UNIT_UPPER = 1;
const UNIT_LOWER = 2;
const UNIT_NO_CASE = 4;
function unitCase(c: number): number {
  let k = UNIT_CASE[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = /^\p{Lu}$/u.test(ch) ? UNIT_UPPER : /^\p{Ll}$/u.test(ch) ? UNIT_LOWER : UNIT_NO_CASE;
    UNIT_CASE[c] = k;
  }
  return k;
}
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
/** isCapitalized(text) (/^\p{Lu}/u): by UNIT_CASE, by the regex when the word opens with a surrogate. */
function opensCapitalized(text: string): boolean {
  const c0 = text.charCodeAt(0);
  return isSurrogate(c0) ? isCapitalized(text) : unitCase(c0) === UNIT_UPPER;
}
/** Could `text` open with \p{Ll}? (false is sure: its first unit is a character of another category) */
function mayOpenLowerCase(text: string): boolean {
  const c0 = text.charCodeAt(0);
  return isSurrogate(c0) || unitCase(c0) === UNIT_LOWER;
}

/**
 * Is every code unit of `s` one the Latin script writes words with: ASCII, the Latin letters and their
 * extensions (Latin-1 to IPA and the modifier letters, Latin Extended Additional, C and D), combining
 * marks ("Nguyễn", "Đặng", "ʻOkina") and the general punctuation of names ("O’Brien")?
 */
function latinScript(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (
      c >= 0x370 &&
      !(c >= 0x1e00 && c <= 0x1eff) &&
      !(c >= 0x2000 && c <= 0x206f) &&
      !(c >= 0x2c60 && c <= 0x2c7f) &&
      !(c >= 0xa720 && c <= 0xa7ff)
    )
      return false;
  }
  return true;
}

/** Is every code unit of `s` printable ASCII? */
function isPlainAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/**
 * Is `text` a plain lower-case ASCII word (no capital, no final dot) that is neither a lower-case
 * organization nor an Arabic name part ("al-Assad")? Such a word is its own lower case and key, and no
 * capital: most words of running text, shaped without a cache lookup (no hashing of the fresh string).
 */
function plainLowerWord(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (!(c0 >= 97 && c0 <= 122) || LOWERCASE_ORG_FIRST.has(c0)) return false;
  const arabic = c0 === 97 || c0 === 101;
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x20 || c > 0x7e || (c >= 65 && c <= 90) || (arabic && c === 45)) return false;
  }
  return text.charCodeAt(text.length - 1) !== 46;
}
/** The shape of a plain lower-case word (see plainLowerWord), one record shared by all of them. */
const LOWER_SHAPE: Shape = { lower: '', key: '', cap: false, caps: false };
function lowerShape(text: string): Shape {
  LOWER_SHAPE.lower = text;
  LOWER_SHAPE.key = text;
  return LOWER_SHAPE;
}

/**
 * Shapes by text: running text repeats its words, so each distinct word is examined once (bounded).
 * Words beyond ASCII are rare in news and mostly distinct in hostile input: they are not kept.
 */
const cachedShape = memoize(shapeUncached);
/** The shape of a word beyond ASCII, one record shared by all of them (read at once, as LOWER_SHAPE is). */
const WIDE_SHAPE: Shape = { lower: '', key: '', cap: false, caps: false };
function shapeOf(text: string): Shape {
  if (text.length === 1) return unitShape(text);
  return text.length > 1 && !isPlainAscii(text) ? shapeUncached(text, WIDE_SHAPE) : cachedShape(text);
}
/**
 * The shapes of the one-unit words, by code unit, each made once: a text of marks or of another script
 * asks for one per token (a lookup by code unit, where the cache by text hashes each token's string).
 */
let UNIT_SHAPES: (Shape | undefined)[] | null = null;
function unitShape(text: string): Shape {
  UNIT_SHAPES ??= new Array<Shape | undefined>(0x10000).fill(undefined);
  const c = text.charCodeAt(0);
  let shape = UNIT_SHAPES[c];
  if (shape === undefined) {
    shape = shapeUncached(text);
    UNIT_SHAPES[c] = shape;
  }
  return shape;
}

/** The shapes of one-character ASCII tokens that are no letter or digit (punctuation), by code. */
const PUNCT_SHAPES: (Shape | undefined)[] = [];
for (let c = 0x21; c < 0x7f; c++)
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
    PUNCT_SHAPES[c] = shapeUncached(String.fromCharCode(c));

/** The shape of a capitalized word of ASCII letters only (see capitalShape), one record shared by all. */
const CAPITAL_SHAPE: Shape = { lower: '', key: '', cap: true, caps: false };
/**
 * shapeUncached of a word of ASCII letters only that opens with a capital: capitalized, its own key,
 * and in capitals when every letter of two or more is one. No lookup and no regex.
 */
function capitalShape(text: string): Shape {
  let allCaps = text.length > 1;
  for (let k = 1; k < text.length && allCaps; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97) allCaps = false;
  }
  const lower = text.toLowerCase();
  CAPITAL_SHAPE.lower = lower;
  CAPITAL_SHAPE.key = lower;
  CAPITAL_SHAPE.caps = allCaps;
  return CAPITAL_SHAPE;
}

/** Has a word of ASCII letters only a capital letter? */
function hasAsciiCapital(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) < 97) return true;
  return false;
}

/**
 * The shape of token `text` when the tokenizer says it is plain (`plain`: a PLAIN_* bit, 0 for other
 * tokens): digits, punctuation and plain words are shaped without a lookup; the rest as shapeOf does.
 */
function tokenShape(text: string, plain: number): Shape {
  if (plain === PLAIN_DIGITS) return lowerShape(text);
  const c0 = text.charCodeAt(0);
  if (plain === PLAIN_LETTERS) {
    if (c0 <= 90) return capitalShape(text);
    // no capital and no lower-case organization: a plain lower-case word
    if (!hasAsciiCapital(text) && !(mayBeLowercaseOrg(text, c0) && LOWERCASE_ORGS.has(text)))
      return lowerShape(text);
  } else if (text.length === 1) {
    const punct = PUNCT_SHAPES[c0];
    if (punct !== undefined) return punct;
  }
  return plainLowerWord(text) ? lowerShape(text) : shapeOf(text);
}

/** The longest dotted abbreviation, in code units. */
const DOTTED_MAX = Math.max(...[...DOTTED_ABBREVIATIONS].map((w) => w.length));
/** Does a dot right after `w` belong to it: an initial ("A.") or a dotted abbreviation ("Dr.", "Jl.")? */
function keepsDot(w: string): boolean {
  if (w.length === 1) {
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128 && /^\p{Lu}$/u.test(w)) return true;
  } else if (w.length === 2 && /^\p{Lu}$/u.test(w)) return true;
  // "J.K. Rowling", "H.E. Doris": dotted initials keep their last dot
  if (w.length <= 7 && w.includes('.') && /^(\p{Lu}\.)+\p{Lu}$/u.test(w)) return true;
  // lower-casing never shortens a string: a word longer than every abbreviation is none
  // ("pejabat BPK. Dua warga …": three capitals or more are an acronym, "Bpk." the honorific)
  if (w.length > DOTTED_MAX || (w.length >= 3 && w === w.toUpperCase())) return false;
  return DOTTED_ABBREVIATIONS.has(w.toLowerCase());
}

/**
 * The flag and index arrays of one document (per offset, per token) are cut from one buffer kept across
 * documents: an array of its own costs a backing-store allocation each time (about a microsecond for a
 * few kilobytes, and external memory the collector counts). `entities` starts every document at the
 * buffer's beginning, and nothing cut from it outlives that call. Arrays too large for it are allocated.
 */
const SCRATCH_MAX = 1 << 22;
let scratch = new ArrayBuffer(1 << 16);
let scratchUsed = 0;
/** `bytes` bytes of the scratch buffer (at a multiple of 4), or null when they do not fit in it. */
function scratchAt(bytes: number): number {
  const at = (scratchUsed + 3) & ~3;
  if (at + bytes <= scratch.byteLength) {
    scratchUsed = at + bytes;
    return at;
  }
  if (bytes > SCRATCH_MAX >> 2) return -1;
  // a larger buffer from here on (the arrays cut from the old one keep it while they live)
  scratch = new ArrayBuffer(Math.min(SCRATCH_MAX, Math.max(2 * scratch.byteLength, 4 * bytes)));
  scratchUsed = bytes;
  return 0;
}
/** n bytes set to 0. */
function zeroBytes(n: number): Uint8Array {
  const at = scratchAt(n);
  return at < 0 ? new Uint8Array(n) : new Uint8Array(scratch, at, n).fill(0);
}
/** n signed bytes set to `value`. */
function filledInt8(n: number, value: number): Int8Array {
  const at = scratchAt(n);
  return (at < 0 ? new Int8Array(n) : new Int8Array(scratch, at, n)).fill(value);
}
/** n 32-bit integers set to 0. */
function zeroInt32(n: number): Int32Array {
  const at = scratchAt(4 * n);
  return at < 0 ? new Int32Array(n) : new Int32Array(scratch, at, n).fill(0);
}

/**
 * The tokens of a document; `caps`, `parens` and `cues` collect the indices of capitalized tokens, of "(" and
 * of the words lists hang on (LIST_CUES).
 */
function toks(doc: Doc, caps: number[], parens: number[], cues: number[]): Tok[] {
  // sentence and paragraph starts, by offset
  const starts = zeroBytes(doc.text.length + 1);
  for (const s of doc.sentences) starts[s.start] = 1;
  for (const p of doc.paragraphs) starts[p.start] = 1;
  // the body of a dateline opens a sentence too ("JAKARTA, KOMPAS.com - Warga …")
  for (const p of doc.paragraphs) {
    if (p.start > DATELINE_WITHIN) break;
    const body = afterDateline(doc.text, p.start);
    if (body > p.start) starts[body] = 1;
  }
  // the tokenizer made them with a WordToken's slots (see tokenSlots), or they get them here
  const src = doc.tokens as Tok[];
  // the tokens are the tokenizer's own list until a word takes its dot: from there on a list of their own,
  // a copy written in place (token k at k <= i) and cut to its length at the end (pushing half a million
  // tokens one by one onto a list that keeps growing costs three times as much)
  let out: Tok[] | null = null;
  let k = 0;
  let prev: Tok | undefined;
  const plain = tokenShapes(src);
  let prevInitial = true;
  // capitalized words since a sentence's start, while nothing else came (up to 4: a dateline's place)
  let capRun = 0;
  for (let i = 0; i < src.length; i++) {
    const t = src[i]!;
    let end = t.end;
    let text = t.text;
    const next = src[i + 1];
    let shape: Shape | null = null;
    // "A." "Dr." "Jl." keep their dot: an initial or an abbreviation inside a name
    if (next && next.start === t.end && next.text === '.' && keepsDot(t.text) && !regnalNumeralEnd(src, i)) {
      end = next.end;
      text = `${t.text}.`;
      i++;
      shape = shapeOf(text);
      if (out === null) out = src.slice();
    }
    const initial: boolean =
      starts[t.start] === 1 ||
      (prev !== undefined && isOpener(prev.text) && prevInitial) ||
      prev === undefined;
    if (shape === null) shape = plain === undefined ? wordShapeOf(text) : tokenShape(text, plain[i]!);
    if (shape.cap) caps.push(k);
    if (text === '(') parens.push(k);
    if (LIST_CUES.has(shape.lower)) cues.push(k);
    // the tokenizer's record with its slots filled (nothing else reads them), a new one for a word
    // that took its dot
    let tok: Tok;
    if (end === t.end) {
      tok = t;
      tok.lower = shape.lower;
      tok.key = shape.key;
      tok.cap = shape.cap;
      tok.caps = shape.caps;
      tok.initial = initial;
      tok.cls = 0;
    } else {
      tok = new SlotToken(t.start, end, text);
      tok.lower = shape.lower;
      tok.key = shape.key;
      tok.cap = shape.cap;
      tok.caps = shape.caps;
      tok.initial = initial;
    }
    if (out !== null) out[k] = tok;
    k++;
    prevInitial =
      initial ||
      (isOpener(text) && (prev === undefined || prevInitial || endsSentencePart(prev.text))) ||
      // "San Francisco - Menurut …": after a dateline of capitalized words and a dash the body opens anew
      (capRun > 1 && (text === '-' || text === '–' || text === '—'));
    capRun = initial ? (shape.cap ? 1 : 0) : shape.cap && capRun > 0 && capRun < 4 ? capRun + 1 : 0;
    prev = tok;
  }
  if (out === null) return src;
  out.length = k;
  return out;
}

/**
 * Does `text` end with . ! ? or : (what /[.!?:]$/u tests, without the expression: on a string of
 * two-byte units an expression's test allocates, and toks asks once per opening mark)?
 */
function endsSentencePart(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 58;
}

const NUMBER_CHAR = /\p{N}/u;
/**
 * /\p{N}/u.test(s), read without the expression while `s` is plain ASCII, where digits are the only numbers
 * (the passes ask it of token after token).
 */
function hasNumber(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128) return NUMBER_CHAR.test(s);
  }
  return false;
}
/** Names a reign's numeral follows ("Hamengku Buwono X", "Paku Alam X", "Pakubuwono XIII"). */
const REGNAL_NAMES = new Set(['buwono', 'bawono', 'alam', 'pakubuwono', 'mangkunegara', 'mangkunagoro']);
/**
 * "… Sri Sultan Hamengku Buwono X. Sultan berharap …": a reign's numeral after its name, then a dot, closes the
 * sentence; the dot is no initial's.
 */
function regnalNumeralEnd(src: readonly Token[], i: number): boolean {
  const prev = src[i - 1];
  return (
    romanNumeral(src[i]!.text) &&
    prev !== undefined &&
    REGNAL_NAMES.has(prev.text.toLowerCase()) &&
    /^\p{Lu}/u.test(src[i + 2]?.text ?? '')
  );
}

/** /^[IVX]+$/u.test(s), asked only of words that open with one of those letters. */
function romanNumeral(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c === 73 || c === 86 || c === 88) && /^[IVX]+$/u.test(s);
}
const LETTER_FIRST = /^\p{L}/u;
/** /^\p{L}/u.test(s), without the expression for an ASCII first unit. */
function opensWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_FIRST.test(s);
}

/** The shape of a token's text, for tokens the tokenizer did not shape. */
function wordShapeOf(text: string): Shape {
  return plainLowerWord(text) ? lowerShape(text) : shapeOf(text);
}

// ---------------------------------------------------------------- classification helpers

const bare = (t: Tok): string => t.key;
/** Romance definite articles that open a name ("La Gazzetta dello Sport", "Il Corriere della Sera"). */
const ROMANCE_ARTICLES = new Set(['La', 'Il', 'Le', 'El', 'Lo', 'Los', 'Las', 'Les', 'Gli', 'I']);
/** The tails of football clubs' names, in capitals ("FC", "AFC", "SC"). */
const CLUB_TAILS = new Set(['fc', 'afc', 'cf', 'sc']);
/** Legal forms of companies that are written in capitals only ("SA", "AG", "NV", "BV"). */
const CAPITALS_TAILS = new Set(['sa', 'ag', 'nv', 'bv']);
/** "Menkokesra", "Menkopolhukam": coordinating ministers are written as one word built on "Menko". */
const MENKO = /^menko\p{Ll}{3,}$/u;
/** Honorifics, prefix titles, offices and ranks in one set (one lookup per word). */
const TITLE_HEADS = new Set([...HONORIFICS, ...PREFIX_TITLES, ...OFFICE_HEADS, ...RANKS]);
/** Non-names, days and months in one set. */
const NON_NAME_WORDS = new Set([...NON_NAMES, ...DAYS_MONTHS]);
/** English forms of address that, written in capitals ("MS", "MR"), are a person's initials instead. */
const ENGLISH_ADDRESS = new Set(['mr', 'ms', 'mrs']);

/** Token k holds initials ("M.", "J.K.", "JA", "MS") before a capitalized name, and no known organization. */
function initialsOfName(b: Builder, k: number, limit: number): boolean {
  const x = b.t[k]!;
  const next = b.t[k + 1];
  if (next === undefined || k + 1 >= limit || !next.cap || next.caps) return false;
  if (!/^(\p{Lu}\.?|\p{Lu}{2}|(\p{Lu}\.)+\p{Lu}\.?)$/u.test(x.text) || /^[IVXLC]+$/u.test(x.text))
    return false;
  // two capitals without dots are initials before a one-word name only ("MS Hidayat", not "BK Muhammad Prakosa"),
  // but for a baptismal name's ("FX Hadi Rudyatmo": Fransiskus Xaverius)
  if (/^\p{Lu}{2}$/u.test(x.text) && x.text !== 'FX' && k + 2 < limit && b.t[k + 2]!.cap) return false;
  if (startsName(b, k + 1)) return false;
  return orgAt(b, k, k + 1) === null && !isNonName(x) && !NICK_BY_KEY.has(foldTok(b, k));
}

// Lexicon classes of a token, each answered once per word and kept in `Tok.cls`: a class's bit says
// the answer, the bit above it that the answer is known. The answers depend on the token's text alone,
// so they are kept by text across tokens and documents (words repeat: most tokens asked are known).
const TITLE_HEAD = 1;
const NON_NAME = 4;
const ORG_HEAD = 16;
const HEAD_WORD = 64;
const INDONESIAN = 256;
const EVERYDAY = 1024;
const PERSON_NAME = 4096;
/** The token opens a gazetteer name (mayStartPlace); it opens a known organization or nickname (ORG_FIRST). */
const PLACE_START = 1 << 14;
const ORG_START = 1 << 16;
/** See fieldish, placeCompound; a one-word company name or a brand's shape ("GrabCar"). */
const FIELDISH = 1 << 18;
const PLACE_COMPOUND = 1 << 20;
const COMPANY_OR_BRAND = 1 << 22;
/** See headlineVerb. */
const HEADLINE_VERB = 1 << 24;
/** The token's fold opens a nickname (NICK_FIRST). */
const NICK_START = 1 << 26;
/** Tok.cls holds what WORD_CLASSES knew of its text. */
const LOOKED_UP = 1 << 28;
/** The class bits known for a token text (bounded: forgotten all at once when full). */
const WORD_CLASSES = new WordInts(100_000);
function classOf(t: Tok, cls: number): boolean {
  if (t.cls === 0) t.cls = LOOKED_UP | WORD_CLASSES.get(t.text, wordHash(t.text), 0);
  const known = t.cls;
  if ((known & (cls << 1)) !== 0) return (known & cls) !== 0;
  const yes = computeClass(t, cls);
  t.cls |= (cls << 1) | (yes ? cls : 0);
  WORD_CLASSES.set(t.text, wordHash(t.text), t.cls & ~LOOKED_UP);
  return yes;
}
function computeClass(t: Tok, cls: number): boolean {
  const w = bare(t);
  // ("MS Hidayat": initials in capitals, not the English "Ms")
  if (cls === TITLE_HEAD) return (TITLE_HEADS.has(w) && !(t.caps && ENGLISH_ADDRESS.has(w))) || MENKO.test(w);
  if (cls === NON_NAME)
    return NON_NAME_ACRONYMS.has(w)
      ? t.caps || w.length > 3
      : NON_NAME_WORDS.has(w) || (w.length > 5 && w.endsWith('nya') && cliticOnNonName(w));
  if (cls === ORG_HEAD) return ORG_HEADS.has(w);
  if (cls === HEAD_WORD) return classOf(t, ORG_HEAD) || ADMIN_HEADS.has(w) || FEATURE_HEADS.has(w);
  if (cls === INDONESIAN) return isIndonesianWord(w);
  // (t.lower is t.text lower-cased, as isPersonName would: no second lower-case copy of a capitalized word)
  if (cls === PERSON_NAME) return isPersonName(t.lower);
  // (the fold of plain ASCII is its lower case: a token holds no space)
  if (cls === PLACE_START) return isPlainAscii(t.text) ? mayStartPlaceFolded(t.lower) : mayStartPlace(t.text);
  if (cls === ORG_START) return ORG_FIRST.has(firstWordOf(isPlainAscii(t.text) ? t.lower : foldKey(t.text)));
  if (cls === NICK_START)
    return NICK_FIRST.has(firstWordOf(isPlainAscii(t.text) ? t.lower : foldKey(t.text)));
  if (cls === FIELDISH) return fieldishUncached(t);
  if (cls === PLACE_COMPOUND) return placeCompoundUncached(t);
  if (cls === COMPANY_OR_BRAND) return isCompanyName(t.text) || isBrandShape(t.text);
  if (cls === HEADLINE_VERB) return headlineVerbUncached(t);
  return everydayUncached(t);
}
/** "Capresnya", "Keppresnya", "PKB-nya", "Kapolrinya": a non-name, an office or an acronym with "-nya". */
function cliticOnNonName(w: string): boolean {
  const base = w.slice(0, w.endsWith('-nya') ? -4 : -3);
  return (
    w.endsWith('-nya') || NON_NAME_WORDS.has(base) || NON_NAME_ACRONYMS.has(base) || TITLE_HEADS.has(base)
  );
}
const isTitleHead = (t: Tok): boolean => classOf(t, TITLE_HEAD);
const isNonName = (t: Tok): boolean => classOf(t, NON_NAME);
/** ORG_HEADS.has(bare(t)) */
/** ("PO Sinar Jaya": a bus company's head, Perusahaan Otobus, only in capitals: "Kwee Sien Po" is a name) */
const isOrgHead = (t: Tok): boolean => classOf(t, ORG_HEAD) || t.text === 'PO';
/** isIndonesianWord(bare(t)) */
const isIndonesianTok = (t: Tok): boolean => classOf(t, INDONESIAN);
/** isPersonName(t.text): a personal name of the public name lists */
const isPersonTok = (t: Tok): boolean => classOf(t, PERSON_NAME);
/** A personal name of the public name lists or a known Indonesian given name. */
const isKnownName = (t: Tok): boolean => isPersonTok(t) || GIVEN_NAMES_ID.has(t.key);
/** A given name the lists hold that is no everyday word too ("Dimas", not "Putri" or "Bayu": a daughter, a wind). */
const plainGivenName = (t: Tok): boolean => isKnownName(t) && !EVERYDAY_GIVEN_NAMES.has(t.key);

interface Span {
  start: number; // token index
  end: number; // token index, exclusive
}

/** "dan" or "serta": the words that join the last item of a list ("Kayu dan Rotan", "X, Y, dan Z"). */
const joinsList = (x: Tok | undefined): boolean => x?.lower === 'dan' || x?.lower === 'serta';

/** Does `pred` hold for every token from s to e (exclusive)? (`t.slice(s, e).every(pred)` without the copy) */
function everyTok(t: readonly Tok[], s: number, e: number, pred: (x: Tok) => boolean): boolean {
  for (let k = s; k < e && k < t.length; k++) if (!pred(t[k]!)) return false;
  return true;
}
/** Does `pred` hold for some token from s to e (exclusive)? */
function someTok(t: readonly Tok[], s: number, e: number, pred: (x: Tok) => boolean): boolean {
  for (let k = s; k < e && k < t.length; k++) if (pred(t[k]!)) return true;
  return false;
}
/** Is there a line break in text between two offsets? */
function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

interface Builder {
  text: string;
  /** The document's sentences (for cues that hold within one). */
  sentences: Doc['sentences'];
  t: Tok[];
  out: EntityCandidate[];
  /** Memoized gazetteer and lexicon lookups by start token and limit (see memoKey). */
  placeMemo: TokenMemo<{ end: number; info: PlaceInfo } | null>;
  orgMemo: TokenMemo<{ end: number; name: string } | null>;
  headMemo: TokenMemo<Head | null>;
  /** A title that ended a chunk before a comma: the name after the comma gets it ("Direktur PT X, Budi"). */
  pendingTitle?: { at: number; titles: string[] };
  /** Offices set off by commas with no name of their own, by start offset ("Budi, Kepala Dinas X, …"). */
  appositives?: Map<number, string[]>;
  /** Token index by start offset, built on first use. */
  startIndex?: StartIndex;
  /** Indices of the capitalized tokens, of the "(" tokens and of the LIST_CUES words, in order. */
  capIdx: number[];
  parenIdx: number[];
  cueIdx: number[];
  /** Folded surfaces by span (see foldSpan) and by token (see foldTok). */
  folds: Map<number, string>;
  tokFolds?: (string | undefined)[];
  /** Commas and "dan" inside a list of fields of one official name (see officialListEnd). */
  listJoins?: Set<number>;
  /** Whether a sentence speaks of a match, by sentence (see sportsIn). */
  sports?: Map<{ start: number; end: number }, boolean>;
  /** Whether the document is a match report: sentences speaking of a match are many (see sportsDocument). */
  sportsDoc?: boolean;
  /** End offsets of names a headline's result or adverb ended (see chunks, markHeadlineTails). */
  headlineTails?: Set<number>;
  /** Folded surfaces a cue named as a work, product or kind ("harga Pertalite"; see harmonize). */
  things?: Set<string>;
  /** Runs of capitalized dictionary words after an office, left unnamed (see officeHoldersNamedElsewhere). */
  officeWords?: { start: number; end: number; titles: string[] }[];
  /** Word pairs that open a run of capitals or follow a head word, in the whole text (see headedPairAt). */
  headedPairs?: Set<string>;
}

/** The index after the last token from `from` on that ends by the offset `end` (a candidate's tokens: from..to). */
function tokensTo(b: Builder, from: number, end: number): number {
  let e = from;
  while (e < b.t.length && b.t[e]!.end <= end) e++;
  return e;
}

/** The token that starts at an offset, if any. */
interface StartIndex {
  get(start: number): number | undefined;
}

/**
 * Token index by offset for documents up to SHARED_INDEX_LIMIT code units, in buffers shared from one
 * document to the next: an entry counts only when its stamp is the current document's, so no buffer is
 * allocated or cleared per document (one document's entities run at a time, and its index is asked
 * only while they run).
 */
const SHARED_INDEX_LIMIT = 1 << 21;
let sharedAt = new Int32Array(0);
let sharedStamp = new Uint32Array(0);
let stamp = 0;

function tokenIndex(b: Builder): StartIndex {
  if (!b.startIndex) {
    const n = b.text.length + 1;
    if (n > SHARED_INDEX_LIMIT) {
      const at = new Int32Array(n).fill(-1);
      for (let k = 0; k < b.t.length; k++) at[b.t[k]!.start] = k;
      b.startIndex = {
        get: (start) => {
          const k = at[start];
          return k === undefined || k < 0 ? undefined : k;
        },
      };
    } else {
      if (sharedAt.length < n) {
        sharedAt = new Int32Array(Math.max(n, 2 * sharedAt.length));
        sharedStamp = new Uint32Array(sharedAt.length);
        stamp = 0;
      }
      if (stamp === 0xffffffff) {
        sharedStamp.fill(0);
        stamp = 0;
      }
      const mine = ++stamp;
      const at = sharedAt;
      const stamps = sharedStamp;
      for (let k = 0; k < b.t.length; k++) {
        const start = b.t[k]!.start;
        at[start] = k;
        stamps[start] = mine;
      }
      b.startIndex = { get: (start) => (stamps[start] === mine ? at[start] : undefined) };
    }
  }
  return b.startIndex;
}

/**
 * foldKey of the text between two offsets, once per span and document (small integer keys: spans past
 * the first million characters or longer than 511 are folded each time).
 */
function foldSpan(b: Builder, start: number, end: number): string {
  const length = end - start;
  if (start >= 1 << 20 || length >= 512) return foldKey(b.text.slice(start, end));
  const key = start * 512 + length;
  let f = b.folds.get(key);
  if (f === undefined) {
    f = foldKey(b.text.slice(start, end));
    b.folds.set(key, f);
  }
  return f;
}
/** foldKey of token i's text, once per token. */
function foldTok(b: Builder, i: number): string {
  const t = b.t[i]!;
  // a token holds no space and its text is the text at its offsets: the fold of plain ASCII is its lower case
  if (isPlainAscii(t.text)) return t.lower;
  b.tokFolds ??= new Array<string | undefined>(b.t.length);
  let f = b.tokFolds[i];
  if (f === undefined) {
    f = foldKey(b.text.slice(t.start, t.end));
    b.tokFolds[i] = f;
  }
  return f;
}

/**
 * The part of a lookup's limit that matters: a lookup from token i reads at most the longest gazetteer
 * or lexicon name, or a head word's name (all well under 127 words), so every limit beyond i + 127 gives
 * the same answer, and none up to i gives any.
 */
const memoSpan = (i: number, limit: number): number => {
  const span = limit - i;
  return span < 0 ? 0 : Math.min(span, 127);
};

/**
 * Answers of a lookup by start token and span: one slot per token for the span asked first (most tokens
 * are asked with one limit), a map for the others.
 */
class TokenMemo<R> {
  private readonly spans: Int8Array;
  /**
   * Made on the first answer: a slot per token is 8 bytes each, fresh memory on a document of a
   * million tokens, and a text without capitals asks nothing.
   */
  private values: (R | undefined)[] | null = null;
  private readonly more = new Map<number, R>();
  constructor(n: number) {
    this.spans = filledInt8(n, -1);
  }
  private get(i: number, span: number): R | undefined {
    const first = this.spans[i];
    if (first === span) return this.values![i];
    if (first === undefined || first === -1) return undefined;
    return this.more.get(i * 128 + span);
  }
  private set(i: number, span: number, r: R): void {
    const first = this.spans[i];
    if (first === -1) {
      this.spans[i] = span;
      this.values ??= new Array<R | undefined>(this.spans.length);
      this.values[i] = r;
    } else this.more.set(i * 128 + span, r);
  }
  /** The answer of `compute(b, i, limit)`, computed once per token and span (no closure per call). */
  answer(b: Builder, i: number, limit: number, compute: (b: Builder, i: number, limit: number) => R): R {
    const span = memoSpan(i, limit);
    let r = this.get(i, span);
    if (r === undefined) {
      r = compute(b, i, limit);
      this.set(i, span, r);
    }
    return r;
  }
}

function emit(
  b: Builder,
  type: EntityType,
  s: number,
  e: number,
  rule: string,
  extra: Partial<Pick<EntityCandidate, 'titles' | 'canonical' | 'country' | 'placeKind' | 'expands'>> = {},
): EntityCandidate {
  const start = b.t[s]!.start;
  const end = b.t[e - 1]!.end;
  const c = candidate(type, start, end, [{ rule, evidence: b.text.slice(start, end) }]);
  if (extra.titles !== undefined) c.titles = extra.titles;
  if (extra.canonical !== undefined) c.canonical = extra.canonical;
  if (extra.country !== undefined) c.country = extra.country;
  if (extra.placeKind !== undefined) c.placeKind = extra.placeKind;
  if (extra.expands !== undefined) c.expands = extra.expands;
  b.out.push(c);
  return c;
}

/**
 * A candidate with every optional field present (undefined when unknown) in one order: all candidates
 * share one object shape, so the document passes that read them all stay fast. Fields are cleared by
 * setting them to undefined, never deleted (a deleted property makes the object a slow dictionary).
 */
function candidate(
  type: EntityType,
  start: number,
  end: number,
  explain: EntityCandidate['explain'],
): EntityCandidate {
  return {
    type,
    start,
    end,
    titles: undefined,
    canonical: undefined,
    country: undefined,
    placeKind: undefined,
    expands: undefined,
    explain,
  };
}

/** Gazetteer names that Indonesian text almost never means as places ("US" is the English acronym). */
const NOT_PLACES_ID = new Set(['us', 'uk', 'un']);
const TRUSTED_SOURCES = new Set(['country', 'exonym', 'id-province', 'id-city', 'id-regency']);
/** A place a body or office can be named after: a trusted source's, or an Indonesian district. */
const regional = (info: PlaceInfo): boolean =>
  TRUSTED_SOURCES.has(info.source) || info.source === 'id-district';

function placeAt(b: Builder, i: number, limit: number): { end: number; info: PlaceInfo } | null {
  return b.placeMemo.answer(b, i, limit, placeAtUncached);
}

function placeAtUncached(b: Builder, i: number, limit: number): { end: number; info: PlaceInfo } | null {
  const hit = placeLookup(b, i, limit);
  if (!hit) return null;
  // "Di Yogyakarta, …": a sentence-opening preposition, not the abbreviation "DI" (Daerah Istimewa)
  if (b.t[i]!.text === 'Di' && hit.end > i + 1) return null;
  // "Vladimir Putin", "Florence Nightingale": a foreign town that is also a given name, before a name
  if (
    hit.end === i + 1 &&
    (hit.info.source === 'world-city' ||
      hit.info.source === 'world-region' ||
      hit.info.source === 'id-district' ||
      hit.info.source === 'id-ward') &&
    isPersonTok(b.t[i]!) &&
    b.t[i + 1]?.cap &&
    i + 1 < limit
  )
    return null;
  // a one-word district or foreign town that is also an everyday word ("Negara", "Surat", "Sumber")
  if (hit.end === i + 1) {
    const w = b.t[i]!;
    // ("Stade de la Mosson": a particle inside a name, not "LA")
    if (!w.cap) return null;
    // "La Liga", "Sya La La": a Romance article, not Los Angeles (written "LA")
    if (NOT_PLACES_ID.has(w.lower) || w.text === 'La') return null;
    const bigCity = hit.info.source === 'world-city' && hit.info.population >= 7;
    if (
      !TRUSTED_SOURCES.has(hit.info.source) &&
      !bigCity &&
      isIndonesianTok(w) &&
      !locativeBefore(b, i) &&
      !inAddress(b, i, i + 1)
    )
      return null;
  }
  return hit;
}

/** placeLookup's spans: their ends, and whether each may be a gazetteer key (see placeSpansMayBeKeys). */
let SPAN_ENDS = new Int32Array(16);
let SPAN_VERDICT = new Uint8Array(16);
function placeLookup(b: Builder, i: number, limit: number): { end: number; info: PlaceInfo } | null {
  if (i >= b.t.length || !classOf(b.t[i]!, PLACE_START)) return null;
  const last = Math.min(limit, i + placeMaxWords(), b.t.length);
  // which spans the gazetteer's filter rules out, read forward once (no span is cut or folded for them)
  const n = last - i;
  if (SPAN_ENDS.length < n) {
    SPAN_ENDS = new Int32Array(n);
    SPAN_VERDICT = new Uint8Array(n);
  }
  for (let k = 0; k < n; k++) SPAN_ENDS[k] = b.t[i + k]!.end;
  placeSpansMayBeKeys(b.text, b.t[i]!.start, SPAN_ENDS, n, SPAN_VERDICT);
  for (let j = last; j > i; j--) {
    if (SPAN_VERDICT[j - i - 1] === 0) continue;
    const surface = b.text.slice(b.t[i]!.start, b.t[j - 1]!.end);
    if (j - i > 1 && /[\n,;]/u.test(surface)) continue;
    const info = lookupPlace(surface);
    if (info) return { end: j, info };
  }
  return null;
}

function orgAt(b: Builder, i: number, limit: number): { end: number; name: string } | null {
  return b.orgMemo.answer(b, i, limit, orgAtUncached);
}

function orgAtUncached(b: Builder, i: number, limit: number): { end: number; name: string } | null {
  if (i >= b.t.length) return null;
  if (!classOf(b.t[i]!, ORG_START)) return null;
  const m = ORGS.longest(b.text, b.t as unknown as Token[], i, Math.min(limit, b.t.length));
  if (m && m.end === i + 1 && !b.t[i]!.caps && ACRONYM_ONLY.has(foldTok(b, i))) return null;
  // ("Garuda bisa meraih kemenangan": a company's one-word short name that is an everyday word, in a
  // match report, is the team's nickname, not the airline)
  if (
    m &&
    m.end === i + 1 &&
    m.value.name !== b.t[i]!.text &&
    isIndonesianTok(b.t[i]!) &&
    // ("Di semifinal, Garuda Muda akan menghadapi Uzbekistan": anywhere in a match report)
    (sportsSentence(b, b.t[i]!.start) || sportsDocument(b))
  )
    return null;
  // ("PT Pertamina Patra Niaga" beside "PT Pertamina": "PT" before a longer known company is that company's)
  if (m !== null && b.t[i]!.text === 'PT' && i + 2 < limit) {
    const inner = orgAt(b, i + 1, limit);
    if (inner !== null && (m === null || inner.end > m.end)) return inner;
  }
  return m ? { end: m.end, name: m.value.name } : null;
}

/** Does a strong place start at token i? */
function strongPlaceAt(b: Builder, i: number, limit: number): boolean {
  const p = placeAt(b, i, limit);
  return p !== null && strongPlace(p.info);
}

/** Gazetteer hits that are reliable anywhere: countries, exonyms, Indonesian provinces, regencies and cities, big cities. */
function strongPlace(info: PlaceInfo): boolean {
  return (
    info.source === 'country' ||
    info.source === 'exonym' ||
    info.source === 'id-province' ||
    info.source === 'id-city' ||
    info.source === 'id-regency' ||
    info.source === 'id-district' ||
    (info.source === 'world-city' && info.population >= 5) ||
    (info.source === 'world-region' && info.population >= 5)
  );
}

// ---------------------------------------------------------------- chunking

/** The token after a retired officer's mark that opens at token j ("(Purn.)"), or -1. */
function retiredMarkEnd(t: readonly Tok[], j: number): number {
  const mark = t[j + 1];
  if (t[j]?.text !== '(' || mark === undefined || !RETIRED_MARKS.has(bare(mark))) return -1;
  let k = j + 2;
  if (t[k]?.text === '.') k++;
  return t[k]?.text === ')' ? k + 1 : -1;
}

/** Words of a hospital's class after its head: "Rumah Sakit Umum Pusat", "Rumah Sakit Ibu dan Anak", "RS Kanker". */
const HOSPITAL_CLASSES = new Set([
  'umum',
  'pusat',
  'daerah',
  'khusus',
  'jiwa',
  'bersalin',
  'ibu',
  'anak',
  // a specialist hospital's field ("Rumah Sakit Penyakit Infeksi", "Rumah Sakit Kanker")
  'penyakit',
  'infeksi',
  'kanker',
  'jantung',
  'mata',
  'paru',
  'otak',
]);
/** Are tokens i and i + 1 "Rumah Sakit"? */
const rumahSakitAt = (t: readonly Tok[], i: number): boolean =>
  bare(t[i]!) === 'rumah' && t[i + 1] !== undefined && bare(t[i + 1]!) === 'sakit';
/** Does token i open a hospital's name ("Rumah Sakit …", "RSUD …", "RS …")? */
function hospitalHead(t: readonly Tok[], i: number): boolean {
  const w = bare(t[i]!);
  return rumahSakitAt(t, i) || (/^rs/u.test(w) && FEATURE_HEADS.has(w));
}

/** Do the capitalized words right before token j open with "Rumah Sakit" ("Rumah Sakit Umum Daerah dr. …")? */
function hospitalBefore(t: readonly Tok[], j: number): boolean {
  for (let k = j - 1; k > 0 && k >= j - 4 && t[k]!.cap; k--) if (rumahSakitAt(t, k - 1)) return true;
  return false;
}

/** Token ranges of capitalized runs, with particles, initials and "dan" inside organization names. */
function chunks(b: Builder): Span[] {
  const { text, t } = b;
  const out: Span[] = [];
  // chunks open at capitalized tokens: walk those, skipping the ones a chunk already took
  let next = 0;
  let i = 0;
  // a headline verb between two names is skipped ("Prabowo Bertemu Albanese"): no chunk opens before this
  let skip = 0;
  while (next < b.capIdx.length) {
    i = b.capIdx[next++]!;
    if ((out.length > 0 && i < out[out.length - 1]!.end) || i < skip) continue;
    let j = i + 1;
    let headed = isOrgHead(t[i]!);
    let titled = isTitleHead(t[i]!);
    let anyHead = isHead(t[i]!);
    while (j < t.length) {
      const w = t[j]!;
      // a line break ends a chunk (headlines, datelines, lists)
      if (newlineBetween(text, t[j - 1]!.end, w.start)) break;
      if (w.cap) {
        // "Prabowo Bertemu Albanese", "Dinkes Minta Warga …": a title-case headline's verb ends the name
        if (
          (headlineVerb(w) &&
            (HEADLINE_VERBS.has(w.key) ||
              (rootVerbForm(w.key) && (!headed || t[j - 1]!.caps)) ||
              // "Eks Dirut Taspen Ditunda": a passive after a title and a name (no body's words before it)
              (titled && !headed && passiveVerb(w.key) && !isTitleHead(t[j - 1]!)) ||
              (!headed && !titled && !anyHead && !TWO_WORD_FIRST.has(bare(t[i]!))))) ||
          (FIGURE_VERBS.has(w.key) && /^\p{N}/u.test(t[j + 1]?.text ?? ''))
        ) {
          skip = j + 1;
          break;
        }
        // "Pelari Sari Lestari Juara Lagi": a result or an adverb after a name ends it (see markHeadlineTails)
        // ("Timnas Indonesia Kalah …": after a body's name too, save a result a name may hold: "Juara", "Unggul")
        if (HEADLINE_TAILS.has(w.key) && (!headed || t[j - 1]!.caps || !NAME_HELD_TAILS.has(w.key))) {
          b.headlineTails ??= new Set();
          b.headlineTails.add(t[j - 1]!.end);
          skip = j + 1;
          break;
        }
        headed ||= isOrgHead(w);
        anyHead ||= isHead(w);
        titled ||= isTitleHead(w);
        j++;
        continue;
      }
      // "Jenderal (Purn) Sutanto", "Laksamana Muda TNI (Purn.) Adin …": a retired rank's mark
      const mark = retiredMarkEnd(t, j);
      if (mark > 0 && t[mark]?.cap) {
        j = mark;
        continue;
      }
      const next = t[j + 1];
      // "Paris Saint - Germain", "Go - Jek": a hyphen written with spaces inside a name (not a dateline)
      const oneAfter = !(t[j + 2]?.cap ?? false);
      if (
        w.text === '-' &&
        next?.cap &&
        !t[i]!.initial &&
        j - i >= 2 &&
        oneAfter &&
        t[j - 1]!.cap &&
        !t[j - 1]!.caps &&
        !next.caps &&
        // ("Ketua Tim Pemenangan Paslon Wahdi - Qomaru": after a word for a running pair, the hyphen joins two people)
        !someTok(t, i, j, (x) => PAIR_WORDS.has(x.key)) &&
        // ("Jakarta, CNBC Indonesia - Harga …": the medium of a dateline, its dash, then the story)
        !(
          t[i - 1]?.text === ',' &&
          i >= 2 &&
          (i === 2 || newlineBetween(text, t[i - 3]!.end, t[i - 2]!.start))
        )
      ) {
        j += 2;
        continue;
      }
      // "Song Hye - kyo", "Lee Yoon - hyung": the second syllable of a Korean given name after a spaced hyphen
      if (
        w.text === '-' &&
        next !== undefined &&
        t[j - 1]!.cap &&
        !t[j - 1]!.caps &&
        t[j - 1]!.text.length >= 2 &&
        /^\p{Ll}{2,5}$/u.test(next.text) &&
        next.lower !== t[j - 1]!.lower &&
        !ENGLISH_FUNCTION_WORDS.has(next.lower) &&
        !/^(und|de|la|le|y|et|da|di|del)$/u.test(next.lower) &&
        text.charCodeAt(w.start - 1) === 32 &&
        text.charCodeAt(w.end) === 32 &&
        !isIndonesianWord(next.lower) &&
        !isEnglishWord(next.lower)
      ) {
        j += 2;
        continue;
      }
      // "Come and See Pictures", "Johnson and Sons Ltd": the English "and" inside a company's name that a company
      // word closes within three words
      // ("Managing Director and Chief Economist Group …": offices joined by "and" are no company)
      const office = (x: Tok): boolean => ENGLISH_OFFICES.has(x.lower) || isTitleHead(x);
      if (w.lower === 'and' && next?.cap && t[j - 1]!.cap && !t[j - 1]!.caps && !office(t[j - 1]!)) {
        let k = j + 1;
        while (k < j + 4 && t[k]?.cap && !ORG_TAILS.has(bare(t[k]!)) && !office(t[k]!)) k++;
        if (k < j + 4 && t[k]?.cap && k > j + 1 && !t[k]!.caps && ORG_TAILS.has(bare(t[k]!))) {
          j += 2;
          continue;
        }
      }
      // "University of California", "Bank of America": an English head word and its "of"
      if (w.lower === 'of' && next?.cap && ENGLISH_OF_HEADS.has(bare(t[j - 1]!))) {
        j += 2;
        continue;
      }
      // "RSUD dr. Soetomo", "RS dr. Sardjito", "Rumah Sakit Daerah dr. Soebandi": a hospital named after a doctor
      // keeps the doctor's title
      if (
        next?.cap &&
        /^dr\.?$/u.test(w.text) &&
        (FEATURE_HEADS.has(bare(t[j - 1]!)) || hospitalBefore(t, j))
      ) {
        j += 2;
        continue;
      }
      // "Kepala Dinkes Depok dr Mary Liziawati", "drg. Budi": a physician's or dentist's title, written in
      // lower case, between an office and the name
      if (titled && /^drg?\.?$/u.test(w.text)) {
        const k = t[j + 1]?.text === '.' ? j + 2 : j + 1;
        if (t[k]?.cap && !t[k]!.caps) {
          j = k;
          continue;
        }
      }
      if (next?.cap && (NAME_PARTICLES.has(w.lower) || w.text === '&') && !LOCATIVE_CUES.has(w.lower)) {
        j += 2;
        continue;
      }
      // "Marieke van der Berg", "Rafael van der Vaart": a Dutch particle with its article
      if (
        (w.text === 'van' || w.text === 'von') &&
        /^(der|den|de|ter|ten)$/u.test(next?.text ?? '') &&
        t[j + 2]?.cap &&
        !t[j + 2]!.caps
      ) {
        j += 3;
        continue;
      }
      // "Stade de la Mosson", "Plaza de las Américas": a Romance particle with its article
      if (
        w.text === 'de' &&
        /^(la|las|los|l')$/u.test(next?.text ?? '') &&
        t[j + 2]?.cap &&
        !t[j + 2]!.caps
      ) {
        j += 3;
        continue;
      }
      // "Kementerian Hukum dan HAM", "Dinas Kependudukan dan Catatan Sipil" — but not "Partai Demokrat dan PDI Perjuangan"
      // "Menteri Komunikasi dan Informatika Rudiantara": "dan" inside an office's name
      const inOffice =
        titled &&
        next !== undefined &&
        (COMPLEMENTS.has(bare(t[j - 1]!)) || isIndonesianTok(t[j - 1]!)) &&
        (COMPLEMENTS.has(bare(next)) || isIndonesianTok(next));
      if (
        next?.cap &&
        (w.lower === 'dan' || w.lower === 'untuk') &&
        (headed || inOffice) &&
        // ("Timnas Indonesia untuk Piala AFF": a team for a tournament is no body's name)
        !(w.lower === 'untuk' && TOURNAMENT_WORDS.has(next.key)) &&
        // ("Fraksi Partai Demokrat dan Fraksi PKS": a body's head word after "dan" opens another body)
        !(w.lower === 'dan' && (isOrgHead(next) || WRAPPER_HEADS.has(bare(next)))) &&
        // "Menteri Pekerjaan Umum dan Perumahan Rakyat": a place head word inside an office's name
        (!startsName(b, j + 1) ||
          (inOffice && FEATURE_HEADS.has(bare(next)) && !isTitleHead(next)) ||
          // "Dinas Pemberdayaan Masyarakat dan Desa (PMD)": the short form after it spells the words up to it
          (t[j + 2]?.text === '(' &&
            t[j + 4]?.text === ')' &&
            t[j + 3]!.caps &&
            abbreviatesPlainWords(b, j + 2, t[j + 3]!.text)))
      ) {
        j += 2;
        continue;
      }
      // "Direktur Penyidikan pada Jampidsus Kejagung Kuntadi", "Kepala Subdirektorat pada Direktorat …": an
      // office held in a body, joined by "pada", when no name has come before it
      if (
        w.lower === 'pada' &&
        next?.cap &&
        // ("Menteri Perindustrian pada Kabinet Dwikora II": a cabinet is a period of office, not a body)
        next.lower !== 'kabinet' &&
        isTitleHead(t[i]!) &&
        (isTitleHead(next) || isOrgHead(next) || orgAt(b, j + 1, t.length) !== null) &&
        everyTok(
          t,
          i + 1,
          j,
          (x) =>
            COMPLEMENTS.has(bare(x)) ||
            isTitleHead(x) ||
            (!x.caps && isIndonesianTok(x) && !GIVEN_NAMES_ID.has(x.lower)),
        )
      ) {
        j += 2;
        continue;
      }
      // "Badan Meteorologi, Klimatologi, dan Geofisika", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi"
      if (w.text === ',' && (headed || titled)) {
        const listEnd = officialListEnd(b, i, j);
        if (listEnd > j) {
          b.listJoins ??= new Set();
          for (let k = j; k < listEnd; k++) if (!t[k]!.cap) b.listJoins.add(k);
          j = listEnd;
          continue;
        }
      }
      // "SMAN 2 Kendari", "Densus 88", "Kodam V Jaya", "Danrem 141 Toddopuli"
      // ("Istana Negara 21 Desember": a day and month after the name are a date, not part of it;
      // "Gunung Everest 1963": nor is a year, unless a date names the body: "Universitas 17 Agustus 1945")
      if (
        (headed ||
          anyHead ||
          (titled && (NUMBERED_UNITS.has(bare(t[j - 1]!)) || UNIT_COMMANDERS.has(bare(t[j - 1]!)))) ||
          // ("(Persero) Daop 8 Surabaya Luqman …": a numbered unit opening the chunk after an office's bracket)
          (j - 1 === i && NUMBERED_UNITS.has(bare(t[i]!)) && t[i - 1]?.text === ')')) &&
        /^\p{N}+$/u.test(w.text) &&
        !(/^(1[5-9]|20)\d\d$/u.test(w.text) && !DAYS_MONTHS.has(t[j - 1]!.lower)) &&
        !(j > i + 1 && DAYS_MONTHS.has(t[j + 1]?.lower ?? ''))
      ) {
        j++;
        continue;
      }
      // "Danrem 031/Wirabima Brigjen …", "Pangdam XIV/Hasanuddin Mayjen …": a commander's unit named after its number
      // and a slash goes on with the office
      if (
        w.text === '/' &&
        next?.cap &&
        !next.caps &&
        j >= 2 &&
        /^(?:[IVXL]+|\d{1,4})$/u.test(t[j - 1]!.text) &&
        UNIT_COMMANDERS.has(bare(t[j - 2]!)) &&
        text.charCodeAt(w.start - 1) !== 32
      ) {
        j += 2;
        continue;
      }
      break;
    }
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/** Words that open a tournament's name ("Piala AFF", "Liga 1", "SEA Games"). */
const TOURNAMENT_WORDS = new Set(['piala', 'liga', 'olimpiade', 'kejuaraan', 'turnamen', 'sea', 'asian']);
/** Last words of English places that are open to the public ("Digital Park", "Grand Mall"). */
const PUBLIC_PLACE_TAILS_EN = ['park', 'tower', 'square', 'plaza', 'mall'];
/** Last words of an English facility's name ("Digital Park", "Trade Center"). */
const FACILITY_TAILS_EN = new Set([...PUBLIC_PLACE_TAILS_EN, 'center', 'centre', 'hall']);
/** English tail words of venues, whose initials in brackets are the venue again ("Jakarta International Stadium (JIS)"). */
const VENUE_TAILS_EN = new Set([...PUBLIC_PLACE_TAILS_EN, 'stadium', 'airport', 'arena', 'circuit']);
/** Headline tails that a body's name may hold ("Persatuan Juara", "Partai Unggul"). */
const NAME_HELD_TAILS = new Set(['juara', 'menang', 'unggul', 'kembali']);
/** Bodies whose name goes on with "Jenderal": "Direktorat Jenderal", "Sekretariat Jenderal", "Inspektorat Jenderal". */
const GENERAL_BODIES = new Set(['direktorat', 'sekretariat', 'inspektorat']);
/** Heads of a section or division: its field follows ("Kabid Humas", "Kasubbag Umum"). */
const SECTION_OFFICES = new Set([
  'kabid',
  'kabag',
  'kasubbid',
  'kasubag',
  'kasubbag',
  'kasubdit',
  'kasi',
  'kasie',
]);
/** Offices of a director or secretary general, or a minister: a field follows ("Direktur Jenderal Pajak", "Dirjen Imigrasi", "Menko Pangan"). */
const GENERAL_OFFICES = new Set(['jenderal', 'dirjen', 'sekjen', 'menko', 'menteri', 'wamen']);
/** Words for an event named after its place ("Tragedi Kanjuruhan", "Peristiwa Talangsari", "insiden Samarra"). */
const EVENT_CUES = new Set(['tragedi', 'peristiwa', 'insiden']);

/** Academic and religious titles written before a name ("Prof.", "Dr.", "KH"): no royal style, no "H." that may be an initial. */
const SCHOLARLY_TITLES = new Set(['prof', 'dr', 'drs', 'dra', 'ir', 'drg', 'kh', 'kyai', 'kiai']);
/** Head words of bodies that an office also reads as its own words ("Menteri Badan Usaha Milik Negara"). */
const BODY_COMPLEMENTS = new Set(['badan', 'dewan', 'komisi', 'majelis', 'kantor']);

/**
 * "Kepala Pusdalops BNPB Bambang Surya Putra", "Manajer Humas PT KAI Daop 8 Surabaya Suprapto": in the words after
 * an office, the last acronym of three letters or more, known body or known place marks the end of the unit; two or
 * three name words after it (one after a place or acronym, if no dictionary holds it) are the name. Where the name
 * starts, or `s`.
 */
function nameAfterUnitMark(b: Builder, s: number, e: number): number {
  const t = b.t;
  // (the mark never opens the words: "Presiden Vladimir Putin", "Presiden Hassan Rouhani"; an agency's syllable
  // word, no lexicon's yet, names no one and may: "Sekjen Kemenimipas Asep Kurnia")
  for (let k = e - 2; k >= s; k--) {
    const x = t[k]!;
    const place = x.caps || k === s ? null : placeAt(b, k, k + 1);
    const mark =
      k === s
        ? isAgencyShape(x.text)
        : (x.caps && /^\p{Lu}{3,}$/u.test(x.text) && !isNonName(x)) ||
          (orgAt(b, k, k + 1) !== null && (x.caps || mayBeOrgShape(x.text))) ||
          isAgencyShape(x.text) ||
          (place !== null && strongPlace(place.info) && !isKnownName(x) && !NAME_PARTICLES.has(x.lower));
    if (!mark) continue;
    // ("PT KAI Commuter Anne Purba": English words after the mark are the body's)
    let from = k + 1;
    while (from < e - 1 && isEnglishWord(t[from]!.lower) && !isKnownName(t[from]!)) from++;
    // ("Ketua Tanfidziyah PBNU Bidang Hukum Robikin Emhas": the office's field after the body)
    if (t[from]!.lower === 'bidang' && from > k) {
      from++;
      while (from < e - 1 && fieldish(t[from]!) && !isKnownName(t[from]!)) from++;
    }
    const n = e - from;
    const first = t[from]!;
    if (n < 1 || n > 3 || !everyTok(t, from, e, nameWordAfterMark) || placeAt(b, from, e)) return s;
    // (the name opens with a given name no everyday word, or with a word no dictionary holds)
    if (isIndonesianTok(first) && (n === 1 || !isKnownName(first) || EVERYDAY_GIVEN_NAMES.has(first.key)))
      return s;
    return from;
  }
  return s;
}

/**
 * Words `s`..`e` after an agency's word are a person's name: one to three name words, no place, opening with a
 * given name that is no everyday word, or two or three ending with a word no dictionary holds.
 */
function nameAfterAgency(b: Builder, s: number, e: number): boolean {
  const first = b.t[s];
  return (
    first !== undefined &&
    e - s <= 3 &&
    (plainGivenName(first) || (e - s >= 2 && !isEverydayToken(b.t[e - 1]!))) &&
    everyTok(b.t, s, e, nameWordAfterMark) &&
    placeAt(b, s, e) === null
  );
}

/** A word of a name after a unit's mark: capitalized, no acronym, office, head word or non-name. */
const nameWordAfterMark = (x: Tok): boolean =>
  x.cap && !x.caps && !isTitleHead(x) && !isHead(x) && !ORG_TAILS.has(x.key) && !isNonName(x);

/**
 * "Cucu Ahmad Kurnia, Kepala Dinas …", "Abdian Saputra, Koordinator …": a sentence-opening dictionary word before
 * one or two name words (no dictionary word, office or head) that an office follows after a comma opens the name.
 */
function officeAfterComma(b: Builder, i: number, e: number): boolean {
  const t = b.t;
  // (no function word or speech cue opens it: "Menurut Idrus, Ketua …")
  return (
    e - i >= 2 &&
    e - i <= 3 &&
    !COMMON_WORDS.has(t[i]!.key) &&
    !SPEECH_BEFORE.has(t[i]!.lower) &&
    t[e]?.text === ',' &&
    t[e + 1] !== undefined &&
    t[e + 1]!.cap &&
    isTitleHead(t[e + 1]!) &&
    everyTok(t, i + 1, e, nameWord)
  );
}

/** A physician's title in lower case at k ("dr", "dr.", "drg"): a name follows it. */
/** A physician's title in lower case, "dr", "dr.", "drg". */
const PHYSICIAN_TITLE = /^drg?\.?$/u;
const physicianAfter = (t: readonly Tok[], k: number): boolean => PHYSICIAN_TITLE.test(t[k]?.text ?? '');

/**
 * "Hotman Paris Hutapea": a one-word city (no country or province) between two name words no dictionary holds is
 * a word of the name.
 */
function cityInsideName(b: Builder, j: number, end: number, kind: PlaceKind): boolean {
  const t = b.t;
  const before = t[j - 1];
  const after = t[end];
  return (
    end === j + 1 &&
    kind !== 'country' &&
    before !== undefined &&
    after !== undefined &&
    nameWord(before) &&
    nameWord(after) &&
    !placeAt(b, end, end + 1)
  );
}
/** A word of a person's name: capitalized, no acronym, dictionary word, office or head word. */
const nameWord = (x: Tok): boolean =>
  x.cap && !x.caps && !isEverydayToken(x) && !isTitleHead(x) && !isOrgHead(x) && !isHead(x);

/** Are the words from s to e all words no dictionary holds, and none a place? */
function plainNameWords(b: Builder, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isEverydayToken(b.t[k]!) || placeAt(b, k, k + 1)) return false;
  return true;
}

/** A dictionary word of a director general's field ("Pajak", "Bina Marga"): no given name, office or head word. */
const generalField = (x: Tok): boolean =>
  x.cap && !x.caps && isIndonesianTok(x) && !GIVEN_NAMES_ID.has(x.key) && !isTitleHead(x) && !isOrgHead(x);

/** What follows the pilgrimage named as a field ("Haji dan Umrah", "Haji Umrah"), never a person's name. */
const PILGRIMAGE_PAIRS = new Set(['dan', 'umrah', '&']);

/** A field of an office or agency written in a list: a capitalized everyday word ("Klimatologi", "Riset"). */
function isFieldWord(b: Builder, k: number): boolean {
  const x = b.t[k];
  // ("Penyelenggaraan Haji dan Umrah": the pilgrimage after a field word is a field, not the honorific)
  if (x?.key === 'haji' && x.cap && k > 0 && isFieldWord(b, k - 1)) return true;
  // admin and feature words may be fields ("Desa", "Daerah Tertinggal"); other bodies and offices may not
  if (!x?.cap || x.caps || isOrgHead(x) || isTitleHead(x) || isNonName(x)) return false;
  const w = bare(x);
  // (a word of the public name lists is no field, unless people say it as a word: "Pangan", "Olah")
  if (
    !COMPLEMENTS.has(w) &&
    (!isIndonesianTok(x) || GIVEN_NAMES_ID.has(w) || (isPersonName(w) && !spokenRootList().words.has(w)))
  )
    return false;
  const place = placeAt(b, k, k + 3);
  return !orgAt(b, k, k + 1) && (place === null || (place.end === k + 1 && !strongPlace(place.info)));
}

/**
 * "Badan Meteorologi, Klimatologi, dan Geofisika": after a head word or an office (chunk start `i`) and the
 * comma at `j`, a list of fields closed by "dan"/"serta" belongs to one official name. The end of the last
 * field, or -1 when the words around the commas are no such list (names, places, other bodies).
 */
function officialListEnd(b: Builder, i: number, j: number): number {
  const t = b.t;
  // the words between the last head or office word and the first comma are fields too
  let k = j - 1;
  while (k > i && !isOrgHead(t[k]!) && !isTitleHead(t[k]!)) {
    if (!isFieldWord(b, k)) return -1;
    k--;
  }
  if (k === j - 1) return -1;
  k = j;
  let items = 1;
  while (k < t.length && k < j + 16) {
    const sep = t[k]!;
    let next = k + 1;
    let closing = false;
    if (sep.text === ',' && joinsList(t[k + 1])) {
      closing = true;
      next = k + 2;
    } else if (joinsList(sep)) closing = true;
    else if (sep.text !== ',') return -1;
    // one field of one to three words
    let e = next;
    while (e < next + 3 && isFieldWord(b, e)) e++;
    // ("Ekonomi Digital, Ketenagakerjaan, dan UMKM": the last field may be a field's acronym, no body's)
    if (e === next && closing && fieldAcronym(b, next)) e++;
    if (e === next) return -1;
    items++;
    if (closing) return items >= 3 ? e : -1;
    k = e;
  }
  return -1;
}

/** An acronym that names a field, not a body or place the lexicons know ("UMKM", "ESDM", "SDM"). */
function fieldAcronym(b: Builder, k: number): boolean {
  const x = b.t[k];
  if (!x?.caps) return false;
  return (
    x.text.length >= 2 &&
    !orgAt(b, k, k + 1) &&
    placeAt(b, k, k + 1) === null &&
    !isOrgHead(x) &&
    !isTitleHead(x)
  );
}

const ENGLISH_OF_HEADS = new Set(['university', 'institute', 'college', 'bank', 'school', 'academy']);

/** Does token j begin something other than the rest of a name (a title, head word, non-name, place)? */
function isNameBoundary(b: Builder, j: number, limit: number): boolean {
  const w = b.t[j]!;
  if (titleHeadAt(b.t, j) || isHead(w) || isNonName(w) || orgAt(b, j, limit)) return true;
  const p = placeAt(b, j, limit);
  return p !== null && strongPlace(p.info);
}

const isHead = (w: Tok): boolean => classOf(w, HEAD_WORD);

/** Does a separate name start at token j (a known organization, a head word, a title, a strong place)? */
function startsName(b: Builder, j: number): boolean {
  const w = b.t[j]!;
  if (isHead(w) || titleHeadAt(b.t, j) || orgAt(b, j, b.t.length)) return true;
  const p = placeAt(b, j, b.t.length);
  return p !== null && strongPlace(p.info);
}

// ---------------------------------------------------------------- reading a chunk

/**
 * "Polres Metro Bekasi Kota", "Polresta Bogor Kota": a command of a city that shares its name with a regency
 * ends in "Kota" (not one opening the next place: "Polres Bekasi Kota Bandung …" is rare, "Kota Bandung" is one).
 */
function cityCommandEnd(b: Builder, e: number, limit: number): number {
  const w = b.t[e];
  if (e >= limit || w?.text !== 'Kota') return e;
  const next = b.t[e + 1];
  return e + 1 < limit && next?.cap && !isTitleHead(next) && placeLookup(b, e + 1, limit) ? e : e + 1;
}

/** Committees named by their task ("Panitia Lelang", "Tim Pemenangan", "Satgas Penanganan"). */
const COMMITTEES = new Set(['panitia', 'tim', 'komite', 'satgas', 'pokja', 'panja', 'pansus']);

/** Offices over a territory: the word after them names the territory when the gazetteer knows it. */
const TERRITORIAL = new Set([
  'gubernur',
  'wagub',
  'bupati',
  'wabup',
  'walikota',
  'wali',
  'camat',
  'lurah',
  'kades',
  'raja',
  'ratu',
  'sultan',
  'pangdam',
  'kapolda',
  'kapolres',
  'kapolresta',
  'kapolrestabes',
  'kapolsek',
  'danrem',
  'dandim',
  'kajati',
  'kajari',
  'kota',
]);

/** Honorifics and ranks: whatever name follows them is a person, even an everyday word ("Pak Budi"). */
const PERSONAL_TITLES = (w: string): boolean => HONORIFICS.has(w) || RANKS.has(w) || PREFIX_TITLES.has(w);

/** Offices that a rank word completes rather than follows ("Sekretaris Jenderal", "Direktur Jenderal"). */
const RANK_COMPOUNDS = new Set([
  'sekretaris',
  'direktur',
  'inspektur',
  'ajun',
  'wakil',
  'jaksa',
  'panglima',
  'konsul',
]);

/**
 * Does an office open at token i? A title head, or a word that is an office only before its complement and
 * a given name elsewhere: "Imam Besar Masjid Istiqlal Nasaruddin Umar", "Imam Masjid Al-Azhar" (but "Imam
 * Nahrawi").
 */
function titleHeadAt(t: readonly Tok[], i: number): boolean {
  const w = t[i]!;
  const next = t[i + 1]?.lower;
  // ("Ibu Kota Nusantara": the capital, no "Ibu" before a name)
  if (w.lower === 'ibu' && next === 'kota') return false;
  // ("Perdana Menteri", while "Debat Perdana Pilkada": "perdana" is "first"; "1446 H": the Hijri year, not "Haji")
  if (isTitleHead(w))
    return (
      (w.lower !== 'perdana' || next === 'menteri') && !(w.text === 'H' && /^\d/u.test(t[i - 1]?.text ?? ''))
    );
  // ("Rais Aam PBNU", "Rais Syuriyah": the offices of Nahdlatul Ulama's council, while "Amien Rais" is a name)
  return (
    (w.lower === 'imam' && (next === 'besar' || next === 'masjid')) ||
    (w.lower === 'rais' && (next === 'aam' || next === 'syuriyah' || next === 'syuriah'))
  );
}

interface TitleRead {
  end: number;
  title: string;
  titles: string[];
}

/** Words on an office's standing after it: "Bupati Pemalang nonaktif", "Gubernur terpilih". */
const OFFICE_STANDING = new Set(['nonaktif', 'terpilih', 'definitif', 'demisioner', 'interim']);

/** "yang baru", "yang lama": the standing of an office's holder after "yang" ("CEO X yang baru, Y, …"). */
const NEW_OR_FORMER = new Set(['baru', 'lama', 'sekarang', 'kini', 'terpilih']);

/** The words of a party's organs ("Dewan Pimpinan Pusat", "Dewan Pengurus Wilayah"), named by the party after them. */
const PARTY_ORGAN_WORDS = new Set([
  'pimpinan',
  'pengurus',
  'pusat',
  'daerah',
  'wilayah',
  'cabang',
  'ranting',
]);

/** The gazetteer's sources of Indonesian cities and regencies: two in a row are no region and its part. */
const CITY_LEVEL = new Set(['id-city', 'id-regency']);
/** The gazetteer's sources of Indonesian provinces, regencies and cities. */
const REGION_SOURCES = new Set(['id-province', ...CITY_LEVEL]);

/** A title phrase from token i: head word plus complements, organizations and places inside it. */
function readTitle(b: Builder, i: number, limit: number): TitleRead | null {
  const t = b.t;
  if (!titleHeadAt(t, i)) return null;
  let j = i + 1;
  // the end of the last place read into the office, when it was read right before this word
  let placeEnd = -1;
  let placeSource = '';
  // "Wali Kota", "Juru Bicara", "Perdana Menteri": the head's own second word
  while (j < limit) {
    const w = t[j]!;
    const lw = bare(w);
    // ("Anggota DPRD Bali Anak Agung Ngurah …": the Balinese noble style opens the name, no office's word)
    // ("Panggil Menkes Soal Lonjakan Kasus DBD, Budi …": nor does the matter spoken of belong to the office)
    if (balineseStyleAt(t, j, limit) || TOPIC_WORDS.has(w.lower)) break;
    // "Pangdam XIV Hasanuddin Mayjen …", "Danrem 141 Toddopuli Brigjen …": a commander's unit, by its number and
    // name without the slash, belongs to the office
    const command = commandNameEnd(b, j, limit);
    if (command > j) {
      j = command;
      continue;
    }
    // "Marsekal (Purn) …": the mark of a retired officer belongs to the rank
    const mark = retiredMarkEnd(t, j);
    if (mark > 0 && mark < limit) {
      j = mark;
      continue;
    }
    // a known organization inside the office is named on its own ("Kepala Badan Pusat Statistik")
    const known = orgAt(b, j, limit);
    if (known && known.end - j > 1) {
      const end = knownOrgEnd(t, known.end, limit, b);
      emit(b, 'organization', j, end, 'id.org.lexicon', end === known.end ? { canonical: known.name } : {});
      j = end;
      continue;
    }
    // ("Direktur Penilaian Perusahaan Bursa Efek Indonesia": a head word after the office's field, before a body of
    // three words or more the lexicon knows, belongs to the office)
    if (
      j > i + 1 &&
      isOrgHead(w) &&
      !LEGAL_FORMS.has(lw) &&
      !isOrgHead(t[j - 1]!) &&
      (orgAt(b, j + 1, limit)?.end ?? 0) > j + 3
    ) {
      j++;
      continue;
    }
    // "Kepala Badan Pendapatan Daerah (Bapenda) Sumut …": a body its head word opens, up to its short form in
    // brackets, is named on its own
    // ("Dewan Pimpinan Pusat (DPP) Partai Golkar": a party's organ, whose party follows the brackets, is not one)
    if (
      isOrgHead(w) &&
      t[limit]?.text === '(' &&
      t[limit + 2]?.text === ')' &&
      t[limit + 1]!.cap &&
      !(
        t[limit + 3]?.cap &&
        (isOrgHead(t[limit + 3]!) || orgAt(b, limit + 3, Math.min(t.length, limit + 9))) &&
        everyTok(t, j + 1, limit, (x) => PARTY_ORGAN_WORDS.has(x.key))
      )
    ) {
      const head = headAt(b, j, limit);
      // ("Kepala Pusat Data … Badan Nasional Penanggulangan Bencana (BNPB)": the short form is the known body's)
      let inner = j + 1;
      while (inner < limit && orgAt(b, inner, limit)?.end !== limit) inner++;
      if (head?.type === 'organization' && head.end === limit && head.end - j >= 2 && inner === limit) {
        emit(b, 'organization', j, limit, head.rule, expandsOf(head));
        j = limit;
        continue;
      }
    }
    if (
      isTitleHead(w) ||
      // ("Juru Bicara … Lalu Muhamad Iqbal": "Lalu" of an office is only the one of "lalu lintas")
      (COMPLEMENTS.has(lw) && !(lw === 'lalu' && t[j + 1]?.lower !== 'lintas')) ||
      b.listJoins?.has(j) ||
      // "Komisi II DPR", "Divisi III", "OJK Regional 4": a numbered body inside the office
      // ("Ketua Komisi D DPRD DKI Jakarta": a regional council's commissions are lettered)
      ((/^([IVXL]+|\d{1,2})$/u.test(w.text) || (/^[A-E]$/u.test(w.text) && bare(t[j - 1]!) === 'komisi')) &&
        NUMBERED_UNITS.has(bare(t[j - 1]!))) ||
      // "Kepala SMA Negeri 8 Yogyakarta", "Kepala SD 3 Sleman": a school's number inside the office
      (/^\d{1,3}$/u.test(w.text) && NUMBERED_SCHOOLS.has(bare(t[j - 1]!))) ||
      // "Kepala Kanwil DJP Jatim I Sigit …": a regional office's number after its region (not the Balinese "I" of
      // "… Bali I Made …")
      (placeEnd === j && romanNumeral(w.text) && !balineseStyleAt(t, j, limit)) ||
      // "Letkol Inf Agus …", "Kolonel Pnb …": the officer's corps right after the rank, a name after it
      (CORPS.has(lw) && RANKS.has(bare(t[j - 1]!)) && j + 1 < limit && t[j + 1]!.cap && !t[j + 1]!.caps) ||
      // "Ketua Panitia Lelang Yudhi …", "Ketua Tim Pemenangan Budi …": a committee's task in an everyday word
      (COMMITTEES.has(bare(t[j - 1]!)) &&
        isIndonesianTok(w) &&
        isEverydayToken(w) &&
        j + 1 < limit &&
        t[j + 1]!.cap &&
        !t[j + 1]!.caps &&
        // ("Ketua Tim Pemenangan Paslon Wahdi - Qomaru": another everyday word after it is read on its own)
        !isEverydayToken(t[j + 1]!) &&
        !NON_NAMES.has(t[j + 1]!.key)) ||
      (lw === 'agung' &&
        (bare(t[j - 1]!) === 'jaksa' || bare(t[j - 1]!) === 'uskup' || bare(t[j - 1]!) === 'hakim'))
    ) {
      // a complement that is also the first word of the name ("Menteri Sri Mulyani")? keep going only if more title follows
      j++;
      continue;
    }
    const org = orgAt(b, j, limit);
    if (org) {
      const end = knownOrgEnd(t, org.end, limit, b);
      emit(b, 'organization', j, end, 'id.org.lexicon', end === org.end ? { canonical: org.name } : {});
      j = end;
      continue;
    }
    // "Sekretaris Perusahaan PT …": a head word before a company's legal form belongs to the office
    if (isOrgHead(w) && j + 1 < limit && LEGAL_FORMS.has(bare(t[j + 1]!))) {
      j++;
      continue;
    }
    // "Kapolres Metro Jakarta Selatan": a metropolitan command's "Metro" before its city
    if (w.text === 'Metro' && TERRITORIAL.has(bare(t[i]!)) && strongPlaceAt(b, j + 1, limit)) {
      j++;
      continue;
    }
    // "Direktur Nongsa Digital Park Andy Fraser": an English facility's last word after the words of its name ends
    // the office; a name of two or three words follows (not the Korean family name "Park")
    if (
      j > i + 1 &&
      FACILITY_TAILS_EN.has(w.key) &&
      t[j - 1]!.cap &&
      (isEnglishWord(t[j - 1]!.lower) || isIndonesianTok(t[j - 1]!)) &&
      limit - j - 1 >= 2 &&
      limit - j - 1 <= 3 &&
      everyTok(t, j + 1, limit, nameWord)
    ) {
      j++;
      continue;
    }
    // ("Kompol Panji Ali Candra": after a rank comes the officer's name, not a place)
    // ("Konsul Jenderal Malaysia …", "Sekretaris Jenderal Malaysia": a rank that completes an office is none)
    const rankBefore = RANKS.has(bare(t[j - 1]!)) && !(j - 2 >= i && RANK_COMPOUNDS.has(bare(t[j - 2]!)));
    let place =
      RANKS.has(bare(t[i]!)) || rankBefore
        ? null
        : (placeAt(b, j, limit) ?? (TERRITORIAL.has(bare(t[i]!)) ? placeLookup(b, j, limit) : null));
    // "Presiden Vladimir Putin": a town's name followed by a one-word name is more likely a first name
    if (place && place.info.source === 'world-city' && place.info.population < 6 && limit - place.end < 2)
      place = null;
    // "Wali Kota Bogor Bima Arya": a second place right after the office's region, then a capitalized word that is
    // no place, office or head, opens the officer's name ("Kapolsek Cilandak Jakarta Selatan AKP …" reads both)
    if (
      place &&
      placeEnd === j &&
      place.end === j + 1 &&
      CITY_LEVEL.has(place.info.source) &&
      CITY_LEVEL.has(placeSource) &&
      place.end < limit &&
      t[place.end]!.cap &&
      !t[place.end]!.caps &&
      !isTitleHead(t[place.end]!) &&
      !isHead(t[place.end]!) &&
      !placeAt(b, place.end, limit)
    )
      break;
    // ("Kelurahan Tambak Lorok … Lurah Tambak Lorok Suharyanto", "Desa Wates Kidul … Kades Wates Kidul …": a place the
    // document named before runs on past what the gazetteer knows; the officer's name follows it)
    // ("Lurah Tambak Lorok, Suharyanto, …", "Lurah Tambak Lorok mengatakan": or to the chunk's end)
    const from = place ? place.end : j;
    const named =
      OFFICE_HEADS.has(bare(t[j - 1]!)) &&
      from < limit &&
      t[from]!.cap &&
      !t[from]!.caps &&
      headedPairAt(b, j)
        ? earlierNamedEnd(b, 'place', j, from, limit)
        : -1;
    if (named > from && named > j + 1) {
      emitPlace(b, j, named, null, 'id.place.named-before', 'region');
      j = named;
      placeEnd = j;
      placeSource = '';
      continue;
    }
    if (place && (strongPlace(place.info) || TERRITORIAL.has(bare(t[i]!)))) {
      emitPlace(b, j, place.end, place.info, 'id.place.gazetteer');
      j = place.end;
      placeEnd = j;
      placeSource = place.info.source;
      continue;
    }
    // "Walikota Tanjung Karang", "Kepala Dinas Pendidikan …": places and organizations with head words
    const head = headAt(b, j, limit);
    // "Ketua Asosiasi Asuransi Jiwa Indonesia, Evelina …": a body that runs to the comma before the name
    // ("Direktur Rumah Sakit Kamal Adwan, Hussam Abu Safiya, …", "Direktur Rumah Sakit Al-Aqsa di Deir al-Balah,
    // Iyad …": a body or facility whose holder is named after it, set off by commas, keeps its whole name)
    // (a hospital named after a physician, "RSUP dr. Sardjito", is the hospital path's)
    const bodyToComma =
      head !== null &&
      head.end === limit &&
      ((head.type === 'organization' && t[limit]?.text === ',' && t[limit + 1]?.cap === true) ||
        (holderNamedAfter(t, limit) && !someTok(t, j, limit, (x) => PHYSICIAN_TITLE.test(x.text))));
    // "Kepala Bandara Internasional Minangkabau Budi Setiawan": a head word took the person's name
    // too; it ends where a known given name opens a run of name words
    // "Rektor Institut Pertanian Bogor (IPB) Arif Satria": a body that runs to its acronym in parentheses
    const bodyToParen =
      head?.type === 'organization' &&
      head.end === limit &&
      t[limit]?.text === '(' &&
      t[limit + 2]?.text === ')' &&
      t[limit + 1]!.cap;
    // "Rektor Universitas Indonesia", "Dekan … Universitas Sumatera Utara": a body that ends in a known
    // country or province leaves no room for a name after it
    const bodyToPlace =
      head?.type === 'organization' &&
      head.end === limit &&
      head.end - j >= 2 &&
      endsInStrongPlace(b, j + 1, limit) &&
      !unnamedBody(b, j, limit);
    // ("Bandara I Gusti Ngurah Rai … General Manager … Bandara I Gusti Ngurah Rai Ahmad Syaugi": a facility the
    // document named before in full ends where that name ends)
    // (looked for only when the text names the facility's first two words together elsewhere: one pass, no search
    // of every candidate at every office)
    const namedBefore =
      head?.type === 'place' && head.end === limit && !bodyToComma && headedPairAt(b, j)
        ? earlierNamedEnd(b, 'place', j, j + 2, limit)
        : -1;
    let split =
      namedBefore > j + 2 && namedBefore <= limit - 2
        ? namedBefore
        : head && head.end === limit && !bodyToComma
          ? givenNameRun(b, j + 2, limit)
          : -1;
    // ("Kepala Seksi Material Dinas PU Bambang Triyono": a body that took the first word of the name after it)
    if (split < 0 && head?.type === 'organization' && head.end < limit && head.end - j >= 3) {
      const cut = givenNameRun(b, j + 2, limit);
      if (cut > 0 && cut < head.end) split = cut;
    }
    // ("Rektor Universitas Gadjah Mada Ova Emilia": a university's name, then two name words no dictionary holds)
    if (
      split < 0 &&
      head?.type === 'organization' &&
      head.end === limit &&
      !bodyToComma &&
      UNIVERSITY_HEADS.has(lw)
    )
      split = expertNameStart(b, j, limit);
    if (split < 0 && head?.type === 'place' && head.end === limit && !bodyToComma)
      split = facilityNameEnd(b, j, limit);
    // ("Ketua Yayasan Masjid Agung Palembang Kiagus Ahmad Sarnubi", "Kepala Unit Pengelola Terminal Terpadu Pulo Gebang
    // Bernad …": any body or facility read to the chunk's end that ends in a known place, then a name)
    if (split < 0 && head && head.end === limit && !bodyToComma) split = nameAfterPlace(b, j + 1, limit);
    // ("Manajer Timnas Sumardji mengatakan": the national team, then one word no list or dictionary holds before a
    // verb of saying, is the holder's name)
    if (
      split < 0 &&
      lw === 'timnas' &&
      head?.end === limit &&
      limit - j === 2 &&
      speechAfter(b, limit) &&
      !isIndonesianTok(t[j + 1]!) &&
      !placeAt(b, j + 1, limit) &&
      !orgAt(b, j + 1, limit)
    )
      split = j + 1;
    if (head && (head.end < limit || bodyToComma || bodyToParen || bodyToPlace || split > 0)) {
      const end = split > 0 ? split : head.end;
      if (head.type === 'organization') emit(b, 'organization', j, end, head.rule, expandsOf(head));
      else emitPlace(b, j, end, null, head.rule, head.kind);
      j = end;
      continue;
    }
    // an everyday word followed by more title ("Biro Komunikasi …") belongs to the title
    if (
      j + 1 < limit &&
      !w.caps &&
      isIndonesianTok(w) &&
      !GIVEN_NAMES_ID.has(lw) &&
      continuesTitle(b, j + 1, limit)
    ) {
      j++;
      continue;
    }
    // "Direktur Pencegahan dan Pengendalian Penyakit Menular Imran Pambudi": the office's fields, everyday
    // words joined by "dan", run up to a name of two to four words that opens with a given name or a word
    // no dictionary holds
    // "Direktur Jenderal Pajak Suryo Utomo", "Dirjen Imigrasi Silmy Karim": one dictionary word after the office of
    // a director or secretary general is its field when a name of two or three words opening with a given name follows
    // "Kabid Binpres PP PBSI Eng Hian": the short name of a section after the head of a section, then the body's
    // acronyms and the name
    if (
      SECTION_OFFICES.has(bare(t[j - 1]!)) &&
      w.cap &&
      !w.caps &&
      !isKnownName(w) &&
      !isTitleHead(w) &&
      acronymsThenName(t, j + 1, limit)
    ) {
      j++;
      continue;
    }
    // ("Dirjen Bina Marga Hedy Rahadian": or two, before a name no dictionary holds)
    // ("Kepala Badan Geologi Muhammad Wafid", "Ketua Badan Kehormatan Ahmad …": so after a body's head word that the
    // office read as its complement; the body is named on its own)
    const body = j - 1 > i && BODY_COMPLEMENTS.has(bare(t[j - 1]!));
    if (GENERAL_OFFICES.has(bare(t[j - 1]!)) || body) {
      let k = j;
      while (k < j + 2 && k < limit && generalField(t[k]!)) k++;
      const x = t[k];
      if (
        k > j &&
        x !== undefined &&
        limit - k >= 2 &&
        limit - k <= 3 &&
        (plainGivenName(x) || !isIndonesianTok(x)) &&
        everyTok(t, k, limit, (y) => y.cap && !y.caps && !isTitleHead(y) && !isOrgHead(y))
      ) {
        if (body) emit(b, 'organization', j - 1, k, 'id.org.head-word');
        j = k;
        continue;
      }
      // ("Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta Galih Kartika Priya": or the body's longer name, up
      // to a name a known given name opens)
      const named = body ? givenNameRun(b, j + 1, limit) : -1;
      if (named > j) {
        emit(b, 'organization', j - 1, named, 'id.org.head-word');
        j = named;
        continue;
      }
    }
    // ("… Penyelenggaraan Haji | dan Umrah Hilman Latief": the field goes on after "dan")
    // (dictionary words after "dan", whatever a list of names holds: "Pemuda dan Olah Raga")
    const joined = j > i + 1 && joinsList(w) && j + 1 < limit && generalField(t[j + 1]!);
    if (joined || (!w.caps && isFieldWord(b, j))) {
      let k = j + 1;
      if (joined) while (k < limit && generalField(t[k]!) && !placeAt(b, k, k + 1)) k++;
      while (k < limit && (isFieldWord(b, k) || (joinsList(t[k]) && isFieldWord(b, k + 1)))) k++;
      const name = limit - k;
      if (
        k - j >= 2 &&
        // ("Kepala Bidang Pembinaan dan Prestasi PP PBSI Eng Hian": or up to the body's acronyms, then the name)
        ((acronymsThenName(t, k, limit) && (!isNonName(t[k]!) || !isNonName(t[k + 1]!))) ||
          (name >= 2 &&
            name <= 4 &&
            (isKnownName(t[k]!) || !isIndonesianTok(t[k]!)) &&
            everyTok(t, k, limit, (x) => x.cap && !x.caps) &&
            // (after "dan", only words no dictionary holds and no place: "… Tinggi dan Ilmu Pengetahuan Indonesia")
            (!joined || plainNameWords(b, k, limit))))
      ) {
        j = k;
        continue;
      }
    }
    // acronyms followed by a name are organizations inside the title ("Ketua DPP PDIP Hendrawan …")
    if (w.caps && !isOrgHead(w)) {
      let k = j;
      while (k < limit && t[k]!.caps) {
        const o = k > j ? orgAt(b, k, limit) : null;
        if (o && o.end > k + 1) break;
        k++;
      }
      // "Ketua KPPU M. Syarkawi", "Kepala Biro Kemenhub JA Barata": initials before the name are the name's
      if (k < limit && t[k]!.cap && k - 1 >= j && initialsOfName(b, k - 1, limit)) k--;
      if (k === j) break;
      if (k < limit && t[k]!.cap) {
        for (let x = j; x < k; x++)
          if (!isNonName(t[x]!)) emit(b, 'organization', x, x + 1, 'id.org.acronym');
        j = k;
        continue;
      }
    }
    // "Pebalap Ducati Francesco Bagnaia": a company the office works for, before a name of two words
    if (
      !w.caps &&
      isCompanyName(w.text) &&
      !isPersonTok(w) &&
      j + 2 < limit &&
      isKnownName(t[j + 1]!) &&
      t[j + 2]!.cap
    ) {
      emit(b, 'organization', j, j + 1, 'id.org.company-or-agency');
      j++;
      continue;
    }
    // a city or club before a name ("Pelatih Liverpool Juergen Klopp")
    if (place && place.end + 1 < limit && t[place.end]!.cap) {
      emitPlace(b, j, place.end, place.info, 'id.place.gazetteer');
      j = place.end;
      continue;
    }
    // ("Kepala Operasi Damai Cartenz Brigjen Pol Faizal …": capitalized words no rule above reads, up to a rank that a
    // name follows, are the unit the office heads)
    const rank = rankAfterUnit(t, j, limit);
    if (rank > j) {
      j = rank;
      continue;
    }
    // ("Rektor Unpad Prof. Rina Indiastuti": one word no name list or dictionary holds between an office and an
    // academic or religious title before a name is the body the officer heads; "Promotor konser, Mecimapro, …
    // Direktur Mecimapro Fransiska Dimitri …": so is one the document wrote alone before, between the office and a
    // name of two or three words, a given name or a word no dictionary holds first)
    if (j === i + 1 && w.cap && !w.caps && !isKnownName(w) && !NICK_BY_KEY.has(w.key)) {
      const titled =
        j + 2 < limit && SCHOLARLY_TITLES.has(bare(t[j + 1]!)) && t[j + 2]!.cap && !isEverydayToken(w);
      const named =
        !titled &&
        limit - j - 1 >= 2 &&
        limit - j - 1 <= 3 &&
        !isIndonesianTok(w) &&
        (plainGivenName(t[j + 1]!) || !isIndonesianTok(t[j + 1]!)) &&
        everyTok(t, j + 1, limit, (x) => x.cap && !x.caps && !isTitleHead(x) && !isHead(x)) &&
        writtenWhole(b.text, w.text, t[i]!.start);
      if (titled || named) {
        emit(b, 'organization', j, j + 1, 'id.org.office-body');
        j++;
        continue;
      }
    }
    break;
  }
  // "Kapolda Metro Jaya Irjen": a rank or honorific after an office starts a second title
  const titles: string[] = [];
  let from = i;
  // ("Kapolsek Tanah Abang Kompol …": an honorific's word inside a place the office names is the place's, and no
  // office before the rank)
  const inPlace = (at: number): boolean =>
    (at - 1 >= i && (placeAt(b, at - 1, j)?.end ?? 0) > at) ||
    (at - 2 >= i && (placeAt(b, at - 2, j)?.end ?? 0) > at);
  for (let k = i + 1; k < j; k++) {
    const x = bare(t[k]!);
    const prevKey = bare(t[k - 1]!);
    const rankAfterOffice =
      RANKS.has(x) && !RANKS.has(prevKey) && OFFICE_HEADS.has(prevKey) && !RANK_COMPOUNDS.has(prevKey);
    // ("Direktur Jenderal Penyelenggaraan Haji dan Umrah": the pilgrimage after a field word is the office's field)
    const field =
      (x === 'haji' && isIndonesianTok(t[k - 1]!) && !t[k - 1]!.caps) ||
      // ("Direktur … Direktorat Jenderal Bea dan Cukai": the body's own "Jenderal" is no rank)
      (x === 'jenderal' && GENERAL_BODIES.has(prevKey));
    if (
      (((RANKS.has(x) || HONORIFICS.has(x) || PREFIX_TITLES.has(x)) &&
        (!isTitleHead(t[k - 1]!) || inPlace(k - 1)) &&
        !field) ||
        rankAfterOffice) &&
      !inPlace(k)
    ) {
      titles.push(b.text.slice(t[from]!.start, t[k - 1]!.end));
      from = k;
    }
  }
  titles.push(b.text.slice(t[from]!.start, t[j - 1]!.end));
  return { end: j, title: titles.join('\u0000'), titles };
}

/**
 * Does the text name tokens j and j + 1 together opening a run of capitals, or right after a head word, anywhere
 * ("Kelurahan | Tambak Lorok")? A cheap test, the word pairs gathered in one pass, before a search of the places
 * read so far.
 */
function headedPairAt(b: Builder, j: number): boolean {
  const t = b.t;
  if (!b.headedPairs) {
    b.headedPairs = new Set();
    for (let k = 0; k + 1 < t.length; k++) {
      if (!t[k]!.cap || !t[k + 1]!.cap) continue;
      // (the first two words of a run too: "Pemimpin Wihara Avalokitesvara …" after "di Wihara Avalokitesvara")
      if (k === 0 || !t[k - 1]!.cap) b.headedPairs.add(`${t[k]!.text} ${t[k + 1]!.text}`);
      if (isHead(t[k]!) && t[k + 2]?.cap) b.headedPairs.add(`${t[k + 1]!.text} ${t[k + 2]!.text}`);
    }
  }
  const next = t[j + 1];
  return next !== undefined && b.headedPairs.has(`${t[j]!.text} ${next.text}`);
}

/** The rank after one to three capitalized words from j, with a name after it ("Damai Cartenz | Brigjen Pol Faizal"), or -1. */
function rankAfterUnit(t: readonly Tok[], j: number, limit: number): number {
  for (let k = j; k < limit - 1 && k <= j + 3; k++) {
    const x = t[k]!;
    if (k > j && RANKS.has(bare(x))) return t[k + 1]!.cap ? k : -1;
    if (!x.cap || x.caps || isTitleHead(x)) return -1;
  }
  return -1;
}

/**
 * Where a name of two words or more that a given name opens starts, after two words or more from i that are no
 * known name, initial, style or place ("Serayu Opak | Budi Santoso"); or -1.
 */
function qualifierBeforeName(b: Builder, i: number, limit: number): number {
  const t = b.t;
  const at = givenNameRun(b, i + 2, limit);
  if (at < 0 || limit - at < 2) return -1;
  for (let k = i; k < at; k++) {
    const x = t[k]!;
    if (x.caps || x.text.length < 3 || isKnownName(x) || isTitleHead(x) || NAME_PREFIXES.has(x.key))
      return -1;
    if (placeAt(b, k, limit) !== null) return -1;
  }
  return at;
}

/** Does the word at k close a place or a body of two words or more the document named before it ("Sungai Citarum")? */
function closesNameBefore(b: Builder, k: number): boolean {
  const w = b.t[k]!;
  if (!w.cap || w.caps || isKnownName(w)) return false;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person' || c.end > w.start || c.end - c.start <= w.text.length) continue;
    if (b.text.charCodeAt(c.end - w.text.length - 1) === 32 && b.text.endsWith(w.text, c.end)) return true;
  }
  return false;
}

/** "Anak Agung Ngurah …", "Ida Bagus Rai …": a Balinese noble style of two words opening a name at j. */
function balineseStyleAt(t: readonly Tok[], j: number, limit: number): boolean {
  if (j + 2 >= limit || !t[j + 2]!.cap || t[j + 2]!.caps) return false;
  const a = t[j]!.text;
  const b = t[j + 1]!.text;
  return (
    (a === 'Anak' && b === 'Agung') ||
    (a === 'Ida' && (b === 'Bagus' || b === 'Ayu')) ||
    // ("… Candi Borobudur I Gusti Putu Ngurah Sedana", "Ni Luh Putu …": the Balinese article before a caste or
    // birth-order name)
    ((a === 'I' || a === 'Ni') && BALINESE_NAMES.has(b.toLowerCase()))
  );
}
/**
 * "Megawati Hangestri Pertiwi … Mega bermain luar biasa": a one-word nickname ("Mega") whose public figure the
 * document never names in full, in a document that names someone whose given name it shortens, is that person's
 * short name, not the public figure's.
 */
function otherNamesNick(b: Builder, s: number, e: number, full: string): boolean {
  if (e - s !== 1 || b.text.includes(full)) return false;
  const short = b.t[s]!.text;
  for (let at = b.text.indexOf(short); at >= 0; at = b.text.indexOf(short, at + 1)) {
    const rest = /^\p{Ll}+ \p{Lu}\p{Ll}+/u.exec(b.text.slice(at + short.length, at + short.length + 40));
    if (rest && !/\p{L}/u.test(b.text[at - 1] ?? '') && !full.includes(short + rest[0])) return true;
  }
  return false;
}

/** Does a unit word numbered after it open at token i ("Daop 8", "Divre II", "Komisi IV")? */
const numberedUnitAt = (t: readonly Tok[], i: number): boolean =>
  NUMBERED_UNITS.has(t[i]!.key) && /^(?:\d{1,2}|[IVX]+)$/u.test(t[i + 1]?.text ?? '');

/** Words of a company's or an office's branch ("Cabang Utama Merak", "Wilayah Jawa Timur", "Regional Bali"). */
const BRANCH_WORDS = new Set(['cabang', 'wilayah', 'regional', 'area', 'perwakilan']);

/**
 * "Cabang Utama Merak Hasan Lessy", "Daop 8 Surabaya Luqman …": a branch word (and its complements), its town (a
 * place, or one word before a name of two or three words that a known given name or a word no dictionary holds
 * opens), then the name; where the name starts, or -1.
 */
function branchNameStart(b: Builder, i: number, limit: number): number {
  const t = b.t;
  // ("Daop 8 Surabaya Luqman Arif": or a unit numbered after its word)
  const numbered = numberedUnitAt(t, i);
  if ((!BRANCH_WORDS.has(t[i]!.key) && !numbered) || !t[i]!.cap) return -1;
  let k = numbered ? i + 2 : i + 1;
  while (k < limit && t[k]!.cap && COMPLEMENTS.has(t[k]!.key) && !BRANCH_WORDS.has(t[k]!.key)) k++;
  if (k >= limit || !t[k]!.cap || t[k]!.caps) return -1;
  const place = placeAt(b, k, limit);
  const at = place ? place.end : k + 1;
  const n = limit - at;
  if (n < 2 || n > 3 || !(plainGivenName(t[at]!) || !isIndonesianTok(t[at]!))) return -1;
  return everyTok(t, at, limit, (x) => x.cap && !x.caps && !isHead(x) && !isTitleHead(x)) ? at : -1;
}

/** Does a known country or province (no town that may be a first name) end at `limit`, from `from` on? */
function endsInStrongPlace(b: Builder, from: number, limit: number): boolean {
  for (let k = from; k < limit; k++) {
    const p = placeAt(b, k, limit);
    if (p && p.end === limit && (p.info.kind === 'country' || p.info.source === 'id-province')) return true;
  }
  return false;
}

/** "Budi Santoso, Kepala Dinas Perhubungan, mengatakan": an office between commas after a name (see appositiveTitles). */
function noteAppositive(b: Builder, s: number, e: number): void {
  const t = b.t;
  if (t[s - 1]?.text !== ',' || !/^[,.;]$/u.test(t[e]?.text ?? '.')) return;
  b.appositives ??= new Map();
  b.appositives.set(t[s]!.start, [b.text.slice(t[s]!.start, t[e - 1]!.end)]);
}

/** A person without titles right before ", <office>," holds that office. */
function appositiveTitles(b: Builder): void {
  const offices = b.appositives;
  if (!offices) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || c.titles?.length || b.text.slice(c.end, c.end + 2) !== ', ') continue;
    const titles = offices.get(c.end + 2);
    if (titles) {
      c.titles = titles;
      c.explain.push({ rule: 'id.person.title-after-name', evidence: titles[0]! });
    }
  }
}

/**
 * The first k from `from` on where a known given name opens a run of two or more name words that
 * reaches `limit` ("… Minangkabau | Budi Setiawan"), or -1.
 */
function givenNameRun(b: Builder, from: number, limit: number): number {
  const t = b.t;
  // (two words at least: "… Ova Emilia" must not lose its given name to the body)
  for (let k = from; k < limit - 1; k++) {
    const first = t[k]!;
    if (!first.cap || first.caps || !isKnownName(first)) continue;
    // ("… Bank Sentosa Jaya Ratna Wijayanti": a given name that is also a word opens a name of two words when the
    // last is no dictionary word; "CV Bumi Lestari Hartoyo Wiryo": before a name of two, it is the body's)
    const everyday =
      EVERYDAY_GIVEN_NAMES.has(first.key) &&
      !(
        limit - k === 2 &&
        t[k + 1]!.cap &&
        !t[k + 1]!.caps &&
        !isIndonesianTok(t[k + 1]!) &&
        !isEnglishWord(t[k + 1]!.lower)
      );
    if (everyday || isTitleHead(first) || placeAt(b, k, limit)) continue;
    // ("PT Sinar Abadi Wawan Hendrayana": a name that is also a word, before a given name that is none and opens two
    // words or more, is the body's)
    const later = t[k + 1]!;
    if (k + 2 < limit && isIndonesianTok(first) && later.cap && isKnownName(later) && !isIndonesianTok(later))
      continue;
    let named = true;
    for (let x = k + 1; x < limit && named; x++) {
      const w = t[x]!;
      named =
        w.cap &&
        !w.caps &&
        !isTitleHead(w) &&
        !ORG_TAILS.has(w.key) &&
        !isNonName(w) &&
        (!isIndonesianTok(w) || isKnownName(w)) &&
        !placeAt(b, x, limit);
    }
    // ("… Palembang Kiagus Ahmad Sarnubi": a noble style before the given name is the name's)
    if (named) return k > from && NAME_PREFIXES.has(t[k - 1]!.key) && t[k - 1]!.cap ? k - 1 : k;
  }
  return -1;
}

/**
 * "pengamat transportasi dari [Universitas …]", "peneliti senior dari [Institut …]", "Pengamat politik [Universitas
 * …]", "epidemiolog [Universitas …]": the token of a role word written in lower case up to three words before "dari"
 * right before token i, or up to three lower-case words before token i, or -1.
 */
function expertBefore(b: Builder, i: number): number {
  const t = b.t;
  if (i < 2) return -1;
  // ("Pengamat politik Universitas Indonesia Aditya Perdana": the role and its field in lower case, then the body;
  // not "menteri di Kabinet …": a function word is no field)
  const dari = t[i - 1]!.lower === 'dari';
  const from = dari ? i - 2 : t[i - 1]!.cap ? -1 : i - 1;
  if (from < 0) return -1;
  for (let k = from; k >= 0 && k >= i - 4; k--) {
    const w = t[k]!;
    // ("Pakar hukum tata negara Universitas …": a noun that is everyday is still a field)
    if (!dari && k < i - 1 && STOPWORDS.has(t[k + 1]!.lower)) return -1;
    // (the role may open the sentence: "Pengamat transportasi dari …")
    if (OFFICE_HEADS.has(w.lower) && (!w.cap || w.initial)) return k;
    if (w.cap || !/^\p{Ll}+$/u.test(w.text)) return -1;
  }
  return -1;
}

/**
 * "Universitas Indonesia Fithra Faisal Hastiadi", "Institut Teknologi Bandung Heri Andreas", "Kepala Unit Pengelola
 * Terminal Terpadu Pulo Gebang Bernad …": a body or facility that ends in a known place (from `from` on), then a
 * name of two to four words ending the chunk; where the name starts, or -1.
 */
function nameAfterPlace(b: Builder, from: number, limit: number): number {
  const t = b.t;
  for (let x = from; x < limit - 1; x++) {
    const p = placeAt(b, x, limit);
    // (a known place, or a place of two words or more the gazetteer holds: "Pulo Gebang")
    if (!p || !(strongPlace(p.info) || p.end - x >= 2) || p.end > limit - 2 || p.end < limit - 4) continue;
    let named = true;
    let foreign = false;
    for (let y = p.end; y < limit && named; y++) {
      const w = t[y]!;
      named = w.cap && !w.caps && !isHead(w) && !titleHeadAt(t, y) && !ORG_TAILS.has(w.key) && !isNonName(w);
      foreign ||= !isIndonesianTok(w) || isKnownName(w);
    }
    if (named && foreign) return p.end;
  }
  return -1;
}

/**
 * Where the name after an expert's body starts (see expertBefore): a known given name opening a run of name words, or
 * else the last two words when neither is a dictionary word, a place or a body's word and at least two words of the
 * body stay ("Universitas Katolik Soegijapranata Djoko Setijowarno"; "Universitas Gadjah Mada" keeps its name).
 */
function expertNameStart(b: Builder, i: number, limit: number): number {
  const t = b.t;
  const afterPlace = nameAfterPlace(b, i + 1, limit);
  if (afterPlace > 0) return afterPlace;
  const known = givenNameRun(b, i + 2, limit);
  if (known > 0) return known;
  const k = limit - 2;
  if (k < i + 2) return -1;
  for (let x = k; x < limit; x++) {
    const w = t[x]!;
    if (
      !w.cap ||
      w.caps ||
      isIndonesianTok(w) ||
      isEnglishWord(w.lower) ||
      isHead(w) ||
      isTitleHead(w) ||
      ORG_TAILS.has(w.key) ||
      isNonName(w) ||
      placeAt(b, x, limit)
    )
      return -1;
  }
  return k;
}

/** Facility heads that an office runs ("Kepala Stasiun …", "Kepala Bandara …", "Direktur Rumah Sakit …"). */
const FACILITIES = new Set(
  'stasiun bandara pelabuhan terminal rutan lapas rs rsud rsup rumah lembaga bandar markas museum kampus'.split(
    ' ',
  ),
);
const NUMBERING = /^([IVX]+[AB]?|\d{1,3})$/u;

/**
 * "Kepala Stasiun Meteorologi Kualanamu Tuti Hartati": a facility's name is its head, field words
 * ("Meteorologi", "Kelas I") and one proper name (one word or a gazetteer place, with its direction word);
 * a run of name words after it (two words, a known given or family name, or any after a gazetteer place) is
 * the person holding the office.
 * Where that person starts, or -1 (the facility may be named after a person: "Bandara Sultan Hasanuddin").
 */
function facilityNameEnd(b: Builder, j: number, limit: number): number {
  const t = b.t;
  if (!FACILITIES.has(bare(t[j]!))) return -1;
  let k = opensTwoWordHead(t, j) ? j + 2 : j + 1;
  while (
    k < limit &&
    ((t[k]!.cap &&
      !t[k]!.caps &&
      isIndonesianTok(t[k]!) &&
      !GIVEN_NAMES_ID.has(t[k]!.key) &&
      !placeLookup(b, k, limit)) ||
      NUMBERING.test(t[k]!.text))
  )
    k++;
  if (k >= limit - 1) return -1;
  const proper = t[k]!;
  if (!proper.cap || NAME_PREFIXES.has(proper.key) || isKnownName(proper)) return -1;
  const p = placeLookup(b, k, limit);
  let e = p ? p.end : k + 1;
  while (e < limit && DIRECTIONS.has(bare(t[e]!))) e++;
  if (e >= limit) return -1;
  let known = false;
  for (let x = e; x < limit; x++) {
    const w = t[x]!;
    const name = isKnownName(w);
    if (!w.cap || w.caps || isTitleHead(w) || isNonName(w) || isHead(w) || (isIndonesianTok(w) && !name))
      return -1;
    if (strongPlaceAt(b, x, limit)) return -1;
    known ||= name;
  }
  return known || limit - e >= 2 || p !== null ? e : -1;
}

function continuesTitle(b: Builder, j: number, limit: number, depth = 0): boolean {
  if (depth > 6) return false;
  const w = b.t[j]!;
  const lw = bare(w);
  if (COMPLEMENTS.has(lw) || isTitleHead(w) || b.listJoins?.has(j)) return true;
  if (orgAt(b, j, limit)) return true;
  const p = placeAt(b, j, limit);
  // a district or ward may be named after a person ("… Surya Paloh"): only well-known places continue a title
  if (p && strongPlace(p.info) && p.info.source !== 'id-district') return true;
  return (
    !w.caps &&
    isIndonesianTok(w) &&
    !GIVEN_NAMES_ID.has(lw) &&
    j + 1 < limit &&
    continuesTitle(b, j + 1, limit, depth + 1)
  );
}

function emitPlace(
  b: Builder,
  s: number,
  e: number,
  info: PlaceInfo | null,
  rule: string,
  kind?: PlaceKind,
): void {
  // (no object spread: a spread makes a new object shape each time, and this runs per place)
  emit(
    b,
    'place',
    s,
    e,
    rule,
    info
      ? { canonical: info.canonical, country: info.country, placeKind: kind ?? info.kind }
      : { placeKind: kind },
  );
}

/** The organization or place part of an office ("PT Indosat Tbk", "Les Bleus", "DPP PDIP"). */
function readOfficeBody(b: Builder, s: number, e: number): void {
  const t = b.t;
  let j = s;
  while (j < e) {
    const org = orgAt(b, j, e);
    if (org) {
      emit(b, 'organization', j, org.end, 'id.org.lexicon', { canonical: org.name });
      j = org.end;
      continue;
    }
    const head = headAt(b, j, e);
    if (head) {
      if (head.type === 'organization') emit(b, 'organization', j, head.end, head.rule, expandsOf(head));
      else emitPlace(b, j, head.end, null, head.rule, head.kind);
      j = head.end;
      continue;
    }
    const place = placeAt(b, j, e);
    if (place && strongPlace(place.info)) {
      emitPlace(b, j, place.end, place.info, 'id.place.gazetteer');
      j = place.end;
      continue;
    }
    if (isEverydayToken(t[j]!) || isTitleHead(t[j]!)) {
      j++;
      continue;
    }
    // an unknown run inside an office is the body it heads ("Pelatih Les Bleus", "Gelandang VfL Wolfsburg")
    let k = j;
    while (k < e && !isEverydayToken(t[k]!) && !isTitleHead(t[k]!)) k++;
    emit(b, 'organization', j, Math.max(k, j + 1), 'id.org.office-body');
    j = Math.max(k, j + 1);
  }
}

/**
 * "Menteri BUMN Rini …", "Menneg BUMN": an acronym the office's words take in that names a known body is that
 * body (id.org.office-acronym); a field's acronym ("Menteri ESDM", "Direktur SDM") is no body the lexicon knows.
 */
function officeAcronyms(b: Builder, s: number, e: number): void {
  const t = b.t;
  for (let k = s; k < e; k++) {
    if (!t[k]!.caps || t[k]!.text.length < 3 || isNonName(t[k]!)) continue;
    const org = orgAt(b, k, k + 1);
    if (org?.end === k + 1)
      emit(b, 'organization', k, k + 1, 'id.org.office-acronym', { canonical: org.name });
  }
}

/** Where a name that starts at i ends: before a title, a head word, a non-name or a strong place. */
function nameEnd(b: Builder, i: number, limit: number, afterTitle: boolean): number {
  const t = b.t;
  const korean = koreanNameEnd(t, i, limit);
  if (korean > 0) return korean;
  let j = i;
  const stop = Math.min(limit, i + MAX_NAME_TOKENS);
  while (j < stop) {
    const w = t[j]!;
    // a title word inside a run ends the name only when a name follows it ("… Hakim" may be a surname)
    // … but a capital or two without a dot inside a name is an initial ("Yasonna H Laoly", "Irianto MS Syarifuddin")
    // ("Tonny H. Wangania": one capital with its dot after a name is a middle initial, not "Haji")
    if (
      j > i &&
      isTitleHead(w) &&
      // ("Lukman Hakim Saifuddin": an office that is also a family name, after a given name, is the name's)
      !(SURNAME_OFFICES.has(w.key) && isKnownName(t[j - 1]!) && !isTitleHead(t[j - 1]!)) &&
      t[j + 1]?.cap &&
      j + 1 < limit &&
      !/^\p{Lu}{1,2}$/u.test(w.text) &&
      !(/^\p{Lu}\.$/u.test(w.text) && t[j - 1]!.cap && !t[j - 1]!.caps && !isTitleHead(t[j - 1]!))
    )
      break;
    // ("Gilang Ramadhan", "Rizky Syawal": an Islamic month after a given name is a family name, not a date)
    // ("Rizky Ramadhan": or after a name word no dictionary holds)
    const monthName =
      NAME_MONTHS.has(w.key) &&
      !/^\p{N}/u.test(t[j + 1]?.text ?? '') &&
      j > i &&
      (isKnownName(t[j - 1]!) ||
        (t[j - 1]!.cap && !t[j - 1]!.caps && !isIndonesianTok(t[j - 1]!) && !isEnglishWord(t[j - 1]!.lower)));
    // ("Park Yong Ha", "Kim Yoo Ha": a Korean syllable that is also a unit word ends a Korean given name)
    const koreanTail =
      j >= i + 2 &&
      w.cap &&
      !w.caps &&
      KOREAN_SYLLABLE.test(w.lower) &&
      t[j - 1]!.cap &&
      KOREAN_SYLLABLE.test(t[j - 1]!.lower) &&
      (KOREAN_SYLLABLE.test(t[j - 2]!.lower) || KOREAN_FAMILY_SHAPES.has(t[j - 2]!.lower));
    // ("Parc des Princes", "Stade de la Mosson": a particle in lower case, the chunk's own, goes on with the name)
    const particle =
      !w.cap && j > i && (NAME_PARTICLES.has(w.lower) || (t[j - 1]!.text === 'de' && w.text === 'la'));
    // ("Muhammad Muslim": the faith word that is a given name too, after a known given name, ends the name)
    const faithName = w.key === 'muslim' && j > i && isKnownName(t[j - 1]!) && !t[j + 1]?.cap;
    if (j > i && !particle && (isOrgHead(w) || (isNonName(w) && !monthName && !koreanTail && !faithName)))
      break;
    // "Ustad Ali Akbar Khan Ia masih …": a pronoun after a name (a full stop missing) opens the next clause
    if (j > i && w.cap && !w.caps && NAME_PRONOUNS.has(w.lower)) break;
    // "Fraksi Gerindra", "Kantor KPK": the body named after a wrapper word is no part of a name
    if (j > i && WRAPPER_HEADS.has(bare(t[j - 1]!)) && orgAt(b, j, limit)) break;
    if (j > i && (ADMIN_HEADS.has(bare(w)) || FEATURE_HEADS.has(bare(w))) && j + 1 < limit) break;
    if (j > i && !afterTitle) {
      const p = placeAt(b, j, limit);
      if (p && endsNameAsPlace(p.info) && !cityInsideName(b, j, p.end, p.info.kind)) break;
      const o = orgAt(b, j, limit);
      if (o && o.end - j >= 1 && t[j]!.caps) break;
    }
    j++;
  }
  return j;
}

/** Verbs whose object is a place: "mengunjungi Darfur", "menginvasi Kuwait", "menduduki Krimea". */
const VISIT_VERBS = new Set(['mengunjungi', 'dikunjungi', 'menginvasi', 'diinvasi', 'menduduki', 'diduduki']);

/** Pronouns that never continue a name: "… Khan Ia masih berusia 9 tahun". */
const NAME_PRONOUNS = new Set(PRONOUNS);
const NO_NAME_PRONOUNS = new Set(OTHER_PRONOUNS);

/** The last word of an office of a village or a district, whose territory the next word names ("Kepala Desa X"). */
const VILLAGE_OFFICES = new Set([
  'desa',
  'dusun',
  'dukuh',
  'kelurahan',
  'kampung',
  'nagari',
  'gampong',
  'kades',
  'kadus',
  'lurah',
  'camat',
]);

/** Offices whose unit is a village ("Kepala Desa", "Sekretaris Desa", "Pj Kades"), not a ministry's field. */
const VILLAGE_HEADS = new Set([
  'kepala',
  'sekretaris',
  'kades',
  'kadus',
  'lurah',
  'camat',
  'wali',
  'pj',
  'plt',
  'penjabat',
]);

/** Offices that Indonesians also bear as family names ("Hakim Budi" is a judge, "Lukman Hakim" a name). */
const SURNAME_OFFICES = new Set(['hakim']);

/**
 * Initials at s..e set off by commas after a clause that a person's noun opens or holds ("Seorang bocah berusia tujuh
 * tahun, AF, …", "Korban, AF, …"): the person's initials.
 */
function initialsApposedToPerson(t: readonly Tok[], s: number, e: number): boolean {
  // ("… melalui orang kepercayaannya, HS.": the sentence may end after them; "dua kerabatnya, AS dan AN": or a list
  // of initials go on)
  const end =
    t[e]?.text === ',' ||
    t[e]?.text === '.' ||
    (joinsList(t[e]) && t[e + 1]?.caps === true && /^\p{Lu}{2,4}$/u.test(t[e + 1]!.text));
  // ("anak MR, yakni AAP, …": "yakni" or "yaitu" after the comma)
  const named = t[s - 1]?.lower === 'yakni' || t[s - 1]?.lower === 'yaitu' ? s - 1 : s;
  if (t[named - 1]?.text !== ',' || !end) return false;
  for (let k = named - 2; k >= 0 && k >= named - 8; k--) {
    const x = t[k]!;
    if (x.text === ',' || x.text === '.' || x.text === ';' || x.text === '"' || x.text === '(') return false;
    if (PERSON_CUES.has(x.lower) || RELATION_NOUNS.has(x.lower.replace(/nya$/u, ''))) return true;
  }
  return false;
}

/** A person's relation to another, whose initials may follow set off by a comma ("orang kepercayaannya, HS"). */
const RELATION_NOUNS = new Set(
  'kepercayaan ajudan sopir istri suami kerabat rekan teman adik kakak menantu keponakan ipar pacar kekasih asisten'.split(
    ' ',
  ),
);

/** Months of the Islamic year that Indonesians also bear as names. */
const NAME_MONTHS = new Set(['ramadhan', 'ramadan', 'syawal', 'rajab', 'muharram', 'syaban', 'sya’ban']);

const PERSON_CUES = new Set([
  'berinisial',
  'inisial',
  'tersangka',
  'terdakwa',
  'pelaku',
  'korban',
  'saksi',
  'terpidana',
  'pria',
  'wanita',
  'perempuan',
  'bocah',
  'remaja',
  'sdr',
  'saudara',
  'saudari',
]);

/**
 * The quote cues' stems that make the capitalized word after them a speaker ("kata Budi", "tanya Puan"), and
 * "menurut". Not the stems that are nouns or other words as often ("jawab" of "tanggung jawab", "kisah", "seru",
 * "aku", "harap", "ingat", "nilai", "catat"), that say what comes after them ("bilang"), or that take an object
 * ("klaim", "tulis", "pinta", "ajak", "imbau", "tuding", "bantah", "akui", "simpul").
 */
const NOT_BEFORE_SPEAKER = new Set(
  'klaim tulis seru aku akui jawab pinta ajak imbau harap bilang kisah tuding bantah ingat nilai catat simpul'.split(
    ' ',
  ),
);
const SPEECH_VERBS_BEFORE = new Set([...CUE_STEMS.filter((w) => !NOT_BEFORE_SPEAKER.has(w)), 'menurut']);
/** Words before a name that make it the speaker or the addressee: the speech verbs and "kepada X", "oleh X"… */
const SPEECH_BEFORE = new Set([...SPEECH_VERBS_BEFORE, 'kepada', 'oleh', 'bersama', 'dengan', 'dan']);
const SPEECH_AFTER =
  /^(mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menyebutkan|menambahkan|berkata|menuturkan|memaparkan|mengaku|meminta|menilai|menyebut|bilang|berharap|mengakui|menjawab|melanjutkan|berpendapat|membantah|berjanji|mengimbau|menyampaikan|menerangkan|mengklaim|menduga|memastikan|mengingatkan|menuding|menyarankan|mengusulkan|mempertanyakan|bertanya|berujar|menanggapi|optimistis|mengeluhkan|menyesalkan)$/u;

/**
 * Each title with words after it ("Kepala Dinas" + "Bali"), built by a loop: an array of one elements kind on every
 * path (a `map` inlined by the optimizing compiler yields a holey array, and readChunk would deoptimize on it).
 */
/** A diplomat's offices, posted "di" a city or country ("Duta Besar RI di Tokyo", "Konsul Jenderal … di …"). */
const DIPLOMATIC_OFFICES = new Set(['duta', 'dubes', 'konsul', 'konjen', 'atase']);

function titlesWith(titles: readonly string[], words: string): string[] {
  const out: string[] = [];
  for (const x of titles) out.push(`${x} ${words}`);
  return out;
}

function readChunk(b: Builder, span: Span): void {
  const t = b.t;
  const limit = span.end;
  let i = span.start;
  const pending = b.pendingTitle;
  if (pending && span.start >= pending.at) b.pendingTitle = undefined;
  // ("Kepala BPS (…) Provinsi Bali Endang …": an administrative unit's word before the region the gazetteer knows)
  const regionOfOffice =
    pending && pending.at === span.start
      ? (placeAt(b, i, limit) ??
        (ADMIN_HEADS.has(bare(t[i]!)) && i + 1 < limit ? placeAt(b, i + 1, limit) : null))
      : null;
  const officeOfRank = pending && pending.at === span.start && RANKS.has(bare(t[i]!)) ? pending.titles : null;
  // "Ketua Badan Legislasi (Baleg) DPR Supratman …": the body of the office after the parenthesis, then the name
  const headAfter = pending && pending.at === span.start && !orgAt(b, i, limit) ? headAt(b, i, limit) : null;
  const bodyAfter =
    pending && pending.at === span.start
      ? (orgAt(b, i, limit) ?? (headAfter?.type === 'organization' ? { end: headAfter.end, name: '' } : null))
      : null;
  const bodyOfOffice =
    bodyAfter &&
    bodyAfter.end < limit - 1 &&
    t[bodyAfter.end]!.cap &&
    !t[bodyAfter.end]!.caps &&
    !isEverydayToken(t[bodyAfter.end]!) &&
    !isOrgHead(t[bodyAfter.end]!) &&
    (!isTitleHead(t[bodyAfter.end]!) || RANKS.has(bare(t[bodyAfter.end]!)))
      ? bodyAfter
      : null;
  // ("(PBNU) KH Yahya …": an honorific opening the chunk after an office's bracket, then a name)
  const honorificFirst =
    pending !== undefined &&
    pending.at === span.start &&
    PREFIX_TITLES.has(bare(t[i]!)) &&
    i + 1 < limit &&
    t[i + 1]!.cap &&
    !t[i + 1]!.caps;
  const firstOut = b.out.length;
  // "Wakil Ketua DPR dari Fraksi Partai Gerindra Sufmi Dasco Ahmad": the faction a known party names, after the
  // office's "dari", then the holder's name
  const faction =
    pending && pending.at === span.start && WRAPPER_HEADS.has(bare(t[i]!)) && i + 1 < limit
      ? orgAt(b, i + 1, limit)
      : null;
  const factionHolderEnd =
    faction &&
    faction.end < limit &&
    t[faction.end]!.cap &&
    !t[faction.end]!.caps &&
    !isEverydayToken(t[faction.end]!)
      ? nameEnd(b, faction.end, limit, true)
      : -1;
  if (pending && faction && factionHolderEnd > faction.end) {
    emit(b, 'organization', i + 1, faction.end, 'id.org.lexicon', { canonical: faction.name });
    const body = b.text.slice(t[i]!.start, t[faction.end - 1]!.end);
    emitPerson(
      b,
      faction.end,
      factionHolderEnd,
      'id.person.title-before-name',
      titlesWith(pending.titles, body),
    );
    i = factionHolderEnd;
  } else if (
    pending &&
    regionOfOffice &&
    regionOfOffice.end === limit &&
    t[limit]?.text === ',' &&
    t[limit + 1]?.cap
  ) {
    // "Kepala BPBD (…) Jawa Tengah, Bergas …": the region belongs to the office, the name follows the comma
    const region = b.text.slice(t[i]!.start, t[limit - 1]!.end);
    b.pendingTitle = { at: limit + 1, titles: titlesWith(pending.titles, region) };
  } else if (
    pending &&
    bodyAfter &&
    bodyAfter.end === limit &&
    t[limit]?.text === ',' &&
    t[limit + 1]?.cap &&
    (RANKS.has(bare(t[limit + 1]!)) || appositiveNameAfter(t, limit))
  ) {
    // "Kepala Satuan Lalu Lintas (Kasatlantas) Polres Purwakarta, AKP Enjang …": the body of the office fills the
    // chunk, the officer (a rank first, or not) follows the comma
    if (bodyAfter.name) emit(b, 'organization', i, limit, 'id.org.lexicon', { canonical: bodyAfter.name });
    else if (headAfter) emit(b, 'organization', i, limit, headAfter.rule, expandsOf(headAfter));
    const body = b.text.slice(t[i]!.start, t[limit - 1]!.end);
    b.pendingTitle = { at: limit + 1, titles: titlesWith(pending.titles, body) };
    i = limit;
  } else if (
    pending &&
    pending.at === span.start &&
    t[limit]?.text === ',' &&
    appositiveNameAfter(t, limit) &&
    isIndonesianTok(t[i]!) &&
    !isKnownName(t[i]!) &&
    !isTitleHead(t[i]!) &&
    !regionOfOffice &&
    !bodyAfter
  ) {
    // "Kepala Kantor … Bea dan Cukai (KPPBC) Tipe Madya Pabean Soekarno-Hatta, Rahmat Hidayat, …": the office's
    // class and post in everyday words after its bracket run to the comma; the holder follows it
    const post = b.text.slice(t[i]!.start, t[limit - 1]!.end);
    b.pendingTitle = { at: limit + 1, titles: titlesWith(pending.titles, post) };
    i = limit;
  } else if (
    pending &&
    pending.at === span.start &&
    (!isTitleHead(t[i]!) || honorificFirst) &&
    // "Kepala Dinas … (PMD) Labuhanbatu berinisial SRH": the office's region alone is no name
    !(regionOfOffice && regionOfOffice.end === limit && strongPlace(regionOfOffice.info)) &&
    // "…, Korea Tourism Organization", "…, PKB mengaku": a body after the comma is no name
    (!orgAt(b, i, limit) || bodyOfOffice) &&
    // ("Kepala BPBD (…) Kabupaten Bandung Barat Dicky …": an administrative unit the gazetteer knows, then the name)
    (!headAt(b, i, limit) ||
      bodyOfOffice ||
      (regionOfOffice !== null &&
        ADMIN_HEADS.has(bare(t[i]!)) &&
        strongPlace(regionOfOffice.info) &&
        regionOfOffice.end < limit &&
        !t[regionOfOffice.end]!.caps))
  ) {
    let end = nameEnd(b, i, limit, true);
    // "Ketua MUI (…) Bidang Dakwah Cholil Nafis": the field of the office goes on after the parenthesis
    let from = i;
    let titles = pending.titles;
    const branch = branchNameStart(b, i, limit);
    if (honorificFirst) {
      // "Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) KH Yahya Cholil Staquf": an honorific, then the name
      titles = [...titles, t[i]!.text];
      from = i + 1;
      end = nameEnd(b, from, limit, true);
    } else if (branch > i) {
      // "General Manager PT ASDP Indonesia Ferry (Persero) Cabang Utama Merak Hasan Lessy": the company's branch and
      // its town after the company's bracket are the office's; the name follows (a town the gazetteer knows is named)
      for (let k = i + 1; k < branch; k++) {
        const town = placeAt(b, k, branch);
        if (town?.end === branch) {
          emitPlace(b, k, branch, town.info, 'id.place.gazetteer');
          break;
        }
      }
      titles = titlesWith(titles, b.text.slice(t[i]!.start, t[branch - 1]!.end));
      from = branch;
      end = nameEnd(b, from, limit, true);
    } else if (numberedUnitAt(t, i)) {
      // ("… (Persero) Daop 1 Jakarta mengatakan": a numbered unit and its town are the office's, no name follows)
      const town = i + 2 < limit ? placeAt(b, i + 2, limit) : null;
      if (town) emitPlace(b, i + 2, town.end, town.info, 'id.place.gazetteer');
      titles = titlesWith(titles, b.text.slice(t[i]!.start, t[limit - 1]!.end));
      from = limit;
      end = limit;
      i = limit;
    } else if (
      limit - i === 1 &&
      !(regionOfOffice !== null && strongPlace(regionOfOffice.info)) &&
      !appositiveNameAfter(t, limit) &&
      closesNameBefore(b, i)
    ) {
      // ("Sungai Citarum … Kepala Balai Besar Wilayah Sungai (BBWS) Citarum mengatakan": that word alone is the
      // office's too, and no one is named)
      titles = titlesWith(titles, t[i]!.text);
      from = limit;
      end = limit;
      i = limit;
    } else if (
      limit - i >= 3 &&
      !(regionOfOffice !== null && strongPlace(regionOfOffice.info)) &&
      closesNameBefore(b, i)
    ) {
      // "Sungai Citarum … Kepala Balai Besar Wilayah Sungai (BBWS) Citarum Dedi Rahmat": a word that closed a place or
      // a body the document named before is the office's (its river, its town), the name follows it
      titles = titlesWith(titles, t[i]!.text);
      from = i + 1;
      end = nameEnd(b, from, limit, true);
    } else if (!bodyOfOffice && !regionOfOffice && limit - i >= 4 && qualifierBeforeName(b, i, limit) > 0) {
      // "Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak Budi Santoso": two words or more no given name opens,
      // then a name of two words or more a given name opens: the unit's qualifier (its river, its region) is the
      // office's
      const at = qualifierBeforeName(b, i, limit);
      titles = titlesWith(titles, b.text.slice(t[i]!.start, t[at - 1]!.end));
      from = at;
      end = nameEnd(b, from, limit, true);
    } else if (
      !bodyOfOffice &&
      limit - i >= 3 &&
      t[i]!.caps &&
      /^\p{Lu}{2,6}$/u.test(t[i]!.text) &&
      !isNonName(t[i]!) &&
      !initialsOfName(b, i, limit) &&
      t[i + 1]!.cap &&
      !t[i + 1]!.caps &&
      // ("(Disdik) DKI Jakarta …", "(Kemlu) RI …": a place's short form is the region, read as such)
      placeAt(b, i, limit) === null
    ) {
      // "Ekonom Lembaga Penyelidikan Ekonomi dan Masyarakat (LPEM) UI Yusuf …": the short form of the body the unit
      // belongs to, known or not, is the office's; the name follows it
      emit(b, 'organization', i, i + 1, 'id.org.acronym');
      titles = titlesWith(titles, t[i]!.text);
      from = i + 1;
      end = nameEnd(b, from, limit, true);
    } else if (bodyOfOffice) {
      // (a body the lexicon knows keeps its name; one read from its head word, its rule)
      if (bodyOfOffice.name)
        emit(b, 'organization', i, bodyOfOffice.end, 'id.org.lexicon', { canonical: bodyOfOffice.name });
      else if (headAfter) emit(b, 'organization', i, bodyOfOffice.end, headAfter.rule, expandsOf(headAfter));
      titles = titlesWith(titles, b.text.slice(t[i]!.start, t[bodyOfOffice.end - 1]!.end));
      from = bodyOfOffice.end;
      // ("… Polda Metro Jaya Kombes Ade Ary": the officer's rank, a title of its own)
      const rank = rankAt(b, from, limit);
      if (rank) {
        titles = [...titles, ...rank.titles];
        from = rank.end;
      }
      end = nameEnd(b, from, limit, true);
    } else if (end > i + 1 && classOf(t[i]!, COMPANY_OR_BRAND) && isBrandShape(t[i]!.text)) {
      // "Pendiri GoTo Andre Soelistyo": a brand-shaped company after the office is the office's; the name follows
      emit(b, 'organization', i, i + 1, 'id.org.company-or-agency');
      titles = titlesWith(titles, t[i]!.text);
      from = i + 1;
    } else if (t[i]!.key === 'bidang') {
      from = i + 1;
      while (from < end - 1 && fieldish(t[from]!)) from++;
      if (from > i + 1) titles = titlesWith(titles, b.text.slice(t[i]!.start, t[from - 1]!.end));
      else from = i;
    } else if (
      regionOfOffice &&
      strongPlace(regionOfOffice.info) &&
      regionOfOffice.end < limit &&
      !t[regionOfOffice.end]!.caps
    ) {
      end = nameEnd(b, regionOfOffice.end, limit, true);
      // "Kepala Dinas Kesehatan (Dinkes) Jawa Barat Vini Adiani": the region of the office, then the name
      emitPlace(b, i, regionOfOffice.end, regionOfOffice.info, 'id.place.gazetteer');
      const region = b.text.slice(t[i]!.start, t[regionOfOffice.end - 1]!.end);
      titles = titlesWith(titles, region);
      from = regionOfOffice.end;
      // ("… (BNNP) Lampung Brigjen Pol Budi Wibowo": the officer's rank after the region is a title of its own)
      const rank = rankAt(b, from, end);
      if (rank) {
        titles = [...titles, ...rank.titles];
        from = rank.end;
      }
    }
    // ("Kepala Stasiun Gambir, Mursyid, mengatakan": one word between commas before a speech verb names the holder
    // even when the dictionary has the word)
    const apposed = end === from + 1 && t[from - 1]?.text === ',' && appositiveNameAfter(t, from - 1);
    if (end > from && (apposed || !everyTok(t, from, end, isEverydayToken))) {
      emitPerson(b, from, end, 'id.person.title-before-name', titles);
      i = end;
    }
  }
  while (i < limit) {
    const w = t[i]!;
    const lw = bare(w);

    // "RUU Kementerian Negara", "UU Nomor 39 Tahun 2008 tentang Kementerian Negara": a body's or place's words as
    // the subject of a law name the law, not the body (an acronym stays: "UU KPK")
    if (i === span.start && !w.caps && lawSubjectAt(t, i, limit)) {
      i = limit;
      continue;
    }
    if (
      LAW_TITLE_HEADS.has(lw) &&
      w.cap &&
      i + 1 < limit &&
      !t[i + 1]!.caps &&
      lawSubjectAt(t, i + 1, limit)
    ) {
      i = limit;
      continue;
    }
    // "RUU Desa", "UU Pemerintahan Daerah": a unit of administration after a law's short title is its subject, no place
    if (LAW_TITLE_HEADS.has(lw) && i + 1 < limit && ADMIN_HEADS.has(bare(t[i + 1]!))) {
      i += 2;
      continue;
    }

    // "di Mapolres Metro Bekasi Kota": a metropolitan command's "Metro" after the headquarters' word, before the
    // city, is no town of its own
    if (
      w.text === 'Metro' &&
      /^mapol(res|resta|sek|da)$/u.test(t[i - 1]?.lower ?? '') &&
      i + 1 < limit &&
      strongPlaceAt(b, i + 1, limit)
    ) {
      i++;
      continue;
    }

    // "di Kantor Pusat Bulog", "Kantor Cabang BRI": the office where a known body sits names that body, no "Pusat"
    if (
      (lw === 'pusat' || lw === 'cabang') &&
      t[i - 1]?.key === 'kantor' &&
      i + 1 < limit &&
      orgAt(b, i + 1, limit) !== null
    ) {
      i++;
      continue;
    }

    // "berinisial AS", "tersangka RCD": initials after a person cue are a person, even when they
    // spell a country ("AS") or an agency
    // ("Sopir truk berinisial S (30)": one capital letter after "berinisial" or "inisial" too)
    if (
      (w.caps ||
        (w.text.length <= 2 && /^\p{Lu}$/u.test(w.text) && /^(ber)?inisial$/u.test(t[i - 1]?.lower ?? ''))) &&
      w.text.length <= 5 &&
      i + 1 === limit &&
      // ("pelaku UMKM": a short form of a common noun after the cue is no one's initials, but after "berinisial")
      ((PERSON_CUES.has(t[i - 1]?.lower ?? '') &&
        (!NON_NAME_ACRONYMS.has(w.key) || /^(ber)?inisial$/u.test(t[i - 1]!.lower))) ||
        listedInitials(b, i, 0) ||
        t[i + 1]?.lower === 'alias' ||
        (!orgAt(b, i, limit) && initialsListAfterPeople(t, i)))
    ) {
      emitPerson(b, i, i + 1, 'id.person.initials-cue');
      i++;
      continue;
    }

    // "Gu Jun Pyo", "Goo Ha Ra": a Korean name of three parts, whatever its syllables also spell
    const korean = koreanNameEnd(t, i, limit);
    if (korean > 0) {
      emitPerson(b, i, korean, 'id.person.east-asian-name');
      i = korean;
      continue;
    }

    // a nickname of a public figure
    const nick = classOf(w, NICK_START) ? NICKS.longest(b.text, t as unknown as Token[], i, limit) : null;
    const longer =
      nick !== null &&
      nick.end < limit &&
      t[nick.end]!.cap &&
      !isNameBoundary(b, nick.end, limit) &&
      // ("Jokowi Hadiri Pernikahan …": a headline's verb after the nickname)
      !headlineVerb(t[nick.end]!);
    if (nick && !longer && !(w.initial && nick.end === i + 1 && COMMON_WORDS.has(lw))) {
      emit(b, 'person', i, nick.end, 'id.person.nickname', {
        canonical: otherNamesNick(b, i, nick.end, nick.value) ? undefined : nick.value,
      });
      i = nick.end;
      continue;
    }

    const org = orgAt(b, i, limit);
    const place = placeAt(b, i, limit);
    const orgLen = org ? org.end - i : 0;
    const placeLen = place ? place.end - i : 0;

    // sentence-initial everyday word, or a capitalized non-name
    if (
      (w.initial &&
        !(limit === i + 1 && speechAfter(b, i + 1) && !COMMON_WORDS.has(lw) && !isAgentNoun(lw)) &&
        // ("Gigi, sapaan Nagita, …": a nickname, see classifyUnknown)
        !(limit === i + 1 && nicknameFollows(t, limit)) &&
        orgLen <= 1 &&
        placeLen <= 1 &&
        // "Indonesia berada di …", "Medan diguyur hujan": a country, or an Indonesian region or city
        // before a verb, opening a sentence is the place, dictionary word or not ("Medan perang" is a word)
        !(
          place &&
          (place.info.kind === 'country' ||
            (TRUSTED_SOURCES.has(place.info.source) && VERB_OPENING.test(t[i + 1]?.lower ?? '')) ||
            // "Roma adalah kota …", "Paris - Harga minyak …": a known city before a copula, or before a
            // dateline's dash
            (strongPlace(place.info) && (COPULAS.has(t[i + 1]?.lower ?? '') || datelineDashAt(t, i + 1))))
        ) &&
        !w.caps &&
        isIndonesianTok(w) &&
        // ("Kejagung menahan …": a body's short form the lexicon spells out, read by a dictionary as "ke-jagung")
        !(org && orgLen === 1 && org.name !== w.text && !rootWords().has(lw)) &&
        // ("Demokrat memang bukan …", "Demokrat tak masalah …": a party's short name before the adverb of its clause)
        !(
          org &&
          orgLen === 1 &&
          org.name !== w.text &&
          limit === i + 1 &&
          t[i + 1] !== undefined &&
          !t[i + 1]!.cap &&
          subjectVerbOrAdverb(t[i + 1]!)
        ) &&
        !(GIVEN_NAMES_ID.has(lw) && !EVERYDAY_GIVEN_NAMES.has(lw)) &&
        !officeAfterComma(b, i, limit) &&
        // ("Teguh P. Nugroho, …": a given name before a middle initial with its dot and a name word)
        !(GIVEN_NAMES_ID.has(lw) && i + 2 < limit && /^\p{Lu}\.$/u.test(t[i + 1]!.text) && t[i + 2]!.cap) &&
        !givenNameOpener(t, i, limit) &&
        !balineseStyleAt(t, i, limit) &&
        // a short root that is no function word, before more capitals, may be a given name ("Maki Horikita")
        (limit === i + 1 || COMMON_WORDS.has(lw) || lw.length >= 4 || derivedWord(lw)) &&
        !(limit === i + 1 && subjectName(b, i, i + 1)) &&
        !titleHeadAt(t, i) &&
        !NAME_PREFIXES.has(lw) &&
        t[i + 1]?.lower !== 'bersaudara' &&
        // ("Partner AC Ventures Helen Wong menilai …": an English office opening the sentence)
        !(lw === 'partner' && englishOfficeEnd(t, i, limit) > 0) &&
        !prefixHeadAt(b, i, limit)) ||
      (isNonName(w) &&
        orgLen <= 1 &&
        placeLen <= 1 &&
        !headAt(b, i, limit) &&
        !monthAsGivenName(t, i, limit) &&
        // ("CEO Budi Santoso", "CFO Tanibumi …": an office in capitals before more capitals is the office;
        // "Menlu Sugiono", "Wapres Gibran …": so is a short form of an office)
        !(
          (w.caps || (OFFICE_HEADS.has(w.key) && !isEnglishWord(w.lower))) &&
          i + 1 < limit &&
          titleHeadAt(t, i)
        ))
    ) {
      i++;
      continue;
    }

    // "Muktamar VIII Surabaya": a numeral that numbers the word before it; a place or body follows on its own
    if (
      /^[IVX]+$/u.test(w.text) &&
      i > span.start &&
      i + 1 < limit &&
      (orgAt(b, i + 1, limit) !== null || strongPlaceAt(b, i + 1, limit))
    ) {
      i++;
      continue;
    }

    // "Head of Research Kiwoom Sekuritas Indonesia Sukarno Alatas", "Chief Economist Bank Permata Josua Pardede":
    // an English office, the company, then the name
    // ("Head of | Research …": the chunk opens after "of", or after "and" in "Head of Sales and | Marketing …")
    const officeFrom =
      i === span.start && t[i - 1]?.text === 'of' && t[i - 2]?.text === 'Head'
        ? i - 2
        : i === span.start && t[i - 1]?.text === 'and' && t[i - 3]?.text === 'of' && t[i - 4]?.text === 'Head'
          ? i - 4
          : i;
    // ("Head of | Media Relations PT …": a field of two words)
    const office =
      officeFrom < i
        ? i + 2 < limit && t[i + 1]!.cap && ENGLISH_OFFICE_FIELDS.has(t[i + 1]!.lower)
          ? i + 2
          : i + 1
        : englishOfficeEnd(t, i, limit);
    if (office > 0 && office < limit) {
      const known = orgAt(b, office, limit);
      // ("Grab Indonesia": a company and its country)
      // ("Pertamina Patra Niaga", "PT Pertamina Patra Niaga" named earlier: a company's longer name)
      let bodyEnd = known ? earlierNamedEnd(b, 'organization', office, known.end, limit) : -1;
      const namedLonger = known !== null && bodyEnd > known.end;
      // ("Samsung Electronics", "Grab Indonesia": company words and a country after the known name belong to it)
      // ("KAI Commuter Anne Purba": a word no list knows after the known name too, before a name of two words that
      // a given name opens; it makes another body than the known one)
      let otherBody = false;
      while (known && bodyEnd < limit) {
        const x = t[bodyEnd]!;
        if (ORG_TAILS.has(x.key) || placeAt(b, bodyEnd, bodyEnd + 1)?.info.kind === 'country') bodyEnd++;
        else if (
          limit - bodyEnd === 3 &&
          x.cap &&
          !x.caps &&
          !isKnownName(x) &&
          !isIndonesianTok(x) &&
          isKnownName(t[bodyEnd + 1]!) &&
          !EVERYDAY_GIVEN_NAMES.has(t[bodyEnd + 1]!.key)
        ) {
          otherBody = true;
          bodyEnd++;
        } else break;
      }
      // ("Corporate Secretary Pertamina Patra Niaga Heppy …" after "PT Pertamina Patra Niaga": a longer company the
      // document named is its own, not the known one's)
      const bodyName = known && !otherBody && !namedLonger ? { canonical: known.name } : {};
      let name = known ? (bodyEnd < limit ? bodyEnd : -1) : -1;
      // ("Vice President PT Sinar Jaya Tbk Hartono …": a company read from its head word ends before the name)
      const company = known ? null : headAt(b, office, limit);
      // ("General Manager PT Angkasa Pura Indonesia Bandara Sultan Hasanuddin, …": the facility the company runs
      // follows it, no name)
      const facility =
        company?.type === 'organization' &&
        company.end < limit &&
        headAt(b, company.end, limit)?.type === 'place';
      if (
        company?.type === 'organization' &&
        company.end < limit - 1 &&
        company.end > office + 1 &&
        !facility
      ) {
        name = company.end;
        // ("General Manager PT Antam Abdul Hadi Aviciena": a name that a known given name opens inside the company's
        // run is the name)
        const cut = givenNameRun(b, office + 2, limit);
        if (cut > office + 1 && cut < name) name = cut;
      }
      if (!known && name < 0 && !facility) {
        for (let k = office + 1; k < limit - 1; k++)
          if (GIVEN_NAMES_ID.has(t[k]!.key) && !isOrgHead(t[k]!) && !placeAt(b, k, limit)) {
            // ("… InJourney Airports Anak Agung Ngurah …": a Balinese style before the given name opens the name)
            name = k - 1 > office && balineseStyleAt(t, k - 1, limit) ? k - 1 : k;
            break;
          }
        // ("… Sekuritas Indonesia Sukarno Alatas": the words after the company's last body word or country)
        if (name < 0)
          for (let k = limit - 2; k > office; k--) {
            const x = t[k]!;
            if (isOrgHead(x) || ORG_TAILS.has(x.key) || placeAt(b, k, k + 1)?.info.kind === 'country') {
              // ("… Bank DBS Taimur Baig": the company's acronym after its body word is no name)
              let n = k + 1;
              while (n < limit && t[n]!.caps) n++;
              if (limit - n >= 2 && limit - n <= 3) name = n;
              break;
            }
          }
      }
      const end = name > 0 ? nameEnd(b, name, limit, true) : -1;
      if (known && name < 0 && t[limit]?.text !== ',') {
        // "Chief Economist Bank Permata mengatakan": the office and its company, no name here (a name after a
        // comma is the title path's)
        emit(b, 'organization', office, bodyEnd, 'id.org.lexicon', bodyName);
        i = limit;
        continue;
      }
      if (name > office && end === limit && end - name <= 4) {
        if (known) emit(b, 'organization', office, bodyEnd, 'id.org.lexicon', bodyName);
        else readOfficeBody(b, office, name);
        emitPerson(b, name, end, 'id.person.english-office', [
          b.text.slice(t[officeFrom]!.start, t[name - 1]!.end),
        ]);
        i = end;
        continue;
      }
      // "Head of Research Mirae Asset Sekuritas Indonesia, Robertus Hardy, …", "Chief Executive Officer
      // Rumahbelajar, Kevin Wijaya, …": the office and its company run to the comma, the name follows it
      if (name < 0 && appositiveNameAfter(t, limit)) {
        if (known && bodyEnd === limit) emit(b, 'organization', office, bodyEnd, 'id.org.lexicon', bodyName);
        else readOfficeBody(b, office, limit);
        b.pendingTitle = { at: limit + 1, titles: [b.text.slice(t[officeFrom]!.start, t[limit - 1]!.end)] };
        i = limit;
        continue;
      }
    }

    // "King Power Stadium", "Queen Elizabeth Hospital": an English title word opening a building's name
    const building = isTitleHead(w) && !isIndonesianTok(w) ? englishFeatureEnd(b, i, limit) : -1;
    if (building > 0) {
      emitPlace(b, i, building, null, 'id.place.feature-tail', 'other');
      i = building;
      continue;
    }
    // ("Tersangka EAR ditahan …", "Pelaku RH ditangkap …": a person's cue opening the sentence, then initials alone)
    if (
      w.initial &&
      PERSON_CUES.has(w.lower) &&
      i + 2 === limit &&
      t[i + 1]!.caps &&
      /^\p{Lu}{2,5}$/u.test(t[i + 1]!.text) &&
      !NON_NAME_ACRONYMS.has(t[i + 1]!.key) &&
      !romanNumeral(t[i + 1]!.text) &&
      orgAt(b, i + 1, limit) === null
    ) {
      emitPerson(b, i + 1, limit, 'id.person.initials-cue');
      i = limit;
      continue;
    }
    // title phrase → the following name is a person
    // ("RB Leipzig": a club's abbreviation that also continues an office, "Menpan RB", opens the club)
    // ("Karo Penmas Polri …": an office that is also a one-word place, before a word of an office, is the office)
    const officeOverPlace =
      placeLen === 1 &&
      i + 1 < limit &&
      t[i + 1]!.cap &&
      COMPLEMENTS.has(bare(t[i + 1]!)) &&
      !isKnownName(t[i + 1]!) &&
      !locativeBefore(b, i);
    if (
      titleHeadAt(t, i) &&
      orgLen === 0 &&
      (placeLen === 0 || officeOverPlace) &&
      clubPrefixEnd(b, i, limit) < 0
    ) {
      const title = readTitle(b, i, limit);
      if (title) {
        officeAcronyms(b, i + 1, title.end);
        const end = nameEnd(b, title.end, limit, true);
        const nameToks = t.slice(title.end, end);
        const personal = PERSONAL_TITLES(bare(t[title.end - 1]!)) || PERSONAL_TITLES(lw);
        // "Direktur Utama PT Indosat Tbk, Hasnul Suhaemi": the office runs to the comma, the name follows it
        // ("Menkes Nila Moeloek, Menteri Agama …": an office after the comma makes a list of officials, each
        // with a name)
        // ("Bupati Pemalang nonaktif, Mukti …": a word on the office's standing may stand before the comma)
        // ("CEO Zenius yang baru, Michelle Tan, …": or "yang" and a word of its standing)
        const gap =
          end === limit &&
          // ("Ketua DPRD Kabupaten Bogor sementara, Sastra Winara, …": the acting holder, set off by a comma)
          (OFFICE_STANDING.has(t[limit]?.lower ?? '') || t[limit]?.lower === 'sementara') &&
          t[limit + 1]?.text === ','
            ? 1
            : end === limit &&
                t[limit]?.lower === 'yang' &&
                NEW_OR_FORMER.has(t[limit + 1]?.lower ?? '') &&
                t[limit + 2]?.text === ','
              ? 2
              : 0;
        const commaName =
          end === limit &&
          t[limit + gap]?.text === ',' &&
          t[limit + gap + 1]?.cap === true &&
          // ("… Jakarta Raya Teguh P. Nugroho, Senin …": a day after the comma names no one)
          !DAYS_MONTHS.has(t[limit + gap + 1]!.key) &&
          // ("Dr. Ir. Andani Achmad, M.T., …": nor does a degree, which closes the name before the comma)
          !DEGREE.test(t[limit + gap + 1]!.text) &&
          // ("Kepala Dinas X, Kolonel Budi": a rank after the comma opens the officer's own titles)
          (!isTitleHead(t[limit + gap + 1]!) || RANKS.has(bare(t[limit + gap + 1]!)));
        // "Pebalap Ducati Lenovo, Francesco Bagnaia, …": after a one-word role, two or three words no name list
        // holds, then a name set off by commas that a given name opens, are the team or firm the officer works for
        // ("Pengacara mantan Ketua Umum Partai Demokrat Anas …, Adnan …": the lawyer of the official named first)
        const firmRun = commaName && gap === 0 && title.end === i + 1 && bodyBeforeNamed(t, title.end, limit);
        if (
          commaName &&
          end > title.end &&
          (nameToks.some(
            (x, n) =>
              // (a middle initial with its dot is a name's: "Teguh P. Nugroho")
              !(n > 0 && n < nameToks.length - 1 && /^\p{Lu}\.$/u.test(x.text)) &&
              ((x.caps && !(n === 0 && initialsOfName(b, title.end, limit))) ||
                isEverydayToken(x) ||
                isHead(x) ||
                ORG_TAILS.has(bare(x))),
          ) ||
            // "Peneliti Perludem, Fadli Ramadhanil, …": one unknown word between the office and a name of two
            // words or more set off by commas is the body the officer works for
            (nameToks.length === 1 &&
              gap !== 1 &&
              // ("Kepala Desa Sumberwangi, Rudi …", "Camat Cibeureum, Asep …": the territory an office runs)
              !ADMIN_HEADS.has(bare(t[title.end - 1]!)) &&
              !TERRITORIAL.has(bare(t[i]!)) &&
              !placeAt(b, title.end, limit) &&
              !isKnownName(nameToks[0]!) &&
              !NICK_BY_KEY.get(foldTok(b, title.end)) &&
              appositiveNameAfter(t, limit + gap)) ||
            // "Pelatih Lyon, Didier Lamont, …": a known city that is also a given name, then a full name set off
            // by commas: the city (or its club) is the officer's
            (nameToks.length === 1 &&
              gap === 0 &&
              isKnownName(nameToks[0]!) &&
              strongPlaceAt(b, title.end, limit) &&
              appositiveNameAfter(t, limit)) ||
            firmRun)
        ) {
          // ("Pendiri Tokokita Digital, …": the firm's run is one body, whole)
          if (firmRun && orgAt(b, title.end, end)?.end !== end)
            emit(b, 'organization', title.end, end, 'id.org.office-body');
          else readOfficeBody(b, title.end, end);
          // (the holder's standing after "yang" is no word of the office)
          b.pendingTitle = {
            at: limit + 1 + gap,
            titles: [b.text.slice(t[i]!.start, t[gap === 2 ? end - 1 : end - 1 + gap]!.end)],
          };
          i = end;
          continue;
        }
        if (commaName && end === title.end && title.end > i + 1) {
          // "Kepala Dinas Pertanian Kabupaten Bogor, Budi Santoso": the office fills the chunk, the name follows
          b.pendingTitle = { at: limit + 1 + gap, titles: title.titles };
          i = end;
          continue;
        }
        // "Direktur RSUD Cibinong, dr. Vitrie Winastri, …": the office fills the chunk, an honorific and the name
        // follow the comma
        if (
          end === title.end &&
          end === limit &&
          title.end > i + 1 &&
          t[limit]?.text === ',' &&
          t[limit + 1] !== undefined &&
          (HONORIFICS.has(bare(t[limit + 1]!)) || PREFIX_TITLES.has(bare(t[limit + 1]!))) &&
          !t[limit + 1]!.cap &&
          t[limit + 2]?.cap
        ) {
          b.pendingTitle = { at: limit + 2, titles: title.titles };
          i = end;
          continue;
        }
        // "Ketua Koperasi Pedagang Pasar Induk Cipinang, Zulkifli Rasyid, …": an office whose last word opens a body,
        // capitalized words to the chunk's end, then a name of two words or more set off by commas: the body runs
        // to the comma, the name follows it
        if (
          end < limit &&
          isOrgHead(t[title.end - 1]!) &&
          title.end - 1 > i &&
          appositiveNameAfter(t, limit) &&
          everyTok(t, title.end, limit, (x) => x.cap && !isTitleHead(x))
        ) {
          emit(b, 'organization', title.end - 1, limit, 'id.org.head-word');
          b.pendingTitle = { at: limit + 1, titles: [b.text.slice(t[i]!.start, t[limit - 1]!.end)] };
          i = limit;
          continue;
        }
        // "Anggota Komisi I DPR dari Fraksi PDI-P, TB Hasanuddin, menilai": the office, the body the officer
        // comes from, then the name after the comma
        // ("Jaksa Penuntut Umum (JPU) dari Kejaksaan Negeri Semarang, Wahyu …": the office's short form first)
        const shortEnd =
          end === title.end && end === limit && t[limit]?.text === '(' ? closingParen(t, limit, 4) + 1 : 0;
        const from = shortEnd > 0 ? shortEnd : limit;
        if (end === title.end && end === limit && t[from]?.lower === 'dari' && t[from + 1]?.cap) {
          let k = from + 1;
          // ("Fraksi PDI-P": a hyphen inside the body's short form)
          while (k < t.length && k < from + 8 && (t[k]!.cap || (t[k]!.text === '-' && t[k + 1]?.cap))) k++;
          if (
            appositiveNameAfter(t, k) &&
            (isOrgHead(t[from + 1]!) ||
              WRAPPER_HEADS.has(bare(t[from + 1]!)) ||
              orgAt(b, from + 1, k)?.end === k ||
              strongPlaceAt(b, from + 1, k) ||
              t[from + 1]!.caps)
          ) {
            b.pendingTitle = { at: k + 1, titles: [b.text.slice(t[i]!.start, t[k - 1]!.end)] };
            i = end;
            continue;
          }
          // "Anggota Komisi IX DPR dari Fraksi PDI-P Edy Wuryanto mempertanyakan": no comma, the office's body
          // opens the next chunk before the name (the office is held to the chunk that follows "dari")
          if (WRAPPER_HEADS.has(bare(t[from + 1]!)) || isOrgHead(t[from + 1]!)) {
            b.pendingTitle = { at: from + 1, titles: [b.text.slice(t[i]!.start, t[from]!.end)] };
            i = end;
            continue;
          }
        }
        // "Gubernur Bali terpilih I Wayan Koster", "Bupati Pemalang nonaktif Mukti Agung": the office's standing in
        // lower case, then the name
        if (
          end === title.end &&
          end === limit &&
          OFFICE_STANDING.has(t[limit]?.lower ?? '') &&
          t[limit + 1]?.cap &&
          !isTitleHead(t[limit + 1]!)
        ) {
          b.pendingTitle = { at: limit + 1, titles: [b.text.slice(t[i]!.start, t[limit]!.end)] };
          i = end;
          continue;
        }
        // "Duta Besar RI untuk Jepang Heri Akhmadi", "Utusan Khusus Presiden untuk Timur Tengah Alwi …": the office
        // goes on with the country, region or body it serves, then the name
        // ("Konsul Jenderal Malaysia di Pekanbaru, Mohammad Hafiz": a diplomat's post, "di" and its city)
        const serves =
          t[limit]?.lower === 'untuk' || (t[limit]?.lower === 'di' && DIPLOMATIC_OFFICES.has(bare(t[i]!)));
        if (
          end === title.end &&
          end === limit &&
          serves &&
          t[limit + 1]?.cap &&
          (strongPlaceAt(b, limit + 1, t.length) || orgAt(b, limit + 1, t.length) !== null)
        ) {
          b.pendingTitle = { at: limit + 1, titles: titlesWith(title.titles, t[limit]!.lower) };
          i = end;
          continue;
        }
        // "Kepala Dusun Krajan adalah …": a unit of administration after the office is the place it runs, no name
        if (nameToks.length >= 2 && ADMIN_HEADS.has(bare(nameToks[0]!)) && !personal) {
          i = title.end;
          continue;
        }
        // "Kepala Desa Sumberagung, Kecamatan …", "Kades Sukamaju Asep Saepudin": the office of a village
        // names the village first, a place (one word, or two before a known given name); the name follows
        // ("Kepala Desa Budi Santoso": a known given name right after the office is the name)
        if (
          VILLAGE_OFFICES.has(bare(t[title.end - 1]!)) &&
          // ("Menteri Desa Marwan Jafar": a minister's field is no village)
          title.end - i <= 3 &&
          VILLAGE_HEADS.has(bare(t[i]!)) &&
          end > title.end &&
          !personal &&
          !isKnownName(nameToks[0]!)
        ) {
          let village = title.end + 1;
          if (end - title.end >= 3 && !isKnownName(t[village]!) && isKnownName(t[village + 1]!)) village++;
          const known = placeAt(b, title.end, village);
          emitPlace(
            b,
            title.end,
            village,
            known?.end === village ? known.info : null,
            'id.place.office-territory',
            'other',
          );
          const titles = [b.text.slice(t[i]!.start, t[village - 1]!.end)];
          if (village < end) emitPerson(b, village, end, 'id.person.title-before-name', titles);
          else if (
            end === limit &&
            t[limit]?.text === ',' &&
            t[limit + 1]?.cap &&
            !ADMIN_HEADS.has(bare(t[limit + 1]!)) &&
            !isTitleHead(t[limit + 1]!)
          )
            b.pendingTitle = { at: limit + 1, titles };
          i = end;
          continue;
        }
        const orgLike =
          nameToks.length > 0 &&
          (isOrgHead(nameToks[0]!) || nameToks.some((x) => ORG_TAILS.has(bare(x)) && x.cap));
        // "General Motors", "General Electric Co.": the English rank opening a company's name is part of it
        // ("CTO General Motors": the office before it names no one)
        if (orgLike && t[title.end - 1]!.text === 'General') {
          emit(b, 'organization', title.end - 1, end, 'id.org.tail-word');
          i = end;
          continue;
        }
        if (orgLike && !personal) {
          // "Direktur Utama PT Sinar Abadi Tbk mengatakan": the office's company, no name here
          // ("Rektor Universitas Sebelas Maret": the body's own name may hold a non-name word)
          const body = Math.max(end, headAt(b, title.end, limit)?.end ?? end);
          readOfficeBody(b, title.end, body);
          if (body === limit) noteAppositive(b, i, body);
          i = body;
          continue;
        }
        // "Kepala BPS (…) Amalia …" / "Kepala Badan Pusat Statistik (BPS) Amalia …": the name after the parenthesis
        // ("Kepala Bidang Humas (Kabid Humas) Polda Metro Jaya …": a short form of two or three words too)
        const close = end === limit && t[limit]?.text === '(' ? closingParen(t, limit, 4) : -1;
        const body = close > 0 ? bodyRunBeforeNamed(t, close + 1) : -1;
        // (not a region: "Kepala Pelaksana BPBD (…) Banjarnegara, Arief …" is the office's territory)
        if (body > 0 && !placeAt(b, close + 1, body)) {
          // "Chief Executive Officer (CEO) Kirimaja, Steven Wijaya, …": the firm after the short form, then the
          // name set off by commas
          readOfficeBody(b, close + 1, body);
          b.pendingTitle = { at: body + 1, titles: [b.text.slice(t[i]!.start, t[body - 1]!.end)] };
        } else if (close > 0 && t[close + 1]?.cap) {
          b.pendingTitle = { at: close + 1, titles: [b.text.slice(t[i]!.start, t[end - 1]!.end)] };
        } else if (close > 0 && /^drg?\.?$/u.test(t[close + 1]?.text ?? '')) {
          // "Ketua Umum Ikatan Dokter Anak Indonesia (IDAI) dr Piprim …": a physician's title in lower case, then the name
          const at = t[close + 2]?.text === '.' ? close + 3 : close + 2;
          if (t[at]?.cap && !t[at]!.caps)
            b.pendingTitle = { at, titles: [b.text.slice(t[i]!.start, t[end - 1]!.end), t[close + 1]!.text] };
        } else if (close > 0 && appositiveNameAfter(t, close + 1)) {
          // "Ketua Umum Persatuan Produser Film Indonesia (PPFI), Deddy Mizwar, …": the name after the comma
          b.pendingTitle = { at: close + 2, titles: [b.text.slice(t[i]!.start, t[end - 1]!.end)] };
        }
        // ("Paku Alam X": everyday words before a regnal numeral are a ruler's name)
        const regnal = end - title.end >= 2 && /^[IVX]+$/u.test(t[end - 1]!.text);
        // "Direktur Jenderal Pembinaan dan Produktivitas (Binalattas) Kemnaker …", "… Haji dan Umrah (PHU)": the
        // short form in brackets abbreviates the words before it, the office's field, no name
        const glossed =
          close === limit + 2 &&
          everyTok(t, title.end, end, (x) => isIndonesianTok(x) && !GIVEN_NAMES_ID.has(x.key)) &&
          (glossStart(b, limit + 1) >= 0 || abbreviatesPlainWords(b, limit, t[limit + 1]!.text));
        let resume = -1;
        if (glossed) {
          // the field belongs to the office (pendingTitle above)
        } else if (
          end > title.end &&
          !personal &&
          !regnal &&
          nameToks.every(isEverydayToken) &&
          !rareWordsName(nameToks, t[end]) &&
          !rareNameAfterAcronym(t, title.end, end)
        ) {
          // "Aktor Terbaik", "Kepala Sekolah", "Ketua Umumnya": an office and a common word, no name
          // (unless the document names one of its words as a speaker: see officeHoldersNamedElsewhere)
          // ("Direktur Utama Perumda X Kota Bandung Sonny Salimi menjelaskan": or before the subject's verb)
          if (
            end - title.end >= 2 &&
            end - title.end <= 3 &&
            (t[title.end - 1]!.caps || (t[end] !== undefined && subjectVerbOrAdverb(t[end]!)))
          ) {
            const words = { start: title.end, end, titles: [...title.titles] };
            if (b.officeWords) b.officeWords.push(words);
            else b.officeWords = [words];
          }
          // "Kepala Pos Pengamatan Gunung Marapi, Ahmad …": the unit's everyday words, then a place its head word opens
          // filling the rest of the chunk; the holder is named after the comma
          const site = end < limit ? headAt(b, end, limit) : null;
          if (site?.type === 'place' && site.end === limit && appositiveNameAfter(t, limit, true)) {
            emitPlace(b, end, limit, null, site.rule, site.kind);
            b.pendingTitle = { at: limit + 1, titles: [b.text.slice(t[i]!.start, t[limit - 1]!.end)] };
            resume = limit;
          }
        } else if (
          (end === title.end + 1 || (end - title.end <= 3 && physicianAfter(t, end))) &&
          everyTok(t, title.end, end, (x) => x.caps) &&
          !personal &&
          !NICK_BY_KEY.get(foldTok(b, title.end))
        ) {
          // "Rektor UGM", "Ketua KPU": an acronym after an office is the organization, not a name
          // ("Direktur SDM", "Menteri ESDM": the acronym of a field names none)
          // "Direktur RSUP dr. Sardjito, Eniarti, …": a hospital named after a physician, the holder named after the
          // comma ("Direktur RSUD dr Kusnanto Saidi mengatakan" is the director, a physician)
          const physician = physicianAfter(t, end);
          const hospital = physician && t[title.end]!.text.startsWith('RS');
          // (the name after the physician's title and its dot)
          const named = t[end + 1]?.text === '.' ? end + 2 : end + 1;
          const hospitalEnd =
            hospital && t[named]?.cap && !t[named]!.caps ? nameEnd(b, named, limit, true) : -1;
          // (or its town set off by commas: "Direktur RSUD dr Soetomo, Surabaya, …")
          const oneWord =
            t[hospitalEnd]?.text === ',' &&
            t[hospitalEnd + 1]?.cap === true &&
            !t[hospitalEnd + 1]!.caps &&
            t[hospitalEnd + 2]?.text === ',';
          const town = oneWord && placeAt(b, hospitalEnd + 1, hospitalEnd + 2) !== null;
          if (hospitalEnd > named && (oneWord || appositiveNameAfter(t, hospitalEnd))) {
            emitPlace(b, title.end, hospitalEnd, null, 'id.place.feature-head');
            if (!town)
              b.pendingTitle = {
                at: hospitalEnd + 1,
                titles: [b.text.slice(t[i]!.start, t[hospitalEnd - 1]!.end)],
              };
            resume = hospitalEnd;
          } else if (end > title.end + 1 || !isNonName(t[title.end]!))
            emit(b, 'organization', title.end, end, 'id.org.acronym');
          // "Ketua IDAI dr Piprim …", "Ketua Umum PB IDI dr Moh …": the office of the body, a physician's title in
          // lower case, then the name (not a hospital named after a physician: "Direktur RSUP dr. Sardjito")
          if (physician && !hospital) {
            const stop =
              named < limit && t[named]!.cap && !t[named]!.caps ? nameEnd(b, named, limit, true) : named;
            if (stop > named) {
              const office = b.text.slice(t[i]!.start, t[end - 1]!.end);
              emitPerson(b, named, stop, 'id.person.title-before-name', [office, t[end]!.text]);
              resume = stop;
            }
          }
        } else if (end === title.end + 1 && namedBodyBefore(b, title.end)) {
          // "Badan Legislasi (Baleg) … Anggota Baleg dari …": a body the document named before, no person
          // ("… Anggota Baleg, Budi Santoso, …": the holder named after the comma holds the office)
          emit(b, 'organization', title.end, end, 'id.org.office-body');
          if (appositiveNameAfter(t, end))
            b.pendingTitle = { at: end + 1, titles: [b.text.slice(t[i]!.start, t[end - 1]!.end)] };
        } else if (
          end === title.end + 1 &&
          DEMONSTRATIVES.has(t[end]?.lower ?? '') &&
          !personal &&
          !isKnownName(t[title.end]!) &&
          !NICK_BY_KEY.get(foldTok(b, title.end)) &&
          !t[title.end]!.caps
        ) {
          // "Bek Sassuolo itu", "Pebalap Ducati tersebut": the one office-holder the story spoke of, and the body
          // they serve (no name stands before a demonstrative)
          emit(b, 'organization', title.end, end, 'id.org.office-body');
        } else if (
          end === title.end + 1 &&
          SPORTS_POSITIONS.has(t[title.end - 1]!.lower) &&
          !personal &&
          !isKnownName(t[title.end]!) &&
          appositiveNameAfter(t, end) &&
          placeAt(b, title.end, end) !== null
        ) {
          // "Bek Leicester, Robert Huth, …", "Pelatih Sassuolo, …": a town after a player's or a coach's post, the
          // holder named after the comma, is the club
          emit(b, 'organization', title.end, end, 'id.org.sports-team');
          b.pendingTitle = { at: end + 1, titles: [b.text.slice(t[i]!.start, t[end - 1]!.end)] };
        } else if (end > title.end) {
          // "Ketua Bidang Perlindungan Konsumen Sri Wahyuni": the rest of the office's field, then the name
          const field = someTok(t, i, title.end, (x) => x.lower === 'bidang');
          let from = field ? fieldBeforeName(b, title.end, end, true) : title.end;
          // "Direktur Blue Bird Adrianto …", "Pengamat Pasar Modal Dandossi Matram": the office's unit, then the name
          const unit = from === title.end ? nameAfterOfficeUnit(b, title.end, end) : title.end;
          if (unit > title.end) {
            // (field words alone name no body: "Pasar Modal", "Bea Cukai"; after them, "Operasi AirNav Indonesia",
            // the company runs to the name)
            let body = title.end;
            while (body < unit && fieldish(t[body]!)) body++;
            // (the office's field after the body is no part of it: "… PBNU Bidang Hukum")
            let bodyEnd = body;
            while (bodyEnd < unit && t[bodyEnd]!.lower !== 'bidang') bodyEnd++;
            if (body < bodyEnd) {
              const known = orgAt(b, body, bodyEnd);
              if (known?.end === bodyEnd) readOfficeBody(b, body, bodyEnd);
              // ("Kepala Pusat Gempabumi dan Tsunami BMKG Bambang …": after the office's unit word, the unit's own
              // words, then the short form of the body it belongs to, which alone is named)
              // ("VP Public Relations KAI Anne …": an office's field in English words before the body's short form)
              else if (
                bodyEnd - 1 > body &&
                t[bodyEnd - 1]!.caps &&
                (UNIT_WORDS.has(t[title.end - 1]!.lower) || englishFieldWords(b, body, bodyEnd - 1)) &&
                orgAt(b, bodyEnd - 1, bodyEnd)?.end === bodyEnd
              )
                readOfficeBody(b, bodyEnd - 1, bodyEnd);
              // ("General Manager Corporate Secretary KCIC Eva …", "… Commercial LOKET …": after English field words,
              // any short form of three letters or more in capitals is the body, known or not)
              else if (
                bodyEnd - 1 > body &&
                t[bodyEnd - 1]!.caps &&
                t[bodyEnd - 1]!.text.length >= 3 &&
                englishFieldWords(b, body, bodyEnd - 1)
              )
                emit(b, 'organization', bodyEnd - 1, bodyEnd, 'id.org.office-body');
              else emit(b, 'organization', body, bodyEnd, 'id.org.office-body');
            }
            from = unit;
          }
          const titles = [...title.titles];
          if (from > title.end)
            titles[titles.length - 1] += b.text.slice(t[title.end - 1]!.end, t[from - 1]!.end);
          // "Kepala Operasi Damai Cartenz (2026) Brigjen Pol …": a noun of kind (an operation, a program) before
          // another office (or a year and one) names the office's field, no one
          const kindField =
            NON_ENTITY_CUES.has(t[title.end]!.lower) &&
            !isKnownName(t[title.end]!) &&
            end < t.length &&
            (titleHeadAt(t, end) ||
              (/^\d+$/u.test(t[end]!.text) && end + 1 < t.length && titleHeadAt(t, end + 1)));
          // "General Manager Telkom Jawa Timur, Nanang …": a region the gazetteer knows, filling the rest of the
          // chunk, is the office's territory; the holder is named after the comma
          const region = end < limit ? placeAt(b, from, limit) : null;
          const territory =
            region !== null &&
            region.end === limit &&
            strongPlace(region.info) &&
            REGION_SOURCES.has(region.info.source) &&
            appositiveNameAfter(t, limit, true);
          if (territory) {
            emitPlace(b, from, limit, region.info, 'id.place.gazetteer');
            const place = b.text.slice(t[from]!.start, t[limit - 1]!.end);
            b.pendingTitle = { at: limit + 1, titles: titlesWith(titles, place) };
            resume = limit;
          } else if (
            // ("Pendiri Mayapada Group itu": one word, then a company's tail word: the company the officer heads)
            end === from + 1 &&
            end < limit &&
            t[end]!.cap &&
            ORG_TAILS.has(t[end]!.key) &&
            !isKnownName(t[from]!)
          ) {
            let tail = end + 1;
            while (tail < limit && t[tail]!.cap && ORG_TAILS.has(t[tail]!.key)) tail++;
            if (tail === limit) emit(b, 'organization', from, tail, 'id.org.office-body');
            else emitPerson(b, from, end, 'id.person.title-before-name', titles);
          } else if (!kindField) emitPerson(b, from, end, 'id.person.title-before-name', titles);
          const named = b.out[b.out.length - 1];
          if (unit > title.end && named?.type === 'person' && named.start === t[from]!.start)
            named.explain.push({
              rule: 'id.person.office-unit',
              evidence: b.text.slice(t[title.end]!.start, t[unit - 1]!.end),
            });
        }
        if (end === title.end && end === limit) noteAppositive(b, i, end);
        i = resume > 0 ? resume : Math.max(end, title.end);
        continue;
      }
    }

    // organization or place head word
    const head = headAt(b, i, limit);
    const tail = head?.rule === 'id.org.tail-word' || head?.rule === 'id.place.feature-tail';
    // "Kementerian Kesehatan Tritarayati", "Partai Demokrat Saan Mustopa": a known organization, then a name
    if (head && org && orgLen >= 2 && head.type === 'organization' && head.end > org.end) {
      const rest = t.slice(org.end, head.end);
      // ("Kementerian Pertahanan Rusia": a country after a ministry's name is the country it serves)
      const country = placeAt(b, org.end, head.end);
      // ("Kementerian Kesehatan Gaza": a foreign territory too; "Kementerian Luar Negeri Indonesia" is the lexicon's own)
      const ofCountry =
        MINISTRY_WORDS.has(lw) &&
        country !== null &&
        country.end === head.end &&
        (country.info.kind === 'country' || (strongPlace(country.info) && country.info.country !== 'ID'));
      if (ofCountry && country.info.country === 'ID' && country.info.kind === 'country') {
        emit(b, 'organization', i, head.end, head.rule, { canonical: org.name });
        i = head.end;
        continue;
      }
      if (!ofCountry && rest.every((x) => !x.caps && !ORG_TAILS.has(bare(x)) && !isEverydayToken(x))) {
        emit(b, 'organization', i, org.end, 'id.org.lexicon', { canonical: org.name });
        i = org.end;
        continue;
      }
    }
    // "Uni Emirat Arab", "Uni Soviet": a country the gazetteer knows in full is no body its head word opens
    const countryInFull = place !== null && place.info.kind === 'country' && placeLen >= orgLen;
    if (
      head &&
      (head.end - i > Math.max(orgLen, placeLen) ||
        (!tail && head.end - i === Math.max(orgLen, placeLen) && !countryInFull))
    ) {
      // "Kantor Perdana Menteri Benjamin Netanyahu": the office of an officeholder, then the officeholder
      if (lw === 'kantor' && head.type === 'organization' && head.end === limit && titleHeadAt(t, i + 1)) {
        const title = readTitle(b, i + 1, limit);
        const n = title ? limit - title.end : 0;
        if (
          title &&
          n >= 1 &&
          n <= 4 &&
          everyTok(t, title.end, limit, (x) => x.cap && !x.caps && !isHead(x) && !isTitleHead(x)) &&
          (isKnownName(t[title.end]!) || !isIndonesianTok(t[title.end]!))
        ) {
          emit(b, 'organization', i, title.end, head.rule);
          emitPerson(b, title.end, limit, 'id.person.title-before-name', [title.title]);
          i = limit;
          continue;
        }
      }
      // "Pengamat transportasi dari Universitas Katolik Soegijapranata Djoko Setijowarno": after an expert's role and
      // "dari", a body read to the chunk's end ends where a known given name opens a name of two words or more
      const role = head.type === 'organization' && head.end === limit ? expertBefore(b, i) : -1;
      const split = role >= 0 ? expertNameStart(b, i, limit) : -1;
      if (split > 0) {
        emit(b, 'organization', i, split, head.rule);
        emitPerson(b, split, limit, 'id.person.lowercase-title', [
          b.text.slice(t[role]!.start, t[split - 1]!.end),
        ]);
        i = limit;
        continue;
      }
      // "Kepala Unit Pengelola Terminal Terpadu Pulo Gebang Bernad …": after the office that opens the chunk, a body
      // or facility read to the chunk's end that ends in a known place, then the officer's name
      const officer =
        head.end === limit && i > span.start && titleHeadAt(t, span.start)
          ? nameAfterPlace(b, i + 1, limit)
          : -1;
      if (officer > 0) {
        if (head.type === 'organization') emit(b, 'organization', i, officer, head.rule);
        else emitPlace(b, i, officer, null, head.rule, head.kind);
        emitPerson(b, officer, limit, 'id.person.title-before-name', [
          b.text.slice(t[span.start]!.start, t[officer - 1]!.end),
        ]);
        i = limit;
        continue;
      }
      if (head.rule === 'id.place.regional-government' || unnamedBody(b, i, head.end)) {
        // nothing to emit for the government word itself, a numbered commission or a league
        // ("Liga Primer Inggris", "Liga Spanyol": the country whose league it is is a place)
        if (lw === 'liga') leagueCountry(b, i + 1, head.end);
      } else if (head.type === 'organization' && org && org.end === head.end)
        // ("Perum Bulog": a head word over a name the lexicon knows whole keeps the lexicon's name)
        emit(b, 'organization', i, head.end, 'id.org.lexicon', { canonical: org.name });
      else if (head.type === 'organization') emit(b, 'organization', i, head.end, head.rule, expandsOf(head));
      else
        emitPlace(
          b,
          i,
          head.end,
          lookupPlace(b.text.slice(t[i]!.start, t[head.end - 1]!.end)),
          head.rule,
          head.kind,
        );
      i = head.end;
      continue;
    }

    // "Chelsea Islan hadir": a one-word known body that is also a given name, then one surname-like word
    if (org && orgLen === 1 && namesakeOfBody(b, i, limit)) {
      emitPerson(b, i, i + 2, 'id.person.namesake-of-body');
      i += 2;
      continue;
    }

    if (org && orgLen >= placeLen) {
      // "Indofood CBP", "Samsung Electronics", "AP II": a known name with an acronym, numeral or company word after it
      // (not "Watch": "Apple Watch" is the company's product)
      let end = org.end;
      while (
        end < limit &&
        (t[end]!.caps || closesBody(bare(t[end]!), end - i)) &&
        !isNonName(t[end]!) &&
        !orgAt(b, end, limit) &&
        // ("Fraksi PDI-P TB Hasanuddin": a name's prefix or initials before it)
        !(
          end + 1 < limit &&
          t[end + 1]!.cap &&
          !t[end + 1]!.caps &&
          (NAME_PREFIXES.has(t[end]!.key) || initialsOfName(b, end, limit))
        )
      )
        end++;
      // "Pixar Animation Studios", "Panasonic Mobile Communication": capitalized words up to a company word
      end = companyTailEnd(t, end, limit);
      // "Arema Malang", "Persebaya Surabaya": a known club's town after its name is the club's (as a "Pers…" club's
      // is, see clubNameEnd)
      let town = -1;
      if (end === org.end && end < limit && CLUB_NAMES.has(org.name)) {
        const p = placeLookup(b, end, limit);
        if (p && regional(p.info)) town = p.end;
      }
      if (town > 0) {
        emit(b, 'organization', i, town, 'id.org.lexicon', { canonical: org.name });
        i = town;
        continue;
      }
      emit(b, 'organization', i, end, 'id.org.lexicon', end === org.end ? { canonical: org.name } : {});
      i = end;
      continue;
    }

    // a weaker place name still counts before a full name ("aktor Hollywood Leonardo DiCaprio")
    // ("…, Iskandar Zulkarnain Zainuddin, …": a small town abroad opening three name words is a given name)
    const beforeName =
      place !== null &&
      (strongPlace(place.info) || placeLen > 1 || !(w.initial || t[i - 1]?.text === ',')) &&
      place.end + 1 < limit &&
      t.slice(place.end, place.end + 2).every((x) => x.cap && !x.caps && !isEverydayToken(x));
    if (place && agedNameAt(b, i, place.end, limit, place.info)) {
      emitPerson(b, i, limit, 'id.person.aged');
      i = limit;
      continue;
    }
    // ("kak Seto", "mas Boston": a form of address in lower case before a town's one word makes it a name)
    const addressed =
      placeLen === 1 &&
      place?.info.source !== 'country' &&
      t[i - 1] !== undefined &&
      !t[i - 1]!.cap &&
      HONORIFICS.has(t[i - 1]!.lower);
    if (
      place &&
      !addressed &&
      !speakerNamesakeOfTown(b, i, place.end, place.info) &&
      (strongPlace(place.info) ||
        placeLen > 1 ||
        locativeBefore(b, i) ||
        beforeName ||
        inAddress(b, i, place.end) ||
        fromPlace(b, i, place.end))
    ) {
      emitPlace(b, i, place.end, place.info, 'id.place.gazetteer');
      i = place.end;
      continue;
    }

    // unknown name
    const end = nameEnd(b, i, limit, false);
    const before = b.out.length;
    classifyUnknown(b, i, end);
    // "Surya Paloh hadir": a sentence-opening given name before a district's name opens a person's name
    if (w.initial && end > i + 1 && placeLookup(b, i + 1, end) && givenNameOpener(t, i, limit))
      for (let k = before; k < b.out.length; k++) {
        const c = b.out[k]!;
        if (c.type === 'person' && c.start === w.start)
          c.explain.push({ rule: 'id.person.given-name-opener', evidence: w.text });
      }
    i = end;
  }
  // "Direktur Jenderal X, Laksamana Muda TNI Budi, …": the office before the comma is the officer's too
  if (officeOfRank)
    for (let k = firstOut; k < b.out.length; k++) {
      const c = b.out[k]!;
      if (c.type !== 'person') continue;
      if (c.titles?.length) c.titles = [...officeOfRank, ...c.titles];
      break;
    }
}

/** Words before a club's name in a match ("melawan Chelsea", "kontra Arsenal"): the name after them is the club. */
const MATCH_CUES = new Set([
  'melawan',
  'lawan',
  'kontra',
  'vs',
  'versus',
  'atas',
  'menghadapi',
  'menjamu',
  'dijamu',
]);

/**
 * "Chelsea Islan hadir", "bersama Chelsea Islan": a one-word known organization that is also a given name of the
 * public name lists, followed by one more capitalized word no dictionary, gazetteer or lexicon knows, and with no
 * body's cue before it (a title, "klub", "melawan", a lower-case noun: "mobil Honda Brio"), is a person's name.
 */
function namesakeOfBody(b: Builder, i: number, limit: number): boolean {
  const t = b.t;
  const w = t[i]!;
  const x = t[i + 1];
  if (w.caps || i + 2 !== limit || x === undefined || !x.cap || x.caps || !isPersonTok(w)) return false;
  if (
    isEverydayToken(x) ||
    isIndonesianTok(x) ||
    isEnglishWord(x.lower) ||
    isOrgHead(x) ||
    isHead(x) ||
    isTitleHead(x) ||
    isNonName(x) ||
    ORG_TAILS.has(x.key) ||
    lookupPlace(x.key) !== null ||
    orgAt(b, i + 1, limit) !== null ||
    isCompanyName(x.text)
  )
    return false;
  const p = t[i - 1];
  if (p === undefined || w.initial || isOpener(p.text) || p.text === ',') return true;
  // ("Bersama Chelsea Islan", "dibintangi Chelsea Islan", "kata Chelsea Islan": a function word, a verb or a
  // speech verb before it)
  if (MATCH_CUES.has(p.lower) || ORG_CUES.has(p.lower)) return false;
  if (p.cap && !p.initial) return false;
  return COMMON_WORDS.has(p.lower) || VERB_OPENING.test(p.lower) || SPEECH_BEFORE.has(p.lower);
}

interface Head {
  type: 'organization' | 'place';
  end: number;
  rule: string;
  kind?: PlaceKind;
  /** The long form a short regional body stands for ("Polda Jatim" → "Kepolisian Daerah Jawa Timur"). */
  expands?: string;
}

/** Are tokens k..limit two or more personal-name words (no dictionary word, place, head or title)? */
function nameWordsTo(b: Builder, k: number, limit: number): boolean {
  if (limit - k < 2 || limit - k > 4) return false;
  for (let x = k; x < limit; x++) {
    const w = b.t[x]!;
    const named = isKnownName(w);
    if (!w.cap || w.caps || isHead(w) || isTitleHead(w) || isNonName(w) || ORG_TAILS.has(w.key)) return false;
    if (!named && (isIndonesianTok(w) || isEnglishWord(w.key))) return false;
    if (placeAt(b, x, limit) || orgAt(b, x, limit)) return false;
  }
  return true;
}

/** The end of "King Power Stadium" from its first word: name words up to an English feature word, or -1. */
function englishFeatureEnd(b: Builder, i: number, limit: number): number {
  const t = b.t;
  for (let j = i + 1; j < Math.min(limit, i + 5); j++) {
    const x = t[j]!;
    if (!x.cap || x.caps || isNonName(x) || (j > i + 1 && isTitleHead(x))) return -1;
    if (j > i + 1 && isEnglishFeature(bare(x))) return j + 1;
  }
  return -1;
}

/** "Partai X", "Desa X", "Bandara X", "X Tbk", "X Airport": a head word and the name it governs. */
const ROMAN_OR_JOINER = /^([IVX]+|dan|&|,)$/u;
/** The country that ends a league's name ("Liga Primer Inggris", "Liga Malaysia") is a place. */
function leagueCountry(b: Builder, s: number, e: number): void {
  for (let k = s; k < e; k++) {
    const p = placeAt(b, k, e);
    if (p?.end === e && p.info.kind === 'country') {
      emitPlace(b, k, e, p.info, 'id.place.league-country');
      return;
    }
  }
}

/**
 * "Komisi III", "Komisi VI dan XI" (numbered parliamentary commissions) and "Liga Champions", "Liga Inggris"
 * (competitions) are named by a head word but are no organization of their own.
 */
function unnamedBody(b: Builder, s: number, e: number): boolean {
  const head = b.t[s]!.lower;
  if (head === 'liga') return true;
  return head === 'komisi' && e - s >= 2 && b.t.slice(s + 1, e).every((x) => ROMAN_OR_JOINER.test(x.text));
}

const ENGLISH_OFFICES = new Set(
  'vice president ceo cio cto cfo coo chief director managing executive senior manager head chairman founder officer'.split(
    ' ',
  ),
);
const TERMINAL_TAILS = new Set(['tbk', 'inc', 'ltd', 'corp', 'llc', 'plc', 'gmbh']);
const WRAPPER_HEADS = new Set(['kantor', 'pengurus', 'fraksi']);
/** The boards of a body, written before its acronym: Pengurus Besar, Pimpinan Pusat/Wilayah/Cabang, Dewan Pimpinan … */
const BOARD_ACRONYMS = new Set(['PB', 'PP', 'PW', 'PC', 'DPP', 'DPW', 'DPD', 'DPC']);

/** Words a school's number follows ("SMA Negeri 8", "SMPN 2", "SD Inpres 3"). */
// (with the school levels, and "MIN" that only a number after it makes a school: MIN 2)
/** Units of a body that are numbered inside an office ("Komisi II DPR", "Kepala OJK Regional 4 Jawa Timur"). */
const NUMBERED_SCHOOLS = new Set(['negeri', 'swasta', 'inpres', 'min', ...SCHOOL_HEADS]);

/** A word with a verbal prefix ("diguyur", "menjadi", "berada", "terendam"). */
const VERB_OPENING = /^(di|me|ber|ter)\p{Ll}{3,}$/u;

/** Token k is the dash of a dateline: "Paris - Harga …", a spaced dash before a capitalized word. */
function datelineDashAt(t: readonly Tok[], k: number): boolean {
  const d = t[k]?.text;
  return (d === '-' || d === '–' || d === '—') && t[k + 1]?.cap === true && t[k - 1]!.end < t[k]!.start;
}

/**
 * "berinisial HS (45) dan RW (38)": initials listed after initials that follow a person cue, each with
 * its age or not, are people too.
 */
function listedInitials(b: Builder, i: number, depth: number): boolean {
  const t = b.t;
  let j = i - 1;
  if (depth > 4 || (t[j]?.lower !== 'dan' && t[j]?.text !== ',')) return false;
  // ("SH (52), NR (47), dan WA (39)": a comma before the last "dan")
  if (t[j]!.lower === 'dan' && t[j - 1]?.text === ',') j--;
  j--;
  if (t[j]?.text === ')' && /^\d{1,3}$/u.test(t[j - 1]?.text ?? '') && t[j - 2]?.text === '(') j -= 3;
  const prev = t[j];
  if (!prev?.caps || prev.text.length > 5) return apposedInitialsBefore(b, i, j + 1, depth);
  return (
    PERSON_CUES.has(t[j - 1]?.lower ?? '') ||
    (peopleBefore(t, j) && !orgAt(b, j, j + 1)) ||
    listedInitials(b, j, depth + 1)
  );
}

/**
 * "berinisial MS, Ketua Pokmas di Sampang, dan HR, …": the initials at i follow a list's earlier initials set off
 * by a description between commas; the comma closing it is at token j (in one sentence, up to fourteen tokens).
 */
function apposedInitialsBefore(b: Builder, i: number, j: number, depth: number): boolean {
  const t = b.t;
  // (the later initials no body the lexicon knows: "…, dan KPK, lembaga antirasuah, …")
  if (t[j]?.text !== ',' || orgAt(b, i, i + 1)) return false;
  for (let k = j - 2; k >= Math.max(1, j - 16); k--) {
    const x = t[k]!;
    if (x.text === '.' || x.text === ';') return false;
    if (x.text !== ',' || !t[k - 1]!.caps || t[k - 1]!.text.length > 5) continue;
    return PERSON_CUES.has(t[k - 2]?.lower ?? '') || listedInitials(b, k - 1, depth + 1);
  }
  return false;
}

/** Nouns for people that a list of initials may follow ("dua kontraktor, FS dan ES"). */
const PEOPLE_NOUNS = new Set([
  ...PERSON_CUES,
  'kontraktor',
  'rekanan',
  'pengusaha',
  'sopir',
  'warga',
  'pegawai',
  'karyawan',
  'pejabat',
  'orang',
  'tahanan',
  'buronan',
  'narapidana',
  'napi',
  'oknum',
  'petugas',
  'pasien',
  'penumpang',
  'mahasiswa',
  'siswa',
]);

/**
 * "dua kontraktor, FS dan ES", "dua tersangka lain, yakni RS dan TY": a noun for people (then "lain",
 * a comma, "yakni" or "yaitu") right before initials at token j.
 */
function peopleBefore(t: readonly Tok[], j: number): boolean {
  let k = j - 1;
  let cue = false;
  if (t[k]?.lower === 'yakni' || t[k]?.lower === 'yaitu') {
    k--;
    cue = true;
  }
  if (t[k]?.text === ',' || t[k]?.text === ':') k--;
  if (t[k]?.lower === 'lain' || t[k]?.lower === 'lainnya') {
    k--;
    cue = true;
  }
  if (k === j - 1 || !PEOPLE_NOUNS.has(t[k]?.lower ?? '') || t[k]!.cap) return false;
  // (a number before the noun counts them: "petugas, OPD, PDP, dan OTG" is a list of kinds, no people)
  const count = t[k - 1]?.lower ?? '';
  return cue || NUMBER_WORDS.has(count) || COUNT_WORDS.has(count) || /^\d+$/u.test(count);
}

/** Counts before a noun for people besides the number words: "beberapa", "sejumlah", "kedua" … */
const COUNT_WORDS = new Set(['beberapa', 'sejumlah', 'kedua', 'ketiga', 'keempat']);

/** Initials at token i open a list of two or more initials after a noun for people ("dua pelaku, AR dan BS"). */
function initialsListAfterPeople(t: readonly Tok[], i: number): boolean {
  const next = t[i + 2];
  return (
    (t[i + 1]?.lower === 'dan' || t[i + 1]?.text === ',') &&
    next?.caps === true &&
    next.text.length <= 5 &&
    peopleBefore(t, i)
  );
}

/**
 * After a known company's name, one or two capitalized words and then a company word ("… Animation Studios",
 * "… Mobile Communication") are the rest of a subsidiary's name: the end after that company word, else `end`.
 */
function companyTailEnd(t: readonly Tok[], end: number, limit: number): number {
  for (let k = end; k < limit && k < end + 3; k++) {
    const x = t[k]!;
    if (!x.cap || x.caps || isNonName(x)) return end;
    if (k > end && ORG_TAILS.has(bare(x))) return k + 1;
  }
  return end;
}

/**
 * "CEO Samsung Electronics", "CIO Walt Disney Company": company words after a known name read inside an
 * office are part of it (also after capitalized words up to one: "Pixar Animation Studios").
 */
function knownOrgEnd(t: readonly Tok[], end: number, limit: number, b: Builder): number {
  while (end < limit && t[end]!.cap && ORG_TAILS.has(bare(t[end]!)) && !orgAt(b, end, limit)) end++;
  return companyTailEnd(t, end, limit);
}

/** "Grup C", "Kelompok 2": a group word and a letter or a number name a stage of a tournament or a class. */
const groupStage = (word: string, next: Tok): boolean =>
  (word === 'grup' || word === 'group' || word === 'kelompok') && /^(\p{Lu}|\d{1,2})$/u.test(next.text);

/** The first words of the two-word heads ("rumah" of "rumah sakit"). */
const TWO_WORD_FIRST = new Set([...TWO_WORD_HEADS].map((h) => h.slice(0, h.indexOf(' '))));
/** Tokens i and i+1 are a two-word head ("Rumah Sakit"); the pair is built only after a word that opens one. */
const opensTwoWordHead = (t: readonly Tok[], i: number): boolean =>
  TWO_WORD_FIRST.has(t[i]!.key) && TWO_WORD_HEADS.has(`${t[i]!.key} ${t[i + 1]!.key}`);

/** What a financial market trades, after "Pasar" ("Pasar Uang", "Pasar Modal"). */
const FINANCIAL_MARKETS = new Set(['uang', 'modal', 'saham', 'valas', 'obligasi', 'komoditas', 'keuangan']);

/**
 * Does the text write tokens [s, e) earlier, not followed by another capitalized word ("Pasar Induk Beras
 * Cipinang, Jakarta Timur" before "… Pasar Induk Beras Cipinang Zulkifli Rasyid")? Read from the text alone.
 */
function namedAloneBefore(b: Builder, s: number, e: number): boolean {
  // (any earlier mention will do: a headline's may run on into its verb, "… Kramat Jati Keluhkan …")
  return writtenWhole(b.text, b.text.slice(b.t[s]!.start, b.t[e - 1]!.end), b.t[s]!.start);
}

/** headAt, once per start and limit (it reads only the tokens and memoized lookups). */
function headAt(b: Builder, i: number, limit: number): Head | null {
  return b.headMemo.answer(b, i, limit, headAtUncached);
}

function headAtUncached(b: Builder, i: number, limit: number): Head | null {
  const t = b.t;
  const w = bare(t[i]!);
  const club = clubNameEnd(b, i, limit);
  if (club > i) return { type: 'organization', end: club, rule: 'id.org.sports-team' };
  const prefixed = clubPrefixEnd(b, i, limit);
  if (prefixed > i) return { type: 'organization', end: prefixed, rule: 'id.org.club-prefix' };
  if (i + 1 >= limit) return null;
  let nameStart = i + 1;
  let type: 'organization' | 'place' | null = null;
  let kind: PlaceKind = 'other';
  let rule = '';
  // ("Ibu Kota Provinsi Sulsel", "Ibu Kota RIS": the capital of a region or state named after it is that region's)
  if (
    w === 'ibu' &&
    t[i + 1]!.key === 'kota' &&
    i + 2 < limit &&
    (t[i + 2]!.caps ||
      ADMIN_HEADS.has(bare(t[i + 2]!)) ||
      isOrgHead(t[i + 2]!) ||
      strongPlaceAt(b, i + 2, limit)) &&
    // (not a capital's own name its acronym spells: "Ibu Kota Nusantara (IKN)")
    !spelledByParenthesis(b, i, limit)
  )
    return null;
  // "Rumah Sakit", "Air Terjun"
  if (i + 2 < limit && opensTwoWordHead(t, i)) {
    nameStart = i + 2;
    type = 'place';
    rule = 'id.place.feature-head';
  } else if (
    (WRAPPER_HEADS.has(w) && (isOrgHead(t[i + 1]!) || orgAt(b, i + 1, limit))) ||
    // "Sekretaris Perusahaan PT Angkasa Pura II": a company's legal form opens the company after a head word
    (isOrgHead(t[i]!) && LEGAL_FORMS.has(bare(t[i + 1]!)))
  ) {
    // "Kantor Kejaksaan Agung", "Pengurus Golkar": the organization is the one named after the wrapper
    return null;
  } else if (groupStage(w, t[i + 1]!)) {
    // "Grup C", "Kelompok 2": a stage of a tournament or a class of things, no body
    return null;
  } else if (
    (w === 'sekolah' || w === 'perguruan') &&
    t[i + 1]!.cap &&
    bare(t[i + 1]!) === 'tinggi' &&
    i + 2 < limit &&
    t[i + 2]!.cap &&
    // ("Perguruan Tinggi Swasta", "Perguruan Tinggi Negeri": a kind of college, no name)
    (w === 'sekolah' || !isIndonesianTok(t[i + 2]!))
  ) {
    // "Sekolah Tinggi Ilmu Ekonomi", "Sekolah Tinggi Hukum Bandung", "Perguruan Tinggi X": a college, a body like
    // a university
    nameStart = i + 2;
    type = 'organization';
    rule = 'id.org.head-word';
  } else if (isOrgHead(t[i]!)) {
    // "Polda Jatim", "Kodam Jaya", "Polres Bogor": a police or army command is named by its region alone;
    // what follows the region is no part of it ("Polda Jatim Dirmanto")
    const command = COMMANDS[w];
    if (command !== undefined) {
      // "Polres Metro Depok", "Polres Metro Jakarta Selatan": the metropolitan commands name their city after "Metro"
      const metro = t[i + 1]?.text === 'Metro' ? placeLookup(b, i + 2, limit) : null;
      if (metro && TRUSTED_SOURCES.has(metro.info.source))
        return {
          type: 'organization',
          end: cityCommandEnd(b, metro.end, limit),
          rule: 'id.org.head-word',
          expands: `${command} Metro ${metro.info.canonical}`,
        };
      const p = placeLookup(b, i + 1, limit);
      if (p && TRUSTED_SOURCES.has(p.info.source))
        return {
          type: 'organization',
          end: cityCommandEnd(b, p.end, limit),
          rule: 'id.org.head-word',
          expands: `${command} ${p.info.canonical}`,
        };
    }
    // "Pemkot Surabaya", "Polda Jabar", "DPRD DKI Jakarta": a regional body, then the region it serves
    if (REGIONAL_BODIES.has(w)) {
      const p = placeLookup(b, i + 1, limit);
      if (
        p &&
        p.end >= Math.min(limit, i + 2) &&
        // ("Dinas Sumber Daya Air": a district's name that is a field's first word is no region of a "Dinas")
        regional(p.info) &&
        !(w === 'dinas' && p.info.source === 'id-district')
      )
        // a regional government ("Pemkot") is not named as an organization; its region is the place
        return GOVERNMENTS.has(w)
          ? { type: 'place', end: i + 1, rule: 'id.place.regional-government' }
          : { type: 'organization', end: i + 1, rule: 'id.org.regional-body' };
    }
    // "Dinkes Jateng Yunita Dyah Suminar", "Disdik Kabupaten Bogor Asep …": a regional office's short form is
    // named by its region alone; the capitalized words after the region are the officer's name
    if (REGIONAL_SHORT_FORMS.has(w)) {
      const p = regionAfter(b, i + 1, limit);
      if (p > i + 1 && p < limit && t[p]!.cap && !t[p]!.caps)
        return { type: 'organization', end: p, rule: 'id.org.head-word' };
    }
    type = 'organization';
    rule = 'id.org.head-word';
  } else if (ADMIN_HEADS.has(w)) {
    // "Wali Kota X" is an office, "Ibu Kota Nusantara" a capital's name, not a city
    if (w === 'kota' && i > 0 && /^(?:wali|ibu)$/iu.test(t[i - 1]!.text)) return null;
    type = 'place';
    kind = w === 'kota' || w === 'kotamadya' ? 'city' : 'region';
    rule = 'id.place.admin-head';
  } else if (
    FEATURE_HEADS.has(w) &&
    // ("Man City", "Mi Band": the school levels are heads only as acronyms, "MAN 2", "MI Al-Huda", "MTsN 1")
    !(SCHOOL_HEADS.has(w) && !t[i]!.caps && !/^MTs/u.test(t[i]!.text)) &&
    // ("Analis Pasar Uang …", "Pengawas Pasar Modal": a financial market is a field, no marketplace)
    !(w === 'pasar' && FINANCIAL_MARKETS.has(t[i + 1]!.key)) &&
    !koreanParkName(t, i, limit)
  ) {
    type = 'place';
    rule = 'id.place.feature-head';
  }
  // "Komisi IV DPR", "Komisi III DPR RI": a numbered commission is named by its number only; the body it
  // belongs to is read on its own
  if (
    w === 'komisi' &&
    nameStart + 1 < limit &&
    /^[IVX]+$/u.test(t[nameStart]!.text) &&
    t[nameStart + 1]!.cap
  )
    return { type: 'organization', end: nameStart + 1, rule: 'id.org.head-word', kind };
  if (type) {
    let j = nameStart;
    // names governed by a head word are short: bounding the scan keeps long capitalized runs linear
    const stop = Math.min(limit, nameStart + MAX_NAME_TOKENS);
    // "Ekonom Universitas Indonesia Fithra Faisal Hastiadi": a university named by a region the gazetteer trusts,
    // then two or three name words ending the run (the first no dictionary word, or a known given name), ends
    // with the region
    if (type === 'organization' && UNIVERSITY_HEADS.has(w)) {
      const p = placeLookup(b, nameStart, stop);
      const n = p ? limit - p.end : 0;
      if (
        p &&
        TRUSTED_SOURCES.has(p.info.source) &&
        n >= 2 &&
        n <= 3 &&
        everyTok(t, p.end, limit, nameWordAfterMark) &&
        !DIRECTIONS.has(t[p.end]!.key) &&
        (!isIndonesianTok(t[p.end]!) || plainGivenName(t[p.end]!)) &&
        !placeLookup(b, p.end, limit)
      )
        return { type, end: p.end, rule, kind };
    }
    // "Provinsi Maluku Dony Rerung": a unit and a region the gazetteer knows, then a known given name or an
    // office, end with the region
    if (type === 'place' && SERVED_REGIONS.has(w)) {
      const p = placeLookup(b, nameStart, stop);
      if (
        p &&
        REGION_SOURCES.has(p.info.source) &&
        p.end < stop &&
        t[p.end]!.cap &&
        !placeLookup(b, p.end, stop) &&
        !t[p.end]!.caps &&
        (isKnownName(t[p.end]!) ||
          titleHeadAt(t, p.end) ||
          (!isIndonesianTok(t[p.end]!) && !isHead(t[p.end]!)))
      )
        return { type, end: p.end, rule, kind };
    }
    while (j < stop) {
      const x = t[j]!;
      const lx = bare(x);
      // "Rumah Sakit Umum Pusat dr. Sardjito", "RSD dr. Soebandi": a hospital's class words and the physician it is
      // named after belong to its name
      if (j > i && hospitalHead(t, i)) {
        if (HOSPITAL_CLASSES.has(lx) && x.cap) {
          j++;
          continue;
        }
        // (right after the head or its class words: "RSUD Kota Bekasi dr Kusnanto" is the director's title)
        const prevWord = bare(t[j - 1]!);
        const afterHead = j - 1 === i || prevWord === 'sakit' || HOSPITAL_CLASSES.has(prevWord);
        // ("Rumah Sakit Penyakit Infeksi Prof Dr Sulianti Saroso": a professor's title before the physician's)
        let named = -1;
        for (let k = j; afterHead && k < stop && /^(?:[Dd]r|Prof)\.?$/u.test(t[k]!.text); ) {
          k = t[k + 1]?.text === '.' ? k + 2 : k + 1;
          named = k;
        }
        if (named > 0 && named < stop && t[named]!.cap && !t[named]!.caps) {
          j = named;
          continue;
        }
      }
      // "PT Blue Bird Tbk Purnomo Prawiro": a legal-form tail closes the name
      if (j > nameStart && TERMINAL_TAILS.has(lx.endsWith('.') ? lx.slice(0, -1) : lx)) {
        j++;
        break;
      }
      // "Tol Cipularang Kilometer 92": a point along a road is no part of its name
      if (j > nameStart && (lx === 'kilometer' || lx === 'km') && /^\d/u.test(t[j + 1]?.text ?? '')) break;
      // ("Dinas Pariwisata Gianyar Anak Agung Ari …": a Balinese noble style opens the head's name)
      if (j > nameStart && balineseStyleAt(t, j, stop)) break;
      // ("Universitas Lambung Mangkurat Muhammad Handry Imansyah": two name words or more after the head, then a
      // given name no everyday word opening two or three name words that end the run, is the holder's name; a
      // body named after a person opens with that name right after its head: "Universitas Sam Ratulangi")
      // ("Ketua Koperasi Pedagang Pasar Induk Beras Cipinang Zulkifli Rasyid": a place an office names, that the
      // document named alone before, too; there a name word no dictionary or gazetteer holds may open the name)
      // (asked last: it searches the text)
      const officePlace =
        type === 'place' &&
        j - nameStart >= 2 &&
        limit - j >= 2 &&
        limit - j <= 3 &&
        x.cap &&
        !x.caps &&
        someTok(t, Math.max(0, i - 4), i, isTitleHead) &&
        namedAloneBefore(b, i, j);
      if (
        (type === 'organization' || officePlace) &&
        j - nameStart >= 2 &&
        limit - j >= 2 &&
        limit - j <= 3 &&
        (plainGivenName(x) ||
          (officePlace &&
            x.cap &&
            !x.caps &&
            !isIndonesianTok(x) &&
            !isEnglishWord(x.lower) &&
            !lookupPlace(x.key))) &&
        !isEverydayToken(x) &&
        !isHead(x) &&
        placeAt(b, j, limit) === null &&
        // ("Kantor Perdana Menteri Benjamin Netanyahu": an office inside the body's name is read with its holder)
        !someTok(t, nameStart, j, isTitleHead) &&
        everyTok(
          t,
          j + 1,
          limit,
          (y) => y.cap && !y.caps && (!isEverydayToken(y) || (officePlace && rareNameWord(y))) && !isHead(y),
        )
      )
        break;
      // ("Fraksi Partai Gerindra Putih Sari": a known body inside the name closes it before two or three name
      // words that end the run, one of them a known name)
      // (not in a company's name, whose known short name its full name goes on from: "PT Astra Honda Motor")
      // (a field body's ministry is named apart: "Direktorat Jenderal … Kementerian Keuangan Deni Ridwan")
      if (type === 'organization' && x.cap && !LEGAL_FORMS.has(w) && !FIELD_BODIES.has(w)) {
        const end = orgAt(b, j, limit)?.end ?? limit;
        if (
          ((limit - end >= 2 && limit - end <= 3 && someTok(t, end, limit, isKnownName)) ||
            // ("… Lainnya OJK Agusman mengatakan": one name word before a speech verb)
            (limit - end === 1 && speechAfter(b, limit) && !isEverydayToken(t[end]!))) &&
          everyTok(t, end, limit, (y) => y.cap && !y.caps && !isHead(y) && !isTitleHead(y)) &&
          !placeAt(b, end, limit)
        ) {
          j = end;
          break;
        }
      }
      // ("Juru bicara Gedung Putih Karoline Leavitt": a facility the lexicon knows by its head word and name ends
      // before two or three name words that end the run)
      if (
        type === 'place' &&
        limit - j >= 2 &&
        limit - j <= 3 &&
        orgAt(b, i, limit)?.end === j &&
        everyTok(t, j, limit, (y) => y.cap && !y.caps && !isHead(y) && !isTitleHead(y))
      )
        break;
      // ("PT Angkasa Pura Indonesia Bandara Sultan Hasanuddin": the facility a company runs, named by its own head
      // word after the company's name that a country closes or the lexicon knows, is a place apart; "PT Pelabuhan
      // Indonesia" opens with its head word, "PT Taman Wisata Candi Borobudur" is named by everyday words)
      if (
        LEGAL_FORMS.has(w) &&
        j - nameStart >= 2 &&
        FEATURE_HEADS.has(lx) &&
        (placeAt(b, j - 1, j)?.info.kind === 'country' || orgAt(b, nameStart, j) !== null) &&
        x.cap &&
        !x.caps &&
        headAt(b, j, limit)?.type === 'place'
      )
        break;
      // ("Pengurus Besar Ikatan Dokter Indonesia (PB IDI)": an office's word inside a name its acronym spells)
      // ("Asosiasi Penyelenggara Haji dan Umrah …": the pilgrimage after a field word is a field, not the honorific)
      if (
        j > nameStart &&
        titleHeadAt(t, j) &&
        !COMPLEMENTS.has(lx) &&
        !spelledByParenthesis(b, i, limit) &&
        !(lx === 'haji' && isFieldWord(b, j) && j + 1 < limit && PILGRIMAGE_PAIRS.has(t[j + 1]!.key))
      )
        break;
      // "Kementerian Pertanian Kuntoro Boga Andri": a ministry's field is made of everyday words, places
      // and acronyms; a capitalized word that is none of them opens the name of a person
      if (
        j > nameStart &&
        (MINISTRY_WORDS.has(w) || FIELD_BODIES.has(w)) &&
        x.cap &&
        !/^\p{Lu}+$/u.test(x.text) &&
        bare(t[j - 1]!) !== 'dan' &&
        (!isIndonesianTok(x) ||
          (GIVEN_NAMES_ID.has(lx) && !EVERYDAY_GIVEN_NAMES.has(lx) && !COMPLEMENTS.has(lx)) ||
          (FIELD_BODIES.has(w) && placeEndsAt(b, nameStart, j, limit))) &&
        !placeLookup(b, j, limit)
      )
        break;
      // "Dinas Kesehatan Provinsi Jawa Barat", "Kejaksaan Negeri Kota Bekasi": the region an office serves,
      // named with its administrative word, closes the office's name
      if (
        type === 'organization' &&
        j > nameStart &&
        SERVED_REGIONS.has(lx) &&
        REGIONAL_OFFICES.has(w) &&
        bare(t[j - 1]!) !== 'wali'
      ) {
        const p = placeLookup(b, j + 1, limit);
        if (p && regional(p.info)) {
          j = p.end;
          break;
        }
      }
      // "Fakultas Psikologi Universitas Indonesia", "Fakultas Pertanian UGM": the university a faculty belongs
      // to is named apart
      if (w === 'fakultas' && j > nameStart && (UNIVERSITY_HEADS.has(lx) || (x.caps && x.text.length >= 2)))
        break;
      // ("Direktorat Jenderal … Kementerian Keuangan": the ministry a field body belongs to is named apart)
      // ("Asosiasi Pemerintah Desa Seluruh Indonesia", "Persatuan Perangkat Desa Indonesia": a village's
      // government or staff, no place named after the unit, stays inside the name)
      const unitOfNoun =
        ADMIN_HEADS.has(lx) &&
        ADMIN_COMPOUND_BEFORE.has(bare(t[j - 1]!)) &&
        j + 1 < limit &&
        t[j + 1]!.cap &&
        !/^\p{N}/u.test(t[j + 1]!.text) &&
        !placeLookup(b, j, limit) &&
        !placeLookup(b, j + 1, limit);
      // ("Pangkalan TNI Angkatan Udara Halim Perdanakusuma": the armed service whose base it is stays inside)
      const serviceOfBase = lx === 'angkatan' && bare(t[j - 1]!) === 'tni';
      if (
        j > nameStart &&
        !unitOfNoun &&
        !serviceOfBase &&
        (ADMIN_HEADS.has(lx) || ((type === 'place' || FIELD_BODIES.has(w)) && isOrgHead(x)))
      )
        break;
      // "Masjid Sunda Kelapa", "Hotel Grand Sahid", "Universitas Islam Indonesia": a non-name word inside
      // the name (more capitals follow) belongs to it
      // ("Gedung Pancasila", "Lapangan Banteng": right after a building's head word too)
      const inside =
        j > nameStart - 1 &&
        ((j + 1 < stop && t[j + 1]!.cap) || (j === nameStart && rule === 'id.place.feature-head')) &&
        x.cap &&
        ((!x.caps && NON_NAMES.has(lx)) || (x.caps && NON_NAME_ACRONYMS.has(lx) && type === 'place')) &&
        !DAYS_MONTHS.has(lx) &&
        !COMMON_WORDS.has(lx) &&
        !isTitleHead(x) &&
        w !== 'liga';
      // ("Kepala Dinas Perhubungan Jawa Barat A Koswara": an initial after a place that closes the body, then one or
      // two name words to the run's end, opens the holder's name)
      if (
        type === 'organization' &&
        j > nameStart &&
        /^\p{Lu}\.?$/u.test(x.text) &&
        limit - j >= 2 &&
        limit - j <= 3 &&
        placeEndsAt(b, nameStart, j, limit) &&
        everyTok(t, j + 1, limit, (y) => y.cap && !y.caps && !isHead(y) && !isTitleHead(y))
      )
        break;
      // "Jalan Perintis Kemerdekaan", "Jalan Pahlawan Seribu": a street named by an everyday phrase keeps its
      // second and third words when the word before is an everyday word too ("Jalan Tol Cipali Macet" stops)
      const streetPhrase =
        STREET_HEADS.has(w) &&
        j > nameStart &&
        j - nameStart <= 2 &&
        x.cap &&
        !x.caps &&
        isIndonesianTok(t[j - 1]!) &&
        !DAYS_MONTHS.has(lx) &&
        !COMMON_WORDS.has(lx) &&
        !HEADLINE_BREAKS.has(lx) &&
        // (the house number is no part of the street's name: "Jalan Merdeka Barat No 7")
        lx !== 'nomor' &&
        lx !== 'no' &&
        !isTitleHead(x) &&
        !isHead(x);
      // "Kelurahan Kampung Melayu", "Desa Kampung Bali": a people named after a place's own unit word
      const peopleOfUnit =
        j === nameStart + 1 && ADMIN_HEADS.has(bare(t[nameStart]!)) && x.cap && BODY_LAST_WORDS.has(lx);
      // "Persatuan Islam", "Himpunan Pelajar Kristen": a faith or a people ends a body's name
      const lastWordOfBody =
        type === 'organization' && j > nameStart && x.cap && !x.caps && BODY_LAST_WORDS.has(lx);
      // "Institut Teknologi Sepuluh Nopember", "Universitas Sebelas Maret": a date that names the body
      const dateName =
        j > nameStart &&
        DAYS_MONTHS.has(lx) &&
        x.cap &&
        (NUMBER_WORDS.has(bare(t[j - 1]!)) || (j - 1 === nameStart && /^\d{1,2}$/u.test(t[j - 1]!.text)));
      // "Universitas Al Azhar Indonesia Ujang Komarudin": a body's name that ends with its country, then
      // two or more name words that are no words of any dictionary: the person speaking for it
      if (type === 'organization' && j > nameStart && j + 2 < limit) {
        const country = placeLookup(b, j, stop);
        if (country && country.info.kind === 'country' && nameWordsTo(b, country.end, limit)) {
          j = country.end;
          break;
        }
      }
      // "Kerajaan Banggai Pada Saat …", "Kelurahan Pondok Pucung Terdapat …": a capitalized function word
      // or verb of a headline ends the name
      if (
        j > nameStart &&
        x.cap &&
        !x.caps &&
        (HEADLINE_BREAKS.has(lx) || (/^di\p{Ll}{3,}$/u.test(lx) && derivedWord(lx)))
      )
        break;
      // ("Sengketa Pilkada Kabupaten Sumbawa Barat Berlanjut ke MK": a verb in ber-/ter- after a place the
      // gazetteer knows whole)
      // ("Kabinet Indonesia Bersatu" keeps its word: a body's name may hold a verb)
      if (
        type === 'place' &&
        j > nameStart &&
        x.cap &&
        !x.caps &&
        /^(ber|ter)\p{Ll}{3,}$/u.test(lx) &&
        derivedWord(lx) &&
        placeLookup(b, nameStart, j)?.end === j
      )
        break;
      // "Badan Pemenangan Pemilu", "Pansus Angket BBM": a body's name may end with the matter it deals with
      const matter = type === 'organization' && j > nameStart && BODY_MATTERS.has(lx) && !t[j + 1]?.cap;
      if (
        isNonName(x) &&
        !inside &&
        // ("PT BA": a company's short name in capitals after its legal form, whatever else the letters mean)
        !(LEGAL_FORMS.has(w) && j === nameStart && x.caps) &&
        !streetPhrase &&
        !peopleOfUnit &&
        !lastWordOfBody &&
        !dateName &&
        !matter &&
        !COMPLEMENTS.has(lx) &&
        !DIRECTIONS.has(lx)
      )
        break;
      j++;
    }
    if (j === nameStart) return null;
    // "Sekolah Menengah Atas", "SMA Negeri", "Kawasan Rawan Bencana": a kind of school or area in everyday
    // words, with no number or proper name, names none
    if (type === 'place' && (GENERIC_PLACE_HEADS.has(w) || SCHOOL_HEADS.has(w))) {
      let generic = true;
      for (let k = nameStart; k < j && generic; k++)
        generic = !t[k]!.caps && GENERIC_PLACE_WORDS.has(t[k]!.key);
      if (generic) return null;
    }
    // "Kota Langsa Ariel …", "Desa Sukamaju Budi …": an administrative unit the gazetteer knows ends
    // before a personal name that follows it
    if (rule === 'id.place.admin-head' && j - nameStart >= 2) {
      const p = placeLookup(b, nameStart, j);
      if (p && p.end < j && isKnownName(t[p.end]!) && !DIRECTIONS.has(t[p.end]!.key)) j = p.end;
    }
    // "Stade Rennais FC", "Parc Royal SC": a club's tail in capitals ends a facility's name: the club
    if (type === 'place' && j - nameStart >= 1 && t[j - 1]!.caps && CLUB_TAILS.has(t[j - 1]!.key))
      return { type: 'organization', end: j, rule: 'id.org.tail-word' };
    // "Departemen Matematika Fakultas MIPA UGM": a body's head word that the run's end left without its own name
    // opens another body, no word of this one
    if (type === 'organization' && j - nameStart >= 2 && t[j - 1]!.cap && UNNAMED_HEADS.has(t[j - 1]!.key))
      j--;
    return { type, end: j, rule, kind };
  }
  // tails: "Bank Central Asia Tbk", "Persib FC", "Vostochny Cosmodrome"; an office or a sentence-opening
  // word before the name ("Vice President PT …", "Menurut Apple Inc") is not part of it
  if (ENGLISH_OFFICES.has(w) || isTitleHead(t[i]!) || (t[i]!.initial && isIndonesianTok(t[i]!))) return null;
  for (let j = i + 1; j < Math.min(limit, i + MAX_NAME_TOKENS); j++) {
    const lx = bare(t[j]!);
    // ("Kim Sa Rang": a legal form of two letters is written in capitals, "Nestlé SA")
    if (ORG_TAILS.has(lx) && t[j]!.cap && (t[j]!.caps || !CAPITALS_TAILS.has(lx))) {
      // "Gaza City", "Kuwait City": a city outside Britain (whose towns name football clubs) before "City"
      if (lx === 'city' && j + 1 === limit) {
        const p = placeLookup(b, i, j);
        if (p && p.end === j && p.info.country !== 'GB' && p.info.country !== null)
          return { type: 'place', end: j + 1, rule: 'id.place.feature-tail', kind: 'city' };
      }
      // "Apple Watch", "Galaxy Watch": a company's or a line's one word before "Watch" names a product
      if (!closesBody(lx, j - i)) return null;
      // ("Kapal Motor Sinar Bangun", "Sepeda Motor": "Motor" after an everyday word names a kind of vehicle)
      if (lx === 'motor' && j > i && isIndonesianTok(t[j - 1]!)) return null;
      // "Ipswich Town", "Derby County": a British town's club; "China Town" is a quarter of a town
      if (lx === 'town' || lx === 'county') {
        const p = placeLookup(b, i, j);
        if (j === i || !p || p.end !== j || p.info.country !== 'GB')
          return p && p.end === j
            ? { type: 'place', end: j + 1, rule: 'id.place.feature-tail', kind: 'other' }
            : null;
      }
      // "Eastern Air Lines", "Madura United FC", "Huadian Engineering Corporation Ltd": tails stack
      let k = j + 1;
      while (k < limit && k < i + MAX_NAME_TOKENS && t[k]!.cap && ORG_TAILS.has(bare(t[k]!))) k++;
      // "Maluku City Mall", "United Center": an English feature after the tail makes the whole a place
      if (k < limit && t[k]!.cap && isEnglishFeature(bare(t[k]!)))
        return { type: 'place', end: k + 1, rule: 'id.place.feature-tail', kind: 'other' };
      // "Seoul Music Award", "MTV Music Awards": an award or event named after the tail is no body
      if (k < limit && t[k]!.cap && WORK_WORDS.has(t[k]!.lower)) return null;
      // "Warner Music Indonesia", "Samsung Electronics Indonesia": a company's branch in a country
      const branch = k < limit && t[k]!.cap ? placeLookup(b, k, limit) : null;
      // ("Bank Indonesia": the bank of a country is its central bank, already known by name)
      if (branch && branch.info.kind === 'country' && branch.end - k === 1 && bare(t[k - 1]!) !== 'bank')
        k = branch.end;
      return { type: 'organization', end: k, rule: 'id.org.tail-word' };
    }
    if (
      FEATURE_HEADS.has(lx) &&
      /^[a-z]+$/u.test(lx) &&
      /[A-Z]/u.test(t[j]!.text[0]!) &&
      isEnglishFeature(lx)
    ) {
      // "Queens Park Rangers": a club's tail after the feature makes the whole a club
      if (j + 1 < limit && t[j + 1]!.cap && ORG_TAILS.has(bare(t[j + 1]!))) continue;
      // "Maidstone College of Art", "London School of Economics": a school of a field is a body
      if (SCHOOL_FEATURES.has(lx) && t[j + 1]?.lower === 'of' && t[j + 2]?.cap && !t[j + 2]!.initial) {
        let k = j + 3;
        while (k < t.length && k < j + 8 && (t[k]!.cap || (t[k]!.lower === 'and' && t[k + 1]?.cap))) k++;
        return { type: 'organization', end: k, rule: 'id.org.tail-word' };
      }
      // "… Security Research Center", "Center for Strategic Studies": a centre of research is a body
      if ((lx === 'center' || lx === 'centre') && RESEARCH_WORDS.has(t[j - 1]!.lower))
        return { type: 'organization', end: j + 1, rule: 'id.org.tail-word' };
      // "Pertamina Mandalika International Street Circuit": a second feature word goes on the name
      const end = j + 1 < limit && t[j + 1]!.cap && isEnglishFeature(bare(t[j + 1]!)) ? j + 2 : j + 1;
      return { type: 'place', end, rule: 'id.place.feature-tail', kind: 'other' };
    }
    // ("Badminton World Federation", "International Olympic Committee": a title-case non-name that is no
    // Indonesian word, as the words of an event's name, may stand inside a body's English name)
    if (isTitleHead(t[j]!) || (isNonName(t[j]!) && (t[j]!.caps || isIndonesianTok(t[j]!)))) break;
  }
  return null;
}

/** One romanized Korean syllable ("Yong", "Ji", "Sung", "Geun", "Hye", "Kyung", "Chul", "Seung"). */
const KOREAN_SYLLABLE =
  /^(?:[gkndrlmbsjchtpyw]|kk|tt|pp|ss|jj|ch|kh|th|ph|sh)?(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|oo|ou|wo|we|wi|yu|eu|ui|i|ee)(?:k|n|t|l|m|p|ng)?$/u;

/** Korean family names that are no single romanized syllable of the pattern. */
const KOREAN_FAMILY_SHAPES = new Set(['park', 'choi', 'ahn']);

/** A country, an exonym or a province ("Ri" for Indonesia): a place that ends a name read the usual way. */
const endsNameAsPlace = (info: PlaceInfo | null): boolean =>
  info !== null &&
  strongPlace(info) &&
  (info.kind === 'country' || info.source === 'id-province' || info.source === 'exonym');

/** Function words shaped like one romanized syllable: no part of a Korean name ("Kim Dan Lee" in a headline). */
const SYLLABLE_FUNCTION_WORDS = new Set(
  'dan di ke se ya tak pun per the on no so to be do go a i o u'.split(' '),
);

/**
 * "Gu Jun Pyo", "Goo Ha Ra", "Moon Jae In": a Korean family name, then two capitalized romanized syllables, is a
 * Korean name of three parts, even when a syllable is also the short form of a month, a unit or a country ("Jun",
 * "Ha", "Ri", "In"), which would end a name read the usual way. Its end, or -1.
 */
function koreanNameEnd(t: readonly Tok[], i: number, limit: number): number {
  if (i + 3 > limit || t[i]!.caps || !KOREAN_FAMILY_NAMES.has(t[i]!.lower)) return -1;
  for (let k = i + 1; k < i + 3; k++) {
    const x = t[k]!;
    if (
      !x.cap ||
      x.caps ||
      !KOREAN_SYLLABLE.test(x.lower) ||
      SYLLABLE_FUNCTION_WORDS.has(x.lower) ||
      isTitleHead(x) ||
      isOrgHead(x)
    )
      return -1;
  }
  // (only when a part would end the name on its own, and no name word follows: other names are read as any name
  // is, runs of names included: "Kim Jong Un Vladimir Putin")
  if (i + 3 < limit && t[i + 3]!.cap && !t[i + 3]!.caps) return -1;
  return someTok(
    t,
    i,
    i + 3,
    (x) => isNonName(x) || ENGLISH_FUNCTION_WORDS.has(x.lower) || endsNameAsPlace(lookupPlace(x.lower)),
  )
    ? i + 3
    : -1;
}

/**
 * "Park Yong Ha", "Park Ji Sung": the Korean family name Park before two syllables of a given name is a person,
 * not the English feature word of "Central Park" (the hyphenated "Park Ji-sung" opens no feature's name anyway).
 */
function koreanParkName(t: readonly Tok[], i: number, limit: number): boolean {
  if (t[i]!.text !== 'Park' || i + 2 >= limit) return false;
  const a = t[i + 1];
  const c = t[i + 2];
  return (
    a !== undefined &&
    c !== undefined &&
    a.cap &&
    !a.caps &&
    c.cap &&
    !c.caps &&
    KOREAN_SYLLABLE.test(a.lower) &&
    KOREAN_SYLLABLE.test(c.lower)
  );
}

/** The known clubs' names (the lexicon's canonical names). */
const CLUB_NAMES = new Set(KNOWN_CLUBS.map(([name]) => name!));

/** "Persebaya", "Persik", "Persiraja": Indonesian football clubs are named "Pers…" after their town. */
const PERS_CLUB = /^Pers[aeiou][a-z]{1,9}$/u;

/**
 * "Persela Lamongan", "Persik Kediri", "Persipura": a "Pers…" word (no derived noun in -an) before its
 * town, or alone when no dictionary knows it, is a football club. Its end, or -1.
 */
function clubNameEnd(b: Builder, i: number, limit: number): number {
  const w = b.t[i]!;
  if (!PERS_CLUB.test(w.text) || w.lower.endsWith('an') || w.lower.endsWith('nya') || orgAt(b, i, limit))
    return -1;
  const p = placeLookup(b, i + 1, limit);
  if (p && regional(p.info)) return p.end;
  return isIndonesianTok(w) || isEnglishWord(w.lower) || isPersonTok(w) ? -1 : i + 1;
}

/** The abbreviations that open a sports club's name: "FC Porto", "SC Freiburg", "RB Leipzig", "PS Barito Putera". */
const CLUB_PREFIXES = new WordSet(
  'FC AC SC SS CF CD RC EC RB SV VfB VfL TSG KV KRC OGC SSC ACF AFC RCD PS'.split(' '),
);

/**
 * "FC Porto", "CD Leganes", "PS Barito Putera": a club's abbreviation, then one to three capitalized words (no
 * title, no non-name). Its end, or -1.
 */
function clubPrefixEnd(b: Builder, i: number, limit: number): number {
  const t = b.t;
  if (!CLUB_PREFIXES.has(t[i]!.text) || i + 1 >= limit) return -1;
  let j = i + 1;
  while (j < limit && j < i + 4 && t[j]!.cap && !isTitleHead(t[j]!) && !isNonName(t[j]!)) j++;
  return j > i + 1 ? j : -1;
}

function prefixHeadAt(b: Builder, i: number, limit: number): Head | null {
  const h = headAt(b, i, limit);
  return h && h.rule !== 'id.org.tail-word' && h.rule !== 'id.place.feature-tail' ? h : null;
}

const GOVERNMENTS = new Set(['pemkot', 'pemkab', 'pemprov', 'pemda']);
/** Words that are no names alone but may end a body's name: faiths and peoples ("Persatuan Pelajar Islam"). */
const BODY_LAST_WORDS = new Set(
  'islam kristen katolik protestan hindu buddha budha konghucu muslim nasrani melayu sunda betawi batak bugis minang dayak tionghoa'.split(
    ' ',
  ),
);
/** Matters a body's name may end with ("Badan Pemenangan Pemilu", "Pansus Angket BBM", "Satgas UMKM"). */
const BODY_MATTERS = new Set([
  'pemilu',
  'pilkada',
  'pileg',
  'pilpres',
  'bbm',
  'ham',
  'apbn',
  'apbd',
  'umkm',
  'ukm',
  'tki',
]);
/** Administrative words that name the region an office serves ("Dinas Kesehatan Provinsi Jawa Barat"). */
const SERVED_REGIONS = new Set([
  'provinsi',
  'prov',
  'kabupaten',
  'kab',
  'kota',
  'kotamadya',
  'kecamatan',
  'kec',
]);
/** Government offices that serve one region ("Dinas …", "Badan …", "Kejaksaan Negeri …"). */
const REGIONAL_OFFICES = new Set(
  'dinas badan balai kantor kejaksaan pengadilan inspektorat sekretariat satuan direktorat kementerian'.split(
    ' ',
  ),
);
const LEGAL_FORMS = new Set(['pt', 'cv', 'perum', 'ud']);
/** Words that end an office with the unit it heads inside a body ("Kepala Pusat …", "Kepala Biro …"). */
const UNIT_WORDS = new Set(['pusat', 'biro', 'bagian', 'divisi', 'subdirektorat', 'seksi', 'subbagian']);

/** Heads of places that everyday words after them make a kind of place, not a name ("Sekolah Dasar"). */
const GENERIC_PLACE_HEADS = new Set(['sekolah', 'kawasan', 'cagar', 'suaka']);
const GENERIC_PLACE_WORDS = new Set(
  `dasar menengah pertama atas umum kejuruan lanjutan tingkat negeri swasta luar biasa rawan bencana alam
  margasatwa internasional nasional standar bertaraf unggulan terpadu katolik islam kristen rintisan
  industri ekonomi khusus pariwisata wisata strategis`.split(/\s+/u),
);

/** Head words of a street ("Jalan Pemuda", "Jl. Merdeka", "Gang Mawar"). */
const STREET_HEADS = new Set(['jalan', 'jl', 'jln', 'gang', 'gg']);

/** Function words and copulas that a name governed by a head word never holds, even capitalized. */
const HEADLINE_BREAKS = new Set(
  'pada di ke yang adalah merupakan ialah terdapat ini itu akan telah sudah juga dengan oleh'.split(' '),
);

/** The longest name a head word or a title governs, in tokens. */
const MAX_NAME_TOKENS = 12;

/** Military units and their commanders named with a number and a slash ("Danrem 121/…", "Yonif 330/…"). */
const UNIT_COMMANDERS = new Set([
  'danrem',
  'dandim',
  'pangdam',
  'danramil',
  'danyon',
  'koramil',
  'yonif',
  'batalyon',
  'lantamal',
  'lanud',
]);

/**
 * Where a commander's unit ends when its number stands at j, right after the commander's office ("Pangdam XIV
 * Hasanuddin", "Danrem 141 Toddopuli"): past the number and at most two capitalized words of the unit's name
 * that no rank, office, headline verb or place opens; j when no number of a unit stands there.
 */
function commandNameEnd(b: Builder, j: number, limit: number): number {
  const t = b.t;
  if (j === 0 || !UNIT_COMMANDERS.has(bare(t[j - 1]!)) || !/^(?:[IVXL]+|\d{1,4})$/u.test(t[j]!.text))
    return j;
  let k = j + 1;
  // ("Danrem 031/Wirabima", "Pangdam XIV/Hasanuddin": the unit's name after a slash)
  if (t[k]?.text === '/' && k + 1 < limit && t[k + 1]!.cap) k++;
  // (a place the unit is named by is read as the office's place: "Dandim 0501 Jakarta Pusat")
  while (
    k < limit &&
    k < j + 3 &&
    t[k]!.cap &&
    !t[k]!.caps &&
    !isTitleHead(t[k]!) &&
    !headlineVerb(t[k]!) &&
    placeAt(b, k, limit) === null
  )
    k++;
  return k;
}

/** Head words of bodies that never end a name, their own name always after them ("Fakultas …", "Universitas …"). */
const UNNAMED_HEADS = new Set([
  'fakultas',
  'universitas',
  'departemen',
  'jurusan',
  'kementerian',
  'dinas',
  'direktorat',
  'institut',
  'lembaga',
]);

/** Are tokens s..e English words of an office's field, no Indonesian word or head among them ("Public Relations")? */
function englishFieldWords(b: Builder, s: number, e: number): boolean {
  return everyTok(b.t, s, e, (x) => isEnglishWord(x.lower) && !isIndonesianTok(x) && !isOrgHead(x));
}

/** Police and army commands named by their region, with the long form of their head word. */
const COMMANDS: Readonly<Record<string, string>> = {
  polda: 'Kepolisian Daerah',
  polres: 'Kepolisian Resor',
  polresta: 'Kepolisian Resor Kota',
  polrestabes: 'Kepolisian Resor Kota Besar',
  polsek: 'Kepolisian Sektor',
  kodam: 'Komando Daerah Militer',
  korem: 'Komando Resor Militer',
  kodim: 'Komando Distrik Militer',
  // "PN Jakarta Pusat", "PTUN Bandung": a court is named by the city it sits in
  pn: 'Pengadilan Negeri',
  ptun: 'Pengadilan Tata Usaha Negara',
};
const expandsOf = (h: Head): { expands?: string } => (h.expands === undefined ? {} : { expands: h.expands });

const REGIONAL_BODIES = new Set(
  'pemkot pemkab pemprov pemda dprd kpud kpu bawaslu kejari kejati bpbd dinas'.split(' '),
);
/** The short forms of a region's own offices ("Dinkes", "Disdik", "Bappeda"): each is named by its region alone. */
const REGIONAL_SHORT_FORMS = new Set(
  'dinkes dinsos disdik dishub disnaker dispar diskominfo disdukcapil dispora disperindag distan dlh bappeda bapenda bpkad'.split(
    ' ',
  ),
);

/** Where a region named at i ends ("Jateng", "Kabupaten Kudus", "Provinsi Jawa Tengah"), or -1. */
function regionAfter(b: Builder, i: number, limit: number): number {
  // (the unit word before the region's name, "Kabupaten", "Provinsi", is the region's too)
  for (const k of ADMIN_HEADS.has(bare(b.t[i]!)) ? [i, i + 1] : [i]) {
    const p = k < limit ? placeLookup(b, k, limit) : null;
    if (p && regional(p.info)) return p.end;
  }
  return -1;
}

/** Words before "Center" that make it a body of research, not a building ("Research Center", "Policy Center"). */
const RESEARCH_WORDS = new Set(['research', 'studies', 'policy', 'study']);

const ENGLISH_FEATURES = new Set(
  'airport station square street road avenue bridge tower stadium cosmodrome river lake island islands mountain mountains valley park palace hall building center centre harbour harbor port beach bay school college abbey museum hospital church cathedral castle hotel mall prison arena range gallery theatre theater circuit gymnasium dome coliseum colosseum velodrome pavilion auditorium'.split(
    ' ',
  ),
);
const isEnglishFeature = (w: string): boolean => ENGLISH_FEATURES.has(w);
/** English features that are also bodies when a field follows: "College of Art", "School of Economics". */
const SCHOOL_FEATURES = new Set(['school', 'college', 'academy']);

/**
 * "ibu kota Afghanistan, Kabul, …", "di kompleks parlemen, Senayan, Senin", "(KPU), Menteng, Jakarta Pusat":
 * a name the gazetteer knows, set off by commas right after a place or right before a strong place or a day,
 * is one more part of an address.
 */
function inAddress(b: Builder, s: number, e: number): boolean {
  const t = b.t;
  const closed = t[e] === undefined || /^[,.;]$/u.test(t[e]!.text);
  if (t[s - 1]?.text === ',' && s >= 2 && closed) {
    const before = t[s - 2]!;
    for (let k = b.out.length - 1; k >= 0 && k >= b.out.length - 4; k--) {
      const c = b.out[k]!;
      if (c.end === before.end && c.type === 'place') return true;
    }
  }
  if (t[e]?.text !== ',' || t[s - 1]?.text !== ',') return false;
  const next = t[e + 1];
  if (next === undefined || !next.cap) return false;
  if (DAYS_MONTHS.has(next.lower)) return true;
  const p = placeAt(b, e + 1, b.t.length);
  return p !== null && strongPlace(p.info) && p.info.kind !== 'country';
}

/** "pejuang dari Zintan", "datang dari Misrata": a gazetteer name after "dari" that is no personal name. */
function fromPlace(b: Builder, s: number, e: number): boolean {
  const w = b.t[s]!;
  return (
    b.t[s - 1]?.lower === 'dari' &&
    !b.t[s - 1]!.cap &&
    e - s === 1 &&
    !b.t[e]?.cap &&
    !isKnownName(w) &&
    !isIndonesianWord(w.key)
  );
}

/**
 * "…, kata Richardson.", "ujar Marion": a foreign town's one-word name that the public name lists hold as a
 * person's name, right after a speech verb and not followed by another name word, is the speaker. Countries,
 * exonyms and Indonesia's own regions stay places.
 */
function speakerNamesakeOfTown(b: Builder, i: number, end: number, info: PlaceInfo): boolean {
  const t = b.t;
  return (
    end === i + 1 &&
    (info.source === 'world-city' || info.source === 'world-region') &&
    SPEECH_VERBS_BEFORE.has(t[i - 1]?.lower ?? '') &&
    t[i - 1]!.lower !== 'menurut' &&
    isPersonTok(t[i]!) &&
    !t[i + 1]?.cap
  );
}

/** Roots of giving, handing over, asking and reporting: "menyerahkan uang ke X", "dukungan ke X", "meminta ke X". */
const GIVING_ROOTS = new Set([
  'serah',
  'beri',
  'minta',
  'sampai',
  'terus',
  'dukung',
  'titip',
  'bayar',
  'setor',
  'transfer',
  'pinjam',
  'adu',
  'lapor',
]);

const BARE_MOTION = new Set(['sampai', 'terus']);
const GOING_VERBS = new Set([
  'pergi',
  'datang',
  'kembali',
  'pulang',
  'tiba',
  'menuju',
  'mampir',
  'pindah',
  'masuk',
]);

/**
 * "menyerahkan uang itu ke Sjahril", "dukungan ke Zulkifli menjadi ketua umum": in speech "ke" stands for
 * "kepada" after a verb or noun of giving, asking or reporting earlier in the clause; a run of name words no
 * dictionary holds there is the person given to, not a place.
 */
function handedToPerson(b: Builder, s: number, e: number): boolean {
  const t = b.t;
  if (t[s - 1]?.lower !== 'ke' || t[s]!.caps || !everyTok(t, s, e, (x) => !isIndonesianTok(x))) return false;
  for (let k = s - 2; k >= Math.max(0, s - 6); k--) {
    const w = t[k]!;
    if (!/^\p{L}/u.test(w.text)) return false;
    if (w.cap) continue;
    // ("memberikan Wolfsburg modal bagus sebelum bertandang ke …": a verb of going between ends the clause)
    if (w.lower.startsWith('ber') || GOING_VERBS.has(w.lower)) return false;
    // (bare "sampai ke", "terus ke" go somewhere: only their affixed forms give)
    if (
      !BARE_MOTION.has(w.lower) &&
      (GIVING_ROOTS.has(w.lower) || stems(w.lower).some((x) => GIVING_ROOTS.has(x)))
    )
      return true;
  }
  return false;
}

function locativeBefore(b: Builder, i: number): boolean {
  const p = b.t[i - 1];
  return p !== undefined && LOCATIVE_CUES.has(p.lower);
}

/**
 * Tails that close a body's name only after two words or more: a watchdog's name is long ("Indonesia Corruption
 * Watch", "Human Rights Watch"), a company's one word before it names a product ("Apple Watch").
 */
const LONG_NAME_TAILS = new Set(['watch']);
/** Does the tail word `w`, after `before` words of a name, close a body's name (ORG_TAILS, LONG_NAME_TAILS)? */
const closesBody = (w: string, before: number): boolean =>
  ORG_TAILS.has(w) && (before >= 2 || !LONG_NAME_TAILS.has(w));

/** Gives a candidate another type: a place's fields go; the reading's rule, when given, is noted. */
function retype(c: EntityCandidate, type: EntityCandidate['type'], rule?: string, evidence = ''): void {
  c.type = type;
  c.canonical = undefined;
  c.country = undefined;
  c.placeKind = undefined;
  if (rule !== undefined) c.explain.push({ rule, evidence });
}

/** A facility's class after "Kelas": "I", "IIA", "IIB", "III". */
const FACILITY_CLASS = /^(?:I{1,3}|IV)[AB]?$/u;

function emitPerson(b: Builder, from: number, e: number, rule: string, titles: string[] = []): void {
  // ("Presiden Barack Obama dan Michelle Obama": "dan" joins two people, each with two name words or more; the
  // office is the first one's)
  // (each opening with a name no dictionary holds or a known name: not "Bisnis Pengolahan dan Pemurnian …")
  const nameLike = (x: Tok): boolean => isKnownName(x) || !isIndonesianTok(x);
  for (let k = from + 2; k < e - 2; k++) {
    if (b.t[k]!.lower !== 'dan' || b.t[k]!.cap) continue;
    if (!everyTok(b.t, from, k, (x) => x.cap && !x.caps) || !everyTok(b.t, k + 1, e, (x) => x.cap && !x.caps))
      break;
    if (!nameLike(b.t[from]!) || !nameLike(b.t[k + 1]!)) break;
    emitPerson(b, from, k, rule, titles);
    emitPerson(b, k + 1, e, rule);
    return;
  }
  // "Ketua Gugus Tugas Covid-19 Jatim Joni …", "… Penanganan Covid - 19 Provinsi Maluku Dony …": the disease, its
  // number and the region after it belong to the office; the name follows them
  let start = from;
  // "(Lapas) Kelas I Makassar", "(Rutan) Kelas IIB Sinjai …": a facility's class is no name; the town after it
  // is a place, a name after that the holder's
  if (b.t[start]!.lower === 'kelas' && FACILITY_CLASS.test(b.t[start + 1]?.text ?? '')) {
    start += 2;
    const region = start < e ? placeAt(b, start, e) : null;
    if (region) {
      emitPlace(b, start, region.end, region.info, 'id.place.gazetteer');
      start = region.end;
    }
    if (start >= e) return;
    from = start;
  }
  if (DISEASE_WORDS.has(b.t[start]!.lower)) {
    start++;
    if (b.t[start]?.text === '-' && /^\d+$/u.test(b.t[start + 1]?.text ?? '')) start += 2;
    const region = start < e ? placeAt(b, start, e) : null;
    if (region && strongPlace(region.info)) {
      emitPlace(b, start, region.end, region.info, 'id.place.gazetteer');
      start = region.end;
    }
    if (start >= e) return;
    if (titles.length)
      titles = [
        ...titles.slice(0, -1),
        b.text.slice(b.text.lastIndexOf(titles[titles.length - 1]!, b.t[from]!.start), b.t[start - 1]!.end),
      ];
  }
  // trailing particles or dots never end a name
  let end = e;
  // (a capitalized "Ibnu" standing alone is a given name)
  while (
    end > start &&
    ((NAME_PARTICLES.has(b.t[end - 1]!.lower) && !/^Ibnu?$/u.test(b.t[end - 1]!.text)) ||
      b.t[end - 1]!.text === '&')
  )
    end--;
  if (end <= start) return;
  // ("Vonis Terdakwa … 15 Tahun": a number opens no name; ”Kami optimistis,” ujarnya: a pronoun is no one's name)
  // ("Menteri Perguruan Tinggi dan Ilmu …": a list's "dan" opens no name)
  if (/^\d/u.test(b.t[start]!.text) || joinsList(b.t[start])) return;
  if (end - start === 1 && (NAME_PRONOUNS.has(b.t[start]!.lower) || NO_NAME_PRONOUNS.has(b.t[start]!.lower)))
    return;
  // "Manajer Liverpool Juergen Klopp", "PM Singapura Lee Kuan Yew": after a title, the organization or place
  // the office belongs to is not part of a name of two or more words
  let s = start;
  if (titles.length && end - s > 2) {
    const org = orgAt(b, s, end - 2);
    const place = org ? null : placeAt(b, s, end - 2);
    if (org && org.end <= end - 2) {
      emit(b, 'organization', s, org.end, 'id.org.lexicon', { canonical: org.name });
      s = org.end;
    } else if (
      place &&
      place.end <= end - 2 &&
      // ("Sekretaris Jenderal ASEAN Kao Kim Hourn": a small district that is also a given name opens the name)
      !(
        isPersonTok(b.t[s]!) &&
        (place.info.source === 'id-district' || place.info.source === 'id-ward' || place.info.population < 5)
      )
    ) {
      emitPlace(b, s, place.end, place.info, 'id.place.gazetteer');
      s = place.end;
    }
  }
  const full = NICK_BY_KEY.get(foldSpan(b, b.t[s]!.start, b.t[end - 1]!.end));
  // (no object spread: a spread makes a new object shape each time, and this runs per name)
  emit(b, 'person', s, end, rule, {
    titles: titles.length ? titles : undefined,
    canonical: full || undefined,
  });
}

/** An everyday Indonesian or English word, a particle, a lone letter or a Roman numeral: nothing that makes a name. */
function isEverydayToken(x: Tok): boolean {
  return classOf(x, EVERYDAY);
}
function everydayUncached(x: Tok): boolean {
  const w = bare(x);
  if ((GIVEN_NAMES_ID.has(w) || NAME_PREFIXES.has(w) || FAMILY_NAMES_ID.has(w)) && !COMMON_WORDS.has(w))
    return false;
  if (isIndonesianTok(x)) return true;
  if (isPersonName(w) && !isEnglishWord(w)) return false;
  return isEnglishWord(w) || NAME_PARTICLES.has(x.lower) || /^([IVX]+|\p{Lu}\.?)$/u.test(x.text);
}

/** Agency names built from syllables: "Kemendes", "Kemenkes", "Bappenas", "Kompolnas", "Polda". */
const ORG_SHAPE =
  /^(Kemen\p{Ll}{2,}|Kemen\p{Lu}{2,}|Kem(ristek|dik|kominfo|kes|sos|dagri|enag|naker|perin|pupr|hub|tan)\p{Ll}*|Kem\p{Lu}\p{L}+|\p{Lu}\p{Ll}{3,}nas|Pol(da|res|sek|resta)\p{L}*|Pem(kab|kot|prov)\p{L}+|Dit(jen|lantas|reskrimum|reskrimsus|narkoba)\p{L}*|Dep(kes|dagri|kominfo|diknas|dikbud|hub|tan|perin|nakertrans|naker|sos|hut|kumham|ag|keu|lu|dag|pu|budpar|hankam|kumdang)|Dis(hub|dik|dikbud|pora|dukcapil|kominfo|perindag|nakertrans|naker|pertan|hut|par|budpar|pend[a-z]*|sos)|Dinkes|Kanwil|Bapp?eda\p{L}*)$/u;

/** What every ORG_SHAPE alternative opens or ends with: a cheap test before the regex (keep in step with it). */
const ORG_SHAPE_OPENINGS = new Set(['Kem', 'Pol', 'Pem', 'Dit', 'Dep', 'Dis', 'Din', 'Kan', 'Bap']);
const ORG_SHAPE_FIRST = new Set([...ORG_SHAPE_OPENINGS].map((w) => w.charCodeAt(0)));
const mayBeOrgShape = (w: string): boolean =>
  (ORG_SHAPE_FIRST.has(w.charCodeAt(0)) && ORG_SHAPE_OPENINGS.has(w.slice(0, 3))) || w.endsWith('nas');

/** "Kemendikdasmen", "Polres", "Bappenas": a word shaped like an agency's short name. */
const isAgencyShape = (w: string): boolean => mayBeOrgShape(w) && ORG_SHAPE.test(w);

/** "GrabCar", "StarOne", "detikINET": capitals inside a word make a brand; "McDonald", "DiCaprio" are names. */
function isBrandShape(w: string): boolean {
  // (every shape opens with a lower-case letter or a capital: a first character of neither case rules
  // them all out, and each case the shapes of the other; read from UNIT_CASE unless it is a surrogate)
  const c0 = w.charCodeAt(0);
  const first = isSurrogate(c0) ? UNIT_UPPER | UNIT_LOWER : unitCase(c0);
  if ((first & (UNIT_UPPER | UNIT_LOWER)) === 0) return false;
  if (first & UNIT_LOWER && /^\p{Ll}+\p{Lu}/u.test(w)) return true;
  if ((first & UNIT_UPPER) === 0) return false;
  // "QTel", "XLink": two capitals before a lower-case run
  if (/^\p{Lu}{2}\p{Ll}{2,}$/u.test(w)) return true;
  // "MotoGP", "MetroTV", "KompasTV": a word and the capitals of a kind of thing after it
  if (/^\p{Lu}\p{Ll}{2,}(GP|TV|FM|ID|AI)$/u.test(w)) return true;
  // ("GoTo", "TikTok", "PayPal", "YouTube": a short first part too, unless it is a name's prefix: "LeBron")
  const m = /^\p{Lu}(\p{Ll}+)\p{Lu}\p{Ll}/u.exec(w);
  return m !== null && !/^(c|ac|ic|a|e|i|u)$/u.test(m[1]!);
}

/** A capitalized name ending in a web domain ("Layoffs.fyi", "Detik.com", "Katadata.co.id"). */
const WEBSITE =
  /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|id|co\.id|or\.id|ac\.id|go\.id|io|co|fyi|info|news|tv)$/u;

const OPEN_QUOTES = unitSet(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = unitSet(['"', '”', '’', "'", '»']);
function quotedWhole(b: Builder, s: number, e: number): boolean {
  const before = b.t[s - 1];
  const after = b.t[e];
  return (
    before !== undefined &&
    after !== undefined &&
    OPEN_QUOTES.has(before.text) &&
    CLOSE_QUOTES.has(after.text)
  );
}

/** A word the gazetteer holds as a country, province, regency or city, or as a big foreign city. */
function wellKnownPlaceWord(key: string): boolean {
  const p = lookupPlace(key);
  return p !== null && (TRUSTED_SOURCES.has(p.source) || (p.source === 'world-city' && p.population >= 7));
}

/** A name word that closes a sentence-opening name of three ("Pratama" of "Rafi Aditya Pratama"), see givenNameOpener. */
const thirdName = (y: Tok | undefined): boolean =>
  y?.cap === true && !y.caps && !isEverydayToken(y) && !isOrgHead(y) && !isHead(y) && !lookupPlace(y.key);

/**
 * "Maki Horikita tampil …", "Lata Mangeshkar menyanyi …": a sentence-opening word that is a dictionary word and a
 * given name of the public name lists, before a word no dictionary knows, opens the name (no everyday given names:
 * "Raja Salman", "Putri Diana" are styles; "Soal Budi" opens with no given name).
 */
function givenNameOpener(t: readonly Tok[], s: number, e: number): boolean {
  const x = t[s]!;
  const next = t[s + 1];
  // "Dewi Lestari membuka …", "Cahaya Ramadhani …": a word mostly met as a given name, before another name word
  if (
    s + 1 < e &&
    next !== undefined &&
    GIVEN_NAME_OPENERS.has(x.key) &&
    next.cap &&
    !next.caps &&
    !isOrgHead(next) &&
    !ORG_TAILS.has(next.key) &&
    // ("Surya Paloh", "Dewi Permata": a district or a small town is also a family name; "Intan Jakarta" is not)
    !wellKnownPlaceWord(next.key) &&
    (!isIndonesianTok(next) || EVERYDAY_GIVEN_NAMES.has(next.key) || GIVEN_NAMES_ID.has(next.key))
  )
    return true;
  // "Enes Kanter mencetak …": a rare dictionary root before a word no dictionary holds, the two a whole name
  // ("Rafi Aditya Pratama mengatakan …": or before a given name of the public lists, then one more name word)
  if (
    next !== undefined &&
    ((s + 2 === e && !isIndonesianTok(next)) ||
      (s + 3 === e &&
        (!isIndonesianTok(next) || (GIVEN_NAMES_ID.has(next.key) && !EVERYDAY_GIVEN_NAMES.has(next.key))) &&
        thirdName(t[s + 2]))) &&
    next.cap &&
    !next.caps &&
    isRareRoot(x.lower) &&
    !COMMON_WORDS.has(x.key) &&
    !isEnglishWord(next.lower) &&
    !isEverydayToken(next) &&
    !isOrgHead(next) &&
    !ORG_TAILS.has(next.key) &&
    !lookupPlace(next.key)
  )
    return true;
  return (
    s + 1 < e &&
    next !== undefined &&
    next.cap &&
    !next.caps &&
    !COMMON_WORDS.has(x.key) &&
    !EVERYDAY_GIVEN_NAMES.has(x.key) &&
    !ORG_CUES.has(x.key) &&
    (isPersonTok(x) || GIVEN_NAMES_ID.has(x.key)) &&
    !isIndonesianTok(next) &&
    !isEverydayToken(next) &&
    !isOrgHead(next) &&
    !lookupPlace(next.key)
  );
}

function classifyUnknown(b: Builder, s: number, end: number): void {
  const t = b.t;
  // ("Bekasi Timur - Cawang": the hyphen of a route, left after the place before it, opens no name)
  if (!/\p{L}/u.test(t[s]!.text)) {
    if (s + 1 < end) classifyUnknown(b, s + 1, end);
    return;
  }
  let start = s;
  let e = end;
  // "Gigi, sapaan Nagita, …": one word before ", sapaan (akrab)" and a name is a person's nickname, whatever the word
  // means
  if (end - s === 1 && !t[s]!.caps && nicknameFollows(t, end)) {
    emitPerson(b, s, end, 'id.person.nickname');
    return;
  }
  // ("Telkom Divre II", "Daop 8 Surabaya": a body's numbered unit names no one)
  if (s + 1 < end && numberedUnitAt(t, s)) return;
  // "Keluarga Trapp", "keluarga besar Mendur": the family of a family name is read as that name
  if (
    t[s]?.lower === 'keluarga' &&
    e - s >= 2 &&
    e - s <= 3 &&
    everyTok(t, s + 1, e, (x) => x.cap && !x.caps && !isEverydayToken(x))
  ) {
    emitPerson(b, s + 1, e, 'id.person.family-name');
    return;
  }
  // "La Gazzetta dello Sport", "Il Corriere della Sera": a Romance article, then a particle in lower case
  // inside the run: a paper's or a body's name, no person's
  if (
    e - s >= 3 &&
    ROMANCE_ARTICLES.has(t[s]!.text) &&
    someTok(t, s + 1, e, (x) => !x.cap && NAME_PARTICLES.has(x.lower))
  ) {
    emit(b, 'organization', s, e, 'id.org.romance-article');
    return;
  }
  // "Mendur Bersaudara", "Wright bersaudara": the brothers (or sisters) of a family name
  if (t[e - 1]?.lower === 'bersaudara' && e - s >= 2) e--;
  if (t[e]?.lower === 'bersaudara' || (e < end && e - s <= 3)) {
    if (everyTok(t, s, e, (x) => x.cap && !x.caps)) {
      emitPerson(b, s, e, 'id.person.family-name');
      return;
    }
  }
  // leading sentence-initial everyday words ("Kontribusinya Budi …" is rare; "Soal Budi" is common)
  // (a short root that is no function word may be a given name: "Maki Horikita", "Kim Joon", "Lata …")
  // ("Band Nidji …", "Klub Arsenal …": a cue noun opening the sentence says what the name after it is)
  while (
    start < e &&
    t[start]!.initial &&
    !t[start]!.caps &&
    !givenNameOpener(t, start, e) &&
    !balineseStyleAt(t, start, e) &&
    !officeAfterComma(b, start, e) &&
    ((isIndonesianTok(t[start]!) &&
      isEverydayToken(t[start]!) &&
      (COMMON_WORDS.has(t[start]!.key) || t[start]!.key.length >= 4 || derivedWord(t[start]!.key))) ||
      ORG_CUES.has(t[start]!.key)) &&
    e - start > 1
  )
    start++;
  // a joiner read into the run ("dan Kurt Wuethrich") opens no name, nor does a numeral ("Muktamar VIII Surabaya")
  // (a numeral after a name or an office: not the Balinese "I" of "I Gede Ari")
  const numeralOf = (k: number): boolean =>
    /^[IVX]+$/u.test(t[k]!.text) &&
    k > 0 &&
    (t[k - 1]!.cap || OFFICE_HEADS.has(t[k - 1]!.lower)) &&
    !t[k - 1]!.initial;
  while (start < e - 1 && (/^\p{Ll}/u.test(t[start]!.text) || numeralOf(start))) start++;
  if (start >= e) return;
  start = fieldBeforeName(b, start, e);
  // ("Persib Siap Hadapi Persija": a headline's verb before a body the lexicon knows)
  const known = start < e - 1 ? orgAt(b, start + 1, e) : null;
  if (known?.end === e) {
    const opener = t[start]!.key;
    if (
      headlineVerb(t[start]!) ||
      (opener.endsWith('kan') && rootWords().has(opener.slice(0, -3))) ||
      (opener.endsWith('i') && rootWords().has(opener.slice(0, -1)))
    ) {
      emit(b, 'organization', start + 1, e, 'id.org.lexicon', { canonical: known.name });
      return;
    }
  }
  // "Jackie Chan Menjadi", "Sanchez Ratusan": a headline verb or a number word after a name is no part of it
  while (e - start > 1 && trailingWord(t[e - 1]!) && !isEverydayToken(t[e - 2]!) && !t[e - 2]!.caps) e--;
  // a capitalized run that fills a pair of quotation marks is the title of a work ("Laskar Pelangi")
  if (quotedWhole(b, start, e) && !roleBeforeQuote(b, start)) return;
  // "Danrem 121/Alambhana Wanatama", "Pangdam XIV/Hasanuddin": a military unit's name after its number and slash
  if (t[start - 1]?.text === '/' && /^(?:[IVXL]+|\d{1,4})$/u.test(t[start - 2]?.text ?? '')) {
    const unit = t[start - 3]?.lower ?? '';
    if (COMMANDS[unit] !== undefined || UNIT_COMMANDERS.has(unit)) return;
  }
  const first = t[start]!;
  const prev = t[start - 1];
  const prevLower = prev?.lower ?? '';
  const single = e - start === 1;
  if (single && WRAPPER_HEADS.has(first.lower)) return;
  // "Prof. Dr. Siti Nurhayati, M.Sc.": a degree after a name and its comma names no one
  if (single && prev?.text === ',' && DEGREE.test(first.text)) return;
  // "Layoffs.fyi", "Katadata.co.id": a name with a web domain is a website, the body that runs it
  if (single && first.text.includes('.') && WEBSITE.test(first.text)) {
    emit(b, 'organization', start, e, 'id.org.website');
    return;
  }
  // "Ducati Lenovo", "Samsung Yamaha": two companies' names together are a team or a venture their sponsors name
  if (
    e - start === 2 &&
    isCompanyName(first.text) &&
    isCompanyName(t[start + 1]!.text) &&
    !isKnownName(first)
  ) {
    emit(b, 'organization', start, e, 'id.org.company-or-agency');
    return;
  }
  // "UU Tipikor", "RUU Cipta Kerja", "Perda Ketertiban Umum": the short title of a law names no one
  if (LAW_TITLE_HEADS.has(prevLower) && prev!.cap) return;
  // "Maulid Nabi Muhammad SAW": the name of a holiday
  if (prevLower === 'nabi' && t[start - 2]?.lower === 'maulid') return;
  // "Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika": the subject of a law, no known name in it, names no one
  if (prevLower === 'tentang' && !someTok(t, start, e, isKnownName) && lawBefore(t, start - 1)) return;
  // "Kelurahan Mojosari Kec." (the name on the next line): a unit of administration alone names no one
  if (single && ADMIN_HEADS.has(bare(first))) return;
  // "La" before "Liga", "El" before "Clasico": an article standing alone is no name
  if (single && /^(La|Le|Les|El|Los|Las|Il|Lo|Die|Der|Das|Het|The)$/u.test(first.text)) return;
  // "All England", "For Revenge": an English determiner or preposition opens the title of an event or work
  if (!single && ENGLISH_OPENERS.has(first.text) && !speechAfter(b, e)) return;
  // "Vice President", "Senior Manager": an English office before a company is no name
  if (everyTok(t, start, e, (x) => ENGLISH_OFFICES.has(x.lower))) return;
  // "Vice President Sales", "Chief Communications Officer", "Communication Manager": an English office with its
  // field, before or after the office word, names no one (the name is set off by commas)
  if (
    (someTok(t, start, e, (x) => ENGLISH_OFFICES.has(x.lower)) ||
      (ENGLISH_OFFICES.has(t[e]?.lower ?? '') && t[e]!.cap)) &&
    !someTok(t, start, e, isKnownName) &&
    everyTok(
      t,
      start,
      e,
      (x) =>
        isEnglishWord(x.lower) ||
        ENGLISH_OFFICES.has(x.lower) ||
        x.text === '&' ||
        (!x.caps && !isIndonesianTok(x)),
    )
  )
    return;
  // a lower-case noun, or a capitalized award or event word ("Piala Citra", "Penghargaan Kalpataru")
  // ("Band Nidji merilis …": an organization's cue word opening the sentence counts as one in lower case)
  const cue =
    prev !== undefined &&
    (!prev.cap ||
      WORK_WORDS.has(prevLower) ||
      // ("Tragedi Kanjuruhan kembali diperingati": a sentence's opening event word too; not "Film Ito yang pertama",
      // where a person's work opens the sentence)
      (prev.initial && (ORG_CUES.has(prevLower) || EVENT_CUES.has(prevLower))))
      ? prevLower
      : '';
  // "film Laskar Pelangi", "bahasa Sunda", "Grammy Awards": a work, language, award or event; "situs Logam Mulia",
  // "layanan Starlink": a website, an app or a service (a word in camel case after those, or after "pesawat", is a
  // company's: see camelCaseNames)
  // ("warga adat Marind", "masyarakat adat Awyu": a people's customs name the people, as "suku Marind" does)
  if (
    (NON_ENTITY_CUES.has(cue) || (cue === 'adat' && PEOPLE_OF_CUSTOM.has(t[start - 2]?.lower ?? ''))) &&
    !speechAfter(b, e) &&
    !(single && COMPANY_CUES.has(cue) && CAMEL_CASE.test(first.text))
  ) {
    b.things ??= new Set();
    b.things.add(foldSpan(b, t[start]!.start, t[e - 1]!.end));
    return;
  }
  // "satelit Terra dan Aqua", "film Dilan dan Milea": the next item of a list a noun of kind opened is a thing too
  if (single && !speechAfter(b, e) && listedThing(b, start)) return;
  // "masyarakat adat Suku Arfak", "Bahasa Sunda", "Tari Kecak": the same nouns capitalized, opening the run, name
  // a people, a language, a work or a kind, no person (unless the noun is a given name too; "perusahaan Film
  // PERSARI" is a company)
  if (
    !single &&
    NON_ENTITY_CUES.has(first.lower) &&
    !isKnownName(first) &&
    !ORG_CUES.has(prevLower) &&
    !speechAfter(b, e)
  )
    return;
  // "dalam Rapat Paripurna", "dalam Peran Utama": what one is in is an event, a work or a body, not a person
  if (prevLower === 'dalam' && !first.caps && !someTok(t, start, e, isKnownName) && !speechAfter(b, e))
    return;
  if (someTok(t, start, e, (x) => WORK_WORDS.has(x.lower))) return;
  // "bergabung dengan Aston Villa", "bermain untuk Persikabo": what a player or member joins is a club or body
  const joined =
    prev !== undefined &&
    !prev.cap &&
    JOIN_CUE_LAST.has(prevLower) &&
    JOIN_CUES.has(`${t[start - 2]?.lower ?? ''} ${prevLower}`);
  if (
    (joined || JOIN_VERBS.has(prevLower)) &&
    !isPersonTok(first) &&
    !GIVEN_NAMES_ID.has(first.lower) &&
    e - start <= 3 &&
    !everyTok(t, start, e, isEverydayToken)
  ) {
    emit(b, 'organization', start, e, 'id.org.joined');
    return;
  }
  // "mendirikan Pink Floyd", "ikut mendirikan Muhammadiyah": what one founds is a body (a building founded has a
  // head word and is read before this)
  if (
    FOUNDING_VERBS.has(prevLower) &&
    !GIVEN_NAMES_ID.has(first.lower) &&
    e - start <= 4 &&
    !everyTok(t, start, e, isEverydayToken)
  ) {
    emit(b, 'organization', start, e, 'id.org.founded');
    return;
  }
  // "pihak Etihad menyampaikan …", "meminta pihak Organda": the side named after "pihak" is a body unless a known
  // name makes it a person's ("pihak Joko Widodo")
  if (
    prevLower === 'pihak' &&
    !prev!.cap &&
    !someTok(
      t,
      start,
      e,
      (x) =>
        isKnownName(x) || x.lower.split('-').some((w) => NICK_FULL_WORDS.has(w) || GIVEN_NAMES_ID.has(w)),
    ) &&
    t[e]?.text !== '-' &&
    e - start <= 3 &&
    !everyTok(t, start, e, isEverydayToken)
  ) {
    emit(b, 'organization', start, e, 'id.org.side-of');
    return;
  }
  // "band Nidji", "majalah Tempo", "kantor berita (Jepang) Domei": the noun before says what the name is;
  // "dikutip (detikINET) dari Gizmodo", "dilansir dari Opta": the medium quoted from
  if (
    ORG_CUES.has(cue) ||
    orgCuePhraseBefore(b, start) ||
    describedKindBefore(b, start) ||
    mediaOfBefore(b, start, e) ||
    quotedFrom(b, start) ||
    cueClauseBefore(b, start, e)
  ) {
    // "pebalap tim pabrikan Ducati Enea Bastianini": a known body, then a name of two or three words no
    // dictionary holds
    const known =
      orgAt(b, start, e) ??
      (isCompanyName(t[start]!.text) && !isPersonTok(t[start]!) ? { end: start + 1, name: undefined } : null);
    if (
      known &&
      e - known.end >= 2 &&
      e - known.end <= 3 &&
      everyTok(t, known.end, e, (x) => x.cap && !x.caps && !isIndonesianTok(x))
    ) {
      if (known.name) emit(b, 'organization', start, known.end, 'id.org.lexicon', { canonical: known.name });
      else emit(b, 'organization', start, known.end, 'id.org.company-or-agency');
      emitPerson(b, known.end, e, 'id.person.capitalized');
      return;
    }
    emit(b, 'organization', start, e, 'id.org.cue-word');
    return;
  }
  // "Analis dari Gartner, Arun Chandrasekaran, …", "Peneliti dari Celios, Bhima …": the unknown name between an
  // expert's role and "dari" and the holder named after the comma is the body they work for
  if (
    prevLower === 'dari' &&
    e - start <= 3 &&
    expertBefore(b, start) >= 0 &&
    appositiveNameAfter(t, e) &&
    !GIVEN_NAMES_ID.has(first.key)
  ) {
    emit(b, 'organization', start, e, 'id.org.office-body');
    return;
  }
  // "Siheung adalah sebuah kota", "Nidji merupakan grup musik": the definition after says what it is
  const defined = definedAs(b, e);
  if (defined === 'none') return;
  if (defined === 'organization') {
    emit(b, 'organization', start, e, 'id.org.defined-as');
    return;
  }
  if (defined === 'place') {
    emitPlace(b, start, e, null, 'id.place.defined-as');
    return;
  }

  // "juru bicara Kemendiktisaintek Anang Ratmono": an agency's syllable word no lexicon holds yet, then a name
  // opening with a given name (no place: "Polres Bogor")
  if (isAgencyShape(first.text) && nameAfterAgency(b, start + 1, e)) {
    emit(b, 'organization', start, start + 1, 'id.org.company-or-agency');
    emitPerson(b, start + 1, e, 'id.person.capitalized');
    return;
  }
  if (
    (single && classOf(first, COMPANY_OR_BRAND)) ||
    // ("Juara MotoGP Mandalika", "TikTok Shop": a brand-shaped word opening a short run names no one)
    (e - start <= 3 && classOf(first, COMPANY_OR_BRAND) && isBrandShape(first.text)) ||
    (e - start <= 2 && isAgencyShape(first.text))
  ) {
    emit(b, 'organization', start, e, 'id.org.company-or-agency');
    return;
  }
  // "para Hakim Konstitusi", "Sembilan Hakim Konstitusi": a group or a number of people is no one's name
  if (prevLower === 'para' || NUMBER_WORDS.has(first.key)) return;
  // "Yang Mulia", "Yang Terhormat": a form of address, then maybe the name
  if (first.text === 'Yang' && /^(Mulia|Terhormat)$/u.test(t[start + 1]?.text ?? '')) {
    if (e - start > 2)
      emitPerson(b, start + 2, e, 'id.person.title-before-name', [
        b.text.slice(first.start, t[start + 1]!.end),
      ]);
    return;
  }
  // "PB IDI", "PB PASI", "DPW PKB": the board of a body ("Pengurus Besar", "Dewan Pimpinan Wilayah") before
  // its acronym is that body
  if (
    e - start === 2 &&
    BOARD_ACRONYMS.has(first.text) &&
    /^\p{Lu}{2,6}$/u.test(t[start + 1]!.text) &&
    !/^[IVXLC]+$/u.test(t[start + 1]!.text)
  ) {
    emit(b, 'organization', start, e, 'id.org.acronym-name');
    return;
  }
  // "Pelatih tunggal putra pelatnas PBSI Irwansyah menilai …": after an office and its lower-case field, an acronym,
  // then name words no dictionary holds before a verb of saying, are the body and the office holder
  const office = !single && /^\p{Lu}{3,}$/u.test(first.text) ? officeBeforeAcronym(b, start, e) : -1;
  if (office >= 0) {
    emit(b, 'organization', start, start + 1, 'id.org.acronym');
    emitPerson(b, start + 1, e, 'id.person.lowercase-title', [b.text.slice(t[office]!.start, first.end)]);
    return;
  }
  // "BPH Migas", "PB HMI", "GP Ansor": an acronym of three or more capitals opens the name of a body
  if (
    !single &&
    /^\p{Lu}{3,}$/u.test(first.text) &&
    !/^[IVXLC]+$/u.test(first.text) &&
    !NICK_BY_KEY.has(first.key) &&
    !isNonName(first) &&
    !someTok(t, start + 1, e, (x) => x.caps && x.text.length > 3) &&
    !(prev && !prev.cap && (OFFICE_HEADS.has(prevLower) || HONORIFICS.has(prevLower) || RANKS.has(prevLower)))
  ) {
    emit(b, 'organization', start, e, 'id.org.acronym-name');
    return;
  }
  // "eksistensi OCBC NISP di Tanah Air", "OCBC NISP juga mengajak …": two or three acronyms together inside a
  // sentence in lower case, or opening it, are a body's name, no person's initials
  if (
    !single &&
    e - start <= 3 &&
    everyTok(t, start, e, (x) => x.caps && /^\p{Lu}{2,6}$/u.test(x.text) && !/^[IVXLC]+$/u.test(x.text)) &&
    (first.initial || (prev !== undefined && !prev.cap && /^\p{Ll}/u.test(prev.text))) &&
    !PERSON_CUES.has(prevLower) &&
    /^\p{Ll}/u.test(t[e]?.text ?? '')
  ) {
    emit(b, 'organization', start, e, 'id.org.acronym-name');
    return;
  }
  // ("penyanyi Lee Ji-eun atau IU": a stage name in capitals after "atau" and a person's name is that person's)
  if (
    prevLower === 'atau' &&
    single &&
    first.caps &&
    first.text.length <= 4 &&
    !orgAt(b, start, e) &&
    b.out.some(
      (c) =>
        c.type === 'person' &&
        c.end === t[start - 2]?.end &&
        /\s/u.test(b.text.slice(c.start, c.end)) &&
        // (a person some rule besides capitals read: "Batam Logistic Ecosystem atau BLE" is none)
        (!WEAK_PERSON.test(firstRule(c)) || !!c.titles?.length),
    )
  ) {
    emitPerson(b, start, e, 'id.person.alias');
    return;
  }
  // "Rahmat Hidayat alias Ucok (38)": the other name after "alias" and a capitalized name is a person's
  if (prevLower === 'alias' && e - start <= 3 && t[start - 2]?.cap && !t[start - 2]!.caps) {
    emitPerson(b, start, e, 'id.person.alias');
    return;
  }
  // "PK - TNJ": the letters of an aircraft's registration
  if (single && first.caps && prevLower === '-' && t[start - 2]?.text === 'PK') return;
  // ("MT2", "PS2": capitals with a digit are a code, not a body)
  // (one in parentheses may be the acronym of the long form before it: "… Pembangunan (UKP4)")
  const code = hasNumber(first.text) && !(prev?.text === '(' && t[e]?.text === ')');
  if (single && first.caps && first.text.length <= 6 && !code && !/^[IVXLC]+$|^\p{Lu}\.$/u.test(first.text)) {
    // ("AS alias Bento": initials with another name after them)
    // ("Seorang bocah berusia tujuh tahun, AF, ditemukan …": initials set off by commas after a person's noun)
    if (PERSON_CUES.has(prevLower) || t[e]?.lower === 'alias' || initialsApposedToPerson(t, start, e)) {
      emitPerson(b, start, e, 'id.person.initials-cue');
    } else if (ageAfter(b, start, e)) {
      // "DP (41) dan MF (29)": initials with an age in parentheses are a person (crime and court news)
      emitPerson(b, start, e, 'id.person.initials-age');
    } else if (!isNonName(first) && !inNumberCode(t, start, e) && !LEGAL_FORMS.has(bare(first))) {
      // (a legal form alone, "berlogokan PT.", names no company)
      emit(b, 'organization', start, e, 'id.org.acronym');
    }
    return;
  }
  // a capitalized word opening a sentence and followed by a place or organization is a common noun ("Warga Jakarta")
  if (single && first.initial && (placeAt(b, e, e + placeMaxWords()) || orgAt(b, e, e + 4)) && b.t[e]?.cap)
    return;
  // "Firman berharap …": a common given name opening a sentence is the subject, not a word
  const givenName = GIVEN_NAMES_ID.has(first.lower) && !EVERYDAY_GIVEN_NAMES.has(first.lower);
  if (
    single &&
    first.initial &&
    isIndonesianWord(first.lower) &&
    !givenName &&
    !speechAfter(b, e) &&
    !subjectName(b, start, e)
  )
    return;
  // "Pasukannya menyatakan …", "Ayahnya mengatakan …": a noun with a possessive is no name
  if (
    single &&
    first.lower.endsWith('nya') &&
    first.lower.length >= 7 &&
    isIndonesianWord(first.lower.slice(0, -3))
  )
    return;
  // "Petani mengatakan …", "…, Pedagang mengaku …": a doer noun, not a name
  if (single && !first.caps && (first.initial || !opensWithLetter(prevLower)) && isAgentNoun(first.lower))
    return;
  // "Jokowi-JK", "SBY-Boediono": a pair, not one name; "Urusan-urusan": a reduplicated word
  if (single && /\p{L}-\p{L}/u.test(first.text)) {
    const parts = first.text.split('-');
    if (parts.every((x) => isIndonesianWord(x.toLowerCase()))) return;
    if (
      parts.length === 2 &&
      parts.every((x) => isCapitalized(x) && x.length > 1) &&
      !/^\p{Lu}\p{Ll}+-\p{Ll}/u.test(first.text)
    )
      return;
  }
  // "Brighamia insignis", "Manihot utilissima", "Allosaurus": a genus (and species) of living things
  if (single && latinTaxon(b, start)) return;
  // "Tgl", "Kpts", "Stbl", "Bp": a short word with no vowel is an abbreviation, not a name ("Ng" is a surname)
  if (single && /^\p{Lu}[bcdfghjklmnpqrstvwxz]{1,4}\.?$/u.test(first.text) && first.text !== 'Ng') return;
  // words with digits, lone letters and Roman numerals are not names ("Telkom-2", "I", "IV")
  if (someTok(t, start, e, (x) => hasNumber(x.text))) return;
  if (single && ((first.text.length <= 3 && /^\p{Lu}\.?$/u.test(first.text)) || romanNumeral(first.text)))
    return;
  const everyday = everyTok(t, start, e, isEverydayToken);
  // a cue word written with a capital mid-sentence belongs to a name before it ("Kementerian Luar Negeri X")
  const cueInName = prev?.cap === true && !prev.initial;
  // "di Grup C", "di Kelompok 2": a stage of a tournament, no place
  if (e - start === 2 && groupStage(first.lower, t[start + 1]!)) return;
  // ("Kisah Kasih di Sekolah", "ke Kaki Gunung Soputan", "Jalur Pendakian": one everyday word after "di", "ke" or
  // "jalur" is a word of a title or a phrase; a known place is read from the gazetteer before this)
  const everydayAfterCue =
    single &&
    everyday &&
    (prevLower === 'di' || prevLower === 'ke' || prevLower === 'jalur') &&
    isIndonesianTok(first) &&
    !first.caps;
  // ("berasal dari Cikeas", "asli dari Minangkabau": where one comes from is a place)
  const origin = prevLower === 'dari' && ORIGIN_VERBS.has(t[start - 2]?.lower ?? '') && !everyday;
  if (
    ((LOCATIVE_CUES.has(prevLower) && prevLower !== 'dengan' && !everydayAfterCue) || origin) &&
    !cueInName &&
    !handedToPerson(b, start, e)
  ) {
    emitPlace(b, start, e, null, 'id.place.locative-cue');
    return;
  }
  // "mengunjungi Darfur", "menginvasi Kuwait": what one visits, invades or occupies, named by words no name list
  // knows, is a place ("mengunjungi Budi" visits a person)
  if (
    VISIT_VERBS.has(prevLower) &&
    !cueInName &&
    !everyday &&
    !someTok(t, start, e, (x) => x.caps || isKnownName(x) || isTitleHead(x) || isNonName(x)) &&
    !speechAfter(b, e)
  ) {
    emitPlace(b, start, e, null, 'id.place.locative-visit');
    return;
  }
  // "anggota Pink Floyd", "sebagai anggota Johnny & Associates": what one is a member of is a body, even one
  // named like a person (no one writes "anggota Budi" for Budi; "anggota DPR Budi Santoso" reads DPR first)
  // ("hakim anggota Budi Santoso", "anggota Dewi Lestari": an associate judge, and a given name with
  // a family name known as names, are people)
  if (
    prevLower === 'anggota' &&
    !prev!.cap &&
    !everyday &&
    !someTok(t, start, e, (x) => x.caps || isNonName(x)) &&
    t[start - 2]?.lower !== 'hakim' &&
    !(
      e - start >= 2 &&
      GIVEN_NAMES_ID.has(t[start]!.key) &&
      isKnownName(t[e - 1]!) &&
      !someTok(t, start, e, (x) => isOrgHead(x) || (isEverydayToken(x) && !isKnownName(x)))
    ) &&
    // ("dengan anggota Agustinus Purnomo Hadi": three words no dictionary holds, the last a known name; a band's
    // name is shorter: "anggota Velvet Morrow")
    !(e - start >= 3 && isKnownName(t[e - 1]!) && everyTok(t, start, e, (x) => !isEverydayToken(x)))
  ) {
    emit(b, 'organization', start, e, 'id.org.member-of');
    return;
  }
  if (
    prev &&
    !prev.cap &&
    !everyday &&
    (OFFICE_HEADS.has(prevLower) || HONORIFICS.has(prevLower) || RANKS.has(prevLower)) &&
    // ("adik Raffi, Syahnaz Sadiqah, …": a form of address that is a kin word, before a name and another name set
    // off by commas, says whose kin the second is; the first bears no title)
    !(HONORIFICS.has(prevLower) && !OFFICE_HEADS.has(prevLower) && appositiveNameAfter(t, e, true))
  ) {
    // "pemimpin MDC Morgan Tsvangirai": the acronym of the body the office belongs to, then the name
    let k = start;
    while (
      k < e - 1 &&
      t[k]!.caps &&
      t[k]!.text.length >= 3 &&
      !isNonName(t[k]!) &&
      !ORG_TAILS.has(t[k]!.key) &&
      !ORG_HEADS.has(t[k]!.key)
    )
      k++;
    if (k > start && t[k]!.cap && !t[k]!.caps) {
      for (let x = start; x < k; x++) emit(b, 'organization', x, x + 1, 'id.org.acronym');
      start = k;
    }
    // "ketua majelis hakim Arkanu", "hakim anggota Budi": the words of the office before its last one
    let from = start - 1;
    while (
      from > 0 &&
      start - from < 5 &&
      (COMPLEMENTS.has(t[from - 1]!.key) || OFFICE_HEADS.has(t[from - 1]!.key)) &&
      (!t[from - 1]!.cap || t[from - 1]!.initial) &&
      // ("studio milik produser Ari": "milik" joins an office only in "usaha milik negara")
      (t[from - 1]!.key !== 'milik' || t[from]!.key === 'negara' || t[from]!.key === 'daerah')
    )
      from--;
    emitPerson(b, start, e, 'id.person.lowercase-title', [b.text.slice(t[from]!.start, prev.end)]);
    return;
  }
  // "Galaxy Tab", "Android Honeycomb", "Samsung Exynos", "Telkom Flexi": a product of a line or a company
  if (!SPEECH_VERBS_BEFORE.has(prevLower) && !speechAfter(b, e) && productAfter(b, start, e)) return;
  // "Karangrejo", "Sumberejo", "Kaliwungu": a landscape word compounded into one word names a village
  // ("budaya Banyumasan": a known place with "-an" is the adjective of its people and ways, no place)
  if (
    single &&
    first.lower.length >= 6 &&
    first.lower.endsWith('an') &&
    lookupPlace(first.lower.slice(0, -2)) != null
  )
    return;
  if (single && placeCompound(first) && !SPEECH_VERBS_BEFORE.has(prevLower) && !speechAfter(b, e)) {
    emitPlace(b, start, e, null, 'id.place.compound-name', 'region');
    return;
  }
  // "merendam Pluit", "rute Kampung Melayu–Cawang": words the gazetteer holds whole as an Indonesian district or urban
  // ward, none of them a name a person bears, and no one speaking, name the place
  // ("Hidayat dan Airlangga mundur": not in a list after a name that is no place)
  const listedAfterName =
    joinsList(prev) && t[start - 2]?.cap === true && placeAt(b, start - 2, start - 1) === null;
  if (!everyday && !listedAfterName && !SPEECH_VERBS_BEFORE.has(prevLower) && !speechAfter(b, e)) {
    const hit = placeAt(b, start, e);
    if (
      hit?.end === e &&
      (hit.info.source === 'id-ward' || hit.info.source === 'id-district') &&
      !someTok(t, start, e, (x) => isKnownName(x) || isPersonTok(x) || x.caps)
    ) {
      emitPlace(b, start, e, hit.info, 'id.place.gazetteer');
      return;
    }
  }
  // a long word in capitals that is nothing we know is a headline word ("KEYWORD", "BREAKING")
  if (single && first.caps && first.text.length > 6) return;
  const speech =
    SPEECH_VERBS_BEFORE.has(prevLower) ||
    speechAfter(b, e) ||
    // "Seorang warga, Mursyid, mengatakan …": one word set off by commas before a speech verb, a name
    // even when the dictionary has the word
    (single && prev?.text === ',' && t[e]?.text === ',' && speechAfter(b, e + 1)) ||
    (single && first.initial && subjectName(b, start, e)) ||
    nicknameOfAfter(t, e);
  // "Pos Kesehatan Desa (Poskesdes)", "Riset Kesehatan Dasar (Riskesdas)": a syllabic abbreviation of the
  // words before the parenthesis names what they name (a body, a place) or nothing
  const gloss = e - start <= 3 ? glossStart(b, start, e) : -1;
  if (gloss >= 0) {
    const before = b.t[start - 2];
    const long = before && b.out.findLast((c) => c.end === before.end);
    // ("Ketua Badan Legislasi (Baleg)": a body's name inside an office, which no candidate holds)
    if (!long && isOrgHead(b.t[gloss]!)) emit(b, 'organization', start, e, 'id.org.syllabic-abbreviation');
    else if (long && long.type !== 'person')
      emit(
        b,
        long.type,
        start,
        e,
        long.type === 'organization' ? 'id.org.syllabic-abbreviation' : 'id.place.syllabic-abbreviation',
      );
    return;
  }
  // "kubah emas (Byzantin)", "Pos Kesehatan Desa (Poskesdes)": a gloss in parentheses after a common word
  if (!speech && glossInParentheses(b, start, e)) return;
  // "Los Blancos", "Die Wolfe", "Les Parisiens": a plural article and one word name a club in a match report
  if (e - start === 2 && /^(Los|Les|Die|Gli)$/u.test(first.text) && sportsSentence(b, first.start)) {
    emit(b, 'organization', start, e, 'id.org.club-nickname');
    return;
  }
  // "The Upstairs", "The Jakarta Post": an English article opens a band, club or company name
  if (
    !speech &&
    first.text === 'The' &&
    e - start >= 2 &&
    !inShortQuote(b, start, e) &&
    !quotedWhole(b, start, e) &&
    everyTok(t, start + 1, e, (x) => !ENGLISH_FUNCTION_WORDS.has(x.lower)) &&
    !ENGLISH_FUNCTION_WORDS.has(t[e]?.lower ?? '')
  ) {
    // ("The Federal Reserve": the article before a name the lexicon knows, that name)
    const known = orgAt(b, start + 1, e);
    if (known?.end === e) emit(b, 'organization', start, e, 'id.org.lexicon', { canonical: known.name });
    else emit(b, 'organization', start, e, 'id.org.english-article');
    return;
  }
  // "Lawrence Odell Holley and Ella Pauline Drake": two full names joined by the English "and" are two people
  if (!speech && englishAndPair(b, start, e)) {
    emitPerson(b, start, e, 'id.person.english-pair');
    return;
  }
  // an English phrase ("Sounding the Seventh Trumpet") or a run inside a short quotation is a title
  if (!speech && (englishPhrase(b, start, e) || (inShortQuote(b, start, e) && !roleBeforeQuote(b, start))))
    return;
  // "bernama Marina Hara", "Rose Tamblyn": a given name of the public name lists that is also an everyday word,
  // then name words no English, gazetteer or lexicon knows, mid-sentence, is a person's name (a dictionary
  // word as the given name only after a naming cue)
  if (everyday && !speech && listedGivenName(b, start, e)) {
    emitPerson(b, start, e, 'id.person.listed-given-name');
    return;
  }
  // "Tan Ning", "Lim Hock": an East Asian family name, then one or two short syllables, even dictionary words
  if (everyday && !speech && eastAsianName(t, start, e)) {
    emitPerson(b, start, e, 'id.person.east-asian-name');
    return;
  }
  // "sebelum Ibra menebus dosanya", "…, Hatta juga hadir": a root of the dictionary that nobody says, alone and
  // capitalized mid-sentence before the verb or an adverb of its subject, is a name
  if (everyday && !speech && single && rareWordSubject(b, start, e)) {
    emitPerson(b, start, e, 'id.person.rare-word-subject');
    return;
  }
  // capitalized everyday words ("Dewan", "Nomor", "Keluarga Harapan") are names only when someone speaks
  if (everyday && !speech) return;
  // "Pertempuran Anzio", "Pengembangan Budidaya Tanaman": a run opened by a noun built with pe-/ke-…-an names an
  // event, a field or a program, not a person (before its acronym in parentheses it may be a body: see parentheticals)
  if (
    !speech &&
    !single &&
    !first.caps &&
    derivedNoun(first.lower) &&
    !isKnownName(first) &&
    !(t[e]?.text === '(' && t[e + 1]?.caps)
  )
    return;
  // an organization's or a place's head word standing alone ("Timnas akan berlaga", "Partai itu", "dari Lanud di
  // Morotai") names no person
  if (single && (isOrgHead(first) || FEATURE_HEADS.has(bare(first)))) return;
  // "Kartu Prakerja", "Kartu Indonesia Sehat": a card names a government program, not a person
  // ("Program Kartu Prakerja", "Semestinya Kartu Prakerja …": the card anywhere in the run)
  if (someTok(t, start, e, (x) => x.lower === 'kartu' && !x.caps) || (prevLower === 'kartu' && prev?.cap))
    return;
  // "fenomena El Nino", "gejala La Nina": what a word of kind names is a thing
  if (!speech && THING_KINDS.has(prevLower) && !prev?.cap) return;
  // "Kloter Pertama Jemaah", "Babak Kedua Laga": an ordinal inside a run makes it a phrase, not a name
  if (!speech && someTok(t, start + 1, e, (x) => ORDINAL_WORDS.has(x.key))) return;
  // "Stok SPHP", "Beras SPHP": dictionary words before an acronym name a thing, not a person
  if (
    !speech &&
    !single &&
    t[e - 1]!.caps &&
    everyTok(t, start, e - 1, (x) => !x.caps && isIndonesianTok(x) && !GIVEN_NAMES_ID.has(x.key))
  )
    return;
  // "Bunga Standing Facility", "Climate Resilience Regulation": a run that ends in an English derived noun names a
  // thing, not a person
  if (!speech && !single && ENGLISH_NOUN_SUFFIX.test(t[e - 1]!.lower) && isEnglishWord(t[e - 1]!.lower))
    return;
  // an everyday word opening a sentence before a speech verb ("Nelayan berharap …") stays a weak reading:
  // in an article it needs another mention (see dropLoneInitials)
  const everydayOpener = single && first.initial && isIndonesianWord(first.lower) && !givenName;
  const rule =
    (speech || SPEECH_BEFORE.has(prevLower)) && !everydayOpener
      ? 'id.person.speech-context'
      : single && first.initial
        ? 'id.person.sentence-initial'
        : 'id.person.capitalized';
  emitPerson(b, start, e, rule);
}

/** At token e: ", sapaan" or ", panggilan", "akrab" or not, then a capitalized name ("Gigi, sapaan Nagita"). */
function nicknameFollows(t: readonly Tok[], e: number): boolean {
  if (t[e]?.text !== ',' || !/^(sapaan|panggilan)$/u.test(t[e + 1]?.lower ?? '')) return false;
  const k = t[e + 2]?.lower === 'akrab' ? e + 3 : e + 2;
  return t[k]?.cap === true && !t[k]!.caps;
}

/** Token s follows "dan", "serta" or "atau" after a capitalized run a noun of kind named a thing (see b.things). */
function listedThing(b: Builder, s: number): boolean {
  const t = b.t;
  const joiner = t[s - 1];
  if (!b.things || joiner === undefined || joiner.cap || !/^(dan|serta|atau)$/u.test(joiner.lower))
    return false;
  let r = s - 2;
  if (r < 0 || !t[r]!.cap) return false;
  while (r > 0 && t[r - 1]!.cap && !t[r - 1]!.initial) r--;
  // ("lagu-lagu Bob Dylan dan Nirvana": a run read as a person after all makes no list of things)
  const end = t[s - 2]!.end;
  return (
    b.things.has(foldSpan(b, t[r]!.start, end)) && !b.out.some((c) => c.end === end && c.type === 'person')
  );
}

/** "Jojo, sapaan akrab Jonatan, …": the words before a comma and "sapaan akrab" or "panggilan akrab" are a name. */
function nicknameOfAfter(t: readonly Tok[], e: number): boolean {
  return (
    t[e]?.text === ',' &&
    (t[e + 1]?.lower === 'sapaan' || t[e + 1]?.lower === 'panggilan') &&
    /^(akrab|karib)$/u.test(t[e + 2]?.lower ?? '') &&
    t[e + 3]?.cap === true
  );
}

/**
 * The capitalized office that opens the clause before the acronym at token s, with only lower-case words between
 * ("Pelatih tunggal putra pelatnas PBSI …"), when the words after the acronym up to e are one to three name words
 * no dictionary holds and a verb of saying follows; -1 otherwise.
 */
function officeBeforeAcronym(b: Builder, s: number, e: number): number {
  const t = b.t;
  if (e - s > 4 || !SPEECH_AFTER.test(t[e]?.lower ?? '')) return -1;
  if (!everyTok(t, s + 1, e, (x) => x.cap && !x.caps && !isIndonesianTok(x) && !isHead(x) && !isOrgHead(x)))
    return -1;
  for (let k = s - 1; k >= Math.max(0, s - 6); k--) {
    const w = t[k]!;
    if (w.cap) return OFFICE_HEADS.has(w.lower) && k < s - 1 ? k : -1;
    if (!/^\p{Ll}+$/u.test(w.text)) return -1;
  }
  return -1;
}

/** See classifyUnknown: a family name of EAST_ASIAN_SURNAMES, then one or two short capitalized syllables. */
function eastAsianName(t: readonly Tok[], s: number, e: number): boolean {
  if (e - s < 2 || e - s > 3 || t[s]!.caps || !EAST_ASIAN_SURNAMES.has(t[s]!.lower)) return false;
  return everyTok(
    t,
    s + 1,
    e,
    (x) =>
      x.cap &&
      !x.caps &&
      x.text.length <= 5 &&
      // ("Tan Sawit": a dictionary word of five letters is a word; "Ning", "Hock" are syllables of a name)
      (x.text.length <= 4 || !isIndonesianTok(x)) &&
      !isNonName(x) &&
      !isHead(x) &&
      !isTitleHead(x) &&
      !isOrgHead(x),
  );
}

/** Months and the holy month that are given names too: "Jan Koller", "Ramadhan Sananta", "Ramadan Sobri". */
const MONTHS_AS_GIVEN_NAMES = new Set(['Jan', 'Ramadhan', 'Ramadan', 'Ramdhan']);

/**
 * "Jan Olde Riekerink", "Jan Koller": the short form of January that is also a given name opens a name before a
 * name word, with no number on either side ("3 Jan 2024", "Jan 2024" stay dates).
 */
function monthAsGivenName(t: readonly Tok[], i: number, limit: number): boolean {
  const next = t[i + 1];
  return (
    MONTHS_AS_GIVEN_NAMES.has(t[i]!.text) &&
    i + 1 < limit &&
    next?.cap === true &&
    !next.caps &&
    !isNonName(next) &&
    !isHead(next) &&
    !isTitleHead(next) &&
    !/^\p{N}/u.test(t[i - 1]?.text ?? '') &&
    // ("Ramadhan Penuh Berkah", "Ramadan Kareem": the holy month before words of a phrase)
    (t[i]!.text === 'Jan' || (!isIndonesianTok(next) && !isEnglishWord(next.lower)))
  );
}

/** Words right before a person's name: "bernama Marina Hara", "dengan nama Marina Hara", "namanya …". */
const NAMING_CUES = new Set(['bernama', 'nama', 'namanya']);

/** See classifyUnknown: "Marina Hara" (two or three words; "Marina Bay", "Rose Garden" are English phrases). */
function listedGivenName(b: Builder, s: number, e: number): boolean {
  const t = b.t;
  const first = t[s]!;
  // ("Alaska Wood Panel": no part of a longer capitalized run)
  if (e - s < 2 || e - s > 3 || first.initial || first.caps || !isPersonTok(first) || t[s - 1]?.cap)
    return false;
  if (isOrgHead(first) || isHead(first) || isTitleHead(first) || isNonName(first)) return false;
  // a dictionary word as the given name only after a naming cue ("bernama", "nama asli", "namanya")
  const p1 = t[s - 1]?.lower ?? '';
  const named = NAMING_CUES.has(p1) || (t[s - 2]?.lower === 'nama' && (p1 === 'asli' || p1 === 'lahir'));
  if (isIndonesianTok(first) && !named) return false;
  return everyTok(
    t,
    s + 1,
    e,
    (x) =>
      x.cap &&
      !x.caps &&
      !isEnglishWord(x.lower) &&
      !COMMON_WORDS.has(x.lower) &&
      !isNonName(x) &&
      !isHead(x) &&
      !isOrgHead(x) &&
      !isTitleHead(x) &&
      !ORG_TAILS.has(x.key) &&
      !DIRECTIONS.has(x.key) &&
      lookupPlace(x.key) === null,
  );
}

/** A number or a Roman numeral: a part of a letter's or a decree's number ("360", "VII", "2001"). */
const codePart = (x: Tok | undefined): boolean => x !== undefined && /^(?:\d[\d.]*|[IVXLC]+)$/u.test(x.text);
/**
 * "Nomor 360/KA/VII/2001", "No: 25 / HUK / 1991": capitals between slashes next to a number are a part of a
 * letter's or decree's number (the issuing office's code), not a body ("MPR/DPR" has no number beside it).
 */
/** Words before a flight's code and number: "penerbangan GA 874", "pesawat JT 610". */
const FLIGHT_CUES = new Set(['penerbangan', 'pesawat', 'flight']);

function inNumberCode(t: readonly Tok[], s: number, e: number): boolean {
  return (
    (t[s - 1]?.text === '/' && codePart(t[s - 2])) ||
    (t[e]?.text === '/' && codePart(t[e + 1])) ||
    // "AD/ART": a body's statutes (Anggaran Dasar/Anggaran Rumah Tangga), not the army
    (t[s]?.text === 'AD' && t[e]?.text === '/' && t[e + 1]?.text === 'ART') ||
    // "penerbangan GA 874", "pesawat JT 610": an airline's code and a flight's number
    (e === s + 1 &&
      /^[\p{Lu}\d]{2}$/u.test(t[s]?.text ?? '') &&
      /^\d{2,4}$/u.test(t[e]?.text ?? '') &&
      FLIGHT_CUES.has(t[s - 1]?.lower ?? ''))
  );
}

/**
 * "Enok Rohaeti (47)": a one-word town (no country or province) opening name words that an age in parentheses
 * follows is a given name.
 */
function agedNameAt(b: Builder, i: number, end: number, limit: number, info: PlaceInfo): boolean {
  const t = b.t;
  return (
    end === i + 1 &&
    end < limit &&
    limit - i <= 4 &&
    info.kind !== 'country' &&
    info.source !== 'id-province' &&
    t[limit]?.text === '(' &&
    /^[1-9]\d?$/u.test(t[limit + 1]?.text ?? '') &&
    t[limit + 2]?.text === ')' &&
    everyTok(t, end, limit, nameWord)
  );
}

/** "DP (41)": two or three capitals no list knows, then an age in parentheses (outside a match report). */
function ageAfter(b: Builder, s: number, e: number): boolean {
  const t = b.t;
  const w = t[s]!.text;
  return (
    e === s + 1 &&
    /^\p{Lu}{2,3}$/u.test(w) &&
    t[e]?.text === '(' &&
    /^[1-9]\d?$/u.test(t[e + 1]?.text ?? '') &&
    t[e + 2]?.text === ')' &&
    !ORGS.get(w) &&
    !lookupPlace(t[s]!.key) &&
    !sportsSentence(b, t[s]!.start)
  );
}

const ENGLISH_OPENERS = new Set('All Of For In On To With At By From My Your Our This That Every'.split(' '));

const GENUS_ENDINGS =
  /(saurus|sauria|pteryx|pteron|therium|pithecus|ceratops|raptor|odon|stega|poda|phyta|ptera|cetus|suchus)$/u;
const EPITHET = /^\p{Ll}{4,}(us|is|um|ae|ii|a|i|ensis)$/u;
/** A genus name by its Latin ending, or before a lower-case Latin species word that is no Indonesian or English word. */
function latinTaxon(b: Builder, k: number): boolean {
  const w = b.t[k]!;
  if (GENUS_ENDINGS.test(w.lower) && w.text.length >= 8) return true;
  const next = b.t[k + 1];
  return (
    next !== undefined &&
    next.start === w.end + 1 &&
    EPITHET.test(next.text) &&
    !/^(me|ber|di|ter|se|ke|pe)/u.test(next.text) &&
    !isIndonesianWord(next.lower) &&
    !isEnglishWord(next.lower) &&
    !SPEECH_AFTER.test(next.lower)
  );
}

const NUMBER_WORDS = new Set(
  'dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas puluhan ratusan ribuan'.split(' '),
);

/** Is `w` (lowercase) an affixed form of a root rather than a root ("komunikasi" no, "perlindungan" yes)? */
function derivedWord(w: string): boolean {
  return !rootWords().has(w) && !GIVEN_NAMES_ID.has(w) && isIndonesianWord(w);
}

/** A noun built with affixes ("Perlindungan", "Ketidakhati-hatian", "Pendapatan"), not a short root-like word. */
function derivedNoun(w: string): boolean {
  return w.length >= 7 && /^(per|pe|ke)|(an|si)$/u.test(w) && derivedWord(w);
}

/** A capitalized everyday word that may name the field of an office ("Komunikasi", "Perlindungan"). */
function fieldish(x: Tok): boolean {
  return classOf(x, FIELDISH);
}
function fieldishUncached(x: Tok): boolean {
  return x.cap && !x.caps && !NAME_PREFIXES.has(x.key) && isIndonesianWord(x.key) && isEverydayToken(x);
}

/** A word of a name after an office: capitalized, no acronym, no dictionary word unless a given name. */
const nameWordAfterUnit = (x: Tok): boolean =>
  x.cap &&
  !x.caps &&
  !isTitleHead(x) &&
  (!isIndonesianTok(x) || (GIVEN_NAMES_ID.has(x.key) && !EVERYDAY_GIVEN_NAMES.has(x.key)));
/** Offices of a company only: the word after them may be the company's one-word name. */
const BUSINESS_OFFICES = new Set(
  'ceo cfo coo cto cio cmo founder co-founder cofounder pendiri presdir dirut officer head partner'.split(
    ' ',
  ),
);
/** A word that shows a run is a unit or a company: an acronym of three letters or more, a capital inside, English. */
const unitShaped = (x: Tok): boolean => /^\p{Lu}{3,}$/u.test(x.text) || CAMEL_CASE.test(x.text);
/** A capital after small letters inside a word ("InfoBMKG", "TransNusa"; see camelCaseNames). */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** An English word of three letters or more, no acronym: two of them make a company's name ("Blue Bird"). */
const englishUnitWord = (x: Tok): boolean => !x.caps && x.text.length >= 3 && isEnglishWord(x.lower);

/**
 * "Direktur Jenderal Bea Cukai Heru Pambudi", "Pengamat Pasar Modal Dandossi Matram", "Direktur Blue Bird
 * Adrianto Djoko Soetono", "Direktur Operasi AirNav Indonesia Wisnu Darjono": after an office, a unit of two
 * field words or more (everyday words, "dan"), or one holding a word shaped like a company's (an acronym, a capital
 * inside, two English words; no place: "Vladimir Putin"), no word of it a given name, then the name: one to three
 * name words opening with a known given name, or two or three opening with a word no dictionary knows. The name
 * starts after the unit (id.person.office-unit). Returns `s` when no such split is found.
 */
function nameAfterOfficeUnit(b: Builder, s: number, e: number): number {
  const t = b.t;
  if (e - s < 2) return s;
  const marked = nameAfterUnitMark(b, s, e);
  if (marked > s) return marked;
  let field = true;
  let shaped = false;
  let english = 0;
  // "CEO Tanibumi Rizky Ananda": after an office of a company, one word no dictionary or name list holds, then a
  // name of two or three words opening with a known given name: the company, then its officer
  // "Komisaris PT Bumi Lestari Hartoyo Wiryo": a company opened by its legal form and closed by a company word,
  // then two or three name words no dictionary holds
  if (/^(PT|CV)$/u.test(t[s]!.text)) {
    for (let k = e - 3; k > s; k--) {
      if (!ORG_TAILS.has(bare(t[k]!)) && !COMPANY_NAME_WORDS.has(bare(t[k]!))) continue;
      if (e - k - 1 <= 3 && holderNameAfterCompany(b, k + 1, e)) return k + 1;
      break;
    }
  }
  const company = t[s]!;
  // "Pendiri GoTo Andre Soelistyo": a brand-shaped word after the office is its company, two name words or three follow
  if (e - s >= 3 && e - s <= 4 && classOf(company, COMPANY_OR_BRAND) && isBrandShape(company.text))
    return s + 1;
  if (
    BUSINESS_OFFICES.has(t[s - 1]?.lower ?? '') &&
    e - s >= 3 &&
    e - s <= 4 &&
    company.cap &&
    // ("Head of LOKET Tubagus Utama": a brand in capitals, no everyday acronym)
    (!company.caps || (company.text.length >= 4 && !isNonName(company))) &&
    !isIndonesianTok(company) &&
    !isKnownName(company) &&
    !GIVEN_NAMES_ID.has(company.key) &&
    plainGivenName(t[s + 1]!) &&
    everyTok(t, s + 1, e, (x) => x.cap && !x.caps && !isTitleHead(x) && !isOrgHead(x) && !isHead(x))
  )
    return s + 1;
  for (let j = s; j < e - 1; j++) {
    const x = t[j]!;
    // ("Gatot Nurmantyo", "Muhammad Yusuf", "Nila Moeloek": a given name, dictionary word or not, opens the name)
    if (isKnownName(x) || GIVEN_NAMES_ID.has(x.key)) return s;
    const joiner = joinsList(x);
    const fieldWord = joiner || fieldish(x);
    if (!fieldWord) field = false;
    const englishWord = englishUnitWord(x);
    if (englishWord) english++;
    if (unitShaped(x) || english >= 2) shaped = true;
    else if (englishWord) continue;
    else if (!fieldWord) return s;
    const k = j + 1;
    if (e - k > 3 || !((field && k - s >= 2) || shaped)) continue;
    if (!everyTok(t, k, e, nameWordAfterUnit)) continue;
    const first = t[k]!;
    if (plainGivenName(first) || (!isIndonesianTok(first) && e - k >= 2)) return k;
  }
  return s;
}

/**
 * "Komunikasi Politik Daniel Sparingga", "Perlindungan Konsumen Sri Rahayu": the field of an office, in
 * everyday words, runs into the name after it. Two such words, or one derived word (any word after an office
 * "Bidang …"), before a known given name open no name: the name starts after them.
 */
function fieldBeforeName(b: Builder, s: number, e: number, afterField = false): number {
  const t = b.t;
  let k = s;
  while (k < e && ((fieldish(t[k]!) && !isPersonTok(t[k]!)) || (joinsList(t[k]) && fieldish(t[k + 1]!)))) k++;
  if (k === s || k >= e || !t[k]!.cap || t[k]!.caps) return s;
  // the name after the field opens with a known given name ("Daniel", "Sri", "Akbar"), or after "Bidang" and its
  // field, is two words or more no dictionary holds ("Ketua MUI Bidang Fatwa Asrorun Niam Sholeh")
  const given = t[k]!;
  if (afterField && e - k >= 2 && everyTok(t, k, e, (x) => x.cap && !x.caps && !isIndonesianTok(x))) return k;
  if (!isKnownName(given) || EVERYDAY_GIVEN_NAMES.has(given.key)) return s;
  return afterField || k - s >= 2 || derivedNoun(t[s]!.key) ? k : s;
}

/**
 * A capitalized verb of a title-case headline: a listed root verb ("Minta", "Raih"), a prefixed form
 * ("Bertemu", "Menolak", "Ditangkap") or an imperative form ("Galakkan", "Resmikan") of a dictionary word.
 */
/** "Ditunda", "Ditangkap", "Diperiksa": di-/diper- before a root of four letters or more ("Direktorat" is none). */
function passiveVerb(w: string): boolean {
  if (!w.startsWith('di') || w.startsWith('dir') || w.length < 6) return false;
  const roots = rootWords();
  const stem = w.startsWith('diper') ? w.slice(5) : w.slice(2);
  return stem.length >= 4 && (roots.has(stem) || roots.has(w.slice(2)));
}

function headlineVerb(x: Tok): boolean {
  return classOf(x, HEADLINE_VERB);
}
function headlineVerbUncached(x: Tok): boolean {
  const w = x.key;
  if (x.caps || !x.cap || GIVEN_NAMES_ID.has(w)) return false;
  if (HEADLINE_VERBS.has(w)) return true;
  if (isPersonTok(x)) return false;
  if (w.length < 6 || !derivedWord(w)) return false;
  return /^(me|ber|di)/u.test(w) || w.endsWith('kan');
}

/**
 * "Tuntaskan", "Gelontorkan", "Diberangkatkan", "Dihadiri": a root of five letters or more with the verb
 * suffix -kan/-i, bare (an imperative) or after di-/diper- (a passive). Few name words are built so
 * ("Pendidikan" is pe-N-didik-an; short roots leave "Gerakan", "Tarakan"), so it ends a name after a title
 * or an acronym ("KPU Tuntaskan …"); a body's name may hold one ("Koalisi Selamatkan …").
 */
function rootVerbForm(w: string): boolean {
  if (w.length < 7 || !(w.endsWith('kan') || w.endsWith('i'))) return false;
  const roots = rootWords();
  if (roots.has(w) || GIVEN_NAMES_ID.has(w)) return false;
  // ("Perbankan" is per-bank-an, "Gerakan" gerak-an: a noun in -an on a root ending in k)
  if (w.endsWith('kan')) {
    const noun = w.slice(0, -2);
    const bodies = [noun, noun.replace(/^(?:per|pen|pem|peng|pe|ke)/u, '')];
    if (bodies.some((x) => x.length >= 3 && roots.has(x))) return false;
  }
  const stem = w.endsWith('kan') ? w.slice(0, -3) : w.slice(0, -1);
  const bodies = stem.startsWith('diper')
    ? [stem.slice(5), stem.slice(2)]
    : stem.startsWith('di')
      ? [stem.slice(2), stem]
      : [stem];
  return bodies.some((x) => x.length >= 5 && roots.has(x));
}

/** A word that ends no name: a verb form ("Menjadi", "Mengatakan") or a number word ("Ratusan"). */
function trailingWord(x: Tok): boolean {
  const w = x.key;
  if (GIVEN_NAMES_ID.has(w) || x.caps) return false;
  if (NUMBER_PLURALS.has(w)) return true;
  return (
    (w.startsWith('me') || w.startsWith('ber') || w.startsWith('di') || w.startsWith('ter')) && derivedWord(w)
  );
}
/** The plural number words ("puluhan": tens of), which end no name. */
const NUMBER_PLURALS = new Set(['puluhan', 'ratusan', 'ribuan', 'jutaan']);

/** Lower-case words of kind before a capitalized thing ("fenomena El Nino"). */
const THING_KINDS = new Set(['fenomena', 'gejala', 'badai', 'siklon', 'topan']);
/** Cues after which a word in camel case is a company's ("aplikasi InfoBMKG", "pesawat TransNusa"). */
const COMPANY_CUES = new Set([...SERVICE_CUES.split(' '), 'pesawat']);
/** Ordinal words, which no personal name holds after its first word. */
const ORDINAL_WORDS = new Set(
  'pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh terakhir'.split(' '),
);

const NATIONAL = new Set(['nasional', 'swasta', 'negara', 'milik', 'resmi']);
const QUOTING = new Set(['dikutip', 'dilansir', 'mengutip', 'melansir', 'dinukil']);
/** "dikutip detikINET dari Cnet", "Dilansir dari AllKpop": "dari" after a verb of quoting a medium. */
function quotedFrom(b: Builder, s: number): boolean {
  const t = b.t;
  if (t[s - 1]?.lower !== 'dari' || t[s - 1]!.cap) return false;
  for (let k = s - 2; k >= 0 && k >= s - 4; k--) if (QUOTING.has(t[k]!.lower)) return true;
  return false;
}

/** Does the sentence around an offset speak of a match? */
function sportsSentence(b: Builder, at: number): boolean {
  const sent = spanAt(b.sentences, at);
  return sent != null && sportsIn(b, sent);
}
/** Does a sentence of the document speak of a match? (asked once per sentence) */
function sportsIn(b: Builder, sent: { start: number; end: number }): boolean {
  b.sports ??= new Map();
  let yes = b.sports.get(sent);
  if (yes === undefined) {
    yes = hasSportsCue(b.text.slice(sent.start, sent.end));
    b.sports.set(sent, yes);
  }
  return yes;
}
/** Sentences that speak of a match, of a document that is a match report. */
const SPORTS_DOCUMENT_SENTENCES = 3;
/**
 * Is the document a match report? At least SPORTS_DOCUMENT_SENTENCES of its sentences speak of a match (asked once
 * per document): there a club's name stands alone in sentences with no word of the match ("Leicester cuma menelan
 * satu kekalahan", "pemain Leicester yang sukses …").
 */
function sportsDocument(b: Builder): boolean {
  if (b.sportsDoc === undefined) {
    let n = 0;
    for (const sent of b.sentences) if (sportsIn(b, sent) && ++n >= SPORTS_DOCUMENT_SENTENCES) break;
    b.sportsDoc = n >= SPORTS_DOCUMENT_SENTENCES;
  }
  return b.sportsDoc;
}
/** What follows the first space of each cue phrase: the pair string is built only when the second word fits. */
const ORG_CUE_SECOND_WORDS = new Set([...ORG_CUE_PHRASES].map((p) => p.slice(p.indexOf(' ') + 1)));
/**
 * "Perusahaan rintisan di bidang pertanian, Tanibumi, mengumumkan …": one to three name words between commas
 * after a clause that a noun of ORG_CUES opens (at the sentence's start or after a dash or comma) name it.
 */
function cueClauseBefore(b: Builder, s: number, e: number): boolean {
  const t = b.t;
  if (t[s - 1]?.text !== ',' || t[e]?.text !== ',' || e - s > 3) return false;
  // (a given name may open a company's name whose last word is an everyday or English word: "Eden Farm")
  const last = t[e - 1]!;
  const companyWordLast =
    e - s >= 2 && !isKnownName(last) && (isEverydayToken(last) || isEnglishWord(last.lower));
  if (someTok(t, s, e, (x) => x.caps || (isKnownName(x) && !companyWordLast))) return false;
  for (let k = s - 2; k >= Math.max(0, s - 9); k--) {
    const w = t[k]!;
    if (!/^\p{L}/u.test(w.text)) return false;
    const before = t[k - 1];
    if (ORG_CUES.has(w.lower) && (w.initial || before === undefined || /^[-–—,:]$/u.test(before.text)))
      return true;
  }
  return false;
}

/** Words that say whose or where the media are, between "media" and the outlet's name ("media lokal", "media swasta"). */
const MEDIA_OWNERS = new Set([...NATIONAL, 'lokal', 'asing', 'setempat', 'internasional', 'pemerintah']);
/**
 * "Media Israel, Haaretz, melaporkan …", "media lokal Yedioth Ahronoth", "media pemerintah Korea Utara, KCNA,": the
 * word "media", whose country or kind of owner, then (after a comma that another closes) the outlet's name of one
 * to three words, no known name among them.
 */
function mediaOfBefore(b: Builder, s: number, e: number): boolean {
  const t = b.t;
  if (e - s > 3 || someTok(t, s, e, isKnownName)) return false;
  let k = s - 1;
  if (t[k]?.text === ',') {
    if (t[e]?.text !== ',') return false;
    k--;
  }
  let owners = 0;
  while (k >= 0 && owners < 3) {
    const x = t[k]!;
    if (MEDIA_OWNERS.has(x.lower) && !x.caps) k--;
    else if (x.cap && strongPlaceAt(b, k, k + 1)) k--;
    else if (k > 0 && x.cap && t[k - 1]!.cap && strongPlaceAt(b, k - 1, k + 1)) k -= 2;
    else break;
    owners++;
  }
  return owners > 0 && k >= 0 && t[k]!.lower === 'media' && !t[k]!.caps;
}

/**
 * "platform edukasi daring Zenius", "perusahaan teknologi finansial Akulaku": a noun of a kind of body, then one or two
 * everyday words in lower case that describe it (no function word, no verb), right before the name at s.
 */
function describedKindBefore(b: Builder, s: number): boolean {
  const t = b.t;
  // (the name no everyday word, lone letter or given name: "Perusahaan paham Kasus …", "… milik miliarder Roy Disney")
  const name = t[s]!;
  if (name.text.length < 3 || isIndonesianTok(name) || isKnownName(name)) return false;
  for (let k = s - 2; k >= s - 3 && k >= 0; k--) {
    if (!BODY_KIND_NOUNS.has(t[k]!.lower) || (t[k]!.cap && !t[k]!.initial)) continue;
    // ("grup - grup percakapan": a doubled noun speaks of many)
    if (t[k - 1]?.text === '-') return false;
    return everyTok(
      t,
      k + 1,
      s,
      (x) =>
        /^\p{Ll}+$/u.test(x.text) &&
        isIndonesianWord(x.lower) &&
        !STOPWORDS.has(x.lower) &&
        !VERB_OPENING.test(x.lower) &&
        !BODY_KIND_NOUNS.has(x.lower),
    );
  }
  return false;
}

/** "kantor berita Interfax", "perusahaan penerbangan nasional Qantas", "kantor berita Jepang Domei". */
function orgCuePhraseBefore(b: Builder, s: number): boolean {
  const t = b.t;
  const phraseEndingAt = (k: number): boolean =>
    k >= 1 &&
    !t[k]!.cap &&
    ORG_CUE_SECOND_WORDS.has(t[k]!.lower) &&
    ORG_CUE_PHRASES.has(`${t[k - 1]!.lower} ${t[k]!.lower}`);
  if (phraseEndingAt(s - 1)) return true;
  const mid = t[s - 1];
  if (mid === undefined) return false;
  return (NATIONAL.has(mid.text) || (mid.cap && strongPlaceAt(b, s - 1, s))) && phraseEndingAt(s - 2);
}

const PRODUCT_LINES = new Set([
  ...'galaxy android windows iphone ipad ipod playstation xbox macbook ios nexus lumia xperia pixel surface'.split(
    ' ',
  ),
  // ("Pertamax Turbo", "Pertamax Green")
  ...FUEL_BRANDS,
]);
/**
 * The run names a product: it follows a product line ("Galaxy Tab") or, in one or two words that are no
 * personal names, a company the lexicon knows by one word and no office precedes ("Samsung Exynos").
 */
function productAfter(b: Builder, s: number, e: number): boolean {
  const prev = b.t[s - 1];
  if (prev === undefined || !prev.cap || b.text.slice(prev.end, b.t[s]!.start) !== ' ') return false;
  if (PRODUCT_LINES.has(prev.lower)) return true;
  if (e - s > 2 || isKnownName(b.t[s]!)) return false;
  // "CEO Bukalapak Rachmat Kaimuddin", "Direktur Telkom X": after an office the company's person follows
  const office = b.t[s - 2];
  if (office !== undefined && (office.cap || isTitleHead(office) || OFFICE_HEADS.has(office.lower)))
    return false;
  const last = b.out[b.out.length - 1];
  return (
    last !== undefined &&
    last.type === 'organization' &&
    last.end === prev.end &&
    last.start === prev.start &&
    !prev.caps &&
    /lexicon|company/u.test(firstRule(last))
  );
}

const SUBJECT_FOLLOWERS = new Set(
  'pun juga sudah telah akan belum tidak tak masih sempat kembali lalu kemudian pernah segera langsung'.split(
    ' ',
  ),
);
/**
 * "Maria membawa pulang medali", "Hart juga berharap": a personal name that is also a word, opening a
 * sentence alone before a verb or an adverb of the subject, is the subject.
 */
function subjectName(b: Builder, s: number, e: number): boolean {
  const w = b.t[s]!;
  const next = b.t[e];
  if (next === undefined || next.cap || w.text.length < 3 || !isPersonTok(w) || COMMON_WORDS.has(w.key))
    return false;
  if (isOrgHead(w) || isTitleHead(w) || PERSON_CUES.has(w.key) || COMPLEMENTS.has(w.key)) return false;
  if (EVERYDAY_GIVEN_NAMES.has(w.key)) return false;
  return subjectVerbOrAdverb(next);
}

/**
 * A verb in me-/ber-/di- (not the preposition "di": "sebuah Dukuh di lereng") or an adverb of the subject
 * ("juga", "sudah" …): what follows a clause's subject.
 */
function subjectVerbOrAdverb(next: Tok): boolean {
  return (
    SUBJECT_FOLLOWERS.has(next.lower) ||
    (/^(me|ber|di)\p{L}{3,}/u.test(next.lower) && isIndonesianWord(next.lower))
  );
}

/**
 * "Ketua DPRD Hatta Maharani": after an office, one to three capitalized roots of the dictionary that nobody
 * says (no head, English word or learned loan among them) are the holder's name, not the office's field.
 */
function rareWordsName(toks: readonly Tok[], next: Tok | undefined): boolean {
  // ("Ketua Menteri Benggala Barat": a point of the compass after it makes it a region)
  return (
    toks.length <= 3 &&
    !DIRECTIONS.has(next?.key ?? '') &&
    toks.every(
      (x) =>
        x.cap &&
        !x.caps &&
        rareNameWord(x) &&
        !isHead(x) &&
        !isOrgHead(x) &&
        !isTitleHead(x) &&
        !isNonName(x),
    )
  );
}

/**
 * "Ketua DPR Puan Maharani belum …": after an office closed by a body's acronym, two or three capitalized words
 * with a root nobody says among them, then the subject's verb or adverb, are the holder's name ("Ketua DPR
 * Bidang Anggaran mengatakan": a head word makes it the office's field).
 */
function rareNameAfterAcronym(t: readonly Tok[], s: number, e: number): boolean {
  const next = t[e];
  if (e - s < 2 || e - s > 3 || !t[s - 1]!.caps || next === undefined || !subjectVerbOrAdverb(next))
    return false;
  let rare = false;
  for (let k = s; k < e; k++) {
    const x = t[k]!;
    if (!x.cap || x.caps || isHead(x) || isOrgHead(x) || isTitleHead(x) || isNonName(x)) return false;
    rare ||= rareNameWord(x);
  }
  return rare;
}

/**
 * A root of the dictionary that nobody says, written with a capital, that may be a name: no English word and no
 * learned loan of a field ("Geofisika", "Degradasi", "Statistik": Indonesian names do not end so).
 */
function rareNameWord(x: Tok): boolean {
  return (
    isRareRoot(x.key) &&
    !isEnglishWord(x.key) &&
    !/(ika|asi|isme|itas|logi|grafi|ensi|ansi|ik|if)$/u.test(x.key)
  );
}

/** See classifyUnknown: one rare dictionary root mid-sentence, before its subject's verb or adverb. */
function rareWordSubject(b: Builder, s: number, e: number): boolean {
  const w = b.t[s]!;
  const next = b.t[e];
  const prev = b.t[s - 1];
  if (next === undefined || next.cap || w.initial || w.caps || !rareNameWord(w)) return false;
  if (isOrgHead(w) || isTitleHead(w) || isHead(w) || isNonName(w) || PERSON_CUES.has(w.key)) return false;
  // ("Dua gol Garuda dicetak …": a company's everyday short name left untagged in a match report is the team's
  // nickname, see orgAtUncached)
  if (ORGS.longest(b.text, b.t as unknown as Token[], s, e)?.end === e) return false;
  // (after a capitalized word, or "dan" after one, it is a word of a title: "Promosi dan Degradasi melawan …")
  if (prev === undefined || prev.cap || LOCATIVE_CUES.has(prev.lower)) return false;
  // (after a noun it names the noun's owner: "kemenangan Garuda dicetak …"; after a comma or a function word,
  // "sebelum Ibra menebus …", it opens the clause)
  if (prev.text !== ',' && !COMMON_WORDS.has(prev.lower)) return false;
  // ("sebuah Dukuh di lereng gunung": after a classifier or a quantifier a noun follows)
  if (QUANTIFIERS_BEFORE_NOUNS.has(prev.lower)) return false;
  if (joinsList(prev) && b.t[s - 2]?.cap) return false;
  // ("Hatta yang merupakan Ketua Umum PAN": a relative clause that says who one is)
  if (next.lower === 'yang' && APPOSITIVE_VERBS.has(b.t[e + 1]?.lower ?? '')) return true;
  return subjectVerbOrAdverb(next);
}
const QUANTIFIERS_BEFORE_NOUNS = new Set(
  'sebuah suatu seekor sebuah sejumlah beberapa banyak para setiap tiap semua seluruh berbagai'.split(' '),
);
const APPOSITIVE_VERBS = new Set(['merupakan', 'menjabat', 'adalah', 'kini', 'juga', 'pernah', 'sempat']);

/** "Karangrejo", "Banyumanis": a landscape word and three or more letters, no word and no personal name. */
function placeCompound(x: Tok): boolean {
  return classOf(x, PLACE_COMPOUND);
}
function placeCompoundUncached(x: Tok): boolean {
  if (x.caps || !/^\p{Lu}\p{Ll}+$/u.test(x.text)) return false;
  const w = x.key;
  for (let n = 4; n <= 6 && n <= w.length - 3; n++)
    if (PLACE_COMPOUND_FIRSTS.has(w.slice(0, n))) return !isIndonesianWord(w) && !isKnownName(x);
  return false;
}

/** Is `abbr` (lower case) spelled by `words` in order, opening with the first letter of the first word? */
function spells(abbr: string, words: string): boolean {
  if (abbr[0] !== words[0]) return false;
  let k = 0;
  for (let j = 0; j < words.length && k < abbr.length; j++) if (words[j] === abbr[k]) k++;
  return k === abbr.length;
}

/** Is the run from i to limit the subject of a law named right before it (see readChunk)? */
function lawSubjectAt(t: readonly Tok[], i: number, limit: number): boolean {
  const prev = t[i - 1];
  if (prev === undefined) return false;
  // the law's words first: most chunks follow none, and the known-name test reads every word of the chunk
  if (!(LAW_TITLE_HEADS.has(bare(prev)) && prev.cap) && !(prev.lower === 'tentang' && lawBefore(t, i - 1)))
    return false;
  return !someTok(t, i, limit, isKnownName);
}

/** Does a law's name stand in the few words before k ("Undang-Undang Nomor 35 Tahun 2009", "Perpres 12/2024")? */
function lawBefore(t: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const w = bare(t[j]!);
    if (LAW_TITLE_HEADS.has(w) || w === 'peraturan' || w === 'undang') return true;
    if (t[j]!.text === '.') return false;
  }
  return false;
}

/**
 * The end of an English office opening at i ("Chief Economist", "Chief Investment Officer", "Corporate Secretary"),
 * or -1. ("Head of Research …" never reaches here: the chunk opens after "of", see readChunk.)
 */
function englishOfficeEnd(t: readonly Tok[], i: number, limit: number): number {
  const w = t[i]!;
  const field = (k: number): boolean => k < limit && t[k]!.cap && !t[k]!.caps && !isIndonesianTok(t[k]!);
  if (w.text === 'Chief' && field(i + 1)) return t[i + 2]?.text === 'Officer' ? i + 3 : i + 2;
  // ("Pjs Corporate Secretary PT …", "Plt Country Manager …": an acting holder's prefix opens the office)
  const from = ACTING_PREFIXES.has(w.lower) && i + 1 < limit ? i + 1 : i;
  // "Corporate Secretary", "Senior Vice President", "Country Manager": one to three English qualifiers, then
  // the office's noun
  // ("Partner AC Ventures …": a partner of a firm needs none)
  // ("VP Corporate Communication …", "Group Head Corporate Secretary …": the office's field may follow its noun)
  let k = from;
  let end = -1;
  if (ENGLISH_OFFICE_SHORT.has(t[k]!.text)) end = k + 1;
  else {
    while (k < from + 3 && k < limit && t[k]!.cap && ENGLISH_OFFICE_QUALIFIERS.has(t[k]!.lower)) k++;
    if (
      (k > from || t[k]?.text === 'Partner') &&
      k < limit &&
      t[k]!.cap &&
      ENGLISH_OFFICE_NOUNS.has(t[k]!.lower)
    )
      end = k + 1;
  }
  if (end < 0) return -1;
  const fieldFrom = end;
  const named = (k: number): boolean => k < limit - 1 && t[k]!.cap && ENGLISH_OFFICE_FIELDS.has(t[k]!.lower);
  // ("VP Public and Marketing Communication …")
  while (
    end - fieldFrom < 4 &&
    (named(end) || ((t[end]?.text === 'and' || t[end]?.text === '&') && named(end + 1)))
  )
    end += named(end) ? 1 : 2;
  // (a short office names its field: "VP Garuda Indonesia …" is read by the office heads)
  if (end === fieldFrom && ENGLISH_OFFICE_SHORT.has(t[from]!.text)) return -1;
  // ("Corporate Secretary Group Head …": two offices held together)
  const more = end < limit - 1 ? englishOfficeEnd(t, end, limit) : -1;
  return Math.max(more, end);
}

/**
 * After the comma at k, a name of two to four capitalized words closed by a comma or followed by a lower-case
 * word ("…, Kevin Wijaya, menyebut", "…, Robertus Hardy, mengatakan"), or of one word between commas before a
 * speech verb ("…, Mursyid, mengatakan")?
 */
function appositiveNameAfter(t: readonly Tok[], k: number, closing = false): boolean {
  if (t[k]?.text !== ',') return false;
  let m = k + 1;
  // ("…, TB Hasanuddin, …", "…, M Anwar, …": initials may open the name)
  if (t[m]?.caps && t[m]!.text.length <= 3 && t[m + 1]?.cap && !t[m + 1]!.caps) m++;
  while (m < t.length && m <= k + 5 && t[m]!.cap && !t[m]!.caps) m++;
  // ("…, Sabda PS, …": initials may close it, before the comma)
  if (
    m > k + 1 &&
    t[m]?.caps &&
    t[m]!.text.length <= 3 &&
    !romanNumeral(t[m]!.text) &&
    t[m + 1]?.text === ','
  )
    m++;
  const n = m - k - 1;
  // (`closing`: the name may close the sentence too, "…, Nanang Ismail Kosim.")
  // ("…, Mursyid, mengatakan": one word, set off by commas before a speech verb, is a name too)
  // (not a day's name: "…, Senin, mengatakan")
  if (n === 1) return t[m]?.text === ',' && SPEECH_AFTER.test(t[m + 1]?.lower ?? '') && !isNonName(t[k + 1]!);
  return (
    n >= 2 &&
    n <= 4 &&
    (t[m]?.text === ',' || /^\p{Ll}/u.test(t[m]?.text ?? '') || (closing && t[m]?.text === '.'))
  );
}

/** Is a holder named, between commas, right after token k or after "di" and a place of one to four words? */
function holderNamedAfter(t: readonly Tok[], k: number): boolean {
  if (t[k]?.lower === 'di' && !t[k]!.cap) {
    let m = k + 1;
    while (m < t.length && m <= k + 4 && (t[m]!.cap || NAME_PARTICLES.has(t[m]!.lower))) m++;
    return m > k + 1 && appositiveNameAfter(t, m);
  }
  return appositiveNameAfter(t, k);
}

/** Tokens s..e (two or three, no given name among them) before a comma and a name a given name opens. */
function bodyBeforeNamed(t: readonly Tok[], s: number, e: number, fewest = 2): boolean {
  if (e - s < fewest || e - s > 3 || !appositiveNameAfter(t, e)) return false;
  const first = t[e + 1]!;
  if (!isKnownName(first) || isTitleHead(first) || HONORIFICS.has(bare(first))) return false;
  return everyTok(
    t,
    s,
    e,
    (x) =>
      x.cap && !isKnownName(x) && !NICK_BY_KEY.get(x.key) && !isHead(x) && !isOrgHead(x) && !isTitleHead(x),
  );
}

/** The end of one to three capitalized words from s that bodyBeforeNamed reads as a body, or -1. */
function bodyRunBeforeNamed(t: readonly Tok[], s: number): number {
  let e = s;
  while (e < t.length && e - s < 3 && t[e]!.cap) e++;
  return t[e]?.text === ',' && bodyBeforeNamed(t, s, e, 1) ? e : -1;
}

/**
 * Do acronyms at k run up to a capitalized word before `limit` ("PP PBSI Eng Hian"), or to the chunk's end
 * before a comma and a capitalized word ("PP PBSI, Eng Hian")?
 */
function acronymsThenName(t: readonly Tok[], k: number, limit: number): boolean {
  let m = k;
  while (m < limit && t[m]!.caps) m++;
  if (m === k) return false;
  return m < limit ? t[m]!.cap : t[m]?.text === ',' && t[m + 1]?.cap === true;
}

/** Prefixes of an acting or interim holder's office: "Plt" (pelaksana tugas), "Plh", "Pj", "Pjs". */
const ACTING_PREFIXES = new Set(['plt', 'plh', 'pj', 'pjs', 'pgs']);
/** Qualifiers of an English office that Indonesian news keeps in English ("Corporate Secretary PT …"). */
const ENGLISH_OFFICE_QUALIFIERS = new Set(
  'corporate managing general executive senior vice country regional deputy assistant associate investment research technical legal communications marketing sales finance financial operations commercial business group'.split(
    ' ',
  ),
);
/** English offices news writes in capitals ("VP Corporate Communication", "SVP Investor Relations"). */
const ENGLISH_OFFICE_SHORT = new Set(['VP', 'SVP', 'EVP', 'AVP']);
/** The fields an English office names after its noun ("Group Head Corporate Communication"). */
const ENGLISH_OFFICE_FIELDS = new Set(
  'corporate communication communications secretary affairs relations public investor compliance strategy planning marketing'.split(
    ' ',
  ),
);
/** The nouns those qualifiers open an office with. */
const ENGLISH_OFFICE_NOUNS = new Set(
  'secretary director manager president economist analyst strategist adviser advisor consultant specialist counsel partner head'.split(
    ' ',
  ),
);

/**
 * "Corporate Secretary Pertamina Patra Niaga Heppy …" after "PT Pertamina Patra Niaga": the words after a known
 * company (from `start` to `end`) that an organization named earlier in the document continues it with; where
 * the company's name ends. So for a place of `type` 'place' ("Lurah Tambak Lorok …" after "Kelurahan Tambak Lorok").
 */
function earlierNamedEnd(
  b: Builder,
  type: EntityCandidate['type'],
  start: number,
  end: number,
  limit: number,
): number {
  const t = b.t;
  let best = end;
  for (const c of b.out) {
    if (c.type !== type || c.end > t[start]!.start) continue;
    const name = b.text.slice(c.start, c.end);
    for (let k = best; k < limit; k++) {
      const slice = b.text.slice(t[start]!.start, t[k]!.end);
      const at = name.indexOf(slice);
      if (at < 0 || (at > 0 && name.charCodeAt(at - 1) !== 32)) break;
      const after = at + slice.length;
      if (after < name.length && name.charCodeAt(after) !== 32) break;
      best = k + 1;
    }
  }
  return best;
}

/** The ")" closing the "(" at k within `most` tokens, or -1. */
function closingParen(t: readonly Tok[], k: number, most: number): number {
  for (let j = k + 2; j < t.length && j <= k + most; j++) if (t[j]!.text === ')') return j;
  return -1;
}

/**
 * An officer's rank read as a title at k, with its marks ("Kombes Pol", "Brigjen TNI"), when a name follows it
 * before `limit`; null when no rank opens there.
 */
function rankAt(b: Builder, k: number, limit: number): TitleRead | null {
  if (!RANKS.has(bare(b.t[k]!))) return null;
  const rank = readTitle(b, k, limit);
  return rank && rank.end < limit ? rank : null;
}

/** Nouns compounded with a unit of administration into one term: "Pemerintah Desa", "Perangkat Desa". */
const ADMIN_COMPOUND_BEFORE = new Set(['pemerintah', 'pemerintahan', 'perangkat', 'aparatur', 'aparat']);

/** Tokens s..e are exactly a province, regency, city or country the gazetteer knows. */
function regionOnly(b: Builder, s: number, e: number): boolean {
  const region = placeAt(b, s, e);
  if (region?.end !== e) return false;
  const src = region.info.source;
  return REGION_SOURCES.has(src) || src === 'country' || src === 'exonym';
}

/** Is the one word at k a body the document named before it ("(Baleg)" … "Anggota Baleg")? */
function namedBodyBefore(b: Builder, k: number): boolean {
  const w = b.t[k]!;
  return b.out.some(
    (c) =>
      c.type === 'organization' &&
      c.end <= w.start &&
      c.end - c.start === w.end - w.start &&
      b.text.startsWith(w.text, c.start),
  );
}

/**
 * The word at s fills a parenthesis after two to six capitalized words and is built from their syllables
 * ("Pos Kesehatan Desa (Poskesdes)", "Puskesmas Pembantu (Pustu)"): an abbreviation, no name. Returns the first
 * of the words it is built from ("Tindak" for "… Tindak Pidana Korupsi (Tipikor)"), or -1.
 */
function glossStart(b: Builder, s: number, e = s + 1): number {
  const t = b.t;
  const w = t[s]!;
  if (t[s - 1]?.text !== '(' || t[e]?.text !== ')' || w.caps || w.text.length < 4) return -1;
  // ("(Sudin Gulkarmat)": a gloss of two or three words spells on as one)
  let gloss = w.lower;
  for (let k = s + 1; k < e; k++) {
    if (!t[k]!.cap || t[k]!.caps) return -1;
    gloss += t[k]!.lower;
  }
  let words = '';
  let n = 0;
  for (let k = s - 2; k >= 0 && s - 2 - k < 8; k--) {
    const x = t[k]!;
    if (x.lower === 'dan') continue;
    if (!x.cap || !/^\p{L}+$/u.test(x.text)) break;
    words = x.lower + words;
    n++;
    if (n >= 2 && spells(gloss, words)) return k;
  }
  return -1;
}

/**
 * "Pengadilan Tindak Pidana Korupsi (Tipikor) … Pengadilan Tipikor": a gloss built from the field of a body's
 * name names the body where it stands for the field, and the body's head with the gloss is the body again.
 */
function fieldGlosses(b: Builder): void {
  const t = b.t;
  const ends = new Map<number, EntityCandidate>();
  let glosses: Map<string, string> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'organization') ends.set(c.end, c);
  }
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (firstRule(c) !== 'id.org.syllabic-abbreviation') continue;
    const s = tokenIndex(b).get(c.start);
    if (s === undefined) continue;
    const long = ends.get(t[s - 2]!.end);
    const k = glossStart(b, s);
    if (!long || k < 0) continue;
    const longText = long.canonical ?? b.text.slice(long.start, long.end);
    if (t[k]!.start > long.start) {
      c.expands ??= longText;
      glosses ??= new Map();
      glosses.set(`${b.text.slice(long.start, t[k - 1]!.end)} ${b.text.slice(c.start, c.end)}`, longText);
    }
  }
  if (!glosses) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization' || c.expands) continue;
    const long = glosses.get(b.text.slice(c.start, c.end));
    if (long) c.expands = long;
  }
}

/** The run fills a parenthesis that follows a lower-case word or a capitalized term, not a name. */
function glossInParentheses(b: Builder, s: number, e: number): boolean {
  if (b.t[s - 1]?.text !== '(' || e - s > 2) return false;
  const close = b.t[e]?.text;
  if (close !== ')' && close !== '/' && close !== ',') return false;
  const before = b.t[s - 2];
  return before !== undefined && /^\p{Ll}/u.test(before.text) && !NAME_PARTICLES.has(before.lower);
}

/** Verb phrases whose object is a team, band or company: "bergabung dengan X", "bermain untuk X". */
const JOIN_CUES = new Set([
  'bergabung dengan',
  'bergabung ke',
  'bermain untuk',
  'kontrak dengan',
  'direkrut oleh',
  'dikontrak oleh',
  'dipinjamkan ke',
  'hengkang ke',
  // leaving one: "keluar dari Tofu", "mundur dari Partai Hanura"
  'keluar dari',
  'mundur dari',
  'dipecat dari',
  'hengkang dari',
]);
/** The last words of the join cues: a word that ends none needs no pair built and looked up. */
const JOIN_CUE_LAST = new Set([...JOIN_CUES].map((c) => c.slice(c.lastIndexOf(' ') + 1)));
const JOIN_VERBS = new Set(['memperkuat', 'membela']);
/** Verbs whose object is a body one sets up: "mendirikan Pink Floyd". */
const FOUNDING_VERBS = new Set(['mendirikan', 'mendirikannya']);
/** Words before "dari" that make what follows the place one comes from ("berasal dari X"). */
const ORIGIN_VERBS = new Set(['berasal', 'asli']);

const COPULAS = new Set(['adalah', 'merupakan', 'ialah']);
const DEFINING_ADVERBS = new Set([
  'sendiri',
  'sebenarnya',
  'juga',
  'kini',
  'dulu',
  'dahulu',
  'memang',
  'sekarang',
  'pun',
]);
const ARTICLES = new Set(['sebuah', 'suatu', 'salah', 'satu', 'sebagai', 'nama']);
/** The noun defining the name that ends at token `e`: "X adalah sebuah kota", "X, sebuah desa di …". */
function definedAs(b: Builder, e: number): 'place' | 'organization' | 'none' | null {
  const t = b.t;
  // ("Bekonang sendiri sebenarnya adalah sebuah desa": adverbs may stand before the copula)
  let at = e;
  while (at < e + 2 && DEFINING_ADVERBS.has(t[at]?.lower ?? '')) at++;
  const first = t[at];
  if (!first) return null;
  let k: number;
  if (COPULAS.has(first.lower)) k = at + 1;
  else if (first.text === ',' && (t[e + 1]?.lower === 'sebuah' || t[e + 1]?.lower === 'salah')) k = e + 1;
  else return null;
  while (k < t.length && k < e + 4 && ARTICLES.has(t[k]!.lower)) k++;
  const noun = t[k];
  // ("adalah sebuah Dukuh": a kind of place written with a capital still defines one)
  if (!noun || noun.caps) return null;
  if (DEFINING_PLACE_NOUNS.has(noun.lower)) return 'place';
  if (noun.cap) return null;
  if (DEFINING_ORG_NOUNS.has(noun.lower)) return 'organization';
  if (DEFINING_NONE_NOUNS.has(noun.lower)) return 'none';
  return null;
}

/** The run holds or touches an English function word: "King of the Kastle", "Claim to Fame". */
function englishPhrase(b: Builder, s: number, e: number): boolean {
  for (let i = Math.max(0, s - 1); i <= e && i < b.t.length; i++) {
    const x = b.t[i]!;
    if (ENGLISH_FUNCTION_WORDS.has(x.lower) && (i === s - 1 || i === e ? !x.cap || x.lower.length > 1 : true))
      return true;
  }
  return false;
}

/**
 * Tokens a..z (exclusive) are two to four capitalized name words: listed names, or words no English or
 * Indonesian dictionary knows that open no sentence.
 */
function fullNameRun(t: readonly Tok[], a: number, z: number): boolean {
  return (
    z - a >= 2 &&
    z - a <= 4 &&
    everyTok(
      t,
      a,
      z,
      (x) =>
        x.cap &&
        !x.caps &&
        !isNonName(x) &&
        (isKnownName(x) || (!isEnglishWord(x.lower) && !x.initial && !isIndonesianTok(x))),
    )
  );
}

/**
 * "Lawrence Odell Holley and Ella Pauline Drake": the run is a full name of two words or more, and so is the run
 * on the other side of an English "and" ("Tom and Jerry", "Marks and Spencer", one word each, stay titles).
 */
function englishAndPair(b: Builder, s: number, e: number): boolean {
  const t = b.t;
  if (!fullNameRun(t, s, e)) return false;
  if (t[e]?.lower === 'and') {
    let z = e + 1;
    while (z < t.length && t[z]!.cap && z - e <= 4) z++;
    return fullNameRun(t, e + 1, z);
  }
  if (t[s - 1]?.lower === 'and') {
    let a = s - 1;
    while (a > 0 && t[a - 1]!.cap && s - a <= 5) a--;
    return fullNameRun(t, a, s - 1);
  }
  return false;
}

const ROLE_CUES = new Set(['sebagai', 'bernama', 'tokoh', 'memerankan', 'karakter', 'peran', 'perannya']);
/** 'sebagai "Kouji Kabuto"', 'tokoh "Mitchie Torres"': a quoted character name right after a role word. */
function roleBeforeQuote(b: Builder, s: number): boolean {
  const open = b.t[s - 1];
  const cue = b.t[s - 2];
  return open !== undefined && OPEN_QUOTES.has(open.text) && cue !== undefined && ROLE_CUES.has(cue.lower);
}

const SHORT_QUOTE = 8;
const SENTENCE_END = unitSet(['.', '!', '?']);
/** The run sits inside a quotation of at most eight tokens: a song, film or book title, not a speaker. */
function inShortQuote(b: Builder, s: number, e: number): boolean {
  return shortQuoteAround(b, s, e) !== null;
}

/** The tokens of the marks of a short quotation around tokens s..e (see inShortQuote), or null. */
function shortQuoteAround(b: Builder, s: number, e: number): { open: number; close: number } | null {
  let open = -1;
  for (let i = s - 1; i >= 0 && s - i <= SHORT_QUOTE; i--) {
    const x = b.t[i]!.text;
    // ('"Benar," kata juru bicara KPK Budi …': a straight mark glued to the word before it closes a quotation)
    if (OPEN_QUOTES.has(x) && !(CLOSE_QUOTES.has(x) && closesByPlace(b, i))) {
      open = i;
      break;
    }
    if (CLOSE_QUOTES.has(x) || SENTENCE_END.has(x)) return null;
  }
  if (open < 0) return null;
  for (let j = e; j < b.t.length && j - open <= SHORT_QUOTE + 1; j++) {
    const x = b.t[j]!.text;
    if (CLOSE_QUOTES.has(x)) return !OPEN_QUOTES.has(x) || !opensByPlace(b, j) ? { open, close: j } : null;
    if (OPEN_QUOTES.has(x)) return null;
  }
  return null;
}

/** A mark at token i that touches the word before it and not the one after it (a straight mark that closes). */
function closesByPlace(b: Builder, i: number): boolean {
  const x = b.t[i]!;
  const before = b.t[i - 1];
  // ('"" Laurea ""': a doubled mark is one mark written twice)
  return (
    before !== undefined &&
    before.end === x.start &&
    !CLOSE_QUOTES.has(before.text) &&
    b.t[i + 1]?.start !== x.end
  );
}

/** A mark at token i that touches the word after it and not the one before it (a straight mark that opens). */
function opensByPlace(b: Builder, i: number): boolean {
  const x = b.t[i]!;
  const after = b.t[i + 1];
  return (
    after !== undefined &&
    after.start === x.end &&
    !OPEN_QUOTES.has(after.text) &&
    (i === 0 || b.t[i - 1]!.end !== x.start)
  );
}

function speechAfter(b: Builder, e: number): boolean {
  const n = b.t[e];
  return n !== undefined && SPEECH_AFTER.test(n.lower);
}

// ---------------------------------------------------------------- parentheses and document consistency

/** "Komisi Pemberantasan Korupsi (KPK)": the acronym names the same organization; "Dewan Keamanan (PBB)": a qualifier. */
const ACRONYM_JOINERS = new Set(['dan', 'and', 'of', 'for', 'on', 'untuk', 'dari', 'the', '&', '-']);
/** The words right before token `open` ("Cagar Alam (CA)") have `acronym` as their initials. */
function abbreviatesPlainWords(b: Builder, open: number, written: string): boolean {
  // ("Pencegahan dan Pengendalian Penyakit (P2P)", "(P3K)": a letter then a number stands for that many of it)
  const acronym = /\d/u.test(written) ? countedLetters(written) : written;
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  let initials = '';
  for (let k = open - 1; k >= 0 && open - k <= 8 && initials.length < acronym.length; k--) {
    const x = b.t[k]!;
    // ("terstruktur, sistematis, dan masif (TSM)": commas of a list of lower-case words)
    if (ACRONYM_JOINERS.has(x.lower) || (x.text === ',' && !b.t[k - 1]?.cap)) continue;
    if (!/^\p{L}/u.test(x.text)) return false;
    initials = x.text[0]!.toUpperCase() + initials;
  }
  return initials === acronym;
}

/**
 * "sistem informasi rekapitulasi (Sirekap)", "kepala desa (Kades)": a word of one capital and lower-case letters
 * built from the first letters of the lower-case words right before the parenthesis (each word gives none or
 * some of its first letters, the first word two or more, two words at least): the short form of a term.
 */
function syllabicTerm(b: Builder, open: number, acronym: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,9}$/u.test(acronym)) return false;
  const a = acronym.toLowerCase();
  const words: string[] = [];
  for (let k = open - 1; k >= 0 && open - k <= 6; k--) {
    const x = b.t[k]!;
    if (x.cap || !/^\p{Ll}+$/u.test(x.text)) break;
    words.unshift(x.lower);
  }
  // does a[pos..] come from words[w..]? (count: the words that gave letters so far)
  // (states failed before are remembered: at most 11 × 7 × 3 of them, so the search stays small)
  const failed = new Set<number>();
  const from = (pos: number, w: number, count: number): boolean => {
    if (pos === a.length) return count >= 2;
    if (w === words.length) return false;
    const key = (pos * 8 + w) * 3 + Math.min(count, 2);
    if (failed.has(key)) return false;
    const word = words[w]!;
    for (let take = Math.min(word.length, a.length - pos); take >= 1; take--)
      if (word.startsWith(a.slice(pos, pos + take)) && from(pos + take, w + 1, count + 1)) return true;
    if (from(pos, w + 1, count)) return true;
    failed.add(key);
    return false;
  };
  for (let s = 0; s + 1 < words.length; s++) {
    const first = words[s]!;
    if (first.length >= 2 && a.startsWith(first.slice(0, 2))) {
      for (let take = Math.min(first.length, a.length); take >= 2; take--)
        if (first.startsWith(a.slice(0, take)) && from(take, s + 1, 1)) return true;
    }
  }
  return false;
}

/**
 * A person read from capitals alone whose words' initials spell the acronym in the parenthesis after it
 * ("Post Office Travel Money (POTM)"): three or more words, one of them an everyday word, no nickname.
 */
function spelledBy(b: Builder, c: EntityCandidate, acronym: string): boolean {
  if (!/capitalized|speech|sentence-initial/u.test(firstRule(c)) || !/^\p{Lu}{3,6}$/u.test(acronym))
    return false;
  if (NICK_BY_KEY.has(foldKey(acronym))) return false;
  const words = b.text
    .slice(c.start, c.end)
    .split(/[\s-]+/u)
    .filter((x) => !ACRONYM_JOINERS.has(x.toLowerCase()));
  if (words.length < 3 || words.map((x) => x[0]!.toUpperCase()).join('') !== acronym) return false;
  return words.some((x) => isIndonesianWord(x.toLowerCase()) || isEnglishWord(x.toLowerCase()));
}

/**
 * "PT Liga Indonesia Baru (LIB)": a name that stopped at an everyday word one or two words before the
 * parenthesis goes on to it when the acronym then spells its last words. The grown candidate, or undefined.
 */
function grownToAcronym(
  b: Builder,
  orgByEnd: Map<number, EntityCandidate>,
  open: number,
  acronym: string,
): EntityCandidate | undefined {
  const t = b.t;
  for (let n = 1; n <= 2; n++) {
    const k = open - n;
    if (k < 1 || !t[k]!.cap || t[k]!.caps) return undefined;
    const c = orgByEnd.get(t[k - 1]!.end);
    if (!c) continue;
    const words = b.text
      .slice(c.start, t[open - 1]!.end)
      .split(/\s+/u)
      .filter((x) => /^\p{Lu}/u.test(x));
    const initials = words.map((x) => x[0]).join('');
    if (acronym.length < 3 || !initials.endsWith(acronym) || acronym.length <= n) return undefined;
    c.end = t[open - 1]!.end;
    c.explain.push({ rule: 'id.org.spelled-acronym', evidence: acronym });
    return c;
  }
  return undefined;
}

/**
 * Tokens `s`..`e` are the long form of the acronym in parentheses right after them, written in one word or two
 * ("Persatuan Guru Republik Indonesia (PGRI)", "Pengurus Besar Ikatan Dokter Indonesia (PB IDI)"): the acronym's
 * capitals are the initials of the capitalized words, joiners left out.
 */
function spelledByParenthesis(b: Builder, s: number, e: number): boolean {
  const t = b.t;
  if (t[e]?.text !== '(') return false;
  let acronym = '';
  let k = e + 1;
  for (
    ;
    k < t.length && k <= e + 2 && /^(?:\p{Lu}[2-4]?)+$/u.test(t[k]!.text) && /^\p{Lu}/u.test(t[k]!.text);
    k++
  )
    acronym += countedLetters(t[k]!.text);
  if (t[k]?.text !== ')' || acronym.length < 3) return false;
  let initials = '';
  for (let j = s; j < e && initials.length <= acronym.length; j++) {
    const x = t[j]!;
    if (x.cap) initials += x.text[0];
    else if (!ACRONYM_JOINERS.has(x.lower)) return false;
  }
  return initials === acronym;
}

/** "P2G" → "PPG", "P3K" → "PPPK": a digit after a capital in a short form repeats that letter. */
const countedLetters = (short: string): string =>
  short.replace(/(\p{Lu})([2-4])/gu, (_, letter: string, n: string) => letter.repeat(Number(n)));

/** The short form `inner` in brackets after `place` (whose surface is `long`), read as the place again. */
function placeShortForm(place: EntityCandidate, inner: Tok, long: string): EntityCandidate {
  const short = candidate('place', inner.start, inner.end, [
    { rule: 'id.place.initials', evidence: `${long} (${inner.text})` },
  ]);
  short.expands = place.canonical ?? long;
  short.placeKind = place.placeKind;
  short.country = place.country;
  return short;
}

/**
 * Is `short` ("Soetta") a blend of `name` ("Soekarno-Hatta"): one capitalized word of four letters or more whose
 * letters stand in order in the name's words, from the first letter of one word to the name's last letter?
 */
function blendOf(name: string, short: string): boolean {
  if (short.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(short)) return false;
  const s = short.toLowerCase();
  const words = name.toLowerCase().split(/[\s-]+/u);
  for (let w = 0; w < words.length; w++) {
    // ("Tol Cikopo-Palimanan (Cipali)": the first syllables of two words or more in a row, each two letters or more)
    if (prefixBlend(s, words, w, 0)) return true;
    const letters = words.slice(w).join('');
    if (letters[0] !== s[0] || letters.at(-1) !== s.at(-1) || letters.length <= s.length) continue;
    let k = 0;
    for (let i = 0; i < letters.length && k < s.length; i++) if (letters[i] === s[k]) k++;
    if (k === s.length) return true;
  }
  return false;
}

/** Is s made of prefixes of two letters or more of words[w], words[w + 1] … in a row (two words at least)? */
function prefixBlend(s: string, words: readonly string[], w: number, used: number): boolean {
  if (s.length === 0) return used >= 2;
  const word = words[w];
  if (word === undefined) return false;
  for (let n = Math.min(word.length, s.length); n >= 2; n--)
    if (s.startsWith(word.slice(0, n)) && prefixBlend(s.slice(n), words, w + 1, used + 1)) return true;
  return false;
}

/** Heads of places that go by a code of three capitals: airports, embarkations, stations, seaports, terminals. */
const CODED_PLACE_HEADS = new Set(['bandara', 'bandar', 'embarkasi', 'stasiun', 'pelabuhan', 'terminal']);

/** The first letters of the capitalized words of `name`, split at `sep`: "Stadion Utama Gelora Bung Karno" → "SUGBK". */
/**
 * "Tol Layang Mohamed bin Zayed (MBZ)": the short form spells the last words of a facility's name, past its head
 * words, a joiner in lower case among them (the name of the person it is named after).
 */
function namedAfterSpells(long: string, short: string): boolean {
  const words = long.split(/\s+/u);
  if (words.length - 1 < short.length) return false;
  const from = words.length - short.length;
  let spelled = '';
  for (let k = from; k < words.length; k++) spelled += words[k]![0]!.toUpperCase();
  return spelled === short && words.slice(from).some((w) => /^\p{Ll}/u.test(w));
}

function initialsOf(name: string, sep: RegExp): string {
  let out = '';
  for (const x of name.split(sep)) if (/^\p{Lu}/u.test(x)) out += x[0];
  return out;
}

/** Words that open the long form of a state: "Republik Indonesia Serikat", "Kerajaan Arab Saudi". */
const STATE_FORMS = new Set([
  'republik',
  'kerajaan',
  'kesultanan',
  'kekaisaran',
  'federasi',
  'negara',
  'uni',
]);

/**
 * "Commonwealth Scientific and Industrial Research Organisation (CSIRO)": a body read from its tail whose
 * initials end the acronym grows back over the capitalized words (and joiners) that spell the rest of it.
 */
function grownBackToAcronym(
  b: Builder,
  c: EntityCandidate,
  acronym: string,
  byStart: Map<number, EntityCandidate>,
  dropped: Set<EntityCandidate>,
): void {
  const initials = initialsOf(b.text.slice(c.start, c.end), /\s+/u);
  // ("Masyarakat Transportasi Indonesia (MTI)": a one-word place after two words or more)
  // ("Tenaga Kerja Indonesia (TKI)": a term's short form names no body)
  if (
    NON_NAME_ACRONYMS.has(acronym.toLowerCase()) ||
    acronym.length < (initials.length === 1 ? 3 : 4) ||
    acronym.length - initials.length < 2 ||
    !acronym.endsWith(initials)
  )
    return;
  const need = acronym.slice(0, acronym.length - initials.length);
  const first = tokenIndex(b).get(c.start);
  if (first === undefined) return;
  let got = '';
  let k = first - 1;
  for (; k >= 0 && got.length < need.length; k--) {
    const w = b.t[k]!;
    if (!w.cap && ACRONYM_JOINERS.has(w.lower) && w.lower !== '-') continue;
    if (!w.cap || !/^\p{Lu}\p{Ll}/u.test(w.text)) return;
    got = w.text[0]! + got;
  }
  const start = b.t[k + 1]!;
  if (got !== need || !start.cap) return;
  for (let x = k + 1; x < first; x++) {
    const inside = byStart.get(b.t[x]!.start);
    if (inside && inside !== c && inside.end <= c.start) dropped.add(inside);
  }
  c.start = start.start;
  c.explain.push({ rule: 'id.org.spelled-acronym', evidence: acronym });
}

function parentheticals(b: Builder): void {
  // the candidates as they stand before any change here, indexed at the first "( X )"
  const byStart = new Map<number, EntityCandidate>();
  const orgByEnd = new Map<number, EntityCandidate>();
  const personByEnd = new Map<number, EntityCandidate>();
  const otherByEnd = new Map<number, EntityCandidate>();
  const ends = new Set<number>();
  let indexed = false;
  const dropped = new Set<EntityCandidate>();
  // acronyms of terms in lower-case words ("demam berdarah dengue (DBD)"): no mention of them is a body
  const terms = new Set<string>();
  for (let xi = 0, xs = b.parenIdx; xi < xs.length; xi++) {
    const i = xs[xi]!;
    if (i + 2 >= b.t.length) continue;
    const pair = b.t[i + 2]!.text !== ')';
    if (pair && (b.t[i + 3]?.text !== ')' || !b.t[i + 1]!.caps || !b.t[i + 2]!.caps)) continue;
    if (!indexed) {
      indexed = true;
      for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
        const c = cs[ci]!;
        byStart.set(c.start, c);
        ends.add(c.end);
        if (c.type === 'organization') orgByEnd.set(c.end, c);
        else if (c.type === 'person') personByEnd.set(c.end, c);
        if (c.type !== 'person') otherByEnd.set(c.end, c);
      }
    }
    const inner = b.t[i + 1]!;
    const prevEnd = b.t[i - 1]?.end;
    if (pair) {
      // "Pengurus Besar Ikatan Dokter Indonesia (PB IDI)": an acronym of two words that spell a body's name
      const long = prevEnd === undefined ? undefined : orgByEnd.get(prevEnd);
      const short = byStart.get(inner.start);
      const name = long ? b.text.slice(long.start, long.end) : '';
      if (
        long &&
        short?.type === 'organization' &&
        short.end === b.t[i + 2]!.end &&
        initialsOf(name, /[\s-]+/u) === inner.text + b.t[i + 2]!.text
      )
        short.expands = long.canonical ?? name;
      continue;
    }
    const weakPerson = prevEnd === undefined ? undefined : personByEnd.get(prevEnd);
    if (weakPerson && inner.caps && !spelledBy(b, weakPerson, inner.text)) {
      // "Indonesia Political Opinion (IPO)": a place read before the rest of the long form opens it
      const lead = otherByEnd.get(weakPerson.start - 1);
      const words = lead ? b.text.slice(lead.start, weakPerson.end).split(/\s+/u) : [];
      if (
        lead &&
        inner.text.length >= 3 &&
        words.every((x) => /^\p{Lu}/u.test(x)) &&
        words.map((x) => x[0]).join('') === inner.text
      ) {
        weakPerson.start = lead.start;
        weakPerson.type = 'organization';
        delete weakPerson.titles;
        weakPerson.explain.push({ rule: 'id.org.spelled-acronym', evidence: inner.text });
        orgByEnd.set(weakPerson.end, weakPerson);
        dropped.add(lead);
      }
    }
    if (weakPerson && spelledBy(b, weakPerson, inner.text)) {
      // "Lingkaran Survei Indonesia (LSI)": a long form that its acronym spells is a body, not a person
      weakPerson.type = 'organization';
      weakPerson.explain.push({ rule: 'id.org.spelled-acronym', evidence: inner.text });
      orgByEnd.set(weakPerson.end, weakPerson);
    }
    // "Stadion Utama Gelora Bung Karno (SUGBK)": the initials of a place's name are the place again
    const placeBefore = prevEnd === undefined ? undefined : otherByEnd.get(prevEnd);
    // (a place read from an Indonesian head word, the gazetteer or an administrative unit: "Research In
    // Motion (RIM)" after "di", or "Budapest Business School (BBS)", may be bodies)
    if (
      placeBefore?.type === 'place' &&
      (/^id\.place\.(feature-head|gazetteer|admin-head)$/u.test(firstRule(placeBefore)) ||
        // ("Jakarta International Stadium (JIS)": a venue named by an English tail word)
        (firstRule(placeBefore) === 'id.place.feature-tail' &&
          VENUE_TAILS_EN.has(
            foldKey(b.text.slice(b.text.lastIndexOf(' ', placeBefore.end - 1) + 1, placeBefore.end)),
          ))) &&
      inner.caps &&
      inner.text.length >= 3 &&
      !weakPerson
    ) {
      const long = b.text.slice(placeBefore.start, placeBefore.end);
      const initials = initialsOf(long, /\s+/u);
      // ("Kabupaten Ogan Komering Ilir (OKI)": the unit's word may stay out of the initials)
      const unit = /^(\S+)\s+(.+)$/u.exec(long);
      const ofName = unit && ADMIN_HEADS.has(unit[1]!.toLowerCase()) ? initialsOf(unit[2]!, /\s+/u) : '';
      const innerCand = byStart.get(inner.start);
      // ("Bandara Soekarno-Hatta (CGK)", "Embarkasi Surabaya (SUB)": a port's or a station's code of three
      // capitals, no known body's, is the place again)
      const code =
        inner.text.length === 3 &&
        CODED_PLACE_HEADS.has(unit?.[1]?.toLowerCase() ?? '') &&
        innerCand?.type !== 'place' &&
        !ORGS.longest(b.text, b.t as unknown as Token[], i + 1, i + 2);
      if (
        (initials === inner.text || ofName === inner.text || code || namedAfterSpells(long, inner.text)) &&
        innerCand?.type !== 'person'
      ) {
        if (innerCand) dropped.add(innerCand);
        b.out.push(placeShortForm(placeBefore, inner, long));
        continue;
      }
    }
    // "Bandara Soekarno-Hatta (Soetta)": a word in brackets after a facility, its letters taken in order from the
    // name's words, from one word's first letter to the name's last, is the facility's short name, no person
    if (placeBefore?.type === 'place' && firstRule(placeBefore) === 'id.place.feature-head' && !inner.caps) {
      const innerCand = byStart.get(inner.start);
      const long = b.text.slice(placeBefore.start, placeBefore.end);
      if (
        (innerCand === undefined ||
          (innerCand.type === 'person' && WEAK_PERSON.test(firstRule(innerCand)))) &&
        blendOf(long.slice(long.indexOf(' ') + 1), inner.text)
      ) {
        if (innerCand) dropped.add(innerCand);
        b.out.push(placeShortForm(placeBefore, inner, long));
        continue;
      }
    }
    // "Tentara Pembebasan Nasional Papua Barat (TPNPB)": a place whose initials end the acronym, after capitalized
    // words that spell the rest of it, ends a body's long form
    if (placeBefore?.type === 'place' && inner.caps && prevEnd !== undefined && !orgByEnd.has(prevEnd)) {
      const start = placeBefore.start;
      grownBackToAcronym(b, placeBefore, inner.text, byStart, dropped);
      if (placeBefore.start !== start) {
        retype(placeBefore, 'organization');
        orgByEnd.set(placeBefore.end, placeBefore);
      }
    }
    // "Indonesia Police Watch (IPW)": a place, then capitalized words no reading kept, that the acronym spells
    // with the place's own words, are a body's long form
    if (inner.caps && prevEnd !== undefined && !ends.has(prevEnd)) {
      for (let k = i - 2; k >= 0 && k >= i - 6 && b.t[k]!.cap; k--) {
        const lead = byStart.get(b.t[k]!.start);
        if (lead === undefined) continue;
        // ("Republik Indonesia Serikat (RIS)": a state's long form stays a place)
        if (lead.type === 'place' && !STATE_FORMS.has(b.t[k]!.key) && spelledByParenthesis(b, k, i)) {
          lead.end = prevEnd;
          retype(lead, 'organization', 'id.org.spelled-acronym', inner.text);
          orgByEnd.set(prevEnd, lead);
          ends.add(prevEnd);
        }
        break;
      }
    }
    let before = prevEnd === undefined ? undefined : orgByEnd.get(prevEnd);
    if (!before && inner.caps && prevEnd !== undefined && !ends.has(prevEnd)) {
      before = grownToAcronym(b, orgByEnd, i, inner.text);
      if (before) orgByEnd.set(before.end, before);
    }
    const innerCand = byStart.get(inner.start);
    if (
      !before &&
      (!innerCand ||
        innerCand.type === 'person' ||
        (innerCand.type === 'organization' && weakRule(firstRule(innerCand)))) &&
      syllabicTerm(b, i, inner.text)
    ) {
      // "sistem informasi rekapitulasi (Sirekap)": the short form of a term, no person wherever it recurs
      if (innerCand) dropped.add(innerCand);
      terms.add(inner.text);
      continue;
    }
    if (!before && innerCand?.type === 'organization' && abbreviatesPlainWords(b, i, inner.text)) {
      // "Bantuan Langsung Tunai (BLT)", "ujian akhir nasional (UAN)": the acronym of a term, not a name
      // ("pekerja migran Indonesia (PMI)": a term in lower case may end in a country's name, no body the lexicon
      // knows by those letters)
      const termOfPlace =
        prevEnd !== undefined &&
        otherByEnd.get(prevEnd)?.type === 'place' &&
        b.t[i - 2] !== undefined &&
        /^\p{Ll}/u.test(b.t[i - 2]!.text);
      if (prevEnd !== undefined && (!ends.has(prevEnd) || termOfPlace)) {
        dropped.add(innerCand);
        terms.add(inner.text);
      }
      continue;
    }
    if (!before || !inner.caps) continue;
    grownBackToAcronym(b, before, inner.text, byStart, dropped);
    const long = b.text.slice(before.start, before.end);
    const initials = initialsOf(long, /[\s-]+/u);
    const known = ORGS.get(inner.text);
    const sameOrg = known !== undefined && foldKey(long).includes(foldKey(known.name));
    if (
      initials === inner.text ||
      !known ||
      sameOrg ||
      (before.canonical && known.name === before.canonical)
    ) {
      if (innerCand) innerCand.expands = before.canonical ?? long;
      continue;
    }
    // a qualifier: the parenthesis belongs to the name
    before.end = b.t[i + 2]!.end;
    before.explain.push({
      rule: 'id.org.parenthetical-qualifier',
      evidence: b.text.slice(before.start, before.end),
    });
    if (innerCand) dropped.add(innerCand);
  }
  if (terms.size)
    for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
      const c = cs[ci]!;
      if (c.type !== 'place' && terms.has(b.text.slice(c.start, c.end))) dropped.add(c);
    }
  if (dropped.size) b.out = b.out.filter((c) => !dropped.has(c));
}

/**
 * "Laba Bank Nusantara Sejahtera naik … Direktur Utama Bank Nusantara Sejahtera Haryanto Wibisono": an office
 * whose company the article names elsewhere takes the company's whole name; the person starts after it (and
 * a place read inside the company's name goes).
 */
function orgsInTitles(b: Builder): void {
  // (only a person read after an office can move: with none, the organizations need no splitting)
  let titled = false;
  for (let ci = 0, cs = b.out; ci < cs.length && !titled; ci++) {
    const p = cs[ci]!;
    titled =
      p.type === 'person' && p.explain[0]?.rule === 'id.person.title-before-name' && !!p.titles?.length;
  }
  if (!titled) return;
  // the organizations of several words, by the first word after each inner space (few per word)
  const splits = new Map<string, { head: string; rest: string }[]>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization' || c.end - c.start > 80) continue;
    const org = b.text.slice(c.start, c.end);
    for (let cut = org.indexOf(' '); cut > 0; cut = org.indexOf(' ', cut + 1)) {
      const rest = org.slice(cut + 1);
      const key = rest.split(' ', 1)[0]!;
      const list = splits.get(key) ?? [];
      if (list.length >= 8 || list.some((x) => x.rest === rest)) continue;
      list.push({ head: org.slice(0, cut), rest });
      splits.set(key, list);
    }
  }
  if (!splits.size) return;
  const moved: [number, number][] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const p = cs[ci]!;
    if (p.type !== 'person' || p.explain[0]?.rule !== 'id.person.title-before-name' || !p.titles?.length)
      continue;
    const name = b.text.slice(p.start, p.end);
    const found = splits
      .get(name.split(' ', 1)[0]!)
      ?.find((x) => name.startsWith(`${x.rest} `) && b.text.endsWith(`${x.head} `, p.start));
    if (!found) continue;
    const from = p.start - found.head.length - 1;
    p.start += found.rest.length + 1;
    p.titles = p.titles.map((t) => (t.endsWith(found.head) ? `${t} ${found.rest}` : t));
    p.explain.push({ rule: 'id.person.title-before-name', evidence: b.text.slice(from, p.start) });
    moved.push([from, p.start]);
  }
  if (!moved.length) return;
  // the company in the office is a mention of it; what was read inside it goes
  const inside = insideSomeSpan(moved);
  b.out = b.out.filter((c) => c.type === 'person' || !inside(c.start, c.end));
  for (const [from, to] of moved)
    b.out.push(
      candidate('organization', from, to - 1, [
        { rule: 'id.org.office-body', evidence: b.text.slice(from, to - 1) },
      ]),
    );
}

/**
 * Tokens `s`..`e` after a company's last word are its officer's name: words no dictionary, gazetteer or lexicon
 * holds, or two or three opening with a known given name ("PT Indonesia Kreatif Sejahtera Dimas Anggara Putra").
 */
function holderNameAfterCompany(b: Builder, s: number, e: number): boolean {
  for (let x = s; x < e; x++) if (!companyHolderWord(b, x)) return holderOpensWithGivenName(b, s, e);
  return true;
}

/** See holderNameAfterCompany: two or three name words opening with a known given name that is no everyday word. */
function holderOpensWithGivenName(b: Builder, s: number, e: number): boolean {
  const opener = b.t[s]!;
  return e - s >= 2 && plainGivenName(opener) && everyTok(b.t, s, e, nameWordAfterMark);
}

/** A word of the office holder's name after a company (see namesAfterCompanyTail). */
function companyHolderWord(b: Builder, x: number): boolean {
  const w = b.t[x]!;
  return (
    w.cap &&
    !w.caps &&
    !isIndonesianTok(w) &&
    !isEnglishWord(w.lower) &&
    !ORG_TAILS.has(bare(w)) &&
    !isHead(w) &&
    !isOrgHead(w) &&
    placeLookup(b, x, x + 1) === null
  );
}

/**
 * Dictionary words Indonesian companies end their names with ("PT Karya Mandiri Sejahtera", "CV Sinar Abadi"):
 * after one, two or three name words no dictionary holds are the officer's name.
 */
const COMPANY_NAME_WORDS = new Set(
  'sejahtera mandiri abadi jaya makmur sentosa santosa perkasa utama nusantara persada lestari sakti prima raya gemilang sukses bersama agung cemerlang'.split(
    ' ',
  ),
);

/**
 * "Direktur Utama PT Insight Investments Management Ekiawan Heri Primaryanto": a "PT" company read after an office
 * to the run's end, with a company word inside ("Management", "Sekuritas", "Capital") and then two or three name
 * words (see holderNameAfterCompany), ends at that word; the words after it are the office holder.
 */
function namesAfterCompanyTail(b: Builder): void {
  const index = tokenIndex(b);
  const t = b.t;
  const added: EntityCandidate[] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (
      c.type !== 'organization' ||
      firstRule(c) !== 'id.org.head-word' ||
      !/^(PT|CV) $/u.test(b.text.slice(c.start, c.start + 3))
    )
      continue;
    const s = index.get(c.start);
    if (s === undefined || s < 1 || (!isTitleHead(t[s - 1]!) && (s < 2 || !isTitleHead(t[s - 2]!)))) continue;
    let e = s;
    while (e + 1 < t.length && t[e + 1]!.end <= c.end && e - s < 12) e++;
    if (t[e]!.end !== c.end) continue;
    // the last company word with two or three name words after it
    let k = e - 1;
    while (k > s + 1 && !ORG_TAILS.has(bare(t[k]!)) && !COMPANY_NAME_WORDS.has(bare(t[k]!))) k--;
    const n = e - k;
    if (k <= s + 1 || n < 2 || n > 3) continue;
    if (!holderNameAfterCompany(b, k + 1, e + 1)) continue;
    const person = candidate('person', t[k + 1]!.start, c.end, [
      { rule: 'id.person.title-before-name', evidence: b.text.slice(t[k + 1]!.start, c.end) },
    ]);
    person.titles = [b.text.slice(t[isTitleHead(t[s - 1]!) ? s - 1 : s - 2]!.start, t[k]!.end)];
    added.push(person);
    c.end = t[k]!.end;
  }
  b.out.push(...added);
}

/**
 * "PT Pegadaian … Direktur Utama Pegadaian Damar Latri Setiawan": an office read on past a company the document
 * names (with or without "PT" and "Tbk") ends at the company; the one or two words after it open the officeholder's
 * name (id.person.title-before-name, the company as evidence).
 */
function namesAfterCompanyInTitles(b: Builder): void {
  // (the companies and the covered tokens are gathered when first asked: few offices get that far, and
  // both are gathered before any candidate changes here, from the candidates as they came)
  let companies: Map<string, { name: string; full: string }[]> | undefined;
  let covered: TokenSet | undefined;
  const coveredAt = (k: number): boolean => {
    covered ??= coveredTokens(b, () => true);
    return covered.has(k);
  };
  const index = tokenIndex(b);
  const t = b.t;
  const added: EntityCandidate[] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const p = cs[ci]!;
    if (p.type !== 'person' || p.explain[0]?.rule !== 'id.person.title-before-name' || !p.titles?.length)
      continue;
    const k0 = index.get(p.start);
    if (k0 === undefined) continue;
    const title = p.titles[p.titles.length - 1]!;
    for (let j = k0 - 1; j >= 1 && k0 - j <= 2; j--) {
      const w = t[j]!;
      // ("Ketua MUI Bidang Fatwa": a word of an office is none of the name; "… Bank Indonesia Mutiara Sibarani": nor
      // a word read as a place or a body)
      if (
        !w.cap ||
        w.caps ||
        isTitleHead(w) ||
        isHead(w) ||
        isNonName(w) ||
        ORG_TAILS.has(bare(w)) ||
        COMPLEMENTS.has(bare(w)) ||
        coveredAt(j)
      )
        break;
      const words = b.text.slice(w.start, t[k0 - 1]!.end);
      if (!title.endsWith(` ${words}`)) break;
      const end = t[j - 1]!.end;
      companies ??= companiesByLastWord(b);
      const company = companies
        .get(t[j - 1]!.text)
        ?.find(
          (x) =>
            b.text.startsWith(x.name, end - x.name.length) &&
            /\s/u.test(b.text.charAt(end - x.name.length - 1)),
        );
      if (company === undefined) continue;
      p.titles = [...p.titles.slice(0, -1), title.slice(0, -(words.length + 1))];
      p.start = w.start;
      p.explain.push({ rule: 'id.person.title-before-name', evidence: company.name });
      // the company in the office is a mention of it
      if (!coveredAt(j - 1))
        added.push({
          ...candidate('organization', end - company.name.length, end, [
            { rule: 'id.org.office-body', evidence: title },
          ]),
          canonical: company.full,
        });
      break;
    }
  }
  b.out.push(...added);
}

/** The document's companies by their last word, each with the name it goes by (see namesAfterCompanyInTitles). */
function companiesByLastWord(b: Builder): Map<string, { name: string; full: string }[]> {
  const companies = new Map<string, { name: string; full: string }[]>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization' || c.end - c.start > 60) continue;
    const surface = b.text.slice(c.start, c.end);
    const name = surface.replace(/^PT\.? /u, '').replace(/,? Tbk\.?$/u, '');
    if (name.length < 3) continue;
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const list = companies.get(last) ?? [];
    if (list.length >= 8 || list.some((x) => x.name === name)) continue;
    list.push({ name, full: c.canonical ?? surface });
    companies.set(last, list);
  }
  return companies;
}

/**
 * "misa di GBK … Stadion Utama Gelora Bung Karno (SUGBK)": an acronym read as a body that spells a named place's
 * words, all of them or its last three or more after the head word, is that place again (id.place.initials).
 */
function placeInitials(b: Builder): void {
  let spelled: Map<string, EntityCandidate> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    // (a place read from an Indonesian head word, the gazetteer or an administrative unit, as in parentheticals)
    if (
      c.type !== 'place' ||
      c.end - c.start < 12 ||
      !/^id\.place\.(feature-head|gazetteer|admin-head)$/u.test(firstRule(c))
    )
      continue;
    const words = b.text.slice(c.start, c.end).split(' ');
    if (words.length < 3 || !words.every((x) => /^\p{Lu}/u.test(x))) continue;
    const all = words.map((x) => x[0]).join('');
    for (let k = 0; k + 3 <= words.length; k++) {
      const initials = all.slice(k);
      spelled ??= new Map();
      if (!spelled.has(initials)) spelled.set(initials, c);
    }
  }
  if (!spelled) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization' || c.explain[0]?.rule !== 'id.org.acronym') continue;
    const place = spelled.get(b.text.slice(c.start, c.end));
    // (the acronym in parentheses right after the long form too, when it spells only the words after the head:
    // "Stadion Gelora Bandung Lautan Api (GBLA)")
    if (!place) continue;
    const long = b.text.slice(place.start, place.end);
    c.type = 'place';
    c.expands = place.canonical ?? long;
    c.placeKind = place.placeKind;
    c.country = place.country;
    c.explain.push({ rule: 'id.place.initials', evidence: long });
  }
}

/**
 * "Ekonom Indef Rusli Abdullah … Institute for Development of Economics and Finance (Indef)": a body's short
 * form in brackets after its long form (anywhere in the document) opens no person's name. A person read as
 * the short form and a name after it is the body, then the person, the short form joining the office before
 * it; a person read as the short form alone is the body.
 */
function shortFormsOpeningNames(b: Builder): void {
  const t = b.t;
  let orgEnds: Map<number, EntityCandidate> | undefined;
  let short: Map<string, string> | undefined;
  for (let xi = 0, xs = b.parenIdx; xi < xs.length; xi++) {
    const i = xs[xi]!;
    const inner = t[i + 1];
    if (
      i === 0 ||
      inner === undefined ||
      t[i + 2]?.text !== ')' ||
      !inner.cap ||
      inner.caps ||
      inner.text.length < 3 ||
      isIndonesianTok(inner) ||
      isEnglishWord(inner.lower)
    )
      continue;
    if (!orgEnds) {
      orgEnds = new Map();
      for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
        const c = cs[ci]!;
        if (c.type === 'organization') orgEnds.set(c.end, c);
      }
    }
    const long = orgEnds.get(t[i - 1]!.end);
    if (!long || long.end - long.start <= inner.text.length + 4) continue;
    short ??= new Map();
    short.set(inner.text, long.canonical ?? b.text.slice(long.start, long.end));
  }
  if (!short) return;
  const index = tokenIndex(b);
  const added: EntityCandidate[] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person') continue;
    const k = index.get(c.start);
    if (k === undefined) continue;
    const full = short.get(t[k]!.text);
    if (full === undefined) continue;
    if (t[k]!.end === c.end) {
      c.type = 'organization';
      c.titles = undefined;
      c.expands = full;
      c.explain.push({ rule: 'id.org.short-form', evidence: full });
      continue;
    }
    // the name after the short form: two to four capitalized words
    let e = k + 1;
    while (e < t.length && t[e]!.end <= c.end && t[e]!.cap && !t[e]!.caps) e++;
    if (t[e - 1]!.end !== c.end || e - k - 1 < 2 || e - k - 1 > 4) continue;
    const body = candidate('organization', t[k]!.start, t[k]!.end, [
      { rule: 'id.org.short-form', evidence: t[k]!.text },
    ]);
    body.expands = full;
    added.push(body);
    c.start = t[k + 1]!.start;
    // ("Ekonom Indef": the office the title names ends right before the short form)
    if (c.titles?.length && b.text.endsWith(c.titles[c.titles.length - 1]!, t[k - 1]?.end ?? 0))
      c.titles = [...c.titles.slice(0, -1), `${c.titles[c.titles.length - 1]} ${t[k]!.text}`];
    c.explain.push({ rule: 'id.org.short-form', evidence: b.text.slice(t[k]!.start, c.end) });
  }
  b.out.push(...added);
}

/**
 * "Raden Mas Suryo Hadinegoro": a noble style read alone before an honorific and the name it styles is no
 * second person: the style and the honorific are the title of the name ("Suryo Hadinegoro", title "Raden Mas").
 */
function nobleStyles(b: Builder): void {
  const byStart = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person') byStart.set(c.start, c);
  }
  const gone = new Set<EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || !NAME_PREFIXES.has(foldSpan(b, c.start, c.end))) continue;
    // "Raden" + one space + an honorific + one space + the name
    const m = /^ (\p{Lu}\p{Ll}+) /u.exec(b.text.slice(c.end, c.end + 12));
    const style = m?.[1] ?? '';
    if (!m || !HONORIFICS.has(style.toLowerCase())) continue;
    const named = byStart.get(c.end + m[0].length);
    if (!named?.titles?.includes(style)) continue;
    named.titles = named.titles.map((x) =>
      x === style ? b.text.slice(c.start, c.end + m[0].length - 1) : x,
    );
    named.explain.push({ rule: 'id.person.title-before-name', evidence: b.text.slice(c.start, named.end) });
    gone.add(c);
  }
  if (gone.size) b.out = b.out.filter((c) => !gone.has(c));
}

/**
 * "Prabowo Tiba di Canberra" (headline) … "Presiden Prabowo Subianto …": a one-word name met before the only
 * full name it opens or closes names that person (the canonical name lets the later full name join it).
 */
function namesBeforeFullNames(b: Builder): void {
  // the full names (two to four words) by their first and last word, with their first start
  const full = new Map<string, { surface: string; start: number } | null>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person') continue;
    const surface = b.text.slice(c.start, c.end);
    const parts = surface.split(' ');
    if (parts.length < 2 || parts.length > 4) continue;
    for (const w of new Set([parts[0]!, parts[parts.length - 1]!])) {
      const seen = full.get(w);
      if (seen === undefined) full.set(w, { surface, start: c.start });
      else if (seen !== null && seen.surface !== surface) full.set(w, null);
      else if (seen !== null && c.start < seen.start) seen.start = c.start;
    }
  }
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || c.canonical) continue;
    const found = full.get(b.text.slice(c.start, c.end));
    if (found && found.start > c.start) c.canonical = found.surface;
  }
}

/**
 * "Istora Senayan … penonton Istora", "Badan Pengelola Investasi Danantara … tata kelola Danantara": one word read as
 * a person's from its capitals alone that opens a place of two words or more, or closes a body read from its head
 * word, is that place or body again (id.doc.short-name); no dictionary word and no known name.
 */
function shortNamesOfNamed(b: Builder): void {
  const named = new Map<string, EntityCandidate>();
  const companies = new Map<string, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    const surface = b.text.slice(c.start, c.end);
    const space = surface.indexOf(' ');
    if (space < 0) continue;
    if (c.type === 'place') named.set(surface.slice(0, space), c);
    else if (c.type === 'organization' && firstRule(c) === 'id.org.head-word') {
      // "PT Taspen (Persero)": a company of one word after its legal form goes by that word
      const company = /^(?:PT|CV)\.? (\p{Lu}[\p{L}\p{N}]+)(?: \((?:Persero|Tbk)\))?(?: Tbk\.?)?$/u.exec(
        surface,
      );
      if (company) companies.set(company[1]!, c);
      else if (/\s\S+\s/u.test(surface)) named.set(surface.slice(surface.lastIndexOf(' ') + 1), c);
    }
  }
  if (named.size === 0 && companies.size === 0) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    // ("Eks Dirut Taspen Ditunda": an office, then a company's short name, holds no one's name)
    const titled = !!c.titles?.length && firstRule(c) === 'id.person.title-before-name';
    if (c.type !== 'person' || (c.titles?.length ? !titled : !WEAK_PERSON.test(firstRule(c)))) continue;
    const word = b.text.slice(c.start, c.end);
    const full = companies.get(word) ?? named.get(word);
    const lower = word.toLowerCase();
    if (!full || /\s/u.test(word) || isIndonesianWord(lower) || isEnglishWord(lower) || isPersonName(lower))
      continue;
    if (GIVEN_NAMES_ID.has(lower)) continue;
    if (titled && full.type !== 'organization') continue;
    c.type = full.type;
    c.titles = undefined;
    c.canonical = full.canonical ?? b.text.slice(full.start, full.end);
    if (full.type === 'place') {
      c.placeKind = full.placeKind ?? 'other';
      c.country = full.country ?? null;
    }
    c.explain.push({ rule: 'id.doc.short-name', evidence: b.text.slice(full.start, full.end) });
  }
}

/**
 * "Ketua DPR Puan Maharani … tanya Puan": dictionary words after an office that ends in a body's acronym are a
 * name when the document has a speaker named by their first or last word alone (id.person.title-before-name;
 * "Ketua DPR Bidang Anggaran" stays an office: no one speaks as "Bidang").
 */
function officeHoldersNamedElsewhere(b: Builder): void {
  if (!b.officeWords) return;
  const speakers = new Set<string>();
  for (const c of b.out)
    if (
      c.type === 'person' &&
      c.explain[0]?.rule === 'id.person.speech-context' &&
      !/\s/u.test(b.text.slice(c.start, c.end))
    )
      speakers.add(b.text.slice(c.start, c.end));
  if (speakers.size === 0) return;
  const t = b.t;
  let covered: TokenSet | undefined;
  for (const { start, end, titles } of b.officeWords) {
    if (!speakers.has(t[start]!.text) && !speakers.has(t[end - 1]!.text)) continue;
    covered ??= coveredTokens(b, () => true);
    let taken = false;
    for (let k = start; k < end && !taken; k++) taken = covered.has(k);
    if (taken) continue;
    emitPerson(b, start, end, 'id.person.title-before-name', titles);
  }
}

/**
 * "Kepala BKN Bima Haria Wibisana … kata Bima": a one-word town read right before a person's name, whose word the
 * document also writes after a speech verb ("kata Bima", "ujar Bima"), opens that name: the person is quoted by it.
 */
function townsOpeningSpeakersNames(b: Builder): void {
  const t = b.t;
  let quoted: Set<string> | undefined;
  const byStart = new Map<number, EntityCandidate>();
  for (const c of b.out) if (c.type === 'person') byStart.set(c.start, c);
  if (byStart.size === 0) return;
  const dropped = new Set<EntityCandidate>();
  for (const p of b.out) {
    if (p.type !== 'place' || p.end >= b.text.length || b.text[p.end] !== ' ') continue;
    const person = byStart.get(p.end + 1);
    if (!person) continue;
    const word = b.text.slice(p.start, p.end);
    if (/\s/u.test(word)) continue;
    if (!quoted) {
      quoted = new Set();
      for (let k = 1; k < t.length; k++)
        if (t[k]!.cap && SPEECH_VERBS_BEFORE.has(t[k - 1]!.lower)) quoted.add(t[k]!.text);
    }
    if (!quoted.has(word)) continue;
    person.start = p.start;
    // (the office read the town as its own: "Kepala BKN Bima" is "Kepala BKN")
    if (person.titles?.length) {
      const last = person.titles.length - 1;
      if (person.titles[last]!.endsWith(` ${word}`))
        person.titles[last] = person.titles[last]!.slice(0, -word.length - 1);
    }
    person.explain.push({ rule: 'id.person.quoted-town-name', evidence: word });
    dropped.add(p);
  }
  if (dropped.size) b.out = b.out.filter((c) => !dropped.has(c));
}

/**
 * "Ketua Satgas PASTI Hudiyanto mengimbau …": a body read after an office, closed by its acronym, ends at the
 * acronym; the name words after it (no dictionary word, no head word) are the office holder.
 */
function namesAfterOfficeAcronyms(b: Builder): void {
  const index = tokenIndex(b);
  const t = b.t;
  const people: [number, number, string][] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization' || c.explain[0]?.rule !== 'id.org.head-word') continue;
    const k0 = index.get(c.start);
    if (k0 === undefined || k0 === 0 || !isTitleHead(t[k0 - 1]!)) continue;
    const end = tokensTo(b, k0, c.end);
    // the acronym, then one to three name words up to the end of the body
    let a = end - 1;
    while (a > k0 && end - a <= 3 && !t[a]!.caps) a--;
    const acronym = t[a]!;
    if (a === k0 || a === end - 1 || !acronym.caps || acronym.text.length < 3 || t[end]?.cap) continue;
    let names = true;
    for (let x = a + 1; x < end && names; x++) {
      const w = t[x]!;
      // ("Ketua Komite FFI Ario Bayu": a dictionary word that is a known given name too, an everyday one after the
      // first word)
      names =
        w.cap &&
        !w.caps &&
        ((!isIndonesianWord(w.lower) && !isEnglishWord(w.lower)) ||
          (isKnownName(w) && (x > a + 1 || !EVERYDAY_GIVEN_NAMES.has(w.key)))) &&
        !isHead(w) &&
        !isTitleHead(w) &&
        !ORG_TAILS.has(w.key);
    }
    // ("Kepala Dinas PUPR Labuhanbatu berinisial RSR": the region the body serves, part of its name)
    if (!names || regionOnly(b, a + 1, end)) continue;
    let title = k0 - 1;
    while (
      title > 0 &&
      t[title - 1]!.cap &&
      (isTitleHead(t[title - 1]!) || COMPLEMENTS.has(bare(t[title - 1]!)))
    )
      title--;
    c.end = acronym.end;
    c.explain.push({ rule: 'id.org.head-word', evidence: b.text.slice(c.start, c.end) });
    people.push([a + 1, end, b.text.slice(t[title]!.start, acronym.end)]);
  }
  for (const [s, e, title] of people) emitPerson(b, s, e, 'id.person.title-before-name', [title]);
}

/**
 * "PT Kirimin Teknologi Nusantara … CEO Kirimin … Kirimin menargetkan …": the first word of a company named
 * with "PT" is its short name; a person read as that word is the company, and a run of everyday or English
 * words that are no personal names ending in it ("Startup Logistik Kirimin") is the company's short name alone.
 */
function companyShortNames(b: Builder): void {
  const short = new Map<string, string>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization') continue;
    const name = b.text.slice(c.start, c.end);
    const w = /^PT\.? (\p{Lu}\p{Ll}{3,}) \p{Lu}/u.exec(name)?.[1];
    if (
      w &&
      !isIndonesianWord(w.toLowerCase()) &&
      !isEnglishWord(w.toLowerCase()) &&
      !lookupPlace(w.toLowerCase())
    )
      short.set(w, name);
  }
  if (!short.size) return;
  const index = tokenIndex(b);
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    // (a body read as the short name alone, with nothing to name it by, is the company too)
    if (c.type === 'organization' && !c.canonical && !c.expands) {
      const full = short.get(b.text.slice(c.start, c.end));
      if (full) {
        c.canonical = full;
        c.explain.push({ rule: 'id.org.short-form', evidence: b.text.slice(c.start, c.end) });
      }
      continue;
    }
    if (c.type !== 'person') continue;
    const surface = b.text.slice(c.start, c.end);
    const last = surface.slice(surface.lastIndexOf(' ') + 1);
    if (!short.has(last)) continue;
    if (last !== surface) {
      // every word before the short name is an everyday or English word, never a name
      const k0 = index.get(c.start);
      if (k0 === undefined) continue;
      let k = k0;
      while (b.t[k]!.end < c.end && !isKnownName(b.t[k]!)) k++;
      if (b.t[k]!.end !== c.end || b.t[k]!.start === c.start) continue;
      c.start = b.t[k]!.start;
    }
    c.type = 'organization';
    c.titles = undefined;
    c.canonical = short.get(last);
    c.explain.push({ rule: 'id.org.short-form', evidence: last });
  }
}

/** Candidates by where they start and where they end (the last one wins). */
function byEdges(cands: readonly EntityCandidate[]): {
  byStart: Map<number, EntityCandidate>;
  byEnd: Map<number, EntityCandidate>;
} {
  const byStart = new Map<number, EntityCandidate>();
  const byEnd = new Map<number, EntityCandidate>();
  for (const c of cands) {
    byStart.set(c.start, c);
    byEnd.set(c.end, c);
  }
  return { byStart, byEnd };
}

/**
 * "Satgas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI)": a short form in brackets that keeps the
 * head word of the body before it and abbreviates the rest (its acronym opens like the rest) names that body.
 */
function headedShortForms(b: Builder): void {
  const t = b.t;
  // (indexed at the first bracket that can hold one: most documents have none)
  let edges: ReturnType<typeof byEdges> | undefined;
  for (let xi = 0, xs = b.parenIdx; xi < xs.length; xi++) {
    const i = xs[xi]!;
    const head = t[i + 1];
    const acronym = t[i + 2];
    if (!head?.cap || head.caps || !acronym?.caps || acronym.text.length < 3 || t[i + 3]?.text !== ')')
      continue;
    edges ??= byEdges(b.out.filter((c) => c.type === 'organization'));
    const { byStart, byEnd } = edges;
    const short = byStart.get(head.start);
    const long = i > 0 ? byEnd.get(t[i - 1]!.end) : undefined;
    if (!short || short.end !== acronym.end || !long || short.expands) continue;
    const words = b.text.slice(long.start, long.end).split(' ');
    if (words.length < 3 || words[0] !== head.text || words[1]![0] !== acronym.text[0]) continue;
    short.expands = b.text.slice(long.start, long.end);
  }
}

/**
 * "Rumah Sakit Umum Daerah (RSUD) dr Chasbullah Abdulmadjid": a hospital named after a doctor, its acronym
 * written between its kind and the doctor's name, is one place (as "RSUD dr. Soetomo" is); so is one named by
 * words read as a name from capitals alone ("Rumah Sakit Umum Daerah (RSUD) Eka Candrarini").
 */
function hospitalsAfterAcronym(b: Builder): void {
  const t = b.t;
  // (indexed at the first bracket that can hold one, before any change here: most documents have none)
  let edges: ReturnType<typeof byEdges> | undefined;
  const gone = new Set<EntityCandidate>();
  for (let xi = 0, xs = b.parenIdx; xi < xs.length; xi++) {
    const i = xs[xi]!;
    const acronym = t[i + 1];
    if (!acronym?.caps || !/^RS/u.test(acronym.text) || t[i + 2]?.text !== ')') continue;
    // ("Rumah Sakit Umum Daerah (RSUD) Eka Candrarini": a name from capitals alone, no doctor's title, too)
    const dr = /^dr\.?$/u.test(t[i + 3]?.text ?? '');
    const at = t[dr ? i + 4 : i + 3];
    if (at === undefined) continue;
    edges ??= byEdges(b.out);
    const { byStart, byEnd } = edges;
    const doctor = byStart.get(at.start);
    const kind = i > 0 ? byEnd.get(t[i - 1]!.end) : undefined;
    if (
      doctor?.type !== 'person' ||
      (!dr && (firstRule(doctor) !== 'id.person.capitalized' || doctor.titles?.length)) ||
      kind?.type !== 'place' ||
      !/^(Rumah Sakit|RS)\b/u.test(b.text.slice(kind.start, kind.end))
    )
      continue;
    // the whole, from the kind to the doctor's name; the acronym alone goes
    kind.end = doctor.end;
    kind.canonical = undefined;
    kind.explain.push({ rule: 'id.place.feature-head', evidence: b.text.slice(kind.start, kind.end) });
    gone.add(doctor);
    const inner = byStart.get(acronym.start);
    if (inner) gone.add(inner);
  }
  if (gone.size) b.out = b.out.filter((c) => !gone.has(c));
}

/**
 * "ke Tanah Air", "Ibu Pertiwi" name no entity; nor does the country of a currency ("dollar AS"), nor a thing
 * taken by "ber-" ("ber-Wolbachia").
 */
function commonPhrases(b: Builder): void {
  const index = tokenIndex(b);
  // "nyamuk ber-Wolbachia" (having Wolbachia): what "ber-" takes is a thing, so no mention of it is a person
  const things = new Set<string>();
  // (a text without "ber-" has no match: one indexOf instead of a regex tried at every position)
  if (b.text.includes('ber-')) {
    for (const m of b.text.matchAll(/(?<![\p{L}-])ber-(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu)) things.add(m[1]!);
  }
  b.out = b.out.filter((c) => {
    if (COMMON_PHRASES.has(foldSpan(b, c.start, c.end))) return false;
    if (c.type === 'person' && things.size && things.has(b.text.slice(c.start, c.end))) return false;
    // ("Banjir Rob": the second word of a phrase read alone after the first)
    const p = c.type === 'person' ? index.get(c.start) : undefined;
    const before = p === undefined ? undefined : b.t[p - 1];
    // (the phrase is built only after a word that opens one)
    if (
      before?.cap &&
      COMMON_PHRASE_FIRST_WORDS.has(before.lower) &&
      COMMON_PHRASES.has(`${before.lower} ${foldSpan(b, c.start, c.end)}`)
    )
      return false;
    const k = c.type === 'place' ? index.get(c.start) : undefined;
    const prev = k === undefined ? undefined : b.t[k - 1]?.text;
    return prev !== 'dolar' && prev !== 'dollar';
  });
}

/** The first words of the common phrases of two words or more ("tanah" of "tanah air"). */
const COMMON_PHRASE_FIRST_WORDS = new Set(
  [...COMMON_PHRASES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))),
);

/** The rule that first read a candidate ('' when none). */
const firstRule = (c: EntityCandidate): string => c.explain[0]?.rule ?? '';
/** The rules of a candidate's explanation, joined by spaces (read by a loop: no list made). */
function ruleNames(explain: EntityCandidate['explain']): string {
  let s = '';
  for (let i = 0; i < explain.length; i++) s += (i === 0 ? '' : ' ') + explain[i]!.rule;
  return s;
}
/** Person readings with no cue of their own (a capitalized run, a sentence opener, a speech verb nearby). */
// (one test of three strings: the passes ask it of every candidate, and a rule is one of a few names)
const UNCUED_PERSON = {
  test: (rule: string): boolean =>
    rule === 'id.person.capitalized' ||
    rule === 'id.person.sentence-initial' ||
    rule === 'id.person.speech-context',
};
/** Rules that make a person reading from capitals alone a body by a cue around it (see harmonize). */
const ORG_RETYPES = new Set([
  'id.org.kind-list',
  'id.org.team',
  'id.org.released-by',
  'id.org.band-of-member',
]);
/** Person readings from capitals alone (a capitalized run, a sentence opener). */
const WEAK_PERSON = {
  test: (rule: string): boolean => rule === 'id.person.capitalized' || rule === 'id.person.sentence-initial',
};

/** /capitalized|acronym|locative/u.test(rule), without the regex. */
const weakRule = (rule: string): boolean =>
  rule.includes('capitalized') || rule.includes('acronym') || rule.includes('locative');

/**
 * "Sinar Senja merilis … Sinar Senja dibentuk pada 2009", "Wali Kota Bogor Bima Arya … Bima Arya baru dinyatakan
 * sembuh": capitalized words opening a sentence that spell a body or a person the document names elsewhere with
 * the same words are that body or person, whatever the opening word alone was read as (nothing, a town of the
 * gazetteer, a person from capitals alone).
 */
function openingWordsOfNamed(b: Builder): void {
  let named: Map<string, EntityCandidate> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.end - c.start > 60 || !/\s/u.test(b.text.slice(c.start, c.end))) continue;
    named ??= new Map();
    const key = foldSpan(b, c.start, c.end);
    // (names read by a cue or a rule, not by capitals alone)
    if (
      !named.has(key) &&
      c.explain.some((x) => !weakRule(x.rule) && x.rule !== 'id.person.sentence-initial')
    )
      named.set(key, c);
  }
  if (!named) return;
  const t = b.t;
  let byStart: Map<number, EntityCandidate[]> | undefined;
  const added: EntityCandidate[] = [];
  const dropped = new Set<EntityCandidate>();
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    const w = t[k]!;
    if (!w.initial || w.caps) continue;
    // (a sentence's opening word, not one after an opening quotation mark: 'Film "Gunung Sari" laris')
    const before = t[k - 1];
    if (before && !/^[.!?]$/u.test(before.text) && !b.text.slice(before.end, w.start).includes('\n'))
      continue;
    let e = k + 1;
    while (e < t.length && e - k < 4 && t[e]!.cap && !t[e]!.caps) e++;
    if (e === k + 1) continue;
    // the longest run of two words or more that the document names
    let whole: EntityCandidate | undefined;
    for (; e > k + 1 && !whole; e--) whole = named.get(foldSpan(b, w.start, t[e - 1]!.end));
    if (!whole) continue;
    e++;
    const end = t[e - 1]!.end;
    if (whole.start === w.start) continue;
    if (!byStart) {
      byStart = new Map();
      for (const c of b.out) {
        const list = byStart.get(c.start);
        if (list) list.push(c);
        else byStart.set(c.start, [c]);
      }
    }
    // only readings of single words by their shape or the gazetteer give way
    const inside: EntityCandidate[] = [];
    let weak = true;
    for (let j = k; j < e && weak; j++)
      for (const c of byStart.get(t[j]!.start) ?? []) {
        const rule = firstRule(c);
        if (
          c.end > end ||
          c.end - c.start > 60 ||
          !(
            weakRule(rule) ||
            rule === 'id.person.sentence-initial' ||
            (rule === 'id.place.gazetteer' && c.end === t[j]!.end) ||
            c.explain.some((x) => x.rule === 'id.doc.partial-name')
          )
        )
          weak = false;
        else inside.push(c);
      }
    if (!weak) continue;
    for (const c of inside) dropped.add(c);
    const c = candidate(whole.type, w.start, end, [
      { rule: 'id.doc.same-surface', evidence: b.text.slice(w.start, end) },
    ]);
    c.canonical = whole.canonical;
    added.push(c);
  }
  if (dropped.size) b.out = b.out.filter((c) => !dropped.has(c));
  b.out.push(...added);
}

/** One surface, one type; single words that are part of a person's full name are that person. */
function harmonize(b: Builder): void {
  // "harga Pertalite … beralih ke Pertalite": a product a cue named is no place or person where only capitals
  // or a locative say so
  const things = b.things;
  if (things)
    b.out = b.out.filter(
      (c) =>
        !(
          (weakRule(firstRule(c)) || firstRule(c) === 'id.person.sentence-initial') &&
          c.type !== 'organization' &&
          things.has(foldSpan(b, c.start, c.end))
        ),
    );
  const personWords = new Set<string>();
  const strong = new Map<string, EntityType>();
  const opened = new Set<string>();
  const located = new Set<string>();
  const cuedBodies = new Set<string>();
  const adminNamed = new Set<string>();
  // the folded surface of each candidate (spans do not change here)
  // (grown by a loop: a mapped list is holey in optimized code, and reading it deoptimizes)
  const keys: string[] = [];
  for (const c of b.out) keys.push(foldSpan(b, c.start, c.end));
  for (let n = 0; n < b.out.length; n++) {
    const c = b.out[n]!;
    const key = keys[n]!;
    if (
      c.type === 'person' &&
      c.explain[0]?.rule !== 'id.person.capitalized' &&
      c.explain[0]?.rule !== 'id.person.sentence-initial'
    ) {
      // (a folded key's words are set apart by single spaces: see foldKey)
      for (const w of key.split(' ')) if (w.length > 2) personWords.add(w);
    }
    const rule = firstRule(c);
    // ("Solo diguyur hujan … harga beras di Solo": a name opening a sentence is no stronger than "di")
    if (rule === 'id.person.sentence-initial') opened.add(key);
    else if (!weakRule(rule) && !strong.has(key)) strong.set(key, c.type);
    if (rule === 'id.place.locative-cue') located.add(key);
    // "Kelurahan Tambak Lorok … Warga Tambak Lorok, Sutarmi, …": the name an administrative word opened is that
    // place's wherever only capitals read it
    if (rule === 'id.place.admin-head' && key.includes(' ')) adminNamed.add(key.slice(key.indexOf(' ') + 1));
    // "band lain seperti Korn, Slipknot …", "dirilis oleh Rotorcorp": a reading from capitals alone that a cue
    // made a body names that body wherever the surface recurs ("Slipknot merilis …")
    if (
      c.type === 'organization' &&
      UNCUED_PERSON.test(rule) &&
      c.explain.some((x) => ORG_RETYPES.has(x.rule))
    )
      cuedBodies.add(key);
  }
  for (const key of cuedBodies) strong.set(key, 'organization');
  for (const key of adminNamed) if (!strong.has(key)) strong.set(key, 'place');
  for (const key of opened) if (located.has(key) && !strong.has(key)) strong.set(key, 'place');
  for (let n = 0; n < b.out.length; n++) {
    const c = b.out[n]!;
    if (c.explain[0]?.rule === 'id.person.sentence-initial' && !strong.has(keys[n]!))
      strong.set(keys[n]!, 'person');
  }
  // initials introduced as a person ("berinisial AS") stay that person wherever they recur
  const initials = new Set(
    b.out
      .filter(
        (c) =>
          c.explain[0]?.rule === 'id.person.initials-cue' || c.explain[0]?.rule === 'id.person.initials-age',
      )
      .map((c) => b.text.slice(c.start, c.end)),
  );
  for (let n = 0; n < b.out.length; n++) {
    const c = b.out[n]!;
    const key = keys[n]!;
    const rule = firstRule(c);
    const want = strong.get(key);
    if (c.type !== 'person' && initials.has(b.text.slice(c.start, c.end))) {
      retype(c, 'person', 'id.doc.same-surface', key);
    } else if (want && want !== c.type && (weakRule(rule) || rule === 'id.person.sentence-initial')) {
      c.type = want;
      c.explain.push({ rule: 'id.doc.same-surface', evidence: key });
    } else if (
      !key.includes(' ') &&
      personWords.has(key) &&
      c.type !== 'person' &&
      (weakRule(rule) ||
        rule.includes('gazetteer') ||
        rule.includes('compound') ||
        // ("Debat Pilkada Sumut, Bobby dan Edy Adu …": a person that a list after a place made a place)
        (rule.startsWith('id.person.') && c.explain.some((x) => x.rule === 'id.place.list-member')))
    ) {
      const info = lookupPlace(key);
      if (info && (info.kind === 'country' || info.source === 'id-province')) continue;
      retype(c, 'person', 'id.doc.partial-name', key);
    }
  }
}

/**
 * In an article (several sentences), a lone capitalized word opening a sentence is a person only when the
 * document names that person elsewhere or the word is a known personal name: people are introduced in full.
 */
function dropLoneInitials(b: Builder, doc: Doc): void {
  if (doc.sentences.length < 3) return;
  if (!b.out.some((c) => c.explain[0]?.rule === 'id.person.sentence-initial')) return;
  const words = new Map<string, number>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    for (const w of foldSpan(b, c.start, c.end).split(' ')) words.set(w, (words.get(w) ?? 0) + 1);
  }
  b.out = b.out.filter((c) => {
    if (c.explain[0]?.rule !== 'id.person.sentence-initial') return true;
    const w = foldSpan(b, c.start, c.end);
    // ("Pompa sudah kami cek": a root word of the dictionary that no given name list holds needs a second mention)
    return (words.get(w) ?? 0) > 1 || (isPersonName(w) && !rootWords().has(w)) || GIVEN_NAMES_ID.has(w);
  });
}

/**
 * "BI Pertahankan Suku Bunga" over an article that writes "suku bunga acuan": everyday words the
 * article writes in lower case are no name where a title-case headline capitalizes them.
 */
function headlinePhrases(b: Builder, doc: Doc): void {
  const line = headlineOf(b, doc);
  if (!line) return;
  const text = b.text;
  let body: string | undefined;
  // a phrase of words the body writes in lower case ("puncak musim hujan", "klub sepak bola")
  const bodyPhrase = (surface: string): boolean => {
    body ??= text.slice(line.end);
    const lower = surface.toLowerCase();
    return lower.includes(' ') && writtenIn(body, 0, lower);
  };
  // a dictionary word the body writes in lower case and never capitalizes inside a sentence
  const bodyWord = (w: string): boolean => {
    body ??= text.slice(line.end);
    const lw = w.toLowerCase();
    return isIndonesianWord(lw) && writtenIn(body, 0, lw) && !writtenIn(body, 0, w, true);
  };
  // ("Kasus DBD di Kabupaten Bogor Meningkat", "Harga Beras di Pasar Cipinang Melonjak": a verb after a place's name
  // and its head, that the body does not write with the name, is the headline's)
  let index: StartIndex | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.start < line.start || c.end > line.end || c.type !== 'place') continue;
    const rule = firstRule(c);
    if (rule !== 'id.place.admin-head' && rule !== 'id.place.feature-head') continue;
    index ??= tokenIndex(b);
    const s = index.get(c.start);
    if (s === undefined) continue;
    const e = tokensTo(b, s, c.end);
    for (let k = s + 2; k < e; k++) {
      if (!headlineVerb(b.t[k]!)) continue;
      body ??= text.slice(line.end);
      if (!writtenIn(body, 0, text.slice(c.start, c.end))) c.end = b.t[k - 1]!.end;
      break;
    }
  }
  b.out = b.out.filter((c) => {
    if (c.start < line.start || c.end > line.end) return true;
    // "Israel Serang Kamp Pengungsi …": a town whose name is a root verb, between a name and the headline's
    // object, is the headline's verb when the body never names the town
    // "BMKG Prediksi Puncak Musim Hujan …" over "puncak musim hujan": a headline's place read from a head word that
    // the body writes in lower case is a phrase
    if (c.type === 'place' && firstRule(c) === 'id.place.feature-head') {
      const surface = text.slice(c.start, c.end);
      body ??= text.slice(line.end);
      if (bodyPhrase(surface)) return false;
      // ("… di Pasar Induk Kramat Jati" over the same name in the body: the body names it whole)
      if (writtenIn(body, 0, surface)) return true;
      // "Kapal Rohingya Terdampar di Pantai Aceh Besar" over "pantai Desa …": a head word the body writes only in
      // lower case, before a place the gazetteer knows, is a word; the place stays
      const space = surface.indexOf(' ');
      const rest = surface.slice(space + 1);
      if (space > 0 && bodyWord(surface.slice(0, space)) && lookupPlace(rest.toLowerCase())) {
        c.start = c.end - rest.length;
        c.explain.push({ rule: 'id.place.gazetteer', evidence: rest });
        return true;
      }
      // "RSUD Cibinong Tambah Ruang Perawatan" over "RSUD Cibinong terpaksa …": the name ends with the longest start
      // of it the body names; without one, at the first dictionary word after the head and a name word that the body
      // writes in lower case and never capitalizes inside a sentence ("Stadion Manahan Siap Gelar Final")
      const words = surface.split(' ');
      // ("Warga Keluhkan Jalan Rusak Menuju …", "Dua Pelajar SMK Tewas Tawuran …": after the head word, only words
      // the body writes in lower case: a phrase, no name)
      if (words.length >= 2 && words.slice(1).every(bodyWord)) return false;
      let n = 0;
      // ("Kebakaran di Kawasan Industri Cikarang" over "Kawasan Industri Jababeka": a start of everyday words that the
      // body runs on into another name is none)
      for (let k = words.length - 1; k >= 2 && !n; k--) {
        const start = words.slice(0, k).join(' ');
        const named = words.slice(1, k).some((w) => !isIndonesianWord(w.toLowerCase()));
        if (named ? writtenIn(body, 0, start) : writtenWhole(body, start)) n = k;
      }
      for (let k = 2; k < words.length && !n; k++) {
        const w = words[k]!;
        const lw = w.toLowerCase();
        if (
          bodyWord(w) ||
          // ("Bandara Kualanamu Siapkan Posko Mudik": a root with "-kan" is the headline's verb)
          (lw.length >= 7 && lw.endsWith('kan') && rootWords().has(lw.slice(0, -3)))
        )
          n = k;
      }
      if (n >= 2 && n < words.length) {
        const kept = words.slice(0, n).join(' ');
        // ("BMKG Prediksi Puncak Musim Hujan Terjadi Januari": what is left is a phrase the body writes too)
        if (writtenIn(body, 0, kept.toLowerCase())) return false;
        c.end = c.start + kept.length;
      }
      return true;
    }
    // "Bocah Tenggelam di Kolam Retensi Palembang" over "kolam retensi": words after the locative cue that the body
    // writes in lower case and never capitalizes inside a sentence are words; the town after them stays
    if (c.type === 'place' && firstRule(c) === 'id.place.locative-cue') {
      const surface = text.slice(c.start, c.end);
      const words = surface.split(' ');
      if (words.length < 2) return true;
      body ??= text.slice(line.end);
      let from = 0;
      while (from < words.length && bodyWord(words[from]!)) from++;
      if (from === 0) return true;
      if (from === words.length) return false;
      const rest = words.slice(from).join(' ');
      // ("Serangan ke Fasilitas Energi" over "Badan Energi Atom …": the body names it on its own, not inside a name)
      if (!lookupPlace(rest.toLowerCase()) && !writtenWhole(body, rest)) return false;
      c.start = c.end - rest.length;
      c.explain.push({ rule: 'id.place.gazetteer', evidence: rest });
      return true;
    }
    if (c.type === 'place' && firstRule(c) === 'id.place.gazetteer') {
      const surface = text.slice(c.start, c.end);
      body ??= text.slice(line.end);
      const root = !surface.includes(' ') && rootWords().has(surface.toLowerCase());
      return !(
        (root &&
          b.out.some((x) => x !== c && x.end === c.start - 1) &&
          /^ \p{Lu}/u.test(text.slice(c.end, c.end + 2)) &&
          !writtenIn(body, 0, surface)) ||
        // ("Banjir Rob … di Pesisir Semarang": a root that names only an urban ward (or village), right before another
        // place, is a word unless the body names it)
        (root &&
          lookupPlace(surface.toLowerCase())?.source === 'id-ward' &&
          b.out.some((x) => x !== c && x.type === 'place' && x.start === c.end + 1) &&
          !writtenIn(body, 0, surface, true)) ||
        // ("Banjir Rob … di Pesisir Demak" over "warga pesisir": before a place, a word the body writes in lower case
        // and never capitalizes inside a sentence is a word)
        (root &&
          writtenIn(body, 0, surface.toLowerCase()) &&
          (b.out.some((x) => x !== c && x.type === 'place' && x.start === c.end + 1)
            ? !writtenIn(body, 0, surface, true)
            : // ("Bulog Gelontorkan Stok ke Pasar" over "pasar tradisional": one the body never capitalizes alone,
              // "Pasar Keputran" is another name)
              !new RegExp(`(?<![\\p{L}])${surface}(?![\\p{L}])(?! \\p{Lu})`, 'u').test(body)))
      );
    }
    // "Raffi Resmikan Klub Sepak Bola Baru" over "klub sepak bola RANS …": a body's head word and words after it that
    // the body writes in lower case are a phrase
    // ("Dua Perusahaan Pinjol" over "perusahaan pinjaman daring atau pinjol": a name the body never gives, every
    // word of which it writes in lower case)
    if (c.type === 'organization' && firstRule(c) === 'id.org.head-word') {
      const surface = text.slice(c.start, c.end);
      body ??= text.slice(line.end);
      return (
        !bodyPhrase(surface) &&
        (writtenIn(body, 0, surface) ||
          !surface.split(' ').every((w) => writtenIn(body!, 0, w.toLowerCase())))
      );
    }
    // ("Startup Logistik Raih Pendanaan" over "rintisan logistik": one word after a body's kind that the body writes
    // only as a word is that word)
    if (c.type === 'organization' && firstRule(c) === 'id.org.cue-word') {
      const surface = text.slice(c.start, c.end);
      return surface.includes(' ') || !bodyWord(surface);
    }
    // "Ganda Putra Indonesia Melaju …" over "ganda putra": a one-word brand the body writes only as a word is that word
    if (c.type === 'organization' && firstRule(c) === 'id.org.company-or-agency') {
      const surface = text.slice(c.start, c.end);
      return surface.includes(' ') || !bodyWord(surface);
    }
    // "IHSG Melemah, Saham Bank Jadi Pemberat": everyday words before a company word the body never names together
    if (c.type === 'organization' && firstRule(c) === 'id.org.tail-word') {
      const parts = text.slice(c.start, c.end).split(' ');
      body ??= text.slice(line.end);
      return !(
        parts.length >= 2 &&
        parts.slice(0, -1).every((w) => isIndonesianWord(w.toLowerCase())) &&
        !writtenIn(body, 0, text.slice(c.start, c.end))
      );
    }
    // "Terdakwa Kasus Investasi Bodong Divonis …" over "investasi bodong": a name after a headline's office that the
    // body writes only in lower case is the headline's word
    // ("Polisi Tangkap Pelaku Penipuan Investasi Bodong Rp 50 Miliar": one dictionary word the body never names, and
    // no given name, is the headline's word too)
    if (c.type === 'person' && firstRule(c) === 'id.person.title-before-name') {
      const surface = text.slice(c.start, c.end);
      body ??= text.slice(line.end);
      const lower = surface.toLowerCase();
      if (
        !surface.includes(' ') &&
        isIndonesianWord(lower) &&
        !GIVEN_NAMES_ID.has(lower) &&
        !writtenIn(body, 0, surface)
      )
        return false;
      return !(lower !== surface && writtenIn(body, 0, lower) && !writtenIn(body, 0, surface));
    }
    // "Menkeu Sebut Defisit APBN …" over "defisit": a dictionary word after the headline's speech verb, that the body
    // writes in lower case and never capitalizes inside a sentence, is what was said about
    if (c.type === 'person' && firstRule(c) === 'id.person.speech-context') {
      const surface = text.slice(c.start, c.end);
      return surface.includes(' ') || !bodyWord(surface);
    }
    if (c.type !== 'person' || !WEAK_PERSON.test(firstRule(c))) return true;
    const surface = text.slice(c.start, c.end);
    const words = surface.split(/\s+/u);
    body ??= text.slice(line.end);
    // "… untuk Libur Nataru" over "Natal dan Tahun Baru (Nataru)": a word the body gives as a short form in
    // brackets and reads as no name is none in the headline either
    const glossedOnly = (w: string): boolean =>
      body!.includes(`(${w})`) &&
      !b.out.some((x) => x.start >= line.end && x.end - x.start === w.length && text.startsWith(w, x.start));
    if (words.length === 1 && glossedOnly(surface)) return false;
    // does the body write `w` in lower case and nowhere capitalized?
    const onlyAsWord = (w: string): boolean =>
      writtenIn(body!, 0, w.toLowerCase()) && !writtenIn(body!, 0, w);
    // (a given name alone may be someone's: "Bunga Hilang" over a story about Bunga; not when the body writes it
    // only as a word)
    if (words.length === 1 && GIVEN_NAMES_ID.has(words[0]!.toLowerCase())) return !onlyAsWord(surface);
    // (an office's short form is a word of the language too: "Kadis", "Kapolres")
    if (!words.every((w) => isIndonesianWord(w.toLowerCase()) || OFFICE_HEADS.has(w.toLowerCase()))) {
      // "Pertamina Naikkan Harga Pertamax Mulai …": the headline's everyday words around a name are no part of
      // it unless the body capitalizes them inside a sentence; what is left may be a thing the body named
      // ("Wisatawan Mancanegara ke Bali …" over "wisatawan mancanegara": a word the body writes in lower case is one)
      // (a given name too, when the body writes it only as a word: "BI Tahan Suku Bunga Acuan" over "suku bunga")
      const everyday = (w: string): boolean =>
        (isIndonesianWord(w.toLowerCase()) || (w.length >= 4 && writtenIn(body!, 0, w.toLowerCase()))) &&
        (!GIVEN_NAMES_ID.has(w.toLowerCase()) || onlyAsWord(w)) &&
        !writtenIn(body!, 0, w, true);
      if (words.every(everyday)) return false;
      let from = 0;
      let to = words.length;
      while (from < to - 1 && everyday(words[from]!)) from++;
      while (to - 1 > from && everyday(words[to - 1]!)) to--;
      if (from === 0 && to === words.length) return true;
      if (b.things?.has(foldKey(words.slice(from, to).join(' ')))) return false;
      if (to - from === 1 && glossedOnly(words[from]!)) return false;
      const at = [...surface.matchAll(/\S+/gu)];
      c.end = c.start + at[to - 1]!.index! + words[to - 1]!.length;
      c.start += at[from]!.index!;
      // ("Gempa Guncang Cianjur": what is left is the place the body names)
      const kept = text.slice(c.start, c.end);
      const key = foldKey(kept);
      const named = b.out.find(
        (x) =>
          x.start >= line.end &&
          (foldSpan(b, x.start, x.end) === key ||
            (x.type === 'place' && text.slice(x.start, x.end).endsWith(` ${kept}`))),
      );
      // ("… Hapus Sistem Zonasi PPDB": an acronym left alone that the body names as nothing is a term)
      if (!named && /^\p{Lu}{2,}$/u.test(kept)) return false;
      if (named && named.type !== c.type) readAsBodyName(c, named, kept);
      return true;
    }
    const lower = surface.toLowerCase();
    if (new RegExp(`(?<![\\p{L}])${lower.replace(/\s+/gu, '\\s+')}(?![\\p{L}])`, 'u').test(body))
      return false;
    // "Hakim Vonis Eks Kadis …": dictionary words of which the body capitalizes none inside a sentence, nor
    // writes a given name among them capitalized anywhere ("Polisi Cari Bunga" over "Bunga (7) hilang …")
    return (
      words.length === 1 ||
      words.some(
        (w) =>
          writtenIn(body!, 0, w, true) || (GIVEN_NAMES_ID.has(w.toLowerCase()) && writtenIn(body!, 0, w)),
      )
    );
  });
}

/** The first line of an article when it is a headline: one line without a full stop at its end, a body below. */
function headlineOf(b: Builder, doc: Doc): { start: number; end: number } | null {
  if (doc.paragraphs.length < 2) return null;
  const line = doc.paragraphs[0]!;
  const head = b.text.slice(line.start, line.end);
  return head.includes('\n') || /[.!?]["”’]?\s*$/u.test(head) ? null : line;
}

/**
 * "Bawaslu Soroti Mantan Napi Korupsi", "Gempa Guncang Cianjur": a title-case headline runs a name into the
 * verb and words after it. The body names its people and bodies again: a headline name of several words that
 * the body never writes, whose first or last words the body names, is cut to those words and takes their kind.
 */
function headlineNamesFromBody(b: Builder, doc: Doc): void {
  const line = headlineOf(b, doc);
  if (!line) return;
  const text = b.text;
  const inBody = new Map<string, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.start < line.end) continue;
    const k = text.slice(c.start, c.end);
    if (!inBody.has(k)) inBody.set(k, c);
  }
  if (inBody.size === 0) return;
  let firstWords: Map<string, EntityCandidate> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.end > line.end || (c.type !== 'person' && c.type !== 'organization')) continue;
    const surface = text.slice(c.start, c.end);
    if (inBody.has(surface)) continue;
    const words = [...surface.matchAll(/\S+/gu)];
    if (words.length < 2) continue;
    let keep: { start: number; end: number; from: EntityCandidate } | null = null;
    // the longest run of the first words, else of the last words, that the body names
    for (let n = words.length - 1; n >= 1 && !keep; n--) {
      const end = words[n - 1]!.index! + words[n - 1]![0].length;
      const from = inBody.get(surface.slice(0, end));
      if (from) keep = { start: c.start, end: c.start + end, from };
    }
    for (let n = 1; n < words.length && !keep; n++) {
      const start = words[n]!.index!;
      const from = inBody.get(surface.slice(start));
      if (from) keep = { start: c.start + start, end: c.end, from };
    }
    // ("Anies dan Muhaimin Hadiri Debat …" over "Muhaimin Iskandar": the first word alone opens or closes one
    // person's full name in the body)
    if (!keep && c.type === 'person') {
      const first = words[0]![0];
      firstWords ??= bodyNameEnds(inBody);
      const from = firstWords.get(first);
      if (from) keep = { start: c.start, end: c.start + first.length, from };
    }
    // ("Kirimin Raih …" over "Kirimin": another candidate there already says what the words are)
    if (!keep || b.out.some((x) => x !== c && x.start === keep.start && x.end === keep.end)) continue;
    // the words cut away must be no name the body writes (they are the headline's verb and its object),
    // unless the body names them apart ("Timnas Indonesia Tahan Imbang Australia": Australia, a place)
    const cutWords: string[] = [];
    for (const m of (
      surface.slice(0, keep.start - c.start) +
      ' ' +
      surface.slice(keep.end - c.start)
    ).matchAll(/\S+/gu))
      cutWords.push(m[0]);
    const apart = (w: string): boolean =>
      inBody.get(w)?.type === 'place' || inBody.get(w)?.type === 'organization';
    // ("Startup Agritech eFishery Pecat …": an everyday word the body capitalizes inside a longer name is still one)
    const word = (w: string): boolean =>
      (isIndonesianWord(w.toLowerCase()) || isEnglishWord(w.toLowerCase())) &&
      !GIVEN_NAMES_ID.has(w.toLowerCase()) &&
      !isPersonName(w) &&
      !inBody.has(w);
    if (cutWords.some((w) => writtenIn(text, line.end, w) && !apart(w) && !word(w))) continue;
    if (cutWords.every(apart)) continue;
    for (const m of surface.matchAll(/\S+/gu)) {
      const at = c.start + m.index!;
      const from = at >= keep.start && at < keep.end ? undefined : apart(m[0]) ? inBody.get(m[0]) : undefined;
      if (!from) continue;
      const named = candidate(from.type, at, at + m[0].length, [
        { rule: 'id.doc.headline-body', evidence: m[0] },
      ]);
      named.canonical = from.canonical;
      named.country = from.country;
      named.placeKind = from.placeKind;
      b.out.push(named);
    }
    c.start = keep.start;
    c.end = keep.end;
    readAsBodyName(c, keep.from, text.slice(keep.start, keep.end));
  }
}

/** A headline's name (`c`, its words `evidence`) takes the kind of the body's name `from` it stands for. */
function readAsBodyName(c: EntityCandidate, from: EntityCandidate, evidence: string): void {
  c.type = from.type;
  c.canonical = from.canonical;
  c.country = from.country;
  c.placeKind = from.placeKind;
  c.titles = undefined;
  c.explain.push({ rule: 'id.doc.headline-body', evidence });
}

/**
 * "Nasib Proyek Ibu Kota Nusantara" over "Ibu Kota Nusantara (IKN)": a headline name that ends a longer name of the
 * body, after the very words the body's name opens with, is that name (what the headline read before it was no
 * entity).
 */
function headlineNamesGrownFromBody(b: Builder, doc: Doc): void {
  const line = headlineOf(b, doc);
  if (!line) return;
  const text = b.text;
  // the body's names of two words or more, by their last word
  let byLast: Map<string, EntityCandidate[]> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.start < line.end) continue;
    const surface = text.slice(c.start, c.end);
    const space = surface.lastIndexOf(' ');
    if (space < 0) continue;
    byLast ??= new Map();
    const last = surface.slice(space + 1);
    const list = byLast.get(last);
    if (list) list.push(c);
    else byLast.set(last, [c]);
  }
  if (!byLast) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.end > line.end) continue;
    const surface = text.slice(c.start, c.end);
    const last = surface.slice(surface.lastIndexOf(' ') + 1);
    for (const n of byLast.get(last) ?? []) {
      const long = text.slice(n.start, n.end);
      if (long.length <= surface.length || !long.endsWith(` ${surface}`)) continue;
      const from = c.start - (long.length - surface.length);
      if (from < line.start || text.slice(from, c.end) !== long) continue;
      // (no other name stands in the words taken, and no office ends in them: "Wali Kota Bogor" is Bogor's mayor)
      if (b.out.some((x) => x !== c && x.start < c.start && x.end > from)) continue;
      const k = tokenIndex(b).get(from);
      if (k === undefined || (k > 0 && isTitleHead(b.t[k - 1]!))) continue;
      c.start = from;
      readAsBodyName(c, n, long);
      break;
    }
  }
}

/**
 * The first and the last word of each person's name of two words or more in the body, when it opens or closes only
 * one such name.
 */
function bodyNameEnds(inBody: ReadonlyMap<string, EntityCandidate>): Map<string, EntityCandidate> {
  const out = new Map<string, EntityCandidate>();
  const many = new Set<string>();
  for (const [surface, c] of inBody) {
    const space = surface.indexOf(' ');
    if (c.type !== 'person' || space < 0) continue;
    // (its first word, or its last, the surname a headline gives alone: "Kluivert Puji …" over "Patrick Kluivert")
    for (const end of [surface.slice(0, space), surface.slice(surface.lastIndexOf(' ') + 1)]) {
      if (out.has(end) && out.get(end) !== c) many.add(end);
      else out.set(end, c);
    }
  }
  for (const w of many) out.delete(w);
  return out;
}

/**
 * Is `w` written, as a whole word and in this case, in the text from `from` on? With `inSentence`, only where
 * no sentence or line opens (a capital the sentence start does not explain).
 */
/**
 * Does `text` write the name `w` whole somewhere before offset `before`: not inside a word, and not running on into a
 * capitalized word?
 */
function writtenWhole(text: string, w: string, before = text.length): boolean {
  for (let i = text.indexOf(w); i >= 0 && i < before; i = text.indexOf(w, i + 1)) {
    if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + w.length] ?? '')) continue;
    if (!/^\s+\p{Lu}/u.test(text.slice(i + w.length, i + w.length + 3))) return true;
  }
  return false;
}

function writtenIn(text: string, from: number, w: string, inSentence = false): boolean {
  const letter = /\p{L}/u;
  for (let i = text.indexOf(w, from); i >= 0; i = text.indexOf(w, i + 1)) {
    if (letter.test(text[i - 1] ?? '') || letter.test(text[i + w.length] ?? '')) continue;
    if (!inSentence) return true;
    const before = /\S(?=\s*$)/u.exec(text.slice(Math.max(0, i - 8), i))?.[0];
    if (before !== undefined && !/[.!?"“”'‘’\n(]/u.test(before)) return true;
  }
  return false;
}

/** A set of token indices, as flags. */
class TokenSet {
  private readonly flags: Uint8Array;
  constructor(n: number) {
    this.flags = zeroBytes(n);
  }
  add(k: number): void {
    this.flags[k] = 1;
  }
  has(k: number): boolean {
    return this.flags[k] === 1;
  }
}

/** Token indices covered by the candidates that pass `keep`. */
function coveredTokens(b: Builder, keep: (c: EntityCandidate) => boolean): TokenSet {
  const startIndex = tokenIndex(b);
  const out = new TokenSet(b.t.length);
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (!keep(c)) continue;
    let k = startIndex.get(c.start);
    if (k === undefined) continue;
    while (k < b.t.length && b.t[k]!.end <= c.end) out.add(k++);
  }
  return out;
}

/** "pemimpin Korea Utara Kim Jong Un": a lowercase office word before a place or organization and a name. */
function lowercaseTitles(b: Builder): void {
  const index = tokenIndex(b);
  const covered = coveredTokens(b, (c) => c.type !== 'person');
  const covering = (k: number): boolean => covered.has(k);
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || (c.titles?.length ?? 0) > 0) continue;
    const k0 = index.get(c.start);
    if (k0 === undefined) continue;
    let k = k0 - 1;
    // ("juru bicara Kementerian Luar Negeri (Kemlu) RI Rolliansyah": a short form in brackets between the words)
    const bracketed = (j: number): boolean =>
      b.t[j]!.text === ')' && b.t[j - 2]?.text === '(' && covering(j - 1) && covering(j - 3);
    let crossed = false;
    while (k >= 0 && (covering(k) || bracketed(k))) {
      crossed ||= !covering(k);
      k -= covering(k) ? 1 : 3;
    }
    if (k < 0 || k === k0 - 1) continue;
    // "juru bicara KPK Tessa", "wakil ketua umum Partai X Budi": complements written in lower case lead back to the head
    const officeWord = (x: Tok): boolean => OFFICE_HEADS.has(x.lower) || RANKS.has(x.lower);
    const titleWord = (x: Tok): boolean => officeWord(x) || COMPLEMENTS.has(x.lower);
    // (over a bracket, the word before the body is the office's: "Wali kota meresmikan RSUD (…) …" has none)
    if (crossed && !titleWord(b.t[k]!) && b.t[k]!.lower !== 'dari') continue;
    let h = k;
    while (
      h > 0 &&
      h > k - 4 &&
      !b.t[h]!.cap &&
      titleWord(b.t[h - 1]!) &&
      (!b.t[h - 1]!.cap || b.t[h - 1]!.initial)
    )
      h--;
    while (h < k && !officeWord(b.t[h]!)) h++;
    const head = b.t[h]!;
    if ((head.cap && (h === k || !head.initial)) || !officeWord(head)) continue;
    // (the short form in brackets is no part of the office, as in a capitalized one)
    c.titles = [b.text.slice(head.start, b.t[k0 - 1]!.end).replace(/ \([^()]*\)/gu, '')];
  }
}

/**
 * "MTV Indonesia", "AirNav Indonesia", "Sony BMG Indonesia": a body followed at once by a one-word country (and
 * no further capital) is its branch or national body there, one organization. ("Bank Indonesia" is a name of
 * its own; "Kantor … Bank" before a country is no branch.)
 */
function countryBranches(b: Builder): void {
  const t = b.t;
  const index = tokenIndex(b);
  const drop = new Set<EntityCandidate>();
  const byStart = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'place') byStart.set(c.start, c);
  }
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization' || b.text[c.end] !== ' ') continue;
    const place = byStart.get(c.end + 1);
    // ("Honda Team Asia", "Samsung Eropa": a continent names a regional branch too)
    const continent = place !== undefined && CONTINENTS.has(foldKey(b.text.slice(place.start, place.end)));
    if (place === undefined || ((place.country === null || place.placeKind !== 'country') && !continent))
      continue;
    const k = index.get(place.start);
    if (k === undefined || t[k]!.end !== place.end || t[k + 1]?.cap) continue;
    const last = t[k - 1]!;
    if (last.lower === 'bank' || isOrgHead(last) || OFFICE_HEADS.has(last.lower)) continue;
    // ("Mahkamah Konstitusi Madagaskar", "Tim Bulutangkis Indonesia": a body named in everyday words belongs to
    // the country after it, which stays a place)
    const first = index.get(c.start);
    if (first === undefined || everyTok(t, isOrgHead(t[first]!) ? first + 1 : first, k, isEverydayToken))
      continue;
    // ("Kemenlu China": a short form's long name before the country, "Kementerian Luar Negeri China")
    const short = c.canonical !== undefined && c.canonical !== b.text.slice(c.start, c.end);
    c.canonical = short ? `${c.canonical} ${b.text.slice(place.start, place.end)}` : undefined;
    c.end = place.end;
    c.explain.push({ rule: 'id.org.country-branch', evidence: b.text.slice(c.start, c.end) });
    drop.add(place);
  }
  if (drop.size > 0) b.out = b.out.filter((c) => !drop.has(c));
}

/** Continents, in Indonesian and English, that a body's regional branch is named after. */
const CONTINENTS = new Set([
  'asia',
  'eropa',
  'europe',
  'afrika',
  'africa',
  'amerika',
  'america',
  'oseania',
  'oceania',
]);

/** Tails of media and music companies ("Fuji TV", "Sony Music"): alone they name a medium, not the body. */
const MEDIA_TAILS = new Set(['tv', 'music', 'productions', 'calcio']);

/** "City" after "Manchester City", "United" after "Bali United": a club's short form. */
function orgShortForms(b: Builder): void {
  const tails = new Map<string, string>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization') continue;
    const words = b.text.slice(c.start, c.end).split(' ');
    const last = words[words.length - 1]!;
    if (
      words.length > 1 &&
      ORG_TAILS.has(last.toLowerCase()) &&
      !MEDIA_TAILS.has(last.toLowerCase()) &&
      isCapitalized(last)
    )
      tails.set(last, c.canonical ?? b.text.slice(c.start, c.end));
  }
  if (tails.size === 0) return;
  const covered = coveredTokens(b, () => true);
  // the short forms are capitalized words
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    const w = b.t[k]!;
    const full = tails.get(w.text);
    if (!full || covered.has(k) || b.t[k + 1]?.cap || (k > 0 && b.t[k - 1]!.cap)) continue;
    emit(b, 'organization', k, k + 1, 'id.org.short-form', { expands: full });
  }
}

/**
 * "Dedi Mulyadi-Erwan Setiawan": two running mates' names joined by a hyphen without spaces are two
 * people, when each side keeps a word of its own ("Jean-Pierre Dupont", "Chang Ho-jin" stay one).
 */
function namePairs(b: Builder): void {
  const added: EntityCandidate[] = [];
  // (both patterns hold a hyphen: a name without one is cut from the text and tried for nothing)
  const hyphened = b.out.filter((c) => c.type === 'person' && unitBetween(b.text, c.start, c.end, HYPHEN));
  hyphened.sort((x, y) => x.start - y.start);
  // where the last pair read ends: "A-B, C-D, serta E-F" lists pairs, each one after the first is cued by it
  let pairEnd = -1;
  // (does the document speak of running pairs: "pasangan", "paslon", "duet"?)
  const pairsDoc = hyphened.length > 1 && PAIR_WORD_IN_TEXT.test(b.text);
  for (const c of hyphened) {
    const surface = b.text.slice(c.start, c.end);
    // ("pasangan Ridwan Kamil-Suswono": after a word for a running pair, the mate may have one name)
    // ("Pramono Anung-Rano Karno … mengungguli Ridwan Kamil-Suswono": so after a pair read before, in a document
    // about running pairs)
    const cued =
      PAIR_CUE_BEFORE.test(b.text.slice(Math.max(0, c.start - 48), c.start)) ||
      (pairEnd >= 0 && c.start > pairEnd && PAIR_LIST_GAP.test(b.text.slice(pairEnd, c.start))) ||
      (pairEnd >= 0 && pairsDoc);
    const m =
      PAIRED_NAMES.exec(surface) ??
      (cued ? (PAIRED_WITH_ONE_NAME.exec(surface) ?? ONE_NAME_PAIRED.exec(surface)) : null);
    if (!m) continue;
    pairEnd = c.end;
    const cut = c.start + m[1]!.length;
    // ("Tri Rismaharini-KH Zahrul Azhar": the running mate's honorific is a title, not a word of the name)
    const honorific = m[2] ? m[2].length + 1 : 0;
    const mate = candidate('person', cut + 1 + honorific, c.end, [
      { rule: 'id.person.name-pair', evidence: surface },
    ]);
    if (m[2]) mate.titles = [m[2]];
    added.push(mate);
    c.end = cut;
  }
  b.out.push(...added);
}
/** Words for a running pair: the names after them, joined by a hyphen, are two people. */
const PAIR_WORDS = new Set(['pasangan', 'paslon', 'duet']);
/** "Name Name-Name": a full name, then one name after the hyphen (see PAIR_CUE_BEFORE). */
const PAIRED_WITH_ONE_NAME =
  /^(\p{Lu}[\p{L}'’.]{0,30}(?: \p{Lu}[\p{L}'’.]{0,30}){1,4})-(?:(KH|H|Hj)\.? )?\p{Lu}\p{Ll}{2,}$/u;
/** "Rasiyo-Lucy Kurniasari": one name, then the mate's full name after the hyphen (see PAIR_CUE_BEFORE). */
const ONE_NAME_PAIRED =
  /^(\p{Lu}\p{Ll}{2,})-(?:(KH|H|Hj)\.? )?\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’.]{0,30}){1,3}$/u;
/**
 * A running pair named before the names: "pasangan", "paslon", "pasangan calon nomor urut 3", a ballot number
 * alone, and "adalah" or "yakni" after them ("Pasangan nomor urut 1 adalah …", "nomor urut 2 adalah …").
 */
const PAIR_CUE_BEFORE = new RegExp(
  `(?:^|\\s)(?:(?:${[...PAIR_WORDS].join('|')})(?: calon)?(?: nomor urut \\d+)?|nomor urut \\d+)(?: (?:tersebut|itu|ini))?(?: (?:adalah|yakni|yaitu|ialah))?\\s+$`,
  'iu',
);
/** A word for a running pair anywhere in a text. */
const PAIR_WORD_IN_TEXT = new RegExp(`(?<![\\p{L}])(?:${[...PAIR_WORDS].join('|')})(?![\\p{L}])`, 'iu');
/** Between two items of a list of running pairs: a comma, "dan" or "serta" ("A-B, C-D, serta E-F"). */
const PAIR_LIST_GAP = /^(?:,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)$/u;
/** Words of a name, "Name-Name", then more of the second name: the hyphen between two people. */
const PAIRED_NAMES =
  /^(\p{Lu}[\p{L}'’.]{0,30}(?: \p{Lu}[\p{L}'’.]{0,30}){1,4})-(?:(KH|H|Hj)\.? )?\p{Lu}\p{Ll}+ \p{Lu}/u;

/**
 * Is [start, end) inside one of `spans` ([from, to] pairs: from <= start and end <= to)? One binary search
 * per question over the spans by start, with the furthest end reached so far (not a scan of them all).
 */
function insideSomeSpan(spans: readonly [number, number][]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const froms = sorted.map((x) => x[0]);
  const reach: number[] = [];
  for (const [, to] of sorted) reach.push(Math.max(to, reach[reach.length - 1] ?? -Infinity));
  return (start, end) => {
    // the last span that starts at or before `start`
    let lo = 0;
    let hi = froms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (froms[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= end;
  };
}

/**
 * The first of `longOrgs` (bodies of two or three words, `at` their first indexes) that, with a space
 * after it, opens `surface` (its first space at `s1`): as `longOrgs.find((o) => surface.startsWith(o + ' '))`
 * (such a body holds one or two spaces: the name up to its 2nd or 3rd space is it).
 */
function firstLongOrg(
  surface: string,
  s1: number,
  at: ReadonlyMap<string, number>,
  longOrgs: readonly string[],
): string | undefined {
  if (s1 < 0) return undefined;
  const s2 = surface.indexOf(' ', s1 + 1);
  if (s2 < 0) return undefined;
  const k2 = at.get(surface.slice(0, s2));
  const s3 = surface.indexOf(' ', s2 + 1);
  const k3 = s3 < 0 ? undefined : at.get(surface.slice(0, s3));
  const k = k2 === undefined ? k3 : k3 === undefined ? k2 : Math.min(k2, k3);
  return k === undefined ? undefined : longOrgs[k];
}

/**
 * "Pusat Prestasi Nasional (Puspresnas)" … "Kepala Puspresnas Maria Veronica …": a person whose name
 * opens with a one-word organization the document names elsewhere is the organization's official; the
 * organization joins the person's title.
 */
function orgLedNames(b: Builder): void {
  const orgs = new Set<string>();
  // ("gitaris Padi Reborn Piyu" after "band Padi Reborn": a body of two or three words leads a name of one)
  const longOrgs: string[] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization') continue;
    const surface = b.text.slice(c.start, c.end);
    const words = surface.split(' ').length;
    if (words === 1) orgs.add(surface);
    else if (words <= 3 && /^(?:\p{Lu}[\p{L}\d'’-]*(?: |$))+$/u.test(surface)) longOrgs.push(surface);
  }
  if (orgs.size === 0 && longOrgs.length === 0) return;
  // (the bodies of two or three words by their text, at their first index: see firstLongOrg)
  const longAt = new Map<string, number>();
  longOrgs.forEach((o, k) => {
    if (!longAt.has(o)) longAt.set(o, k);
  });
  const added: EntityCandidate[] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person') continue;
    const surface = b.text.slice(c.start, c.end);
    let space = surface.indexOf(' ');
    const long = longAt.size ? firstLongOrg(surface, space, longAt, longOrgs) : undefined;
    if (long !== undefined) space = long.length;
    // the rest is a name of two words or more
    else if (space < 0 || !surface.includes(' ', space + 1) || !orgs.has(surface.slice(0, space))) continue;
    const org = candidate('organization', c.start, c.start + space, [
      { rule: 'id.org.office-body', evidence: surface },
    ]);
    added.push(org);
    const title = c.titles?.length
      ? `${c.titles[c.titles.length - 1]} ${surface.slice(0, space)}`
      : undefined;
    if (title !== undefined) c.titles = [...c.titles!.slice(0, -1), title];
    c.start += space + 1;
  }
  b.out.push(...added);
}

/** Sentence-initial words skipped as everyday words come back when the document names a person so. */
function recoverInitials(b: Builder): void {
  const names = new Set<string>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person') continue;
    const words = foldSpan(b, c.start, c.end).split(' ');
    // (the "Anak" of the Balinese style "Anak Agung" is a child anywhere else)
    if (words.length > 1) for (const w of words) if (w !== 'anak') names.add(w);
  }
  if (names.size === 0) return;
  const covered = coveredTokens(b, () => true);
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const i = xs[xi]!;
    const w = b.t[i]!;
    if (w.caps || covered.has(i) || !names.has(foldTok(b, i))) continue;
    // a word of a full name the document gave: at a sentence start, or standing alone after a place or organization
    const prev = b.t[i - 1];
    const alone = !b.t[i + 1]?.cap && (prev === undefined || !prev.cap || covered.has(i - 1));
    if (!w.initial && !alone) continue;
    if (COMMON_WORDS.has(w.lower) || isTitleHead(w)) continue;
    // ("3 Jan 2024" after "Jan Koller": a month beside a number is a date)
    if (isNonName(w) && (/^\p{N}/u.test(prev?.text ?? '') || /^\p{N}/u.test(b.t[i + 1]?.text ?? '')))
      continue;
    // ("Selama Ramadhan, …" after "Ramadhan Sananta": the holy month alone is the month, unless someone speaks)
    if (isNonName(w) && !SPEECH_BEFORE.has(prev?.lower ?? '') && !SPEECH_AFTER.test(b.t[i + 1]?.lower ?? ''))
      continue;
    // ("… Ruang guru, Ruang BK …": a longer everyday word standing alone mid-sentence stays a word; short
    // ones may be names too: "Kim", "Tom")
    if (!w.initial && w.lower.length >= 5 && isEverydayToken(w) && !GIVEN_NAMES_ID.has(w.lower)) continue;
    emit(b, 'person', i, i + 1, 'id.doc.partial-name');
  }
}

/** "Kim Jong Un Vladimir Putin": a run of capitalized words that holds names the document already gave apart. */
function splitKnownNames(b: Builder): void {
  const names = new Map<string, number>();
  // ("Perusahaan rintisan …, Eden Farm, …": a surface a cue made a body's is no person's name to split by)
  const bodies = new Set<string>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'organization' && !weakRule(firstRule(c))) bodies.add(foldSpan(b, c.start, c.end));
    if (c.type !== 'person') continue;
    const key = foldSpan(b, c.start, c.end);
    if (key.includes(' ')) names.set(key, (names.get(key) ?? 0) + 1);
  }
  for (const key of bodies) names.delete(key);
  // (a run is split by a known name other than its own: with fewer than two, none is)
  if (names.size < 2) return;
  const added: EntityCandidate[] = [];
  const known = [...names.keys()];
  // the words of the one-word people the document names (gathered when first asked)
  let personWords: Set<string> | undefined;
  const namesPerson = (w: string): boolean => {
    if (personWords === undefined) {
      personWords = new Set();
      for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
        const c = cs[ci]!;
        if (c.type === 'person' && !spaceBetween(b.text, c.start, c.end))
          personWords.add(foldSpan(b, c.start, c.end));
      }
    }
    return personWords.has(w);
  };
  // (each name between spaces, as it is looked for in a region between spaces)
  const spaced = known.map((name) => ` ${name} `);
  // (where the first line, a headline, ends)
  const lineEnd = b.text.indexOf('\n');
  b.out = b.out.filter((c) => {
    if (c.type !== 'person') return true;
    const key = foldSpan(b, c.start, c.end);
    // (three words or more: two spaces)
    if (key.indexOf(' ', key.indexOf(' ') + 1) < 0) return true;
    const surface = b.text.slice(c.start, c.end);
    // look a few capitalized words to the left too: a skipped sentence-initial word may open a known name
    let from = c.start;
    const left = /(?:\p{Lu}[\p{L}'-]* )+$/u.exec(b.text.slice(Math.max(0, c.start - 40), c.start));
    if (left) from = c.start - left[0].length;
    const region = b.text.slice(from, c.end);
    const folded = foldKey(region);
    if (folded.length !== region.length) return true;
    const parts: EntityCandidate[] = [];
    const within = ` ${folded} `;
    for (let n = 0; n < known.length; n++) {
      const name = known[n]!;
      if (name === key) continue;
      const at = within.indexOf(spaced[n]!);
      if (at < 0 || from + at + name.length <= c.start) continue;
      parts.push(
        candidate('person', from + at, from + at + name.length, [
          { rule: 'id.doc.known-name', evidence: surface },
        ]),
      );
    }
    if (parts.length === 0) return true;
    // "Sri Mulyani Indrawati" … "Sri Mulyani", "Ade Ary Syam Indradi" … "Ade Ary": one known name opening the run
    // with one or two words after it that no known name holds is the full name of that person, not a short name
    // and strays
    // ("Kim Jong Un Vladimir Putin" … "Putin": a word of the rest that names a person elsewhere opens a second name)
    if (parts.length === 1 && parts[0]!.start === c.start) {
      const rest = foldSpan(b, parts[0]!.end + 1, c.end).split(' ');
      if (rest.length <= 2 && !rest.some(namesPerson)) return true;
    }
    // ("Ronald Tannur" in a headline … "terdakwa Gregorius Ronald Tannur": so is one known name closing the run after
    // a name word no dictionary holds, when the only other place that names it is the headline, the first line)
    // (the text is searched last, after the cheap conditions)
    if (parts.length === 1 && parts[0]!.end === c.end && parts[0]!.start > c.start && lineEnd > 0) {
      const rest = foldSpan(b, c.start, parts[0]!.start - 1);
      const first = tokenIndex(b).get(c.start);
      if (!rest.includes(' ') && first !== undefined && !isEverydayToken(b.t[first]!) && !namesPerson(rest)) {
        const name = b.text.slice(parts[0]!.start, parts[0]!.end);
        if (b.text.indexOf(name) < lineEnd && b.text.indexOf(name, lineEnd) === parts[0]!.start) return true;
      }
    }
    added.push(...parts);
    return false;
  });
  b.out.push(...added);
}

/** Words of a match ("laga", "klasemen", "penalti" …), each a whole word: no letter after (lbTester checks before). */
const SPORTS_CUE_WORDS =
  /(laga|klub|pertandingan|gol|liga|klasemen|tandang|kandang|menjamu|dijamu|striker|gelandang|kiper|bek|pelatih|skuad|penalti|sepak ?bola|serie a|premier league|bundesliga|la liga|liga champions|imbang|derbi|derby)(?![\p{L}])/iu;
const SCORE_AFTER = /^\s*(\(|\d+\s*-\s*\d+)/u;
/** Does a text hold a word of a match (SPORTS_CUE_WORDS after no letter)? */
const hasSportsCue = lbTester(SPORTS_CUE_WORDS.source, 'iu', letterBefore);

/** Is there a space (U+0020) in text between two offsets? */
function spaceBetween(text: string, from: number, to: number): boolean {
  return unitBetween(text, from, to, 32);
}
/** The hyphen-minus, U+002D. */
const HYPHEN = 45;
/** Is there the code unit `code` in text between two offsets? */
function unitBetween(text: string, from: number, to: number, code: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** The short forms by which football news names a club ("City", "United", "Real"). */
const CLUB_SHORT_FORMS = new WordSet([
  'City',
  'United',
  'Real',
  'Atletico',
  'Inter',
  'Villa',
  'Forest',
  'Palace',
  'Hotspur',
]);
/**
 * "City membawa pulang hasil seri", "kiper City, Joe Hart": in a sentence about a match, a club's short form
 * standing alone is the club.
 */
function clubShortForms(b: Builder): void {
  let covered: TokenSet | null = null;
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    const w = b.t[k]!;
    if (
      !CLUB_SHORT_FORMS.has(w.text) ||
      b.t[k + 1]?.cap ||
      (k > 0 && b.t[k - 1]!.cap && !b.t[k - 1]!.initial)
    )
      continue;
    covered ??= coveredTokens(b, () => true);
    if (covered.has(k)) continue;
    if (sportsSentence(b, w.start)) emit(b, 'organization', k, k + 1, 'id.org.club-short-form');
  }
}

// ("Borneo FC Samarinda": the club's town may follow its tail)
const CLUB_TAIL_NAME = /^(\p{Lu}\p{Ll}+) (FC|United)(?: \p{Lu}\p{Ll}+)?$/u;

/**
 * "Persis Solo … pelatih Persis Ong Kim Swee": the first word of a club the document named in full, opening the
 * name after a lower-case office word, is the club the office serves; the name after it is the holder's.
 */
function clubWordBeforeHolder(b: Builder): void {
  let clubs: Map<string, EntityCandidate> | undefined;
  let index: StartIndex | undefined;
  const text = b.text;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || c.canonical || firstRule(c) !== 'id.person.lowercase-title') continue;
    if (clubs === undefined) {
      clubs = new Map();
      for (const o of b.out) {
        if (o.type !== 'organization' || firstRule(o) !== 'id.org.lexicon') continue;
        const name = text.slice(o.start, o.end);
        if (!CLUB_NAMES.has(o.canonical ?? name)) continue;
        const space = name.indexOf(' ');
        if (space > 2 && !clubs.has(name.slice(0, space))) clubs.set(name.slice(0, space), o);
      }
    }
    if (clubs.size === 0) return;
    index ??= tokenIndex(b);
    const s = index.get(c.start);
    if (s === undefined) continue;
    const club = clubs.get(b.t[s]!.text);
    const e = tokensTo(b, s, c.end);
    if (club === undefined || e - s < 2 || !sportsSentence(b, c.start)) continue;
    emit(b, 'organization', s, s + 1, 'id.org.club-short-form', {
      canonical: text.slice(club.start, club.end),
    });
    const office = c.titles?.[0];
    c.titles = [office === undefined ? b.t[s]!.text : `${office} ${b.t[s]!.text}`];
    c.start = b.t[s + 1]!.start;
    c.explain.push({ rule: 'id.person.title-before-name', evidence: text.slice(c.start, c.end) });
  }
}

/**
 * "Borneo FC … Borneo menyamakan kedudukan": once a club is named with its tail, its first word alone in a
 * sentence about a match (not after "di"/"ke") is the club again.
 */
function clubFirstWords(b: Builder, doc: Doc): void {
  const clubs = new Map<string, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization') continue;
    const m = CLUB_TAIL_NAME.exec(b.text.slice(c.start, c.end));
    if (m && !clubs.has(m[1]!)) clubs.set(m[1]!, c);
  }
  if (clubs.size === 0) return;
  const cues = new Map<{ start: number; end: number }, boolean>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'organization') continue;
    const club = clubs.get(b.text.slice(c.start, c.end));
    if (!club || c.start < club.end || c.explain[0]?.rule === 'id.place.locative-cue') continue;
    if (/(^|\s)(di|ke|dari|asal)\s$/iu.test(b.text.slice(Math.max(0, c.start - 6), c.start))) continue;
    const sent = spanAt(doc.sentences, c.start);
    if (!sent) continue;
    // (the sentence or the one before it speaks of a match)
    let sports = cues.get(sent);
    if (sports === undefined) {
      sports = hasSportsCue(b.text.slice(Math.max(0, sent.start - 300), sent.end));
      cues.set(sent, sports);
    }
    if (!sports) continue;
    c.type = 'organization';
    c.canonical = b.text.slice(club.start, club.end);
    c.country = undefined;
    c.placeKind = undefined;
    c.titles = undefined;
    c.explain.push({ rule: 'id.org.club-short-form', evidence: c.canonical });
  }
}

/** A word before a town that makes it the town, even in a match report: "di Leicester", "asal Napoli". */
const TOWN_CUE_BEFORE = /(^|\s)(di|ke|dari|asal|kota|tinggal|lahir)\s+$/u;

/**
 * "Leicester menang 2-0 … Leicester sudah sangat konsisten": a town the document reads as a club (in a sentence
 * about a match, or after a player's post) is the club at its other one-word mentions too, save where a word before
 * it makes it the town ("di Leicester", "asal Leicester") or it opens a dateline.
 */
function clubTownsElsewhere(b: Builder): void {
  let clubs: Set<string> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization' || !c.explain.some((x) => x.rule === 'id.org.sports-team')) continue;
    clubs ??= new Set();
    clubs.add(b.text.slice(c.start, c.end));
  }
  if (!clubs) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'place' && !(c.type === 'person' && WEAK_PERSON.test(firstRule(c)))) continue;
    const surface = b.text.slice(c.start, c.end);
    if (!clubs.has(surface)) continue;
    if (TOWN_CUE_BEFORE.test(b.text.slice(Math.max(0, c.start - 12), c.start).toLowerCase())) continue;
    if (/^\s+[-–—]\s/u.test(b.text.slice(c.end, c.end + 4))) continue;
    c.titles = undefined;
    retype(c, 'organization', 'id.org.sports-team', surface);
  }
}

/** In a sentence about a match, a city without "di"/"ke" before it is the club ("Torino menjamu Genoa"). */
function sportsTeams(b: Builder, doc: Doc): void {
  // ("Jorge Martin … membuat Martin memperlebar keunggulan": a word of a full name the document gives is that
  // person, even when a town abroad is called so)
  let nameWords: Set<string> | undefined;
  // (whether a sentence speaks of a match is asked only for the sentences of possible clubs)
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    // only a weak one-word person, or a place before a score, can turn out a club
    let weakPerson = false;
    if (c.type === 'person') {
      weakPerson = WEAK_PERSON.test(firstRule(c)) && !spaceBetween(b.text, c.start, c.end);
      if (!weakPerson) continue;
    } else if (c.type !== 'place') continue;
    const score = SCORE_AFTER.test(b.text.slice(c.end, c.end + 12));
    // ("Napoli menelan kekalahan", "kemenangan atas Verona", "bek Leicester": a word of the match around it)
    const team = !weakPerson && !score && teamCueAround(b, c);
    if (!weakPerson && !score && !team) continue;
    const sent = spanAt(doc.sentences, c.start);
    // (a word of the match around a club is enough in a match report, and a player's post before it anywhere:
    // "pemain Leicester yang sukses …")
    if (
      !sent ||
      c.end > sent.end ||
      !(sportsIn(b, sent) || ((team || score) && sportsDocument(b)) || (team && postBefore(b, c)))
    )
      continue;
    const surface = b.text.slice(c.start, c.end);
    const before = b.text.slice(Math.max(sent.start, c.start - 12), c.start).toLowerCase();
    if (TOWN_CUE_BEFORE.test(before)) continue;
    // a dateline ("LONDON - …") or the first word of a longer name ("Paris Saint-Germain")
    const after = b.text.slice(c.end, c.end + 4);
    if (/^\s+[-–—]\s/u.test(after) || /^\s*\p{Lu}/u.test(after) || /^-\p{Lu}/u.test(after)) continue;
    const info = lookupPlace(surface);
    const city = info !== null && info.kind === 'city' && info.country !== 'ID';
    if (weakPerson && !score) {
      nameWords ??= new Set(
        b.out
          .filter((x) => x.type === 'person' && spaceBetween(b.text, x.start, x.end))
          .flatMap((x) => b.text.slice(x.start, x.end).split(/\s+/u)),
      );
      if (nameWords.has(surface)) continue;
    }
    if ((c.type === 'place' && city && (score || team)) || (weakPerson && (city || score))) {
      retype(c, 'organization', 'id.org.sports-team', surface);
    }
  }
}

/**
 * The word right before the one-word candidate c when it is in lower case or opens its sentence (a cue, no part of a
 * name), else undefined.
 */
function cueWordBefore(b: Builder, c: EntityCandidate): Tok | undefined {
  const k = tokenIndex(b).get(c.start);
  if (k === undefined || b.t[k]!.end !== c.end) return undefined;
  const prev = b.t[k - 1];
  return prev !== undefined && (!prev.cap || prev.initial) ? prev : undefined;
}

/** The word before a one-word place is a player's or a coach's post ("pemain Leicester", "Bek Roma"). */
const postBefore = (b: Builder, c: EntityCandidate): boolean =>
  SPORTS_POSITIONS.has(cueWordBefore(b, c)?.lower ?? '');

const TEAM_VERB_ADVERBS = new WordSet([
  'mampu',
  'berhasil',
  'sukses',
  'gagal',
  'akan',
  'bakal',
  'sudah',
  'telah',
  'harus',
  'kembali',
  'masih',
  'sempat',
  'cuma',
  'hanya',
  'tak',
  'tidak',
  'belum',
  'justru',
  'malah',
  'pun',
]);
/** The word before a one-word place or the word after it is one of a match (TEAM_CUES_BEFORE, TEAM_VERBS_AFTER). */
function teamCueAround(b: Builder, c: EntityCandidate): boolean {
  const t = b.t;
  const k = tokenIndex(b).get(c.start);
  if (k === undefined || t[k]!.end !== c.end) return false;
  // ("Napoli mampu memetik kemenangan": a modal or an adverb may come between the club and its verb)
  // (no read past the tokens' end: an out-of-bounds read deoptimizes)
  let n = k + 1;
  if (n < t.length && TEAM_VERB_ADVERBS.has(t[n]!.lower)) n++;
  const next = n < t.length ? t[n] : undefined;
  return (
    TEAM_CUES_BEFORE.has(cueWordBefore(b, c)?.lower ?? '') ||
    (next !== undefined && !next.cap && TEAM_VERBS_AFTER.has(next.lower))
  );
}

const DOTTED_TAILS = /(^|\s)(Inc|Ltd|Corp|Co|Bhd|Pte)$/u;
/** " Ltd.", " Bhd" after a dotted legal form ("Pte. Ltd.", "Co. Ltd."). */
const SECOND_LEGAL_FORM = /^ (?:Ltd|Bhd)\b\.?/u;
/** "DeSoto Inc.", "Temasek Holdings Pte. Ltd.": a company's abbreviated legal form keeps its dot. */
function dottedTails(b: Builder): void {
  let gone: Set<EntityCandidate> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (
      c.type === 'organization' &&
      b.text[c.end] === '.' &&
      DOTTED_TAILS.test(b.text.slice(c.start, c.end))
    ) {
      c.end++;
      // ("Pte. Ltd.", "Co. Ltd.": a second legal form after the first; what was read of it alone goes)
      const second = SECOND_LEGAL_FORM.exec(b.text.slice(c.end, c.end + 6));
      if (second) {
        const end = c.end + second[0].length;
        for (const x of b.out) {
          if (x === c || x.start < c.end || x.end > end) continue;
          gone ??= new Set();
          gone.add(x);
        }
        c.end = end;
      }
    }
  }
  if (gone) b.out = b.out.filter((x) => !gone.has(x));
}

const GENERATION_SUFFIX = /,? (Jr|Sr)\b\.?/uy;
/** Is the code unit at `at` the "J" or "S" a generation suffix opens with? */
function suffixInitialAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 74 || c === 83;
}
/** "Ross Bagdasarian, Jr", "Martin Luther King Jr.": a generation suffix after a person's name belongs to it. */
function generationSuffixes(b: Builder): void {
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person') continue;
    // ("Harry Connick Jr. dikenang": the suffix read with the name keeps its dot before a lower-case word)
    if (
      suffixInitialAt(b.text, c.end - 2) &&
      b.text.charCodeAt(c.end - 1) === 114 &&
      / (Jr|Sr)$/u.test(b.text.slice(c.end - 3, c.end)) &&
      /^\.[ \t]+\p{Ll}/u.test(b.text.slice(c.end, c.end + 4))
    ) {
      c.end++;
      continue;
    }
    // (the suffix is looked for only where ", J", ", S", " J" or " S" follows)
    const space = b.text.charCodeAt(c.end) === 44 ? c.end + 1 : c.end;
    if (b.text.charCodeAt(space) !== 32 || !suffixInitialAt(b.text, space + 1)) continue;
    GENERATION_SUFFIX.lastIndex = c.end;
    const m = GENERATION_SUFFIX.exec(b.text);
    if (!m) continue;
    const end = c.end + m[0].length;
    // (a dot before a lower-case word is the abbreviation's; one closing a sentence is the sentence's)
    const sentenceDot = m[0].endsWith('.') && !/^[ \t]*\p{Ll}/u.test(b.text.slice(end, end + 3));
    c.end = sentenceDot ? end - 1 : end;
  }
}

// ("… (Persero) Tbk." closing a sentence: the full stop is the sentence's, unless a lower-case word follows)
/** ", Inc.", ", LLC", ", Tbk" after a name (the dot kept when the sentence goes on after it). */
const COMMA_TAIL = /,[ \t]*(?:Inc|LLC|Ltd|Corp|Tbk|Plc|GmbH)\b(?:\.(?=[ \t]*[\p{Ll},;)]))?/uy;
/** ", Prambanan, dan Ratu Boko" before " (Persero)": the rest of a state company's name that lists what it runs. */
const PERSERO_LIST =
  /(?:,[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}){0,4},?[ \t]+(?:dan|&)[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}(?=[ \t]*\(Persero\))/uy;
const PERSERO_TAIL = /\s*\((Persero)\)(\s+Tbk\b(?:\.(?=[ \t]*\p{Ll}))?)?/uy;

/**
 * "PT Pertamina (Persero)", "PT Telkom Indonesia (Persero) Tbk": a state company's legal form in parentheses,
 * and the listed-company tail after it, belong to its name; what was read inside them is dropped.
 */
function perseroTails(b: Builder): void {
  const grown: EntityCandidate[] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    // "PT Taman Wisata Candi Borobudur, Prambanan, dan Ratu Boko (Persero)": a state company named by a list of
    // what it runs, its legal form after the list's last item
    if (c.type === 'organization' && b.text.charCodeAt(c.end) === 44 && b.text.startsWith('PT ', c.start)) {
      PERSERO_LIST.lastIndex = c.end;
      const m = PERSERO_LIST.exec(b.text);
      if (m) c.end += m[0].length;
    }
    // "Velmont Computer, Inc.", "Danjaq, LLC": a company's legal form after a comma closes its name
    if (
      b.text.charCodeAt(c.end) === 44 &&
      (c.type === 'organization' || (c.type === 'person' && UNCUED_PERSON.test(firstRule(c))))
    ) {
      COMMA_TAIL.lastIndex = c.end;
      const m = COMMA_TAIL.exec(b.text);
      if (m) {
        c.type = 'organization';
        c.titles = undefined;
        c.end += m[0].length;
        c.explain.push({ rule: 'id.org.legal-form', evidence: b.text.slice(c.start, c.end) });
        grown.push(c);
      }
      continue;
    }
    if (c.type !== 'organization' || b.text.charCodeAt(c.end) !== 32 || b.text[c.end + 1] !== '(') continue;
    PERSERO_TAIL.lastIndex = c.end;
    const m = PERSERO_TAIL.exec(b.text);
    if (!m) continue;
    c.end += m[0].length;
    if (b.text[c.end - 1] === '.' && !m[2]?.endsWith('.')) c.end--;
    c.explain.push({ rule: 'id.org.legal-form', evidence: b.text.slice(c.start, c.end) });
    grown.push(c);
  }
  // ("Direktur Utama PT Telkom Indonesia (Persero) Tbk Ririek Adriansyah": the listed company's mark closes the
  // company, it opens no name)
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const x = cs[ci]!;
    if (
      x.type === 'person' &&
      b.text.startsWith('Tbk', x.start) &&
      /^Tbk\.? \p{Lu}/u.test(b.text.slice(x.start, x.start + 6))
    )
      x.start = b.text.indexOf(' ', x.start) + 1;
  }
  if (grown.length === 0) return;
  // what was read inside a grown name goes (the grown names are few: index them by start)
  grown.sort((x, y) => x.start - y.start);
  const inside = (x: EntityCandidate): boolean => {
    let lo = 0;
    let hi = grown.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (grown[mid]!.start <= x.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const c = at >= 0 ? grown[at]! : undefined;
    return c !== undefined && c !== x && x.end <= c.end;
  };
  b.out = b.out.filter((x) => !inside(x));
}

/** "Lingga Baru", "Banten Girang", "Afrika Barat": a place name goes on over a name suffix or a direction. */
function placeSuffixes(b: Builder): void {
  const index = tokenIndex(b);
  const starts = new Set(b.out.map((c) => c.start));
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    // ("Carolina Selatan", "Jurong Timur": a name no list knows, read as a person's, before a capitalized
    // point of the compass is the name of a region)
    const weakPerson = c.type === 'person' && UNCUED_PERSON.test(firstRule(c));
    if (
      (c.type !== 'place' && !weakPerson) ||
      c.end >= b.text.length ||
      b.text[c.end] !== ' ' ||
      starts.has(c.end + 1)
    )
      continue;
    const k = index.get(c.end + 1);
    const x = k === undefined ? undefined : b.t[k];
    const direction = x !== undefined && DIRECTIONS.has(x.lower) && (!weakPerson || x.cap);
    if (weakPerson && !direction) continue;
    // ("Samudra Hindia selatan Jawa": a lower-case point of the compass before a name places it, no suffix)
    if (direction && !x.cap && b.t[k! + 1]?.cap) continue;
    if (weakPerson) {
      c.type = 'place';
      c.titles = undefined;
    }
    if (!direction && (!x?.cap || !PLACE_SUFFIXES.has(x.lower))) continue;
    c.end = x!.end;
    // "Asia Barat Daya", "Afrika timur laut"
    const y = k === undefined ? undefined : b.t[k + 1];
    if (direction && y && b.text[c.end] === ' ' && /^(daya|laut)$/iu.test(y.text)) c.end = y.end;
    c.canonical = undefined;
    c.explain.push({ rule: 'id.place.name-suffix', evidence: b.text.slice(c.start, c.end) });
  }
}

const LIST_JOINERS = /^(, ?|,? (dan|atau|serta) )$/u;
const CLOSING_JOINER = / (dan|atau|serta) $/u;
const listGap = (b: Builder, from: number, to: number): boolean =>
  to - from <= 8 && to > from && LIST_JOINERS.test(b.text.slice(from, to));

const STRONG_LIST_RULES =
  /^id\.(place\.(gazetteer|admin-head|feature-head)|org\.(lexicon|head-word|tail-word))$/u;
/** A member read from a list, a head word or the lexicon ("distrik Solomianskyi": a lower-case head word too). */
const strongListMember = (c: EntityCandidate): boolean =>
  STRONG_LIST_RULES.test(firstRule(c)) ||
  (c.type === 'place' && c.explain.some((x) => x.rule === 'id.place.lowercase-head'));

/** A one-word speech-context person read so only for the "dan" before it ("…, Tulakan, dan Ujungwatu."): no speaker. */
function joinedOnly(b: Builder, c: EntityCandidate): boolean {
  if (c.explain[0]?.rule !== 'id.person.speech-context' || /\s/u.test(b.text.slice(c.start, c.end)))
    return false;
  if (!/(^|\s)(dan|serta|atau) $/u.test(b.text.slice(Math.max(0, c.start - 6), c.start))) return false;
  const word = b.text.slice(c.start, c.end);
  if (isPersonName(word) || GIVEN_NAMES_ID.has(word.toLowerCase())) return false;
  const next = /^\s*(\p{L}+)/u.exec(b.text.slice(c.end, c.end + 40));
  return next === null || !SPEECH_AFTER.test(next[1]!.toLowerCase());
}

/**
 * "Tembalang, Kramas, Pedalangan", "Luksagu, Kombutokan dan Lopito": in a list of three or more names with a
 * known place (organization) and no sure person, the names read as people from their shape alone are
 * places (organizations) too.
 */
/**
 * "kota Camden dan Penrith", "melewati Sackville dan Parramatta": two names joined by "dan", one a place from the
 * gazetteer or a head word, the other one word read as a person's from its capitals alone and no known given or
 * family name, are two places.
 */
function placePair(b: Builder, list: readonly EntityCandidate[]): boolean {
  if (list.length !== 2 || b.text.slice(list[0]!.end, list[1]!.start) !== ' dan ') return false;
  const place = list.find((c) => c.type === 'place' && strongListMember(c));
  const other = list.find((c) => c !== place);
  if (place === undefined || other === undefined || other.type !== 'person') return false;
  const word = b.text.slice(other.start, other.end);
  return (
    (WEAK_PERSON.test(firstRule(other)) || joinedOnly(b, other)) &&
    !other.titles?.length &&
    !/\s/u.test(word) &&
    !/^ \p{Lu}/u.test(b.text.slice(other.end, other.end + 2)) &&
    !isPersonName(word.toLowerCase()) &&
    !GIVEN_NAMES_ID.has(word.toLowerCase())
  );
}

function listsOfPlaces(b: Builder): void {
  const sorted = [...b.out].sort((x, y) => x.start - y.start);
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    // ("untuk Tiongkok dan Mongolia, Soegeng Rahardjo": "dan" joins a list's last two items; a comma after them
    // opens no further item)
    while (
      j < sorted.length &&
      listGap(b, sorted[j - 1]!.end, sorted[j]!.start) &&
      !(
        j - 1 > i &&
        CLOSING_JOINER.test(b.text.slice(sorted[j - 2]!.end, sorted[j - 1]!.start)) &&
        !CLOSING_JOINER.test(b.text.slice(sorted[j - 1]!.end, sorted[j]!.start))
      )
    )
      j++;
    const list = sorted.slice(i, j);
    i = j;
    if (list.length < 3 && !placePair(b, list)) continue;
    if (list.some((c) => c.type === 'person' && !WEAK_PERSON.test(firstRule(c)) && !joinedOnly(b, c)))
      continue;
    const strongTypes = new Set(list.filter(strongListMember).map((c) => c.type));
    if (strongTypes.size !== 1) continue;
    const type = strongTypes.has('place') ? 'place' : 'organization';
    for (const c of list) {
      // "…, Bekasi Timur, Dedeh Kurniasih (39), …": a name given an age is the person of the list's place
      // ("…, Kecamatan Cibinong, Asep Saepudin, mengatakan": the list's last name speaks, a person)
      if (c.type !== 'person' || /^ ?\(\d{1,2}\)/u.test(b.text.slice(c.end, c.end + 6))) continue;
      const said = /^, (\p{Ll}+)/u.exec(b.text.slice(c.end, c.end + 24));
      if (c === list[list.length - 1] && said && SPEECH_AFTER.test(said[1]!)) continue;
      c.type = type;
      if (type === 'place') {
        c.country = null;
        c.placeKind = 'other';
      }
      c.explain.push({
        rule: type === 'place' ? 'id.place.list-member' : 'id.org.list-member',
        evidence: b.text.slice(c.start, c.end),
      });
    }
  }
}

/** Kinds of places whose members a list after "yaitu", "seperti" … names ("7 dusun yaitu …"). */
const PLACE_KINDS = new Set(
  'desa dusun dukuh padukuhan kampung kelurahan kecamatan kabupaten kota provinsi pulau banjar distrik negeri negara'.split(
    ' ',
  ),
);
const LIST_OPENERS = new WordSet(['yaitu', 'yakni', 'seperti', 'meliputi', ':']);

/**
 * "terdiri dari 7 dusun yaitu Ngunggahan, Demangan, Talang, dan Ngrawan", "desa lain seperti Paya Mabar, Avros":
 * a kind of place (in lower case, maybe one word more: "desa lain") before a list names its members, everyday
 * words or not. Members another reading made a body or a known place keep it; the list ends at the first item
 * that is no capitalized run.
 */
function listsAfterPlaceKind(b: Builder): void {
  const t = b.t;
  const spans: { start: number; end: number }[] = [];
  // (the openers are list cues: the loop visits those, from where the last list ended)
  let from = 1;
  for (let xi = 0, xs = b.cueIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    if (k < from || !LIST_OPENERS.has(t[k]!.lower)) continue;
    const kind = (x: Tok | undefined): boolean => x !== undefined && !x.cap && PLACE_KINDS.has(x.lower);
    const before = t[k - 1]!.text === ',' ? k - 2 : k - 1;
    if (!kind(t[before]) && !(kind(t[before - 1]) && !t[before]!.cap && /^\p{Ll}+$/u.test(t[before]!.text)))
      continue;
    let j = k + 1;
    if (t[j]?.text === ':') j++;
    const items: { start: number; end: number }[] = [];
    while (j < t.length && items.length < 30) {
      let e = j;
      while (e < t.length && e < j + 3 && t[e]!.cap && !newlineBetween(b.text, t[e - 1]!.end, t[e]!.start))
        e++;
      if (e === j) break;
      // ("Raanan Baru 1", "Dusun Krajan II": a numbered part of a village)
      if (e < t.length && /^\d{1,2}$/u.test(t[e]!.text)) e++;
      items.push({ start: t[j]!.start, end: t[e - 1]!.end });
      const sep = t[e];
      if (sep?.text === ',' && joinsList(t[e + 1])) j = e + 2;
      else if (sep?.text === ',' || joinsList(sep)) j = e + 1;
      else break;
    }
    if (items.length >= 2) spans.push(...items);
    from = j + 1;
  }
  if (spans.length === 0) return;
  const replaced = new Set<EntityCandidate>();
  const added: EntityCandidate[] = [];
  const overlaps = overlapFinder(b.out);
  for (const x of spans) {
    const inside = overlaps(x.start, x.end);
    // a body, or a place another rule read, keeps its reading
    if (
      inside.some(
        (c) => c.type === 'organization' || (c.type === 'place' && STRONG_LIST_RULES.test(firstRule(c))),
      )
    )
      continue;
    if (inside.some((c) => c.type === 'person' && !UNCUED_PERSON.test(firstRule(c)))) continue;
    for (const c of inside) replaced.add(c);
    const c = candidate('place', x.start, x.end, [
      { rule: 'id.place.list-member', evidence: b.text.slice(x.start, x.end) },
    ]);
    c.country = null;
    c.placeKind = 'other';
    added.push(c);
  }
  if (replaced.size) b.out = b.out.filter((c) => !replaced.has(c));
  b.out.push(...added);
}

/** Offices of one word that open an appositive clause in lower case before the body served ("anggota Komisi …"). */
const LOWERCASE_OFFICE_OPENERS = new Set([
  'anggota',
  'ketua',
  'wakil',
  'kepala',
  'direktur',
  'sekretaris',
  'koordinator',
  'komandan',
  'deputi',
  'komisioner',
  'asisten',
  'penasihat',
  'utusan',
  'perwakilan',
  'pelatih',
  'manajer',
  'kapten',
  'pengamat',
  'peneliti',
  'ekonom',
]);
/** Offices of two words whose second Indonesian news writes in lower case: "Juru bicara …", "Kuasa hukum …". */
const LOWERCASE_OFFICES = new Set([
  'juru bicara',
  'kuasa hukum',
  'penasihat hukum',
  'penasehat hukum',
  'tim hukum',
  'jaksa penuntut',
  'majelis hakim',
  'hakim ketua',
  'ketua majelis',
]);

/**
 * "Juru bicara Kementerian Luar Negeri China, Lin Jian, menyatakan …", "Kuasa hukum terdakwa, Andreas Wibowo, …":
 * a clause opened by such an office, then the name between commas (or before a verb): the clause is the person's
 * title (id.person.title-after-name's appositive reading).
 */
function lowercaseOfficeAppositives(b: Builder): void {
  const t = b.t;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || c.titles?.length || b.text.slice(c.start - 2, c.start) !== ', ') continue;
    const k = tokenStartingAt(t, c.start);
    if (k < 3) continue;
    let s = k - 2;
    while (s > 0 && k - 1 - s < 12 && !/^[,.;:!?"“”]$/u.test(t[s - 1]!.text) && t[s - 1]!.text !== '-') s--;
    if (s === 0 ? false : !/^[,.;:"“”-]$/u.test(t[s - 1]!.text)) continue;
    if (k - 1 - s < 2) continue;
    // "…, anggota Komisi D DPRD Jateng dari Fraksi Partai Gerindra, Yudi …,": one office word in lower case, then
    // the body it serves in capitals
    // ("Koordinator aksi, Gunretno, …", "perwakilan warga, Siti, …": or a word of what the office serves, in lower case)
    const oneWord =
      (!t[s]!.cap || t[s]!.initial) &&
      LOWERCASE_OFFICE_OPENERS.has(t[s]!.lower) &&
      (t[s + 1]!.cap
        ? !t[s + 1]!.initial && !t[s]!.cap
        : // (a capitalized office before a body is read with the chunk's titles)
          k - 1 - s <= 4 && isIndonesianTok(t[s + 1]!));
    if (
      !oneWord &&
      (k - 1 - s < 3 || !LOWERCASE_OFFICES.has(`${t[s]!.lower} ${t[s + 1]!.lower}`) || t[s + 1]!.cap)
    )
      continue;
    // (the clause names the office only: no verb in it)
    if (someTok(t, s + 2, k - 1, (x) => !x.cap && /^(me|ber|di)/u.test(x.lower) && derivedWord(x.lower)))
      continue;
    c.titles = [b.text.slice(t[s]!.start, t[k - 2]!.end)];
    c.explain.push({ rule: 'id.person.title-after-name', evidence: c.titles[0]! });
  }
}

/** Does a person candidate open with a given name the name lists or the Indonesian given names hold? */
function knownFirstName(b: Builder, c: EntityCandidate): boolean {
  const word = /^\p{L}+/u.exec(b.text.slice(c.start, c.end))?.[0]?.toLowerCase() ?? '';
  return isPersonName(word) || GIVEN_NAMES_ID.has(word);
}

/** The index of the token that starts at `offset`, or -1. */
function tokenStartingAt(t: readonly Tok[], offset: number): number {
  let lo = 0;
  let hi = t.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = t[mid]!.start;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * "di Arafah, Muzdalifah, dan Mina": after "di" or "ke", a place, then two or more capitalized runs of one to
 * three words joined by commas and a closing "dan"/"serta", is a list of places: the runs read as people from
 * their capitals alone, or read as nothing, are places too. A run with a title, a body, a sure person, or a
 * verb of saying after the list keeps the list apart.
 */
function listsAfterLocative(b: Builder): void {
  const t = b.t;
  // the candidates by start, gathered at the first list (no start changes here, and the added come last)
  let byStart: Map<number, EntityCandidate> | undefined;
  const added: EntityCandidate[] = [];
  // (days, months and other non-names end the list: "di Jakarta, Sabtu, dan …")
  const nameWord = (x: Tok): boolean => x.cap && !x.caps && !isNonName(x) && !isTitleHead(x);
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const first = cs[ci]!;
    if (
      first.type !== 'place' ||
      // (the expression is tried only after "di " or "ke ")
      !locativeEndsAt(b.text, first.start) ||
      !/(^|[^\p{L}])(di|ke) $/u.test(b.text.slice(Math.max(0, first.start - 4), first.start))
    )
      continue;
    const k0 = tokenStartingAt(t, first.start);
    if (k0 < 0) continue;
    let j = k0;
    while (j < t.length && t[j]!.end <= first.end) j++;
    const items: { start: number; end: number }[] = [];
    let closed = false;
    while (j < t.length && items.length < 12 && !closed) {
      if (t[j]?.text !== ',') break;
      j++;
      if (joinsList(t[j])) {
        closed = true;
        j++;
      }
      let e = j;
      while (e < t.length && e < j + 3 && nameWord(t[e]!)) e++;
      if (e === j) break;
      items.push({ start: t[j]!.start, end: t[e - 1]!.end });
      j = e;
      if (!closed && joinsList(t[j]) && t[j + 1]?.cap) {
        closed = true;
        j++;
        e = j;
        while (e < t.length && e < j + 3 && nameWord(t[e]!)) e++;
        if (e === j) break;
        items.push({ start: t[j]!.start, end: t[e - 1]!.end });
        j = e;
      }
    }
    // (the list closes with "dan" and its last run ends it: no capital, no verb of saying after it)
    if (!closed || items.length < 2 || t[j]?.cap || SPEECH_AFTER.test(t[j]?.lower ?? '')) continue;
    const overlaps = overlapFinder(b.out);
    const readings = items.map((x) => overlaps(x.start, x.end));
    if (
      readings.some((inside, n) =>
        inside.some(
          (c) =>
            c.type === 'organization' ||
            (c.type === 'person' &&
              (!WEAK_PERSON.test(firstRule(c)) || c.titles?.length || knownFirstName(b, c))) ||
            c.start !== items[n]!.start ||
            c.end !== items[n]!.end,
        ),
      )
    )
      continue;
    items.forEach((x, n) => {
      if (byStart === undefined) {
        byStart = new Map();
        for (let ci = 0, cs = b.out; ci < cs.length; ci++) byStart.set(cs[ci]!.start, cs[ci]!);
      }
      const c = readings[n]![0] ?? byStart.get(x.start);
      const evidence = { rule: 'id.place.list-member', evidence: b.text.slice(x.start, x.end) };
      if (c === undefined) {
        const made = candidate('place', x.start, x.end, [evidence]);
        made.country = null;
        made.placeKind = 'other';
        added.push(made);
      } else if (c.type === 'person') {
        c.type = 'place';
        c.country = null;
        c.placeKind = 'other';
        c.titles = undefined;
        c.explain.push(evidence);
      }
    });
  }
  b.out.push(...added);
}

/** Does the text read "di " or "ke " right before offset `at`? */
function locativeEndsAt(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return false;
  const a = text.charCodeAt(at - 3);
  const c = text.charCodeAt(at - 2);
  return (a === 100 && c === 105) || (a === 107 && c === 101);
}

/** Kinds of bodies whose members a list after "seperti", "yaitu", "bernama" … names ("band lain seperti …"). */
const ORG_KINDS = new WordSet([
  'band',
  'grup',
  'group',
  'klub',
  'label',
  // companies by their trade: "startup logistik seperti Shipper dan …", "maskapai seperti Lion Air …"
  'startup',
  'perusahaan',
  'emiten',
  'maskapai',
]);
const ORG_LIST_OPENERS = new WordSet(['seperti', 'yaitu', 'yakni', 'bernama', 'termasuk', 'antaranya', ':']);
/** Lower-case words that may stand between the kind and the list: "band lain", "grup musik baru", "klub sepak bola". */
const ORG_KIND_MODIFIERS = new Set(
  'lain lainnya musik rock pop indie metal punk jazz baru lama lokal ternama terkenal besar sepak bola rekaman independen lagi yang junior profesional amatir logistik teknologi digital rintisan swasta asing farmasi keuangan penerbangan telekomunikasi energi tambang politik -'.split(
    ' ',
  ),
);
/** People of a body: "personel band seperti …" lists members, not bands. */
const MEMBER_NOUNS = new Set(
  'anggota personel personil vokalis gitaris bassis basis drummer penabuh pemain pelatih pendiri penyanyi kapten manajer ketua pemilik'.split(
    ' ',
  ),
);
const RELEASE_VERBS = new Set([
  'dirilis',
  'diproduksi',
  'diterbitkan',
  'diedarkan',
  'didistribusikan',
  'dipasarkan',
]);

/** The token at `k` is a kind of body ("band", "band-band", the second "band" of "band - band"). */
function orgKindAt(t: readonly Tok[], k: number): boolean {
  const x = t[k];
  if (x === undefined || (x.cap && !(x.initial && !x.caps))) return false;
  const w = x.lower;
  if (ORG_KINDS.has(w)) return true;
  // a kind, a hyphen, the kind again: the first hyphen stands in the middle (read without slicing most words)
  const n = (w.length - 1) >> 1;
  if ((w.length & 1) === 0 || w.charCodeAt(n) !== 45) return false;
  const kind = w.slice(0, n);
  return !kind.includes('-') && ORG_KINDS.has(kind) && w.endsWith(kind);
}

/**
 * "band - band seperti Korn, Slipknot dan Deftones", "grup musik baru bernama Sheila": a kind of body (band,
 * group, club, label; maybe a lower-case word or two more) before "seperti", "yaitu", "bernama" names bodies,
 * every coordinated item of the list (id.org.kind-list). "tim Arrows": a team is a body (id.org.team).
 * "dirilis oleh Rotorcorp", "diproduksi oleh Sinemart": what releases or produces a work, one word no one's
 * name, is a label or a company (id.org.released-by). Only names read from their capitals alone change.
 */
function orgKindNames(b: Builder): void {
  const t = b.t;
  const weak = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person' && UNCUED_PERSON.test(firstRule(c)) && !c.titles?.length) weak.set(c.start, c);
  }
  const index = tokenIndex(b);
  const retype = (c: EntityCandidate, rule: string): void => {
    c.type = 'organization';
    c.titles = undefined;
    c.explain.push({ rule, evidence: b.text.slice(c.start, c.end) });
  };
  for (const c of weak.values()) {
    const k = index.get(c.start);
    if (k === undefined || k === 0 || isKnownName(t[k]!)) continue;
    const prev = t[k - 1]!;
    const oneWord = !/\s/u.test(b.text.slice(c.start, c.end));
    // ("tim Prabowo - Hatta", "tim Anies": a campaign's team is named by its candidates)
    if (
      prev.lower === 'tim' &&
      !prev.cap &&
      oneWord &&
      !/^\s*[-–—&]/u.test(b.text.slice(c.end, c.end + 3)) &&
      !MEMBER_NOUNS.has(t[k - 2]?.lower ?? '')
    ) {
      retype(c, 'id.org.team');
      continue;
    }
    // (one word: "diproduksi oleh Hanung Bramantyo" is a person's name)
    const verb = prev.lower === 'oleh' ? t[k - 2] : prev;
    if (
      verb !== undefined &&
      RELEASE_VERBS.has(verb.lower) &&
      oneWord &&
      (t[k + 1] === undefined || !t[k + 1]!.cap)
    )
      retype(c, 'id.org.released-by');
  }
  // the lists below hang on a kind of body, and every kind is a list cue: without one, nothing more to read
  let kinds = false;
  for (let xi = 0, xs = b.cueIdx; xi < xs.length && !kinds; xi++) kinds = orgKindAt(t, xs[xi]!);
  if (!kinds) return;
  const overlaps = overlapFinder(b.out);
  const added: EntityCandidate[] = [];
  const orgs = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'organization') orgs.set(c.start, c);
  }
  /**
   * Reads the list whose first item starts at token `from` and makes its items bodies; returns the token after
   * it. A list with no opener before it must be a coordination ("A, B dan C"): "grup X, Budi …" is apposition.
   */
  const walk = (from: number, coordinated: boolean): number => {
    let j = from;
    let joined = false;
    const items: EntityCandidate[] = [];
    const fresh: EntityCandidate[] = [];
    while (j < t.length) {
      let c = weak.get(t[j]!.start) ?? orgs.get(t[j]!.start);
      // (an item no reading took: a capitalized run of up to four words, not all everyday ones)
      if (c === undefined && t[j]!.cap && !t[j]!.initial && overlaps(t[j]!.start, t[j]!.end).length === 0) {
        let e = j + 1;
        while (e < t.length && e < j + 4 && t[e]!.cap && b.text[t[e - 1]!.end] === ' ') e++;
        // ("band Padi, Gigi dan Dewa": after the first item, one everyday word that goes on with the list is an
        // item too)
        const listed =
          coordinated &&
          j > from &&
          e === j + 1 &&
          !isNonName(t[j]!) &&
          (t[e]?.text === ',' || joinsList(t[e]) || t[e]?.text === '.');
        if ((!listed && everyTok(t, j, e, isEverydayToken)) || overlaps(t[j]!.start, t[e - 1]!.end).length)
          break;
        c = candidate('person', t[j]!.start, t[e - 1]!.end, []);
        fresh.push(c);
      }
      if (c === undefined || c.type === 'place') break;
      let e = j;
      while (e + 1 < t.length && t[e + 1]!.start < c.end) e++;
      // ("band - band seperti Korn, Bob Marley dan …": two words opened by a known given name stay a person)
      if (c.type === 'person' && !(e === j + 1 && isKnownName(t[j]!))) items.push(c);
      const sep = t[e + 1];
      if (sep?.text === ',' && joinsList(t[e + 2])) {
        j = e + 3;
        joined = true;
      } else if (joinsList(sep)) {
        j = e + 2;
        joined = true;
      } else if (sep?.text === ',' || sep?.text === '/') j = e + 2;
      else break;
    }
    if (coordinated && !joined) return j;
    for (const c of items) retype(c, 'id.org.kind-list');
    added.push(...fresh.filter((c) => c.type === 'organization'));
    return j;
  };
  // (openers and kinds are list cues: the loops visit those, from where the last list ended)
  let from = 1;
  for (let xi = 0, xs = b.cueIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    if (k < from || !ORG_LIST_OPENERS.has(t[k]!.lower)) continue;
    let h = t[k - 1]!.text === ',' ? k - 2 : k - 1;
    let kind = -1;
    for (let n = 0; n < 4 && h >= 0; n++, h--) {
      if (orgKindAt(t, h)) {
        kind = h;
        break;
      }
      if (t[h]!.cap || !ORG_KIND_MODIFIERS.has(t[h]!.lower)) break;
    }
    // ("band - band": the first "band" of a reduplication written apart)
    let before = kind - 1;
    if (t[before]?.text === '-' && orgKindAt(t, before - 1)) before -= 2;
    if (kind < 0 || MEMBER_NOUNS.has(t[before]?.lower ?? '')) continue;
    from = walk(k + 1, false) + 1;
  }
  // "band Nidji, Kotak dan Vierra", "klub junior Frileuse, dan Montrouge": the kind before the first item makes
  // it and every coordinated item after it a body
  from = 0;
  for (let xi = 0, xs = b.cueIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    if (k < from || k + 1 >= t.length || !orgKindAt(t, k) || MEMBER_NOUNS.has(t[k - 1]?.lower ?? ''))
      continue;
    let j = k + 1;
    while (j < k + 3 && !t[j]!.cap && ORG_KIND_MODIFIERS.has(t[j]!.lower) && t[j]!.text !== '-') j++;
    const first = orgs.get(t[j]?.start ?? -1);
    const cued = first !== undefined && /cue-word|kind-list|org\.lexicon/u.test(ruleNames(first.explain));
    const weakFirst = weak.get(t[j]?.start ?? -1);
    if (!cued && weakFirst?.type !== 'person') continue;
    // ("antara lain penyanyi X, grup Kahitna, Tulus, Raisa dan …": a kind after a comma opens one item of a list
    // of many kinds, its own body only)
    if (t[k - 1]?.text === ',') {
      if (weakFirst?.type === 'person' && t[j + 1]?.text === ',') retype(weakFirst, 'id.org.kind-list');
      from = j + 1;
      continue;
    }
    from = walk(j, true) + 1;
  }
  b.out.push(...added);
}

/** Kinds of works whose titles a list after them names ("film seperti …", "lagu - lagu berjudul …"). */
const WORK_KINDS = new Set(
  'film lagu album singel single sinetron serial drama novel buku lakon acara program'.split(' '),
);
const WORK_MODIFIERS = new Set(
  'lain lainnya populer terkenal terbaru baru lama klasik hits pertama perdana kedua ketiga macam jenis di'.split(
    ' ',
  ),
);
/** Whoever makes, plays or shoots a work: "penulis lagu seperti …" lists people, "lokasi syuting drama …" places. */
const WORK_MAKERS = new Set(
  'penulis pencipta penyanyi pemain pemeran sutradara produser bintang aktor aktris tempat lokasi syuting pembawa penggemar'.split(
    ' ',
  ),
);
const WORK_LIST_OPENERS = new WordSet([
  'seperti',
  'yaitu',
  'yakni',
  'diantaranya',
  'antaranya',
  'berjudul',
  'bertajuk',
  'termasuk',
  ':',
]);
/**
 * The words the list readers look for, in one set (see Builder.cueIdx): the openers of lists of places,
 * bodies and works, and the kinds of bodies, alone or reduplicated ("band-band"; see orgKindAt).
 */
const LIST_CUES = new WordSet([
  ...LIST_OPENERS,
  ...ORG_LIST_OPENERS,
  ...WORK_LIST_OPENERS,
  ...[...ORG_KINDS].flatMap((w) => [w, `${w}-${w}`]),
]);

/**
 * "film Hollywood, di antaranya Star Wars, Superman, Home Alone", "lagu - lagu berjudul Kau, Dia dan Aku": a kind
 * of work (and a word or two more) before "seperti", "yaitu", "berjudul" … lists titles; the items read as
 * people from their capitals alone are no one (the list ends at the first item that is no capitalized run).
 */
function worksAfterKind(b: Builder): void {
  const t = b.t;
  const weak = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person' && UNCUED_PERSON.test(firstRule(c)) && !c.titles?.length) weak.set(c.start, c);
  }
  if (weak.size === 0) return;
  const dropped = new Set<EntityCandidate>();
  // (the openers are list cues: the loop visits those, from where the last list ended)
  let from = 1;
  for (let xi = 0, xs = b.cueIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    if (k < from || !WORK_LIST_OPENERS.has(t[k]!.lower)) continue;
    // the kind within four words before the opener, no capital or stop between ("film Hollywood, di antaranya")
    // (only a few words saying which works between: "film Hollywood, di antaranya", "lagu - lagu hits seperti";
    // "penulis lagu seperti …", "lokasi syuting drama seperti …" list people and places)
    let kind = false;
    for (let h = k - 1; h >= 1 && h >= k - 5; h--) {
      const x = t[h]!;
      if (!x.cap && (WORK_KINDS.has(x.lower) || x.lower === 'lagu-lagu' || x.lower === 'film-film')) {
        const y = t[h - 1]!.text === '-' ? t[h - 3] : t[h - 1];
        kind = y === undefined || (!WORK_MAKERS.has(y.lower) && !isAgentNoun(y.lower));
        break;
      }
      if (!(x.cap || x.text === ',' || x.text === '-' || WORK_MODIFIERS.has(x.lower))) break;
    }
    if (!kind) continue;
    let j = k + 1;
    while (j < t.length && t[j]!.cap) {
      let e = j;
      const c = weak.get(t[j]!.start);
      if (c !== undefined) {
        dropped.add(c);
        while (e + 1 < t.length && t[e + 1]!.start < c.end) e++;
      } else {
        // (a title no reading took, or one another reading made a place or body: it stays, the list goes on)
        while (e + 1 < t.length && t[e + 1]!.cap && b.text[t[e]!.end] === ' ') e++;
      }
      const sep = t[e + 1];
      if (sep?.text === ',' && joinsList(t[e + 2])) j = e + 3;
      else if (sep?.text === ',' || joinsList(sep)) j = e + 2;
      else break;
    }
    from = j + 1;
  }
  if (dropped.size) b.out = b.out.filter((c) => !dropped.has(c));
}

/** Kinds of works (and words naming a title) before a quoted title: "lagu “Rindu di Ujung Dermaga”". */
const QUOTED_WORK_CUES = new Set([
  ...WORK_KINDS,
  ...'berjudul bertajuk tajuk judul tur konser pameran puisi cerpen komik dokumenter video klip'.split(' '),
]);

/**
 * "lagu “Rindu di Ujung Dermaga”", "film “Perahu Terakhir”", "tur bertajuk “Langit Selatan”": a short title in
 * quotation marks after a kind of work names the work; a gazetteer place or a name read inside it ("Ujung") is
 * no entity (a full quote, with a verb or a sentence mark in it, is left alone).
 */
function quotedWorkTitles(b: Builder): void {
  const t = b.t;
  const spans: Array<[number, number]> = [];
  // the closing quotation mark of the last title read, for a list of titles ("… “A” dan “B”")
  let lastClose = -1;
  for (let k = 1; k < t.length - 2; k++) {
    if (!OPEN_QUOTES.has(t[k]!.text) || t[k]!.text === "'" || t[k]!.text === '‘') continue;
    const prev = t[k - 1]!;
    // ("film horor “…”": a lower-case word saying which kind may stand between)
    // ("24 lagu, termasuk “A” dan “B”": after a word that opens a list of the kind, and every title of the list)
    const cued =
      QUOTED_WORK_CUES.has(prev.lower) ||
      (!prev.cap && k >= 2 && QUOTED_WORK_CUES.has(t[k - 2]!.lower)) ||
      (WORK_LIST_OPENERS.has(prev.lower) &&
        someTok(t, Math.max(0, k - 5), k - 1, (x) => QUOTED_WORK_CUES.has(x.lower))) ||
      (lastClose >= 0 &&
        (k - lastClose === 2 || (k - lastClose === 3 && t[lastClose + 1]!.text === ',')) &&
        (prev.lower === 'dan' || prev.lower === 'serta' || prev.text === ','));
    if ((prev.cap && !prev.initial) || !cued || !t[k + 1]!.cap) continue;
    let close = -1;
    for (let j = k + 1; j < t.length && j <= k + 9; j++) {
      const x = t[j]!;
      if (CLOSE_QUOTES.has(x.text) && x.text !== "'" && x.text !== '’') {
        close = j;
        break;
      }
      if (/^[.!?;:]$/u.test(x.text) || (!x.cap && x.lower.length > 3 && !COMMON_WORDS.has(x.lower))) break;
    }
    if (close < 0) continue;
    spans.push([t[k]!.end, t[close]!.start]);
    k = close;
    lastClose = close;
  }
  if (spans.length === 0) return;
  // ("kesuksesan “Perahu Terakhir” menunjukkan …": the same title in quotation marks elsewhere is the work too)
  for (const title of new Set(spans.map(([s, e]) => b.text.slice(s, e)))) {
    for (let at = b.text.indexOf(title); at >= 0; at = b.text.indexOf(title, at + 1)) {
      const end = at + title.length;
      if (OPEN_QUOTES.has(b.text[at - 1] ?? '') && CLOSE_QUOTES.has(b.text[end] ?? '')) spans.push([at, end]);
    }
  }
  b.out = b.out.filter((c) => !spans.some(([s, e]) => c.start >= s && c.end <= e));
}

/**
 * Prefixes of ships' names, written in capitals: "KM" (kapal motor), "KMP" (ferry), "KRI" (navy), "KN" (state
 * vessel), "USS", "HMS", "HMAS". ("MT", "MV" and "TB" also open people's names: "MT Haryono", "TB Hasanuddin".)
 */
const SHIP_PREFIXES = new Set(['KM', 'KMP', 'KRI', 'KN', 'KMC', 'USS', 'HMS', 'HMAS']);

/**
 * "KMP Yunicee tenggelam", "KRI Nanggala 402", "penumpang KM Sinabung": a ship's prefix and the capitalized
 * words (and hull number) after it name a vessel, which is neither a person nor an organization.
 */
function shipNames(b: Builder): void {
  const t = b.t;
  const ships: Array<[number, number]> = [];
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    const w = t[k]!;
    if (!w.caps || !SHIP_PREFIXES.has(w.text)) continue;
    // ("Kapal Motor Penumpang (KMP) Tunu Pratama Jaya": the prefix in brackets after the kind written out)
    const from = t[k - 1]?.text === '(' && t[k + 1]?.text === ')' ? k + 2 : k + 1;
    let e = from;
    while (
      e < t.length &&
      e < from + 4 &&
      t[e]!.cap &&
      // ("KN SAR Arjuna": an acronym inside the name, before a word of it)
      (!t[e]!.caps || (t[e + 1]?.cap === true && !t[e + 1]!.caps && t[e]!.text.length <= 4)) &&
      !isTitleHead(t[e]!) &&
      !isNonName(t[e]!)
    )
      e++;
    if (e === from) continue;
    while (e < t.length && e < from + 6 && /^(\d{1,4}|[IVX]+)$/u.test(t[e]!.text)) e++;
    ships.push([w.start, t[e - 1]!.end]);
  }
  if (ships.length === 0) return;
  b.out = b.out.filter((c) => !ships.some(([s, e]) => c.start >= s && c.end <= e));
}

/** Words after "Kereta" that make the kind of train ("Kereta Api", "Kereta Cepat"). */
const TRAIN_KINDS = new Set(['api', 'cepat', 'listrik', 'bandara', 'commuter', 'rel', 'ringan', 'gantung']);

/**
 * "Kereta Cepat Whoosh", "kereta api Argo Bromo Anggrek", "KA Feeder", "Kereta Cepat Jakarta-Bandung atau Whoosh": the name of a
 * train or a rail service is no person (the name after "atau" is the same service). The places of its route
 * ("Jakarta-Bandung") and the bodies the lexicon knows ("Kereta Api Indonesia") stay.
 */
function trainNames(b: Builder): void {
  const t = b.t;
  const spans: [number, number][] = [];
  for (let k = 0; k < t.length; k++) {
    // ("KA Argo Bromo Anggrek", "KA Feeder": "KA", the short form of "kereta api", before the train's name)
    const short = t[k]!.text === 'KA' && t[k + 1]?.cap === true && !t[k + 1]!.caps;
    if ((t[k]!.lower !== 'kereta' && !short) || (k > 0 && /^(pt|pt\.)$/u.test(t[k - 1]!.lower))) continue;
    let e = k + 1;
    while (e < t.length && e < k + 3 && TRAIN_KINDS.has(t[e]!.lower) && t[e]!.cap === t[k + 1]!.cap) e++;
    const from = e;
    while (e < t.length && e < from + 5 && t[e]!.cap && !t[e]!.caps && !isTitleHead(t[e]!)) e++;
    if (e === from && !(t[k]!.cap && e > k + 1)) continue;
    // ("… atau Whoosh"): the service's other name
    if (t[e]?.lower === 'atau' && t[e + 1]?.cap && !t[e + 1]!.caps) {
      e += 2;
      while (e < t.length && t[e]!.cap && !t[e]!.caps) e++;
    }
    spans.push([t[k]!.start, t[e - 1]!.end]);
    k = e - 1;
  }
  if (spans.length === 0) return;
  const inside = insideSomeSpan(spans);
  b.out = b.out.filter((c) => c.type !== 'person' || !inside(c.start, c.end));
}

/** Kinds of vehicle or device before a make and its model: "pesawat Boeing 737", "helikopter Bell 412". */
const MODEL_KINDS = new Set([
  'pesawat',
  'helikopter',
  'jet',
  'jenis',
  'tipe',
  'seri',
  'mobil',
  'truk',
  'bus',
  'kapal',
  'tank',
  'rudal',
  'ponsel',
]);
/** A model code after a make: "737", "A320", "F-16" (written "F - 16" too), "C-130", "CN235", "ATR 72". */
const MODEL_CODE = /^\p{Lu}{0,3}\d{2,4}[A-Za-z]{0,3}$/u;

/**
 * "pesawat Boeing 737", "pesawat jenis Airbus A320", "helikopter Bell 412": a make after a kind of vehicle and
 * before its model code names the product, not the company (which stays an organization where it acts:
 * "Boeing menunda pengiriman").
 */
function productModels(b: Builder): void {
  const t = b.t;
  const index = tokenIndex(b);
  const drop = new Set<EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'place') continue;
    const s = index.get(c.start);
    if (s === undefined || s === 0) continue;
    const kind = t[s - 1]!;
    // ("Airbus A320 dan Boeing 737": a make after another model in a list is one too)
    const listed =
      (kind.lower === 'dan' || kind.text === ',') &&
      s >= 2 &&
      /\d/u.test(t[s - 2]!.text) &&
      MODEL_CODE.test(t[s - 2]!.text);
    if (!listed && ((kind.cap && !kind.initial) || !MODEL_KINDS.has(kind.lower))) continue;
    const e = tokensTo(b, s, c.end);
    const code = t[e];
    if (code === undefined || code.start - c.end > 1) continue;
    // ("F - 16", "C - 130": a letter or two and a number joined by a hyphen written apart)
    const model =
      (MODEL_CODE.test(code.text) && /\d/u.test(code.text)) ||
      (/^\p{Lu}{1,2}$/u.test(code.text) && t[e + 1]?.text === '-' && /^\d{2,4}$/u.test(t[e + 2]?.text ?? ''));
    if (model) drop.add(c);
  }
  if (drop.size > 0) b.out = b.out.filter((c) => !drop.has(c));
}

/**
 * "Cahaya (2008) sebagai Racil", "Ghost Whisperer (2005)": a name read from its capitals alone with one year in
 * parentheses after it is the title of a work in a filmography or a discography, no one's name (a person's
 * years are a span: "Soekarno (1901–1970)").
 */
function datedWorks(b: Builder): void {
  b.out = b.out.filter(
    (c) =>
      !(
        c.type === 'person' &&
        WEAK_PERSON.test(firstRule(c)) &&
        !c.titles?.length &&
        /^ \( ?(1[89]|20)\d\d ?\)/u.test(b.text.slice(c.end, c.end + 10))
      ),
  );
}

/**
 * "PT Jakarta Propertindo atau Jakpro", "Desa Sipayung atau Cipayung": a name after "atau" that follows an
 * organization or a place is another name of the same kind, when only its shape made it a person.
 */
function orAliases(b: Builder): void {
  const byStart = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person') byStart.set(c.start, c);
  }
  if (byStart.size === 0) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person' || b.text.slice(c.end, c.end + 6) !== ' atau ') continue;
    const y = byStart.get(c.end + 6);
    if (y === undefined || !WEAK_PERSON.test(firstRule(y))) continue;
    const word = b.text.slice(y.start, y.end);
    const first = /\s/u.test(word) ? word.slice(0, word.indexOf(' ')) : '';
    if (first && (isPersonName(first) || GIVEN_NAMES_ID.has(first.toLowerCase()))) continue;
    y.type = c.type;
    if (c.type === 'place') {
      y.country = c.country ?? null;
      y.placeKind = 'other';
    }
    y.explain.push({ rule: c.type === 'place' ? 'id.place.or-alias' : 'id.org.or-alias', evidence: word });
  }
}

/** A member's part in a band: "vokalis", "gitaris", "drummer", "personel" … (before the band's name). */
const BAND_MEMBER_WORDS = new Set(
  'vokalis gitaris bassis drummer penabuh penggebuk kibordis keyboardis pianis personel frontman'.split(' '),
);

/**
 * "Vokalis Nidji, Giring Ganesha, mengatakan …", "drummer Kelvara, Rudi Hartono, …": a name read from its capitals
 * alone between a band member's part and ", <person>" is the band; the person after the comma holds the part
 * ("Vokalis Nidji").
 */
function bandOfMember(b: Builder): void {
  const byStart = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person') byStart.set(c.start, c);
  }
  if (byStart.size < 2) return;
  const at = tokenIndex(b);
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || c.titles?.length || !WEAK_PERSON.test(firstRule(c))) continue;
    if (b.text.slice(c.end, c.end + 2) !== ', ') continue;
    const y = byStart.get(c.end + 2);
    if (y === undefined || y === c) continue;
    const k = at.get(c.start);
    const part = k === undefined ? undefined : b.t[k - 1];
    if (part === undefined || (part.cap && !part.initial) || !BAND_MEMBER_WORDS.has(part.lower)) continue;
    const band = b.text.slice(c.start, c.end);
    c.type = 'organization';
    c.explain.push({ rule: 'id.org.band-of-member', evidence: `${part.text} ${band}` });
    if (!y.titles?.length) y.titles = [`${part.text} ${band}`];
  }
}

/**
 * "Uki, Afrian, Abel, Ari dan Andika", "Febri (drum), Riyo (vokal), dan Bebe (gitar)": in a list of three or
 * more names of which at least two are people and none a place or organization, the capitalized names
 * that nothing claimed (everyday words such as "Ari", "Indra") are people too.
 */
function listsOfPeople(b: Builder): void {
  // a list of people needs two of them
  let persons = 0;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person' && ++persons >= 2) break;
  }
  if (persons < 2) return;
  const index = tokenIndex(b);
  // the candidate that starts at each token (the last one wins) and the token it ends before
  const candEnd = zeroInt32(b.t.length);
  const candOf: (EntityCandidate | undefined)[] = new Array(b.t.length);
  const candStarts: number[] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    const k = index.get(c.start);
    if (k === undefined) continue;
    const e = tokensTo(b, k, c.end);
    // a part of a token ("Korea" in "Korea-Rusia") makes no list item
    if (e > k) {
      candEnd[k] = e;
      candOf[k] = c;
      candStarts.push(k);
    }
  }
  // an item starts at a candidate or a capitalized token: the tokens to visit, in order
  const starts = mergeSorted(
    b.capIdx,
    candStarts.sort((x, y) => x - y),
  );
  const covered = coveredTokens(b, () => true);
  const plainName = (x: Tok): boolean =>
    x.cap && !x.caps && !isNonName(x) && !isTitleHead(x) && !isHead(x) && !hasNumber(x.text);
  interface Item {
    start: number;
    end: number;
    c?: EntityCandidate;
  }
  const itemAt = (k: number): Item | null => {
    const hit = candOf[k];
    if (hit) return { start: k, end: candEnd[k]!, c: hit };
    if (!b.t[k]?.cap) return null;
    let e = k;
    while (e < b.t.length && e - k < 3 && !covered.has(e) && plainName(b.t[e]!)) e++;
    return e > k ? { start: k, end: e } : null;
  };
  // after an item: an optional "(role)" in lower case, then a joiner; the index of the next item or -1
  const nextItem = (e: number): number => {
    let k = e;
    if (b.t[k]?.text === '(') {
      let j = k + 1;
      while (j < b.t.length && j - k <= 4 && b.t[j]!.text !== ')' && !b.t[j]!.cap) j++;
      if (b.t[j]?.text !== ')') return -1;
      k = j + 1;
    }
    const x = b.t[k];
    if (!x) return -1;
    if (x.text === ',') return LIST_WORDS.has(b.t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    return LIST_WORDS.has(x.lower) ? k + 1 : -1;
  };
  // a free item is a name of its own: not glued to more capitals or a hyphen, not "Pasalnya" opening a
  // sentence, not an English word ("Download"), not after a place word ("kerajaan Purba")
  const freeName = (x: Item): boolean => {
    const first = b.t[x.start]!;
    const before = b.t[x.start - 1];
    const after = b.t[x.end];
    if (before?.cap || (after && (after.cap || after.text === '-' || after.text === "'"))) return false;
    if (before && (LOWERCASE_HEADS.has(before.lower) || LOCATIVE_CUES.has(before.lower))) return false;
    if (first.initial && isIndonesianWord(first.lower) && !GIVEN_NAMES_ID.has(first.lower)) return false;
    return b.t.slice(x.start, x.end).every((y) => {
      const w = y.lower;
      if (/(nya|isme)$/u.test(w)) return false;
      return !isEnglishWord(w) || isPersonName(w);
    });
  };
  const added: Item[] = [];
  let k = 0;
  let next = 0;
  while (k < b.t.length) {
    // no item starts before the next candidate or capitalized token
    while (next < starts.length && starts[next]! < k) next++;
    if (next === starts.length) break;
    k = starts[next]!;
    const first = itemAt(k);
    if (!first) {
      k++;
      continue;
    }
    let at = nextItem(first.end);
    if (at < 0) {
      k = Math.max(k + 1, first.end);
      continue;
    }
    const items: Item[] = [first];
    let item = itemAt(at);
    while (item) {
      items.push(item);
      at = nextItem(item.end);
      item = at < 0 ? null : itemAt(at);
    }
    k = Math.max(k + 1, items[items.length - 1]!.end);
    if (items.length < 3) continue;
    const people = items.filter((x) => x.c?.type === 'person').length;
    const others = items.filter((x) => x.c && x.c.type !== 'person').length;
    const free = items.filter((x) => !x.c);
    if (people < 2 || others > 0 || free.length === 0 || free.length > people) continue;
    added.push(...free.filter(freeName));
  }
  for (const x of added) emit(b, 'person', x.start, x.end, 'id.person.list-member');
}

/** The words that join the last item of a list ("A, B dan C"). */
const LIST_WORDS = new Set(['dan', 'serta', 'atau']);

/** The values of two ascending lists in one ascending list. */
function mergeSorted(xs: readonly number[], ys: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < xs.length || j < ys.length) {
    if (j >= ys.length || (i < xs.length && xs[i]! <= ys[j]!)) out.push(xs[i++]!);
    else out.push(ys[j++]!);
  }
  return out;
}

const ROUTE_WORDS = /(^|\s)(rute|ruas|jalur|trayek|koridor|lintasan)\s/iu;
/**
 * "rute Cibubur - Cawang", "ruas Lemah Abang - Slipi": the ends of a route written with a spaced hyphen
 * after a route word are places.
 */
function routeEnds(b: Builder): void {
  const placeEnds = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'place') placeEnds.set(c.end, c);
  }
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || !UNCUED_PERSON.test(firstRule(c))) continue;
    const before = b.text.slice(Math.max(0, c.start - 40), c.start);
    const after = b.text.slice(c.end, c.end + 3);
    const hyphenAfter = after === ' - ';
    const hyphenBefore = before.endsWith(' - ');
    if (!hyphenAfter && !hyphenBefore) continue;
    // "perang Soviet - Afganistan", "Sistan - Baluchestan": one word after a known place and a hyphen inside a
    // sentence is a place too (at a sentence's start the place is a dateline: "London - Arsene Wenger")
    const left = hyphenBefore ? placeEnds.get(c.start - 3) : undefined;
    const paired =
      left !== undefined &&
      left.explain[0]?.rule === 'id.place.gazetteer' &&
      !/\s/u.test(b.text.slice(c.start, c.end)) &&
      /\p{Ll}[ ,]*$/u.test(b.text.slice(Math.max(0, left.start - 20), left.start));
    // (a place before the hyphen is no evidence: "London - Arsene Wenger" is a dateline)
    if (!paired && !ROUTE_WORDS.test(before.slice(Math.max(0, before.lastIndexOf(',') + 1)))) continue;
    c.type = 'place';
    c.country = null;
    c.placeKind = 'other';
    c.explain.push({ rule: 'id.place.route-end', evidence: b.text.slice(c.start, c.end) });
  }
}

/** "Cikini, Jakarta", "Aksu, Xinjiang": an unknown name right before a comma and a place is a place too. */
function addressParts(b: Builder): void {
  const places = new Map<number, EntityCandidate>();
  const ends = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'place') {
      places.set(c.start, c);
      ends.set(c.end, c);
    }
  }
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || !WEAK_PERSON.test(firstRule(c))) continue;
    if (b.text.slice(c.start, c.end).split(' ').length > 2) continue;
    // "di Stadion Nasional Bahrain, Riffa.": one word after a named facility, ending the clause, is the town
    const facility = b.text.slice(c.start - 2, c.start) === ', ' ? ends.get(c.start - 2) : undefined;
    if (
      facility &&
      firstRule(facility) === 'id.place.feature-head' &&
      !/\s/u.test(b.text.slice(c.start, c.end)) &&
      !c.titles?.length &&
      !GIVEN_NAMES_ID.has(b.text.slice(c.start, c.end).toLowerCase()) &&
      !isPersonName(b.text.slice(c.start, c.end)) &&
      /^(?:[.;]|, (?!\p{Ll}+ ?)|,$)/u.test(b.text.slice(c.end, c.end + 4)) &&
      !speechAfter(b, (tokenIndex(b).get(c.start) ?? -2) + 1)
    ) {
      c.type = 'place';
      c.country = null;
      c.placeKind = 'other';
      c.explain.push({ rule: 'id.place.address-part', evidence: b.text.slice(facility.start, c.end) });
      continue;
    }
    const m = /^, ?/u.exec(b.text.slice(c.end, c.end + 2));
    const next = m ? places.get(c.end + m[0].length) : undefined;
    if (!next) continue;
    const info = lookupPlace(b.text.slice(next.start, next.end));
    if (!info || !strongPlace(info) || info.kind === 'other') continue;
    c.type = 'place';
    c.country = info.country;
    c.placeKind = 'other';
    c.explain.push({ rule: 'id.place.address-part', evidence: b.text.slice(c.start, next.end) });
  }
}

/** "desa Sukamaju", "sungai Musi": a lowercase head word before a name makes it a place and joins it. */
function lowercaseHeads(b: Builder): void {
  const index = tokenIndex(b);
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    const k = index.get(c.start);
    if (k === undefined || k === 0) continue;
    const head = b.t[k - 1]!;
    if (!LOWERCASE_HEADS.has(head.text) || b.text.slice(head.end, c.start) !== ' ') continue;
    if (c.type === 'organization' || (c.type === 'person' && !/capitalized|speech/u.test(firstRule(c))))
      continue;
    // ("di pantai Desa Lampanah": a name that opens with its own administrative word is a place already, the noun
    // before it a word; "desa Pulau Tiga" is the village's name)
    if (c.type === 'place' && ADMIN_HEADS.has(bare(b.t[k]!))) continue;
    c.type = 'place';
    c.start = head.start;
    c.explain.push({ rule: 'id.place.lowercase-head', evidence: b.text.slice(c.start, c.end) });
  }
  // "asrama haji Donohudan", "terminal bus Tirtonadi": a lower-case facility noun (and one lower-case word
  // saying which kind) before a name no one else read makes it the place the facility stands in
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || !WEAK_PERSON.test(firstRule(c)) || c.titles?.length) continue;
    const k = index.get(c.start);
    if (k === undefined || k === 0) continue;
    const w1 = b.t[k - 1]!;
    const w2 = b.t[k - 2];
    const head = FACILITY_HEADS.has(w1.text)
      ? w1
      : w2 && FACILITY_HEADS.has(w2.text) && /^\p{Ll}+$/u.test(w1.text)
        ? w2
        : undefined;
    // ("petugas terminal Budi Hartono": a known given name opens a person's name)
    if (!head || isKnownName(b.t[k]!)) continue;
    c.type = 'place';
    c.placeKind = 'other';
    c.explain.push({ rule: 'id.place.facility-head', evidence: b.text.slice(head.start, c.end) });
  }
}

/** "Liga 1", "Liga 2": a league named by its tier is a body (the number kept the run from being read). */
function numberedLeagues(b: Builder): void {
  const t = b.t;
  let covered: TokenSet | null = null;
  // ("Liga" is capitalized: only the capitalized tokens need a look, not every token of the text)
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const i = xs[xi]!;
    if (i + 1 >= t.length || t[i]!.text !== 'Liga' || !/^[1-4]$/u.test(t[i + 1]!.text) || t[i + 2]?.cap)
      continue;
    covered ??= coveredTokens(b, () => true);
    if (covered.has(i)) continue;
    emit(b, 'organization', i, i + 2, 'id.org.numbered-league');
  }
}

const ENGLISH_ORG_HEADS = new Set(
  'Institute Center Centre Council Foundation Association Agency Bureau Forum Network Society Alliance Coalition Federation'.split(
    ' ',
  ),
);
const ENGLISH_LONG_FORM_JOINERS = new Set(['for', 'of', 'on', 'and', 'the', '&', 'in']);

/** English words that name an event, closing its name's first part ("… Competition for …", "… Summit on …"). */
const ENGLISH_EVENT_HEADS = new Set(
  'Competition Olympiad Conference Summit Congress Championship Championships Games Festival Awards Expo Exhibition Contest'.split(
    ' ',
  ),
);

/**
 * The first token of an English event's name in [s, i) whose capitalized words up to its event word, before a
 * joiner, spell `short` ("International Mathematics Competition for …" and "IMC"); -1 when there is none.
 */
function englishEventBefore(t: readonly Tok[], s: number, i: number, short: string): number {
  for (let k = s + 1; k < i - 1; k++) {
    if (!ENGLISH_LONG_FORM_JOINERS.has(t[k]!.text)) continue;
    if (!ENGLISH_EVENT_HEADS.has(t[k - 1]!.text) || k - s !== short.length) return -1;
    let initials = '';
    for (let x = s; x < k; x++) initials += t[x]!.text[0];
    return initials === short ? s : -1;
  }
  return -1;
}

/**
 * "Institute for Development of Economics and Finance (Indef)", "Center for Strategic and International Studies
 * (CSIS)": an English body's long form, its head word first and capitalized words joined by for/of/on/and,
 * before its short form in parentheses (which opens as the head does) is one organization.
 */
function englishLongForms(b: Builder): void {
  const t = b.t;
  const spans: Array<[number, number]> = [];
  for (let xi = 0, xs = b.parenIdx; xi < xs.length; xi++) {
    const i = xs[xi]!;
    if (i < 2 || t[i + 2]?.text !== ')' || !t[i - 1]!.cap) continue;
    const inner = t[i + 1]!.text;
    if (!/^\p{Lu}[\p{L}]{1,9}$/u.test(inner)) continue;
    let s = i;
    while (s > 0 && i - s < 12 && (t[s - 1]!.cap || ENGLISH_LONG_FORM_JOINERS.has(t[s - 1]!.text))) s--;
    // "International Mathematics Competition for University Students (IMC)": an event whose short form spells the
    // words up to its event word is no body, nor is any part of its name
    const event = englishEventBefore(t, s, i, inner);
    if (event >= 0) {
      spans.push([t[event]!.start, t[i + 1]!.end]);
      continue;
    }
    while (s < i - 2 && !ENGLISH_ORG_HEADS.has(t[s]!.text)) s++;
    const head = t[s]!;
    if (
      !ENGLISH_ORG_HEADS.has(head.text) ||
      head.text[0] !== inner[0] ||
      !ENGLISH_LONG_FORM_JOINERS.has(t[s + 1]!.text)
    )
      continue;
    emit(b, 'organization', s, i, 'id.org.english-long-form');
    spans.push([head.start, t[i - 1]!.end]);
  }
  if (!spans.length) return;
  b.out = b.out.filter(
    (c) =>
      c.explain[0]?.rule === 'id.org.english-long-form' || !spans.some(([s, e]) => c.start < e && c.end > s),
  );
}

/**
 * "Kepala Badan Penyelenggara Haji (BP Haji) Mochamad Irfan Yusuf", "Ekonom Institute for … (Indef) Esther Sri
 * Astuti": a short form in parentheses after a capitalized word and right before a person's name is the body
 * the office belongs to, not a person.
 */
function bracketedBeforeName(b: Builder): void {
  const index = tokenIndex(b);
  const people = new Set<number>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person') people.add(c.start);
  }
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || !WEAK_PERSON.test(firstRule(c))) continue;
    const k = index.get(c.start);
    if (k === undefined || k < 2 || b.t[k - 1]!.text !== '(' || !b.t[k - 2]!.cap) continue;
    const e = tokensTo(b, k, c.end);
    const close = b.t[e];
    const next = b.t[e + 1];
    if (close?.text !== ')' || !next?.cap || !people.has(next.start)) continue;
    c.type = 'organization';
    c.explain.push({
      rule: 'id.org.bracketed-before-name',
      evidence: b.text.slice(b.t[k - 2]!.start, next.end),
    });
  }
}

/**
 * "Direktur RSUD Bayu Asih, dr. Agus Rachmat, …": a name read after an office whose holder follows a comma with
 * an honorific abbreviation is the office's body; an acronym read right before it joins it ("RSUD Bayu Asih").
 */
function bodyBeforeHonorific(b: Builder): void {
  const index = tokenIndex(b);
  const orgByEnd = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'organization') orgByEnd.set(c.end, c);
  }
  const dropped = new Set<EntityCandidate>();
  let holders: Map<number, EntityCandidate> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    // (an office and its body: "Direktur RSUD", not "Prof" in a list of professors)
    if (c.type !== 'person' || !c.titles?.length) continue;
    const k = index.get(c.start);
    // ("Prof Ir Nurhidayat Syarif, Prof Hermawan …": honorifics alone make no office)
    const office = c.titles.some(
      (x) => x.includes(' ') && !x.split(' ').every((w) => HONORIFIC_ABBREVIATIONS.has(w)),
    );
    if (k === undefined || !(office || isOrgHead(b.t[k]!))) continue;
    const e = tokensTo(b, k, c.end);
    if (b.t[e]?.text !== ',' || !HONORIFIC_ABBREVIATIONS.has(b.t[e + 1]?.text ?? '')) continue;
    let at = e + 2;
    if (b.t[at]?.text === '.') at++;
    if (!b.t[at]?.cap || b.t[at]!.caps) continue;
    const acronym = orgByEnd.get(b.t[k - 1]?.end ?? -1);
    const lead =
      acronym &&
      b.text.slice(acronym.end, c.start) === ' ' &&
      /^\p{Lu}{2,6}$/u.test(b.text.slice(acronym.start, acronym.end));
    if (lead) {
      dropped.add(acronym);
      c.start = acronym.start;
    }
    // the holder after the comma takes the office with its body ("Direktur RSUD Bayu Asih")
    const title = c.titles[c.titles.length - 1]!;
    const from = b.text.lastIndexOf(title, c.start);
    if (from >= 0 && c.start - (from + title.length) <= 1 && !b.text.slice(from, c.end).includes('\n')) {
      holders ??= personsByStart(b);
      const holder = holders.get(b.t[at]!.start);
      if (holder && !holder.titles?.length) {
        holder.titles = [b.text.slice(from, c.end)];
        holder.explain.push({ rule: 'id.person.title-before-name', evidence: holder.titles[0]! });
      }
    }
    c.type = 'organization';
    delete c.titles;
    c.explain.push({ rule: 'id.org.body-before-honorific', evidence: b.text.slice(c.start, b.t[at]!.end) });
  }
  if (dropped.size) b.out = b.out.filter((c) => !dropped.has(c));
}
/** The person candidates by their start offset. */
function personsByStart(b: Builder): Map<number, EntityCandidate> {
  const out = new Map<number, EntityCandidate>();
  for (let ci = 0, cs = b.out; ci < cs.length; ci++)
    if (cs[ci]!.type === 'person') out.set(cs[ci]!.start, cs[ci]!);
  return out;
}
const HONORIFIC_ABBREVIATIONS = new Set([
  'dr',
  'Dr',
  'drg',
  'H',
  'Hj',
  'Ir',
  'Prof',
  'KH',
  'dr.',
  'Dr.',
  'drg.',
  'H.',
  'Hj.',
  'Ir.',
  'Prof.',
  'KH.',
]);

const FACILITY_HEADS = new Set(
  'asrama bandara bandar pelabuhan terminal stasiun kompleks perumahan lapas rutan kamp koridor embarkasi'.split(
    ' ',
  ),
);

const MINISTRY_WORDS = new Set(['kementerian', 'kementrian', 'departemen']);
/** Does a strong place that starts after `from` end right before token j (and go no further)? */
function placeEndsAt(b: Builder, from: number, j: number, limit: number): boolean {
  for (let k = Math.max(from, j - 3); k < j; k++) {
    const p = placeLookup(b, k, limit);
    if (p !== null && p.end === j && strongPlace(p.info)) return true;
  }
  return false;
}
/** Government bodies named by their field in everyday words, like ministries ("Dinas Pertanian dan Peternakan"). */
const FIELD_BODIES = new Set(['dinas', 'direktorat', 'ditjen', 'departemen']);
/** Head words of the bodies a faculty belongs to. */
const UNIVERSITY_HEADS = new Set([
  'universitas',
  'univ',
  'institut',
  'university',
  'universiti',
  'politeknik',
]);
/**
 * "Kementerian pertahanan Rusia", "kementerian luar negeri Mesir": a ministry named in lower case after its
 * head word is the country's ministry, not the country.
 */
function lowercaseMinistries(b: Builder): void {
  const index = tokenIndex(b);
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'place' || c.placeKind !== 'country') continue;
    const k0 = index.get(c.start);
    if (k0 === undefined) continue;
    let k = k0 - 1;
    while (k >= 0 && k0 - k <= 3 && !b.t[k]!.cap && COMPLEMENTS.has(b.t[k]!.lower)) k--;
    const head = b.t[k];
    if (head === undefined || !MINISTRY_WORDS.has(head.lower)) continue;
    if (k === k0 - 1 && head.cap) continue;
    c.start = head.start;
    retype(c, 'organization', 'id.org.lowercase-ministry', b.text.slice(c.start, c.end));
  }
}

/** "Prabowo - Hatta", "Jokowi - Ma'ruf": a running pair; the partner of a person written with a spaced hyphen is a person. */
function personPairs(b: Builder): void {
  const index = tokenIndex(b);
  const covered = coveredTokens(b, () => true);
  const partner = (k: number): boolean => {
    const x = b.t[k];
    if (!x?.cap || x.caps || x.text.length < 4 || covered.has(k) || b.t[k + 1]?.cap) return false;
    if (isNonName(x) || isTitleHead(x) || LOWERCASE_HEADS.has(x.lower)) return false;
    return !isHead(x) && !orgAt(b, k, k + 1) && placeAt(b, k, k + 1) === null && !isAgentNoun(x.lower);
  };
  const added: number[] = [];
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person') continue;
    const first = index.get(c.start);
    if (first === undefined) continue;
    let last = first;
    while (last + 1 < b.t.length && b.t[last + 1]!.end <= c.end) last++;
    // "Prabowo - Hatta": the partner after (a word before a hyphen is more often a prefix: "Al - Sadd")
    if (b.t[last + 1]?.text === '-' && b.text.slice(c.end, c.end + 3) === ' - ' && partner(last + 2))
      added.push(last + 2);
  }
  for (const k of new Set(added)) emit(b, 'person', k, k + 1, 'id.person.pair-partner');
}

/**
 * "Praveen Jordan / Debby Susanto", "Chai Biao / Hong Wei": a doubles pair written with a spaced slash; when
 * one side is a person's name of two or three words, so is the other, whatever a word of it read as alone
 * (id.person.pair-partner).
 */
function slashPairs(b: Builder): void {
  const t = b.t;
  const text = b.text;
  let byToken: Map<number, EntityCandidate> | null = null;
  let drop: Set<EntityCandidate> | null = null;
  const run = (from: number, step: 1 | -1): number => {
    let k = from;
    while (
      k >= 0 &&
      k < t.length &&
      Math.abs(k - from) < 3 &&
      t[k]!.cap &&
      !t[k]!.caps &&
      !isTitleHead(t[k]!)
    )
      k += step;
    return k;
  };
  for (let at = text.indexOf(' / '); at >= 0; at = text.indexOf(' / ', at + 3)) {
    const k = tokenIndex(b).get(at + 1);
    if (k === undefined || t[k]!.text !== '/') continue;
    const leftStart = run(k - 1, -1) + 1;
    const rightEnd = run(k + 1, 1);
    if (k - leftStart < 2 || rightEnd - (k + 1) < 2) continue;
    if (t[rightEnd]?.cap || t[leftStart - 1]?.cap) continue;
    if (byToken === null) {
      byToken = new Map();
      const index = tokenIndex(b);
      for (const c of b.out) {
        const s = index.get(c.start);
        if (s !== undefined) byToken.set(s, c);
      }
    }
    const whole = (s: number, e: number): EntityCandidate | undefined => {
      const c = byToken!.get(s);
      return c && c.end === t[e - 1]!.end ? c : undefined;
    };
    const personAt = (s: number, e: number): boolean => {
      const c = whole(s, e);
      return c !== undefined && c.type === 'person';
    };
    const sides: Array<[number, number, number, number]> = [
      [leftStart, k, k + 1, rightEnd],
      [k + 1, rightEnd, leftStart, k],
    ];
    for (const [ps, pe, os, oe] of sides) {
      if (!personAt(ps, pe) || personAt(os, oe)) continue;
      const other = whole(os, oe);
      // (a body or a place the lexicon knows by the whole run stays: "Bank Mandiri / Bank Rakyat …"; so do words
      // of a dictionary: "Ikenami / Shinken Blue", a role's name)
      if (other && !WEAK_PERSON.test(firstRule(other)) && !firstRule(other).startsWith('id.person.'))
        continue;
      if (someTok(t, os, oe, (x) => isEverydayToken(x) || isEnglishWord(x.lower))) continue;
      drop ??= new Set();
      for (let x = os; x < oe; x++) {
        const c = byToken.get(x);
        if (c && c.end <= t[oe - 1]!.end) drop.add(c);
      }
      const added = emit(b, 'person', os, oe, 'id.person.pair-partner');
      byToken.set(os, added);
    }
  }
  if (drop) b.out = b.out.filter((c) => !drop.has(c));
}

/**
 * "Indofood Sukses Makmur (INDF)", "Semen Gresik (SMGR)", "Timah (TINS)": a name before four capitals in
 * parentheses that are not its initials is a listed company and the capitals are its stock code.
 */
function stockCodes(b: Builder): void {
  const index = tokenIndex(b);
  // what the candidates cover before any change here, built at the first code in parentheses
  let byStart: Map<number, EntityCandidate> | null = null;
  let covering: TokenSet | null = null;
  for (let xi = 0, xs = b.parenIdx; xi < xs.length; xi++) {
    const i = xs[xi]!;
    if (i < 1 || i + 2 >= b.t.length) continue;
    if (b.t[i + 2]!.text !== ')' || !/^\p{Lu}{4}$/u.test(b.t[i + 1]!.text)) continue;
    if (byStart === null || covering === null) {
      byStart = new Map();
      for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
        const c = cs[ci]!;
        byStart.set(c.start, c);
      }
      covering = coveredTokens(b, () => true);
    }
    const covered = covering;
    let s = i;
    while (s > 0 && i - s < 5 && b.t[s - 1]!.cap && !b.t[s - 1]!.caps && !b.t[s - 1]!.initial) s--;
    // the sentence's first word belongs to the name unless it is an everyday word ("Saham Kalbe Farma (KLBF)")
    const opener = b.t[s - 1];
    if (opener?.cap && !opener.caps && opener.initial && !isIndonesianTok(opener)) s--;
    if (s === i) continue;
    // ("Undang-Undang Antideforestasi (EUDR)": a law's short name, no company)
    if (LAW_TITLE_HEADS.has(bare(b.t[s]!)) || LAW_TITLE_HEADS.has(bare(b.t[s - 1] ?? b.t[s]!))) continue;
    const code = b.t[i + 1]!.text;
    // (a string grown by a loop: a mapped array the optimizing compiler makes holey deoptimizes the join)
    let initials = '';
    for (let q = s; q < i; q++) initials += b.t[q]!.text[0] ?? '';
    // "Lembaga Pengelola Dana Pendidikan (LPDP)": the initials spell the code, so it is the long form
    // ("Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)": or end it, the tail of a long form a joiner splits)
    if (
      initials.length >= 2 &&
      (code.startsWith(initials) || initials.startsWith(code) || code.endsWith(initials))
    )
      continue;
    // "… Energi dan Sumber Daya Mineral (ESDM)": a long form that a joiner splits; "X (PDIP)": the party
    if (ACRONYM_JOINERS.has(b.t[s - 1]?.lower ?? '') || abbreviatesPlainWords(b, i, code) || ORGS.get(code))
      continue;
    if (b.t.slice(s, i).some((x) => isTitleHead(x) || isHead(x))) continue;
    // what the run already is: one weak person, an organization that stops short of the parenthesis, or nothing
    const first = byStart.get(b.t[s]!.start);
    const end = b.t[i - 1]!.end;
    if (
      first &&
      first.end === end &&
      first.type === 'person' &&
      /capitalized|speech/u.test(firstRule(first))
    ) {
      first.type = 'organization';
      first.explain.push({ rule: 'id.org.stock-code', evidence: b.text.slice(first.start, b.t[i + 2]!.end) });
    } else if (first && first.type === 'organization' && first.end < end) {
      const k = index.get(first.end + 1);
      if (k === undefined || [...Array(i - k).keys()].some((x) => covered.has(k + x))) continue;
      first.end = end;
      first.canonical = undefined;
      first.explain.push({ rule: 'id.org.stock-code', evidence: b.text.slice(first.start, b.t[i + 2]!.end) });
    } else if (!first && [...Array(i - s).keys()].every((x) => !covered.has(s + x))) {
      if (b.t.slice(s, i).every((x) => COMMON_WORDS.has(x.lower))) continue;
      emit(b, 'organization', s, i, 'id.org.stock-code');
    }
  }
}

/**
 * The candidates that overlap a span, asked many times: candidates sorted by start with the running maximum of
 * their ends, so a query is a binary search and a walk back over the few candidates near the span.
 */
function overlapFinder(out: readonly EntityCandidate[]): (start: number, end: number) => EntityCandidate[] {
  const sorted = [...out].sort((x, y) => x.start - y.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const c of sorted) {
    m = Math.max(m, c.end);
    maxEnd.push(m);
  }
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    const found: EntityCandidate[] = [];
    for (let i = lo - 1; i >= 0 && maxEnd[i]! > start; i--)
      if (sorted[i]!.end > start) found.push(sorted[i]!);
    return found;
  };
}

/**
 * 'Robert "Robbie" Mark Gaspar', 'Westley Nathan "Wes" Morgan': a nickname in quotation marks between two runs of
 * name words belongs to one person's name (the runs alone are read as two names, or as a place and a name).
 */
function quotedNicknames(b: Builder): void {
  const t = b.t;
  const nameWord = (x: Tok | undefined): boolean =>
    x?.cap === true && !x.caps && !isTitleHead(x) && !isNonName(x) && !isHead(x);
  const spans: { start: number; end: number; name: string; titles?: string[] }[] = [];
  let overlaps: ((start: number, end: number) => EntityCandidate[]) | undefined;
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    const open = t[k - 1];
    const close = t[k + 1];
    if (!open || !close || !OPEN_QUOTES.has(open.text) || !CLOSE_QUOTES.has(close.text)) continue;
    if (!nameWord(t[k]) || !nameWord(t[k - 2]) || !nameWord(t[k + 2])) continue;
    // ('Lagu "Cinta" Rossa': a work word before the quotation is the kind of the quoted title)
    if (isEverydayToken(t[k - 2]!) && !isKnownName(t[k - 2]!)) continue;
    // the marks hug the nickname ('"Tekkan" Tetsu "Aira"' are two quotations, not one nickname)
    if (open.end !== t[k]!.start || close.start !== t[k]!.end) continue;
    if (newlineBetween(b.text, t[k - 2]!.end, t[k + 2]!.start)) continue;
    let s = k - 2;
    // ("Gitaris Michael "Flea" Balzary": an everyday word before the first name is no part of it)
    while (
      s > k - 4 &&
      nameWord(t[s - 1]) &&
      !isEverydayToken(t[s - 1]!) &&
      !t[s]!.initial &&
      !newlineBetween(b.text, t[s - 1]!.end, t[s]!.start)
    )
      s--;
    let e = k + 3;
    while (e < k + 6 && e < t.length && !newlineBetween(b.text, t[e - 1]!.end, t[e]!.start)) {
      if (nameWord(t[e])) e++;
      else if (NAME_PARTICLES.has(t[e]!.lower) && nameWord(t[e + 1])) e += 2;
      else break;
    }
    const start = t[s]!.start;
    const end = t[e - 1]!.end;
    overlaps ??= overlapFinder(b.out);
    const inside = overlaps(start, end);
    // a body in the runs, or no sign of a person at all, leaves them as they are
    if (inside.some((c) => c.type === 'organization')) continue;
    const person = inside.find((c) => c.type === 'person');
    if (!person && !someTok(t, s, e, isKnownName)) continue;
    if (inside.some((c) => c.start < start || c.end > end)) continue;
    const name = `${b.text.slice(start, t[k - 2]!.end)} ${b.text.slice(t[k + 2]!.start, end)}`;
    spans.push({ start, end, name, ...(person?.titles ? { titles: person.titles } : {}) });
  }
  if (spans.length === 0) return;
  const replaced = new Set<EntityCandidate>();
  for (const x of spans) for (const c of overlaps!(x.start, x.end)) replaced.add(c);
  b.out = b.out.filter((c) => !replaced.has(c));
  for (const x of spans) {
    const evidence = b.text.slice(x.start, x.end);
    const c = candidate('person', x.start, x.end, [{ rule: 'id.person.quoted-nickname', evidence }]);
    // the name is written without the nickname ("Josep Guardiola")
    c.canonical = x.name;
    c.titles = x.titles;
    b.out.push(c);
  }
}

const AMOUNT_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:juta|ribu|miliar|triliun|ratus|(?<![\p{Lu}][\p{L}]*\s)\d{1,3}(?:[.,]\d+)?) $/u;
/**
 * "48 juta KL", "200 GB": a short word in capitals right after an amount is its unit (kilolitres, gigabytes),
 * not Kuala Lumpur or a body ("Liputan 6 SCTV": a number in a name before it is no amount).
 */
function unitsAfterAmounts(b: Builder): void {
  b.out = b.out.filter((c) => {
    // (an amount ends with a space right before the unit: see AMOUNT_BEFORE)
    if (c.type === 'person' || c.end - c.start > 3 || b.text.charCodeAt(c.start - 1) !== 32) return true;
    if (!/^\p{Lu}{2,3}$/u.test(b.text.slice(c.start, c.end))) return true;
    return !AMOUNT_BEFORE.test(b.text.slice(Math.max(0, c.start - 30), c.start));
  });
}

/** The two capitalized halves of a word with one hyphen ("Jakarta-Bandung", "Luthfi-Yasin"), or null. */
function hyphenHalves(word: string): [string, string] | null {
  const cut = word.indexOf('-');
  if (cut < 0 || word.indexOf('-', cut + 1) >= 0) return null;
  const one = word.slice(0, cut);
  const two = word.slice(cut + 1);
  return isCapitalized(one) && isCapitalized(two) ? [one, two] : null;
}

/** "Korea-Rusia", "ASEAN-Korea": two places, or a body known by its acronym and a place, written with a hyphen. */
function hyphenPairs(b: Builder): void {
  const replaced = new Set<number>();
  const added: EntityCandidate[] = [];
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const k = xs[xi]!;
    const w = b.t[k]!;
    const parts = hyphenHalves(w.text);
    if (!parts) continue;
    if (lookupPlace(w.text)) continue;
    const infos = parts.map((p) => lookupPlace(p));
    const bodies = parts.map((p) => ORG_ACRONYMS.get(p));
    if (!infos.every((x, n) => (x && strongPlace(x)) || bodies[n] !== undefined)) continue;
    // (two acronyms, "PDIP-PKB", are a coalition's tag, left to the other rules)
    if (bodies.every((x) => x !== undefined)) continue;
    replaced.add(w.start);
    let at = w.start;
    parts.forEach((p, k) => {
      const info = infos[k];
      const body = bodies[k];
      if (body !== undefined) {
        const c = candidate('organization', at, at + p.length, [
          { rule: 'id.org.hyphen-pair', evidence: w.text },
        ]);
        c.canonical = body;
        added.push(c);
      } else if (info) {
        const c = candidate('place', at, at + p.length, [{ rule: 'id.place.hyphen-pair', evidence: w.text }]);
        c.canonical = info.canonical;
        c.country = info.country;
        c.placeKind = info.kind;
        added.push(c);
      }
      at += p.length + 1;
    });
  }
  if (replaced.size)
    b.out = b.out.filter(
      (c) =>
        !replaced.has(c.start) ||
        c.explain[0]?.rule === 'id.place.hyphen-pair' ||
        c.explain[0]?.rule === 'id.org.hyphen-pair',
    );
  b.out.push(...added);
}

/**
 * "Ahmad Luthfi-Taj Yasin Maimoen … Luthfi-Yasin meraih 58,9 persen": two short names joined by a hyphen, each a word
 * of a different person the document names in full, are those two people (a running pair), not one name or a body.
 */
function runningMates(b: Builder): void {
  let words: Map<string, EntityCandidate> | undefined;
  const t = b.t;
  const added: EntityCandidate[] = [];
  const replaced = new Set<number>();
  for (let xi = 0, xs = b.capIdx; xi < xs.length; xi++) {
    const w = t[xs[xi]!]!;
    const parts = hyphenHalves(w.text);
    // ("Ahmad Heryawan - Deddy Mizwar (Heryawan-Deddy)": the pair's tag in brackets after their names is left alone)
    if (!parts || b.t[xs[xi]! - 1]?.text === '(') continue;
    if (!parts.every((p) => p.length >= 2 && !/^\p{Lu}+$/u.test(p))) continue;
    // ("Anies Baswedan-Muhaimin Iskandar": two full names joined, the hyphen inside a run of name words on both
    // sides, are read as such)
    const before = t[xs[xi]! - 1];
    const after = t[xs[xi]! + 1];
    if (before?.cap && !before.caps && after?.cap && !after.caps) continue;
    // ("kata Al-Ansari" after "Majed al-Ansari": an Arabic article and the name it opens are one name)
    if (ARABIC_ARTICLE.test(w.lower[0] + w.text.slice(1))) continue;
    const cut = parts[0].length;
    if (!words) {
      words = new Map();
      // (a person of one name is read by that name, "Hidayatullah", when no full name holds the word, and only
      // beside a mate of a full name)
      const single = new Map<string, EntityCandidate>();
      for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
        const c = cs[ci]!;
        if (c.type !== 'person' || c.end - c.start > 60) continue;
        const names = b.text.slice(c.start, c.end).split(/[\s-]+/u);
        if (names.length < 2) {
          if (!single.has(names[0]!)) single.set(names[0]!, c);
          continue;
        }
        for (const n of names) if (!words.has(n)) words.set(n, c);
      }
      for (const [n, c] of single) if (!words.has(n)) words.set(n, c);
    }
    const one = words.get(parts[0]);
    const two = words.get(parts[1]);
    if (!one || !two || one === two) continue;
    if (!/\s/u.test(b.text.slice(one.start, one.end)) && !/\s/u.test(b.text.slice(two.start, two.end)))
      continue;
    replaced.add(w.start);
    const first = candidate('person', w.start, w.start + cut, [
      { rule: 'id.person.name-pair', evidence: w.text },
    ]);
    const second = candidate('person', w.start + cut + 1, w.end, [
      { rule: 'id.person.name-pair', evidence: w.text },
    ]);
    // (each the person whose word it is, a middle name too: "Yasin" of "Taj Yasin Maimoen")
    first.canonical = one.canonical ?? b.text.slice(one.start, one.end);
    second.canonical = two.canonical ?? b.text.slice(two.start, two.end);
    added.push(first, second);
  }
  if (!replaced.size) return;
  b.out = b.out.filter((c) => !replaced.has(c.start));
  b.out.push(...added);
}

/** How far into a document a dateline may open a paragraph (after a headline and a byline). */
const DATELINE_WITHIN = 400;

/**
 * "RANAI, KOMPAS.com - …", "Ranai (ANTARA) - …": the name a dateline opens with is the place the story
 * was filed from, also when the gazetteer does not know it (it is no acronym of an organization).
 */
function datelinePlaces(b: Builder, doc: Doc): void {
  for (const p of doc.paragraphs) {
    if (p.start > DATELINE_WITHIN) break;
    const dateline = datelineAt(b.text, p.start);
    if (!dateline) continue;
    // (a word in capitals before a bare dash may be a heading: "PERTAMA - …")
    if (!dateline.sourced) continue;
    const start = dateline.at;
    const surface = dateline.place;
    const end = start + surface.length;
    const info = lookupPlace(surface);
    const found = b.out.find((c) => c.start === start && c.end === end);
    if (found?.type === 'place') return;
    const c = found ?? candidate('place', start, end, []);
    c.type = 'place';
    c.titles = undefined;
    c.expands = undefined;
    c.placeKind = info?.kind ?? 'city';
    c.country = info?.country ?? undefined;
    // an unknown name in capitals is written as a name ("RANAI" → "Ranai"), to meet its later mentions
    c.canonical =
      info?.canonical ??
      surface
        .toLowerCase()
        .replace(/(^|[ .'’-])(\p{L})/gu, (_, sep: string, l: string) => sep + l.toUpperCase());
    c.explain.unshift({ rule: 'id.place.dateline', evidence: surface });
    if (!found) {
      // (a name inside it read as something else gives way)
      b.out = b.out.filter((o) => o.end <= start || o.start >= end);
      b.out.push(c);
    }
    return;
  }
}

// ---------------------------------------------------------------- entry point

/** People, places and organizations in id text. */
export function entities(doc: Doc, _ctx: Context): EntityCandidate[] {
  scratchUsed = 0;
  const capIdx: number[] = [];
  const parenIdx: number[] = [];
  const cueIdx: number[] = [];
  const tokens = toks(doc, capIdx, parenIdx, cueIdx);
  const b: Builder = {
    text: doc.text,
    sentences: doc.sentences,
    t: tokens,
    capIdx,
    parenIdx,
    cueIdx,
    out: [],
    placeMemo: new TokenMemo(tokens.length),
    orgMemo: new TokenMemo(tokens.length),
    headMemo: new TokenMemo(tokens.length),
    folds: new Map(),
    // the fields filled on first use are present from the start: every Builder has one hidden class,
    // so the passes' reads of `b` stay monomorphic (a field added later gives the object a new one)
    pendingTitle: undefined,
    appositives: undefined,
    startIndex: undefined,
    tokFolds: undefined,
    listJoins: undefined,
    sports: undefined,
    sportsDoc: undefined,
    headlineTails: undefined,
    things: undefined,
    officeWords: undefined,
    headedPairs: undefined,
  };
  for (const span of chunks(b)) readChunk(b, span);
  datelinePlaces(b, doc);
  numberedLeagues(b);
  perseroTails(b);
  englishLongForms(b);
  parentheticals(b);
  hyphenPairs(b);
  unitsAfterAmounts(b);
  quotedNicknames(b);
  lowercaseHeads(b);
  bracketedBeforeName(b);
  bodyBeforeHonorific(b);
  lowercaseMinistries(b);
  splitKnownNames(b);
  sportsTeams(b, doc);
  clubShortForms(b);
  clubFirstWords(b, doc);
  clubWordBeforeHolder(b);
  clubTownsElsewhere(b);
  addressParts(b);
  routeEnds(b);
  placeSuffixes(b);
  dottedTails(b);
  generationSuffixes(b);
  listsOfPlaces(b);
  listsAfterPlaceKind(b);
  listsAfterLocative(b);
  lowercaseOfficeAppositives(b);
  orgKindNames(b);
  datedWorks(b);
  productModels(b);
  shipNames(b);
  trainNames(b);
  worksAfterKind(b);
  quotedWorkTitles(b);
  orAliases(b);
  bandOfMember(b);
  listsOfPeople(b);
  stockCodes(b);
  orgLedNames(b);
  namePairs(b);
  officeHoldersNamedElsewhere(b);
  townsOpeningSpeakersNames(b);
  shortNamesOfNamed(b);
  harmonize(b);
  openingWordsOfNamed(b);
  dropLoneInitials(b, doc);
  headlinePhrases(b, doc);
  recoverInitials(b);
  personPairs(b);
  slashPairs(b);
  orgShortForms(b);
  fieldGlosses(b);
  countryBranches(b);
  lowercaseTitles(b);
  appositiveTitles(b);
  namesAfterOfficeAcronyms(b);
  hospitalsAfterAcronym(b);
  headedShortForms(b);
  companyShortNames(b);
  orgsInTitles(b);
  namesAfterCompanyInTitles(b);
  namesAfterCompanyTail(b);
  shortFormsOpeningNames(b);
  placeInitials(b);
  nobleStyles(b);
  commonPhrases(b);
  runningMates(b);
  // (a headline's name is cut to what the body names first: "Retno Bertemu …" is no full name of Retno's)
  headlineNamesFromBody(b, doc);
  headlineNamesGrownFromBody(b, doc);
  namesBeforeFullNames(b);
  markHeadlineTails(b);
  camelCaseNames(b);
  acronymTails(b);
  placesInQuotedTitles(b);
  bodiesInsideNames(b);
  personInitials(b);
  officeOverPlaceBeforeHolder(b);
  return b.out;
}

/**
 * "Ketua Koperasi Pedagang Pasar Induk Kramat Jati Zulkifli Rasyid": a person read without an office, right after a
 * place that capitalized words an office's head word opens run into, bears that office, the place in it.
 */
function officeOverPlaceBeforeHolder(b: Builder): void {
  let index: StartIndex | undefined;
  let placeByEnd: Map<number, EntityCandidate> | undefined;
  const t = b.t;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || c.titles?.length) continue;
    if (placeByEnd === undefined) {
      placeByEnd = new Map();
      for (const x of b.out) if (x.type === 'place') placeByEnd.set(x.end, x);
    }
    const place = placeByEnd.get(c.start - 1);
    if (place === undefined || b.text.charCodeAt(c.start - 1) !== 32) continue;
    index ??= tokenIndex(b);
    const p = index.get(place.start);
    if (p === undefined) continue;
    // (up to four capitalized words before the place, the first of them an office's head word)
    let k = p - 1;
    while (k >= 0 && k >= p - 4 && t[k]!.cap && !t[k]!.caps && !isTitleHead(t[k]!)) k--;
    if (k < 0 || !t[k]!.cap || !isTitleHead(t[k]!)) continue;
    c.titles = [b.text.slice(t[k]!.start, place.end)];
    c.explain.push({ rule: 'id.person.title-before-name', evidence: b.text.slice(t[k]!.start, c.end) });
  }
}

/**
 * "mantan Menteri Pertanian Syahrul Yasin Limpo (SYL) … SYL membantah": capitals in brackets right after a person's
 * name of three words or more that its words' initials spell are that person's short name, there and wherever the
 * document writes them as an acronym.
 */
function personInitials(b: Builder): void {
  const text = b.text;
  let people: Map<number, EntityCandidate> | undefined;
  let short: Map<string, string> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'organization' || firstRule(c) !== 'id.org.acronym') continue;
    if (text[c.start - 1] !== '(' || text[c.end] !== ')' || text[c.start - 2] !== ' ') continue;
    if (!people) {
      people = new Map();
      for (const x of b.out) if (x.type === 'person') people.set(x.end, x);
    }
    const person = people.get(c.start - 2);
    if (!person) continue;
    const name = person.canonical ?? text.slice(person.start, person.end);
    const words = name.split(/\s+/u);
    const acronym = text.slice(c.start, c.end);
    if (words.length < 3 || words.length !== acronym.length || words.some((w, k) => w[0] !== acronym[k]))
      continue;
    short ??= new Map();
    short.set(acronym, name);
  }
  if (!short) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    const name = c.type === 'organization' ? short.get(text.slice(c.start, c.end)) : undefined;
    if (name === undefined) continue;
    retype(c, 'person', 'id.person.nickname', text.slice(c.start, c.end));
    c.canonical = name;
  }
}

/**
 * "Vice President of Worldwide Developer Relations Apple Susan Prescott": a known body inside a run read as a person's
 * name, then two or three name words that a given name opens, ends the office; the name follows it.
 */
function bodiesInsideNames(b: Builder): void {
  const t = b.t;
  let index: StartIndex | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || c.canonical || c.end - c.start < 12) continue;
    index ??= tokenIndex(b);
    const s = index.get(c.start);
    if (s === undefined) continue;
    const e = tokensTo(b, s, c.end);
    if (e - s < 4) continue;
    for (let k = s + 1; k <= e - 3; k++) {
      if (!t[k]!.cap) continue;
      const org = orgAt(b, k, e);
      if (!org || e - org.end < 2 || e - org.end > 3 || !plainGivenName(t[org.end]!)) continue;
      if (!everyTok(t, org.end, e, (x) => x.cap && !x.caps && !isTitleHead(x))) continue;
      emit(b, 'organization', k, org.end, 'id.org.lexicon', { canonical: org.name });
      if (!c.titles?.length) c.titles = [b.text.slice(t[s]!.start, t[org.end - 1]!.end)];
      c.start = t[org.end]!.start;
      c.explain.push({ rule: 'id.person.title-before-name', evidence: b.text.slice(c.start, c.end) });
      break;
    }
  }
}

/** Who customs ("adat") belong to before a people's name: "warga adat Marind", "masyarakat adat Awyu". */
const PEOPLE_OF_CUSTOM = new Set(['warga', 'masyarakat', 'komunitas', 'suku', 'kampung']);

/** Small words a title of a work keeps in lower case ("KKN di Desa Penari", "Perempuan Tanah Jahanam"). */
const TITLE_SMALL_WORDS = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'yang',
  'untuk',
  'dengan',
  'of',
  'the',
  'and',
  'in',
]);

/**
 * "… di bawah "KKN di Desa Penari" yang meraih 10 juta penonton": a place read from its head word inside a short
 * quotation written in title case (capitalized words and small joining words only) is a word of a work's title.
 */
function placesInQuotedTitles(b: Builder): void {
  const t = b.t;
  let index: StartIndex | undefined;
  let gone: Set<EntityCandidate> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    const rule = firstRule(c);
    if (c.type !== 'place' || (rule !== 'id.place.admin-head' && rule !== 'id.place.feature-head')) continue;
    index ??= tokenIndex(b);
    const s = index.get(c.start);
    if (s === undefined) continue;
    const e = tokensTo(b, s, c.end);
    const quote = shortQuoteAround(b, s, e);
    if (!quote) continue;
    const { open, close } = quote;
    let small = 0;
    let titled = close - open - 1 >= 3;
    for (let k = open + 1; k < close && titled; k++) {
      const x = t[k]!;
      if (TITLE_SMALL_WORDS.has(x.text)) small++;
      else titled = x.cap || /^\d/u.test(x.text);
    }
    if (!titled || small === 0) continue;
    gone ??= new Set();
    gone.add(c);
  }
  if (gone) b.out = b.out.filter((c) => !gone.has(c));
}

/**
 * "Pedro Acosta dari Red Bull KTM": a run of capitalized words that only its capitals made a person's and that an
 * acronym of three letters or more closes (no Roman numeral) is a body's name; people's names end in no acronym
 * ("Mahfud MD" ends in two letters).
 */
function acronymTails(b: Builder): void {
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || !WEAK_PERSON.test(firstRule(c)) || c.titles?.length) continue;
    const surface = b.text.slice(c.start, c.end);
    const space = surface.lastIndexOf(' ');
    const last = surface.slice(space + 1);
    // (a run written all in capitals is a heading's, "AML WANTED"; "Super Bowl XLII" ends in a Roman numeral)
    if (space < 0 || !/^\p{Lu}{3,}$/u.test(last) || /^[IVXLCDM]+$/u.test(last)) continue;
    if (!/\p{Ll}/u.test(surface.slice(0, space))) continue;
    retype(c, 'organization', 'id.org.tail-word', surface);
  }
}

/**
 * "InfoBMKG", "PeduliLindungi", "BukaLapak": one word written in camel case (a capital after small letters, no name
 * prefix) is a company's, a platform's or an app's, never a person's (id.org.camel-case); with one or two small letters
 among capitals ("VoIP", "SoC") it is a term's acronym, no name at all.
 */
function camelCaseNames(b: Builder): void {
  let terms: Set<EntityCandidate> | undefined;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type !== 'person' || !WEAK_PERSON.test(firstRule(c))) continue;
    const w = b.text.slice(c.start, c.end);
    // ("PPh", "PPn": one small letter closing two or three capitals makes a tax's or a term's short form)
    const closingSmall = /^\p{Lu}{2,3}\p{Ll}$/u.test(w);
    if (!closingSmall && (!CAMEL_CASE.test(w) || !/^[\p{L}\p{N}]*$/u.test(w) || INNER_CAPITAL_NAME.test(w)))
      continue;
    // ("VoIP", "SoC": one or two small letters among capitals make a term's acronym, no name at all)
    if (closingSmall || /^\p{Lu}\p{Ll}{1,2}\p{Lu}/u.test(w)) {
      terms ??= new Set();
      terms.add(c);
      continue;
    }
    c.type = 'organization';
    c.titles = undefined;
    c.explain.push({ rule: 'id.org.camel-case', evidence: w });
  }
  if (terms) b.out = b.out.filter((c) => !terms.has(c));
}

/** The people whose name a headline's "Juara", "Menang" or "Lagi" ended say so (id.person.headline-tail). */
function markHeadlineTails(b: Builder): void {
  const ends = b.headlineTails;
  if (!ends) return;
  for (let ci = 0, cs = b.out; ci < cs.length; ci++) {
    const c = cs[ci]!;
    if (c.type === 'person' && ends.has(c.end))
      c.explain.push({ rule: 'id.person.headline-tail', evidence: b.text.slice(c.start, c.end) });
  }
}
