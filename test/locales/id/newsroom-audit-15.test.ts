import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { run, spans } from './helpers.js';

// The twenty-fourth session's Indonesian rules: errors found reading our own articles, measuring the
// development sets (counted, never copied) and timing hostile input. Every sentence here was written for
// these tests.

describe('id names are written in the Latin script: a capital of another script opens none', () => {
  it.each([
    ['Di dinding tertulis Ωμέγα Ξένος dan Жизнь Москвы dengan cat merah.'],
    ['Label botol itu berbunyi ΑΒΓ Δέλτα, kata petugas.'],
    ['Kode barang ЯКМ-12 tercetak di kotak.'],
  ])('%s', (text) => {
    const r = run(text);
    expect(r.people ?? []).toEqual([]);
    expect(r.organizations ?? []).toEqual([]);
  });
  it.each([
    ['Presiden Vietnam Nguyễn Phú Trọng menerima tamunya di Hanoi.', 'Nguyễn Phú Trọng'],
    ['Petenis Polandia Iga Świątek menang di Roma, Senin.', 'Iga Świątek'],
    ['Penyanyi Sinéad O’Connor dikenang penggemarnya di Dublin.', 'Sinéad O’Connor'],
    ['Menteri Luar Negeri Turki Mevlüt Çavuşoğlu tiba di Ankara.', 'Mevlüt Çavuşoğlu'],
  ])('negative: a Latin name with its diacritics is still one: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id a headline’s place the body names whole keeps every word', () => {
  it.each([
    [
      'Harga Cabai Melonjak di Pasar Induk Kramat Jati\n\nJAKARTA - Harga cabai di Pasar Induk Kramat Jati naik tajam, Senin.',
      'Pasar Induk Kramat Jati',
    ],
    [
      'Ribuan Suporter Padati Stadion Utama Gelora Bung Karno\n\nJAKARTA - Suporter memadati Stadion Utama Gelora Bung Karno sejak sore.',
      'Stadion Utama Gelora Bung Karno',
    ],
  ])('%s', (text, place) => {
    expect(spans(text, 'places').filter((p) => p.startsWith(place.split(' ')[0]!))).toEqual([place, place]);
  });
  it('negative: the headline’s verb after a place the body names shorter is cut', () => {
    const text =
      'RSUD Cibinong Tambah Ruang Perawatan\n\nBOGOR - RSUD Cibinong terpaksa menambah ruang perawatan.';
    expect(spans(text, 'places')).toContain('RSUD Cibinong');
    expect(spans(text, 'places')).not.toContain('RSUD Cibinong Tambah Ruang Perawatan');
  });
});

describe('id a regional company ("Perumda", "Perusda") opens a body', () => {
  it.each([
    ['Perumda Pasar Jaya menyiapkan stok beras di 44 pasar.', 'Perumda Pasar Jaya'],
    ['Direktur Perumda Tirta Pakuan Budi Santoso mengatakan air aman diminum.', 'Perumda Tirta Pakuan'],
    ['Perusda Kelistrikan Aceh memperbaiki jaringan yang rusak.', 'Perusda Kelistrikan Aceh'],
  ])('%s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(spans(text, 'people')).not.toContain(org.split(' ')[0]);
  });
  it('negative: the holder named after the company is a person', () => {
    expect(spans('Direktur Perumda Tirta Pakuan Budi Santoso mengatakan air aman.', 'people')).toEqual([
      'Budi Santoso',
    ]);
  });
});

describe('id a one-word company written with and without "Tbk" or "(Persero)" is one body', () => {
  it.each([
    ['PT Timah menambang di Bangka. Saham PT Timah Tbk turun dua persen.', ['PT Timah', 'PT Timah Tbk']],
    ['Saham PT Timah Tbk turun. PT Timah menambang di Bangka.', ['PT Timah Tbk', 'PT Timah']],
    [
      'PT Pindad (Persero) memamerkan panser. PT Pindad juga membuat amunisi.',
      ['PT Pindad (Persero)', 'PT Pindad'],
    ],
  ])('%s', (text, mentions) => {
    const orgs = run(text).organizations ?? [];
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(mentions);
  });
  it('negative: two companies sharing a word stay apart', () => {
    const orgs = run('PT Vale Indonesia Tbk menambang nikel. PT Vale Kanada tidak.').organizations ?? [];
    expect(orgs).toHaveLength(2);
  });
});

describe('id a company’s everyday short name in a match report is no person either', () => {
  it('a team nickname left untagged', () => {
    const text =
      'Timnas Indonesia menang 2-0 atas Arab Saudi di laga kualifikasi. Dua gol Garuda dicetak Marselino Ferdinan pada babak kedua.';
    expect(spans(text, 'people')).toEqual(['Marselino Ferdinan']);
  });
  it('negative: a rare root before its verb is still a name outside the lexicon', () => {
    expect(
      spans('Pertandingan berjalan alot, sebelum Ibra menebus dosanya di menit akhir.', 'people'),
    ).toEqual(['Ibra']);
  });
});

describe('id a headline’s given name that the body writes only as a word is a word', () => {
  it.each([
    [
      'BI Tahan Suku Bunga Acuan di Level 6 Persen\n\nJAKARTA - Bank Indonesia menahan suku bunga acuan, Rabu.',
    ],
    ['Suku Bunga KPR Naik Lagi\n\nJAKARTA - Suku bunga kredit pemilikan rumah naik lagi bulan ini.'],
  ])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: a child the body names keeps her name', () => {
    const text = 'Polisi Cari Bunga\n\nBOGOR - Bunga (7) hilang sejak Senin. Ia membawa setangkai bunga.';
    expect(spans(text, 'people')).toContain('Bunga');
  });
});

