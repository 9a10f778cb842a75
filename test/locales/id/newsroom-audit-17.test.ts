import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The twenty-sixth session's Indonesian rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);

const placeNames = (text: string) => (run(text).places ?? []).map((p) => p.name);

describe('id a description that points back by its role stands for the holder of that role', () => {
  it('"…,” ujar pelatih asal Belanda itu": the coach, not the player named last', () => {
    const text =
      'Pelatih Persib Bandung Marco Vermeulen memuji timnya. Gol kemenangan dicetak lewat sundulan Andi Saputra pada menit ke-80.\n\n"Saya bangga dengan para pemain," ujar pelatih asal Belanda itu seusai laga.';
    expect(speakers(text)).toEqual(['Marco Vermeulen']);
  });
  it('"kata mantan menteri itu": a former office points to its holder too', () => {
    const text =
      'Mantan Menteri Pertanian Slamet Riyadi hadir di acara panen raya. Acara dibuka Bupati Klaten Ratna Dewi.\n\n"Petani harus dibantu," kata mantan menteri itu.';
    expect(speakers(text)).toEqual(['Slamet Riyadi']);
  });
  it('negative: the last speaker goes on speaking, whoever else holds the role', () => {
    const text =
      'Pebalap Gresini Racing Marco Rinaldi menang di Mandalika. Luca Bertelli mengakui Rinaldi tampil lebih konsisten. Pebalap asal Italia itu mengaku bangga meski kalah.';
    expect(speakers(text)).toEqual(['Luca Bertelli', 'Luca Bertelli']);
  });
  it('negative: a description no one holds as a title stays with the nearest person', () => {
    const text =
      'Gol kemenangan dicetak lewat sundulan Andi Saputra pada menit ke-80.\n\n"Saya senang bisa mencetak gol," ujar pemain asal Bandung itu.';
    expect(speakers(text)).toEqual(['Andi Saputra']);
  });
});

describe("id who lived through the same thing is the next sentence's topic", () => {
  it.each([
    'Hal serupa dialami Ujang Wiguna, pedagang bakso di Jalan Merdeka. Ia mengatakan omzetnya turun separuh.',
    'Keluhan yang sama dirasakan Ujang Wiguna, pedagang bakso di Jalan Merdeka. Ia mengatakan omzetnya turun separuh.',
    'Hal senada juga diungkapkan Ujang Wiguna, pedagang bakso. Menurut dia, omzetnya turun separuh.',
  ])('%s', (tail) => {
    const text = `"Airnya keruh sekali," kata Neneng Suryani, warga setempat. ${tail}`;
    expect(speakers(text)).toEqual(['Neneng Suryani', 'Ujang Wiguna']);
  });
  it('negative: a person named after another verb is no topic', () => {
    const text =
      '"Airnya keruh sekali," kata Neneng Suryani, warga setempat. Ia juga bertemu Ujang Wiguna di pasar. Ia mengatakan airnya berbau sejak pekan lalu.';
    expect(speakers(text)).toEqual(['Neneng Suryani', 'Neneng Suryani']);
  });
});

describe("id an office's holder whose words a dictionary holds, named alone as a speaker later", () => {
  it('"Direktur Utama Perumda X Kota Bandung Sonny Salimi menjelaskan, … ucap Sonny"', () => {
    const text =
      'Direktur Utama Perumda Tirta Kencana Kota Bandung Sonny Salimi menjelaskan, air keruh karena lumpur. "Kami bekerja maksimal," ucap Sonny.';
    expect(titlesOf(text, 'Sonny Salimi')).toEqual(['Direktur Utama Perumda Tirta Kencana Kota Bandung']);
    expect(speakers(text)).toEqual(['Sonny Salimi', 'Sonny']);
  });
  it("negative: the office's words alone, no one named by them later, are no person", () => {
    const text =
      'Direktur Utama Perumda Tirta Kencana Kota Bandung Sonny Salimi menjelaskan, air keruh karena lumpur.';
    expect(run(text).people).toEqual([]);
  });
});

describe('id the everyday short names of regencies and cities', () => {
  it.each([
    ['Banjir merendam enam desa di Sidrap sejak Minggu.', 'Kabupaten Sidenreng Rappang'],
    ['Harga karet di Kukar turun sepekan terakhir.', 'Kabupaten Kutai Kartanegara'],
    ['Warga Tangsel mengeluhkan kemacetan.', 'Tangerang Selatan'],
    ['Petani di Lotim mulai menanam padi.', 'Kabupaten Lombok Timur'],
  ])('%s', (text, place) => {
    expect(placeNames(text)).toEqual([place]);
  });
  it('negative: the lower-case word is no place', () => {
    expect(placeNames('Harga beras di pasar itu mura sekali.')).toEqual([]);
  });
});

