import { describe, expect, it } from 'vitest';
import { run, spans } from './helpers.js';

// The thirteenth session's audit: errors found reading our own articles and the known gaps left by the twelfth.
// Every sentence here was written for these tests.

const people = (text: string) => (run(text).people ?? []).map((p) => [p.name, p.titles]);
const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);

describe('id two straight quotations in a row: the name between them is outside both', () => {
  it.each([
    '"Berkasnya sudah lengkap," kata juru bicara KPK Budi Prasetyo. "Pekan depan kami limpahkan," katanya.',
    '"Sudah," kata Kepala Desa Sukamaju Asep Saepudin. "Warga aman," ujarnya lagi.',
  ])('%s', (text) => {
    expect(spans(text, 'people').length).toBe(1);
  });
  it('a short quotation that holds the name is still a title, not a person', () => {
    expect(spans('Penyanyi itu merilis lagu "Cinta Budi Santoso" pekan lalu.', 'people')).toEqual([]);
    expect(spans('Dia menyanyikan lagu " Rindu Budi Santoso " kemarin.', 'people')).toEqual([]);
  });
});

describe('id the deputy attorneys general and an office held "pada" a body', () => {
  it.each([
    [
      'Direktur Penyidikan Jampidsus Kejagung Kuntadi mengatakan hal itu.',
      [['Kuntadi', ['Direktur Penyidikan Jampidsus Kejagung']]],
    ],
    [
      'Jampidum Kejagung Asep Nana Mulyana menyetujui penghentian perkara.',
      [['Asep Nana Mulyana', ['Jampidum Kejagung']]],
    ],
    [
      'Direktur Penyidikan pada Jampidsus Kejagung Abdul Qohar mengatakan hal itu.',
      [['Abdul Qohar', ['Direktur Penyidikan pada Jampidsus Kejagung']]],
    ],
    [
      'Staf Ahli pada Kementerian Dalam Negeri Suhajar Diantoro hadir.',
      [['Suhajar Diantoro', ['Staf Ahli pada Kementerian Dalam Negeri']]],
    ],
    [
      'Kepala Subdit Narkoba Polda Metro Jaya Budi Santoso hadir.',
      [['Budi Santoso', ['Kepala Subdit Narkoba Polda Metro Jaya']]],
    ],
    // negative: "pada" before a day or after a name joins nothing
    ['Menteri Keuangan pada Senin menyampaikan hal itu.', []],
    ['Presiden Joko Widodo pada Kementerian Keuangan berpesan.', [['Joko Widodo', ['Presiden']]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it.each([
    ['"Kami periksa," kata Direktur Penyidikan pada Jampidsus Kejagung Abdul Qohar.', 'Abdul Qohar'],
    ['"Benar," kata juru bicara pada KPK Budi Prasetyo.', 'Budi Prasetyo'],
    ['"Tidak," kata juru bicara pada Rabu.', 'juru bicara'],
  ])('the speaker after "kata": %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('id a body’s short form in brackets later in the document opens no name', () => {
  const text =
    'Menurut Ekonom Indef Rusli Abdullah, harga beras naik. Institute for Development of Economics and Finance (Indef) mencatat inflasi pangan.';
  it('the person starts after the short form, which joins the office', () => {
    expect(people(text)).toEqual([['Rusli Abdullah', ['Ekonom Indef']]]);
  });
  it('the body is named by its long form and holds both mentions of the short form', () => {
    const orgs = run(text).organizations ?? [];
    expect(orgs.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      [
        'Institute for Development of Economics and Finance',
        ['Indef', 'Institute for Development of Economics and Finance', 'Indef'],
      ],
    ]);
  });
  it('a capitalized word in brackets after a place is no body’s short form', () => {
    const t = 'Warga Kabupaten Pangandaran (Jabar) mengungsi. Ketua RT Jabar Sutisna Wijaya mendata warga.';
    expect(spans(t, 'organizations')).not.toContain('Jabar');
  });
});

describe('id a body’s short form that a dictionary could read as a word opens a sentence', () => {
  it.each([
    ['Polisi datang. Kejagung menahan dua tersangka.', ['Kejagung']],
    ['Kemendag menolak usulan itu.', ['Kemendag']],
    ['Dewan menolak usulan itu.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
  });
});

describe('id police unit short forms are no names', () => {
  it.each([
    ['Unit Reskrim bergerak.', []],
    ['Tim Propam memeriksa dua anggota.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
  it('the unit stays inside an office', () => {
    expect(people('Kasat Reskrim Polres Bogor AKP Teguh Kumara mengatakan hal itu.')).toEqual([
      ['Teguh Kumara', ['Kasat Reskrim Polres Bogor', 'AKP']],
    ]);
  });
});

describe('id central banks and world bodies news names in English', () => {
  it.each([
    ['Bank sentral AS, Federal Reserve (The Fed), memangkas suku bunga.', 'Federal Reserve', 2],
    ['Kebijakan The Fed menekan rupiah. Fed memangkas bunga.', 'Federal Reserve', 2],
    ['Bank of Japan (BOJ) menaikkan suku bunga.', 'Bank of Japan', 2],
    ['Mahkamah Pidana Internasional (ICC) menerbitkan surat perintah.', 'Mahkamah Pidana Internasional', 2],
  ])('%s', (text, name, mentions) => {
    const org = (run(text).organizations ?? []).find((o) => o.name === name);
    expect(org?.mentions.length).toBe(mentions);
  });
});

describe('id "Imam" is an office before "Besar" or a mosque, and a given name before a name', () => {
  it.each([
    [
      'Paus bertemu Imam Besar Masjid Istiqlal Nasaruddin Umar di Jakarta.',
      [['Nasaruddin Umar', ['Imam Besar Masjid Istiqlal']]],
    ],
    [
      'Imam Masjid Raya Baiturrahman Ahmad Yani memimpin salat.',
      [['Ahmad Yani', ['Imam Masjid Raya Baiturrahman']]],
    ],
    ['Imam Nahrawi ditahan KPK.', [['Imam Nahrawi', []]]],
    ['Mantan Menpora Imam Nahrawi ditahan KPK.', [['Imam Nahrawi', []]]],
    ['Ia menjadi imam besar di masjid itu.', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it.each([
    ['Bayu Skak meluncurkan film.', ['Bayu Skak']],
    ['Guntur Romli berbicara di forum itu.', ['Guntur Romli']],
  ])('a word mostly met as a given name opens a sentence’s name: %s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
});

describe('id a counted span of days is no date named before', () => {
  it('"empat hari tersebut" is a duration', () => {
    const dates = (
      run('Sebanyak 4.000 personel dikerahkan selama kunjungan empat hari tersebut.').dates ?? []
    ).map((d) => [d.text, d.value]);
    expect(dates).toEqual([['empat hari', 'P4D']]);
  });
  it('"Hari itu" after a date is that date', () => {
    const dates = (run('Pada Senin (3/6/2024) ia datang. Hari itu hujan deras.').dates ?? []).map((d) => [
      d.text,
      d.value,
    ]);
    expect(dates).toEqual([
      ['Senin (3/6/2024)', '2024-06-03'],
      ['Hari itu', '2024-06-03'],
    ]);
  });
});

describe('id a title alone as the speaker stands for the one person named before with it', () => {
  const speaker = (text: string) => {
    const r = run(text);
    const q = (r.quotes ?? [])[0];
    const person = (r.people ?? []).find((p) => p.id === q?.speaker?.entity);
    return [q?.speaker?.name, person?.name ?? null];
  };
  it.each([
    ['Paus Fransiskus tiba di Jakarta. "Saya datang untuk belajar," kata Paus.', ['Paus', 'Fransiskus']],
    [
      'Presiden Prabowo Subianto meresmikan bendungan itu. "Air untuk petani," kata Presiden.',
      ['Presiden', 'Prabowo Subianto'],
    ],
    // two people hold the title, or none was named before: no link
    [
      'Presiden Prabowo Subianto dan Presiden Joko Widodo hadir. "Semua siap," kata Presiden.',
      ['Presiden', null],
    ],
    ['"Saya datang untuk belajar," kata Paus. Paus Fransiskus tiba di Jakarta.', ['Paus', null]],
  ])('%s', (text, expected) => {
    expect(speaker(text)).toEqual(expected);
  });
});

describe('id a city’s police command ends in "Kota"', () => {
  it.each([
    ['Polres Metro Bekasi Kota menangkap pelaku.', ['Polres Metro Bekasi Kota']],
    ['Polresta Bogor Kota menangkap pelaku.', ['Polresta Bogor Kota']],
    ['Polres Bogor menangkap pelaku di Kota Bandung.', ['Polres Bogor']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
  });
  it('the office keeps the whole command', () => {
    expect(people('Kapolres Metro Bekasi Kota Kombes Dani Hamdani mengatakan hal itu.')).toEqual([
      ['Dani Hamdani', ['Kapolres Metro Bekasi Kota', 'Kombes']],
    ]);
  });
});

describe('id a dealer ("bandar") is no port, and drug words are words', () => {
  it.each(['Hakim Vonis Bandar Narkoba 20 Tahun Penjara', 'Polisi Tangkap Bandar Sabu Lintas Provinsi'])(
    '%s',
    (text) => {
      expect(spans(text, 'places')).toEqual([]);
      expect(spans(text, 'people')).toEqual([]);
    },
  );
  it.each([
    ['Polisi menangkap bandar narkoba di Bandar Lampung.', ['Bandar Lampung']],
    ['Pesawat mendarat di Bandar Udara Internasional Juanda.', ['Bandar Udara Internasional Juanda']],
  ])('a port town and an airport stay places: %s', (text, expected) => {
    expect(spans(text, 'places')).toEqual(expected);
  });
});

describe('id an acronym that spells a named place’s last words is the place (id.place.initials)', () => {
  it('"GBK" before "Stadion Utama Gelora Bung Karno (SUGBK)"', () => {
    const places =
      run('Paus memimpin misa di GBK. Stadion Utama Gelora Bung Karno (SUGBK) penuh.').places ?? [];
    expect(places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Stadion Utama Gelora Bung Karno', ['GBK', 'Stadion Utama Gelora Bung Karno', 'SUGBK']],
    ]);
  });
  it('an acronym of a body is still a body', () => {
    expect(spans('Polisi berjaga di Gedung Merah Putih. KPK memeriksa saksi.', 'organizations')).toEqual([
      'KPK',
    ]);
  });
});

describe('id a cabinet after "pada" is a period of office, not a body the office is held in', () => {
  it('"Menteri Perindustrian pada Kabinet Dwikora II" names no one', () => {
    const text = 'Ia adalah Menteri Perindustrian pada Kabinet Dwikora II.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'organizations')).toEqual(['Kabinet Dwikora II']);
  });
});

describe('id what a body published speaks for the body', () => {
  it.each([
    [
      'Menurut data Badan Nasional Penanggulangan Bencana (BNPB), sebanyak 10 warga meninggal dunia akibat banjir.',
      'Badan Nasional Penanggulangan Bencana (BNPB)',
    ],
    ['"Kami siap mengamankan," kata juru bicara Polri.', 'juru bicara Polri'],
  ])('%s', (text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});

describe('id research units ("Litbang") open bodies', () => {
  it.each([
    ['Berdasarkan hitung cepat Litbang Kompas, pasangan itu unggul.', ['Litbang Kompas']],
    ['Kepala Balitbang Kemenhan Budi Santoso hadir.', ['Balitbang Kemenhan']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
    expect(spans(text, 'people')).not.toContain('Litbang Kompas');
  });
});

describe('id an expert "dari" a body, then the name (id.person.lowercase-title)', () => {
  it.each([
    [
      'Pengamat transportasi dari Universitas Katolik Soegijapranata Djoko Setijowarno menyebutkan tarif naik.',
      [['Djoko Setijowarno', ['Pengamat transportasi dari Universitas Katolik Soegijapranata']]],
    ],
    [
      'Peneliti senior dari Institut Teknologi Bandung Heri Andreas menilai tanah turun.',
      [['Heri Andreas', ['Peneliti senior dari Institut Teknologi Bandung']]],
    ],
    [
      'Ekonom dari Universitas Indonesia Fithra Faisal Hastiadi menilai hal itu.',
      [['Fithra Faisal Hastiadi', ['Ekonom dari Universitas Indonesia']]],
    ],
    // negative: a body named after a person keeps its name
    ['Dosen dari Universitas Gadjah Mada hadir.', []],
    ['Peneliti dari Universitas Sam Ratulangi hadir.', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('id a train’s or rail service’s name is no person', () => {
  it.each([
    ['Penumpang Kereta Cepat Whoosh Tembus 5 Juta Orang', [], []],
    ['Penumpang naik Kereta Cepat Jakarta-Bandung atau Whoosh.', [], ['Jakarta', 'Bandung']],
    ['Warga naik kereta api Argo Bromo Anggrek ke Surabaya.', [], ['Surabaya']],
  ])('%s', (text, persons, places) => {
    expect(spans(text, 'people')).toEqual(persons);
    expect(spans(text, 'places')).toEqual(places);
  });
  it('the state railway company stays a body', () => {
    expect(spans('PT Kereta Api Indonesia (Persero) menambah perjalanan.', 'organizations')).toEqual([
      'PT Kereta Api Indonesia (Persero)',
    ]);
  });
});

describe('id running mates’ short names joined by a hyphen are the two people', () => {
  const text =
    'Pasangan Ahmad Luthfi-Taj Yasin Maimoen unggul dalam hitung cepat. Luthfi-Yasin meraih 58 persen suara.';
  it('each short name joins the full name it is a word of (a middle name too)', () => {
    const r = run(text);
    expect((r.people ?? []).map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Ahmad Luthfi', ['Ahmad Luthfi', 'Luthfi']],
      ['Taj Yasin Maimoen', ['Taj Yasin Maimoen', 'Yasin']],
    ]);
  });
  it('a pair no full names back is left alone, and so is the pair’s tag in brackets', () => {
    expect(spans('Pasangan Irianto-Tatang kalah tipis.', 'people')).toEqual([]);
    expect(
      spans('Pasangan Ahmad Heryawan-Deddy Mizwar (Heryawan-Deddy) meraih 31 persen.', 'people'),
    ).toEqual(['Ahmad Heryawan', 'Deddy Mizwar']);
  });
});

describe('id the two social security bodies and ministries named with their country', () => {
  it.each([
    ['BPJS Kesehatan Pastikan Layanan Cuci Darah Tetap Dijamin', ['BPJS Kesehatan'], []],
    [
      'Direktur Utama BPJS Kesehatan Ghufron Mukti mengatakan hal itu.',
      ['BPJS Kesehatan'],
      ['Ghufron Mukti'],
    ],
    ['BPJS Ketenagakerjaan menaikkan manfaat.', ['BPJS Ketenagakerjaan'], []],
    ['Menurut Kementerian Kesehatan Gaza, 46.000 warga tewas.', ['Kementerian Kesehatan Gaza'], []],
  ])('%s', (text, orgs, persons) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(spans(text, 'people')).toEqual(persons);
  });
  it('"Kementerian Luar Negeri Indonesia" is the lexicon’s ministry, one body with "Kemlu"', () => {
    const r = run(
      'Kementerian Luar Negeri Indonesia menyambut kesepakatan itu. Juru Bicara Kemlu Roy Soemirat hadir.',
    );
    expect((r.organizations ?? []).map((o) => [o.name, o.mentions.length])).toEqual([
      ['Kementerian Luar Negeri', 2],
    ]);
  });
  it('a foreign ministry stays apart from Indonesia’s', () => {
    const r = run(
      'Kementerian Kesehatan menyiapkan obat. Menurut Kementerian Kesehatan Gaza, rumah sakit penuh.',
    );
    expect((r.organizations ?? []).map((o) => o.name)).toEqual([
      'Kementerian Kesehatan',
      'Kementerian Kesehatan Gaza',
    ]);
  });
});

describe('id the office of an officeholder, then the officeholder', () => {
  it.each([
    [
      'Kantor Perdana Menteri Benjamin Netanyahu menyatakan hal itu.',
      ['Kantor Perdana Menteri'],
      [['Benjamin Netanyahu', ['Perdana Menteri']]],
    ],
    ['Kantor Staf Presiden menyatakan hal itu.', ['Kantor Staf Presiden'], []],
  ])('%s', (text, orgs, persons) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(people(text)).toEqual(persons);
  });
});

describe('id a person’s other name after "alias", or after "atau" and a full name', () => {
  const named = (text: string) =>
    (run(text).people ?? []).map((p) => [p.name, p.mentions.map((m) => m.text)]);
  it.each([
    ['Terdakwa Rahmat Hidayat alias Ucok (38) divonis.', [['Rahmat Hidayat', ['Rahmat Hidayat', 'Ucok']]]],
    ['Polisi menangkap AS alias Bento di Bekasi.', [['AS', ['AS', 'Bento']]]],
    [
      'Ketua PHRI Bali Tjokorda Oka Artha Ardana Sukawati atau Cok Ace meminta hal itu.',
      [['Tjokorda Oka Artha Ardana Sukawati', ['Tjokorda Oka Artha Ardana Sukawati', 'Cok Ace']]],
    ],
    // negative: two names of two words joined by "atau" are two people
    [
      'Pilihannya Prabowo Subianto atau Anies Baswedan.',
      [
        ['Prabowo Subianto', ['Prabowo Subianto']],
        ['Anies Baswedan', ['Anies Baswedan']],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('id a title-case headline’s words the body writes in lower case are no name', () => {
  it.each([
    [
      'Wisatawan Mancanegara ke Bali Naik 20 Persen\n\nDENPASAR - Jumlah kunjungan wisatawan mancanegara ke Bali naik.',
      [],
      ['Bali', 'Bali', 'DENPASAR'],
    ],
    [
      'BMKG Prediksi Puncak Musim Hujan pada Januari\n\nJAKARTA - BMKG memprediksi puncak musim hujan terjadi pada Januari.',
      [],
      ['JAKARTA'],
    ],
    [
      'Warga Mendaki Puncak Jaya\n\nJAYAPURA - Tim itu mencapai Puncak Jaya pada Senin.',
      [],
      ['Puncak Jaya', 'Puncak Jaya', 'JAYAPURA'],
    ],
  ])('%s', (text, persons, places) => {
    expect(spans(text, 'people')).toEqual(persons);
    expect(spans(text, 'places')).toEqual(places);
  });
  it('a start-up named in the body keeps its name in the headline, its kind words cut away', () => {
    const text =
      'Startup Agritech eFishery Pecat Ratusan Karyawan\n\nBANDUNG - Perusahaan rintisan eFishery memecat 200 karyawan. Asosiasi Modal Ventura dan Startup Indonesia menilai hal itu wajar.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'organizations')).toContain('eFishery');
  });
});

describe('id a word in camel case is no person (id.org.camel-case)', () => {
  it.each([
    ['Masyarakat dapat memantau melalui aplikasi InfoBMKG.', [], ['InfoBMKG']],
    ['Layanan VoIP itu murah.', [], []],
    ['Aktor Leonardo DiCaprio hadir.', ['Leonardo DiCaprio'], []],
    ['Pemain LeBron James mencetak 30 poin.', ['LeBron James'], []],
  ])('%s', (text, persons, orgs) => {
    expect(spans(text, 'people')).toEqual(persons);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id a province after a body’s short form in brackets belongs to the office', () => {
  it.each([
    [
      'Kepala Badan Pusat Statistik (BPS) Provinsi Bali Endang Retno Sri Subiyandani mengatakan hal itu.',
      [['Endang Retno Sri Subiyandani', ['Kepala Badan Pusat Statistik Provinsi Bali']]],
    ],
    [
      'Kepala Badan Pusat Statistik (BPS) Provinsi Jawa Tengah, Endang Retno, mengatakan hal itu.',
      [['Endang Retno', ['Kepala Badan Pusat Statistik Provinsi Jawa Tengah']]],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('id the last batch: a coordinator, a headline that abolishes a term', () => {
  it('"Koordinator Nasional" is an office', () => {
    expect(
      people(
        'Koordinator Nasional Jaringan Pemantau Pendidikan Indonesia (JPPI) Ubaid Matraji menilai hal itu.',
      ),
    ).toEqual([['Ubaid Matraji', ['Koordinator Nasional Jaringan Pemantau Pendidikan Indonesia']]]);
  });
  it('a headline’s verb ends the body’s name, and a term’s acronym left alone is nothing', () => {
    const text =
      'Kemendikdasmen Hapus Sistem Zonasi PPDB Mulai 2025\n\nJAKARTA - Kementerian Pendidikan Dasar dan Menengah (Kemendikdasmen) mengganti sistem zonasi dalam Penerimaan Peserta Didik Baru (PPDB).';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'organizations')).toContain('Kemendikdasmen');
  });
  it('an acronym the body names as a body stays one', () => {
    const text = 'Warga Tolak Rencana KPU\n\nJAKARTA - Komisi Pemilihan Umum (KPU) menunda rencana itu.';
    expect(spans(text, 'organizations')).toContain('KPU');
  });
});

describe('id a head word over a name the lexicon knows whole keeps the lexicon’s name', () => {
  it('"Perum Bulog" in the body and in an office joins the headline’s "Bulog"', () => {
    const r = run(
      'Bulog Impor Beras\n\nJAKARTA - Perum Bulog akan mengimpor beras. Direktur Utama Perum Bulog Wahyu Suparyono mengatakan hal itu.',
    );
    expect((r.organizations ?? []).map((o) => [o.name, o.mentions.length])).toEqual([['Bulog', 3]]);
  });
  it('a body the lexicon does not know keeps the text’s name', () => {
    expect(spans('Perum Perhutani menanam pohon.', 'organizations')).toEqual(['Perum Perhutani']);
  });
});
