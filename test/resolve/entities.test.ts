import { describe, expect, it } from 'vitest';
import type { EntityCandidate } from '../../src/recognize/types.js';
import { abbreviates, indexEntities, removeOverlaps, resolveEntities } from '../../src/resolve/entities.js';

const cand = (
  text: string,
  surface: string,
  type: EntityCandidate['type'],
  from = 0,
  extra: Partial<EntityCandidate> = {},
): EntityCandidate => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`no ${surface}`);
  return {
    type,
    start,
    end: start + surface.length,
    explain: [{ rule: 'test', evidence: surface }],
    ...extra,
  };
};

describe('resolveEntities', () => {
  it('joins later partial names to the full name and keeps first-mention order', () => {
    const text = 'Rina Kusuma datang. Kusuma bicara. Rina pulang. Budi Hartono diam.';
    const r = resolveEntities(text, [
      cand(text, 'Rina Kusuma', 'person', 0, { titles: ['Direktur'] }),
      cand(text, 'Kusuma', 'person', 12),
      cand(text, 'Rina', 'person', 30),
      cand(text, 'Budi Hartono', 'person'),
    ]);
    expect(r.people.map((p) => [p.id, p.name, p.mentions.length, p.titles])).toEqual([
      ['person-1', 'Rina Kusuma', 3, ['Direktur']],
      ['person-2', 'Budi Hartono', 1, []],
    ]);
  });

  it('links an acronym to its long form and a canonical name to its aliases', () => {
    const text = 'Badan Pusat Statistik (BPS) merilis data. BPS juga. Tiongkok dan China.';
    const r = resolveEntities(text, [
      cand(text, 'Badan Pusat Statistik', 'organization'),
      cand(text, 'BPS', 'organization', 0, { expands: 'Badan Pusat Statistik' }),
      cand(text, 'BPS', 'organization', 30),
      cand(text, 'Tiongkok', 'place', 0, { canonical: 'China', country: 'CN', placeKind: 'country' }),
      cand(text, 'China', 'place', 0, { canonical: 'China', country: 'CN', placeKind: 'country' }),
    ]);
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0]?.mentions).toHaveLength(3);
    expect(r.places.map((p) => [p.name, p.country, p.kind, p.aliases])).toEqual([
      ['China', 'CN', 'country', ['Tiongkok']],
    ]);
  });

  it('does not join different people who share no full word run', () => {
    const text = 'Agus Salim dan Agus Widjojo.';
    const r = resolveEntities(text, [
      cand(text, 'Agus Salim', 'person'),
      cand(text, 'Agus Widjojo', 'person'),
    ]);
    expect(r.people).toHaveLength(2);
  });
});

describe('removeOverlaps and indexEntities', () => {
  it('keeps the longest of overlapping candidates', () => {
    const text = 'Kementerian Luar Negeri Korea Selatan';
    const kept = removeOverlaps([cand(text, 'Korea Selatan', 'place'), cand(text, text, 'organization')]);
    expect(kept.map((c) => c.type)).toEqual(['organization']);
  });

  it('finds the entity at a span', () => {
    const text = 'Rina Kusuma datang ke Jakarta.';
    const r = resolveEntities(text, [cand(text, 'Rina Kusuma', 'person'), cand(text, 'Jakarta', 'place')]);
    const idx = indexEntities(r);
    expect(idx.at(0, 4)?.id).toBe('person-1');
    expect(idx.at(22, 29)).toBeNull();
  });
});

describe('partial names with two candidates', () => {
  it('sends a first name to the person it opens, not to one it ends', () => {
    const text = 'Rina Kusuma datang. Adi Rina pergi. Rina tersenyum.';
    const r = resolveEntities(text, [
      cand(text, 'Rina Kusuma', 'person'),
      cand(text, 'Adi Rina', 'person'),
      cand(text, 'Rina', 'person', 30),
    ]);
    expect(r.people.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Rina Kusuma', 2],
      ['Adi Rina', 1],
    ]);
  });
});

