// Whatever the text, the quote rules return valid spans and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const PIECES = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  "''",
  '«',
  '»',
  '„',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  ':',
  '(',
  ')',
  '—',
  'kata',
  'Budi',
  'katanya',
  'mengatakan',
  'Menurut',
  'dia',
  'bahwa',
  'ujar',
  'said',
  'Smith',
  'he',
  'according to',
  'the',
  'spokesman',
  'that',
  'van',
  'der',
  'PENCE:',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(' '));

describe('quote rules on arbitrary text', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: spans and cues lie inside the text`, () => {
      fc.assert(
        fc.property(text, (t) => {
          for (const q of run(lang, t)) {
            expect(q.start).toBeGreaterThanOrEqual(0);
            expect(q.end).toBeGreaterThan(q.start);
            expect(q.end).toBeLessThanOrEqual(t.length);
            if (q.cueStart !== null && q.cueEnd !== null) {
              expect(q.cueStart).toBeGreaterThanOrEqual(0);
              expect(q.cueEnd).toBeGreaterThan(q.cueStart);
              expect(q.cueEnd).toBeLessThanOrEqual(t.length);
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
