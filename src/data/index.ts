// Shared place gazetteer (both languages).
//
// API
//   lookupPlace(surface: string): PlaceInfo | null
//       The place a name denotes, or null. Case-, accent- and spacing-insensitive ("JAKARTA", "Moskow",
//       "Korea Selatan", "South Korea", "Kabupaten Aceh Selatan", "Jawa Timur"). When several places
//       share a name, one wins: the exonym list, then countries, Indonesian provinces, Indonesian
//       cities (Kota), regencies (Kabupaten), world cities (by population), world regions, districts,
//       urban wards (kelurahan of the cities).
//       PlaceInfo = { canonical, country, kind, source, population }
//         canonical  — the name to show: Indonesian for countries ("Tiongkok" → "China", "South Korea" →
//                      "Korea Selatan"), the full official name for regencies ("Kabupaten Aceh Selatan").
//         country    — ISO 3166-1 alpha-2 of the place or the country it lies in; null for continents.
//         kind       — 'country' | 'city' | 'region' | 'other' (contract PlaceKind).
//         source     — where it came from (see PlaceSource); lets recognizers trust some sources more.
//         population — log10 class of the population (9 for countries, exonyms; 7 provinces; 6 regencies
//                      and cities; world cities their own, e.g. 6 = a million+); use it as a prominence score.
//   placeSource(surface: string): PlaceSource | null — lookupPlace(surface)?.source, without a copy.
//   countryName(code: string, lang: 'id' | 'en'): string | null
//       Short country name for an ISO alpha-2 code ("KR" → "Korea Selatan" / "South Korea").
//   placeMaxWords(): number — the most words any name in the gazetteer has (for n-gram scanning).
//   mayStartPlace(word): boolean — can a place name start with this word? (cheap pre-check for scanners)
//   foldPlaceName(s): string — the normalization keys use (lowercase, no accents, single spaces).
//   isCompanyName(word): boolean — a one-word company name ("Unilever", "Yamaha"; @cspell/dict-companies,
//       less everyday English words, places and personal names). Case-sensitive.
//   isPersonName(word): boolean — a given or family name (@cspell/dict-people-names, mostly Western:
//       "Maria", "Johan", "Hart"). Case-insensitive.
//
// The table is generated from public packages by src/data/generate.mjs (sources and licenses there) into
// generated/places.txt, read as text on the first lookup (a few ms; as a 1.2 MB string literal in a module it
// cost tens of ms of compiling at every start), indexed by line and binary-searched in place. The personal
// names are read the same way (generated/person-names.txt). `npm run build` copies the text files to dist/
// and writes next to them the lookup tables built from them and their UTF-16 copies (see prebuilt.ts).
import { foldKey, lowerCase } from '../text/fold.js';
import { TextSet } from '../text/word-table.js';
import type { PlaceKind } from '../types.js';
import { COMPANIES } from './generated/names.js';
import { COUNTRY_EN, PLACE_MAX_WORDS, PLACE_NAMESAKES } from './generated/places.js';
import { prebuilt, readText, wordList } from './prebuilt.js';

export type PlaceSource =
  | 'exonym'
  | 'country'
  | 'id-province'
  | 'id-regency'
  | 'id-city'
  | 'id-district'
  | 'world-city'
  | 'world-region'
  | 'id-ward';

export interface PlaceInfo {
  canonical: string;
  country: string | null;
  kind: PlaceKind;
  source: PlaceSource;
  population: number;
}

const KIND: Record<string, PlaceKind> = { c: 'country', y: 'city', r: 'region', o: 'other' };
const SOURCE: Record<string, PlaceSource> = {
  X: 'exonym',
  C: 'country',
  P: 'id-province',
  R: 'id-regency',
  K: 'id-city',
  D: 'id-district',
  W: 'world-city',
  A: 'world-region',
  V: 'id-ward',
};

/** Place names fold like every other lookup key. */
export const foldPlaceName = foldKey;

/** A generated text file next to this module (generated/NAME), whole. */
function readGenerated(name: string): string {
  return readText(new URL(`./generated/${name}`, import.meta.url));
}

/**
 * The gazetteer, read on first use: its text (one place a line, each line ending in "\n", sorted by key),
 * where each line starts (one more entry: the text's length), a Bloom filter of the lines' keys and the
 * set of the keys' first words (the tables prebuilt: see buildPlaceTables).
 */
