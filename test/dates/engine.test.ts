// The date engine tries each rule only at the word starts its `starts` allow. It must find exactly
// the matches a plain scan (`text.matchAll(rule.re)`) finds, for every rule of both languages.
// Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { DATE_RULES as EN_RULES } from '../../src/locales/en/dates.js';
import { DATE_RULES as ID_RULES } from '../../src/locales/id/dates.js';
import {
  type DateRule,
  forEachRuleMatch,
  heads,
  matchAllAfterLookbehind,
  openingLookbehind,
  patternOf,
  phrases,
  wordAfterNumber,
} from '../../src/recognize/dates.js';
import { type Token, tokenize } from '../../src/text/segment.js';

const RULESETS: Record<string, readonly DateRule[]> = { id: ID_RULES, en: EN_RULES };
/** Every rule of both languages. */
const ALL_RULES: readonly DateRule[] = Object.values(RULESETS).flat();
/** A rule's regex as a sticky one, to match at one offset. */
const stickyOf = (rule: DateRule): RegExp => new RegExp(rule.re.source, `${rule.re.flags.replace('g', '')}y`);
/** The words (two letters or more) the rules' regexes spell, lower-cased when asked. */
function wordsOfRules(lower: boolean): Set<string> {
  const pool = new Set<string>();
  for (const r of ALL_RULES)
    for (const w of r.re.source.match(/[A-Za-z]+/g) ?? [])
      if (w.length > 1) pool.add(lower ? w.toLowerCase() : w);
  return pool;
}

function scanned(rules: readonly DateRule[], text: string): string[][] {
  return rules.map((r) => {
    r.re.lastIndex = 0;
    return [...text.matchAll(r.re)].map((m) => `${m.index}:${m[0]}`);
  });
}

function anchored(rules: readonly DateRule[], text: string, tokens?: readonly Token[]): string[][] {
  const out: string[][] = rules.map(() => []);
  forEachRuleMatch(rules, text, (m, order) => out[order]!.push(`${m.index}:${m[0]}`), tokens);
  return out;
}

