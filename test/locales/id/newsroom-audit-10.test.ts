import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { run, spans, titlesOf } from './helpers.js';

/** [type, speaker name] of each quote. */
const speakers = (text: string) => (run(text).quotes ?? []).map((q) => [q.type, q.speaker?.name ?? null]);

// The nineteenth session's Indonesian rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

describe('id a known city opening a sentence before a copula or a dateline’s dash is the place', () => {
  it.each([
    ['Paris - Harga roti di ibu kota Prancis naik lagi pekan ini.', ['Paris', 'Prancis']],
    ['Roma adalah kota yang ramai turis sepanjang tahun.', ['Roma']],
    ['Roma - Pemerintah Italia menaikkan pajak bahan bakar.', ['Roma', 'Italia']],
    // negatives: the same words as a dictionary word, or with no dash or copula after them
    ['Paris itu tumbuh liar di kebun belakang.', []],
    ['Roma wajahnya memerah karena malu.', []],
  ])('%s', (text, places) => {
    expect(spans(text, 'places')).toEqual(places);
  });
});

describe('id in a sentence about a match, a foreign city next to a word of the match is the club', () => {
  it.each([
    ['Dalam laga tandang itu, Bologna mampu meraih kemenangan atas Genoa.', ['Bologna', 'Genoa'], []],
    ['Pelatih Marseille, Didier Lamont, puas setelah pertandingan itu.', ['Marseille'], []],
    ['Sevilla menelan kekalahan pada pertandingan pekan lalu.', ['Sevilla'], []],
    // negatives: a place after "di"; a sentence about no match; a club of a city
    ['Pertandingan berikutnya digelar di Genoa pada Sabtu.', [], ['Genoa']],
    ['Ia menang atas Genoa dalam lomba lari itu.', [], ['Genoa']],
    ['Gol itu dicetak saat ia masih membela klub London tersebut.', [], ['London']],
  ])('%s', (text, orgs, places) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(spans(text, 'places')).toEqual(places);
  });
});

