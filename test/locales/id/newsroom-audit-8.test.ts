import { describe, expect, it } from 'vitest';
import { run, spans } from './helpers.js';

// The seventeenth session's audit: errors found reading our own articles (education, health, a corruption case,
// diplomacy, sport, prices, music, a road accident) and dev-set errors by kind. Every sentence here was written
// for these tests.

describe('id a region after an office closed by a body’s acronym belongs to the body', () => {
  it.each([
    ['Kepala Dinas PUPR Labuhanbatu berinisial RSR ditahan penyidik.', ['RSR'], ['Dinas PUPR Labuhanbatu']],
    ['Kepala Dinas PUPR Labuhanbatu mengatakan proyek itu berjalan.', [], ['Dinas PUPR Labuhanbatu']],
    ['Kepala Dishub Jawa Barat berinisial AK diperiksa jaksa.', ['AK'], ['Dishub Jawa Barat']],
    // negative: a name after the region is the officer's
    [
      'Kepala Dinas PUPR Kota Medan Topan Ginting ditahan penyidik.',
      ['Topan Ginting'],
      ['Dinas PUPR Kota Medan'],
    ],
  ])('%s', (text, people, orgs) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id initials after a noun for people, and one capital after "berinisial"', () => {
  it.each([
    ['Penyidik juga menetapkan dua kontraktor, FS dan ES, sebagai tersangka.', ['FS', 'ES']],
    ['Polisi menangkap dua pelaku, yakni AR dan BS, di rumahnya.', ['AR', 'BS']],
    ['Dua tersangka lain, RS dan TY, masih diburu polisi.', ['RS', 'TY']],
    ['Sopir truk berinisial S (30) kini menjalani pemeriksaan.', ['S']],
    // negative: a known body in the list; one capital after a word that is no cue; one acronym alone
    ['Ia bertemu dua pejabat, KPK dan BPK, di Jakarta.', []],
    ['Mereka menulis huruf S besar di papan.', []],
    ['Dua kontraktor, PT Adhi Karya, memenangi lelang.', []],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id an acronym in capitals keeps no dot of an abbreviation', () => {
  it.each([
    ['Ia bertemu pejabat BPK. Dua warga hadir dalam rapat itu.', [], ['BPK']],
    // negative: the honorific with its dot still opens a name
    ['Surat itu diteken Bpk. Hendra Wijaya kemarin.', ['Hendra Wijaya'], []],
  ])('%s', (text, people, orgs) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id an Arabic article joined to a name by a hyphen is one name', () => {
  it('"kata Al-Ansari" after "Majed al-Ansari" is the same one person', () => {
    const r = run(
      'Juru bicara kementerian itu, Majed al-Ansari, mengatakan perundingan berlanjut. "Ini sulit," kata Al-Ansari.',
    );
    expect((r.people ?? []).map((p) => p.mentions.map((m) => m.text))).toEqual([
      ['Majed al-Ansari', 'Al-Ansari'],
    ]);
  });
  it('negative: two running mates joined by a hyphen stay two people', () => {
    const r = run(
      'Pasangan Ahmad Lutfi dan Taj Yasin Maimun unggul. Pasangan Lutfi-Yasin meraih 58 persen suara.',
    );
    expect((r.people ?? []).map((p) => p.name).sort()).toEqual(['Ahmad Lutfi', 'Taj Yasin Maimun']);
  });
});

describe('id a people noun must be counted or named as such before a list of initials', () => {
  it.each([
    // negative: kinds of people listed with acronyms, no count before the noun
    ['Minuman itu dibagikan kepada 2.500 petugas, ODP, PDP, dan OTG di kota itu.', []],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id an air base and a city hall are places', () => {
  it.each([
    [
      'Bantuan diberangkatkan dari Pangkalan TNI Angkatan Udara Halim Perdanakusuma, Jakarta.',
      ['Pangkalan TNI Angkatan Udara Halim Perdanakusuma', 'Jakarta'],
    ],
    ['Pesawat itu mendarat di Lanud Sultan Hasanuddin, Makassar.', ['Lanud Sultan Hasanuddin', 'Makassar']],
    ['Rapat itu digelar di Balai Kota Depok kemarin.', ['Balai Kota Depok']],
    // negative: the head word alone names nothing; a town of the gazetteer keeps its name
    ['Museum itu tidak jauh dari Lanud di Morotai.', ['Morotai']],
    ['Ia lahir di Pangkalan Bun, Kalimantan Tengah.', ['Pangkalan Bun', 'Kalimantan Tengah']],
  ])('%s', (text, places) => {
    expect(spans(text, 'places')).toEqual(places);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: a body that a "Balai" opens stays a body', () => {
    expect(spans('Balai Besar Wilayah Sungai Citarum menyatakan debit naik.', 'organizations')).toEqual([
      'Balai Besar Wilayah Sungai Citarum',
    ]);
  });
});

describe('id a tournament or a festival named with an English event word is no person or place', () => {
  it.each([
    ['Ia akan tampil di French Open pekan depan.', [], []],
    ['Band itu pernah tampil di Synchronize Fest dua tahun lalu.', [], []],
    // a country that names the tournament stays a place, as the corpora annotate it
    ['Ia menjuarai Denmark Open tahun ini.', [], ['Denmark']],
  ])('%s', (text, people, places) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'places')).toEqual(places);
  });
});

describe('id a nickname before "sapaan akrab" and a word of the full name', () => {
  it('joins the person named in full before', () => {
    const r = run(
      'Tunggal putra Hendra Gunawan menjuarai turnamen itu. Endra, sapaan akrab Hendra, menang dua gim langsung.',
    );
    expect((r.people ?? []).map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Hendra Gunawan', ['Hendra Gunawan', 'Endra', 'Hendra']],
    ]);
  });
});

describe('id office words and the name after them', () => {
  it.each([
    ['Rekaman dilakukan di studio milik produser Bayu Lesmana di Dago.', 'Bayu Lesmana', ['produser']],
    [
      'Ketua Koperasi Pedagang Pasar Induk Cipinang, Zulkifli Harahap, mengatakan harga naik.',
      'Zulkifli Harahap',
      ['Ketua Koperasi Pedagang Pasar Induk Cipinang'],
    ],
    [
      'Direktur RSUD Cibinong, dr. Vitria Winarni, mengatakan pasien bertambah.',
      'Vitria Winarni',
      ['Direktur RSUD Cibinong'],
    ],
    [
      'Kepala Satuan Lalu Lintas (Kasatlantas) Polres Purwakarta, AKP Enjang Sukardi, mengatakan truk itu rem blong.',
      'Enjang Sukardi',
      ['Kepala Satuan Lalu Lintas Polres Purwakarta', 'AKP'],
    ],
    // a given name that is also a town, after the office's town: the name, not a second region
    ['Wali Kota Semarang Bima Prakoso mengatakan itu.', 'Bima Prakoso', ['Wali Kota Semarang']],
    // negative: a district and its city both belong to the office
    [
      'Kapolsek Cilandak Jakarta Selatan AKP Budi Hartono hadir.',
      'Budi Hartono',
      ['Kapolsek Cilandak Jakarta Selatan', 'AKP'],
    ],
  ])('%s', (text, name, titles) => {
    const r = run(text);
    expect((r.people ?? []).map((p) => p.name)).toEqual([name]);
    expect(r.people?.[0]?.titles).toEqual(titles);
  });
});

describe('id a sentence opening with words the document names elsewhere', () => {
  it('is that body, not a person read from its second word', () => {
    const r = run(
      'Grup musik asal Bandung, Sinar Senja, merilis album baru. Vokalis Sinar Senja, Dimas Aryaguna, mengatakan album itu rampung. Sinar Senja dibentuk pada 2009.',
    );
    expect((r.people ?? []).map((p) => p.name)).toEqual(['Dimas Aryaguna']);
    expect(r.organizations?.map((o) => o.mentions.length)).toEqual([3]);
  });
  it('is that person, not the town its first word is', () => {
    const r = run('Wali Kota Semarang Bima Prakoso positif Covid-19. Bima Prakoso baru dinyatakan sembuh.');
    expect((r.people ?? []).map((p) => p.mentions.map((m) => m.text))).toEqual([
      ['Bima Prakoso', 'Bima Prakoso'],
    ]);
    expect(r.places?.map((p) => p.name)).toEqual(['Semarang']);
  });
  it('negative: a name read from capitals alone elsewhere takes no opening word', () => {
    expect(spans('Program Kartu Prakerja menyasar warga miskin di kota itu.', 'people')).toEqual([]);
  });
});

describe('id the speaker of a second verb is the name set off by commas after the office', () => {
  it.each([
    [
      'Direktur Utama PT Jasa Tirta Raya, Ria Marlina, menyampaikan duka cita dan menyebut perusahaan akan menanggung biaya perawatan.',
      'Ria Marlina',
    ],
    // negative: a name first, its office between commas: the name speaks
    [
      'Arief Nugraha, Direktur Utama Perumda Pasar Raya, Senin (15/6/2020) menjelaskan, pasar non pangan tetap dibuka bergiliran.',
      'Arief Nugraha',
    ],
  ])('%s', (text, speaker) => {
    const q = run(text).quotes ?? [];
    expect(q.map((x) => x.speaker?.name)).toEqual([speaker]);
  });
});

describe('id "harian", "bulanan" after a kind of writing are no recurring times', () => {
  it.each([
    ['Album ini semacam catatan harian kami selama pandemi.', []],
    ['Ia membaca majalah bulanan itu setiap pagi.', []],
    // negative: a daily need recurs
    ['Kebutuhan harian warga naik selama Ramadhan.', ['harian']],
  ])('%s', (text, dates) => {
    expect((run(text).dates ?? []).map((d) => d.text).filter((x) => /harian|bulanan/u.test(x))).toEqual(
      dates,
    );
  });
});

describe('id a facility named in a title-case headline ends before the headline’s own words', () => {
  const article = (headline: string, body: string) => `${headline}\n\nJAKARTA, KOMPAS.com - ${body}\n`;
  it.each([
    [
      'RSUD Cibinong Tambah Ruang Perawatan',
      'RSUD Cibinong terpaksa menambah ruang perawatan.',
      'RSUD Cibinong',
    ],
    ['Stadion Manahan Siap Gelar Final', 'Stadion di Solo itu siap menggelar final.', 'Stadion Manahan'],
    ['Bandara Kualanamu Siapkan Posko Mudik', 'Pengelola menyiapkan posko di terminal.', 'Bandara Kualanamu'],
    // negative: a name the body writes whole stays whole
    [
      'Taman Mini Indonesia Indah Ramai Pengunjung',
      'Taman Mini Indonesia Indah dipadati warga yang ramai datang.',
      'Taman Mini Indonesia Indah',
    ],
  ])('%s', (headline, body, name) => {
    expect(spans(article(headline, body), 'places')[0]).toEqual(name);
  });
});

describe('id a body inside an office, up to its short form in brackets, is named on its own', () => {
  it.each([
    [
      'Kepala Badan Pendapatan Daerah (Bapenda) Sumut Achmad Fadly menambahkan hal itu.',
      [['Badan Pendapatan Daerah', 'Bapenda']],
    ],
    // negative: a party's organ is named by the party after its short form
    [
      'Wakil Sekretaris Jenderal Dewan Pimpinan Pusat (DPP) Partai Golkar, Ahmad Doli, menyatakan hal itu.',
      [['Partai Golkar']],
    ],
  ])('%s', (text, orgs) => {
    expect((run(text).organizations ?? []).map((o) => o.mentions.map((m) => m.text))).toEqual(orgs);
  });
});

describe('id a syllabic short form that keeps a word’s last letter joins its long form', () => {
  it('"Disdik" in brackets after "Dinas Pendidikan"', () => {
    const r = run('Ratusan orang tua mendatangi kantor Dinas Pendidikan (Disdik) Kota Depok, Senin.');
    expect((r.organizations ?? []).map((o) => o.mentions.map((m) => m.text))).toEqual([
      ['Dinas Pendidikan', 'Disdik'],
    ]);
  });
});

describe('id after a locative cue in a title-case headline, the body’s lower-case words are words', () => {
  const article = (headline: string, body: string) => `${headline}\n\nJAKARTA, KOMPAS.com - ${body}\n`;
  it.each([
    [
      'Bocah Tewas Tenggelam di Kolam Retensi Palembang',
      'Seorang bocah tewas di kolam retensi Simpang Polda, Palembang.',
      'Palembang',
    ],
    ['Warga Mengungsi di Tenda Darurat Cianjur', 'Warga tinggal di tenda darurat di Cianjur.', 'Cianjur'],
  ])('%s', (headline, body, first) => {
    expect(spans(article(headline, body), 'places')[0]).toEqual(first);
  });
});

describe('id a body’s one-word short name that is also a word opens a sentence before its adverb or verb', () => {
  it.each([
    ['Demokrat memang bukan partai pertama yang mengusulkan hal itu.', ['Demokrat']],
    ['Garuda juga membukukan pendapatan lain sebesar 145 juta dollar AS.', ['Garuda']],
    // negative: everyday words opening a sentence name no body
    ['Gerakan itu meluas ke kota lain.', []],
    ['Pemerintah juga menolak usulan itu.', []],
  ])('%s', (text, orgs) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id a short form in brackets after a regency, a cinema chain, a nickname spelling, a one-word judge', () => {
  it.each([
    [
      'Kebakaran terjadi di Kabupaten Ogan Komering Ilir (OKI), Sumatera Selatan.',
      [['Kabupaten Ogan Komering Ilir', 'OKI'], ['Sumatera Selatan']],
      [],
    ],
    ['Penonton memadati jaringan Cinema XXI di kota itu.', [], [['Cinema XXI']]],
    ['Gol kemenangan Bajol Ijo dicetak pada menit ke-23.', [], [['Bajol Ijo']]],
  ])('%s', (text, places, orgs) => {
    const r = run(text);
    expect((r.places ?? []).map((p) => p.mentions.map((m) => m.text))).toEqual(places);
    expect((r.organizations ?? []).map((o) => o.mentions.map((m) => m.text))).toEqual(orgs);
  });
  it('a name that only looks like a root with two suffixes is a name ("Tongani" is no "tong-an-i")', () => {
    expect(spans('Ketua majelis hakim, Tongani, menyatakan terdakwa terbukti bersalah.', 'people')).toEqual([
      'Tongani',
    ]);
  });
  it('negative: a particle over a suffix still makes a word ("dilakukannya")', () => {
    expect(spans('Menurut warga, Dilakukannya pemeriksaan itu sudah lama.', 'people')).toEqual([]);
  });
});

describe('id a name after a headline’s office that the body writes in lower case is a word', () => {
  it('"Terdakwa Kasus Investasi Bodong Divonis …" over "investasi bodong"', () => {
    const text =
      'Terdakwa Kasus Investasi Bodong Divonis 9 Tahun Penjara\n\nSURABAYA, KOMPAS.com - Terdakwa kasus investasi bodong, Hendra Gunawan, divonis sembilan tahun penjara.\n';
    expect((run(text).people ?? []).map((p) => p.name)).toEqual(['Hendra Gunawan']);
  });
});

describe('id the disease a task force fights, and the region after it, belong to the office', () => {
  it.each([
    [
      'Ketua Gugus Tugas Covid-19 Jatim Joni Wahyudi mengatakan kasus turun.',
      'Joni Wahyudi',
      ['Ketua Gugus Tugas Covid-19 Jatim'],
    ],
  ])('%s', (text, name, titles) => {
    const r = run(text);
    expect((r.people ?? []).map((p) => p.name)).toEqual([name]);
    expect(r.people?.[0]?.titles).toEqual(titles);
  });
  it('a unit and the region the gazetteer knows end before a name no dictionary holds', () => {
    const r = run(
      'Juru Bicara Satuan Tugas Penanganan Covid - 19 Provinsi Maluku Dony Rerung, saat dihubungi di Ambon, mengatakan tes terus dilakukan.',
    );
    expect((r.people ?? []).map((p) => p.name)).toEqual(['Dony Rerung']);
    expect(spans('Warga Provinsi Maluku Dony Rerung hadir.', 'places')).toEqual(['Provinsi Maluku']);
  });
  it('negative: a village and a region’s name, the unit of a regency read whole', () => {
    expect(spans('Warga Desa Kuta Dalom dan Kabupaten Bandung Barat mengungsi.', 'places')).toEqual([
      'Desa Kuta Dalom',
      'Kabupaten Bandung Barat',
    ]);
  });
});

describe('id a card anywhere in a capitalized run names a programme', () => {
  it.each([
    ['Program Kartu Prakerja menyasar 40 persen warga miskin.', []],
    ['Semestinya Kartu Prakerja menjadi jaring pengaman sosial.', []],
    // negative: a name that only begins like the word
    ['Menteri Sosial Kartika Sari hadir dalam acara itu.', ['Kartika Sari']],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id two or three acronyms together inside a lower-case sentence are a body', () => {
  it.each([
    [
      'Selama 79 tahun eksistensi OCBC NISP di Tanah Air, perusahaan melewati banyak krisis.',
      [],
      ['OCBC NISP'],
    ],
    // negative: initials after a person cue stay a person
    ['Polisi menangkap pria berinisial AS di rumahnya.', ['AS'], []],
  ])('%s', (text, people, orgs) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});