interface Gazetteer {
  text: string;
  starts: Int32Array;
  keys: WordFilter;
  firstWords: TextSet;
}
let gazetteer: Gazetteer | null = null;

const placeTables = prebuilt(
  new URL('./generated/places.bin', import.meta.url),
  () => readGenerated('places.txt'),
  buildPlaceTables,
);

function places(): Gazetteer {
  if (!gazetteer) {
    const { text, table } = placeTables();
    const lines = table[0]!;
    const filterEnd = 2 + lines + FILTER_INTS;
    gazetteer = {
      text,
      starts: table.subarray(1, 2 + lines),
      keys: WordFilter.fromInts(table.subarray(2 + lines, filterEnd)),
      firstWords: TextSet.fromInts(text, table.subarray(filterEnd)),
    };
  }
  return gazetteer;
}

/**
 * The tables of a gazetteer text, as integers: [lines, ...line starts (lines + 1), ...the keys' Bloom
 * filter (FILTER_INTS), ...the first words' TextSet].
 */
function buildPlaceTables(text: string): Int32Array {
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const lines = starts.length - 1;
  const filter = new WordFilter();
  const words = new TextSet(text, lines);
  forEachKey(text, starts, (start, key) => {
    filter.add(text, start, key);
    const space = text.indexOf(' ', start);
    words.add(start, space >= 0 && space < key ? space : key);
  });
  const filterInts = filter.toInts();
  const wordInts = words.toInts();
  const table = new Int32Array(1 + starts.length + filterInts.length + wordInts.length);
  table[0] = lines;
  table.set(starts, 1);
  table.set(filterInts, 1 + starts.length);
  table.set(wordInts, 1 + starts.length + filterInts.length);
  return table;
}

/** Line i of the gazetteer, without its "\n". */
function lineAt(g: Gazetteer, i: number): string {
  return g.text.slice(g.starts[i]!, g.starts[i + 1]! - 1);
}

const cache = new Map<string, PlaceInfo | null>();
let countriesById: Map<string, string> | null = null;
let countriesEn: Map<string, string> | null = null;

const keyOf = (line: string): string => line.slice(0, line.indexOf('|'));

function parse(line: string): PlaceInfo {
  const [, canonical = '', cc = '', k = 'o', src = 'W', pop = '0'] = line.split('|');
  return {
    canonical,
    country: cc || null,
    kind: KIND[k] ?? 'other',
    source: SOURCE[src] ?? 'world-city',
    population: Number(pop),
  };
}

/**
 * Compares the key of the gazetteer line starting at `start` (the text before its first "|") with `key`,
 * by code units as `<` does, without cutting the line.
 */