const quotes = (text: string) =>
  (run(text).quotes ?? []).map((q) => [q.type, q.speaker?.name ?? null, q.cue?.text ?? null, q.text]);

describe('id a forecast or an assurance is a claim someone makes', () => {
  it.each([
    [
      'Kepala Ekonom Bank Mandiri Andry Asmoro memperkirakan The Fed baru akan memangkas suku bunga pada akhir tahun.',
      'Andry Asmoro',
      'memperkirakan',
      'The Fed baru akan memangkas suku bunga pada akhir tahun',
    ],
    [
      'BMKG memprediksi hujan lebat turun di Jawa Barat pekan depan.',
      'BMKG',
      'memprediksi',
      'hujan lebat turun di Jawa Barat pekan depan',
    ],
    [
      'Kapolres Bogor Rio Wahyu memastikan bahwa pelaku sudah ditangkap.',
      'Rio Wahyu',
      'memastikan',
      'pelaku sudah ditangkap',
    ],
  ])('%s', (text, speaker, cue, content) => {
    expect(quotes(text)).toContainEqual(['indirect', speaker, cue, content]);
  });
  it('negative: making sure of a thing reports nothing', () => {
    expect(quotes('Polisi memastikan keamanan acara itu sejak pagi.')).toEqual([]);
  });
});

describe('id "ia", "dia" and "beliau" stand for a person, not for the body that spoke last', () => {
  it('the person named before the body', () => {
    const text =
      'Ekonom Bank Mandiri Andry Asmoro mengatakan The Fed akan menahan suku bunga. BMKG mengatakan hujan turun pekan depan. Ia mengatakan bahwa rupiah akan menguat.';
    expect(quotes(text).map((q) => q[1])).toEqual(['Andry Asmoro', 'BMKG', 'Andry Asmoro']);
  });
  it('negative: with no person before, the body still speaks through "-nya"', () => {
    const text = 'BMKG mengatakan hujan turun pekan depan. "Warga diminta waspada," ujarnya.';
    expect(quotes(text).map((q) => q[1])).toEqual(['BMKG', 'BMKG']);
  });
});

describe('id a month after a date written in figures is the nearest such month, not of that date’s year', () => {
  it.each([
    ['Harga naik pada Kamis (9/1/2025), hampir dua kali lipat dibanding awal Desember.', '2024-12'],
    ['Pada Jumat (10/1/2025) harga stabil, lebih rendah dari pertengahan November.', '2024-11'],
  ])('%s', (text, value) => {
    const r = extract(text, { lang: 'id', date: '2025-01-10' });
    expect((r.dates ?? []).map((d) => d.value)).toContain(value);
  });
  it('negative: a year written out in the sentence still gives the month its year', () => {
    const r = extract('Pada tahun 2022, harga naik pada bulan Juli.', { lang: 'id', date: '2025-01-10' });
    expect((r.dates ?? []).map((d) => d.value)).toContain('2022-07');
  });
});

