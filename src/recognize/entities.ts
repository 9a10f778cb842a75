// Small shared pieces of entity recognition, language-neutral: word shapes, a phrase table with
// longest-match lookup over tokens, and a folding that makes lookups case- and accent-insensitive.
import type { Token } from '../text/segment.js';

export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
/**
 * Family and given names written with a capital inside the word after a prefix: "McCarthy", "MacArthur",
 * "DiCaprio", "DeSantis", "LeBron", "VanDyke", "FitzGerald", "StJohn", "JaVale", "KeShawn", "TaShawn".
 */
export const INNER_CAPITAL_NAME = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Lo|Van|Von|Fitz|St|Ja|Ke|Ta)\p{Lu}/u;
/** An acronym or all-capital word: "PBB", "KPK", "PDI-P", "G20", "SEOUL". */
export const isAllCaps = (w: string): boolean =>
  /^\p{Lu}[\p{Lu}\p{N}&.-]*$/u.test(w) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(w);

import { foldKey } from '../text/fold.js';

export { foldKey };

/** The part of a folded key before its first space, dot or hyphen (`key.split(/[ .-]/)[0]`, without the array). */
function firstWord(key: string): string {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c === 32 || c === 46 || c === 45) return key.slice(0, k);
  }
  return key;
}

/**
 * A table of multi-word phrases (names) looked up by folded key. `longest` finds the longest phrase
 * that starts at token i and ends by token `limit` (exclusive); phrases join tokens with single spaces,
 * or with nothing around hyphens and dots that the text itself writes without spaces.
 */
export class PhraseTable<V> {
  private readonly map = new Map<string, V>();
  /** First words of the phrases: most positions start no phrase, and this says so at once. */
  private readonly firstWords = new Set<string>();
  private maxWords = 1;

  add(phrase: string, value: V, overwrite = false): void {
    const key = foldKey(phrase);
    if (!key) return;
    if (!overwrite && this.map.has(key)) return;
    this.map.set(key, value);
    this.firstWords.add(firstWord(key));
    const n = key.split(' ').length;
    if (n > this.maxWords) this.maxWords = n;
  }

  get(phrase: string): V | undefined {
    return this.map.get(foldKey(phrase));
  }

  longest(
    text: string,
    tokens: readonly Token[],
    i: number,
    limit: number,
  ): { end: number; value: V } | null {
    const first = firstWord(foldKey(text.slice(tokens[i]!.start, tokens[i]!.end)));
    if (!this.firstWords.has(first)) return null;
    const last = Math.min(limit, i + this.maxWords);
    for (let j = last; j > i; j--) {
      const v = this.map.get(foldKey(text.slice(tokens[i]!.start, tokens[j - 1]!.end)));
      if (v !== undefined) return { end: j, value: v };
    }
    return null;
  }
}