function compareKey(text: string, start: number, key: string): number {
  const n = key.length;
  for (let i = 0; ; i++) {
    const a = text.charCodeAt(start + i);
    const lineEnded = a === 124 || a === 10; // "|" or the end of the line
    if (i === n) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    const b = key.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

/** Binary search over the sorted generated lines, in place (no Map is built, no line is cut but the hit). */
function find(key: string): PlaceInfo | null {
  const g = places();
  let lo = 0;
  let hi = g.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKey(g.text, g.starts[mid]!, key);
    if (c === 0) return parse(lineAt(g, mid));
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/**
 * A Bloom filter over a set of strings (64 KB, three probes: under 1 % false positives for the 38k keys
 * of the gazetteer): `mayHave` false is sure. It answers most look-ups of words that are in no list
 * from bits that stay in the cache, where a large Set or Map misses it.
 */
const FILTER_BITS = 1 << 19;
const FILTER_INTS = FILTER_BITS >>> 5;
class WordFilter {
  private bits: Uint32Array = new Uint32Array(FILTER_INTS);
  /** The bits as integers (for a prebuilt table). */
  toInts(): Int32Array {
    return new Int32Array(this.bits.buffer, this.bits.byteOffset, FILTER_INTS);
  }
  /** The filter `toInts` gave (a view: nothing is copied). */
  static fromInts(ints: Int32Array): WordFilter {
    const filter = new WordFilter();
    filter.bits = new Uint32Array(ints.buffer, ints.byteOffset, FILTER_INTS);
    return filter;
  }
  /** Adds the word s.slice(from, to) (read in place: no slice is made). */
  add(s: string, from: number, to: number): void {
    hashes(s, from, to);
    for (let k = 0; k < 3; k++) {
      const bit = (hashA + Math.imul(k, hashB)) & (FILTER_BITS - 1);
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  mayHave(w: string): boolean {
    hashes(w);
    return this.mayHaveHashes(hashA, hashB);
  }
  /** mayHave of the word whose `hashes` are a and b. */
  mayHaveHashes(a: number, b: number): boolean {
    for (let k = 0; k < 3; k++) {
      const bit = (a + Math.imul(k, b)) & (FILTER_BITS - 1);
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/**
 * Two 32-bit hashes of the last string given to `hashes` (FNV-1a and a multiplicative one, odd), kept
 * as signed 32-bit integers: small integers in V8, where unsigned ones above 2^31 would be boxed
 * numbers allocated on every call (the probes only use them modulo 2^19).
 */
let hashA = 0;
let hashB = 0;
function hashes(w: string, from = 0, to = w.length): void {
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  for (let i = from; i < to; i++) {
    const c = w.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x85ebca6b) ^ (b >>> 13);
  }
  hashA = a;
  hashB = b | 1;
}

/**
 * Calls `visit(start, end)` with the offsets of each line's key in a gazetteer text whose lines start at
 * `starts`, read in place (nothing is cut out).
 */
function forEachKey(
  text: string,
  starts: readonly number[],
  visit: (start: number, end: number) => void,
): void {
  for (let i = 0; i < starts.length - 1; i++) {
    const start = starts[i]!;
    const end = starts[i + 1]! - 1;
    const bar = text.indexOf('|', start);
    visit(start, bar >= 0 && bar < end ? bar : end);
  }
}

/**
 * For a scanner that tries the spans text[from, ends[k]) for k = 0 … n-1 (ends rising, each span's
 * end a word's end): sets verdict[k] to 0 when no gazetteer key can be the fold of that span (the keys'
 * Bloom filter says so, as cachedPlace would after folding it), to 1 when it may be or when the span is
 * not plain ASCII with single spaces (foldKey's slow path: unsure). The hashes are those of `hashes` over
 * the span lower-cased, taken forward once for all the spans (no span is cut or folded).
 */
export function placeSpansMayBeKeys(
  text: string,
  from: number,
  ends: Int32Array,
  n: number,
  verdict: Uint8Array,
): void {
  const filter = places().keys;
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  let p = from;
  let unsure = false;
  for (let k = 0; k < n; k++) {
    const end = ends[k]!;
    if (end < p) unsure = true;
    for (; p < end && !unsure; p++) {
      let c = text.charCodeAt(p);
      if (c < 0x20 || c > 0x7e || (c === 32 && (p === from || text.charCodeAt(p + 1) === 32))) unsure = true;
      else {
        if (c >= 65 && c <= 90) c += 32;
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b + c, 0x85ebca6b) ^ (b >>> 13);
      }
    }
    verdict[k] = unsure || filter.mayHaveHashes(a, b | 1) ? 1 : 0;
  }
}

/**
 * For a scanner that looks up the spans words[from … from + k] for k = 0 … n-1, each as its words'
 * texts joined by single spaces (lookupPlace of that surface): sets verdict[k] to 0 when no gazetteer key
 * can be the fold of that span (the keys' Bloom filter says so, as cachedPlace would after folding it),
 * to 1 when it may be or when a word is not printable ASCII (foldKey's slow path: unsure). The hashes are
 * those of `hashes` over the surface lower-cased, taken forward once for all the spans.
 */
export function placeWordSpansMayBeKeys(
  words: readonly string[],
  from: number,
  n: number,
  verdict: Uint8Array,
): void {
  const filter = places().keys;
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  let unsure = false;
  for (let k = 0; k < n; k++) {
    const w = words[from + k]!;
    if (k > 0 && !unsure) {
      a = Math.imul(a ^ 32, 0x01000193);
      b = Math.imul(b + 32, 0x85ebca6b) ^ (b >>> 13);
    }
    for (let i = 0; i < w.length && !unsure; i++) {
      let c = w.charCodeAt(i);
      if (c <= 0x20 || c > 0x7e) unsure = true;
      else {
        if (c >= 65 && c <= 90) c += 32;
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b + c, 0x85ebca6b) ^ (b >>> 13);
      }
    }
    if (w.length === 0) unsure = true;
    verdict[k] = unsure || filter.mayHaveHashes(a, b | 1) ? 1 : 0;
  }
}

/**
 * Is the surface sure to fold to no gazetteer key (the keys' Bloom filter says so)? Read in place, with
 * no fold made, for printable ASCII with single inner spaces (foldKey's fast path: the fold is the lower
 * case, hashed as it goes); false (unsure) for any other surface. Half the surfaces asked about are no
 * key's and capitalized: their lower case was a string made only to be turned away.
 */
function surelyNoKey(surface: string): boolean {
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  const last = surface.length - 1;
  for (let i = 0; i <= last; i++) {
    let c = surface.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || (c === 32 && (i === 0 || i === last || surface.charCodeAt(i + 1) === 32)))
      return false;
    if (c >= 65 && c <= 90) c += 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x85ebca6b) ^ (b >>> 13);
  }
  return !places().keys.mayHaveHashes(a, b | 1);
}

/** The cached entry for a surface (shared: not to be changed). */
function cachedPlace(surface: string): PlaceInfo | null {
  if (surelyNoKey(surface)) return null;
  const key = foldPlaceName(surface);
  // no line has this key: find would say null (misses are not kept, so they do not crowd the cache)
  if (!places().keys.mayHave(key)) return null;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = find(key);
    if (cache.size > 50000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

export function lookupPlace(surface: string): PlaceInfo | null {
  const hit = cachedPlace(surface);
  return hit ? { ...hit } : null;
}

let namesakes: Map<string, { country: string; region: string }[]> | null = null;

/**
 * The namesakes in other countries of the world city a surface names ("St. Petersburg" → US, Florida),
 * biggest first; empty when there are none.
 */
export function placeNamesakes(surface: string): readonly { country: string; region: string }[] {
  if (!namesakes) {
    namesakes = new Map();
    for (const line of PLACE_NAMESAKES.split('\n')) {
      const [key = '', country = '', region = ''] = line.split('|');
      if (!key) continue;
      const list = namesakes.get(key) ?? [];
      list.push({ country, region });
      namesakes.set(key, list);
    }
  }
  return namesakes.get(foldPlaceName(surface)) ?? [];
}

/** `lookupPlace(surface)?.source ?? null`, without copying the entry. */
export function placeSource(surface: string): PlaceSource | null {
  return cachedPlace(surface)?.source ?? null;
}

export function placeMaxWords(): number {
  return PLACE_MAX_WORDS;
}

export function countryName(code: string, lang: 'id' | 'en'): string | null {
  const cc = code.toUpperCase();
  if (lang === 'id') {
    if (!countriesById) {
      countriesById = new Map();
      const g = places();
      const starts = g.starts;
      for (let i = 0; i < starts.length - 1; i++) {
        // (the kind field is the only place "|c|" can be: keys and names hold no "|")
        const at = g.text.indexOf('|c|', starts[i]!);
        if (at < 0) break;
        while (starts[i + 1]! <= at) i++; // on to the line holding it
        const line = lineAt(g, i);
        const info = parse(line);
        if (info.country && keyOf(line) === foldPlaceName(info.canonical))
          countriesById.set(info.country, info.canonical);
      }
    }
    return countriesById.get(cc) ?? null;
  }
  if (!countriesEn) {
    countriesEn = new Map(
      COUNTRY_EN.split('\n').map((l) => {
        const [c = '', n = ''] = l.split('|');
        return [c, n];
      }),
    );
  }
  return countriesEn.get(cc) ?? null;
}

let companies: Set<string> | null = null;

export function isCompanyName(word: string): boolean {
  companies ??= new Set(COMPANIES.split(' '));
  return companies.has(word);
}

/** The personal names, lower-cased. */
const personNames = wordList(new URL('./generated/person-names.txt', import.meta.url), (text) =>
  text.trimEnd().toLowerCase(),
);

export function isPersonName(word: string): boolean {
  return personNames().words.has(lowerCase(word));
}

/**
 * (No cache of its own: its callers ask once per distinct word, and folding a word beyond ASCII is
 * memoized already; a second cache only made garbage on text where no word repeats.)
 */
export function mayStartPlace(word: string): boolean {
  return places().firstWords.has(foldPlaceName(word));
}

/** mayStartPlace of a word given already folded (`foldPlaceName(word)`): one lookup, nothing kept. */
export function mayStartPlaceFolded(key: string): boolean {
  return places().firstWords.has(key);
}
