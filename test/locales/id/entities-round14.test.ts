import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { spans } from './helpers.js';

// Round 14 of the Indonesian entity rules: every case is a sentence written for the test.

/** The rules --explain shows for the person named `name`. */
const rulesOf = (text: string, name: string) =>
  (extract(text, { lang: 'id', date: '2024-03-05', explain: true }).people ?? [])
    .find((p) => p.name === name)
    ?.explain?.map((x) => x.rule) ?? [];

describe('id a sentence-opening given name before a small place name (id.person.given-name-opener)', () => {
  it.each([
    ['Surya Paloh hadir.', 'Surya Paloh'],
    ['Intan Permata Sari membuka acara itu.', 'Intan Permata Sari'],
    ['Dewi Permata tiba di lokasi pukul delapan.', 'Dewi Permata'],
    ['Permata Sari menyanyikan dua lagu.', 'Permata Sari'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it.each([
    // a province, a city or a country after the word is the place
    ['Intan Jakarta tiba di pasar.', 'Jakarta'],
    ['Surya Bali hadir di pameran.', 'Bali'],
  ])('%s keeps the place %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('the rule shows in --explain', () => {
    expect(rulesOf('Surya Paloh hadir.', 'Surya Paloh')).toContain('id.person.given-name-opener');
  });
});

describe('id a known body that is also a given name, then a surname (id.person.namesake-of-body)', () => {
  it.each([
    ['Chelsea Islan hadir di Jakarta kemarin.', 'Chelsea Islan'],
    ['Film itu dibintangi Chelsea Islan dan Reza Rahadian.', 'Chelsea Islan'],
    ['Bersama Chelsea Islan, ia berlatih setiap pagi.', 'Chelsea Islan'],
    ['Menurut Chelsea Islan, naskahnya sangat kuat.', 'Chelsea Islan'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
    expect(spans(text, 'organizations')).not.toContain('Chelsea');
  });
  it.each([
    ['Persib bermain melawan Chelsea Islan.', 'Chelsea'],
    ['Ia membela Chelsea Kante musim lalu.', 'Chelsea'],
    ['Ia membeli mobil Honda Brio bekas.', 'Honda'],
    ['Chelsea menang 2-0 atas tamunya.', 'Chelsea'],
    ['Saham Apple Watch naik.', 'Apple'],
  ])('%s keeps the organization %s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(spans(text, 'people').some((p) => p.startsWith(org))).toBe(false);
  });
  it('the rule shows in --explain', () => {
    expect(rulesOf('Chelsea Islan hadir.', 'Chelsea Islan')).toContain('id.person.namesake-of-body');
  });
});

describe('id a result or an adverb after a name in a headline (id.person.headline-tail)', () => {
  it.each([
    ['Pelari Sari Lestari Juara Lagi', 'Sari Lestari'],
    ['Budi Santoso Menang Lagi di Jakarta', 'Budi Santoso'],
    ['Atlet Budi Santoso Lolos ke Final', 'Budi Santoso'],
    ['Petenis Dorian Kessler Kalah di Babak Kedua', 'Dorian Kessler'],
    ['Hendra Gunawan Kembali Pimpin Asosiasi', 'Hendra Gunawan'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
  it.each([
    // without such a word the name is whole; a known body before it stays the body
    ['Pelari Sari Lestari Wibowo tiba di Jakarta.', 'people', 'Sari Lestari Wibowo'],
    ['Persib Juara Lagi', 'organizations', 'Persib'],
  ] as const)('%s', (text, kind, name) => {
    expect(spans(text, kind)).toEqual([name]);
  });
  it('the rule shows in --explain', () => {
    expect(rulesOf('Pelari Sari Lestari Juara Lagi', 'Sari Lestari')).toContain('id.person.headline-tail');
  });
});

describe('id an English name that ends in a body word (id.org.tail-word)', () => {
  it.each([
    ['Menurut Badminton World Federation, jadwal berubah.', 'Badminton World Federation'],
    ['Keputusan Asian Football Confederation keluar kemarin.', 'Asian Football Confederation'],
    ['Ia memimpin National Basketball Association sejak 2014.', 'National Basketball Association'],
    ['Sanksi dari International Olympic Committee dicabut.', 'International Olympic Committee'],
    ['Data Global Ocean Fund menunjukkan penurunan.', 'Global Ocean Fund'],
    ['European Commission menolak usul itu.', 'European Commission'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    // an acronym of time, a head word of events or a kind of college names no body
    ['Pukul 10.00 WIB rapat dimulai.'],
    ['Kampus itu Perguruan Tinggi Swasta terbesar di kota ini.'],
    ['Laga Liga Champions itu berakhir imbang.'],
  ])('%s names no organization', (text) => {
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe('id a college named after "Perguruan Tinggi" (id.org.head-word)', () => {
  it('Perguruan Tinggi and a name no dictionary knows', () => {
    expect(
      spans('Didirikan dengan nama Perguruan Tinggi Wiradharma, kampus itu berkembang.', 'organizations'),
    ).toEqual(['Perguruan Tinggi Wiradharma']);
  });
});

describe('id the nations of the United Kingdom and well-known regions (id.place.gazetteer)', () => {
  it.each([
    ['Ia lahir di Ayr, Skotlandia, pada 1977.', 'Skotlandia'],
    ['Pemilu di Irlandia Utara digelar Kamis.', 'Irlandia Utara'],
    ['Parlemen Katalonia menggelar sidang.', 'Katalonia'],
    ['Es di Arktik mencair lebih cepat.', 'Arktik'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id what one visits, invades or occupies is a place (id.place.locative-visit)', () => {
  it.each([
    ['Menteri itu mengunjungi Darfur kemarin.', 'Darfur'],
    ['Presiden mengunjungi Kalomang pekan lalu.', 'Kalomang'],
    ['Pasukan itu menduduki Kalomang Hulu selama sebulan.', 'Kalomang Hulu'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'places')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    ['Menteri itu mengunjungi Budi di rumah sakit.', 'Budi'],
    ['Mereka mengunjungi Lestari Wibisono, kata polisi.', 'Lestari Wibisono'],
    ['Presiden Barack Obama tiba di Jakarta. Menteri mengunjungi Obama di hotel.', 'Obama'],
  ])('%s keeps the person %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
    expect(spans(text, 'places')).not.toContain(name);
  });
});

describe('id the language after "berbahasa" names no one (NON_ENTITY_CUES)', () => {
  it.each([['Ia fasih berbahasa Zhuang sejak kecil.'], ['Warga desa itu berbahasa Tetum.']])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id a legal form after a comma closes a company name (id.org.legal-form)', () => {
  it.each([
    ['Laba Velmont Computer, Inc. naik tajam.', 'Velmont Computer, Inc.'],
    ['Ia salah satu pendiri Korvane, LLC bersama dua temannya.', 'Korvane, LLC'],
    ['Saham PT Sinar Abadi, Tbk naik lima persen.', 'PT Sinar Abadi, Tbk'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    // a person named before a comma and an everyday word stays the person
    ['Budi Santoso, Ketua RT, hadir.', 'Budi Santoso'],
    ['Kata Dorian Kessler, Inggris siap.', 'Dorian Kessler'],
  ])('%s keeps the person', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id British clubs named "Town" or "County" (id.org.tail-word)', () => {
  it.each([
    ['Ia pindah ke Ipswich Town pada 1969.', 'Ipswich Town'],
    ['Derby County menang 2-0 semalam.', 'Derby County'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    ['Ia lahir di Cape Town.', 'Cape Town'],
    ['Kawasan China Town ramai menjelang Imlek.', 'China Town'],
  ])('%s is a place', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([]);
    expect(spans(text, 'places').some((p) => p.endsWith(name))).toBe(true);
  });
});

describe('id a listed given name that is also an everyday word (id.person.listed-given-name)', () => {
  it.each([
    ['Ia lahir dengan nama asli Marina Hara.', 'Marina Hara'],
    ['Ibunya bernama Marina Hara.', 'Marina Hara'],
    ['Ia bertemu Rose Tamblyn di sana.', 'Rose Tamblyn'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
  it.each([
    ['Kami makan malam di Marina Bay.'],
    ['Mobil itu memakai Alaska Wood Panel di dalamnya.'],
    ['Ia menanam Rose Garden di halaman.'],
  ])('%s names no person', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id two full names joined by the English "and" (id.person.english-pair)', () => {
  it.each([
    [
      'Ia lahir dari pasangan Lawrence Odell Holley and Ella Pauline Drake.',
      ['Lawrence Odell Holley', 'Ella Pauline Drake'],
    ],
    ['Lagu itu ditulis Dorian Kessler and Velma Stroud.', ['Dorian Kessler', 'Velma Stroud']],
  ])('%s', (text, names) => {
    expect(spans(text, 'people')).toEqual(names);
  });
  it.each([['Anak-anak menonton Tom and Jerry.'], ['Ia membaca Pride and Prejudice semalam.']])(
    '%s names no person',
    (text) => {
      expect(spans(text, 'people')).toEqual([]);
    },
  );
});

describe('id Korean names opened by Park (id.place.feature-head, id.person.capitalized)', () => {
  it.each([
    ['Lagu itu dinyanyikan Park Yong Ha.', 'Park Yong Ha'],
    ['Kata Park Ji Sung, timnya siap.', 'Park Ji Sung'],
    ['Kata Kim Yoo Ha, film itu bagus.', 'Kim Yoo Ha'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it.each([
    ['Ia berjalan di Central Park kemarin.', 'Central Park'],
    ['Ia tinggal di Park Avenue sejak 2010.', 'Park Avenue'],
  ])('%s keeps the place %s', (text, name) => {
    expect(spans(text, 'places')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a unit after a number stays a unit', () => {
    expect(spans('Luas lahan itu 5 Ha.', 'people')).toEqual([]);
  });
});

describe('id world-famous universities by their bare name (id.org.lexicon)', () => {
  it.each([
    ['Ia lulus dari Harvard pada 1990.', 'Harvard'],
    ['Ia mengajar di Stanford sejak 2015.', 'Stanford'],
    ['Ekonom lulusan Yale itu hadir.', 'Yale'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a person whose family name is a university keeps it', () => {
    expect(spans('Patung John Harvard berdiri di halaman.', 'people')).toEqual(['John Harvard']);
  });
});

describe('id an office that is also a place, before a word of an office (id.person.title-before-name)', () => {
  it('Karo Penmas is the office of the officer named after it', () => {
    const text = 'Karo Penmas Polri Brigjen Agus Riyanto mengatakan hal itu.';
    expect(spans(text, 'places')).toEqual([]);
    expect(spans(text, 'people')).toEqual(['Agus Riyanto']);
  });
  it.each([
    ['Banjir melanda Kabupaten Karo kemarin.', 'Kabupaten Karo'],
    ['Ribuan warga di Karo mengungsi.', 'Karo'],
  ])('%s keeps the place', (text, name) => {
    expect(spans(text, 'places')).toEqual([name]);
  });
});