describe('id what one wants, refuses or fails to say is no quote', () => {
  it.each([
    ['Pihak Pemprov Jawa Barat ingin memastikan, apakah pejabat itu menjalankan tugas sesuai prosedur.'],
    ['Juru bicara itu enggan menyebut, siapa saja yang diperiksa penyidik.'],
    ['Kantor berita itu tidak menjelaskan, berapa jauh jangkauan rudal tersebut.'],
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
  it('negative: the same verb said plainly reports', () => {
    expect(quotes('Juru bicara Polda Jawa Barat Ibrahim Tompo memastikan, pelaku sudah ditahan.')).toEqual([
      ['indirect', 'Ibrahim Tompo', 'memastikan', 'pelaku sudah ditahan'],
    ]);
  });
});

describe('id "Apalagi," and "Ada yang" open a sentence and name no speaker', () => {
  it.each([
    ['Apalagi, sejumlah ahli juga memprediksi akan ada gelombang kedua.'],
    ['Ada yang memperkirakan harga minyak masih akan turun.'],
  ])('%s', (text) => {
    expect(quotes(text).map((q) => q[1])).not.toContain('Apalagi');
    expect(quotes(text).map((q) => q[1])).not.toContain('Ada');
  });
});

describe('id an office’s unit before the short form of its body names only the body', () => {
  it.each([
    [
      'Kepala Pusat Gempabumi dan Tsunami BMKG Bambang Setiyo Prayitno mengatakan gempa tidak berpotensi tsunami.',
      'BMKG',
    ],
    ['Kepala Biro Hukum dan Humas BPOM Anang Nugroho mengatakan izin itu dicabut.', 'BPOM'],
  ])('%s', (text, body) => {
    expect(spans(text, 'organizations')).toEqual([body]);
  });
  it('negative: a unit that is a body of its own keeps its name', () => {
    expect(
      spans('Direktur Utama Bank Rakyat Indonesia Sunarso mengatakan kredit tumbuh.', 'organizations'),
    ).toEqual(['Bank Rakyat Indonesia']);
  });
});

describe('id "dan" before another body’s head word ("dan Fraksi …", "dan Kementerian …") joins two bodies, not one name', () => {
  it.each([
    [
      'Fraksi Partai Demokrat dan Fraksi Partai Keadilan Sejahtera (PKS) menolak RUU itu.',
      ['Partai Demokrat', 'Partai Keadilan Sejahtera', 'PKS'],
    ],
    [
      'Kementerian Luar Negeri dan Kementerian Pertahanan (Kemhan) menggelar rapat.',
      ['Kementerian Luar Negeri', 'Kementerian Pertahanan', 'Kemhan'],
    ],
  ])('%s', (text, orgs) => {
    expect(spans(text, 'organizations').sort()).toEqual([...orgs].sort());
  });
  it.each([
    ['Kementerian Hukum dan HAM membuka pendaftaran.', 'Kementerian Hukum dan HAM'],
    ['Badan Pengawas Obat dan Makanan menarik produk itu.', 'Badan Pengawas Obat dan Makanan'],
  ])('negative: "dan" inside one body’s name: %s', (text, org) => {
    expect(spans(text, 'organizations')).toEqual([org]);
  });
});

describe('id a lower-case noun before a place that opens with its own administrative word stays out', () => {
  it('"di pantai Desa Lampanah"', () => {
    expect(spans('Kapal itu terdampar di pantai Desa Lampanah, Kecamatan Seulimeum.', 'places')).toEqual([
      'Desa Lampanah',
      'Kecamatan Seulimeum',
    ]);
  });
  it('negative: a lower-case administrative word before a name still opens it', () => {
    expect(spans('Banjir melanda desa Pulau Tiga sejak pagi.', 'places')).toEqual(['desa Pulau Tiga']);
  });
});

describe('id companies by their trade: a tech company’s English tail and a list after "startup … seperti"', () => {
  it.each([
    [
      'Sejumlah startup logistik seperti Shipper dan Kargo Technologies meraih pendanaan.',
      ['Shipper', 'Kargo Technologies'],
    ],
    [
      'Perusahaan teknologi seperti Nusantara Labs dan Arunika Systems membuka lowongan.',
      ['Nusantara Labs', 'Arunika Systems'],
    ],
    ['Maskapai seperti Pelita Air dan Sriwijaya Air menambah jadwal.', ['Pelita Air', 'Sriwijaya Air']],
  ])('%s', (text, orgs) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: people listed after a person’s kind stay people', () => {
    expect(spans('Penyanyi seperti Rossa dan Afgan Syahreza hadir di acara itu.', 'people')).toEqual([
      'Rossa',
      'Afgan Syahreza',
    ]);
  });
});

describe('id a headline’s place head word the body writes only in lower case, before a known place, is a word', () => {
  it('"… Terdampar di Pantai Aceh Besar" over "pantai Desa …"', () => {
    const text =
      'Kapal Pengungsi Terdampar di Pantai Aceh Besar\n\nBANDA ACEH - Kapal kayu itu terdampar di pantai Desa Lampanah, Kabupaten Aceh Besar.';
    expect(spans(text, 'places')).toContain('Aceh Besar');
    expect(spans(text, 'places')).not.toContain('Pantai Aceh Besar');
  });
  it('negative: a beach the body names with its capital keeps its head word', () => {
    const text =
      'Turis Asing Padati Pantai Kuta\n\nDENPASAR - Ribuan turis memadati Pantai Kuta, Badung, Minggu.';
    expect(spans(text, 'places').filter((p) => p.endsWith('Kuta'))).toEqual(['Pantai Kuta', 'Pantai Kuta']);
  });
});

describe('id a headline’s word after its speech verb that the body writes only in lower case is what was said about', () => {
  it('"Menkeu Sebut Defisit APBN Masih Terkendali"', () => {
    const text =
      'Menkeu Sebut Defisit APBN Masih Terkendali\n\nJAKARTA - Menteri Keuangan Sri Mulyani Indrawati menyebut defisit anggaran masih terkendali. "Defisit ini sesuai desain," kata Sri Mulyani.';
    expect(spans(text, 'people')).toEqual(['Sri Mulyani Indrawati', 'Sri Mulyani']);
  });
  it('negative: a name after the headline’s speech verb that the body writes too stays', () => {
    const text =
      'Jokowi Sebut Prabowo Layak Memimpin\n\nJAKARTA - Presiden Joko Widodo menyebut Prabowo layak memimpin.';
    expect(spans(text, 'people')).toContain('Prabowo');
  });
});

describe('id one small letter closing two or three capitals ("PPh", "PPn") is a term’s short form, no one’s name', () => {
  it.each([['Penerimaan dari PPh badan turun tahun ini.'], ['Tarif PPn barang mewah naik.']])(
    '%s',
    (text) => {
      expect(spans(text, 'people')).toEqual([]);
    },
  );
  it('negative: a camel-case brand is still a body', () => {
    expect(spans('Aplikasi PeduliLindungi diganti SatuSehat.', 'organizations')).toEqual([
      'PeduliLindungi',
      'SatuSehat',
    ]);
  });
});

describe('id a body closing the run between commas after a name is where the subject serves, not the speaker', () => {
  it.each([
    [
      'Aiptu Yohanis Wenda, anggota Bhabinkamtibmas Distrik Hubikosi, mengatakan aktivitas warga sudah normal.',
      'Yohanis Wenda',
    ],
    ['Sari Dewi, staf Bappeda Kota Malang, mengatakan anggaran itu sudah cair.', 'Sari Dewi'],
  ])('%s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
  it('negative: a role, then a person’s name between commas, names the speaker', () => {
    expect(
      quotes('Peneliti Universitas Indonesia, dokter Budi Santoso, mengatakan bahwa vaksin itu aman.').map(
        (q) => q[1],
      ),
    ).toEqual(['Budi Santoso']);
  });
});

describe('id a reign’s numeral after its name, then a dot, closes the sentence', () => {
  it('"… Hamengku Buwono X. Sultan berharap …"', () => {
    const text =
      'Hadir pula Gubernur DIY Sri Sultan Hamengku Buwono X. Sultan berharap kampus menjaga lahan.';
    const people = run(text).people ?? [];
    expect(people.map((p) => p.name)).toEqual(['Sri Sultan Hamengku Buwono X']);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Sri Sultan Hamengku Buwono X', 'Sultan']);
  });
  it('negative: a middle initial keeps its dot', () => {
    expect(spans('Dosen itu, Budi S. Santoso, hadir pada Senin.', 'people')).toEqual(['Budi S. Santoso']);
  });
});

describe('id a minister’s short office ("Menkeu") is the long one the body gives ("Menteri Keuangan")', () => {
  const speakerOf = (text: string) => {
    const r = run(text);
    const q = (r.quotes ?? []).find((x) => x.cue?.text === ':');
    return (r.people ?? []).find((p) => p.id === q?.speaker?.entity)?.name ?? null;
  };
  it.each([
    [
      'Menkeu: Defisit APBN Masih Aman\n\nJAKARTA - Menteri Keuangan Sri Mulyani Indrawati menyebut defisit masih aman.',
      'Sri Mulyani Indrawati',
    ],
    [
      'Menlu: Indonesia Tolak Relokasi Warga Gaza\n\nJAKARTA - Menteri Luar Negeri Sugiono menegaskan Indonesia menolak relokasi itu.',
      'Sugiono',
    ],
  ])('%s', (text, name) => {
    expect(speakerOf(text)).toBe(name);
  });
  it('negative: another minister is no holder of the office', () => {
    expect(
      speakerOf(
        'Menkeu: Defisit APBN Masih Aman\n\nJAKARTA - Menteri Perdagangan Budi Santoso menyebut ekspor naik.',
      ),
    ).toBeNull();
  });
});

describe('id "X, sapaan Y": the word before is Y’s nickname, "akrab" or not, everyday word or not', () => {
  it.each([
    ['Nagita Slavina hadir. Gigi, sapaan Nagita, menambahkan bahwa manajemen menyiapkan akademi.', 'Gigi'],
    [
      'Nagita Slavina hadir. Gege, sapaan akrab Nagita, menambahkan bahwa manajemen menyiapkan akademi.',
      'Gege',
    ],
  ])('%s', (text, nick) => {
    const people = run(text).people ?? [];
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toContain(nick);
    expect(quotes(text).map((q) => q[1])).toEqual([nick]);
  });
  it('negative: a word before a comma and another noun is no nickname', () => {
    expect(spans('Gigi, sapu dan sikat dibagikan kepada warga.', 'people')).toEqual([]);
  });
});

describe('id numbers group thousands with a dot: "7.400" is no 7.4', () => {
  it.each([
    ['Sebanyak 1.200 hari kerja hilang akibat pemogokan itu.', '1.200 hari', 'P1200D'],
    ['Proyek itu selesai dalam 2,5 tahun.', '2,5 tahun', 'P2Y6M'],
  ])('%s', (text, span, value) => {
    const r = extract(text, { lang: 'id', date: '2024-09-02' });
    expect((r.dates ?? []).map((d) => [d.text, d.value])).toContainEqual([span, value]);
  });
  it('"level 7.400 pekan ini": the week is the date, no 7,400 weeks', () => {
    const r = extract('IHSG berpeluang menguji level 7.400 pekan ini.', { lang: 'id', date: '2024-09-02' });
    expect((r.dates ?? []).map((d) => [d.text, d.value])).toEqual([['pekan ini', '2024-W36']]);
  });
  it('negative: "selama tiga bulan ini" is a span', () => {
    const r = extract('Selama tiga bulan ini harga terus naik.', { lang: 'id', date: '2024-09-02' });
    expect((r.dates ?? []).map((d) => [d.text, d.value])).toEqual([['tiga bulan', 'P3M']]);
  });
});

describe('id a headline’s body head word and the words after it that the body writes in lower case are a phrase', () => {
  it('"Resmikan Klub Sepak Bola Baru" over "klub sepak bola RANS …"', () => {
    const text =
      'Raffi Ahmad Resmikan Klub Sepak Bola Baru\n\nTANGERANG - Raffi Ahmad meresmikan klub sepak bola Rans Nusantara FC, Kamis.';
    expect(spans(text, 'organizations')).toEqual(['Rans Nusantara FC']);
  });
  it('negative: a party the body names with its capitals stays', () => {
    const text = 'Partai Gerindra Menang di Jawa Barat\n\nBANDUNG - Partai Gerindra menang di 20 daerah.';
    expect(spans(text, 'organizations')).toEqual(['Partai Gerindra', 'Partai Gerindra']);
  });
});

describe('id pollsters and think tanks election and economy news cite are bodies', () => {
  it.each([
    [
      'Direktur Eksekutif Indikator Politik Indonesia Burhanuddin Muhtadi hadir.',
      'Indikator Politik Indonesia',
    ],
    ['Survei Charta Politika Indonesia menunjukkan elektabilitas naik.', 'Charta Politika Indonesia'],
    [
      'Ekonom Institute for Development of Economics and Finance (Indef) Tauhid Ahmad menilai inflasi terkendali.',
      'Institute for Development of Economics and Finance',
    ],
  ])('%s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
  });
  it('negative: the everyday word "indikator" opening a sentence is no body', () => {
    expect(spans('Indikator ekonomi menunjukkan perbaikan pada kuartal ketiga.', 'organizations')).toEqual(
      [],
    );
  });
});

describe('id commuter rail operators are bodies, not people', () => {
  it('"LRT Jabodebek", "KRL Commuter Line"', () => {
    const text = 'Warga beralih ke LRT Jabodebek dan KRL Commuter Line untuk ke Bogor.';
    expect(spans(text, 'organizations')).toEqual(['LRT Jabodebek', 'KRL Commuter Line']);
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id a port’s or a station’s code of three capitals in brackets is the place again', () => {
  it.each([
    ['Jemaah itu tergabung dalam kloter 23 Embarkasi Surabaya (SUB).', 'Embarkasi Surabaya', 'SUB'],
    ['Pesawat mendarat di Bandara Soekarno-Hatta (CGK) pukul 10.00.', 'Bandara Soekarno-Hatta', 'CGK'],
  ])('%s', (text, place, code) => {
    const places = run(text).places ?? [];
    expect(places).toHaveLength(1);
    expect(places[0]!.name).toBe(place);
    expect(places[0]!.mentions.map((m) => m.text)).toEqual([place, code]);
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('negative: a known body’s acronym after a place stays the body', () => {
    expect(spans('Petugas di Bandara Kualanamu (KPK) menangkap pelaku.', 'organizations')).toContain('KPK');
  });
});

describe('id a headline name that ends a longer name of the body, after the same words, is that name', () => {
  it('"Nasib Proyek Ibu Kota Nusantara" over "Ibu Kota Nusantara (IKN)"', () => {
    const text =
      'Menteri PUPR Jelaskan Nasib Proyek Ibu Kota Nusantara\n\nJAKARTA - Menteri Basuki menjelaskan kelanjutan pembangunan Ibu Kota Nusantara (IKN).';
    const places = run(text).places ?? [];
    const ikn = places.find((p) => p.name === 'Ibu Kota Nusantara');
    expect(ikn?.mentions.map((m) => m.text)).toEqual(['Ibu Kota Nusantara', 'Ibu Kota Nusantara', 'IKN']);
    expect(places.map((p) => p.name)).not.toContain('Nusantara');
  });
  it('negative: an office ending in the body name’s first word keeps it ("Wali Kota Bogor")', () => {
    const text =
      'Wali Kota Bogor Resmikan Jalur Sepeda\n\nBOGOR - Kepala Dinas Perhubungan Kota Bogor Marse Hendra mengatakan jalur itu aman.';
    expect(spans(text, 'places')).toContain('Bogor');
  });
});

describe('id format names and commodity exchanges', () => {
  it('"Tanya Jawab:" names no one', () => {
    const text =
      'Tanya Jawab: Menteri PUPR Jelaskan Nasib Proyek IKN\n\nJAKARTA - Menteri Basuki menjelaskan kelanjutan pembangunan IKN.';
    expect(spans(text, 'people')).toEqual(['Basuki']);
  });
  it.each([
    ['Harga emas di bursa Comex, New York, naik 0,3 persen.', 'Comex'],
    ['Minyak mentah di Nymex turun 2 persen.', 'Nymex'],
  ])('%s', (text, org) => {
    expect(spans(text, 'organizations')).toEqual([org]);
    expect(spans(text, 'places').concat(spans(text, 'people'))).not.toContain(org);
  });
});

describe('id a blend of a facility’s name in brackets is its short name ("Bandara Soekarno-Hatta (Soetta)")', () => {
  it('"Soetta" joins the airport', () => {
    const text =
      'Penumpang tiba di Bandara Internasional Soekarno-Hatta (Soetta) pada Senin. Antrean di Soetta mengular.';
    const places = run(text).places ?? [];
    expect(places).toHaveLength(1);
    expect(places[0]!.mentions.map((m) => m.text)).toEqual([
      'Bandara Internasional Soekarno-Hatta',
      'Soetta',
      'Soetta',
    ]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: a name in brackets that the facility’s name does not spell stays a person', () => {
    expect(spans('Petugas di Bandara Juanda (Budi) membantu penumpang.', 'people')).toEqual(['Budi']);
  });
});
