import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The twenty-third session's Indonesian rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

describe('id a headline’s short name, read with the headline’s verb, is the person the body names in full', () => {
  it.each([
    [
      'Menlu Dewi Bertemu Menlu Jepang di Tokyo, Bahas Perdagangan\n\nTOKYO - Menteri Luar Negeri Dewi Anggraini bertemu mitranya. "Kami sepakat," ujar Dewi.',
      'Dewi Anggraini',
      3,
    ],
    [
      'Gubernur Rahmat Tinjau Banjir di Pesisir\n\nSEMARANG - Gubernur Jawa Tengah Rahmat Hidayat meninjau banjir. "Warga harus waspada," kata Rahmat.',
      'Rahmat Hidayat',
      3,
    ],
  ])('%s', (text, name, mentions) => {
    const people = run(text).people ?? [];
    expect(people.map((p) => p.name)).toEqual([name]);
    expect(people[0]!.mentions).toHaveLength(mentions);
  });
  it('negative: a short name the body gives two people keeps apart', () => {
    const text =
      'Budi Bertemu Warga di Balai Desa\n\nBOGOR - Budi Santoso dan Budi Hartono menemui warga. "Kami mendengar," kata Budi Hartono.';
    const names = (run(text).people ?? []).map((p) => p.name);
    expect(names).toContain('Budi Santoso');
    expect(names).toContain('Budi Hartono');
  });
});

describe('id a street named by an everyday phrase keeps its words, not the house number', () => {
  it.each([
    [
      'Polisi menangkap pelaku di Jalan Perintis Kemerdekaan, Kecamatan Tamalanrea.',
      'Jalan Perintis Kemerdekaan',
    ],
    ['Kantor itu berada di Jalan Pahlawan Seribu, Tangerang Selatan.', 'Jalan Pahlawan Seribu'],
    ['Rumah itu berada di Jalan Pegangsaan Timur Nomor 56, Jakarta.', 'Jalan Pegangsaan Timur'],
    ['Kantornya di Jalan Merdeka Barat No 7, Jakarta.', 'Jalan Merdeka Barat'],
  ])('%s', (text, street) => {
    expect(spans(text, 'places')).toContain(street);
  });
  it('negative: a town’s administrative word after the street opens the town', () => {
    expect(spans('Kecelakaan terjadi di Jalan Pemuda Kota Bekasi.', 'places')).toEqual([
      'Jalan Pemuda',
      'Kota Bekasi',
    ]);
  });
  it('negative: a day after the street is no part of it', () => {
    expect(spans('Warga berkumpul di Jalan Pemuda Selasa lalu.', 'places')).toEqual(['Jalan Pemuda']);
  });
});

describe('id a facility’s class after its bracketed short form is no person', () => {
  it.each([
    ['Ia baru bebas dari Lembaga Pemasyarakatan (Lapas) Kelas I Makassar pada tahun lalu.', 'Makassar'],
    ['Tahanan itu dipindahkan ke Rumah Tahanan (Rutan) Kelas IIB Sinjai pekan lalu.', 'Sinjai'],
  ])('%s', (text, town) => {
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).toContain(town);
  });
  it('the holder named after the class and town is the person', () => {
    const text = 'Kepala Lembaga Pemasyarakatan (Lapas) Kelas IIA Cipinang Budi Santoso mengatakan hal itu.';
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
  it('negative: "Kelas" opening a name with no numeral stays read as before', () => {
    expect(spans('Ia berbicara dengan Kelas Wijaya di sekolah.', 'people')).toEqual(['Kelas Wijaya']);
  });
});

describe('id a committee’s task in an everyday word belongs to the office', () => {
  it.each([
    ['Ketua Panitia Lelang Yudhi Mahyudin juga dijerat jaksa.', 'Yudhi Mahyudin', 'Ketua Panitia Lelang'],
    ['Ketua Tim Pemenangan Budi Santoso menjelaskan hal itu.', 'Budi Santoso', 'Ketua Tim Pemenangan'],
    ['Ketua Panitia Seleksi Ratna Dewi menyampaikan hasilnya.', 'Ratna Dewi', 'Ketua Panitia Seleksi'],
  ])('%s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it('negative: a given name after the committee opens the name', () => {
    const text = 'Ketua Tim Indah Lestari hadir dalam rapat itu.';
    expect(spans(text, 'people')).toEqual(['Indah Lestari']);
    expect(titlesOf(text, 'Indah Lestari')).toEqual(['Ketua Tim']);
  });
});