// one or more sentences per rule and per optional word a match can begin with
const SENTENCES = [
  // id
  'Rapat digelar Senin (18/9/2023) pukul 10.00 WIB dan berlanjut keesokan harinya.',
  'Pada hari Rabu (20/9) malam dan Sabtu-Minggu (23-24/9/2023) pasar tutup.',
  'Kantor dibuka hari Selasa, 19 September 2023, lalu tanggal 5 Mei 2024 dan tgl. 6 Juni.',
  'Nomor a19/9/2023 bukan tanggal, tetapi 19-9-2023 dan 2023-09-19 adalah tanggal.',
  'Pameran 16-20 Juni 2025 dan tanggal 17 hingga 18 Juni 2025 ramai.',
  'Program berjalan bulan Maret hingga Mei 2025, Januari–Mei 2025, dan akhir bulan Juni 2010.',
  'Pada abad ke-21 dan tahun 1970-an, juga 1980-an, serta pertengahan tahun 2014 dan 2019.',
  'Hari ini, kemarin lusa, besok (Minggu) nanti, esok, dan lusa mereka datang.',
  'Semalam, tadi malam, pagi ini, sore hari ini, nanti sore, dini hari tadi.',
  'Sekitar tengah hari hingga tengah malam, Rabu pagi WIB dan Kamis depan.',
  'Akhir pekan ini dan awal tahun depan, pekan lalu, kuartal lalu, dekade mendatang.',
  'Setahun sebelumnya, sehari kemudian, dua hari lalu, lima tahun silam, beberapa bulan lalu, puluhan tahun lalu, sepuluh hari lagi.',
  'Kuartal ketiga, triwulan I-2015, semester pertama tahun ini, paruh kedua 2015, Q3 2023.',
  'Esok harinya, hari berikutnya, pada hari yang sama, bulan tersebut, tahun itu.',
  'Saat ini, sekarang, kini, baru-baru ini, dewasa ini, masa lalu, ke depan, beberapa waktu lalu.',
  'Sekitar pukul 10.44 WIB, sekira pukul 7, kira-kira pukul 9 malam, pk. 13.57, jam 14:30, 07.30 WITA.',
  'Natal, Tahun Baru, hari raya Natal, Hari Kemerdekaan, musim dingin tahun lalu.',
  'Per hari, setiap tahun, tiap bulan, saban minggu, setiap 5 menit.',
  'Tahunan, bulanan, harian, mingguan; buka Sabtu-Minggu.',
  'Lebih dari satu dekade, hampir dua puluh lima tahun, kurang dari tiga jam, sekitar setengah jam, berpuluh-puluh tahun, ratusan tahun, seminggu terakhir.',
  'Senintanggal 5 Mei 2024 toko itu tutup; Kamis(7/9) juga; hariSenin (5/5).',
  "Pada jum'at 5 Mei dan Jum’at, 6 Mei 2022 serta Ahad (7/5) pasar ramai.",
  'ſetiap hari, ſenin (5/5), Kemarin pagi, 😀2024, ²2024 dan 2024年.',
  // words that share their first three letters with a start word, or carry ſ / K / é after them
  'Harga hari ini naik; tahu tahunan, tahuN 2025, tangga tanggal 5, pukuł 10.00, puKul 9, seKitar pukul 8.',
  'Kamis ſore, hari ſabtu, Séptember 2024, Januarié 2024, bulanſ Mei, taHun 1990-an, \u212aemarin malam, Sela\u017fa (5/5), seme\u017fter pertama 2024.',
  // en
  'The board met on Monday, March 4, 2024 at 3:30 p.m. EST and again the following day.',
  'Aug. 5-7, 1999; Sept 3 to 5; 12/31/99; x12/31/99; 2024-01-05T10:00.',
  'On the 5th of May, 4 July 1990, early May, this past March, last June, next Dec 2020.',
  'In the 1980s, the early 1990s, late 1960s, mid-1970s and the 19th century, 20th century.',
  'Fiscal 1989, the year 1990, calendar 1991, model year 1992, the middle of 1993, mid-1994.',
  "Since '87 and in ’92 prices fell.",
  'Today, yesterday morning, tomorrow, tonight, last night, this afternoon.',
  "Last Friday, next Monday, this past Tuesday, early Wednesday, late Thursday, Saturday's, Sunday evening.",
  'This weekend, last weekend, the weekend, this coming weekend.',
  'Earlier this month, later this year, the end of this week, mid next year, the past decade, the previous quarter.',
  'The year-earlier quarter, comparable period, corresponding quarter, same period last year, that quarter, the 1989 quarter, this latest quarter.',
  'Year-ago, nearly two years ago, about five days earlier, more than three weeks later, several months ago, a few years earlier, twenty-one days ago.',
  "The fiscal 1990 first quarter, this year's second quarter, year-ago third quarter, last two quarters, fourth-quarter, first half of 1991.",
  'Q1 2015, Q4-2016.',
  'This spring, last summer, the fall, early autumn, next winter, Spring 1990, winter of 1991.',
  "Christmas Eve, New Year's Day, Independence Day, Fourth of July, Halloween, Valentine's Day, Thanksgiving, Labor Day, Memorial Day, Easter Sunday, Good Friday.",
  'Nineteen eighty-four, the year two thousand and one, May nineteen ninety, twenty twenty.',
  'The nineties, the early twenties, the end of the week, the rest of the month.',
  'Stocks ended the day lower; for the day, the start of the day, closing the day.',
  'Around year-end, year’s end, the end of the year, the fiscal year, earlier in the year, the year.',
  'Earlier that day, later that same month, the same year, the following day, the next month, the day before.',
  'Now, right now, currently, nowadays, these days, at the moment, recently, lately, formerly, once, in the coming days, a while ago, in the past, in recent years.',
  "At 7pm, 10 a.m. GMT, 14:30 UTC, 0900 GMT, noon, midnight, midday, ten o'clock, 5 o’clock on Friday.",
  'Every day, each week, per year, every 5 minutes, on a daily basis, on an annual basis, every Monday.',
  'The past three years, the last two months, more than a decade, at least 5 hours, some minutes, a couple of weeks, the first six months, the next twelve months, half an hour, one hundred years.',
];