describe("id a commander's unit by its number and name, without the slash, belongs to the office", () => {
  it.each([
    [
      'Pangdam XIV Hasanuddin Mayjen TNI Budi Hartono meninjau lokasi banjir.',
      'Budi Hartono',
      ['Pangdam XIV Hasanuddin', 'Mayjen TNI'],
    ],
    [
      'Danrem 141 Toddopuli Brigjen TNI Agus Salim hadir di lokasi.',
      'Agus Salim',
      ['Danrem 141 Toddopuli', 'Brigjen TNI'],
    ],
    [
      'Dandim 0501 Jakarta Pusat Kolonel Inf Joko Hadi memimpin apel.',
      'Joko Hadi',
      ['Dandim 0501 Jakarta Pusat', 'Kolonel Inf'],
    ],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it('the unit names no body, nor its number; a place it is named by stays a place', () => {
    const text =
      'Pangdam XIV Hasanuddin didampingi Bupati Maros. Dandim 0501 Jakarta Pusat Kolonel Inf Joko Hadi memimpin apel.';
    expect(spans(text, 'organizations')).toEqual([]);
    expect(run(text).people?.map((p) => p.name)).toEqual(['Joko Hadi']);
    expect(spans(text, 'places')).toEqual(['Maros', 'Jakarta Pusat']);
  });
  it('negative: the headline verb after the unit is no part of it', () => {
    const text =
      'Pangdam XIV Hasanuddin Tinjau Lokasi Banjir\n\nPangdam XIV Hasanuddin Mayjen TNI Budi Hartono meninjau lokasi.';
    expect(titlesOf(text, 'Budi Hartono')).toEqual(['Pangdam XIV Hasanuddin', 'Mayjen TNI']);
    expect(spans(text, 'organizations')).toEqual(['TNI']);
  });
});

describe('id a title-case headline', () => {
  it('"Timnas Tahan Imbang …": "Tahan" is the headline\'s verb, no word of the team\'s name', () => {
    const text =
      'Pelatih Puji Usai Timnas Tahan Imbang Oman\n\nJAKARTA - Timnas Indonesia menahan imbang Oman 1-1 di Stadion Utama Gelora Bung Karno.';
    expect(spans(text, 'organizations')).not.toContain('Timnas Tahan');
  });
  it('"Kluivert Puji …" over "Patrick Kluivert": the surname alone opens the headline\'s name', () => {
    const text =
      'Vermeulen Puji Mental Pemain Muda\n\nJAKARTA - Pelatih Persib Marco Vermeulen memuji mental para pemain mudanya.';
    const r = run(text);
    expect(r.people?.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Marco Vermeulen', ['Vermeulen', 'Marco Vermeulen']],
    ]);
  });
  it('negative: a surname two people share opens no one', () => {
    const text =
      'Vermeulen Puji Mental Pemain Muda\n\nJAKARTA - Pelatih Persib Marco Vermeulen memuji mental para pemain, termasuk bek Rudi Vermeulen.';
    expect(run(text).people?.map((p) => p.name)).toContain('Vermeulen Puji');
  });
});

describe("id a body's head word before the short form of its long name is the same body", () => {
  it('"Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) … Dinas PUPR"', () => {
    const text =
      'Jaksa memeriksa mantan Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Bogor. Penyidik menggeledah kantor Dinas PUPR pekan lalu.';
    const orgs = run(text).organizations ?? [];
    expect(orgs.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      [
        'Dinas Pekerjaan Umum dan Penataan Ruang',
        ['Dinas Pekerjaan Umum dan Penataan Ruang', 'PUPR', 'Dinas PUPR'],
      ],
    ]);
  });
  it("negative: another body's short form after the same head word is another body", () => {
    const text =
      'Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Bogor hadir. Kantor Dinas ESDM juga digeledah.';
    expect((run(text).organizations ?? []).map((o) => o.name)).toEqual([
      'Dinas Pekerjaan Umum dan Penataan Ruang',
      'Dinas ESDM',
    ]);
  });
});

