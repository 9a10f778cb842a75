import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The twelfth session's audit: errors found reading our own articles (a re-vote, an earthquake, a fuel price
// rise, a badminton final, a dengue outbreak, an online fraud ring, the hajj quota, a strike on a refugee camp).
// Every sentence here was written for these tests.

const people = (text: string) => (run(text).people ?? []).map((p) => [p.name, p.titles]);

describe('id a regional office’s short form is named by its region alone', () => {
  it.each([
    ['Kepala Dinkes Jateng Yunita Dyah Suminar mengatakan hal itu.', 'Yunita Dyah Suminar', 'Dinkes Jateng'],
    [
      'Kepala Dinkes Kabupaten Kudus Yunita Dyah Suminar mengatakan hal itu.',
      'Yunita Dyah Suminar',
      'Dinkes Kabupaten Kudus',
    ],
    ['Kepala Disdik Jawa Barat Wahyu Mijaya meninjau sekolah.', 'Wahyu Mijaya', 'Disdik Jawa Barat'],
    ['Kepala Bappeda Jateng, Yunita Dyah Suminar, hadir.', 'Yunita Dyah Suminar', 'Bappeda Jateng'],
  ])('%s', (text, name, body) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(spans(text, 'organizations')).toEqual([body]);
    expect(titlesOf(text, name)).toEqual([`Kepala ${body}`]);
  });
  it('a headline keeps the short form with its region', () => {
    expect(spans('Dinkes Jateng Minta Warga Waspada', 'organizations')).toEqual(['Dinkes Jateng']);
    expect(spans('Dinkes Jateng Minta Warga Waspada', 'people')).toEqual([]);
  });
});

describe('id police offices and units', () => {
  it('Kapolrestabes is an office over its city', () => {
    const text = 'Kapolrestabes Medan Kombes Gidion Arif Setyawan menyatakan hal itu.';
    expect(people(text)).toEqual([['Gidion Arif Setyawan', ['Kapolrestabes Medan', 'Kombes']]]);
    expect(spans(text, 'places')).toEqual(['Medan']);
  });
  it.each([
    [
      'Direktur Reserse Siber Polda Jatim Kombes Pol Luthfie Sulistiawan mengatakan hal itu.',
      [['Luthfie Sulistiawan', ['Direktur Reserse Siber Polda Jatim', 'Kombes Pol']]],
    ],
    ['Direktorat Reserse Siber Polda Jawa Timur menangkap empat orang.', []],
  ])('"Siber" is a field of the police, no name: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it('the cyber directorate is one body', () => {
    expect(
      spans('Direktorat Reserse Siber Polda Jawa Timur menangkap empat orang.', 'organizations'),
    ).toEqual(['Direktorat Reserse Siber', 'Polda Jawa Timur']);
  });
});

describe('id an office’s field words run up to the body’s acronyms, then the name', () => {
  it.each([
    [
      'Kepala Bidang Pembinaan dan Prestasi PP PBSI Eng Hian mengapresiasi penampilan itu.',
      'Eng Hian',
      'Kepala Bidang Pembinaan dan Prestasi PP PBSI',
    ],
    [
      'Direktur Pembinaan dan Prestasi PP PBSI Budi Santoso mengapresiasi penampilan itu.',
      'Budi Santoso',
      'Direktur Pembinaan dan Prestasi PP PBSI',
    ],
    [
      'Kepala Bidang Pembinaan dan Prestasi PP PBSI, Eng Hian, mengatakan hal itu.',
      'Eng Hian',
      'Kepala Bidang Pembinaan dan Prestasi PP PBSI',
    ],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, [title]]]);
    expect(spans(text, 'organizations')).toEqual(['PBSI']);
  });
  it('no name after the acronyms: no person', () => {
    expect(people('Kepala Bidang Pembinaan dan Prestasi PP PBSI mengatakan hal itu.')).toEqual([]);
  });
});