describe('id a company’s one-word short name in a match report is the team’s nickname', () => {
  it('"Garuda Muda" in a match report is no airline', () => {
    const text =
      'Timnas Lolos ke Final\n\nDOHA - Tim nasional menang 2-1 atas Jepang dalam laga semifinal. Gol dicetak pada babak kedua. ' +
      'Pelatih memuji pemain seusai pertandingan. Di final, Garuda Muda akan menghadapi Qatar.';
    expect(spans(text, 'organizations')).not.toContain('Garuda');
  });
  it('negative: the airline in a story of flights', () => {
    const text = 'Maskapai Garuda menambah penerbangan ke Bali pada musim libur.';
    expect(spans(text, 'organizations')).toContain('Garuda');
  });
});

describe('id "Massa" (a crowd) opening a sentence is an everyday word', () => {
  it('Massa berkumpul di depan gedung DPR.', () => {
    expect(spans('Massa berkumpul di depan gedung DPR.', 'people')).toEqual([]);
  });
});

describe('id a day and month after "sejak" (since) is past', () => {
  it.each([
    ['Kelompok itu menahan sandera sejak 20 Mei.', '2023-05-20'],
    ['Harga cabai terus naik sejak 1 April.', '2023-04-01'],
  ])('%s', (text, value) => {
    expect((run(text).dates ?? []).map((d) => d.value)).toEqual([value]);
  });
  it('negative: without "sejak" the nearest such day is meant', () => {
    expect((run('Konser itu digelar pada 20 Mei.').dates ?? []).map((d) => d.value)).toEqual(['2024-05-20']);
  });
});

