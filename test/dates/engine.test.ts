// The date engine tries each rule only at the word starts its `starts` allow. It must find exactly
// the matches a plain scan (`text.matchAll(rule.re)`) finds, for every rule of both languages.
// Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { DATE_RULES as EN_RULES } from '../../src/locales/en/dates.js';
import { DATE_RULES as ID_RULES } from '../../src/locales/id/dates.js';
import { type DateRule, forEachRuleMatch, heads } from '../../src/recognize/dates.js';

const RULESETS: Record<string, readonly DateRule[]> = { id: ID_RULES, en: EN_RULES };

function scanned(rules: readonly DateRule[], text: string): string[][] {
  return rules.map((r) => {
    r.re.lastIndex = 0;
    return [...text.matchAll(r.re)].map((m) => `${m.index}:${m[0]}`);
  });
}

function anchored(rules: readonly DateRule[], text: string): string[][] {
  const out: string[][] = rules.map(() => []);
  forEachRuleMatch(rules, text, (m, order) => out[order]!.push(`${m.index}:${m[0]}`));
  return out;
}

const SENTENCES = [
  'Rapat digelar Senin (18/9/2023) pukul 10.00 WIB dan berlanjut keesokan harinya.',
  'Senintanggal 5 Mei 2024 toko itu tutup; Kamis(7/9) juga.',
  'Nomor seri a19/9/2023 bukan tanggal, tetapi 19/9/2023 adalah tanggal.',
  'ſetiap hari dan Ketiga Kemarin pagi, setiap 5 menit dan sepekan lalu.',
  'Q3 2023, triwulan II-2015, 1980-an, abad ke-21, tiga hari lalu, hari ini (18/6/2025).',
  "Pada jum'at 5 Mei dan Jum’at, 6 Mei 2022 pasar ramai; Sabtu-Minggu (23-24/9/2023).",
  'The board met on Monday, March 4, 2024 at 3:30 p.m. EST and again the following day.',
  "Sales rose in the third quarter of 1989, up from the year-ago period; since '87 prices fell.",
  "Two thousand and one, the nineties, the end of the week, 10 o’clock, twelve o'clock noon.",
  'Aug. 5-7, 1999; 12/31/99; 2024-01-05T10:00; x2024-01-05 and 😀2024 and ²2024 and 2024年.',
  "Kickoff at 7pm, Christmas Eve, New Year's Day, early 2010s, mid-1990s, several weeks ago.",
];

describe('anchored matching finds what a full scan finds', () => {
  for (const [lang, rules] of Object.entries(RULESETS)) {
    it.each(SENTENCES)(`${lang} rules on %s`, (text) => {
      expect(anchored(rules, text)).toEqual(scanned(rules, text));
    });

    it(`${lang} rules on seeded random strings of rule words, digits and glued words`, () => {
      const pool = new Set<string>([
        '0',
        '7',
        '19',
        '2023',
        '/',
        '-',
        '.',
        ',',
        ':',
        '(',
        ')',
        "'",
        '\n',
        'ſ',
        'K',
        'é',
        '😀',
      ]);
      for (const r of rules) for (const w of r.re.source.match(/[A-Za-z']+/g) ?? []) pool.add(w);
      const words = [...pool];
      let seed = 7;
      const next = (n: number): number => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % n;
      };
      for (let i = 0; i < 400; i++) {
        let text = '';
        for (let k = 3 + next(10); k > 0; k--) {
          const w = words[next(words.length)]!;
          text += (next(3) === 0 ? w[0]!.toUpperCase() + w.slice(1) : w) + (next(3) ? ' ' : '');
        }
        expect(anchored(rules, text)).toEqual(scanned(rules, text));
      }
    });
  }

  it('finds real matches (the comparison is not vacuous)', () => {
    const found = anchored(ID_RULES, SENTENCES[0]!).flat();
    expect(found).toContain('14:Senin (18/9/2023) pukul 10.00 WIB');
    expect(anchored(ID_RULES, 'tidak ada tanggal di sini').flat()).toEqual([]);
  });
});

describe('heads', () => {
  it.each([
    [
      ['Senin', "jum'at", 'Q'],
      ['senin', 'jum', 'q'],
    ],
    [
      ['2023', 'dini hari', 'kira-kira'],
      ['#', 'dini', 'kira'],
    ],
  ])('keys %j as %j', (words, keys) => {
    expect(heads(words)).toEqual(keys);
  });

  it('refuses a word it cannot key', () => {
    expect(() => heads("'87")).toThrow(/no leading ASCII letter/);
  });
});