describe('dateRules', () => {
  it("spells a pattern's source as RegExp#source does", () => {
    for (const src of ['a/b', 's\\/d', '[-/]x', '(?<d>\\d)/[/\\]]/', 'no slash'])
      expect(patternOf(src, 'gu').source).toBe(new RegExp(src, 'gu').source);
  });
  it("keeps each rule's source and flags as its regex spells them, and builds the regex once", () => {
    for (const rule of ALL_RULES) {
      expect(rule.pattern).toBeDefined();
      expect([rule.pattern!.source, rule.pattern!.flags]).toEqual([rule.re.source, rule.re.flags]);
      expect(rule.re).toBe(rule.re);
    }
  });
});

describe('anchored matching finds what a full scan finds', () => {
  for (const [lang, rules] of Object.entries(RULESETS)) {
    it.each(SENTENCES)(`${lang} rules on %s`, (text) => {
      expect(anchored(rules, text)).toEqual(scanned(rules, text));
      // word starts read from the tokens instead of the characters
      expect(anchored(rules, text, tokenize(text))).toEqual(scanned(rules, text));
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
        expect(anchored(rules, text, tokenize(text))).toEqual(scanned(rules, text));
      }
    });
  }

  it.each([
    ['2024 ', 3000],
    ['Senin (1/1/2024) hari ', 800],
    ['12/', 5000],
  ])('on a long text dense with starts (%j × %i), where rules scan the whole text', (unit, n) => {
    const text = unit.repeat(n);
    for (const rules of Object.values(RULESETS)) expect(anchored(rules, text)).toEqual(scanned(rules, text));
  });

  it.each([
    // characters before a word that the rules' opening lookbehinds rule out, or may rule out (beyond ASCII)
    'x2023, .5 Mei 2024, /19/9/2023, -1980-an, :10.00 WIB, _Senin (5/5), \u0345Senin 5 Mei 2024, é2024.',
    '\u0345\u0345hari ini, \u212aemarin, 1Senin, Z2024 dan \u0345 2024.',
  ])('where the character before a start is or is not one an opening lookbehind rules out: %j', (text) => {
    for (const rules of Object.values(RULESETS)) {
      expect(anchored(rules, text)).toEqual(scanned(rules, text));
      expect(anchored(rules, text, tokenize(text))).toEqual(scanned(rules, text));
    }
  });

  it('finds real matches (the comparison is not vacuous)', () => {
    const found = anchored(ID_RULES, SENTENCES[0]!).flat();
    expect(found).toContain('14:Senin (18/9/2023) pukul 10.00 WIB');
    expect(anchored(ID_RULES, 'tidak ada tanggal di sini').flat()).toEqual([]);
  });
});

