import { describe, expect, it } from 'vitest';
import { type GoldDoc, parseGoldLine } from '../../src/eval/gold.js';
import {
  addTally,
  emptyTally,
  headlineF1,
  matchSpans,
  scoreDoc,
  speakerMatches,
  summarize,
  trimSpan,
} from '../../src/eval/score.js';
import { type Result, SCHEMA } from '../../src/types.js';

/** The span of the n-th occurrence of `surface` in `text`. */
function at(text: string, surface: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`"${surface}" not in the test text`);
  return { start, end: start + surface.length, text: surface };
}

const gold = (doc: Record<string, unknown>): GoldDoc => parseGoldLine(JSON.stringify(doc), 'test');

function result(parts: Partial<Result>): Result {
  return { schema: SCHEMA, id: null, language: 'id', referenceDate: null, ...parts };
}

const entity = (id: string, name: string, mentions: ReturnType<typeof at>[]) => ({
  id,
  name,
  aliases: [],
  mentions,
});

// ---- an entity document: trimming, wrong types, ignored spans ----
const T1 =
  'Gubernur Rina Marlina tiba di Kota Pelita. (Rina) bertemu warga Desa Sukamaju dan tim Piala Dunia.';
const G1 = gold({
  id: 'ent',
  lang: 'id',
  text: T1,
  layers: ['entities'],
  entities: [
    { type: 'person', ...at(T1, 'Rina Marlina') },
    { type: 'person', ...at(T1, 'Rina', 1) },
    { type: 'place', ...at(T1, 'Kota Pelita') },
    { type: 'place', ...at(T1, 'Desa Sukamaju') },
  ],
  ignore: [at(T1, 'Piala Dunia')],
});
const R1 = result({
  people: [
    { ...entity('person-1', 'Rina Marlina', [at(T1, 'Gubernur Rina Marlina')]), titles: [] },
    { ...entity('person-2', 'Rina', [at(T1, '(Rina)')]), titles: [] },
  ],
  places: [{ ...entity('place-1', 'Kota Pelita', [at(T1, 'Kota Pelita.')]), country: null, kind: 'city' }],
  organizations: [
    entity('org-1', 'Desa Sukamaju', [at(T1, 'Desa Sukamaju')]),
    entity('org-2', 'Piala Dunia', [at(T1, 'Piala Dunia')]),
  ],
});

// ---- a quote document: ignored quotes, indirect quotes, speakers, one-to-one pairing ----
const T2 =
  '“Kami siap membantu,” kata Rina. Ia menambahkan bahwa bantuan tiba besok. "Jalan ditutup," ujar seorang warga. Menurut Dinas Sosial, stok cukup.';
const G2 = gold({
  id: 'quo',
  lang: 'id',
  text: T2,
  layers: ['quotes'],
  quotes: [
    {
      ...at(T2, '“Kami siap membantu,”'),
      direct: true,
      speaker: { name: 'Rina Marlina', mention: 'Rina', kind: 'person' },
      cue: 'kata',
    },
    {
      ...at(T2, 'bantuan tiba besok'),
      direct: false,
      speaker: { name: 'Rina Marlina', mention: 'Ia', kind: 'pronoun' },
    },
    {
      ...at(T2, 'stok cukup'),
      direct: false,
      speaker: { name: 'Dinas Sosial Kota Pelita', mention: 'Dinas Sosial', kind: 'organization' },
      alsoAccept: ['Dinsos'],
    },
  ],
  ignoreQuotes: [at(T2, '"Jalan ditutup,"')],
});
const quote = (span: ReturnType<typeof at>, type: 'direct' | 'indirect', speaker: string | null) => ({
  ...span,
  type,
  speaker: speaker === null ? null : { name: speaker, entity: null },
  cue: null,
});
const R2 = result({
  quotes: [
    quote(at(T2, '“Kami siap membantu,”'), 'direct', 'Marlina Rina Putri'),
    quote(at(T2, 'Kami siap membantu'), 'indirect', 'Rina'),
    quote(at(T2, 'bantuan tiba'), 'indirect', null),
    quote(at(T2, '"Jalan ditutup,"'), 'direct', 'warga'),
    quote(at(T2, 'stok cukup.'), 'indirect', 'Dinsos'),
  ],
});

// ---- a date document: skipped types, an ignored dateline, relaxed/strict/value ----
const T3 =
  'JAKARTA, 5/3/2024 - Rapat digelar Senin pukul 10.00 selama dua jam dan diulang setiap pekan hingga akhir Maret.';