describe('id a numbered unit inside an office ("OJK Regional 4", "Wilayah 4")', () => {
  it.each([
    [
      'Kepala OJK Regional 4 Jawa Timur, Giri Tribroto, mengatakan hal itu.',
      'Giri Tribroto',
      'Kepala OJK Regional 4 Jawa Timur',
    ],
    [
      'Kepala OJK Regional 4 Jawa Timur Giri Tribroto mengatakan hal itu.',
      'Giri Tribroto',
      'Kepala OJK Regional 4 Jawa Timur',
    ],
    ['Ketua Komisi 4 DPR Budi Santoso mengatakan hal itu.', 'Budi Santoso', 'Ketua Komisi 4 DPR'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, [title]]]);
  });
  it('a number after a unit with no name after it makes no person', () => {
    expect(spans('Ketua Komisi 4 Warga itu hadir.', 'people')).toEqual([]);
  });
});

describe('id English corporate offices (id.person.english-office)', () => {
  it.each([
    [
      'Corporate Secretary PT Bank Rakyat Indonesia Tbk Agustya Hendy Bernadi mengatakan hal itu.',
      'Agustya Hendy Bernadi',
      'Corporate Secretary PT Bank Rakyat Indonesia Tbk',
    ],
    [
      'Senior Vice President Bank Mandiri Budi Santoso mengatakan hal itu.',
      'Budi Santoso',
      'Senior Vice President Bank Mandiri',
    ],
    [
      'Country Manager Google Indonesia Randy Jusuf mengatakan hal itu.',
      'Randy Jusuf',
      'Country Manager Google Indonesia',
    ],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, [title]]]);
  });
  it('a company named earlier in full keeps its full name after the office', () => {
    const text =
      'PT Pertamina Patra Niaga menaikkan harga. Corporate Secretary Pertamina Patra Niaga Heppy Wulansari mengatakan penyesuaian harga.';
    expect(people(text)).toEqual([['Heppy Wulansari', ['Corporate Secretary Pertamina Patra Niaga']]]);
  });
  it('a plain English word is no office', () => {
    expect(people('Senior Budi Santoso mengatakan hal itu.')).toEqual([['Budi Santoso', []]]);
  });
});

describe('id a thing a cue names stays a thing wherever it recurs', () => {
  it.each([
    'Adapun harga Pertalite tidak berubah. Orang beralih ke Pertalite.',
    'Adapun harga Pertalite dan Solar bersubsidi tidak berubah. Orang beralih ke Pertalite.',
    'Warga membeli jenis Pertamax. Pertamax naik lagi pekan ini.',
  ])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('an unknown word after "ke" without such a cue is still a place', () => {
    expect(spans('Warga mengungsi ke Cikaret.', 'places')).toEqual(['Cikaret']);
  });
});

describe('id a title-case headline’s everyday words around a name are no part of it', () => {
  it('the headline’s product named by a cue in the body is nothing', () => {
    const text =
      'Pertamina Naikkan Harga Pertamax Mulai Besok\n\nJAKARTA - Kata Budi, harga Pertamax naik lagi.';
    expect(spans(text, 'people')).toEqual(['Budi']);
  });
  it('what is left takes the kind the body gives it', () => {
    const text =
      'Gempa Guncang Cianjur, Puluhan Rumah Rusak\n\nCIANJUR - Gempa mengguncang Kabupaten Cianjur.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).toContain('Cianjur');
  });
  it('a name the body writes is kept whole', () => {
    const text = 'Kisah Budi Santoso Raih Emas\n\nJAKARTA - Budi Santoso meraih emas.';
    expect(spans(text, 'people')).toEqual(['Budi Santoso', 'Budi Santoso']);
  });
});

describe('id a town whose name is a verb, in a headline between names, is the verb', () => {
  it('"Israel Serang Kamp …": no town', () => {
    const text =
      'Israel Serang Kamp Pengungsi di Gaza Tengah\n\nGAZA - Serangan udara Israel menghantam kamp pengungsi.';
    expect(spans(text, 'places')).not.toContain('Serang');
  });
  it.each([
    'Banjir Rendam Serang, Ribuan Warga Mengungsi\n\nSERANG - Banjir melanda Kota Serang.',
    'Pemkot Serang Gelar Pasar Murah\n\nJAKARTA - Pemerintah menggelar pasar.',
  ])('the town stays where the body names it or no name stands before it: %s', (text) => {
    expect(spans(text, 'places')).toContain('Serang');
  });
});