describe('rule declarations', () => {
  it("a rule's digits test says yes wherever its regex matches at a number", () => {
    const numbers = ['1', '12', '123', '2024', '1990', '20245'];
    const after = [
      ' ',
      '\u00a0',
      '\t',
      '.',
      ',',
      ':',
      '/',
      '-',
      '–',
      '—',
      'h',
      'H',
      's',
      'ſ',
      'd',
      'x',
      '',
      '0-an',
    ];
    const tails = [
      '',
      'Mei 2024',
      '14 Mei',
      '00 WIB',
      '9/2023',
      '09-19',
      'an',
      'ingga 14 Mei',
      'ampai 3 Juni',
      '/d 5 Mei',
      'an 6 Mei',
      // (after a space: a range's joiner, a clock's seconds and zone)
      'hingga 14 Mei',
      '- 14 Mei',
      '–14 Mei',
      'dan 6 Mei',
      's/d 5 Mei',
      'Sampai 3 Juni',
      '00.30 WIB',
      '00:15  wit',
      '5 tahun lalu',
      '5 menit',
      'hari lalu',
      'th of March',
      'st century',
      "0's",
      ':30 p.m.',
      '00 GMT',
      " o'clock",
      'days ago',
      '9/2023',
      'am',
      'PM',
      'nd quarter',
    ];
    let checked = 0;
    for (const rule of ALL_RULES) {
      if (!rule.digits) continue;
      const sticky = stickyOf(rule);
      for (const n of numbers)
        for (const a of after)
          for (const t of tails) {
            const text = ` ${n}${a}${t}`;
            sticky.lastIndex = 1;
            if (sticky.test(text)) {
              checked++;
              const run = /^\d+/.exec(text.slice(1))![0].length;
              expect(
                rule.digits(run, text.charCodeAt(1 + run), text, 1 + run),
                `${rule.name} on ${JSON.stringify(text)}`,
              ).toBe(true);
            }
          }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("a rule's whole start words (words()) are never followed by a letter in its matches", () => {
    // every word of the rules' regexes, glued to a whole start word, then what may follow it
    const pool = wordsOfRules(true);
    const wrong: string[] = [];
    const tails = [
      '',
      ' ',
      ' 5 Mei 2024',
      ' Mei 2025',
      ' (5/5)',
      ' 5',
      ' ini',
      ' hari ini',
      ' raya Natal',
      '-2015',
    ];
    let checked = 0;
    for (const rule of ALL_RULES) {
      const keys = (rule.starts ?? []).filter((k) => /^[a-z]/.test(k));
      const whole = keys.filter((k) => k.endsWith('$')).map((k) => k.slice(0, -1));
      if (whole.length === 0) continue;
      // a match there must be let in by one of the rule's keys: a whole word, or the first letters
      const admitted = (text: string): boolean =>
        keys.some((k) =>
          k.endsWith('$')
            ? text.startsWith(k.slice(0, -1)) && !/^[a-z]/i.test(text.slice(k.length - 1))
            : text.startsWith(k),
        );
      const sticky = stickyOf(rule);
      for (const key of whole)
        for (const w of pool)
          for (const t of tails) {
            const text = `${key}${w}${t}`;
            sticky.lastIndex = 0;
            if (admitted(text)) continue;
            checked++;
            // (one expect at the end: an expect per text made this the suite's slowest test)
            if (sticky.test(text)) wrong.push(`${rule.name} on ${JSON.stringify(text)}`);
          }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("a rule's phrases (phrases()) hold the whitespace and the next word after their first word in its matches", () => {
    // the first word, then a separator and a word of the rules' regexes (or a number), then what may follow
    const pool = [...wordsOfRules(false), '5', '1990', '21st'];
    const separators = ['', ' ', '  ', '\n', '-', '.', ',', "'s "];
    const tails = [
      '',
      ' ',
      ' of May 5',
      ' 5',
      ' year',
      ' quarter',
      ' of the week',
      ' 2024',
      's',
      ' of 2024',
      ' days',
      ' (5/5)',
      ' 5 Mei 2024',
      ' sama',
      ' Natal',
    ];
    const wrong: string[] = [];
    let checked = 0;
    for (const rule of ALL_RULES) {
      const keys = (rule.starts ?? []).map((k) => /^([a-z]+)\$ (.+)$/.exec(k)).filter((m) => m !== null);
      if (keys.length === 0) continue;
      // a match at the first word must be let in by one of its phrases (as the engine reads them), or
      // by another key of the rule at the word the text begins with ("these" is not "the se")
      const others = (rule.starts ?? []).filter((k) => /^[a-z]+\$?$/.test(k));
      const admitted = (first: string, sep: string, next: string): boolean => {
        const word = /^[a-z]*/i.exec(`${first}${sep}${next}`)![0].toLowerCase();
        if (others.some((k) => (k.endsWith('$') ? word === k.slice(0, -1) : word.startsWith(k)))) return true;
        return (
          /^\s+$/.test(sep) &&
          keys.some(
            ([, f, k]) =>
              f === first && (k === '#' ? /^\d/.test(next) : next.toLowerCase().startsWith(k!.slice(0, 3))),
          )
        );
      };
      const sticky = stickyOf(rule);
      for (const first of new Set(keys.map(([, f]) => f!)))
        for (const sep of separators)
          for (const w of pool)
            for (const t of tails) {
              if (admitted(first, sep, w)) continue;
              for (const f of [first, first[0]!.toUpperCase() + first.slice(1)]) {
                const text = `${f}${sep}${w}${t}`;
                checked++;
                sticky.lastIndex = 0;
                if (sticky.test(text)) wrong.push(`${rule.name} on ${JSON.stringify(text)}`);
              }
            }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("a rule's digitsThen holds the word after every number its matches begin with", () => {
    const pool = wordsOfRules(false);
    const numbers = ['5', '19', '2024', '2,5', '1.000', '1.000.000'];
    const gaps = [' ', '  ', '\u00a0', '\n', ''];
    const tails = ['', ' lalu', ' yang lalu', ' 2024', 'x', '.'];
    let checked = 0;
    for (const rule of ALL_RULES) {
      if (!rule.digitsThen) continue;
      const sticky = stickyOf(rule);
      for (const n of numbers)
        for (const g of gaps)
          for (const w of pool)
            for (const t of tails) {
              const text = ` ${n}${g}${w}${t}`;
              sticky.lastIndex = 1;
              if (!sticky.test(text)) continue;
              checked++;
              const at = wordAfterNumber(text, 1 + /^\d+/.exec(n)![0].length);
              const next = at < 0 ? '' : text.slice(at).toLowerCase();
              const admitted = rule.digitsThen.some((k) => {
                const word = k.slice(0, -1);
                return next.startsWith(word) && !/^[a-z]/.test(next.slice(word.length));
              });
              expect(admitted, `${rule.name} on ${JSON.stringify(text)}`).toBe(true);
            }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a rule whose make reads m.indices says so (the engine drops the d flag otherwise)', () => {
    for (const r of ALL_RULES) {
      expect([r.name, r.make.toString().includes('indices')]).toEqual([r.name, r.indices === true]);
    }
  });
});

describe('openingLookbehind', () => {
  it.each([
    ['(?<![\\p{L}\\p{N}])(?:senin|selasa)', 'iu', '(?:senin|selasa)', 'a', '.'],
    ['(?<![\\d/.-])(?<d>\\d{1,2})', 'iu', '(?<d>\\d{1,2})', '/', 'x'],
    ['(?<![\\]a])b', 'iu', 'b', 'A', '['],
    ['(?<![\\u212A])b', 'iu', 'b', 'k', 'j'],
    ['(?<![^a])b', 'u', 'b', ' ', 'a'],
  ])('%s (%s) is %s after a lookbehind that rules out %j, not %j', (source, flags, rest, out, kept) => {
    const found = openingLookbehind(source, flags);
    expect(found?.rest).toBe(rest);
    expect(found?.ruledOut[out.charCodeAt(0)]).toBe(1);
    expect(found?.ruledOut[kept.charCodeAt(0)]).toBe(0);
  });

  it.each([['(?<=a)b'], ['(?<![a]b)c'], ['(?<!ab)c'], ['senin']])(
    'leaves %s alone (no single-class negative lookbehind opens it)',
    (source) => {
      expect(openingLookbehind(source, 'iu')).toBeNull();
    },
  );
});

describe('matchAllAfterLookbehind', () => {
  const texts = [
    'Selasa (7/11/2023) dan 2Rabu (8/11), xKamis (9/11), éJumat (10/11) lalu Sabtu ( 11 / 11 ).',
    '\u0345Senin (6/11) \u212aamis (9/11) 😀Minggu (12/11) MINGGU(12/11/2023) senin,(6/11)',
    'aaa a a',
    '',
  ];
  it.each([
    [
      /(?<![\p{L}])(?<wd>senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s*,?\s*\(\s*(?<d>\d{1,2})\s*\/\s*(?<mo>\d{1,2})/giu,
    ],
    [/(?<![\p{L}\p{N}])a/gu],
    [/(?<![a])a*/g],
    [/(?<![^a])a/gu],
  ])('gives the matches matchAll gives for %s', (re) => {
    const all = matchAllAfterLookbehind(re);
    for (const text of texts) {
      const fast = [...all(text)].map((m) => [m.index, m[0], { ...m.groups }]);
      expect(fast).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0], { ...m.groups }]));
    }
  });

  it('finds real matches and drops those the lookbehind rules out', () => {
    const found = [...matchAllAfterLookbehind(/(?<![\p{L}])(?:rabu|kamis)/giu)('2Rabu xKamis Kamis')];
    expect(found.map((m) => m.index)).toEqual([1, 13]);
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

describe('phrases', () => {
  it('keys a first word with each next word (its letters, or a digit)', () => {
    expect(phrases('the', 'week', '#', ['past', 'coming'])).toEqual([
      'the$ week',
      'the$ #',
      'the$ past',
      'the$ coming',
    ]);
  });

  it('refuses a first or a next word too short to key', () => {
    expect(() => phrases('of', 'week')).toThrow(/three ASCII letters/);
    expect(() => phrases('the', 'us')).toThrow(/three ASCII letters/);
  });
});
