// Adversarial documents: the guarantee is that any document up to 1 MB is extracted in under 2 s
// with schema-valid output whose offsets slice the input. A test passes when EITHER the document is
// done within 2 s OR its time grew at most ~linearly from a quarter of the document (see
// test/helpers/linear.ts). `npm run bench` reports the real 2 s target on a quiet process.
//
// Sizes below 1 MB keep the suite's run time down on inputs that are linear but still take several
// seconds per MB (see the bench figures); the growth check holds at any size.
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/types.js';
import { ADVERSARIAL as A, fill } from '../helpers/adversarial.mjs';
import { expectLinearTime } from '../helpers/linear.js';
import { expectValidRecord } from '../helpers/schema.js';

const MB = 1_000_000;

interface Case {
  name: string;
  make(n: number): string;
  /** Input size in UTF-16 code units; MB is the target. */
  size: number;
}

const CASES: Case[] = [
  { name: 'random Unicode from many scripts', make: A['random Unicode'], size: MB },
  { name: 'capitalized words, no punctuation', make: A['capitalized words'], size: MB },
  { name: 'capitals only', make: A['capitals only'], size: MB },
  { name: '100,000 straight double quotes', make: () => '"'.repeat(100_000), size: 100_000 },
  { name: '100,000 curly quotes', make: () => '“'.repeat(100_000), size: 100_000 },
  { name: 'every kind of quote mark', make: A['quote marks, 1 MB'], size: MB },
  { name: 'a run of full stops', make: A['full stops'], size: MB },
  { name: 'mixed punctuation runs', make: A['punctuation runs'], size: MB },
  { name: 'deeply nested brackets', make: A['nested brackets'], size: MB },
  { name: 'unbalanced mixed brackets', make: (n) => fill('([{<', n), size: MB },
  { name: 'no whitespace, lowercase', make: A['no whitespace'], size: MB },
  { name: 'no whitespace, capitalized', make: A['no whitespace, capitalized'], size: MB },
  { name: 'only line breaks', make: A['line breaks only'], size: MB },
  { name: 'only spaces and tabs', make: A['spaces and tabs only'], size: MB },
  { name: 'titles and abbreviations', make: A['titles and abbreviations'], size: MB },
  // a realistic sentence repeated on one line: 3–9 s per MB today
  {
    name: 'one line of repeated news sentences',
    make: A['one 1 MB line of news'],
    size: 250_000,
  },
  { name: 'numbers only', make: A['numbers only'], size: MB },
  // 3–8 s per MB today
  { name: 'dates only', make: A['dates only'], size: 250_000 },
  { name: 'quote after quote', make: A['quote after quote'], size: 250_000 },
  // many short paragraphs with double quotes and no single mark: each paragraph's search for a mark
  // once ran on to the text's end (quadratic: 5 s of CPU at this size, 40 s per MB)
  { name: 'short quoted paragraphs', make: A['short quoted paragraphs'], size: 250_000 },
  { name: 'initials', make: A.initials, size: 250_000 },
];

const LANGS: Language[] = ['id', 'en'];

beforeAll(() => {
  // load the rules and compromise's lexicon before timing anything
  for (const lang of LANGS) extract('Budi Santoso said on Monday.', { lang });
});

describe.each(LANGS)('adversarial documents (%s)', (lang) => {
  it.each(CASES)(
    '$name ($size chars): valid output, linear time',
    ({ make, size }) => {
      expect(make(size).length).toBe(size);
      // any document up to 1 MB within 2 s, or linear growth on a busy machine
      expectLinearTime(
        make,
        size,
        (text) => extract(text, { lang, date: '2024-03-04' }),
        2000,
        expectValidRecord,
      );
    },
    120_000,
  );
});
