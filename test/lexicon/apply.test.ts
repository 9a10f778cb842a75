import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { applyLexicon, findLexiconEntities, withoutIgnored } from '../../src/lexicon/apply.js';
import type { Doc, EntityCandidate } from '../../src/recognize/types.js';
import { segment } from '../../src/text/segment.js';
import type { Lexicon } from '../../src/types.js';

const docOf = (text: string): Doc => ({ text, language: 'id', ...segment(text) });
const surfaces = (doc: Doc, cands: readonly { start: number; end: number }[]): string[] =>
  cands.map((c) => doc.text.slice(c.start, c.end));

function builtin(
  doc: Doc,
  surface: string,
  type: EntityCandidate['type'],
  titles?: string[],
): EntityCandidate {
  const start = doc.text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} not in the test text`);
  const c: EntityCandidate = {
    start,
    end: start + surface.length,
    type,
    explain: [{ rule: 'test.builtin', evidence: surface }],
  };
  if (titles) c.titles = titles;
  return c;
}

const LEX: Lexicon = {
  people: [
    { name: 'Sekar Ayu Lestari', aliases: ['Sekar', 'Bu Sekar Ayu'], titles: ['Kepala Desa', 'Kades'] },
    { name: 'bell hooks' },
  ],
  places: [
    { name: 'Kampung Ujung Jaya', aliases: ['Ujung Jaya'], country: 'ID', kind: 'other' },
    { name: 'Surabaya' },
  ],
  organizations: [{ name: 'Koperasi Tani Makmur', aliases: ['KTM'] }],
};

describe('findLexiconEntities', () => {
  it.each([
    ['Kepala Desa Sekar Ayu Lestari meninjau sawah.', ['Sekar Ayu Lestari']],
    ['Sekar  Ayu\tLestari hadir.', ['Sekar  Ayu\tLestari']],
    ['Kata Sekar Ayu\nLestari hadir.', ['Sekar']],
    ['SEKAR AYU LESTARI hadir.', ['SEKAR AYU LESTARI']],
    ['Buku karya bell hooks dibaca di KTM.', ['bell hooks', 'KTM']],
    ['Warga Ujung Jaya dan Kampung Ujung Jaya berkumpul.', ['Ujung Jaya', 'Kampung Ujung Jaya']],
    ['Koperasi Tani Makmur (KTM) didirikan di Surabaya.', ['Koperasi Tani Makmur', 'KTM', 'Surabaya']],
  ])('finds the lexicon forms in %j', (text, expected) => {
    const doc = docOf(text);
    expect(surfaces(doc, findLexiconEntities(doc, LEX))).toEqual(expected);
  });

  it.each([
    ['Sekarang harga naik.', 'not inside a longer word'],
    ['Dia menjual sekar di pasar.', 'not a lowercase common word the lexicon writes with a capital'],
    ['Sekar, Ayu Lestari hadir.', 'not across punctuation (only the alias "Sekar" matches)'],
    ['Kabar dari ktm-ku.', 'not part of a hyphenated word'],
  ])('does not match in %j (%s)', (text) => {
    const doc = docOf(text);
    const found = surfaces(doc, findLexiconEntities(doc, LEX));
    expect(found.filter((s) => s !== 'Sekar')).toEqual([]);
  });

  it('carries the entry: canonical name, type, place facts, titles and the rules', () => {
    const doc = docOf('Kades Sekar hadir di Ujung Jaya dan Surabaya.');
    const [sekar, ujung, sby] = findLexiconEntities(doc, LEX);
    expect(sekar).toMatchObject({ type: 'person', canonical: 'Sekar Ayu Lestari', titles: ['Kades'] });
    expect(sekar!.explain.map((e) => e.rule)).toEqual(['user.person.lexicon', 'user.person.title']);
    expect(ujung).toMatchObject({
      type: 'place',
      canonical: 'Kampung Ujung Jaya',
      country: 'ID',
      placeKind: 'other',
    });
    expect(ujung!.explain).toEqual([{ rule: 'user.place.lexicon', evidence: 'Ujung Jaya' }]);
    // country and kind left out: the built-in gazetteer fills them in
    expect(sby).toMatchObject({ type: 'place', country: 'ID', placeKind: 'city' });
  });

  it('lets a later lexicon take over a form an earlier one used', () => {
    const doc = docOf('Rapat di Mawar dimulai.');
    const merged: Lexicon = {
      people: [{ name: 'Mawar' }],
      places: [],
      organizations: [{ name: 'Mawar' }],
    };
    // people come before organizations in the merged lexicon, so the organization (later) wins
    expect(findLexiconEntities(doc, merged)[0]).toMatchObject({ type: 'organization', canonical: 'Mawar' });
  });
});

describe('applyLexicon', () => {
  it('user entries replace the built-in candidates they overlap, keeping built-in titles', () => {
    const doc = docOf('Bupati Sekar Ayu Lestari tiba di Kampung Ujung Jaya.');
    const out = applyLexicon(doc, LEX, [
      builtin(doc, 'Bupati Sekar Ayu', 'person', ['Bupati']),
      builtin(doc, 'Ujung', 'organization'),
    ]);
    expect(surfaces(doc, out).sort()).toEqual(['Kampung Ujung Jaya', 'Sekar Ayu Lestari']);
    expect(out.find((c) => c.type === 'person')!.titles).toEqual(['Bupati']);
  });

  it('leaves a longer built-in name of another kind that contains a user entry', () => {
    const doc = docOf('Pemerintah Kota Surabaya menutup jalan.');
    const out = applyLexicon(doc, LEX, [builtin(doc, 'Pemerintah Kota Surabaya', 'organization')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'organization' });
    expect(surfaces(doc, out)).toEqual(['Pemerintah Kota Surabaya']);
  });

  it('keeps built-in candidates nothing overlaps, and returns them unchanged without a lexicon', () => {
    const doc = docOf('Andi bertemu Sekar di Bandung.');
    const andi = builtin(doc, 'Andi', 'person');
    const bandung = builtin(doc, 'Bandung', 'place');
    expect(applyLexicon(doc, {}, [andi, bandung])).toEqual([andi, bandung]);
    expect(surfaces(doc, applyLexicon(doc, LEX, [andi, bandung])).sort()).toEqual([
      'Andi',
      'Bandung',
      'Sekar',
    ]);
  });

  it('removes what `ignore` lists, by surface or canonical name, whatever its case and spacing', () => {
    const doc = docOf('Bank Sentral dan BANK  SENTRAL serta Sekar hadir; Kabar Baik datang.');
    const lex: Lexicon = { ...LEX, ignore: ['bank sentral', 'Sekar Ayu Lestari', 'Kabar'] };
    const out = applyLexicon(doc, lex, [
      builtin(doc, 'Bank Sentral', 'organization'),
      builtin(doc, 'BANK  SENTRAL', 'organization'),
      builtin(doc, 'Kabar Baik', 'organization'),
    ]);
    // only whole names are ignored: "Kabar" does not remove "Kabar Baik"
    expect(surfaces(doc, out)).toEqual(['Kabar Baik']);
  });
});

describe('withoutIgnored', () => {
  it('drops ignored dates and keeps the others', () => {
    const text = 'Pada Mei lalu dan 5 Mei 2024.';
    const spans = [
      { start: 5, end: 8 },
      { start: 18, end: 28 },
    ];
    expect(withoutIgnored(text, { ignore: ['mei'] }, spans)).toEqual([{ start: 18, end: 28 }]);
    expect(withoutIgnored(text, {}, spans)).toEqual(spans);
  });
});

describe('extract() with lexicons', () => {
  const names = (r: ReturnType<typeof extract>, kind: 'people' | 'places' | 'organizations'): string[] =>
    (r[kind] ?? []).map((e) => e.name);

  it('adds a person no rule would find (a name written in lower case)', () => {
    const text =
      'Esai bell hooks dibahas di Yogyakarta. Menurut bell hooks, pendidikan adalah praktik kebebasan.';
    expect(names(extract(text, { lang: 'id' }), 'people')).not.toContain('bell hooks');
    const r = extract(text, { lang: 'id', explain: true, lexicons: [{ people: [{ name: 'bell hooks' }] }] });
    const person = r.people!.find((p) => p.name === 'bell hooks');
    expect(person?.mentions.map((m) => m.start)).toEqual([5, text.lastIndexOf('bell hooks')]);
    expect(person?.explain?.[0]).toEqual({ rule: 'user.person.lexicon', evidence: 'bell hooks' });
  });

  it('removes a false positive of the built-in rules with `ignore`, and a user entry corrects its kind', () => {
    const text = 'Florence said the storm would pass by Monday.';
    const before = extract(text, { lang: 'en' });
    expect(names(before, 'places')).toContain('Florence'); // the gazetteer's city of Florence
    const ignored = extract(text, { lang: 'en', lexicons: [{ ignore: ['Florence'] }] });
    expect([...names(ignored, 'places'), ...names(ignored, 'people')]).not.toContain('Florence');
    const corrected = extract(text, {
      lang: 'en',
      lexicons: [{ people: [{ name: 'Florence Wanjiru', aliases: ['Florence'] }] }],
    });
    expect(names(corrected, 'places')).not.toContain('Florence');
    expect(corrected.people!.map((p) => [p.name, p.aliases])).toContainEqual([
      'Florence Wanjiru',
      ['Florence'],
    ]);
  });

  it('groups aliases under the canonical name', () => {
    const text = 'Koperasi Tani Makmur membagi pupuk. Ketua KTM mengatakan stok cukup.';
    const r = extract(text, { lang: 'id', lexicons: [LEX] });
    const org = r.organizations!.find((o) => o.name === 'Koperasi Tani Makmur');
    expect(org?.aliases).toEqual(['KTM']);
    expect(org?.mentions).toHaveLength(2);
  });

  it('ignores dates too', () => {
    const text = 'Warga berkumpul pada Senin, 4 Maret 2024.';
    const base = extract(text, { lang: 'id', date: '2024-03-04' }).dates!.map((d) => d.text);
    expect(base.length).toBeGreaterThan(0);
    const r = extract(text, { lang: 'id', date: '2024-03-04', lexicons: [{ ignore: base }] });
    expect(r.dates).toEqual([]);
  });
});

describe('lexicons passed to the library', () => {
  it.each([
    [
      { people: [{ name: 42 }] },
      /options\.lexicons \(merged\): \$\.people\[0\]\.name: expected a string, got 42/,
    ],
    [{ places: [{ name: 'X', country: 'Indonesia' }] }, /\$\.places\[0\]\.country: expected an ISO 3166-1/],
    [{ ignore: [null] }, /\$\.ignore\[0\]: expected a string, got null/],
    [{ speechVerbs: { id: [''] } }, /\$\.speechVerbs\.id\[0\]: expected a non-empty string/],
  ])('are checked: %j', (lexicon, message) => {
    expect(() =>
      extract('The council met in Leeds on Monday.', {
        lang: 'en',
        lexicons: [lexicon as unknown as Lexicon],
      }),
    ).toThrow(message);
    expect(() =>
      extract('Rapat di Bandung.', {
        lang: 'id',
        only: ['dates'],
        lexicons: [lexicon as unknown as Lexicon],
      }),
    ).toThrow(message);
  });
});
