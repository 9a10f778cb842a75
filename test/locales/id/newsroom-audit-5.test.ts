import { describe, expect, it } from 'vitest';
import { run, spans } from './helpers.js';

// The fourteenth session's audit: errors found reading our own articles (a parliament vote, a regent's arrest,
// a tidal flood, a league match, gold prices …). Every sentence here was written for these tests.

const people = (text: string) => (run(text).people ?? []).map((p) => [p.name, p.titles]);
const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);
const dates = (text: string) => (run(text).dates ?? []).map((d) => [d.text, d.value]);

describe('id dictionary words after an office are a name when the document quotes one of them', () => {
  it.each([
    [
      'Rapat dipimpin Ketua DPR Puan Maharani kemarin. "Setuju?" tanya Puan kepada peserta.',
      [['Puan Maharani', ['Ketua DPR']]],
    ],
    ['Sidang dibuka Ketua MPR Damar Kencana. "Silakan," sahut Damar.', [['Damar Kencana', ['Ketua MPR']]]],
    // negative: no one speaks by those words, or the office's words are a field
    ['Rapat dipimpin Ketua DPR Puan Maharani kemarin.', []],
    ['Laporan Ketua DPR Bidang Anggaran dibacakan. "Setuju?" tanya Budi Santoso.', [['Budi Santoso', []]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it.each([
    ['Album Penggalan Kisah Lama dirilis tahun lalu.', []],
    ['"Bagus," ujar pelatih itu. Ia bilang City beruntung.', []],
  ])('nouns and "bilang" open no speaker: %s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
});

describe('id the subject before an active relative clause speaks', () => {
  it.each([
    [
      'Menteri Hukum Supratman Andi Agtas yang hadir mewakili Presiden Prabowo Subianto menyatakan pemerintah akan segera menyusun aturan.',
      'Supratman Andi Agtas',
    ],
    [
      'Gubernur Bobby Nasution yang didampingi Wakil Gubernur Surya menegaskan bantuan sudah dikirim ke lokasi.',
      'Bobby Nasution',
    ],
    // negative: a report before "yang" is no name; its author speaks
    ['Laporan yang disusun Bank Dunia menyebutkan ekonomi Indonesia akan tumbuh lima persen.', 'Bank Dunia'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('id an office’s name with "dan" that its short form spells, and the office’s region', () => {
  it.each([
    [
      'Dinas Pemberdayaan Masyarakat dan Desa (PMD) Labuhanbatu menggelar rapat.',
      ['Dinas Pemberdayaan Masyarakat dan Desa', 'PMD'],
    ],
    // negative: a short form that spells no more than the first body
    ['Dinas Pendidikan dan Polres Bogor (PB) menggelar rapat.', ['Dinas Pendidikan', 'Polres Bogor', 'PB']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
  });
  it('the region after the short form is no person', () => {
    const text =
      'Penyidik menetapkan mantan Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) Labuhanbatu berinisial SRH sebagai tersangka.';
    expect(spans(text, 'people')).toEqual(['SRH']);
    expect(spans(text, 'places')).toEqual(['Labuhanbatu']);
  });
  it('a name after the region keeps the region in the office', () => {
    expect(
      people('Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) Labuhanbatu Budi Santoso mengatakan itu.'),
    ).toEqual([['Budi Santoso', ['Kepala Dinas Pemberdayaan Masyarakat dan Desa Labuhanbatu']]]);
  });
});

describe('id "Jan" as a given name and as a month', () => {
  it.each([
    ['Pelatih Dewa United Jan Olde Riekerink memuji pemainnya.', ['Jan Olde Riekerink']],
    ['Gol dicetak Jan Koller pada menit ke-10.', ['Jan Koller']],
    ['Jan Koller datang. Pada 3 Jan 2024 ia kembali.', ['Jan Koller']],
    // negative: beside a number it is the month
    ['Laporan itu terbit 3 Jan 2024 di Jakarta.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
  it.each([
    ['Sejak Jan 2023 harga naik.', [['Jan 2023', '2023-01']]],
    ['Data per Sept. 2024 menunjukkan kenaikan.', [['Sept. 2024', '2024-09']]],
    // negative: a small letter is no month's short form
    ['Sejak jan 2023 harga naik.', [['2023', '2023']]],
  ])('id.date.month-abbreviation: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('id websites and apps are no people', () => {
  it.each([
    ['Berdasarkan situs Logam Mulia, harga emas naik.', []],
    ['Warga bisa melapor lewat aplikasi Sapa Warga.', []],
    ['Menurut laman Info Pangan, harga cabai turun.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
  it('an app in camel case is still a company', () => {
    expect(spans('Masyarakat dapat memantau melalui aplikasi InfoBMKG.', 'organizations')).toEqual([
      'InfoBMKG',
    ]);
  });
});

describe('id a company named before, inside an office, ends the office', () => {
  it('"Direktur Utama Pegadaian Damar Latri Setiawan" after "PT Pegadaian"', () => {
    const text =
      'PT Pegadaian mencatat transaksi naik. Direktur Utama Pegadaian Damar Latri Setiawan menyebut nasabah naik.';
    expect(people(text)).toEqual([['Damar Latri Setiawan', ['Direktur Utama Pegadaian']]]);
    const orgs = run(text).organizations ?? [];
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([['PT Pegadaian', 2]]);
  });
  it('a place after the company stays out of the name', () => {
    const text = 'PT Sinar Abadi Tbk tumbuh. Direktur Sinar Abadi Jakarta Budi Santoso mengatakan laba naik.';
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
  it.each([
    [
      'Analis Doo Financial Futures Lukman Leong mengatakan harga naik.',
      [['Lukman Leong', ['Analis Doo Financial Futures']]],
    ],
    [
      'Kepala Riset Praus Capital Alfred Nainggolan menilai pasar stabil.',
      [['Alfred Nainggolan', ['Kepala Riset Praus Capital']]],
    ],
  ])('finance company words close a company: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('id club nicknames are the clubs', () => {
  it.each([
    ['Adapun Juku Eja tertahan di peringkat kesembilan.', ['Juku Eja']],
    ['Macan Kemayoran menang atas Maung Bandung.', ['Macan Kemayoran', 'Maung Bandung']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a nickname is a mention of its club', () => {
    const orgs = run('Persib Bandung menjamu Persija. Maung Bandung menang 2-0.').organizations ?? [];
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Persib', 2],
      ['Persija', 1],
    ]);
  });
});

describe('id a headline word before a place that the body writes in lower case', () => {
  it('"Pesisir Demak" over "warga pesisir"', () => {
    const text =
      'Banjir Rob Rendam Rumah di Pesisir Demak\n\nDEMAK - Banjir rob merendam rumah warga pesisir di Demak.';
    expect(spans(text, 'places')).not.toContain('Pesisir');
  });
  it('a regency named so keeps the word', () => {
    const text =
      'Banjir di Pesisir Selatan Meluas\n\nPADANG - Banjir melanda Kabupaten Pesisir Selatan. Warga pesisir mengungsi.';
    expect(spans(text, 'places')).toContain('Pesisir Selatan');
  });
});

describe('id ber-, ter-, per- before a root in r', () => {
  it('"Keluarga Berencana" is a field of the office, no name', () => {
    const text =
      'Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana (Dinkes P2KB) Sumenep, Achmad Syamsuri, mengatakan itu.';
    expect(people(text)).toEqual([
      ['Achmad Syamsuri', ['Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Sumenep']],
    ]);
  });
});

describe('id ships named after their kind written out or with an acronym inside', () => {
  it.each([
    'Kapal Motor Penumpang (KMP) Tunu Pratama Jaya tenggelam di Selat Bali.',
    'Pencarian melibatkan KN SAR Arjuna dan KRI Nanggala 402.',
  ])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a name after a ship is still a name', () => {
    expect(spans('Kapal KM Sinabung dinakhodai Budi Santoso.', 'people')).toEqual(['Budi Santoso']);
  });
});

describe('id a role set off by commas, with a word in brackets, before the name', () => {
  it('"…," ujarnya goes to the person the role introduced', () => {
    const text =
      'Kepala Basarnas Mohammad Syafii menyebut arus sangat kuat. "Kami terus mencari," kata Syafii.\n\nGeneral Manager PT ASDP Indonesia Ferry (Persero) Cabang Ketapang, Yannes Kurniawan, memastikan kapal telah mengantongi izin berlayar. "Manifes sudah kami serahkan," ujarnya.';
    // (what he assures, "memastikan kapal telah …", is his claim too: session 25)
    expect(speakers(text)).toEqual(['Syafii', 'Yannes Kurniawan', 'Yannes Kurniawan']);
  });
});

describe('id "Perdana" is an office only before "Menteri"', () => {
  it.each([
    ['Debat Perdana Pilkada Jakarta Digelar Malam Ini', []],
    [
      'Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta.',
      [['Anwar Ibrahim', ['Perdana Menteri Malaysia']]],
    ],
    [
      'Pengamat politik Universitas Indonesia Aditya Perdana menilai debat itu normatif.',
      [['Aditya Perdana', ['Pengamat politik Universitas Indonesia']]],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('id a role and its field in lower case right before a body, then the name', () => {
  it.each([
    [
      'Pengamat politik Universitas Gadjah Mada Arya Budi menilai hal itu.',
      ['Universitas Gadjah Mada'],
      ['Arya Budi'],
    ],
    // negative: a function word after the role is no field
    ['Sejumlah menteri di Kabinet Indonesia Bersatu Dua diperiksa.', ['Kabinet Indonesia Bersatu Dua'], []],
  ])('%s', (text, orgs, persons) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(spans(text, 'people')).toEqual(persons);
  });
});

describe('id headline verbs and nicknames', () => {
  it('"Adu" ends a name in a headline', () => {
    expect(
      spans(
        'Ridwan Kamil dan Dharma Adu Gagasan soal Banjir\n\nDebat Ridwan Kamil dan Dharma berlangsung.',
        'people',
      ),
    ).toEqual(['Ridwan Kamil', 'Ridwan Kamil', 'Dharma', 'Dharma']);
  });
  it('"pria yang akrab disapa Emil" is the person named last', () => {
    const text =
      'Calon gubernur Ridwan Kamil berjanji membangun tanggul. "Jakarta tidak boleh tenggelam," kata pria yang akrab disapa Emil itu.';
    const ps = run(text).people ?? [];
    expect(ps.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Ridwan Kamil', ['Ridwan Kamil', 'Emil']],
    ]);
  });
});

describe('id honorifics alone make no office before a body', () => {
  it('a list of professors stays people', () => {
    const text =
      'Mereka adalah Prof Ir Nurhidayat Syarif, Prof Hermawan K Dipojono, dan Prof Dr Ernawati Arifin.';
    expect(spans(text, 'people')).toEqual(['Nurhidayat Syarif', 'Hermawan K Dipojono', 'Ernawati Arifin']);
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('an office with a body still names the body', () => {
    expect(spans('Direktur RSUD Bayu Asih, dr. Agus Rachmat, hadir.', 'organizations')).toEqual([
      'RSUD Bayu Asih',
    ]);
  });
});

describe('id the Hijri year mark, a field after "Bidang", command headquarters', () => {
  it.each([
    ['Pemerintah Tetapkan 1 Ramadhan 1446 H Jatuh pada Sabtu\n\nSidang isbat digelar.', []],
    ['Pada 1 Syawal 1445 H warga berkumpul. H Mulyadi hadir.', [['Mulyadi', ['H']]]],
    [
      'Ketua MUI Bidang Fatwa Asrorun Niam Sholeh mengimbau umat.',
      [['Asrorun Niam Sholeh', ['Ketua MUI Bidang Fatwa']]],
    ],
    ['Ketua DPR Bidang Anggaran hadir.', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it('"Mapolda Jatim": the headquarters word is no name, the region is the place', () => {
    const text = 'Warga berkumpul di depan Mapolda Jatim, lalu bergerak ke Mapolres Bogor.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).toEqual(['Jatim', 'Bogor']);
  });
});

describe('id scholars named by their field before a university', () => {
  it.each([
    [
      'Kriminolog Universitas Indonesia Adrianus Meliala menilai kasus itu.',
      [['Adrianus Meliala', ['Kriminolog Universitas Indonesia']]],
    ],
    [
      'Menurut epidemiolog Universitas Airlangga Windhu Purnomo, wabah itu wajar.',
      [['Windhu Purnomo', ['epidemiolog Universitas Airlangga']]],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it('a body named with the field word stays whole', () => {
    expect(spans('Ia mendirikan Lembaga Seniman Budayawan Muslimin tahun 1962.', 'organizations')).toEqual([
      'Lembaga Seniman Budayawan Muslimin',
    ]);
  });
});

describe('id things and company names', () => {
  it.each([
    ['Film produksi Come and See Pictures itu menang.', ['Come and See Pictures']],
    ['Lagu itu dirilis Warner and Sons Records.', ['Warner and Sons Records']],
    // negative: "and" between names with no company word after
    ['Pertunjukan Romeo and Juliet dipentaskan.', []],
  ])('the English "and" inside a company: %s', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
  });
  it('a known given name after an office ending in an acronym is the officer', () => {
    expect(people('Ketua Komite FFI Ario Bayu mengatakan jumlah film naik.')).toEqual([
      ['Ario Bayu', ['Ketua Komite FFI']],
    ]);
  });
});

describe('id services and apps named after a cue are no people', () => {
  it('"layanan Starlink" makes every "Starlink" a service', () => {
    const text =
      'Layanan internet milik SpaceX, Starlink, resmi beroperasi. Peluncuran layanan Starlink digelar di Bali. Starlink wajib membangun pusat data.';
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a camel-case name after a plane is the airline', () => {
    expect(spans('Tabrakan melibatkan pesawat TransNusa di landasan.', 'organizations')).toEqual([
      'TransNusa',
    ]);
  });
  it('a camel-case name after an event word stays out', () => {
    expect(spans('Ia turun di ajang ChampCar selama tiga musim.', 'organizations')).toEqual([]);
  });
});

describe('id company marks and names in bodies', () => {
  it('"Tbk" closes the company before the name', () => {
    expect(
      people(
        'Direktur Utama PT Telkom Indonesia (Persero) Tbk Ririek Adriansyah menyatakan Telkom siap bersaing.',
      ),
    ).toEqual([['Ririek Adriansyah', ['Direktur Utama PT Telkom Indonesia']]]);
  });
  it('"untuk" inside a body before the speaker', () => {
    const text =
      'Direktur Eksekutif Perkumpulan untuk Pemilu dan Demokrasi (Perludem) Khoirunnisa Nur Agustyati menilai putusan itu sebagai kemenangan bagi demokrasi.';
    expect(speakers(text)).toEqual(['Khoirunnisa Nur Agustyati']);
  });
});

describe('id a headline word the body writes only in lower case', () => {
  it('"… ke Pasar" over "pasar tradisional"', () => {
    const text =
      'Bulog Gelontorkan Stok Beras ke Pasar\n\nSURABAYA - Harga beras di pasar tradisional naik. Pedagang di Pasar Keputran mengeluh.';
    expect(spans(text, 'places')).toEqual(['SURABAYA', 'Pasar Keputran']);
  });
});

describe('id a short name of a place or body named in full (id.doc.short-name)', () => {
  it.each([
    [
      'Final digelar di Istora Senayan, Jakarta. Penonton Istora bersorak sepanjang laga.',
      'places',
      ['Istora Senayan', 'Istora', 'Jakarta'],
    ],
    [
      'Pemerintah membentuk Badan Pengelola Investasi Danantara. Investor menunggu kejelasan tata kelola Danantara.',
      'organizations',
      ['Badan Pengelola Investasi Danantara', 'Danantara'],
    ],
  ])('%s', (text, kind, expected) => {
    expect(spans(text, kind as 'places' | 'organizations')).toEqual(expected);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a known name stays a person', () => {
    const text = 'Pesawat mendarat di Bandara Soekarno Hatta. Soekarno adalah proklamator.';
    expect(spans(text, 'people')).toContain('Soekarno');
  });
});

describe('id districts abroad and championships', () => {
  it('"distrik X dan Y" are two places', () => {
    const text = 'Bangunan di distrik Solomianskyi dan Sviatoshynskyi terbakar.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).toEqual(['distrik Solomianskyi', 'Sviatoshynskyi']);
  });
  it.each([
    'Hasil ini menjadi modal menuju Kejuaraan Dunia di Paris.',
    'China meraih dua gelar di Kejuaraan Bulutangkis Asia 2016.',
  ])('an event is no place or person: %s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).not.toContain('Kejuaraan Dunia');
  });
  it('a headline\'s everyday words before "Bank" are no body', () => {
    const text = 'IHSG Melemah, Saham Bank Jadi Pemberat\n\nJAKARTA - Saham-saham perbankan turun.';
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe('id the pilgrimage inside an office and an honorific after an apposed role', () => {
  it('"Penyelenggaraan Haji dan Umrah" is one office', () => {
    expect(
      people('Direktur Jenderal Penyelenggaraan Haji dan Umrah Kemenag Hilman Latief mengatakan hal itu.'),
    ).toEqual([['Hilman Latief', ['Direktur Jenderal Penyelenggaraan Haji dan Umrah Kemenag']]]);
  });
  it('"H" after an office is still an honorific of its own', () => {
    expect(people('Ketua Umum H Anwar Sanusi hadir.')).toEqual([['Anwar Sanusi', ['Ketua Umum', 'H']]]);
  });
  it('"…," katanya goes to the pilgrim introduced by role, honorific and age', () => {
    const text =
      'Kepala BP Haji Mochamad Irfan Yusuf menyebut layanan akan diperbaiki tahun depan.\n\nSalah satu jemaah, Hj Siti Nurhayati (67) asal Bekasi, mengaku bersyukur. "Di Mina sempat kepanasan," katanya.';
    expect(speakers(text).at(-1)).toBe('Siti Nurhayati');
  });
});

describe('id a rector after the university, with a name no dictionary holds', () => {
  it.each([
    [
      'Rektor Universitas Hasanuddin Jamaluddin Jompa hadir.',
      [['Jamaluddin Jompa', ['Rektor Universitas Hasanuddin']]],
    ],
    [
      'Rektor Universitas Trisakti Kadarsah Suryadi membuka acara.',
      [['Kadarsah Suryadi', ['Rektor Universitas Trisakti']]],
    ],
    // negative: a university's own name of three words stays whole
    ['Rektor Universitas Gadjah Mada mengatakan hal itu.', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('id a regional council’s lettered commission inside an office', () => {
  it.each([
    [
      'Ketua Komisi D DPRD DKI Jakarta Yuke Yurike menilai anggaran itu kecil.',
      [['Yuke Yurike', ['Ketua Komisi D DPRD DKI Jakarta']]],
    ],
    [
      'Anggota Komisi A DPRD Jawa Barat Budi Santoso hadir.',
      [['Budi Santoso', ['Anggota Komisi A DPRD Jawa Barat']]],
    ],
    // negative: a letter after another office word is an initial
    ['Ketua RT Budi A Santoso hadir.', [['Budi A Santoso', ['Ketua RT']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