describe('id a dateline that names its medium, then a dash', () => {
  it('"Jakarta, CNBC Indonesia - Harga …": the story\'s first word is no name', () => {
    const text =
      'Harga Emas Naik Lagi\n\nJakarta, CNBC Indonesia - Harga emas batangan kembali mencetak rekor pada perdagangan Jumat.';
    expect(run(text).people).toEqual([]);
    expect(spans(text, 'organizations')).toEqual(['CNBC Indonesia']);
  });
  it('negative: a spaced dash inside a name mid-sentence still joins it', () => {
    const text = 'Ia bermain untuk Paris Saint - Germain sejak 2020.';
    expect(spans(text, 'organizations')).toEqual(['Paris Saint - Germain']);
  });
});

describe('id a district or urban ward the gazetteer holds, named without a cue', () => {
  it.each([
    ['Banjir rob merendam Pluit sejak Minggu pagi.', 'Pluit'],
    ['Bus melayani rute Kampung Melayu–Cawang setiap hari.', 'Cawang'],
  ])('%s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(run(text).people).toEqual([]);
  });
  it.each([
    // a speech verb makes the word a speaker's name
    ['"Airnya sudah surut," kata Cawang kepada wartawan.', 'Cawang'],
    // a list after a person's name
    ['Hidayat dan Airlangga mundur dari pencalonan.', 'Airlangga'],
  ])('negative: %s', (text, name) => {
    expect(run(text).people?.map((p) => p.name)).toContain(name);
  });
});

describe("id an office's field in English words before the body's short form", () => {
  it.each([
    ['General Manager Corporate Secretary KCIC Eva Lestari mengatakan okupansi naik.', 'KCIC', 'Eva Lestari'],
    ['VP Lending OVO Natasha Putri mengatakan pinjaman tumbuh.', 'OVO', 'Natasha Putri'],
    ['Vice President Commercial LOKET Ario Wibowo mengatakan penjualan naik.', 'LOKET', 'Ario Wibowo'],
  ])('%s', (text, body, name) => {
    expect(spans(text, 'organizations')).toEqual([body]);
    expect(run(text).people?.map((p) => p.name)).toEqual([name]);
  });
  it("negative: field words in Indonesian before the short form stay the unit's name", () => {
    const text = 'Kepala Pusat Data BNPB Abdul Muhari mengatakan hujan masih turun.';
    expect(spans(text, 'organizations')).toEqual(['BNPB']);
  });
});

describe("id a body's head word that ends a run without its own name opens another body", () => {
  it.each([
    ['Ia mahasiswi Departemen Matematika Fakultas MIPA UGM angkatan 2023.', 'Departemen Matematika'],
    [
      'Data dari Pusat Studi Kepemiluan Universitas Sam Ratulangi menunjukkan partisipasi turun.',
      'Pusat Studi Kepemiluan',
    ],
  ])('%s', (text, body) => {
    expect(spans(text, 'organizations')).toContain(body);
    expect(spans(text, 'organizations').some((o) => /(Fakultas|Universitas)$/u.test(o))).toBe(false);
  });
  it('negative: a head word inside a known name stays ("Pengadilan Negeri Jakarta Pusat")', () => {
    const text = 'Sidang digelar di Pengadilan Negeri Jakarta Pusat pada Senin.';
    expect(spans(text, 'organizations')).toEqual(['Pengadilan Negeri Jakarta Pusat']);
  });
});

describe('id forms of address in lower case', () => {
  it('"adik Raffi, Syahnaz Sadiqah": a kin word before a name and another name set off by commas is no title', () => {
    const text = 'Pesta itu dihadiri keluarga dekat, termasuk adik Rangga, Sinta Maharani.';
    expect(titlesOf(text, 'Rangga')).toEqual([]);
    expect(run(text).people?.map((p) => p.name)).toEqual(['Rangga', 'Sinta Maharani']);
  });
  it('negative: a form of address before one name stays its title', () => {
    expect(titlesOf('Pesta itu dihadiri bu Sinta dan keluarganya.', 'Sinta')).toEqual(['bu']);
  });
  it.each([
    ['Anak-anak berfoto bersama kak Seto di taman kota.', 'Seto'],
    ['Ia belajar mengaji dari mas Boston sejak kecil.', 'Boston'],
  ])('"%s": a town\'s one word after a form of address is a name', (text, name) => {
    expect(run(text).people?.map((p) => p.name)).toEqual([name]);
    expect(spans(text, 'places')).not.toContain(name);
  });
  it.each([
    'Ia belajar mengaji di Boston sejak kecil.',
    'Ia belajar mengaji dari mas Ahmad di Boston sejak kecil.',
  ])('negative: "%s": the town stays a place', (text) => {
    expect(spans(text, 'places')).toEqual(['Boston']);
  });
});

