// Quotation-mark pairing: every mark style, nesting, quotes over several paragraphs, unbalanced
// marks and pathological inputs. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { pairQuotes } from '../../src/recognize/quotes.js';
import { paragraphs } from '../../src/text/segment.js';
import { expectLinearTime } from '../helpers/linear.js';

const pair = (text: string): string[] =>
  pairQuotes(text, paragraphs(text)).map((q) => text.slice(q.start, q.end));

describe('pairQuotes', () => {
  const STYLES: [string, string[]][] = [
    ['Dia berkata “kami siap” tadi.', ['“kami siap”']],
    ['He said "we are ready" then.', ['"we are ready"']],
    ['Ia berkata ”kami siap” tadi.', ['”kami siap”']],
    ['She wrote ‘we are ready’ then.', ['‘we are ready’']],
    ["She wrote 'we are ready' then.", ["'we are ready'"]],
    ['Il a dit « nous sommes prêts » hier.', ['« nous sommes prêts »']],
    ['Er sagte „wir sind bereit“ gestern.', ['„wir sind bereit“']],
    ["The paper said ''we are ready'' on Monday.", ["''we are ready''"]],
  ];
  it.each(STYLES)('pairs %s', (text, expected) => {
    expect(pair(text)).toEqual(expected);
  });

  it('keeps nested quotes inside the outer one', () => {
    const text = '“Dia bilang ‘tunggu dulu’ kepada kami,” kata Budi.';
    expect(pair(text)).toEqual(['“Dia bilang ‘tunggu dulu’ kepada kami,”']);
  });

  it('pairs several quotes in one paragraph, ” used as the opening mark', () => {
    const text = '”Kami siap,” kata Budi. ”Besok kami berangkat,” ujarnya.';
    expect(pair(text)).toEqual(['”Kami siap,”', '”Besok kami berangkat,”']);
  });

  it('joins a quote that runs over paragraphs when the next paragraph reopens it', () => {
    const text = '“The first part goes on.\n“And the second part ends here,” she said.';
    expect(pair(text)).toEqual([text.slice(0, text.indexOf(' she'))]);
  });

  it('ends an unclosed quote with its paragraph when the next one does not reopen', () => {
    const text = '“This never closes\nA new paragraph without marks.';
    expect(pair(text)).toEqual(['“This never closes']);
  });

  it('ends an unclosed quote where a new one opens', () => {
    const text = '”Bagian pertama tanpa penutup. ”Bagian kedua,” kata Budi.';
    expect(pair(text)).toEqual(['”Bagian pertama tanpa penutup.', '”Bagian kedua,”']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(pair("It's the Smiths' house, isn't it? Jum'at pagi.")).toEqual([]);
    expect(pair('The Debates’ rules and the ’90s were different.')).toEqual([]);
  });

  it('lets a stray apostrophe hide no double quotes', () => {
    const text = 'Interpol ’s rules apply. ”Kami patuh,” kata Budi.';
    expect(pair(text)).toEqual(['”Kami patuh,”']);
  });

  it('survives thousands of unmatched marks quickly', () => {
    const inputs = [
      '“'.repeat(100_000),
      '”'.repeat(100_000),
      '" '.repeat(100_000),
      "' a".repeat(100_000),
      Array.from({ length: 100_000 }, (_, i) => '"”“\'’‘«»„'[i % 9] + (i % 3 ? 'a' : ' ')).join(''),
    ];
    for (const text of inputs) {
      const { result: out } = expectLinearTime(
        (n) => text.slice(0, n),
        text.length,
        (input) => pairQuotes(input, paragraphs(input)),
        1500,
      );
      const bad = out.filter((q) => q.start < 0 || q.end > text.length || q.end <= q.start);
      expect(bad).toEqual([]);
    }
  });
});
