// Properties every input must keep, whatever it holds: no exception, schema-valid output, offsets
// that slice the input to the reported text, and the same output for the same input.
// FC_SEED=<n> replays another random run; a failing run prints its seed and the shrunk input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { ExtractOptions } from '../../src/types.js';
import { expectValidRecord } from '../helpers/schema.js';

const SEED = Number(process.env.FC_SEED ?? 20240304);

// Pieces of news-like text written for these tests: names, titles, cues, dates, marks and spaces.
const PIECES = [
  'Menteri',
  'Presiden',
  'Gubernur',
  'Budi Santoso',
  'Siti Rahmawati',
  'Dr.',
  'H.',
  'PT Maju Jaya Tbk',
  'Kementerian Kesehatan',
  'KPK',
  'Jakarta',
  'Bandung',
  'Sulawesi Selatan',
  'kata',
  'ujar',
  'mengatakan',
  'menurut',
  'pada',
  'Senin',
  'kemarin',
  '12 Januari 2024',
  '4/3/2024',
  'pukul 10.00 WIB',
  'tahun lalu',
  'President',
  'Mr.',
  'Ms. Jane Doe',
  'Acme Corp.',
  'the Ministry of Health',
  'London',
  'said',
  'told reporters',
  'according to',
  'on Monday',
  'last week',
  'March 4, 2024',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '!',
  '?',
  ':',
  ';',
  '—',
  '-',
  '...',
  ' ',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  '\u00a0',
  '\u200b',
];

const newsLike = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

const anyUnicode = fc.string({ unit: 'binary', maxLength: 200 });
const graphemes = fc.string({ unit: 'grapheme', maxLength: 120 });

const options = fc.record({
  lang: fc.constantFrom<ExtractOptions['lang']>('auto', 'id', 'en'),
  date: fc.constantFrom<string | null>(null, '2024-03-04', '2000-02-29'),
  explain: fc.boolean(),
});

function check(text: string, opts: ExtractOptions): void {
  const result = extract(text, opts);
  expectValidRecord(result, text);
  // same input, same output (no clock, no shared state between calls)
  expect(extract(text, opts)).toEqual(result);
}

describe('extract on generated text', () => {
  it.each([
    ['news-like pieces with random code points', newsLike, 150],
    ['random Unicode code points (lone surrogates included)', anyUnicode, 150],
    ['random grapheme clusters', graphemes, 100],
  ] as const)('%s: no exception, schema-valid, offsets slice, deterministic', (_name, arb, numRuns) => {
    fc.assert(
      fc.property(arb, options, (text, opts) => check(text, opts)),
      { seed: SEED, numRuns },
    );
  });

  it('gives the same result whatever other documents were extracted before', () => {
    fc.assert(
      fc.property(newsLike, newsLike, (a, b) => {
        const first = extract(a, { lang: 'id' });
        extract(b, { lang: 'id' });
        extract(b, { lang: 'en' });
        expect(extract(a, { lang: 'id' })).toEqual(first);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