describe('id a short form that spells the person a facility is named after', () => {
  it('"Tol Layang Mohamed bin Zayed (MBZ)": the toll road again, no body', () => {
    const text = 'Terdakwa kasus korupsi proyek Tol Layang Mohamed bin Zayed (MBZ) dituntut 12 tahun.';
    const places = run(text).places ?? [];
    expect(places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Tol Layang Mohamed bin Zayed', ['Tol Layang Mohamed bin Zayed', 'MBZ']],
    ]);
    expect(run(text).organizations).toEqual([]);
  });
  it('negative: letters that spell no last words of the name stay apart', () => {
    const text = 'Proyek Tol Layang Mohamed bin Zayed (JJC) dikerjakan sejak 2017.';
    expect(spans(text, 'places')).toEqual(['Tol Layang Mohamed bin Zayed']);
  });
});

describe('id an office held "dari" a faction, the holder speaks', () => {
  it('"Anggota Komisi I dari Fraksi PKS Sukamta menilai …": Sukamta, not the numeral', () => {
    const text = 'Anggota Komisi I dari Fraksi PKS Sukamta menilai sejumlah pasal membatasi kebebasan pers.';
    expect(speakers(text)).toEqual(['Sukamta']);
  });
  it('negative: a person before "dari" a party is the subject', () => {
    const text = 'Budi Santoso dari Partai Golkar mengatakan sejumlah pasal membatasi kebebasan pers.';
    expect(speakers(text)).toEqual(['Budi Santoso']);
  });
});

describe("id initials set off by commas after a person's noun", () => {
  it('"Seorang bocah berusia tujuh tahun, AF, ditemukan …": a person, and so is every later AF', () => {
    const text =
      'Seorang bocah berusia tujuh tahun, AF, ditemukan meninggal di sungai. Ayahnya mengira AF sedang bermain di rumah tetangga.';
    const people = run(text).people ?? [];
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['AF', 2]]);
    expect(run(text).organizations).toEqual([]);
  });
  it("negative: a body's short form after a noun of kind stays a body", () => {
    const text = 'Sebuah lembaga pemantau, ICW, merilis catatan tahunan.';
    expect(run(text).people).toEqual([]);
    expect(spans(text, 'organizations')).toEqual(['ICW']);
  });
});

describe('id a noun of a kind of body, described by everyday words, before an unknown name', () => {
  it.each([
    ['Platform edukasi daring Zenora kembali beroperasi setelah diakuisisi.', 'Zenora'],
    ['Kemarin perusahaan teknologi finansial Dananesia mencatat laba.', 'Dananesia'],
  ])('%s', (text, body) => {
    expect(spans(text, 'organizations')).toEqual([body]);
    expect(run(text).people).toEqual([]);
  });
  it.each([
    'Shamrock Holdings merupakan perusahaan milik miliarder Roy Disney.',
    'Informasi itu tersebar dalam grup - grup percakapan Kapopers.',
  ])('negative: %s', (text) => {
    expect(spans(text, 'organizations')).not.toContain('Roy Disney');
    expect(spans(text, 'organizations')).not.toContain('Kapopers');
  });
});

describe('id an office of a body "yang baru", its holder named after the comma', () => {
  it('"CEO Zenora yang baru, Michelle Tan, mengatakan …"', () => {
    const text = 'CEO Zenora yang baru, Michelle Tan, mengatakan perusahaan akan fokus pada siswa SMA.';
    expect(titlesOf(text, 'Michelle Tan')).toEqual(['CEO Zenora']);
    expect(spans(text, 'organizations')).toEqual(['Zenora']);
  });
  it('"Pendiri Zenora, Sabda PS, …": initials close the holder\'s name', () => {
    const text = 'Pendiri Zenora, Sabda PS, kini menjabat sebagai penasihat.';
    expect(spans(text, 'organizations')).toEqual(['Zenora']);
    expect(run(text).people?.some((p) => p.name === 'Zenora')).toBe(false);
  });
  it("negative: a regnal numeral after a cup's name closes no one's name", () => {
    const text = 'Ia menjuarai Piala Bang Yos II, Piala Bang Yos III, dan Piala Bang Yos IV.';
    expect(run(text).people?.map((p) => p.name) ?? []).not.toContain('Piala');
  });
});