describe('short forms in brackets after an organization', () => {
  it.each([
    ['Puspresnas', 'Pusat Prestasi Nasional', true],
    ['Kemendikbudristek', 'Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi', true],
    ['Bappenas', 'Badan Perencanaan Pembangunan Nasional', true],
    ['Kemenkes', 'Kementerian Kesehatan', true],
    // a syllable and the word's last letter
    ['Disdik', 'Dinas Pendidikan', true],
    ['Dispar', 'Dinas Pariwisata', true],
    ['Persero', 'PT Pupuk Indonesia', false],
    ['Jakarta', 'Dinas Pendidikan Provinsi', false],
    ['Kemenkes', 'Badan Pangan', false],
    ['AB', 'Alfa Beta', false],
    ['Disdik', 'Dinas Kesehatan', false],
  ])('%s abbreviates %s: %s', (short, long, expected) => {
    expect(abbreviates(short, long)).toBe(expected);
  });

  it('joins the short form and its later mentions to the organization named before the bracket', () => {
    const text = 'Pusat Prestasi Nasional (Puspresnas) menggelar seleksi. Puspresnas mencatat 300 peserta.';
    const r = resolveEntities(text, [
      cand(text, 'Pusat Prestasi Nasional', 'organization'),
      cand(text, 'Puspresnas', 'organization'),
      cand(text, 'Puspresnas', 'organization', 40),
    ]);
    expect(r.organizations.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([
      ['Pusat Prestasi Nasional', ['Puspresnas'], 3],
    ]);
  });

  it('keeps a bracketed word that is no short form apart', () => {
    const text = 'Dinas Pendidikan (Pemprov) dan Bank Sentral (Jakarta) hadir.';
    const r = resolveEntities(text, [
      cand(text, 'Dinas Pendidikan', 'organization'),
      cand(text, 'Pemprov', 'organization'),
      cand(text, 'Bank Sentral', 'organization'),
      cand(text, 'Jakarta', 'organization'),
    ]);
    expect(r.organizations.map((o) => o.name)).toEqual([
      'Dinas Pendidikan',
      'Pemprov',
      'Bank Sentral',
      'Jakarta',
    ]);
  });
});

describe('other names given with "known as"', () => {
  it('joins the other name and its later mentions to the entity named before, whatever their type', () => {
    const text =
      'The Department of Forestry and Fire Protection, known as Cal Fire, spoke. Cal Fire crews left.';
    const r = resolveEntities(text, [
      cand(text, 'Department of Forestry and Fire Protection', 'organization'),
      cand(text, 'Cal Fire', 'person'),
      cand(text, 'Cal Fire', 'person', 70),
    ]);
    expect(r.people).toEqual([]);
    expect(r.organizations.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([
      ['Department of Forestry and Fire Protection', ['Cal Fire'], 3],
    ]);
  });

  it.each([
    [
      'Badan Pengusahaan Batam, yang dikenal dengan nama BP Batam, hadir.',
      'Badan Pengusahaan Batam',
      'BP Batam',
      1,
    ],
    // "disebut" alone is a passive verb of saying, not a name
    ['PDIP disebut Hendrawan sudah siap.', 'PDIP', 'Hendrawan', 2],
    // no cue between the two names
    ['Badan Pengusahaan Batam dan BP Batam hadir.', 'Badan Pengusahaan Batam', 'BP Batam', 2],
  ])('%s', (text, first, second, groups) => {
    const r = resolveEntities(text, [cand(text, first, 'organization'), cand(text, second, 'person')]);
    expect(r.people.length + r.organizations.length).toBe(groups);
  });
});

describe('a body named after its country, named again without it', () => {
  it('joins "Senate" to "U.S. Senate"', () => {
    const text = 'The U.S. Senate voted. The Senate then adjourned.';
    const r = resolveEntities(text, [
      cand(text, 'U.S. Senate', 'organization'),
      cand(text, 'Senate', 'organization', 20),
    ]);
    expect(r.organizations.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([
      ['U.S. Senate', ['Senate'], 2],
    ]);
  });
  it('keeps bodies apart when the first word is no place', () => {
    const text = 'Harbor Senate voted. The Senate then adjourned.';
    const r = resolveEntities(text, [
      cand(text, 'Harbor Senate', 'organization'),
      cand(text, 'Senate', 'organization', 15),
    ]);
    expect(r.organizations).toHaveLength(2);
  });
});

describe('held-out round 2: names without their wrapper, and short forms used before their definition', () => {
  const orgs = (text: string, surfaces: [string, EntityCandidate['type'], number?][]) =>
    resolveEntities(
      text,
      surfaces.map(([s, t, from]) => cand(text, s, t, from ?? 0)),
    );

  it.each<[string, [string, EntityCandidate['type'], number?][], [string, number][]]>([
    // a company's legal wrapper (PT, Persero, Tbk) names the same company
    [
      'PT Bank Sinar Jaya Tbk mencatat laba. Bank Sinar Jaya juga menyalurkan kredit.',
      [
        ['PT Bank Sinar Jaya Tbk', 'organization'],
        ['Bank Sinar Jaya', 'organization', 30],
      ],
      [['PT Bank Sinar Jaya Tbk', 2]],
    ],
    [
      'Bank Tani Makmur menaikkan bunga. PT Bank Tani Makmur (Persero) Tbk lalu merugi.',
      [
        ['Bank Tani Makmur', 'organization'],
        ['PT Bank Tani Makmur (Persero) Tbk', 'organization'],
      ],
      [['Bank Tani Makmur', 2]],
    ],
    // one word left is no company name of its own
    [
      'PT Timah Tbk menambang. Timah naik.',
      [
        ['PT Timah Tbk', 'organization'],
        ['Timah', 'organization', 20],
      ],
      [
        ['PT Timah Tbk', 1],
        ['Timah', 1],
      ],
    ],
  ])('%s', (text, surfaces, expected) => {
    expect(orgs(text, surfaces).organizations.map((o) => [o.name, o.mentions.length])).toEqual(expected);
  });

  it('joins "Provinsi X" to the province X, but not "Kabupaten X" to the town X', () => {
    const text = 'Jawa Barat dilanda hujan. Provinsi Jawa Barat siaga. Bandung dan Kabupaten Bandung banjir.';
    const r = resolveEntities(text, [
      cand(text, 'Jawa Barat', 'place'),
      cand(text, 'Provinsi Jawa Barat', 'place'),
      cand(text, 'Bandung', 'place', 50),
      cand(text, 'Kabupaten Bandung', 'place'),
    ]);
    expect(r.places.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Jawa Barat', 2],
      ['Bandung', 1],
      ['Kabupaten Bandung', 1],
    ]);
  });

  it('joins a short form used before the text defines it to the long form, in the short form’s place', () => {
    const text = 'Kasus naik, Dinkes siaga. Kompas mencatat. Dinas Kesehatan (Dinkes) meminta warga waspada.';
    const r = resolveEntities(text, [
      cand(text, 'Dinkes', 'organization'),
      cand(text, 'Kompas', 'organization'),
      cand(text, 'Dinas Kesehatan', 'organization'),
      cand(text, 'Dinkes', 'organization', 50),
    ]);
    expect(r.organizations.map((o) => [o.id, o.name, o.aliases, o.mentions.length])).toEqual([
      ['org-1', 'Dinas Kesehatan', ['Dinkes'], 3],
      ['org-2', 'Kompas', [], 1],
    ]);
  });

  it('leaves a one-name group alone when no other group took its name', () => {
    const text = 'Dinkes siaga. Dinas Kesehatan meminta warga waspada.';
    const r = resolveEntities(text, [
      cand(text, 'Dinkes', 'organization'),
      cand(text, 'Dinas Kesehatan', 'organization'),
    ]);
    expect(r.organizations.map((o) => o.name)).toEqual(['Dinkes', 'Dinas Kesehatan']);
  });
});

describe('held-out round 2: acronyms without a bracket', () => {
  it.each<[string, string, string, boolean]>([
    // a word may give more than its initial, but every capitalized word gives something
    [
      'Kenya Medical Research Institute mencatat kasus. KEMRI setuju.',
      'Kenya Medical Research Institute',
      'KEMRI',
      true,
    ],
    ['Badan Sarana Air mencatat debit. BSA setuju.', 'Badan Sarana Air', 'BSA', true],
    // a compass compound gives a letter for each part
    [
      'Association of Southeast Asian Nations bertemu. ASEAN setuju.',
      'Association of Southeast Asian Nations',
      'ASEAN',
      true,
    ],
    [
      'Association of Southeast Asian Nations bertemu. ASAN setuju.',
      'Association of Southeast Asian Nations',
      'ASAN',
      true,
    ],
    [
      'Association of Southeast Asian Nations bertemu. ASEN setuju.',
      'Association of Southeast Asian Nations',
      'ASEN',
      false,
    ],
    // a legal form spells nothing: "Amazon.com Inc." is no "AI"
    ['Amazon.com Inc. tumbuh. AI menjadi fokus.', 'Amazon.com Inc.', 'AI', false],
    // a word left out: no acronym of this name
    [
      'Kenya Medical Research Institute mencatat kasus. KMI setuju.',
      'Kenya Medical Research Institute',
      'KMI',
      false,
    ],
  ])('%s', (text, long, acr, joined) => {
    const r = resolveEntities(text, [
      cand(text, long, 'organization'),
      cand(text, acr, 'organization', text.indexOf('.', long.length)),
    ]);
    expect(r.organizations.length).toBe(joined ? 1 : 2);
  });
});

describe('held-out round 2: nicknames ("sapaan akrab")', () => {
  it('joins "X, sapaan akrabnya" to the person named last', () => {
    const text = 'Menteri Saifullah Yusuf hadir. "Aman," tegas Gus Ipul, sapaan akrabnya. Rudi Hartono diam.';
    const r = resolveEntities(text, [
      cand(text, 'Saifullah Yusuf', 'person'),
      cand(text, 'Gus Ipul', 'person'),
      cand(text, 'Rudi Hartono', 'person'),
    ]);
    expect(r.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Saifullah Yusuf', ['Gus Ipul']],
      ['Rudi Hartono', []],
    ]);
  });

  it('names the person by the full name after "sapaan akrab"', () => {
    const text = 'Kang Dedi, sapaan akrab Dedi Mulyadi, hadir. Kang Dedi lalu pulang.';
    const r = resolveEntities(text, [
      cand(text, 'Kang Dedi', 'person'),
      cand(text, 'Dedi Mulyadi', 'person'),
      cand(text, 'Kang Dedi', 'person', 30),
    ]);
    expect(r.people.map((p) => [p.name, p.mentions.length])).toEqual([['Dedi Mulyadi', 3]]);
  });

  it('leaves a name after a plain comma alone', () => {
    const text = 'Menteri Saifullah Yusuf hadir. Gus Ipul, warga setempat, datang.';
    const r = resolveEntities(text, [
      cand(text, 'Saifullah Yusuf', 'person'),
      cand(text, 'Gus Ipul', 'person'),
    ]);
    expect(r.people.length).toBe(2);
  });
});

describe('held-out round 2: a province named with its head word, then by its short or canonical name', () => {
  it('joins "DKI" (canonical Daerah Khusus Ibukota Jakarta) to "Provinsi DKI Jakarta"', () => {
    const text = 'Provinsi DKI Jakarta menyiapkan pompa. BPBD DKI mencatat genangan.';
    const r = resolveEntities(text, [
      cand(text, 'Provinsi DKI Jakarta', 'place'),
      cand(text, 'DKI', 'place', 30, { canonical: 'Daerah Khusus Ibukota Jakarta' }),
    ]);
    expect(r.places.map((p) => [p.name, p.mentions.length])).toEqual([['Provinsi DKI Jakarta', 2]]);
  });

  it('joins a later mention by the canonical name a joining mention brought', () => {
    const text = 'Jabar banjir. Jabar siaga. Jawa Barat ramai.';
    const r = resolveEntities(text, [
      cand(text, 'Jabar', 'place'),
      cand(text, 'Jabar', 'place', 10, { canonical: 'Jawa Barat' }),
      cand(text, 'Jawa Barat', 'place'),
    ]);
    expect(r.places.map((p) => [p.name, p.mentions.length])).toEqual([['Jabar', 3]]);
  });

  it('keeps two provinces apart', () => {
    const text = 'Provinsi Jawa Barat dan Provinsi Jawa Timur siaga.';
    const r = resolveEntities(text, [
      cand(text, 'Provinsi Jawa Barat', 'place'),
      cand(text, 'Provinsi Jawa Timur', 'place'),
    ]);
    expect(r.places.length).toBe(2);
  });
});

describe('held-out round 3: ward and village heads, PT + acronym, no alias before a possessive', () => {
  it.each([
    [
      'Air masuk ke Kelurahan Muara Angke sejak pagi. Warga Muara Angke mengungsi.',
      'Kelurahan Muara Angke',
      'Muara Angke',
    ],
    ['Longsor melanda Desa Sukamaju. Jalan ke Sukamaju tertutup.', 'Desa Sukamaju', 'Sukamaju'],
  ])('%s → one place', (text, long, bare) => {
    const r = resolveEntities(text, [
      cand(text, long, 'place'),
      cand(text, bare, 'place', text.indexOf(long) + long.length),
    ]);
    expect(r.places).toHaveLength(1);
    expect(r.places[0]!.mentions.map((m) => m.text)).toEqual([long, bare]);
  });
  it('"Kabupaten X" stays apart from the town X', () => {
    const text = 'Kabupaten Bogor menambah sekolah. Di kota Bogor, hujan turun.';
    const r = resolveEntities(text, [
      cand(text, 'Kabupaten Bogor', 'place'),
      cand(text, 'Bogor', 'place', 20),
    ]);
    expect(r.places).toHaveLength(2);
  });
  it('"PT LIB" joins "PT Liga Indonesia Baru (LIB)"', () => {
    const text = 'PT Liga Indonesia Baru (LIB) menunda laga. Direktur PT LIB bicara.';
    const r = resolveEntities(text, [
      cand(text, 'PT Liga Indonesia Baru', 'organization'),
      cand(text, 'LIB', 'organization'),
      cand(text, 'PT LIB', 'organization'),
    ]);
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0]!.mentions).toHaveLength(3);
  });
  it('"PT Timah" keeps its everyday word apart from "Timah"', () => {
    const text = 'PT Timah untung. Harga timah naik, kata Timah Corp.';
    const r = resolveEntities(text, [
      cand(text, 'PT Timah', 'organization'),
      cand(text, 'Timah Corp', 'organization'),
    ]);
    expect(r.organizations).toHaveLength(2);
  });
  it.each([
    ["The VIX, known as Wall Street's fear gauge, jumped.", 2],
    ['The index, known as Nikkei, rose.', 1],
  ])('%s', (text, groups) => {
    const second = text.includes('Wall') ? 'Wall Street' : 'Nikkei';
    const r = resolveEntities(text, [
      cand(text, text.includes('Wall') ? 'VIX' : 'index', 'organization'),
      cand(text, second, 'organization'),
    ]);
    expect(r.organizations).toHaveLength(groups);
  });
});