const G3 = gold({
  id: 'dat',
  lang: 'id',
  dct: '2024-03-05',
  text: T3,
  layers: ['dates'],
  dates: [
    { ...at(T3, 'Senin'), type: 'DATE', value: '2024-03-04' },
    { ...at(T3, 'pukul 10.00'), type: 'TIME', value: '2024-03-04T10:00' },
    { ...at(T3, 'dua jam'), type: 'DURATION', value: 'PT2H' },
    { ...at(T3, 'setiap pekan'), type: 'SET', value: 'P1W' },
    { ...at(T3, 'akhir Maret'), type: 'DATE', value: '2024-03' },
  ],
  ignoreDates: [at(T3, '5/3/2024')],
});
const date = (
  span: ReturnType<typeof at>,
  value: string | null,
  type: 'DATE' | 'TIME' | 'DURATION' = 'DATE',
) => ({
  ...span,
  type,
  value,
});
const R3 = result({
  dates: [
    date(at(T3, '5/3/2024'), '2024-03-05'),
    date(at(T3, 'Senin'), '2024-03-04'),
    date(at(T3, 'Senin pukul 10.00'), '2024-03-04t10:00', 'TIME'),
    date(at(T3, 'dua jam'), 'PT2H', 'DURATION'),
    date(at(T3, 'pekan'), 'P1W', 'DURATION'),
    date(at(T3, 'Rapat'), null),
  ],
});

const score = (pairs: [GoldDoc, Result | null][]) => {
  const t = emptyTally();
  for (const [g, r] of pairs) scoreDoc(t, g, r);
  return summarize(t);
};

describe('scoring entities', () => {
  const s = score([[G1, R1]]);
  it.each([
    ['person', 1, 2, 2],
    ['place', 1, 1, 2],
    ['organization', 0, 1, 0],
    ['micro', 2, 4, 4],
  ] as const)('%s: tp %i, sys %i, gold %i', (type, tp, sys, g) => {
    expect(s.entities![type]).toMatchObject({ tp, sys, gold: g });
  });
  it('computes P, R, F1 and the macro F1 over the types the gold has', () => {
    expect(s.entities!.person).toMatchObject({ p: 0.5, r: 0.5, f: 0.5 });
    expect(s.entities!.place.p).toBe(1);
    expect(s.entities!.place.f).toBeCloseTo(2 / 3, 10);
    expect(s.entities!.organization).toMatchObject({ p: 0, r: 0, f: 0 });
    expect(s.entities!.macroF).toBeCloseTo((0.5 + 2 / 3) / 2, 10);
    expect(s.quotes).toBeUndefined();
    expect(s.dates).toBeUndefined();
  });
});

describe('scoring quotes', () => {
  const s = score([[G2, R2]]);
  it('leaves out ignored quotes, pairs one-to-one by overlap, per kind and for any kind', () => {
    expect(s.quotes!.direct).toMatchObject({ tp: 1, sys: 1, gold: 1 });
    expect(s.quotes!.indirect).toMatchObject({ tp: 2, sys: 3, gold: 2 });
    expect(s.quotes!.any).toMatchObject({ tp: 3, sys: 4, gold: 3, p: 0.75, r: 1 });
    expect(s.quotes!.any.f).toBeCloseTo(6 / 7, 10);
  });
  it('scores speakers of named gold speakers only, accepting alsoAccept names', () => {
    expect(s.quotes!.speakerScored).toBe(2);
    expect(s.quotes!.speakerAccuracy).toBe(1);
  });
  it('reports no indirect row when the gold has no indirect quote', () => {
    const direct = gold({
      id: 'd',
      text: T2,
      layers: ['quotes'],
      quotes: [{ ...at(T2, '"Jalan ditutup,"'), direct: true }],
    });
    expect(score([[direct, R2]]).quotes!.indirect).toBeUndefined();
  });
});

describe('scoring dates', () => {
  const s = score([[G3, R3]]);
  it('scores DATE and TIME, skipping durations, sets and the ignored dateline', () => {
    expect(s.dates!.relaxed).toMatchObject({ tp: 2, sys: 3, gold: 3 });
    expect(s.dates!.strict).toMatchObject({ tp: 1, sys: 3, gold: 3 });
    expect(s.dates!.value).toMatchObject({ tp: 2, sys: 3, gold: 3 });
    expect(s.dates!.valueAccuracy).toBe(1);
  });
  it('compares values without regard to case and needs both values', () => {
    const g = gold({
      id: 'v',
      text: T3,
      layers: ['dates'],
      dates: [{ ...at(T3, 'Senin'), type: 'DATE', value: null }],
    });
    const r = score([[g, result({ dates: [date(at(T3, 'Senin'), '2024-03-04')] })]]);
    expect(r.dates!.value.tp).toBe(0);
    expect(r.dates!.valueAccuracy).toBeNull();
  });
});

