import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';
import { paragraphs, sentences, tokenize } from '../../src/text/segment.js';

const texts = (text: string, spans: { start: number; end: number }[]): string[] =>
  spans.map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  it.each([
    ['Chang Ho-jin tiba.', ['Chang', 'Ho-jin', 'tiba', '.']],
    ['pukul 10.00 WIB', ['pukul', '10.00', 'WIB']],
    ['Selasa (19/9/2023)', ['Selasa', '(', '19/9/2023', ')']],
    ["Jum'at dan U.S. Army", ["Jum'at", 'dan', 'U.S', '.', 'Army']],
    ['“Kami siap,” kata', ['“', 'Kami', 'siap', ',', '”', 'kata']],
    ['', []],
  ])('%j', (text, expected) => {
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(expected);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentences and paragraphs', () => {
  it('splits at sentence ends followed by a capital', () => {
    const t = 'Dia datang. Kami pergi! Lalu? Ya.';
    expect(texts(t, sentences(t))).toEqual(['Dia datang.', 'Kami pergi!', 'Lalu?', 'Ya.']);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    const t = 'Dr. Siti dan A. Yani tiba pukul 10.00 WIB. Mr. Smith left.';
    expect(texts(t, sentences(t))).toEqual(['Dr. Siti dan A. Yani tiba pukul 10.00 WIB.', 'Mr. Smith left.']);
  });

  it('keeps a dateline’s source in brackets with the dateline', () => {
    const t = 'OAKDALE, Calif. (AP) — The mayor resigned. He left. (AP) - is a wire. Ia pergi.';
    expect(texts(t, sentences(t))).toEqual([
      'OAKDALE, Calif. (AP) — The mayor resigned.',
      'He left.',
      '(AP) - is a wire.',
      'Ia pergi.',
    ]);
  });

  it('does not split before a lowercase word', () => {
    const t = 'Harga naik 2,5 persen. dan turun lagi.';
    expect(texts(t, sentences(t))).toHaveLength(1);
  });

  it('keeps a closing quote with its sentence', () => {
    const t = '“Kami siap.” Ia pergi.';
    expect(texts(t, sentences(t))).toEqual(['“Kami siap.”', 'Ia pergi.']);
  });

  it('treats LF, CRLF and CR as paragraph breaks, trimmed', () => {
    const t = 'Satu.\r\nDua.\rTiga.\n\n  Empat.  ';
    expect(texts(t, paragraphs(t))).toEqual(['Satu.', 'Dua.', 'Tiga.', 'Empat.']);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Menteri itu mengatakan bahwa harga beras akan turun pada pekan depan.', 'id'],
    ['The minister said that rice prices will fall next week, according to the report.', 'en'],
    ['', 'id'],
  ] as const)('%j → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('initials run together end no sentence', () => {
  it.each([
    [
      'A unit of shipping group A.P. Moller-Maersk said so. Author J.K. Rowling agreed.',
      ['A unit of shipping group A.P. Moller-Maersk said so.', 'Author J.K. Rowling agreed.'],
    ],
    // negative: a capital's short form that often ends a sentence still ends it
    ['He lives in Washington, D.C. The mayor agreed.', ['He lives in Washington, D.C.', 'The mayor agreed.']],
  ])('%s', (t, expected) => {
    expect(texts(t, sentences(t))).toEqual(expected);
  });
});