describe('id a short form that abbreviates the office’s field leaves no name before it', () => {
  it.each([
    [
      'Direktur Jenderal Penyelenggaraan Haji dan Umrah (PHU) Kemenag Hilman Latief menyebut pelunasan dibuka.',
      'Hilman Latief',
      'Direktur Jenderal Penyelenggaraan Haji dan Umrah Kemenag',
    ],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, [title]]]);
  });
  it.each([
    ['Menteri Budi Arie Setiadi (BAS) mengatakan hal itu.', 'Budi Arie Setiadi', 'BAS'],
    ['Ketua Umum Joko Anwar Santoso (JAS) mengatakan hal itu.', 'Joko Anwar Santoso', 'JAS'],
  ])(
    'a person’s initials in brackets keep the person (and are the person’s short name): %s',
    (text, name, short) => {
      expect(spans(text, 'people')).toEqual([name, short]);
      expect(spans(text, 'organizations')).toEqual([]);
    },
  );
});

describe('id facilities: embarkation, corridor, refugee camp', () => {
  it.each([
    [
      'Kloter pertama berangkat dari Embarkasi Jakarta-Pondok Gede pada Mei.',
      'Embarkasi Jakarta-Pondok Gede',
    ],
    ['Pasukan ditarik dari Koridor Philadelphia di perbatasan.', 'Koridor Philadelphia'],
    ['Serangan menghantam kamp pengungsi Nuseirat di Jalur Gaza.', 'Nuseirat'],
    ['Warga Kamp Pengungsi Jabalia mengungsi.', 'Kamp Pengungsi Jabalia'],
  ])('%s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a refugee camp with no name is no place', () => {
    expect(spans('Bantuan untuk Kamp Pengungsi tiba kemarin.', 'places')).toEqual([]);
  });
});

describe('id a person introduced by "bernama" before the verb is who "ujarnya" points to', () => {
  it('the named rider, not the earlier official', () => {
    const r = run(
      'Kepala BPS Amalia Widyasanti menyebut inflasi turun.\n\nDi sebuah SPBU, pengendara ojek daring bernama Yusuf (38) mengeluhkan kenaikan itu. "Tiap tahun naik terus," ujarnya.',
    );
    const q = (r.quotes ?? []).find((x) => x.text.includes('Tiap tahun'));
    expect(q?.speaker?.name).toBe('Yusuf');
  });
});

describe('id a name set off by commas after an office and its body', () => {
  it.each([
    [
      'Peneliti Perludem, Fadli Ramadhanil, menyebut jumlah perkara turun.',
      'Fadli Ramadhanil',
      'Peneliti Perludem',
      'Perludem',
    ],
    [
      'Head of Research Mirae Asset Sekuritas Indonesia, Robertus Hardy, mengatakan penguatan berlanjut.',
      'Robertus Hardy',
      'Head of Research Mirae Asset Sekuritas Indonesia',
      'Mirae Asset Sekuritas Indonesia',
    ],
    [
      'Chief Executive Officer Rumahbelajar, Kevin Wijaya, menyebut pendanaan batal.',
      'Kevin Wijaya',
      'Chief Executive Officer Rumahbelajar',
      'Rumahbelajar',
    ],
    [
      'Ketua Umum Persatuan Produser Film Indonesia (PPFI), Deddy Mizwar, meminta layar ditambah.',
      'Deddy Mizwar',
      'Ketua Umum Persatuan Produser Film Indonesia',
      'Persatuan Produser Film Indonesia',
    ],
  ])('%s', (text, name, title, body) => {
    expect(people(text)).toEqual([[name, [title]]]);
    expect(spans(text, 'organizations')).toContain(body);
  });
  it.each([
    ['Camat Cibeureum, Asep Saepudin, mengatakan hal itu.', 'Cibeureum'],
    ['Kepala Desa Sumberwangi, Rudi Hartono, mengatakan hal itu.', 'Sumberwangi'],
  ])('the territory an office runs stays a place: %s', (text, place) => {
    expect(spans(text, 'organizations')).toEqual([]);
    expect(spans(text, 'places')).toContain(place);
  });
  it('a known name before the comma is a person of a list', () => {
    expect(spans('Menteri Budi Santoso, Rudi Hartono, dan Dewi Lestari hadir.', 'organizations')).toEqual([]);
  });
});

