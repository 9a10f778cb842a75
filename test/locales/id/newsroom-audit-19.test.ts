import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The twenty-eighth session's Indonesian rules: errors found reading our own articles. Every sentence here was
// written for these tests.

const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);
const peopleNames = (text: string) => (run(text).people ?? []).map((p) => p.name);

describe('id fuel sold under a brand is a product, no person', () => {
  it.each([
    ['Harga Pertamax Turbo naik menjadi Rp 13.500 per liter.', []],
    ['Konsumsi Pertalite dan Biosolar meningkat selama libur panjang.', []],
    ['Penjualan Dexlite dan Pertamax Turbo dibatasi mulai pekan ini.', []],
  ])('%s', (text, people) => {
    expect(peopleNames(text)).toEqual(people);
  });
  it('negative: a one-word name after the product, opening its own sentence, is still a person', () => {
    const text = 'Stok Pertamax aman. Turbo mengatakan ia senang dengan hasil itu.';
    expect(peopleNames(text)).toEqual(['Turbo']);
  });
});

describe('id an acting holder of an English office, and offices held together', () => {
  it('"Pjs Corporate Secretary PT Pertamina Patra Niaga Heppy Wulansari"', () => {
    const text = 'Pjs Corporate Secretary PT Pertamina Patra Niaga Heppy Wulansari mengatakan harga turun.';
    expect(peopleNames(text)).toEqual(['Heppy Wulansari']);
    expect(titlesOf(text, 'Heppy Wulansari')).toEqual(['Pjs Corporate Secretary PT Pertamina Patra Niaga']);
    expect(spans(text, 'organizations')).toEqual(['PT Pertamina Patra Niaga']);
  });
  it('"Partner AC Ventures Helen Wong" opening a sentence', () => {
    const text = 'Partner AC Ventures Helen Wong menilai perusahaan itu efisien.';
    expect(peopleNames(text)).toEqual(['Helen Wong']);
    expect(spans(text, 'organizations')).toEqual(['AC Ventures']);
  });
  it.each([
    [
      'Group Head Corporate Communication Bank Mandiri Ahmad Ridwan mengatakan layanan pulih.',
      'Ahmad Ridwan',
      'Group Head Corporate Communication Bank Mandiri',
    ],
    [
      'Hal itu disampaikan Pgs Corporate Secretary Group Head Nusa Airports Anak Agung Ngurah Widana.',
      'Anak Agung Ngurah Widana',
      'Pgs Corporate Secretary Group Head Nusa Airports',
    ],
  ])('%s', (text, name, title) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it('negative: a field of two words joined by "and" stays in the office', () => {
    const text =
      'Pesan singkat VP Public and Marketing Communication Telkom, Muhammad Awaluddin, diterima Selasa.';
    expect(titlesOf(text, 'Muhammad Awaluddin')).toEqual(['VP Public and Marketing Communication Telkom']);
    expect(spans(text, 'organizations')).toEqual(['Telkom']);
  });
  it('negative: "VP" with no field before a company is left to the office heads', () => {
    const text = 'VP Garuda Indonesia Tiongkok Region I Wayan Sudarsa mengatakan turis senang.';
    expect(peopleNames(text)).toEqual(['Wayan Sudarsa']);
  });
  it('negative: "Partner bisnis kami" opening a sentence is no office', () => {
    expect(peopleNames('Partner bisnis kami, Budi, mengatakan pesanan naik.')).toEqual(['Budi']);
  });
});

describe("id a subsidiary the lexicon knows keeps its parent's name", () => {
  it.each([
    ['PT Pertamina Hulu Rokan menambah sumur baru di Riau.', 'Pertamina Hulu Rokan'],
    ['Direktur Utama Pertamina Hulu Rokan Jaffee Suardin mengatakan produksi naik.', 'Pertamina Hulu Rokan'],
  ])('%s', (text, name) => {
    expect((run(text).organizations ?? []).map((o) => o.name)).toEqual([name]);
  });
  it('negative: "PT" before a known company then more company words keeps the whole company', () => {
    const text = 'Saham PT Barito Pacific Timber naik tajam pada perdagangan Senin.';
    expect(spans(text, 'organizations')).toEqual(['PT Barito Pacific Timber']);
    expect(run(text).people).toEqual([]);
  });
});

describe('id a speaker named between commas with an office word inside the name', () => {
  it('"Pengamat energi dari Universitas Trisakti, Pri Agung Rakhmanto, menilai …"', () => {
    const text =
      'Pengamat energi dari Universitas Trisakti, Pri Agung Rakhmanto, menilai penurunan harga akan membantu konsumen.';
    expect(speakers(text)).toEqual(['Pri Agung Rakhmanto']);
  });
  it('negative: a body named alone between commas is the speaker', () => {
    const text = 'Menurut pengamat, Universitas Trisakti, dalam kajiannya menilai harga akan turun.';
    expect(speakers(text)).not.toContain('Pri Agung Rakhmanto');
  });
});

describe('id an office over a place the document named before with its head word', () => {
  it.each([
    [
      'Banjir merendam Kelurahan Tambak Lorok. Lurah Tambak Lorok Suharyanto mengatakan air naik.',
      'Suharyanto',
      'Lurah Tambak Lorok',
    ],
    [
      'Banjir merendam Kelurahan Tambak Lorok. Lurah Tambak Lorok, Suharyanto, mengatakan air naik.',
      'Suharyanto',
      'Lurah Tambak Lorok',
    ],
    [
      'Longsor menimpa Desa Wates Kidul. Kades Wates Kidul Sutarno mengatakan warga mengungsi.',
      'Sutarno',
      'Kades Wates Kidul',
    ],
  ])('%s', (text, name, title) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it('"Lurah Tambak Lorok mengatakan": the office alone names no one', () => {
    expect(
      run('Banjir merendam Kelurahan Tambak Lorok. Lurah Tambak Lorok mengatakan air naik.').people,
    ).toEqual([]);
  });
  it('negative: a place named only by the gazetteer still ends where it knows it', () => {
    const text = 'Banjir merendam Desa Wates. Kades Wates Sutarno Hadi mengatakan warga mengungsi.';
    expect(peopleNames(text)).toEqual(['Sutarno Hadi']);
  });
});

describe('id a market named alone before, also after a headline that ran on into its verb', () => {
  it('"Pedagang Pasar Induk Kramat Jati Keluhkan …" … "Ketua Koperasi … Pasar Induk Kramat Jati Zulkifli Rasyid"', () => {
    const text =
      'Pedagang Pasar Induk Kramat Jati Keluhkan Harga\n\nHarga cabai di Pasar Induk Kramat Jati melonjak. Ketua Koperasi Pedagang Pasar Induk Kramat Jati Zulkifli Rasyid mengatakan pasokan berkurang.';
    expect(peopleNames(text)).toEqual(['Zulkifli Rasyid']);
  });
});

describe('id ministries of the 2019 and 2024 cabinets', () => {
  it.each([
    [
      'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Rini Widyantini mengatakan jam kerja diatur.',
      'Rini Widyantini',
      'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    ],
    [
      'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan dan RB) Tjahjo Kumolo mengatakan itu.',
      'Tjahjo Kumolo',
      'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    ],
  ])('%s', (text, name, title) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it.each([
    ['Kemendikdasmen menyiapkan kurikulum baru.', 'Kementerian Pendidikan Dasar dan Menengah'],
    ['Komdigi memblokir ribuan situs judi daring.', 'Kementerian Komunikasi dan Digital'],
    ['Kemenimipas menambah petugas di bandara.', 'Kementerian Imigrasi dan Pemasyarakatan'],
  ])('%s', (text, name) => {
    expect((run(text).organizations ?? []).map((o) => o.name)).toEqual([name]);
  });
  it.each([
    ['Kementerian Koperasi dan UKM menggelar pameran.', 'Kementerian Koperasi dan UKM'],
    [
      'Kementerian Hukum dan Hak Asasi Manusia menerbitkan aturan.',
      'Kementerian Hukum dan Hak Asasi Manusia',
    ],
  ])('negative: "%s": a longer ministry keeps its whole name', (text, span) => {
    expect(spans(text, 'organizations')).toEqual([span]);
  });
});

describe("id a club's first word, named in full before, between a lower-case office and the holder", () => {
  it('"Persis Solo … pelatih Persis Ong Kim Swee"', () => {
    const text =
      'Persis Solo kalah 1-2 di kandang. Sementara itu, pelatih Persis Ong Kim Swee menyebut timnya kehilangan konsentrasi di babak kedua.';
    expect(peopleNames(text)).toEqual(['Ong Kim Swee']);
    expect(titlesOf(text, 'Ong Kim Swee')).toEqual(['pelatih Persis']);
  });
  it('"pelatih Persis Hendri": one name word after it too', () => {
    const text = 'Persis Solo kalah 1-2 di kandang. Sementara itu, pelatih Persis Hendri mengaku kecewa.';
    expect(peopleNames(text)).toEqual(['Hendri']);
  });
  it('negative: a word no club of the document opens is left in the run', () => {
    const text = 'Timnas kalah 1-2 di kandang. Sementara itu, pelatih Persis Hendri Susilo mengaku kecewa.';
    expect(titlesOf(text, peopleNames(text)[0]!)).toEqual(['pelatih']);
  });
});

describe("id a place's short form that spells the words after its head word, in brackets and later", () => {
  it('"Stadion Gelora Bandung Lautan Api (GBLA) … GBLA"', () => {
    const text =
      'Laga digelar di Stadion Gelora Bandung Lautan Api (GBLA), Sabtu. Ribuan suporter memadati GBLA sejak sore.';
    expect(run(text).organizations).toEqual([]);
    expect((run(text).places ?? []).map((p) => [p.name, p.mentions.length])).toEqual([
      ['Stadion Gelora Bandung Lautan Api', 3],
    ]);
  });
  it('negative: an acronym that spells no words of the place stays a body', () => {
    const text =
      'Laga digelar di Stadion Gelora Bandung Lautan Api, Sabtu. Panitia dari PSSI memadati tribun.';
    expect(spans(text, 'organizations')).toEqual(['PSSI']);
  });
});

describe('id the words between an office and a rank are the unit the office heads', () => {
  it.each([
    [
      'Kepala Operasi Damai Cartenz Brigjen Pol Faizal Ramadhani mengatakan keduanya ditangkap.',
      ['Kepala Operasi Damai Cartenz', 'Brigjen Pol'],
    ],
    [
      'Komandan Operasi Tinombala Kombes Agus Wirawan mengatakan pengejaran berlanjut.',
      ['Komandan Operasi Tinombala', 'Kombes'],
    ],
  ])('%s', (text, titles) => {
    const name = peopleNames(text)[0]!;
    expect(peopleNames(text)).toHaveLength(1);
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it('negative: a place before the rank is still read as the place', () => {
    const text = 'Kapolres Cianjur AKBP Rono Hartono mengatakan jalan sudah dibuka.';
    expect(spans(text, 'places')).toEqual(['Cianjur']);
  });
});

describe('id "menurut" with sources listed, and a cue word that is a noun', () => {
  it('"Menurut laporan A, B, dan C, …": what was said starts after the list', () => {
    const text =
      'Menurut laporan Google, Temasek, dan Bain & Company, nilai ekonomi digital Indonesia diperkirakan mencapai 90 miliar dollar.';
    const quotes = run(text).quotes ?? [];
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.startsWith('nilai ekonomi digital')).toBe(true);
    expect(quotes[0]!.speaker?.name).toBe('Google');
  });
  it('negative: places and days after the source are said, no list of sources', () => {
    const quotes = run('Menurut Budi, Jakarta, Senin, banjir sudah surut.').quotes ?? [];
    expect(quotes[0]!.text.startsWith('Jakarta')).toBe(true);
  });
  it('"…, nilai ekonomi …": "nilai" before a common noun is no cue', () => {
    expect(
      speakers('Ekspor melambat pada kuartal ketiga, nilai ekonomi digital Indonesia tahun ini.'),
    ).toEqual([]);
  });
  it('negative: "…, nilai pengamat itu." and "…, nilai Budi." are cues', () => {
    expect(speakers('Harga akan naik, nilai Budi Santoso.')).toEqual(['Budi Santoso']);
    expect(speakers('Harga akan naik, nilai pengamat ekonomi itu.')).toHaveLength(1);
  });
});

describe("id a headline's everyday words that only look like names", () => {
  it.each([
    [
      'Startup Logistik Raih Pendanaan Seri B\n\nJAKARTA - Perusahaan rintisan logistik Kargo meraih pendanaan.',
      'organizations',
      [],
    ],
    [
      'Banjir Rob Rendam Ratusan Rumah di Pesisir Semarang\n\nSEMARANG - Banjir rob merendam rumah warga.',
      'places',
      ['SEMARANG', 'Semarang'],
    ],
    [
      'Kebakaran Gudang di Kawasan Industri Cikarang\n\nBEKASI - Api melanda gudang di Kawasan Industri Jababeka, Cikarang.',
      'places',
      ['BEKASI', 'Cikarang', 'Kawasan Industri Cikarang', 'Kawasan Industri Jababeka'],
    ],
  ] as const)('%s', (text, kind, expected) => {
    expect(spans(text, kind).sort()).toEqual([...expected].sort());
  });
  it("negative: a headline's name that the body runs on keeps its start", () => {
    const text =
      'Gunung Lewotobi Laki-Laki Meletus Lagi\n\nFLORES TIMUR - Gunung Lewotobi Laki-laki kembali meletus pada Senin.';
    expect(spans(text, 'places')).toContain('Gunung Lewotobi');
  });
});

describe('id a running pair after a pair read before, in a document about running pairs', () => {
  it('"Pasangan A B-C D … mengungguli E F-G": the one-name mate is split too', () => {
    const text =
      'Pasangan Pramono Anung-Rano Karno menang, mengungguli Ridwan Kamil-Suswono dengan 39 persen. Tim pemenangan Ridwan Kamil-Suswono menerima hasil itu.';
    expect(peopleNames(text)).toEqual(['Pramono Anung', 'Rano Karno', 'Ridwan Kamil', 'Suswono']);
  });
  it('negative: a double-barrelled surname with no word for a running pair stays one name', () => {
    const text = 'Film itu dibintangi Michael Douglas-Smith dan Catherine Zeta-Jones yang tampil memukau.';
    expect(peopleNames(text)).toContain('Catherine Zeta-Jones');
  });
});

describe("id a unit's qualifier after an office's bracketed short form, before the holder's name", () => {
  it('"Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak Budi Santoso"', () => {
    const text =
      'Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak Budi Santoso mengatakan proses berjalan.';
    expect(peopleNames(text)).toEqual(['Budi Santoso']);
    expect(titlesOf(text, 'Budi Santoso')).toEqual(['Kepala Balai Besar Wilayah Sungai Serayu Opak']);
  });
  it.each([
    'Direktur Pusat Studi Energi (PSE) Pri Agung Rakhmanto mengatakan harga naik.',
    'Kepala Divisi Humas (Kadiv Humas) Raden Prabowo Argo Yuwono mengatakan itu.',
  ])('negative: "%s": a name of three words, or one a style opens, is whole', (text) => {
    expect(peopleNames(text)).toHaveLength(1);
    expect(peopleNames(text)[0]!.split(' ').length).toBeGreaterThanOrEqual(3);
  });
});

describe("id a headline's verb after a place's name and head word", () => {
  it.each([
    ['Kasus DBD di Kabupaten Bogor Meningkat\n\nBOGOR - Kasus naik.', 'Kabupaten Bogor'],
    ['Harga Beras di Pasar Cipinang Melonjak\n\nJAKARTA - Harga naik.', 'Pasar Cipinang'],
  ])('%s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
  });
  it('negative: a village named by a derived word keeps it', () => {
    expect(spans('Longsor menimpa Desa Poh Bergong di Lumajang.', 'places')).toContain('Desa Poh Bergong');
  });
});

describe('id "alias" and an honorific before the other name', () => {
  it('"Mochamad Nur Arifin alias Gus Ipin … Gus Ipin"', () => {
    const text =
      'Bupati Trenggalek Mochamad Nur Arifin alias Gus Ipin meninjau lokasi. Gus Ipin meminta warga waspada.';
    expect((run(text).people ?? []).map((p) => [p.name, p.mentions.length])).toEqual([
      ['Mochamad Nur Arifin', 3],
    ]);
  });
  it('negative: an honorific and a name after "dan" is another person', () => {
    const text = 'Bupati Mochamad Nur Arifin dan Gus Ipul meninjau lokasi.';
    expect(peopleNames(text)).toHaveLength(2);
  });
});

describe("id a headline's short name that a full name in the body ends", () => {
  it('"Ronald Tannur" in the headline … "Gregorius Ronald Tannur"', () => {
    const text =
      'MA Perberat Vonis Ronald Tannur\n\nJAKARTA - Majelis kasasi menghukum terdakwa Gregorius Ronald Tannur lima tahun penjara. Ronald dibawa ke lapas.';
    expect((run(text).people ?? []).map((p) => [p.name, p.mentions.length])).toEqual([
      ['Gregorius Ronald Tannur', 3],
    ]);
  });
  it('negative: one word shared at the end joins nothing', () => {
    const text = 'Budi Santoso hadir. Kemudian Ahmad Yani Santoso berbicara di depan warga.';
    expect(peopleNames(text)).toHaveLength(2);
  });
});

describe("id a headline's office before one dictionary word", () => {
  it('"Polisi Tangkap Pelaku Penipuan Investasi Bodong Rp 50 Miliar"', () => {
    const text =
      'Polisi Tangkap Pelaku Penipuan Investasi Bodong Rp 50 Miliar\n\nSURABAYA - Polisi menangkap pelaku penipuan.';
    expect(peopleNames(text)).toEqual([]);
  });
  it('negative: a given name after the office stays a person', () => {
    const text = 'Polisi Tangkap Pelaku Bambang\n\nSURABAYA - Polisi menangkap pelaku.';
    expect(peopleNames(text)).toEqual(['Bambang']);
  });
});

describe("id a body's numbered unit in the subject", () => {
  it('"Otoritas Jasa Keuangan (OJK) Regional 4 Jawa Timur memastikan …"', () => {
    const text =
      'Otoritas Jasa Keuangan (OJK) Regional 4 Jawa Timur memastikan perusahaan tersebut tidak memiliki izin.';
    expect(run(text).quotes?.[0]?.speaker?.entity).toMatch(/^org-/u);
  });
  it('negative: a count before a noun is no unit', () => {
    expect(speakers('Sebanyak 12 warga mengatakan banjir naik.')).not.toContain('12 warga');
  });
});

describe('id an office over a place, before a holder read without one', () => {
  it('"Ketua Koperasi Pedagang Pasar Induk Kramat Jati Zulkifli Rasyid"', () => {
    const text =
      'Harga cabai di Pasar Induk Kramat Jati melonjak. Ketua Koperasi Pedagang Pasar Induk Kramat Jati Zulkifli Rasyid mengatakan pasokan berkurang.';
    expect(titlesOf(text, 'Zulkifli Rasyid')).toEqual(['Ketua Koperasi Pedagang Pasar Induk Kramat Jati']);
  });
  it('negative: a place after a verb, then a name, gives no office', () => {
    const text =
      'Harga cabai di Pasar Induk Kramat Jati melonjak. Zulkifli Rasyid mengatakan pasokan berkurang.';
    expect(titlesOf(text, 'Zulkifli Rasyid')).toEqual([]);
  });
});

describe('id a people named after its customs', () => {
  it.each(['Puluhan warga adat Marind menggelar aksi di depan kantor bupati.'])('%s', (text) => {
    expect(run(text).people).toEqual([]);
  });
  it('negative: a customary leader named after "tokoh adat" is a person', () => {
    expect(peopleNames('Menurut tokoh adat Yohanes Kwipalo, hutan harus dijaga.')).toEqual([
      'Yohanes Kwipalo',
    ]);
  });
});

describe('id authorities, a holiday short form and a given name that was an English rank', () => {
  it('"Prabowo Lantik Kepala Otorita IKN yang Baru": an authority is a body', () => {
    const text =
      'Prabowo Lantik Kepala Otorita IKN yang Baru\n\nJAKARTA - Presiden melantik kepala Otorita Ibu Kota Nusantara (OIKN) di Istana Negara.';
    expect(run(text).people?.map((p) => p.name)).toEqual(['Prabowo']);
    expect((run(text).organizations ?? []).map((o) => o.name)).toContain('Otorita Ibu Kota Nusantara');
  });
  it('"Harga Tiket Pesawat Turun Jelang Nataru": the holidays are no one', () => {
    expect(run('Harga Tiket Pesawat Turun Jelang Nataru\n\nJAKARTA - Harga tiket turun.').people).toEqual([]);
  });
  it('"Menteri Pertahanan Jepang Gen Nakatani": "Gen" is his given name', () => {
    const text = 'Menteri Pertahanan Jepang Gen Nakatani menyambut tamunya di Tokyo.';
    expect(peopleNames(text)).toEqual(['Gen Nakatani']);
  });
  it('negative: "Jenderal" stays a rank', () => {
    const text = 'Panglima TNI Jenderal Agus Subiyanto menyambut tamunya di Jakarta.';
    expect(titlesOf(text, 'Agus Subiyanto')).toEqual(['Panglima TNI', 'Jenderal']);
  });
});

describe("id an English office's field of two words, and a climbers' basecamp", () => {
  it('"Head of Investor Relations Bank Mandiri Ahmad Ridwan"', () => {
    const text = 'Head of Investor Relations Bank Mandiri Ahmad Ridwan menyatakan laba naik.';
    expect(titlesOf(text, 'Ahmad Ridwan')).toEqual(['Head of Investor Relations Bank Mandiri']);
    expect(spans(text, 'organizations')).toEqual(['Bank Mandiri']);
  });
  it('negative: "Head of Research" keeps one field word before the company', () => {
    const text = 'Head of Research Kiwoom Sekuritas Indonesia Sukarno Alatas mengatakan indeks naik.';
    expect(titlesOf(text, 'Sukarno Alatas')).toEqual(['Head of Research Kiwoom Sekuritas Indonesia']);
  });
  it('"Pengelola Basecamp Bambangan, Slamet Ardiansyah, …": the basecamp is a place', () => {
    const text = 'Pengelola Basecamp Bambangan, Slamet Ardiansyah, mengimbau pendaki tidak memaksakan diri.';
    expect(peopleNames(text)).toEqual(['Slamet Ardiansyah']);
    expect(spans(text, 'places')).toEqual(['Basecamp Bambangan']);
  });
});

describe("id a person's cue opening the sentence, then initials alone", () => {
  it.each([
    ['Tersangka EAR ditahan di Rutan KPK.', 'EAR'],
    ['Pelaku RH ditangkap polisi di rumahnya.', 'RH'],
    ['Korban AS dibawa ke rumah sakit terdekat.', 'AS'],
  ])('%s', (text, initials) => {
    expect(peopleNames(text)).toEqual([initials]);
  });
  it.each(['Pelaku UMKM mengeluhkan harga bahan baku.', 'Saksi KPK diperiksa penyidik.'])(
    'negative: "%s": a short form of a thing or a known body is no one',
    (text) => {
      expect(run(text).people).toEqual([]);
    },
  );
});

describe('id climate phenomena by their short forms are no bodies', () => {
  it('"Madden-Julian Oscillation (MJO) dan IOD"', () => {
    const text = 'Fenomena Madden-Julian Oscillation (MJO) dan IOD positif meningkatkan curah hujan.';
    expect(run(text).organizations).toEqual([]);
  });
  it('negative: an agency named beside them stays', () => {
    const text = 'BMKG menyebut MJO aktif di wilayah Indonesia pekan ini.';
    expect((run(text).organizations ?? []).map((o) => o.name)).toContain(
      'Badan Meteorologi, Klimatologi, dan Geofisika',
    );
  });
});