describe('a person’s other name given with "atau" names them in its parts too', () => {
  it('joins a later first word of the other name to the person', () => {
    const text = 'Edward Omar Sharif Hiariej atau Eddy Hiariej diperiksa. Eddy tiba pagi.';
    const r = resolveEntities(text, [
      cand(text, 'Edward Omar Sharif Hiariej', 'person'),
      cand(text, 'Eddy Hiariej', 'person'),
      cand(text, 'Eddy', 'person', 40),
    ]);
    expect(r.people.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ['Edward Omar Sharif Hiariej', ['Eddy Hiariej', 'Eddy'], 3],
    ]);
  });
  it('joins the full name to the short name a headline gave before it', () => {
    const text =
      'Eddy Hiariej Diperiksa\n\nKPK memeriksa Edward Omar Sharif Hiariej atau Eddy Hiariej. Eddy hadir.';
    const r = resolveEntities(text, [
      cand(text, 'Eddy Hiariej', 'person'),
      cand(text, 'Edward Omar Sharif Hiariej', 'person'),
      cand(text, 'Eddy Hiariej', 'person', 40),
      cand(text, 'Eddy', 'person', 80),
    ]);
    expect(r.people.map((p) => [p.name, p.mentions.map((m) => m.start)])).toEqual([
      ['Edward Omar Sharif Hiariej', [0, 38, 70, 84]],
    ]);
  });
  it('negative: two short names joined by "atau" stay two people', () => {
    const text = 'Prabowo atau Anies akan hadir. Anies datang.';
    const r = resolveEntities(text, [
      cand(text, 'Prabowo', 'person'),
      cand(text, 'Anies', 'person'),
      cand(text, 'Anies', 'person', 20),
    ]);
    expect(r.people.map((p) => p.name)).toEqual(['Prabowo', 'Anies']);
  });
});

describe('a name of two words or more opening a longer one names the same person', () => {
  it('joins the headline’s shorter name to the full name after it', () => {
    const text = 'Gregoria Mariska Juara\n\nGregoria Mariska Tunjung menang. Gregoria senang.';
    const r = resolveEntities(text, [
      cand(text, 'Gregoria Mariska', 'person'),
      cand(text, 'Gregoria Mariska Tunjung', 'person', 10),
      cand(text, 'Gregoria', 'person', 50),
    ]);
    expect(r.people.map((p) => [p.name, p.mentions.length])).toEqual([['Gregoria Mariska Tunjung', 3]]);
  });
  it('negative: one shared first word does not join two full names', () => {
    const text = 'Budi Santoso datang. Budi Hartono pulang.';
    const r = resolveEntities(text, [
      cand(text, 'Budi Santoso', 'person'),
      cand(text, 'Budi Hartono', 'person'),
    ]);
    expect(r.people.map((p) => p.name)).toEqual(['Budi Santoso', 'Budi Hartono']);
  });
});
