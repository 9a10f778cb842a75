import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// Round 6 of the Indonesian entity rules: every case is a sentence written for the test.

describe('id ministries and offices for small businesses and police units', () => {
  it.each([
    ['Kementerian Koperasi dan UKM membuka pameran di Bandung.', 'Kementerian Koperasi dan UKM'],
    ['Program itu dijalankan Dinas Koperasi dan UMKM sejak Januari.', 'Dinas Koperasi dan UMKM'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
  it.each([
    ['Menteri Koperasi dan UKM Ahmad Santoso membuka pameran.', 'Ahmad Santoso', 'Menteri Koperasi dan UKM'],
    [
      'Kasat Reskrim Polres Bogor AKP Rudi Hartono membenarkan penangkapan itu.',
      'Rudi Hartono',
      'Kasat Reskrim Polres Bogor',
    ],
    [
      'Kasat Lantas Polresta Malang Kompol Dedi Susanto mengatur arus.',
      'Dedi Susanto',
      'Kasat Lantas Polresta Malang',
    ],
  ])('%s → %s with title %s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toContain(title);
  });
  it('a police unit word is no person', () => {
    const text = 'Kasat Reskrim Polres Bogor AKP Rudi Hartono membenarkan penangkapan itu.';
    expect(spans(text, 'people')).not.toContain('Reskrim');
  });
  it('UKM alone stays a common noun', () => {
    expect(spans('Para pelaku UKM mengeluhkan harga bahan baku.', 'organizations')).toEqual([]);
  });
});

describe('id a date inside the name of a body', () => {
  it.each([
    ['Ia kuliah di Institut Teknologi Sepuluh Nopember sejak 2019.', 'Institut Teknologi Sepuluh Nopember'],
    ['Rektor Universitas Sebelas Maret membuka seminar itu.', 'Universitas Sebelas Maret'],
    ['Laga digelar di Stadion 10 November kemarin.', 'Stadion 10 November'],
  ])('%s → %s', (text, name) => {
    const r = run(text);
    const all = [...(r.organizations ?? []), ...(r.places ?? [])].flatMap((e) =>
      e.mentions.map((m) => m.text),
    );
    expect(all).toContain(name);
  });
  it('a date after a place name is no part of it', () => {
    const text = 'Presiden menerima tamu di Istana Negara 21 Desember 2023.';
    expect(spans(text, 'places')).toContain('Istana Negara');
    expect(spans(text, 'places').join(' ')).not.toContain('Desember');
  });
});

describe('id a facility in an office ends before the name of its head', () => {
  it.each([
    [
      'Kepala Stasiun Meteorologi Kualanamu Tuti Hartati mengingatkan warga.',
      'Stasiun Meteorologi Kualanamu',
      'Tuti Hartati',
    ],
    [
      'Kepala Stasiun Klimatologi Karangploso Wahyu Santosa menjelaskan prakiraan cuaca.',
      'Stasiun Klimatologi Karangploso',
      'Wahyu Santosa',
    ],
    ['Kepala Rutan Salemba Agus Priyanto membantah kabar itu.', 'Rutan Salemba', 'Agus Priyanto'],
  ])('%s → place %s, person %s', (text, place, person) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([person]);
    expect(titlesOf(text, person)[0]).toBe(`Kepala ${place}`);
  });
  it('a facility named after a person keeps that name', () => {
    const text = 'Kepala Bandara Sultan Hasanuddin Makassar Budi Santoso meninjau landasan.';
    expect(spans(text, 'places')).toContain('Bandara Sultan Hasanuddin Makassar');
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
  it('one name word after the field words is no person of its own', () => {
    // without a place name, the only name left is the person's
    const text = 'Kepala Stasiun Meteorologi Hartati mengatakan hujan turun.';
    expect(spans(text, 'people').join(' ')).toContain('Hartati');
    expect(spans(text, 'places')).toEqual([]);
  });
});

describe('id football clubs named "Pers…" after their town', () => {
  it.each([
    ['Ia pernah memperkuat Persela Lamongan sebelum pindah.', 'Persela Lamongan'],
    ['Gol tunggal itu membawa Persik Kediri ke posisi ketiga.', 'Persik Kediri'],
    ['Penyerang itu kini bermain untuk Persipura musim ini.', 'Persipura'],
    ['Suporter Persiraja Banda Aceh memadati stadion.', 'Persiraja Banda Aceh'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([['Persatuan Guru Republik Indonesia menolak aturan itu.', 'Persatuan Guru Republik Indonesia']])(
    '%s: a derived noun opens no club (%s is a body by its head)',
    (text, name) => {
      expect(spans(text, 'organizations')).toEqual([name]);
    },
  );
  it('the adverb "persis" opening a sentence is no club', () => {
    expect(spans('Persis seperti dugaan warga, jalan itu banjir.', 'organizations')).toEqual([]);
  });
});

describe('id a state company keeps its legal form', () => {
  it.each([
    ['Harga saham PT Telkom Indonesia (Persero) Tbk naik pada Senin.', 'PT Telkom Indonesia (Persero) Tbk'],
    ['PT Pertamina (Persero) menaikkan harga bahan bakar.', 'PT Pertamina (Persero)'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('"Perusahaan Umum (Perum)" is a long form and its acronym, not a legal form', () => {
    const text = 'Kantor itu dikelola Perusahaan Umum (Perum) Percetakan Negara.';
    expect(spans(text, 'organizations').join(' | ')).not.toContain('(Perum)');
  });
});

describe('id brands written with inner capitals', () => {
  it.each([
    ['Gojek dan Tokopedia bergabung menjadi GoTo pada 2021.', 'GoTo'],
    ['Video itu viral di TikTok sejak Senin.', 'TikTok'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    ['Pebasket LeBron James mencetak 30 poin.', 'LeBron James'],
    ['Aktor Leonardo DiCaprio datang ke Jakarta.', 'Leonardo DiCaprio'],
  ])('a name with a prefix stays a person: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id rulers, ministries of other countries and the DI abbreviation', () => {
  it('everyday words before a regnal numeral after an office are a name', () => {
    expect(spans('Wakil Gubernur DIY Paku Alam X turut hadir.', 'people')).toEqual(['Paku Alam X']);
  });
  it('an office and a common word stay no name', () => {
    expect(spans('Kepala Sekolah itu turut hadir.', 'people')).toEqual([]);
  });
  it.each([
    ['Kementerian Pertahanan Rusia menyatakan sistem itu bekerja.', 'Kementerian Pertahanan Rusia'],
    ['Kementerian Luar Negeri Mesir mengecam serangan itu.', 'Kementerian Luar Negeri Mesir'],
  ])('%s → one organization', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('a court keeps its country apart', () => {
    const text = 'Mahkamah Konstitusi Thailand memberhentikan perdana menteri.';
    expect(spans(text, 'places')).toContain('Thailand');
  });
  it.each([
    ['Di Yogyakarta, warga memadati alun-alun.', 'Yogyakarta'],
    ['Warga DI Yogyakarta memadati alun-alun.', 'DI Yogyakarta'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toEqual([name]);
  });
  it('a small district that is also a given name opens a name after an office', () => {
    const text = 'Sekretaris Jenderal ASEAN Kao Kim Hourn menyampaikan laporan.';
    expect(spans(text, 'people')).toEqual(['Kao Kim Hourn']);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('a big city before a name after an office stays a place', () => {
    const text = 'Manajer Liverpool Juergen Klopp puas dengan hasil itu.';
    expect(spans(text, 'people')).toEqual(['Juergen Klopp']);
  });
});

describe('id a name grows to the words its acronym spells', () => {
  it.each([
    ['Klub meminta PT Liga Indonesia Baru (LIB) memperbaiki jadwal.', 'PT Liga Indonesia Baru'],
    [
      'Aturan itu ada di International Air Transport Association (IATA) sejak lama.',
      'International Air Transport Association',
    ],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
  it('an acronym that does not spell the words leaves the name as it was', () => {
    const text = 'Dana itu dikelola PT Sarana Multi Baru (SMI) sejak 2020.';
    expect(spans(text, 'organizations')).not.toContain('PT Sarana Multi Baru');
  });
});

describe('id another name after "atau" is of the same kind', () => {
  it.each([
    ['Pemprov DKI melalui PT Jakarta Propertindo atau Jakpro membangun stadion.', 'Jakpro', 'organizations'],
    ['Pengunjung memadati Curug Cilember atau Kentrung Sari setiap akhir pekan.', 'Kentrung Sari', 'places'],
  ] as const)('%s → %s', (text, name, kind) => {
    expect(spans(text, kind)).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a person after "atau" after a person stays a person', () => {
    expect(spans('Pemenangnya Budi Santoso atau Agus Salim.', 'people')).toEqual([
      'Budi Santoso',
      'Agus Salim',
    ]);
  });
  it('a known personal name after a body and "atau" stays a person', () => {
    const text = 'Pertanyaan itu dijawab Kementerian Keuangan atau Sri Mulyani Indrawati sendiri.';
    expect(spans(text, 'people')).toContain('Sri Mulyani Indrawati');
  });
});

describe('id short names of ministries', () => {
  it.each([
    ['Surat itu dikirim ke Kemristekdikti kemarin.', 'Kemristekdikti'],
    ['Pelaporan dilakukan ke KemenPAN pekan lalu.', 'KemenPAN'],
    ['Data itu dirilis Kemkes pada Senin.', 'Kemkes'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('everyday words in Kem- stay words', () => {
    expect(spans('Kemudian warga pulang. Kemarin hujan turun.', 'organizations')).toEqual([]);
  });
});

describe('id buildings named in English', () => {
  it.each([
    ['Presiden mampir ke Maluku City Mall di Ambon.', 'Maluku City Mall'],
    ['Tim tamu bermain di King Power Stadium pada Sabtu.', 'King Power Stadium'],
    ['Pasien dirujuk ke Queen Mary Hospital di Hong Kong.', 'Queen Mary Hospital'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a king before a name stays a title', () => {
    expect(spans('King Charles tiba di London pada Senin.', 'people')).toEqual(['Charles']);
  });
  it('a club named after its city stays an organization', () => {
    expect(spans('Gelandang itu pindah ke Manchester City musim lalu.', 'organizations')).toContain(
      'Manchester City',
    );
  });
});

describe('id district attorneys named by their region', () => {
  it('Kejari and Kejati are bodies, their regions places', () => {
    const text = 'Berkas perkara dilimpahkan ke Kejari Palembang dan Kejati Sumsel.';
    expect(spans(text, 'organizations')).toEqual(['Kejari', 'Kejati']);
    expect(spans(text, 'places')).toContain('Palembang');
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id codes and the acronyms of things', () => {
  it.each([
    ['Samsung menjadwalkan memori DDR4 tersedia tahun depan.', 'DDR4'],
    ['Ia bermain PS2 setiap sore.', 'PS2'],
    ['Pabrik itu menerima sertifikat ISO 9001 pada 2019.', 'ISO'],
    ['Ketentuan itu diatur dalam Perpres Nomor 12 Tahun 2021.', 'Perpres'],
  ])('%s → no organization %s', (text, code) => {
    expect(spans(text, 'organizations')).not.toContain(code);
  });
  it('an acronym with a digit in parentheses after its long form stays the body', () => {
    const text =
      'Program itu diawasi Unit Kerja Presiden Bidang Pengawasan dan Pengendalian Pembangunan (UKP4).';
    expect(spans(text, 'organizations')).toContain('UKP4');
  });
  it('a plain acronym stays a body', () => {
    expect(spans('Laporan itu diterima KPK pada Senin.', 'organizations')).toEqual(['KPK']);
  });
});

describe('id metropolitan police commands, sport roles and racing teams', () => {
  it('"Polres Metro Depok" is one body named by its city', () => {
    const text = 'Kasus itu ditangani Polres Metro Depok sejak Rabu.';
    expect(spans(text, 'organizations')).toEqual(['Polres Metro Depok']);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('"Kapolres Metro Bekasi" is an office over the city', () => {
    const text = 'Kapolres Metro Bekasi Kombes Budi Hartono memimpin apel.';
    expect(spans(text, 'people')).toEqual(['Budi Hartono']);
    expect(spans(text, 'places')).toEqual(['Bekasi']);
    expect(titlesOf(text, 'Budi Hartono')).toContain('Kapolres Metro Bekasi');
  });
  it.each([
    ['Pebalap Ducati Marco Rossi menjuarai balapan itu.', 'Marco Rossi', 'Ducati'],
    ['Perenang Rizki Pratama meraih emas.', 'Rizki Pratama', null],
  ])('%s → person %s', (text, name, org) => {
    expect(spans(text, 'people')).toEqual([name]);
    if (org) expect(spans(text, 'organizations')).toEqual([org]);
  });
  it('a company name of several words before a name stays whole', () => {
    const text = 'Wakil Presiden Kreatif Pixar Animation Studios John Smith datang.';
    expect(spans(text, 'organizations')).toEqual(['Pixar Animation Studios']);
  });
  it('a racing series written with its capitals is no person', () => {
    expect(spans('Ia membalap di MotoGP sejak 2013.', 'people')).toEqual([]);
  });
});

describe('id more school heads and acronyms inside facility names', () => {
  it.each([
    ['Anaknya bersekolah di TK Tunas Harapan sejak 2020.', 'TK Tunas Harapan'],
    ['Ia lulus dari STM Pembangunan Surabaya pada 1990.', 'STM Pembangunan Surabaya'],
    ['Kereta berhenti di Stasiun MRT Bundaran HI pagi itu.', 'Stasiun MRT Bundaran HI'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('an acronym of a thing still ends the name of a body', () => {
    const text = 'Usul itu dibahas Dewan Pertimbangan DPP Partai Golkar pekan lalu.';
    expect(spans(text, 'organizations')).toContain('Partai Golkar');
  });
});

describe('id where a name governed by a head word ends', () => {
  it.each([
    ['Kerajaan Banggai Pada Saat itu dipimpin seorang raja.', 'Kerajaan Banggai'],
    ['Kelurahan Pondok Pucung Terdapat beberapa kampung tua.', 'Kelurahan Pondok Pucung'],
    ['Distrik Peling Dijabat seorang kepala distrik.', 'Distrik Peling'],
    ['Pendakian ke Gunung Everest 1963 dipimpin seorang Amerika.', 'Gunung Everest'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
  });
  it('a personal name after a known town is no part of it', () => {
    const text = 'Di Kota Langsa Ariel kecil mulai bersekolah.';
    expect(spans(text, 'places')).toEqual(['Kota Langsa']);
    expect(spans(text, 'people')).toEqual(['Ariel']);
  });
  it.each([
    ['Universitas 17 Agustus 1945 Surabaya menggelar wisuda.', 'Universitas 17 Agustus 1945 Surabaya'],
    ['Ia lulus dari Universitas Terbuka tahun lalu.', 'Universitas Terbuka'],
    ['Pendaki mencapai puncak Gunung Merapi pagi itu.', 'Gunung Merapi'],
  ])('%s keeps %s whole', (text, name) => {
    const r = run(text);
    const all = [...(r.organizations ?? []), ...(r.places ?? [])].flatMap((e) =>
      e.mentions.map((m) => m.text),
    );
    expect(all).toContain(name);
  });
});

describe('id names after offices of bodies', () => {
  it('"Lalu" before a name is the Sasak noble prefix, not "lalu lintas"', () => {
    const text = 'Juru Bicara Kementerian Luar Negeri Lalu Muhamad Iqbal mengatakan hal itu.';
    expect(spans(text, 'people')).toEqual(['Lalu Muhamad Iqbal']);
    expect(titlesOf(text, 'Lalu Muhamad Iqbal')).toEqual(['Juru Bicara Kementerian Luar Negeri']);
  });
  it('a traffic office keeps "Lalu Lintas"', () => {
    const text = 'Direktur Lalu Lintas Polda Jatim Kombes Budi Santoso mengatur arus.';
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
  it("a name prefix after a party is the name's", () => {
    const text = 'Anggota Fraksi PDI-P TB Hasanuddin menilai rencana itu.';
    expect(spans(text, 'people')).toEqual(['TB Hasanuddin']);
    expect(spans(text, 'organizations')).toContain('PDI-P');
  });
  it('the field of an office goes on after the parenthesis of its body', () => {
    const text = 'Ketua Majelis Ulama Indonesia (MUI) Bidang Dakwah Ahmad Fauzi mengimbau umat.';
    expect(spans(text, 'people')).toEqual(['Ahmad Fauzi']);
    expect(titlesOf(text, 'Ahmad Fauzi')[0]).toContain('Bidang Dakwah');
  });
  it('a body ending with its country ends before the name of the one speaking', () => {
    const text = 'Pengamat dari Universitas Nasional Indonesia Ujang Komarudin menilai hal itu.';
    expect(spans(text, 'organizations')).toEqual(['Universitas Nasional Indonesia']);
    expect(spans(text, 'people')).toEqual(['Ujang Komarudin']);
  });
  it("a country inside a body's name before more of the name stays", () => {
    expect(spans('Saham Bank Rakyat Indonesia Tbk naik.', 'organizations')).toEqual([
      'Bank Rakyat Indonesia Tbk',
    ]);
  });
  it('a long form that opens with a place and its acronym is one body', () => {
    const text = 'Direktur Eksekutif Indonesia Political Opinion (IPO) Dedi Kurnia menilai survei itu.';
    expect(spans(text, 'organizations')).toContain('Indonesia Political Opinion');
    expect(spans(text, 'people')).toEqual(['Dedi Kurnia']);
    expect(spans(text, 'places')).toEqual([]);
  });
});

describe('id bodies before their acronym in an office, hospitals named after doctors', () => {
  it('a body that runs to its acronym is named, and the name after the parenthesis is the person', () => {
    const text = 'Rektor Institut Pertanian Bogor (IPB) Arif Satria mengirim relawan.';
    expect(spans(text, 'organizations')).toContain('Institut Pertanian Bogor');
    expect(spans(text, 'people')).toEqual(['Arif Satria']);
  });
  it('the region after the parenthesis belongs to the office', () => {
    const text = 'Kepala Dinas Kesehatan (Dinkes) Jawa Barat Vini Adiani meninjau puskesmas.';
    expect(spans(text, 'places')).toEqual(['Jawa Barat']);
    expect(spans(text, 'people')).toEqual(['Vini Adiani']);
    expect(titlesOf(text, 'Vini Adiani')[0]).toBe('Kepala Dinas Kesehatan Jawa Barat');
  });
  it('"RSUD dr. Soetomo" is one hospital', () => {
    const text = 'Korban dirawat di RSUD dr. Soetomo sejak Senin.';
    expect(spans(text, 'places')).toEqual(['RSUD dr. Soetomo']);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a doctor after a plain noun stays a person', () => {
    expect(spans('Pasien ditangani dr. Andi Wijaya di ruang IGD.', 'people')).toContain('Andi Wijaya');
  });
});

describe('id kinds of schools and areas are no names', () => {
  it.each([
    'Ia hanya lulus Sekolah Dasar dan Sekolah Menengah Pertama.',
    'Status suaka margasatwa itu diubah menjadi Cagar Alam tahun lalu.',
    'Jumlah SMA Negeri di kota itu bertambah dua.',
  ])('%s → no place', (text) => {
    expect(spans(text, 'places')).toEqual([]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    ['Ia bersekolah di SMA Negeri 3 Malang.', 'SMA Negeri 3 Malang'],
    ['Ia bersekolah di SMA Taruna Nusantara di Magelang.', 'SMA Taruna Nusantara'],
    ['Ia kuliah di Sekolah Tinggi Teknologi Nuklir sejak 2019.', 'Sekolah Tinggi Teknologi Nuklir'],
  ])('%s keeps %s', (text, name) => {
    // (a college, "Sekolah Tinggi …", is a body like a university: its name is kept as an organization)
    expect([...spans(text, 'places'), ...spans(text, 'organizations')]).toContain(name);
  });
  it('"Penjabat" opens an office', () => {
    const text = 'Penjabat Gubernur Sulawesi Selatan Bahtiar Baharuddin meresmikan jembatan.';
    expect(titlesOf(text, 'Bahtiar Baharuddin')).toEqual(['Penjabat Gubernur Sulawesi Selatan']);
  });
});

describe('id agencies, clubs and company offices', () => {
  it.each([
    ['Pedagang itu ditertibkan Satpol PP pada Selasa.', 'Satpol PP'],
    ['Laporan itu diteruskan ke LPSK dan Kompolnas.', 'LPSK'],
    ['Madura United menang atas PSS Sleman di Bangkalan.', 'PSS Sleman'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a head word before a legal form belongs to the office', () => {
    const text = 'Sekretaris Perusahaan PT Angkasa Pura II Agus Haryadi membenarkan hal itu.';
    expect(spans(text, 'organizations')).toEqual(['PT Angkasa Pura II']);
    expect(spans(text, 'people')).toEqual(['Agus Haryadi']);
  });
});

describe('id school levels are heads only as acronyms', () => {
  it('"Man City" is the club, not a madrasah', () => {
    const text = 'Garis pertahanan rendah dipilih Man City sepanjang laga.';
    expect(spans(text, 'organizations')).toEqual(['Man City']);
    expect(spans(text, 'places')).toEqual([]);
  });
  it.each([
    ['Ia lulus dari MAN 2 Yogyakarta pada 2010.', 'MAN 2 Yogyakarta'],
    ['Ia lulus dari MTsN 1 Sleman pada 2007.', 'MTsN 1 Sleman'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
  });
  it('a Korean given name "Min" stays in the name', () => {
    expect(spans('Aktor Lee Min Ho datang ke Jakarta.', 'people')).toEqual(['Lee Min Ho']);
  });
});

describe('id a name opening a sentence is no stronger than a locative cue', () => {
  it.each([
    'Harga cabai di Wasilomata naik. Wasilomata mencatat inflasi tertinggi.',
    'Wasilomata mencatat inflasi tertinggi. Harga cabai di Wasilomata naik.',
  ])('%s → one place', (text) => {
    const r = run(text);
    expect(r.people ?? []).toEqual([]);
    expect((r.places ?? []).flatMap((e) => e.mentions.map((m) => m.text))).toEqual([
      'Wasilomata',
      'Wasilomata',
    ]);
  });
  it('a person named at a sentence start stays one when no place cue says otherwise', () => {
    expect(spans('Maria membawa bunga. Ia lalu pulang.', 'people')).toEqual(['Maria']);
  });
});

describe('id crew offices, English openers and month names as family names', () => {
  it('crew roles are offices before names', () => {
    const text = 'Pesawat diterbangkan Pilot Anggara Pratama dan Kopilot Dwiyanto.';
    expect(spans(text, 'people')).toEqual(['Anggara Pratama', 'Dwiyanto']);
    expect(titlesOf(text, 'Dwiyanto')).toEqual(['Kopilot']);
  });
  it('an Islamic month after a given name is a family name', () => {
    expect(spans('Ia ingin berguru pada Gilang Ramadhan sejak kecil.', 'people')).toEqual([
      'Gilang Ramadhan',
    ]);
  });
  it.each(['Puasa Ramadhan 2024 dimulai Senin.', 'Ia lahir pada bulan Ramadhan.'])(
    'the month stays a date word: %s',
    (text) => {
      expect(spans(text, 'people')).toEqual([]);
    },
  );
  it('an English preposition opens the name of an event, not a person', () => {
    expect(spans('Ia juara All England dua kali.', 'people')).toEqual([]);
  });
});

describe('id an office between commas after a name, and company tails', () => {
  it.each([
    [
      'Hal itu disampaikan Ahmad Santoso, Kepala Dinas Perhubungan Kota Bandung, kepada wartawan.',
      'Ahmad Santoso',
      'Kepala Dinas Perhubungan Kota Bandung',
    ],
    [
      'Budi Hartono, Direktur Utama PT Sinar Abadi Tbk, mengatakan laba naik.',
      'Budi Hartono',
      'Direktur Utama PT Sinar Abadi Tbk',
    ],
  ])('%s → %s holds %s', (text, name, title) => {
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it('names in a list get no office', () => {
    const text = 'Ia bertemu Rina Wati, Andi Saputra, dan Budi Santoso kemarin.';
    expect((run(text).people ?? []).every((p) => (p.titles ?? []).length === 0)).toBe(true);
  });
  it('a listed company keeps its tail after an office', () => {
    const text = 'Direktur Utama PT Sinar Abadi Tbk mengatakan laba naik.';
    expect(spans(text, 'organizations')).toEqual(['PT Sinar Abadi Tbk']);
  });
});

describe('id a club named with its tail goes by its first word in a match report', () => {
  it('"Borneo FC … Borneo menyamakan kedudukan" is one club', () => {
    const text =
      'Bali United ditahan imbang Borneo FC 1-1. Tuan rumah unggul lebih dulu sebelum Borneo menyamakan kedudukan lewat sundulan.';
    const r = run(text);
    expect((r.organizations ?? []).map((o) => [o.name, o.mentions.map((m) => m.text)])).toContainEqual([
      'Borneo FC',
      ['Borneo FC', 'Borneo'],
    ]);
    expect(r.places ?? []).toEqual([]);
  });
  it('the island after "di" or "asal" stays a place', () => {
    const text = 'Borneo FC menang 2-0. Pemain asal Borneo itu mencetak gol di Borneo.';
    expect(spans(text, 'places')).toEqual(['Borneo', 'Borneo']);
  });
});

describe('id police units before their command', () => {
  it.each([
    ['Tim Jatanras Polda Metro Jaya menangkap pelaku.', 'Jatanras'],
    ['Satreskrim Polres Bogor menangkap dua pelaku.', 'Satreskrim'],
    ['Tim Resmob Polda Sulsel memburu pelaku.', 'Resmob'],
  ])('%s → organization %s', (text, unit) => {
    expect(spans(text, 'organizations')).toContain(unit);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('"Densus 88 Antiteror" names no person', () => {
    const text = 'Densus 88 Antiteror menangkap terduga teroris di Bekasi.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'organizations')).toContain('Densus');
  });
});