describe('id smaller fixes of the second batch', () => {
  it('a ministry field word stays in the office', () => {
    expect(people('Wakil Menteri Ketenagakerjaan Afriansyah Noor meminta hak pekerja dipenuhi.')).toEqual([
      ['Afriansyah Noor', ['Wakil Menteri Ketenagakerjaan']],
    ]);
  });
  it('an index after "indeks" is no person', () => {
    expect(spans('Di Asia, indeks Nikkei 225 di Tokyo menguat 0,9 persen.', 'people')).toEqual([]);
  });
  it('a vehicle test is no body', () => {
    expect(spans('Ia mengingatkan bahwa uji KIR wajib dilakukan.', 'organizations')).toEqual([]);
  });
  it('a website is a body (id.org.website)', () => {
    expect(
      spans('Menurut data Layoffs.fyi, sedikitnya 25 perusahaan melakukan PHK.', 'organizations'),
    ).toEqual(['Layoffs.fyi']);
    expect(spans('Menurut data Layoffs.fyi, sedikitnya 25 perusahaan melakukan PHK.', 'people')).toEqual([]);
  });
  it('an Islamic month after a name word no dictionary holds is the family name', () => {
    expect(spans('Film ini dibintangi aktor Rizky Ramadhan.', 'people')).toEqual(['Rizky Ramadhan']);
    expect(spans('Pada bulan Ramadhan warga berpuasa.', 'people')).toEqual([]);
  });
  it('an occupation word in a headline is no person', () => {
    const text = 'Startup Rumahbelajar PHK Karyawan\n\nJAKARTA - Perusahaan itu memecat karyawan.';
    expect(spans(text, 'people')).not.toContain('Karyawan');
  });
});

describe('id a quoted title after a kind of work and a genre word', () => {
  const text =
    'Film horor "Rumah di Ujung Sawah" arahan sutradara Bayu Kurniawan laris. Pengamat film Hikmat Darmawan menilai tren horor menguat. "Rumah di Ujung Sawah" juga dijadwalkan tayang di Malaysia.';
  it('nothing inside the title is a place', () => {
    expect(spans(text, 'places')).toEqual(['Malaysia']);
  });
  it('the title opening a later sentence is no quote', () => {
    expect((run(text).quotes ?? []).map((q) => q.text)).toEqual(['tren horor menguat']);
  });
  it('a quote opening a sentence that ends in punctuation still continues the speaker', () => {
    const r = run('Budi Santoso mengatakan harga naik. "Kami akan menambah stok pekan depan."');
    const q = (r.quotes ?? []).find((x) => x.type === 'direct');
    expect(q?.speaker?.name).toBe('Budi Santoso');
  });
});

describe('id "sebut saja" names someone, it reports nothing', () => {
  it('the named employee is the speaker', () => {
    const r = run(
      'Seorang karyawan bagian pemasaran yang terkena PHK, sebut saja Rina, mengatakan kabar itu datang mendadak.',
    );
    expect((r.quotes ?? []).map((q) => [q.text, q.speaker?.name])).toEqual([
      ['kabar itu datang mendadak', 'Rina'],
    ]);
  });
});