describe('tallies', () => {
  it('count missing results as finding nothing, and add up across files', () => {
    const a = emptyTally();
    scoreDoc(a, G1, null);
    const b = emptyTally();
    scoreDoc(b, G1, R1);
    scoreDoc(b, G3, R3);
    addTally(a, b);
    const s = summarize(a);
    expect(s).toMatchObject({ docs: 3, missing: 1 });
    expect(s.entities!.micro).toMatchObject({ tp: 2, sys: 4, gold: 8 });
    expect(s.dates!.relaxed.tp).toBe(2);
  });

  it('count mentions past the end of the text', () => {
    const t = emptyTally();
    scoreDoc(
      t,
      G1,
      result({ people: [{ ...entity('p', 'x', [{ start: 90, end: 200, text: 'x' }]), titles: [] }] }),
    );
    expect(summarize(t).invalidOffsets).toBe(1);
  });

  it('report person recall on partially annotated entities', () => {
    const g = gold({
      id: 'p',
      text: T2,
      layers: ['quotes'],
      partialLayers: ['entities'],
      entities: [
        { type: 'person', ...at(T2, 'Rina') },
        { type: 'person', ...at(T2, 'warga') },
      ],
      quotes: [],
    });
    const r = result({ people: [{ ...entity('p', 'Rina', [at(T2, 'kata Rina')]), titles: [] }], quotes: [] });
    const s = score([[g, r]]);
    expect(s.personRecall).toBe(0.5);
    expect(s.entities).toBeUndefined();
  });

  it('headline F1 lists the layers scored', () => {
    expect(
      headlineF1(
        score([
          [G1, R1],
          [G3, R3],
        ]),
      ).map((h) => h.name),
    ).toEqual(['entities micro F1', 'dates F1 (relaxed)']);
  });
});

describe('trimSpan', () => {
  it.each([
    ['Kota Pelita.', 'Kota Pelita'],
    ['  (Rina) ', 'Rina'],
    ['"Rina",', 'Rina'],
    ['“Rina”', 'Rina'],
    ['(a) dan (b)', '(a) dan (b)'],
    ['Rina!?', 'Rina'],
    ["'Rina'", 'Rina'],
    ['((Rina))', '((Rina))'], // the opening mark occurs inside: left alone
  ])('%j → %j', (s, expected) => {
    const [a, b] = trimSpan(s, 0, s.length);
    expect(s.slice(a, b)).toBe(expected);
  });
});

describe('speakerMatches', () => {
  const rina = { name: 'Rina Marlina', mention: 'Gubernur Rina' };
  it.each([
    ['Rina', true],
    ['Rina Marlina', true],
    ['Gubernur Rina', true],
    ['Marlina', true],
    ['Gubernur Rina Marlina Putri', true],
    ['rína', true],
    ['Gubernur', true],
    ['Rina Putri', false],
    ['Putri', false],
    ['', false],
  ])('%j → %s', (said, ok) => {
    expect(speakerMatches(rina, said)).toBe(ok);
  });
  it('needs a shared word when the gold has a mention', () => {
    expect(speakerMatches({ name: 'Dinas Sosial', mention: null }, 'Dinas')).toBe(true);
    expect(speakerMatches({ name: null, mention: 'juru bicara' }, 'juru bicara')).toBe(true);
  });
});

describe('matchSpans', () => {
  it('pairs the best scores first, one-to-one, earlier items winning ties', () => {
    const g = ['g0', 'g1'];
    const s = ['s0', 's1'];
    const table: Record<string, number> = { g0s0: 0.9, g0s1: 0.8, g1s0: 0.95, g1s1: 0.8 };
    expect(matchSpans(g, s, (a, b) => table[a + b]!, 0.5)).toEqual([
      ['g1', 's0'],
      ['g0', 's1'],
    ]);
    const tie = matchSpans(g, s, () => 0.7, 0.5);
    expect(tie).toEqual([
      ['g0', 's0'],
      ['g1', 's1'],
    ]);
    expect(matchSpans(g, s, () => 0.4, 0.5)).toEqual([]);
  });
});