describe('id running mates after a ballot number and "adalah"', () => {
  it('"nomor urut 1 adalah X Y-Z, … nomor urut 2 adalah A-B C": four people', () => {
    const text =
      'Pasangan nomor urut 1 adalah Eko Prasetyo-Armuji, sedangkan nomor urut 2 adalah Rasiyo-Lucy Kurniawati.';
    expect(run(text).people?.map((p) => p.name)).toEqual([
      'Eko Prasetyo',
      'Armuji',
      'Rasiyo',
      'Lucy Kurniawati',
    ]);
  });
  it('negative: a hyphenated given name after another cue stays one person', () => {
    const text = 'Penyanyi Jean-Pierre Dupont tampil di Jakarta, nomor urut 2 adalah lagu barunya.';
    expect(run(text).people?.map((p) => p.name)).toEqual(['Jean-Pierre Dupont']);
  });
});

describe('id "memastikan" a state: more words of a state', () => {
  it.each([
    [
      'Kepala BPKH Fadlan Hakim memastikan dana kelolaan lembaganya mencukupi untuk menutup selisih biaya.',
      'Fadlan Hakim',
    ],
    ['Kapolres Garut AKBP Budi Santoso memastikan situasi di kedua desa kini kondusif.', 'Budi Santoso'],
    ['Direktur Utama Bulog Rizal Ramdhani memastikan harga beras di pasar tetap stabil.', 'Rizal Ramdhani'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
  it('negative: seeing to a task stays no quote', () => {
    expect(
      speakers('Petugas gabungan memastikan protokol kesehatan dijalankan di setiap pintu masuk.'),
    ).toEqual([]);
  });
});

describe("id an office's unit in everyday words, then a place its head word opens, then the holder after a comma", () => {
  it('"Kepala Pos Pengamatan Gunung Marapi, Ahmad Rifandi, mengatakan …"', () => {
    const text =
      'Kepala Pos Pengamatan Gunung Marapi, Ahmad Rifandi, mengatakan hujan deras memicu lahar dingin.';
    expect(titlesOf(text, 'Ahmad Rifandi')).toEqual(['Kepala Pos Pengamatan Gunung Marapi']);
    expect(spans(text, 'places')).toEqual(['Gunung Marapi']);
  });
  it('negative: without a holder after the comma the office names no one', () => {
    const text = 'Kepala Pos Pengamatan Gunung Marapi mengimbau warga menjauh dari sungai.';
    expect(run(text).people).toEqual([]);
    expect(spans(text, 'places')).toEqual(['Gunung Marapi']);
  });
});

describe("id after an office's bracketed short form, the short form of the body its unit belongs to", () => {
  it('"Ekonom Lembaga … (LPEM) UI Yusuf Rendy Manilet menilai …": UI is the office\'s, no word of the name', () => {
    const text =
      'Ekonom Lembaga Penyelidikan Ekonomi dan Masyarakat (LPEM) UI Yusuf Rendy Manilet menilai target itu sulit tercapai.';
    expect(run(text).people?.map((p) => p.name)).toEqual(['Yusuf Rendy Manilet']);
    expect(spans(text, 'organizations')).toContain('UI');
  });
  it("negative: a place's short form there stays the region", () => {
    const text = 'Kepala Dinas Pendidikan (Disdik) DKI Jakarta Purwosusilo mengatakan sekolah tetap dibuka.';
    expect(spans(text, 'places')).toEqual(['DKI Jakarta']);
    expect(run(text).people?.map((p) => p.name)).toEqual(['Purwosusilo']);
  });
});

describe('id an English event whose short form spells the words up to its event word', () => {
  it('"International Mathematics Competition for University Students (IMC)": no body in it', () => {
    const text =
      'Ia meraih medali emas dalam International Mathematics Competition for University Students (IMC) 2026 di Bulgaria.';
    expect(run(text).organizations).toEqual([]);
    expect(spans(text, 'places')).toEqual(['Bulgaria']);
  });
  it("negative: an English body's long form stays one body", () => {
    const text =
      'Peneliti Institute for Development of Economics and Finance (Indef) Esther Sri Astuti menilai inflasi.';
    expect(spans(text, 'organizations')).toEqual([
      'Institute for Development of Economics and Finance',
      'Indef',
    ]);
  });
});

describe("id a common noun's short form after a person's cue is no one's initials", () => {
  it.each([
    'Platform itu kini melayani 12.000 pelaku UMKM di 80 kota.',
    'Ribuan korban PHK menuntut pesangon kepada perusahaan.',
  ])('%s', (text) => {
    expect(run(text).people).toEqual([]);
  });
  it.each([
    ['Polisi menangkap pelaku AS di rumahnya.', 'AS'],
    ['Petugas keamanan bandara berinisial OS ikut diperiksa.', 'OS'],
  ])('negative: "%s": initials after the cue stay a person', (text, name) => {
    expect(run(text).people?.map((p) => p.name)).toEqual([name]);
  });
});
