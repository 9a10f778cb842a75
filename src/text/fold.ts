import { memoize } from './memo.js';

/**
 * Folds a surface form for lookups: lower case, no accents, one kind of apostrophe and dash, single
 * spaces. Plain ASCII needs no Unicode normalization (the common case, and the hot path).
 */
export function foldKey(s: string): string {
  let upper = false;
  let spaces = false;
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return foldUnicode(s);
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 32 && (i === 0 || i === last || s.charCodeAt(i + 1) === 32)) spaces = true;
  }
  const l = upper ? s.toLowerCase() : s;
  return spaces ? l.replace(/\s+/g, ' ').trim() : l;
}

/** Folds of strings beyond ASCII met so far (Unicode normalization is the slow path). */
const foldUnicode = memoize(foldUnicodeUncached);

function foldUnicodeUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `s.toLowerCase()`, without building a new string when `s` is plain ASCII with no capital in it
 * (most words of running text): one look at each character instead.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.length === 1 && c >= 128 ? lowerUnit(c) : keptLower(s);
  }
  return s;
}

/**
 * `s.toLowerCase()`, as `s` itself when lower-casing changes nothing: V8 makes a new string of any word
 * beyond Latin-1 even then (a word of a script without case), and a kept copy is memory the collector
 * copies and marks (a token's lower case lives as long as the token).
 */
export function keptLower(s: string): string {
  if (lowerKeepsUnits(s)) return s;
  const l = s.toLowerCase();
  return l === s ? s : l;
}

/**
 * Per code unit of the Basic Multilingual Plane: 1 when lower-casing keeps the unit as it is, 2 when it
 * changes it (or the unit is a surrogate: a pair may be a letter with case), 0 when not yet known.
 */
let UNIT_LOWER_KEPT: Uint8Array | null = null;
/**
 * Does `s.toLowerCase()` give `s` back because lower-casing keeps each of its code units? Asked before
 * lower-casing a word beyond Latin-1, whose lower case V8 builds as a new string even when nothing
 * changes (a word of a script without case, or in lower case already). Lower-casing maps code points one
 * by one save the final sigma and the dotted capital I, whose units change on their own too; a
 * surrogate is never read as kept. False when some unit may change (the caller lower-cases).
 */
function lowerKeepsUnits(s: string): boolean {
  UNIT_LOWER_KEPT ??= new Uint8Array(0x10000);
  const kept = UNIT_LOWER_KEPT;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k = kept[c]!;
    if (k === 0) {
      const ch = String.fromCharCode(c);
      k = c >= 0xd800 && c <= 0xdfff ? 2 : ch.toLowerCase() === ch ? 1 : 2;
      kept[c] = k;
    }
    if (k !== 1) return false;
  }
  return true;
}

/**
 * The lower case of each one-unit string beyond ASCII, made once: `toLowerCase` makes a new string
 * of any such unit, and a text of quotation marks or of a script without case asks a million times.
 */
let LOWER_UNITS: string[] | null = null;
function lowerUnit(c: number): string {
  LOWER_UNITS ??= new Array<string>(0x10000).fill('');
  let l = LOWER_UNITS[c]!;
  if (l === '') {
    l = String.fromCharCode(c).toLowerCase();
    LOWER_UNITS[c] = l;
  }
  return l;
}