describe('id the third batch: headlines, facilities, parliament, racing', () => {
  it('a root verb in a title-case headline ends the name before it', () => {
    const text =
      'Presiden Prabowo Lantik Tiga Wakil Menteri Baru\n\nJAKARTA - Presiden Prabowo Subianto melantik tiga wakil menteri.';
    expect(spans(text, 'people')).toEqual(['Prabowo', 'Prabowo Subianto']);
  });
  it.each([
    ['Pintu Air Katulampa sempat berstatus Siaga 1.', 'Pintu Air Katulampa'],
    ['Dinas Sosial membuka dapur umum di GOR Otista.', 'GOR Otista'],
    ['Permukiman di Kelurahan Kampung Melayu terendam.', 'Kelurahan Kampung Melayu'],
    ['Balapan berlangsung di Sirkuit Mandalika.', 'Sirkuit Mandalika'],
    [
      'Balapan digelar di Pertamina Mandalika International Street Circuit, Lombok.',
      'Pertamina Mandalika International Street Circuit',
    ],
  ])('%s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a field after "Dinas" is no region', () => {
    expect(spans('Teguh meminta Dinas Sumber Daya Air mengeruk kali.', 'organizations')).toEqual([
      'Dinas Sumber Daya Air',
    ]);
  });
  it('a centre of research is a body, a medical centre a place', () => {
    expect(spans('Ia bekerja di Security Research Center Jakarta.', 'organizations')).toContain(
      'Security Research Center',
    );
    expect(spans('Korban dirawat di Siloam Medical Center.', 'organizations')).toEqual([]);
  });
  it.each([
    [
      'Anggota Komisi I DPR dari Fraksi PDI-P, TB Hasanuddin, menilai insiden ini serius.',
      'TB Hasanuddin',
      'Anggota Komisi I DPR dari Fraksi PDI-P',
    ],
    [
      'Anggota Baleg dari Fraksi PKS, Budi Santoso, menilai insiden ini serius.',
      'Budi Santoso',
      'Anggota Baleg dari Fraksi PKS',
    ],
    [
      'Anggota DPR dari Jawa Barat, Budi Santoso, menilai insiden ini serius.',
      'Budi Santoso',
      'Anggota DPR dari Jawa Barat',
    ],
    ['Prakirawan BMKG, Rizky Kurniawan, memperkirakan hujan lebat.', 'Rizky Kurniawan', 'Prakirawan BMKG'],
  ])('%s', (text, name, title) => {
    expect(people(text)).toEqual([[name, [title]]]);
  });
  it('"dari" a lower-case origin gives no title', () => {
    expect(people('Anggota DPR dari daerah itu, Budi Santoso, menilai insiden ini serius.')).toEqual([
      ['Budi Santoso', []],
    ]);
  });
  it('a known maker, then a rider', () => {
    const text = 'Ia finis di depan pebalap tim pabrikan Ducati Enea Bastianini.';
    expect(spans(text, 'organizations')).toEqual(['Ducati']);
    expect(spans(text, 'people')).toEqual(['Enea Bastianini']);
  });
  it('a rider’s family name in a race report stays the rider', () => {
    const text =
      'Pebalap Pramac Racing Jorge Martin finis kedua di balapan MotoGP. Hasil ini membuat Martin memperlebar keunggulan di klasemen.';
    expect((run(text).people ?? []).map((p) => [p.name, p.mentions.length])).toEqual([['Jorge Martin', 2]]);
  });
});

describe('id the fourth batch: a website opening the dateline, a headline verb, a national agency', () => {
  it('the place after the website is the dateline’s place; the website stays a body', () => {
    const text =
      'Garuda Muda ke Semifinal\n\nTRIBUNNEWS.COM, DOHA - Tim asuhan Shin Tae-yong menang di Doha.';
    expect(spans(text, 'places')).toEqual(['DOHA', 'Doha']);
    expect(spans(text, 'organizations')).toContain('TRIBUNNEWS.COM');
  });
  it('"Tembus" in a headline ends the market’s name', () => {
    const text =
      'Harga Cabai di Pasar Induk Kramat Jati Tembus Rp 90.000\n\nJAKARTA - Harga cabai di Pasar Induk Kramat Jati naik.';
    expect(spans(text, 'places')).toContain('Pasar Induk Kramat Jati');
    expect(spans(text, 'places').join('|')).not.toContain('Tembus');
  });
  it('Bapanas is the national food agency', () => {
    expect(
      (run('Kepala Bapanas Arief Prasetyo Adi menjelaskan harga cabai naik.').organizations ?? []).map(
        (o) => o.name,
      ),
    ).toEqual(['Badan Pangan Nasional']);
  });
});

