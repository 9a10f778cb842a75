import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The eighteenth session's audit: errors found reading our own articles (an earthquake, a bill in parliament,
// a central bank decision, the hajj, a drug seizure, a motorcycle race, start-up lay-offs, a regional election).
// Every sentence here was written for these tests.

/** [type, speaker name] of each quote. */
const speakers = (text: string) => (run(text).quotes ?? []).map((q) => [q.type, q.speaker?.name ?? null]);

describe('id a -nya cue does not go to a next sentence’s subject that no entity holds', () => {
  it.each([
    [
      'Warga Dusun Kalibening, Sutinah (52), mengaku dapurnya ambruk. ”Saya langsung keluar rumah,” tuturnya.\n\nLongsor itu mengingatkan warga pada bencana lima tahun lalu.',
      'Sutinah',
    ],
    [
      'Pedagang pasar, Warsito (40), mengaku lapaknya terbakar. ”Semua ludes,” katanya.\n\nKebakaran tersebut menghanguskan 80 kios.',
      'Warsito',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text).at(-1)).toEqual(['direct', speaker]);
  });
  it('negative: a person who opens the next sentence with a speech verb still takes the -nya cue', () => {
    const text =
      'Kepala Dinas Sosial Tegal, Marlina Wulandari, meninjau pengungsian. ”Logistik cukup,” ujarnya. Hartono Saputra menambahkan, tenda masih kurang.';
    expect(speakers(text)[0]).toEqual(['direct', 'Hartono Saputra']);
  });
});