describe('id a small town abroad that opens three name words after a comma is a given name', () => {
  it.each([
    ['Menghadapi wakil tuan rumah, Iskandar Rahmat Hidayat, ia kalah dua gim.', ['Iskandar Rahmat Hidayat']],
    // negative: a big city before a name stays the place ("aktor Hollywood …" is a place before a name)
    ['Aktor Hollywood Leonardo DiCaprio datang ke Bali.', ['Leonardo DiCaprio']],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id a legal form of two letters is written in capitals', () => {
  it.each([
    ['Pasangan Korea, Kim Sa Rang, menang mudah.', ['Kim Sa Rang'], []],
    // negative: "SA" in capitals after a company's name is its legal form
    ['Saham Nestle SA turun dua persen.', [], ['Nestle SA']],
  ])('%s', (text, people, orgs) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id a doubles pair with a spaced slash: the partner of a person is a person', () => {
  it.each([
    [
      'Ganda campuran Rudi Jordan / Melati Kusuma tersingkir di babak kedua.',
      ['Rudi Jordan', 'Melati Kusuma'],
    ],
    ['Mereka akan berhadapan dengan Chen Bo / Hong Wei, China, besok.', ['Chen Bo', 'Hong Wei']],
    // negatives: places on both sides; a person and a role in dictionary words
    ['Rute Jakarta Barat / Jakarta Selatan ditutup sementara.', []],
    ['Ia berperan sebagai Budi Santoso / Ksatria Biru dalam serial itu.', ['Budi Santoso']],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id a rare dictionary root before a word no dictionary holds opens a two-word name', () => {
  it.each([
    ['Enes Kanter mencetak 33 poin dalam laga itu.', ['Enes Kanter']],
    // negative: a conjunction before a name is no part of it
    ['Tatkala Erwin tiba, rapat sudah selesai.', ['Erwin']],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id Romance particles and foreign facility heads inside names', () => {
  it.each([
    ['Laga itu bergulir di Parc des Princes pada Rabu malam.', ['Parc des Princes'], [], []],
    ['Tim tamu bermain di Stade de la Mosson yang penuh penonton.', ['Stade de la Mosson'], [], []],
    ['Final digelar di Estadio Santiago Bernabeu akhir pekan ini.', ['Estadio Santiago Bernabeu'], [], []],
    ['Ia pernah membela Stade Rennais FC selama dua musim.', [], ['Stade Rennais FC'], []],
    ['Ia mengatakan hal itu kepada La Gazzetta dello Sport.', [], ['La Gazzetta dello Sport'], []],
    // negatives: a person's particle stays in the person's name; "la" in lower case is no Los Angeles;
    // a Buginese "La" opens a person's name
    ['Ia mengagumi karya Pierre du Pont.', [], [], ['Pierre du Pont']],
    ['La Ode Rahman hadir dalam rapat itu.', [], [], ['La Ode Rahman']],
  ])('%s', (text, places, orgs, people) => {
    expect(spans(text, 'places')).toEqual(places);
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id a phrase of capacity ("selaku", "sebagai") between the subject and the verb', () => {
  it.each([
    [
      'Pihak Bank Rakyat Indonesia (BRI) selaku pemilik mesin ATM menyatakan kerugian nasabah tidak terdampak.',
      'Bank Rakyat Indonesia (BRI)',
    ],
    [
      'Budi Santoso selaku Ketua RT 05 menyatakan bahwa seluruh warga sudah dievakuasi ke balai desa.',
      'Budi Santoso',
    ],
    // negative: with no such phrase the subject is the name before the verb
    [
      'Kepala desa Sukamaju, Hartono, menyatakan bahwa seluruh warga sudah dievakuasi ke balai desa.',
      'Hartono',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([['indirect', speaker]]);
  });
});

describe('id an office that goes on with "untuk" and the country or body it serves', () => {
  it.each([
    [
      'Duta Besar RI untuk Jepang Heri Santika menyebut nilai perdagangan naik.',
      'Heri Santika',
      'Duta Besar RI untuk Jepang',
    ],
    [
      'Wakil Tetap RI untuk PBB Arman Nasution berpidato di sidang itu.',
      'Arman Nasution',
      'Wakil Tetap RI untuk PBB',
    ],
  ])('%s', (text, name, title) => {
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it('negative: "untuk" before an everyday word leaves the office alone', () => {
    expect(spans('Menteri Keuangan untuk sementara menunda kebijakan itu.', 'people')).toEqual([]);
  });
});

describe('id a one-word office in lower case opens an appositive title before the body it serves', () => {
  it.each([
    [
      'Sementara itu, anggota Komisi D DPRD Jateng dari Fraksi Partai Gerindra, Yudi Wiranto, meminta perbaikan jalan.',
      'Yudi Wiranto',
      ['anggota Komisi D DPRD Jateng dari Fraksi Partai Gerindra'],
    ],
    [
      'Di sisi lain, kepala Dinas Sosial Tegal, Marlina Wulandari, meninjau posko.',
      'Marlina Wulandari',
      ['kepala Dinas Sosial Tegal'],
    ],
    // negative: the office word before a common noun makes no title
    ['Menurut anggota keluarga, Budi Santoso, korban pergi sejak pagi.', 'Budi Santoso', []],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
  });
});

describe('id the holder after a comma and an honorific takes the office with its body', () => {
  it.each([
    [
      'Direktur RSUD Ade Muhammad Djoen Sintang, dr. Ginanjar Kurniawan, menyebut rumah sakit siaga.',
      'Ginanjar Kurniawan',
      ['Direktur RSUD Ade Muhammad Djoen Sintang'],
    ],
    [
      'Direktur RSUD Bayu Asih, dr. Agus Rachmat, menyebut rumah sakit siaga.',
      'Agus Rachmat',
      ['Direktur RSUD Bayu Asih'],
    ],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
    expect(spans(text, 'people')).toEqual([name]);
  });
});

describe('id English facility words, an article before a known body, a body and a place joined by a hyphen', () => {
  it.each([
    ['Laga digelar di Tokyo Metropolitan Gymnasium, Sabtu.', ['Tokyo Metropolitan Gymnasium'], []],
    ['Konser digelar di Jakarta International Velodrome.', ['Jakarta International Velodrome'], []],
    [
      'BI menunggu arah The Federal Reserve, sementara The Fed masih menahan bunga.',
      [],
      ['BI', 'The Federal Reserve'],
    ],
    ['Ia menghadiri pertemuan ASEAN-Korea di Seoul.', ['Korea', 'Seoul'], ['ASEAN']],
    // negative: two acronyms joined by a hyphen are a coalition's tag, not a body and a place
    ['Koalisi PDIP-PKB mengusung pasangan itu.', [], ['Koalisi PDIP-PKB']],
  ])('%s', (text, places, orgs) => {
    expect(spans(text, 'places')).toEqual(places);
    expect((run(text).organizations ?? []).map((o) => o.mentions[0]!.text)).toEqual(orgs);
  });
  it('the article and the short name are one body', () => {
    const r = run('BI menunggu arah The Federal Reserve, sementara The Fed masih menahan bunga.');
    expect(r.organizations?.find((o) => o.name === 'Federal Reserve')?.mentions.map((m) => m.text)).toEqual([
      'The Federal Reserve',
      'The Fed',
    ]);
  });
});

describe('id a one-word brand in a title-case headline that the body writes as a word is that word', () => {
  it('"Ganda Putra" over "ganda putra"', () => {
    const text =
      'Ganda Putra Indonesia Melaju ke Final\n\nJAKARTA, KOMPAS.com - Ganda putra Indonesia melaju ke final turnamen itu.';
    expect(spans(text, 'organizations')).toEqual(['KOMPAS.com']);
  });
});

describe('id a verb of coming or going that opens the sentence is no speaker', () => {
  it.each([
    [
      'Kembali dari luar kota Kepala Dinas Kesehatan Irvan Wijaya mengatakan, Surabaya akan menerapkan kewajiban tes usap.',
      'Irvan Wijaya',
    ],
    [
      'Pulang dari Jakarta Bupati Sleman Hartono Wibisono mengatakan, jalan itu akan segera diperbaiki.',
      'Hartono Wibisono',
    ],
    // negative: a person who opens the sentence still speaks
    ['Kurniawan dari PT Maju Jaya mengatakan, jalan itu akan segera diperbaiki.', 'Kurniawan'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([['indirect', speaker]]);
  });
});

describe('id the first month of a range takes the year of a month named with its week', () => {
  it('"Januari hingga pekan ketiga September 2025"', () => {
    const r = extract(
      'Kasus DBD sepanjang Januari hingga pekan ketiga September 2025 mencapai 88.000 kasus.',
      {
        lang: 'id',
        date: '2025-10-01',
      },
    );
    expect(r.dates?.map((d) => [d.text, d.value])).toEqual([
      ['Januari', '2025-01'],
      // (the week of the month: id.date.week-of-month)
      ['pekan ketiga September 2025', '2025-W38'],
    ]);
  });
});

describe('id an office, its body’s short form in brackets, a physician’s title in lower case, then the name', () => {
  it.each([
    [
      'Ketua Umum Ikatan Dokter Anak Indonesia (IDAI) dr Piprim Yanuarso menyebut anak paling rentan.',
      ['Ketua Umum Ikatan Dokter Anak Indonesia', 'dr'],
    ],
    [
      'Ketua Umum Ikatan Dokter Anak Indonesia (IDAI) dr. Piprim Yanuarso menyebut anak paling rentan.',
      ['Ketua Umum Ikatan Dokter Anak Indonesia', 'dr.'],
    ],
  ])('%s', (text, titles) => {
    expect(titlesOf(text, 'Piprim Yanuarso')).toEqual(titles);
  });
});

describe('id a short form of an office that is no name word opens a title', () => {
  it.each([
    ['Menlu Sugiono menegaskan hal itu di Jakarta.', 'Sugiono', ['Menlu']],
    ['Wapres Gibran Rakabuming hadir dalam acara itu.', 'Gibran Rakabuming Raka', ['Wapres']],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it('negative: an English word that is also an office opens no title ("Premier League")', () => {
    expect(spans('Ia bermain di Premier League musim lalu.', 'people')).toEqual([]);
  });
});

describe('id the last initials of a list after ", dan" are a person even when they spell a body', () => {
  it('"SH (52), NR (47), dan WA (39)"', () => {
    expect(
      spans('Korban meninggal masing-masing berinisial SH (52), NR (47), dan WA (39).', 'people'),
    ).toEqual(['SH', 'NR', 'WA']);
  });
});

describe('id an office and a word of what it serves, in lower case, before a name set off by commas', () => {
  it.each([
    [
      'Koordinator aksi, Gunretno, menilai pabrik akan merusak sumber air warga.',
      'Gunretno',
      ['Koordinator aksi'],
    ],
    [
      'Namun, perwakilan PT Sahabat Mulia Sakti, Andreas Kurniawan, mengatakan perusahaannya patuh.',
      'Andreas Kurniawan',
      ['perwakilan PT Sahabat Mulia Sakti'],
    ],
    // negative: the words after a preposition make no title
    ['Menurut anggota keluarga, Budi Santoso, korban pergi sejak pagi.', 'Budi Santoso', []],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
  });
});

describe('id "menyebut" with a clause whose verb is "berada"', () => {
  it('reports what was said', () => {
    expect(speakers('Gunretno menyebut sedikitnya 40 mata air berada di sekitar lokasi tambang.')).toEqual([
      ['indirect', 'Gunretno'],
    ]);
  });
  it('negative: "menyebut" before a name with "sebagai" names, it reports nothing', () => {
    expect(speakers('Gunretno menyebut Kendeng sebagai gunung yang berada di utara.')).toEqual([]);
  });
});

describe('id "PO" in capitals opens a bus company', () => {
  it.each([
    ['Sebuah bus PO Sinar Jaya mengalami kecelakaan di tol.', ['PO Sinar Jaya'], []],
    // negative: "Po" written as a name word stays in the name
    ['Kwee Sien Po lahir di Semarang.', [], ['Kwee Sien Po']],
  ])('%s', (text, orgs, people) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(spans(text, 'people')).toEqual(people);
  });
});