describe('id the fifth batch: a rank before a name that is also a town, degrees after a name', () => {
  it('after a rank comes the name, even one a gazetteer holds as a town', () => {
    expect(people('Kapolsek Cakung Kompol Panji Ali Candra menyebut polisi memeriksa saksi.')).toEqual([
      ['Panji Ali Candra', ['Kapolsek Cakung', 'Kompol']],
    ]);
  });
  it('the territory of an office before the rank stays a place', () => {
    expect(spans('Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan hal itu.', 'places')).toEqual(['Bogor']);
  });
  it.each([
    'Salah satunya adalah Prof. Dr. Siti Nurhayati, M.Sc., yang meneliti pangan.',
    'Kuasa hukumnya, Budi Santoso, S.H., M.H., mengatakan hal itu.',
  ])('a degree after the name names no one: %s', (text) => {
    expect(spans(text, 'people')).toHaveLength(1);
  });
});

describe('id a hospital named after its acronym in brackets', () => {
  it('"Rumah Sakit Umum Daerah (RSUD) Eka Candrarini" is one place, no person', () => {
    const text = 'Wali kota meresmikan Rumah Sakit Umum Daerah (RSUD) Eka Candrarini di Gunung Anyar.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).toContain('Rumah Sakit Umum Daerah (RSUD) Eka Candrarini');
  });
  it('a titled person after the brackets stays a person', () => {
    const text = 'Direktur Rumah Sakit Umum Daerah (RSUD) Budi Santoso hadir.';
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
});

describe('id an acting officer and a kiai’s son', () => {
  it('"Pelaksana Tugas" stays in the office', () => {
    expect(people('Pelaksana Tugas Bupati Sidoarjo Subandi memastikan pelayanan berjalan.')).toEqual([
      ['Subandi', ['Pelaksana Tugas Bupati Sidoarjo']],
    ]);
  });
  it('"Pelaksana" with no office after it names no one', () => {
    expect(spans('Pelaksana proyek mengatakan jembatan selesai.', 'people')).toEqual([]);
  });
  it('"Gus" is an honorific; the name after it joins the full name', () => {
    const r = run(
      'Bupati Sidoarjo Ahmad Muhdlor Ali ditangkap. Menurut kuasa hukumnya, Gus Muhdlor belum menerima surat.',
    );
    expect((r.people ?? []).map((p) => [p.name, p.mentions.length])).toEqual([['Ahmad Muhdlor Ali', 2]]);
  });
  it('"Gus Dur" stays the public figure’s nickname', () => {
    expect(spans('Gus Dur pernah menjadi presiden.', 'people')).toEqual(['Gus Dur']);
  });
});

describe('id the last batch: a federation of businesses, a coordinating ministry, a law’s short name', () => {
  it('"Gabungan …" is a body, and its short form opens no name', () => {
    const text =
      'Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) mencatat ekspor turun. Ketua Umum Gapki Eddy Martono mengatakan permintaan melemah.';
    expect(people(text)).toEqual([['Eddy Martono', ['Ketua Umum Gapki']]]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('a coordinating ministry after an office’s fields, then the name', () => {
    expect(
      people(
        'Deputi Bidang Koordinasi Pangan dan Agribisnis Kemenko Perekonomian Dida Gardera menyebut target tercapai.',
      ),
    ).toEqual([['Dida Gardera', ['Deputi Bidang Koordinasi Pangan dan Agribisnis Kemenko Perekonomian']]]);
  });
  it('a law’s short name in brackets is no stock code', () => {
    expect(spans('Undang-Undang Antideforestasi (EUDR) ditunda hingga 2025.', 'organizations')).not.toContain(
      'Undang-Undang Antideforestasi',
    );
  });
});