describe('id a facility or body whose holder is named after it between commas keeps its whole name', () => {
  it.each([
    [
      'Direktur Rumah Sakit Kamal Adwan, Hussam Abu Safiya, ditangkap tentara.',
      'Rumah Sakit Kamal Adwan',
      'Hussam Abu Safiya',
    ],
    [
      'Direktur Rumah Sakit Al-Aqsa Martyrs di Deir al-Balah, Iyad Abu Zaher, mengatakan hal itu.',
      'Rumah Sakit Al-Aqsa Martyrs',
      'Iyad Abu Zaher',
    ],
  ])('%s', (text, facility, person) => {
    expect(spans(text, 'places')).toContain(facility);
    expect(spans(text, 'people')).toEqual([person]);
  });
  it('negative: a holder named right after the facility is the person', () => {
    const text =
      'Kepala Bandara Internasional Minangkabau Budi Setiawan di Padang Pariaman mengatakan hal itu.';
    expect(spans(text, 'people')).toEqual(['Budi Setiawan']);
  });
  it('negative: a date between commas is no holder', () => {
    const text = 'Kepala Stasiun Gambir Budi Santoso, Senin, mengatakan hal itu.';
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
});

describe('id a letter and a number in a bracketed short form stand for that many words of the letter', () => {
  it('"Pencegahan dan Pengendalian Penyakit (P2P)" is the office’s field, no name', () => {
    const text =
      'Direktur Jenderal Pencegahan dan Pengendalian Penyakit (P2P) Kemenkes Maxi Rein Rondonuwu menambahkan keterangan.';
    expect(spans(text, 'people')).toEqual(['Maxi Rein Rondonuwu']);
    expect(spans(text, 'organizations')).not.toContain('P2P');
  });
});

describe('id a known body inside a longer name closes it before the name of its member', () => {
  it('"Fraksi Partai Gerindra Putih Sari": the party, then the person', () => {
    const text = 'Wakil Ketua Komisi IX DPR dari Fraksi Partai Gerindra Putih Sari mempertanyakan hal itu.';
    expect(spans(text, 'people')).toEqual(['Putih Sari']);
    expect(spans(text, 'organizations')).toContain('Partai Gerindra');
  });
  it('negative: a body whose name goes on after the known body keeps it ("Partai Golkar Jawa Barat")', () => {
    expect(spans('Ia bergabung dengan Dewan Pimpinan Daerah Partai Golkar Jawa Barat.', 'people')).toEqual(
      [],
    );
  });
});

describe('id "jalur" (a route) before an unknown name makes it a place, not before an everyday word', () => {
  it('jalur Pantura Demak-Kudus', () => {
    const text = 'Sementara itu, jalur Pantura Demak-Kudus sempat ditutup karena tergenang.';
    expect(spans(text, 'places')).toEqual(['Pantura Demak-Kudus']);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: "Jalur Pendakian" is a phrase', () => {
    expect(spans('Jalur Pendakian itu dibuka kembali pekan ini.', 'places')).toEqual([]);
  });
});

describe('id the matter spoken of ("soal", "terkait") ends an office', () => {
  it('a headline: "Panggil Menkes Soal Lonjakan Kasus DBD, Budi Gunadi: …"', () => {
    const text = 'DPR Panggil Menkes Soal Lonjakan Kasus DBD, Budi Gunadi: Stok Obat Aman';
    expect(titlesOf(text, 'Budi Gunadi')).toEqual([]);
    expect(spans(text, 'organizations')).not.toContain('DBD');
  });
  it('negative: an office with its field stays whole', () => {
    const text = 'Menteri Koordinator Bidang Perekonomian Airlangga Hartarto hadir.';
    expect(titlesOf(text, 'Airlangga Hartarto')).toEqual(['Menteri Koordinator Bidang Perekonomian']);
  });
});

describe('id two full names joined by a hyphen are read as such, no running pair of short names', () => {
  it('"Anies Baswedan-Muhaimin Iskandar" after a headline that names "Muhaimin"', () => {
    const text =
      'Anies dan Muhaimin Hadiri Debat Capres\n\nJAKARTA - Pasangan calon nomor urut 1, Anies Baswedan-Muhaimin Iskandar, menghadiri debat. "Kita ingin hukum adil," ujar Anies.';
    const people = (run(text).people ?? []).map((p) => [p.name, p.mentions.length]);
    expect(people).toEqual([
      ['Anies Baswedan', 3],
      ['Muhaimin Iskandar', 2],
    ]);
  });
  it('negative: two short names joined by a hyphen, each a different person named in full, are those two', () => {
    const text =
      'Ahmad Luthfi dan Taj Yasin Maimoen resmi mendaftar. Pasangan Luthfi-Yasin meraih 58 persen suara.';
    const people = (run(text).people ?? []).map((p) => [p.name, p.mentions.length]);
    expect(people).toEqual([
      ['Ahmad Luthfi', 2],
      ['Taj Yasin Maimoen', 2],
    ]);
  });
});

describe('id a headline’s place cut from the verb is a phrase the body writes in lower case', () => {
  it('"BMKG Prediksi Puncak Musim Hujan Terjadi Januari" over "puncak musim hujan"', () => {
    const text =
      'BMKG Prediksi Puncak Musim Hujan Terjadi Januari\n\nJAKARTA - BMKG memprediksi puncak musim hujan akan terjadi pada Januari.';
    expect(spans(text, 'places')).toEqual(['JAKARTA']);
  });
  it('negative: a stadium the body names stays a place', () => {
    const text =
      'Stadion Manahan Siap Gelar Final\n\nSOLO - Stadion Manahan akan menggelar laga final pekan depan.';
    expect(spans(text, 'places')).toContain('Stadion Manahan');
  });
});

describe('id "atau" and a familiar style before a short name: the other name of the person named in full', () => {
  it('"Saifullah Yusuf atau Gus Ipul … Menurut Gus Ipul"', () => {
    const text =
      'Menteri Sosial Saifullah Yusuf atau Gus Ipul mengatakan hal itu. Menurut Gus Ipul, jumlah itu cukup.';
    const people = (run(text).people ?? []).map((p) => [p.name, p.mentions.length]);
    expect(people).toEqual([['Saifullah Yusuf', 3]]);
  });
  it.each([
    ['Ia memilih Anies Baswedan atau Pak Ganjar dalam survei itu.'],
    ['Ia memilih Anies Baswedan atau Mas Gibran dalam survei itu.'],
  ])('negative: a plain form of address after "atau" names another person: %s', (text) => {
    expect(run(text).people ?? []).toHaveLength(2);
  });
});

describe('id "Rais Aam" and "Rais Syuriyah" are offices of Nahdlatul Ulama, "Amien Rais" a name', () => {
  it.each([
    ['Rais Aam PBNU KH Miftachul Akhyar memberi sambutan.', 'Miftachul Akhyar'],
    ['Rais Syuriyah PWNU Jawa Timur KH Anwar Manshur hadir.', 'Anwar Manshur'],
  ])('%s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
  it('"terpilih kembali sebagai Rais Aam PBNU" names no one', () => {
    expect(spans('Ia terpilih kembali sebagai Rais Aam PBNU.', 'people')).toEqual([]);
  });
  it('negative: Amien Rais', () => {
    expect(spans('Amien Rais mengkritik pemerintah.', 'people')).toEqual(['Amien Rais']);
  });
});

describe('id an acronym closing a run of mixed case makes it a body, no person', () => {
  it.each([
    ['Marquez finis di depan Pedro Acosta dari Red Bull KTM pada lap terakhir.', 'Red Bull KTM'],
    ['Lagu itu dinyanyikan Baby VOX pada 1999.', 'Baby VOX'],
  ])('%s', (text, body) => {
    expect(spans(text, 'organizations')).toContain(body);
    expect(spans(text, 'people')).not.toContain(body);
  });
  it.each([
    ['Ia bertemu Mahfud MD di Jakarta.', 'Mahfud MD'],
    ['Sultan Hamengku Buwono X hadir dalam acara itu.', 'Sultan Hamengku Buwono X'],
  ])('negative: two letters or a Roman numeral end a name: %s', (text, person) => {
    expect(spans(text, 'people')).toEqual([person]);
  });
});

describe('id the Balinese article "I" or "Ni" before a caste or birth-order name opens the name after a body', () => {
  it.each([
    [
      'General Manager PT Taman Wisata Candi Borobudur I Gusti Putu Ngurah Sedana mengatakan hal itu.',
      'I Gusti Putu Ngurah Sedana',
      'PT Taman Wisata Candi Borobudur',
    ],
    [
      'Kepala Dinas Pariwisata Bali Ni Luh Putu Sri Wahyuni hadir.',
      'Ni Luh Putu Sri Wahyuni',
      'Dinas Pariwisata Bali',
    ],
  ])('%s', (text, person, body) => {
    expect(spans(text, 'people')).toEqual([person]);
    expect(spans(text, 'organizations')).toEqual([body]);
  });
  it('negative: a class numeral after a facility stays out of any name', () => {
    expect(spans('Ia ditahan di Lapas Kelas I Denpasar sejak Mei.', 'people')).toEqual([]);
  });
});

describe('id a minister’s field in one or two everyday words before the name ("Menko Pangan", "Wamen Ketenagakerjaan")', () => {
  it.each([
    ['Menko Pangan Zulkifli Hasan menambahkan hal itu.', 'Zulkifli Hasan', 'Menko Pangan'],
    ['Menteri Imigrasi Agus Andrianto hadir dalam rapat.', 'Agus Andrianto', 'Menteri Imigrasi'],
    [
      'Wamen Ketenagakerjaan Immanuel Ebenezer hadir dalam rapat.',
      'Immanuel Ebenezer',
      'Wamen Ketenagakerjaan',
    ],
  ])('%s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it('negative: a given name after "Menteri" opens the name', () => {
    expect(spans('Menteri Budi Arie Setiadi hadir dalam rapat.', 'people')).toEqual(['Budi Arie Setiadi']);
  });
});

describe('id a military unit’s name after its number and slash is no person', () => {
  it.each([
    ['Danrem 121/Alambhana Wanatama Brigjen TNI Yudhi Prasetiyo menyatakan hal itu.', 'Yudhi Prasetiyo'],
    ['Pangdam XIV/Hasanuddin Mayjen TNI Bobby Rinal Makmun hadir dalam upacara.', 'Bobby Rinal Makmun'],
  ])('%s', (text, person) => {
    expect(spans(text, 'people')).toEqual([person]);
  });
  it('negative: a name after a number and a slash elsewhere is read as before', () => {
    expect(spans('Hasil undian 2/Budi Santoso hadir.', 'people')).toEqual(['Budi Santoso']);
  });
});

describe('id "Agong" (the Malaysian king’s office) is a title', () => {
  it('Yang di-Pertuan Agong Sultan Ibrahim', () => {
    const text = 'Prabowo bertemu Yang di-Pertuan Agong Sultan Ibrahim di Kuala Lumpur.';
    expect(spans(text, 'people')).toContain('Sultan Ibrahim');
    expect(titlesOf(text, 'Sultan Ibrahim')).toEqual(['Agong']);
  });
});

describe('id a place inside a short quoted title of a work is a word of the title', () => {
  it('"KKN di Desa Penari"', () => {
    const text = 'Film itu berada di bawah "KKN di Desa Penari" yang meraih 10 juta penonton.';
    expect(spans(text, 'places')).toEqual([]);
  });
  it.each([
    ['Ia tinggal di Desa Penari sejak kecil.', 'Desa Penari'],
    ['"Kami tinggal di Desa Sukamaju," kata Budi.', 'Desa Sukamaju'],
  ])('negative: a place outside a title, or inside a quoted sentence: %s', (text, place) => {
    expect(spans(text, 'places')).toEqual([place]);
  });
});

describe('id a known body inside a run read as a name, then a given name, ends the office', () => {
  it('"Vice President of Worldwide Developer Relations Apple Susan Prescott"', () => {
    const text =
      'Vice President of Worldwide Developer Relations Apple Susan Prescott mengatakan, akademi itu besar.';
    expect(spans(text, 'people')).toEqual(['Susan Prescott']);
    expect(spans(text, 'organizations')).toEqual(['Apple']);
  });
  it('negative: a name with no body inside stays whole', () => {
    expect(spans('Susan Prescott Williams mengatakan hal itu.', 'people')).toEqual([
      'Susan Prescott Williams',
    ]);
  });
});

describe('id a headline that attributes with a colon reports what follows it', () => {
  const quotes = (text: string) =>
    (run(text).quotes ?? []).map((q) => [q.type, q.speaker?.name ?? null, q.cue?.text ?? null, q.text]);
  it('"Prabowo: …" over a body that names Prabowo Subianto', () => {
    const text =
      'Prabowo: Swasembada Pangan Harus Tercapai dalam Empat Tahun\n\nJAKARTA - Presiden Prabowo Subianto menegaskan target itu.';
    expect(quotes(text)[0]).toEqual([
      'indirect',
      'Prabowo',
      ':',
      'Swasembada Pangan Harus Tercapai dalam Empat Tahun',
    ]);
    const r = run(text);
    const person = (r.people ?? []).find((p) => p.id === r.quotes?.[0]?.speaker?.entity);
    expect(person?.name).toBe('Prabowo Subianto');
  });
  it('an office as the label', () => {
    const text =
      'Kapolri: Tidak Ada Toleransi bagi Anggota yang Terlibat\n\nJAKARTA - Kapolri menegaskan hal itu.';
    expect(quotes(text).map((q) => q[2])).toContain(':');
  });
  it.each([
    ['Baca Juga: Harga Beras Naik Lagi di Pasar\n\nJAKARTA - Harga beras naik.'],
    ['Prabowo: Swasembada Pangan Harus Tercapai dalam Empat Tahun'],
    ['Catatan Redaksi: Kami Memperbaiki Judul Berita Ini\n\nJAKARTA - Judul diperbaiki.'],
  ])('negative: a label naming no speaker, or no body after the line: %s', (text) => {
    expect(quotes(text).filter((q) => q[2] === ':')).toEqual([]);
  });
});

describe('id capitals in brackets that spell a person’s initials are the person’s short name', () => {
  it('"Syahrul Yasin Limpo (SYL) … SYL membantah"', () => {
    const text = 'Ia memeras mantan Menteri Pertanian Syahrul Yasin Limpo (SYL). SYL membantah tuduhan itu.';
    const r = run(text);
    expect((r.people ?? []).map((p) => [p.name, p.mentions.length])).toEqual([['Syahrul Yasin Limpo', 3]]);
    expect(r.organizations ?? []).toEqual([]);
  });
  it('negative: a body’s acronym after its long form stays the body', () => {
    expect(spans('Ketua Umum Partai Kebangkitan Bangsa (PKB) hadir.', 'organizations')).toEqual([
      'Partai Kebangkitan Bangsa',
      'PKB',
    ]);
  });
  it('negative: capitals that do not spell the name stay a body', () => {
    expect(spans('Ia bertemu Budi Santoso Wijaya (KPK) kemarin.', 'people')).toEqual(['Budi Santoso Wijaya']);
  });
});

describe('id a headline label that only holds a name is no speaker', () => {
  it('"Harga Emas Antam: …"', () => {
    const text =
      'Harga Emas Antam: Naik Rp 15.000 per Gram Hari Ini\n\nJAKARTA - Harga emas PT Aneka Tambang Tbk (Antam) naik.';
    expect((run(text).quotes ?? []).filter((q) => q.cue?.text === ':')).toEqual([]);
  });
});

describe('id an initial after the place that closes a body opens the holder’s name', () => {
  it.each([
    [
      'Kepala Dinas Perhubungan Jawa Barat A Koswara menyebut bus itu tidak berizin.',
      'A Koswara',
      'Dinas Perhubungan Jawa Barat',
    ],
    [
      'Kepala Dinas Kesehatan Kota Bandung M Anhar Hadian mengatakan hal itu.',
      'M Anhar Hadian',
      'Dinas Kesehatan Kota Bandung',
    ],
  ])('%s', (text, person, body) => {
    expect(spans(text, 'people')).toEqual([person]);
    expect(spans(text, 'organizations')).toEqual([body]);
  });
});

describe('id an office as a headline’s label speaks for its holder named in the body', () => {
  it('"Kapolri: …" over "Kapolri Jenderal Listyo Sigit Prabowo"', () => {
    const text =
      'Kapolri: Tidak Ada Toleransi bagi Anggota yang Terlibat Narkoba\n\nJAKARTA - Kapolri Jenderal Listyo Sigit Prabowo menegaskan sikap itu.';
    const r = run(text);
    const q = (r.quotes ?? []).find((x) => x.cue?.text === ':');
    const person = (r.people ?? []).find((p) => p.id === q?.speaker?.entity);
    expect(person?.name).toBe('Listyo Sigit Prabowo');
  });
  it('negative: two holders of the office in the body leave the label unresolved', () => {
    const text =
      'Gubernur: Banjir Harus Ditangani Bersama\n\nJAKARTA - Gubernur Budi Santoso dan Gubernur Andi Wijaya bertemu di Jakarta.';
    const q = (run(text).quotes ?? []).find((x) => x.cue?.text === ':');
    expect(q).toBeDefined();
    expect(q?.speaker?.entity ?? null).toBeNull();
  });
});

describe('id "Ibu Kota" (the capital) is no honorific and no city of its own', () => {
  it.each([
    [
      'Presiden meninjau Ibu Kota Nusantara (IKN) di Kalimantan Timur.',
      ['Ibu Kota Nusantara', 'IKN', 'Kalimantan Timur'],
    ],
    [
      'Tanjung Selor adalah Ibu Kota Provinsi Kalimantan Utara.',
      ['Tanjung Selor', 'Provinsi Kalimantan Utara'],
    ],
    ['Samarinda adalah Ibu Kota Kalimantan Timur.', ['Samarinda', 'Kalimantan Timur']],
  ])('%s', (text, places) => {
    expect(spans(text, 'places')).toEqual(places);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: "Wali Kota" stays an office', () => {
    expect(spans('Wali Kota Bogor Bima Arya hadir.', 'people')).toEqual(['Bima Arya']);
  });
});