describe('id after an office closed by a body’s acronym, a name with a rare root before the verb', () => {
  it.each([
    ['Ketua DPD Laksmi Maharani belum menanggapi surat itu.', ['Laksmi Maharani']],
    ['Wakil Ketua MPR Gita Maharani juga hadir di sana.', ['Gita Maharani']],
    // negatives: a field word after the acronym; an everyday pair of words
    ['Ketua DPR Bidang Anggaran belum menanggapi surat itu.', []],
    ['Ketua KPU Pusat Data belum menanggapi surat itu.', []],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id words with an English noun suffix are no personal name', () => {
  it.each([
    ['Bunga Standing Facility naik menjadi 6,5 persen.', []],
    ['Program Green Investment itu dibuka pekan lalu.', []],
    ['Pemerintah menyiapkan Climate Resilience Regulation baru.', []],
    // negative: a given name with such an ending stays a name
    ['Felicity Harmoko menang dalam lomba itu.', ['Felicity Harmoko']],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id a dormitory is a facility', () => {
  it.each([
    ['Calon jemaah menginap di Asrama Haji Sudiang sejak Kamis.', ['Asrama Haji Sudiang'], []],
    ['Mahasiswa itu tinggal di Asrama Mahasiswa Nusantara.', ['Asrama Mahasiswa Nusantara'], []],
    // negative: "asrama" in lower case opens nothing
    ['Jemaah kembali ke asrama haji sebelum magrib.', [], []],
  ])('%s', (text, places, people) => {
    expect(spans(text, 'places')).toEqual(places);
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id a team or firm between a role and a name set off by commas', () => {
  it.each([
    [
      'Pebalap Ducati Lenovo, Francesco Rossetti, finis kedua.',
      ['Francesco Rossetti'],
      ['Ducati Lenovo'],
      'Pebalap Ducati Lenovo',
    ],
    [
      'Pendiri Tokokita Digital, Andreas Gunawan, membantah kabar itu.',
      ['Andreas Gunawan'],
      ['Tokokita Digital'],
      'Pendiri Tokokita Digital',
    ],
    [
      'Chief Executive Officer (CEO) Kirimcepat, Steven Hartanto, mengatakan ekspansi ditunda.',
      ['Steven Hartanto'],
      ['Kirimcepat'],
      'Chief Executive Officer (CEO) Kirimcepat',
    ],
  ])('%s', (text, people, orgs, title) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(titlesOf(text, people[0]!)).toEqual([title]);
  });
  it.each([
    // negatives: the lawyer of an official named first; a region after the short form is the office's territory
    [
      'Pengacara mantan Bupati Garut Rudy Haryanto, Dedi Kusuma, mengajukan banding.',
      ['Rudy Haryanto', 'Dedi Kusuma'],
    ],
    [
      'Kepala Pelaksana BPBD (Badan Penanggulangan Bencana Daerah) Cilacap, Suryono Wibowo, hadir.',
      ['Suryono Wibowo'],
    ],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id an -ial adjective made from a word in -i is a word of the office', () => {
  it.each([
    [
      'Direktur Hubungan Industrial Kemnaker Ratna Sulistyowati mengatakan mediasi berlanjut.',
      'Ratna Sulistyowati',
      'Direktur Hubungan Industrial Kemnaker',
    ],
    [
      'Kepala Seksi Material Dinas Pekerjaan Umum Bambang Triyono memeriksa jembatan.',
      'Bambang Triyono',
      'Kepala Seksi Material Dinas Pekerjaan Umum',
    ],
  ])('%s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
  });
});

describe('id an office with its body, then "itu", speaks as the person named before', () => {
  it.each([
    [
      'Calon wali kota nomor urut 2, Hendra Gunawan, belum mengakui hasil hitung cepat. Ketua PAN Kota Bekasi itu mengatakan timnya menunggu rekapitulasi.',
      'Hendra Gunawan',
    ],
    [
      'Sutrisno Adi belum mengakui kekalahan. Mantan camat itu mengatakan timnya masih menghitung.',
      'Sutrisno Adi',
    ],
    [
      'Dewi Lestari belum menanggapi hasil itu. Ketua Partai Buruh (PB) itu mengatakan pihaknya akan menggugat.',
      'Dewi Lestari',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([['indirect', speaker]]);
  });
  it('negative: a role with a place, not a body, names no one to point back to', () => {
    expect(
      speakers(
        'Sutrisno Adi belum mengakui kekalahan. Pelatih asal Brasil itu mengatakan timnya masih berlatih.',
      ),
    ).toEqual([['indirect', 'Sutrisno Adi']]);
  });
});

describe('id people counted but not named speak as their role', () => {
  it.each([
    ['”Harga beras naik terus,” kata seorang pedagang di Pasar Baru.', [['direct', 'seorang pedagang']]],
    ['”Kami menunggu sejak subuh,” ujar salah seorang penumpang.', [['direct', 'salah seorang penumpang']]],
    ['Seorang nelayan mengatakan ombak setinggi tiga meter.', [['indirect', 'Seorang nelayan']]],
    [
      'Seorang pegawai bank yang enggan disebut namanya mengaku baru tahu dari grup pesan. ”Kaget sekali,” katanya.',
      [
        ['indirect', 'Seorang pegawai bank'],
        ['direct', 'Seorang pegawai bank'],
      ],
    ],
    // negatives: a list of kinds of people reports as a group; an uncounted word of the sentence is no speaker
    ['Saksi dan warga yang melihat api segera melapor ke polisi.', []],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  it('negative: a person named before the relative clause keeps the quote', () => {
    expect(
      speakers('Rudi Hartono yang melayani para pembeli mengatakan, harga cabai naik sejak pekan lalu.'),
    ).toEqual([['indirect', 'Rudi Hartono']]);
  });
});

describe('id "menyebut" reports a clause whose verb comes after sempat/pernah/mulai', () => {
  it.each([
    ['Joko Prasetyo menambahkan, kapal sudah diintai. Ia menyebut petugas sempat kehilangan jejak kapal.', 2],
    ['Joko Prasetyo menyebut warga pernah mengeluhkan bau limbah.', 1],
    // negative: a noun and its relative clause is no report
    ['Joko Prasetyo menyebut beberapa faktor yang menyebabkan banjir.', 0],
  ])('%s', (text, n) => {
    expect(run(text).quotes ?? []).toHaveLength(n);
  });
});

describe('id a subject set off by commas before an adverb of time and the verb', () => {
  it('"Calon bupati nomor urut 1, X, belum mengakui …" makes X the topic of "itu"', () => {
    expect(
      speakers(
        'Ketua KPU Garut Lina Marlina meminta warga bersabar. Calon bupati nomor urut 1, Asep Mulyana, belum mengakui kekalahan. Mantan kepala desa itu mengatakan timnya menunggu data.',
      ).at(-1),
    ).toEqual(['indirect', 'Asep Mulyana']);
  });
});

describe('id a number after an office in a headline opens no name', () => {
  it.each([
    ['Hakim Vonis Terdakwa Penipuan Arisan 12 Tahun Penjara', []],
    ['Jaksa Tuntut Mantan Kepala Desa 8 Tahun Penjara', []],
    // negative: an initial and a name after a rank are still a person
    ['Kapolres Bogor AKBP R Hendra Wijaya hadir dalam acara itu.', ['R Hendra Wijaya']],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id a ministry’s short form before a country is the ministry of that country', () => {
  it('"Kemenlu Jepang" joins "Kementerian Luar Negeri Jepang"', () => {
    const orgs = run(
      'Kementerian Luar Negeri Jepang memanggil duta besar itu. Juru bicara Kemenlu Jepang, Hiroshi Tanaka, mengatakan protes sudah dikirim.',
    ).organizations;
    expect((orgs ?? []).map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ['Kementerian Luar Negeri Jepang', ['Kementerian Luar Negeri Jepang', 'Kemenlu Jepang']],
    ]);
  });
  it('negative: a company’s branch in a country keeps its own name', () => {
    expect(spans('Penjualan Sony Music Indonesia naik tahun lalu.', 'organizations')).toEqual([
      'Sony Music Indonesia',
    ]);
  });
});

describe('id a given name that is also a word opens the name after a company when unknown words follow it', () => {
  it.each([
    [
      'Direktur Bank Sentosa Jaya Ratna Wijayanti menyampaikan, kredit tumbuh.',
      ['Ratna Wijayanti'],
      ['Bank Sentosa Jaya'],
    ],
    [
      'Presiden Direktur Bank Mitra Sejahtera Dewi Kartikasari menyampaikan, laba naik.',
      ['Dewi Kartikasari'],
      ['Bank Mitra Sejahtera'],
    ],
    // negative: a dictionary word after it keeps the body's name whole
    ['Direktur Bank Ratna Sentosa menyampaikan, kredit tumbuh.', [], ['Bank Ratna Sentosa']],
  ])('%s', (text, people, orgs) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id a pronoun that opens a quotation is no person', () => {
  it.each([
    ['”Kami optimistis,” ujarnya.', []],
    ['”Kita harus bersatu,” kata Sutarman.', ['Sutarman']],
    ['”Aku tidak takut,” tulis Rendra.', ['Rendra']],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id an office, its short form in brackets, "dari" and a body, then the name set off by commas', () => {
  it.each([
    [
      'Jaksa Penuntut Umum (JPU) dari Kejaksaan Negeri Bantul, Rini Handayani, membacakan tuntutan.',
      'Rini Handayani',
      'Jaksa Penuntut Umum (JPU) dari Kejaksaan Negeri Bantul',
    ],
    // negative: without the comma-set name the office names no one
    ['Jaksa Penuntut Umum (JPU) dari Kejaksaan Negeri Bantul membacakan tuntutan.', null, null],
  ])('%s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual(name ? [name] : []);
    if (name) expect(titlesOf(text, name)).toEqual([title]);
  });
});
