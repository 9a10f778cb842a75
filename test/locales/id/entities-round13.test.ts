import { describe, expect, it } from 'vitest';
import { spans } from './helpers.js';

// Round 13 of the Indonesian entity rules: every case is a sentence written for the test.

describe('id well-known companies and clubs from the lexicon (id.org.lexicon)', () => {
  it.each([
    ['Saham United Tractors naik tipis pada perdagangan Senin.', 'United Tractors'],
    ['Kemarin Chrysler mengumumkan pabrik barunya.', 'Chrysler'],
    ['Pembalap itu pindah ke tim Ferrari musim depan.', 'Ferrari'],
    ['Taksi Blue Bird menambah armada listrik.', 'Blue Bird'],
    ['Menurut Fitch Ratings, prospek ekonomi tetap stabil.', 'Fitch Ratings'],
    ['Gelandang itu kembali memperkuat Barca setelah cedera.', 'Barca'],
    ['Laga melawan Bayer Leverkusen berakhir imbang.', 'Bayer Leverkusen'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
  it.each([
    // a given name or a surname shared with a brand stays a person's
    ['Aktor Harrison Ford tiba di Jakarta kemarin.', 'Harrison Ford'],
    ['Menurut Nike Ardilla, lagu itu ditulis pada 1990.', 'Nike Ardilla'],
    ['Pemain Jepang Ichiro Suzuki resmi pensiun.', 'Ichiro Suzuki'],
    ['Analis Philips Vermonte menilai hasil itu wajar.', 'Philips Vermonte'],
    ['Enzo Ferrari mendirikan perusahaannya pada 1939.', 'Enzo Ferrari'],
  ])('%s keeps the person', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id a known company then capitalized words up to a company word is one name (id.org.lexicon)', () => {
  it.each([
    ['Film itu digarap Pixar Animation Studios selama empat tahun.', 'Pixar Animation Studios'],
    ['Ponsel itu dibuat Panasonic Mobile Communication di Osaka.', 'Panasonic Mobile Communication'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
  });
  it('without a company word the known name stands alone', () => {
    expect(spans('Kemarin Pixar Sutanto Wibisono berbicara.', 'organizations')).not.toContain(
      'Pixar Sutanto Wibisono',
    );
  });
});

describe('id English executive titles before a company (id.person.title-before-name, id.org.lexicon)', () => {
  it.each([
    [
      'Kata Chief Executive Officer Samsung Electronics, Jonas Wiryadi, penjualan naik.',
      'Samsung Electronics',
    ],
    ['Ia pernah menjabat CIO Walt Disney Company selama lima tahun.', 'Walt Disney Company'],
    ['Direktur Utama Garuda Indonesia Airlines Sutan Marpaung hadir.', 'Garuda Indonesia Airlines'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
  });
  it.each([
    ['Vice President Dorian Kessler tiba di Jakarta.', 'Dorian Kessler'],
    ['Menurut Chief Operating Officer Hendra Gunawan, proyek itu selesai.', 'Hendra Gunawan'],
  ])('%s keeps the title out of the name', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
  it('a known name without a company word after the office stays as known', () => {
    expect(spans('Kepala Badan Pusat Statistik Suhariyanto hadir.', 'organizations')).toEqual([
      'Badan Pusat Statistik',
    ]);
  });
});

describe('id the body after a dateline of several words opens a sentence', () => {
  it.each([
    [
      'San Francisco - Menurut Velmont Computer Inc., penjualan naik.',
      'organizations',
      'Velmont Computer Inc.',
    ],
    ['Kuala Lumpur - Menurut Dorian Kessler, harga turun.', 'people', 'Dorian Kessler'],
    ['New York - Kata Velmont Group, laba naik.', 'organizations', 'Velmont Group'],
  ] as const)('%s', (text, kind, name) => {
    expect(spans(text, kind)).toEqual([name]);
  });
  it('a capitalized word after a hyphen inside a sentence is no opener', () => {
    expect(spans('Laga Persib - Persija berakhir imbang.', 'organizations')).toEqual(['Persib', 'Persija']);
  });
});

describe('id a faculty and its university are two bodies (id.org.head-word)', () => {
  it.each([
    [
      'Ia kuliah di Fakultas Psikologi Universitas Tarumanagara sejak 2010.',
      ['Fakultas Psikologi', 'Universitas Tarumanagara'],
    ],
    ['Dekan Fakultas Pertanian UGM Darmawan Sulistyo hadir.', ['Fakultas Pertanian', 'UGM']],
    [
      'Ia lulus dari Fakultas Ilmu Sosial dan Ilmu Politik UI pada 1998.',
      ['Fakultas Ilmu Sosial dan Ilmu Politik', 'UI'],
    ],
  ])('%s', (text, names) => {
    expect(spans(text, 'organizations')).toEqual(names);
  });
  it('a faculty alone stays whole', () => {
    expect(spans('Ia mengajar di Fakultas Teknik Sipil dan Lingkungan.', 'organizations')).toEqual([
      'Fakultas Teknik Sipil dan Lingkungan',
    ]);
  });
});

describe('id an office of a body that ends in a country or province leaves no name (id.org.head-word)', () => {
  it.each([
    ['Rektor Universitas Indonesia hadir dalam acara itu.', 'Universitas Indonesia'],
    ['Rektor Universitas Sumatera Utara meresmikan gedung itu.', 'Universitas Sumatera Utara'],
    ['Ketua Asosiasi Pengusaha Indonesia menolak usul itu.', 'Asosiasi Pengusaha Indonesia'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it.each([
    ['Presiden Indonesia Joko Widodo hadir.', 'Indonesia'],
    ['Duta Besar Indonesia untuk Jepang hadir.', 'Indonesia'],
  ])('%s keeps the country', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe('id best-known music groups (id.org.lexicon)', () => {
  it.each([
    ['Konser Slank digelar di Senayan pekan depan.', 'Slank'],
    ['Lagu Linkin Park itu diputar ulang.', 'Linkin Park'],
    ['Personel JKT48 tampil di acara itu.', 'JKT48'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
  });
  it('a member named after the group stays a person', () => {
    expect(spans('Jon Bon Jovi tiba di Jakarta kemarin.', 'people')).toEqual(['Jon Bon Jovi']);
  });
});

describe('id everyday compounds and technical acronyms are no names', () => {
  it.each([
    'Kadangkala ada masalah seperti bencana di desa itu.',
    'Lagipula, dana itu belum cair.',
    'Ponsel itu mendukung jaringan GSM dan LTE serta layar AMOLED.',
    'Kinerja keuangan bank itu membaik.',
  ])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('a broadcaster named by its acronym stays a body', () => {
    expect(spans('Laporan itu disiarkan stasiun televisi CCTV kemarin.', 'organizations')).toEqual(['CCTV']);
  });
});
