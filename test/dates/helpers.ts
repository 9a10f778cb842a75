// Runs one locale's date rules over a sentence, as the pipeline does, and returns what it found.
import * as en from '../../src/locales/en/dates.js';
import * as id from '../../src/locales/id/dates.js';
import type { Doc } from '../../src/recognize/types.js';
import { segment } from '../../src/text/segment.js';
import type { Language } from '../../src/types.js';

export interface Found {
  text: string;
  type: string;
  value: string | null;
  rule: string;
}

const LOCALES = { id, en } as const;

export function doc(text: string, language: Language): Doc {
  return { text, language, ...segment(text) };
}

export function findDates(text: string, language: Language, referenceDate: string | null): Found[] {
  return LOCALES[language].dates(doc(text, language), { lexicon: {}, referenceDate }).map((c) => ({
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    rule: c.explain[0]?.rule ?? '',
  }));
}

/** The [text, value] pairs found, in order. */
export function pairs(
  text: string,
  language: Language,
  referenceDate: string | null,
): [string, string | null][] {
  return findDates(text, language, referenceDate).map((f) => [f.text, f.value]);
}
