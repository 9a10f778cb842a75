// Shared by the English entity tests: run the recognizer and resolver on a sentence, and a table of
// cases that must be found and cases that must not.
import { describe, expect, it } from 'vitest';
import { entities } from '../../../src/locales/en/entities.js';
import type { Doc } from '../../../src/recognize/types.js';
import { resolveEntities } from '../../../src/resolve/entities.js';
import { segment } from '../../../src/text/segment.js';

export const doc = (text: string): Doc => ({ text, language: 'en', ...segment(text) });
export const ctx = { lexicon: {}, referenceDate: null };

/** Every mention as "type:text", in text order. */
export function mentions(text: string): string[] {
  const r = resolveEntities(text, entities(doc(text), ctx));
  const all = [
    ...r.people.flatMap((e) => e.mentions.map((m) => ({ ...m, type: 'person' }))),
    ...r.places.flatMap((e) => e.mentions.map((m) => ({ ...m, type: 'place' }))),
    ...r.organizations.flatMap((e) => e.mentions.map((m) => ({ ...m, type: 'organization' }))),
  ];
  return all.sort((a, b) => a.start - b.start).map((m) => `${m.type}:${m.text}`);
}

export type Case = [sentence: string, present: string[], absent: string[]];

export function table(name: string, cases: Case[]): void {
  describe(name, () => {
    it.each(cases)('%s', (sentence, present, absent) => {
      const found = mentions(sentence);
      for (const p of present) expect(found).toContain(p);
      for (const a of absent) expect(found).not.toContain(a);
    });
  });
}
