import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The twenty-seventh session's Indonesian rules: errors found reading our own articles. Every sentence here was
// written for these tests.

const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);
const peopleNames = (text: string) => (run(text).people ?? []).map((p) => p.name);

describe("id the pilgrimage named as a field inside a body's name is no honorific", () => {
  it.each([
    [
      'Asosiasi Penyelenggara Haji dan Umrah Nusantara mencatat 60.000 jemaah berangkat tahun lalu.',
      'Asosiasi Penyelenggara Haji dan Umrah Nusantara',
    ],
    [
      'Forum Penyelenggara Haji Umrah Jawa Barat menggelar rapat di Bandung.',
      'Forum Penyelenggara Haji Umrah Jawa Barat',
    ],
  ])('%s', (text, body) => {
    expect(spans(text, 'organizations')).toEqual([body]);
    expect(run(text).people).toEqual([]);
  });
  it('negative: "Haji" before a name after a body is the holder\'s honorific', () => {
    const text = 'Ketua Asosiasi Penyelenggara Haji Ahmad Fauzi mengatakan jemaah aman.';
    expect(peopleNames(text)).toEqual(['Ahmad Fauzi']);
  });
});

describe('id the facility a company runs, named after the company, is a place apart', () => {
  it('"General Manager PT Angkasa Pura Indonesia Bandara Sultan Hasanuddin, Minggus Gandeguai, …"', () => {
    const text =
      'Sementara itu, General Manager PT Angkasa Pura Indonesia Bandara Sultan Hasanuddin, Minggus Gandeguai, memastikan kesiapan terminal.';
    expect(spans(text, 'organizations')).toEqual(['PT Angkasa Pura Indonesia']);
    expect(spans(text, 'places')).toEqual(['Bandara Sultan Hasanuddin']);
    expect(peopleNames(text)).toEqual(['Minggus Gandeguai']);
    expect(titlesOf(text, 'Minggus Gandeguai')).toEqual([
      'General Manager PT Angkasa Pura Indonesia Bandara Sultan Hasanuddin',
    ]);
  });
  it.each([
    ['Direktur PT Taman Wisata Candi Borobudur mengatakan itu.', 'PT Taman Wisata Candi Borobudur'],
    ['Proyek itu digarap PT Pelabuhan Indonesia di Makassar.', 'PT Pelabuhan Indonesia'],
    ['Kamar disediakan PT Hotel Indonesia Natour di Jakarta.', 'PT Hotel Indonesia Natour'],
  ])('negative: "%s": head words inside a company\'s own name stay in it', (text, body) => {
    expect(spans(text, 'organizations')).toEqual([body]);
  });
});

describe('id a list of running pairs', () => {
  it('"ialah A-B, C-D, serta E-F": each pair after the first is cued by the list, one-word names too', () => {
    const text =
      'Ketiga pasangan tersebut ialah Rico Wibisono-Zaki Harahap, Ridha Permana-Abdul Rani, serta Hidayatullah-Yasir Ridho Lubis.';
    expect(peopleNames(text)).toEqual([
      'Rico Wibisono',
      'Zaki Harahap',
      'Ridha Permana',
      'Abdul Rani',
      'Hidayatullah',
      'Yasir Ridho Lubis',
    ]);
  });
  it('"Pasangan Hidayatullah-Yasir" later: a one-word name beside a full name the document holds', () => {
    const text =
      'Pasangan itu ialah Hidayatullah-Yasir Ridho Lubis. Pasangan Hidayatullah-Yasir mendapat nomor urut 3.';
    const people = run(text).people ?? [];
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Hidayatullah', 2],
      ['Yasir Ridho Lubis', 2],
    ]);
  });
  it('negative: hyphenated given names in a list are one person each', () => {
    const text = 'Ia bertemu Jean-Pierre Dupont, Marie-Claire Adam dan Chang Ho-jin di Paris.';
    expect(peopleNames(text)).toEqual(['Jean-Pierre Dupont', 'Marie-Claire Adam', 'Chang Ho-jin']);
  });
  it('negative: a one-word name alone joins no pair of two one-word names', () => {
    const text = 'Hidayatullah datang lebih awal. Pasangan Hidayatullah-Yasir mendapat nomor urut 3.';
    expect(peopleNames(text)).not.toContain('Yasir');
  });
});

describe('id a medical specialist degree after a name', () => {
  it.each(['SpA', 'SpOG', 'SpKK', 'SpJP'])(
    '"dr Retno Widiastuti, %s, …": the degree names no one',
    (degree) => {
      const text = `Dokter spesialis, dr Retno Widiastuti, ${degree}, mengingatkan orangtua.`;
      expect(peopleNames(text)).toEqual(['Retno Widiastuti']);
    },
  );
  it('negative: a capitalized name after a comma is still a person', () => {
    const text = 'Dokter spesialis, dr Retno Widiastuti, Sari Dewi, dan Budi Santoso hadir.';
    expect(peopleNames(text)).toContain('Sari Dewi');
  });
});

describe('id an outlet named after "media" and whose media they are', () => {
  it.each([
    ['Media Israel, Haaretz, melaporkan kabinet akan bersidang.', 'Haaretz'],
    ['Media lokal Yedioth Ahronoth melaporkan kabinet akan bersidang.', 'Yedioth Ahronoth'],
  ])('%s', (text, outlet) => {
    expect(spans(text, 'organizations')).toEqual([outlet]);
    expect(run(text).people).toEqual([]);
  });
  it('negative: a person named after a comma when speaking to the media stays a person', () => {
    const text = 'Hal itu disampaikan kepada media lokal, Budi Santoso, di Jakarta.';
    expect(peopleNames(text)).toEqual(['Budi Santoso']);
  });
});

describe('id an English competition or olympiad is an event', () => {
  it.each([
    'Karya tersebut meraih medali emas dalam ajang Seoul International Youth Olympiad di Korea Selatan.',
    'Pelari itu menjuarai Bali International Marathon pekan lalu.',
  ])('%s', (text) => {
    expect(run(text).people).toEqual([]);
    expect(run(text).organizations).toEqual([]);
  });
});

describe('id a person by their part in the story, pointing back with a demonstrative', () => {
  it('"kata mahasiswa Teknik Geofisika angkatan 2022 itu": the team lead named before', () => {
    const text =
      'Ketua tim, Rafi Aditya Pratama, mengatakan ide itu muncul tahun lalu. "Kami ingin warga aman," kata mahasiswa Teknik Geofisika angkatan 2022 itu.';
    expect(speakers(text)).toEqual(['Rafi Aditya Pratama', 'Rafi Aditya Pratama']);
  });
  it('negative: "kata seorang pedagang": an unnamed person, no one named before', () => {
    const text = 'Harga cabai naik. "Sekarang sepi pembeli," kata seorang pedagang di Pasar Minggu.';
    expect(speakers(text)).toEqual(['seorang pedagang']);
  });
});

describe('id a rare dictionary root opening a sentence before a given name and one more name word', () => {
  it('"Rafi Aditya Pratama mengatakan …": the whole name', () => {
    expect(peopleNames('Rafi Aditya Pratama mengatakan ide itu muncul.')).toEqual(['Rafi Aditya Pratama']);
  });
  it('negative: two words still need a word no dictionary holds ("Enes Kanter")', () => {
    expect(peopleNames('Enes Kanter mencetak 20 angka.')).toEqual(['Enes Kanter']);
  });
});

describe('id initials listed after initials described between commas', () => {
  it('"berinisial MS, Ketua Pokmas di Sampang, dan AK, seorang koordinator lapangan"', () => {
    const text =
      'Kedua tersangka masing-masing berinisial MS, Ketua Kelompok Masyarakat di Sampang, dan AK, seorang koordinator lapangan.';
    expect(peopleNames(text)).toEqual(['MS', 'AK']);
    expect(run(text).organizations?.map((o) => o.name)).not.toContain('AK');
  });
  it('negative: a body the lexicon knows after the description stays the body', () => {
    const text =
      'Tersangka berinisial MS, Ketua Kelompok Masyarakat di Sampang, dan KPK, lembaga antirasuah, bekerja sama.';
    expect(peopleNames(text)).not.toContain('KPK');
    expect(spans(text, 'organizations')).toContain('KPK');
  });
});

describe('id a financial market after "Pasar" is a field, no marketplace', () => {
  it('"Analis Pasar Uang Doo Financial Futures Lukman Leong"', () => {
    const text =
      'Analis Pasar Uang Doo Financial Futures Lukman Leong memperkirakan rupiah masih fluktuatif.';
    expect(run(text).places).toEqual([]);
    expect(peopleNames(text)).toEqual(['Lukman Leong']);
  });
  it('negative: a marketplace named after "Pasar" stays a place', () => {
    expect(spans('Pedagang di Pasar Senen mengeluh.', 'places')).toEqual(['Pasar Senen']);
  });
});

describe("id an honorific's word inside the place an office names is the place's", () => {
  it('"Kapolsek Tanah Abang Kompol …": the office, then the rank', () => {
    const text = 'Kapolsek Tanah Abang Kompol Haris Akhmat mengatakan korban berenang.';
    expect(titlesOf(text, 'Haris Akhmat')).toEqual(['Kapolsek Tanah Abang', 'Kompol']);
  });
  it('negative: an office and a rank with no place between are still two titles', () => {
    const text = 'Kapolda Metro Jaya Irjen Karyoto mengatakan korban berenang.';
    expect(titlesOf(text, 'Karyoto')).toEqual(['Kapolda Metro Jaya', 'Irjen']);
  });
});

describe('id a district numbered by a number word is also named by its Roman numeral', () => {
  it('"Kapolsek Seberang Ulu I Kompol …": the district, no person "Ulu I"', () => {
    const text = 'Kapolsek Seberang Ulu I Kompol Ahmad Junaidi mengatakan korban berenang.';
    expect(peopleNames(text)).toEqual(['Ahmad Junaidi']);
    expect(titlesOf(text, 'Ahmad Junaidi')).toEqual(['Kapolsek Seberang Ulu I', 'Kompol']);
    expect(spans(text, 'places')).toEqual(['Seberang Ulu I']);
  });
  it('negative: a Roman numeral after a district with no such numbered twin stays out of it', () => {
    const text = 'Warga Kecamatan Jakabaring I menolak rencana itu.';
    expect(spans(text, 'places')).not.toContain('Jakabaring I');
  });
});

describe('id a rank that completes an office, then the country it serves', () => {
  it.each([
    [
      'Konsul Jenderal Malaysia di Pekanbaru, Mohammad Hafiz, berterima kasih.',
      'Konsul Jenderal Malaysia di Pekanbaru',
    ],
    ['Sekretaris Jenderal Malaysia, Mohammad Hafiz, berterima kasih.', 'Sekretaris Jenderal Malaysia'],
  ])('%s', (text, title) => {
    expect(peopleNames(text)).toEqual(['Mohammad Hafiz']);
    expect(titlesOf(text, 'Mohammad Hafiz')).toEqual([title]);
  });
  it('"Duta Besar RI di Tokyo, Heri Akhmadi": a diplomat posted "di" a city', () => {
    const text = 'Duta Besar RI di Tokyo, Heri Akhmadi, mengatakan hal itu.';
    expect(titlesOf(text, 'Heri Akhmadi')).toEqual(['Duta Besar RI di Tokyo']);
  });
  it('negative: another office "di" a city takes no post', () => {
    const text = 'Wali Kota Bogor di Jakarta, Budi Santoso, mengatakan itu.';
    expect(titlesOf(text, 'Budi Santoso')).toEqual([]);
  });
});

describe('id a speaker named by the name a person of the document goes by', () => {
  it('"… (TNGR) Yarman mengatakan … kata Yarman": the same person', () => {
    const text =
      'Kepala Balai Taman Nasional Gunung Rinjani (TNGR) Yarman mengatakan jalur ditutup. "Kami tutup sementara," kata Yarman.';
    const r = run(text);
    const id = r.people?.find((p) => p.name === 'Yarman')?.id;
    expect(id).toBeDefined();
    expect(r.quotes?.filter((q) => q.type === 'direct').map((q) => q.speaker?.entity)).toEqual([id]);
  });
  it('negative: a name two people of the document go by stays unlinked', () => {
    const text =
      'Budi Santoso dan Budi Hartono hadir. Budi Santoso mengatakan itu. Budi Hartono menolak. "Kami tutup sementara," kata Budi.';
    const q = run(text).quotes?.at(-1);
    expect(q?.speaker?.name).toBe('Budi');
  });
});

describe("id the father's name after bin or binti is another person", () => {
  it('"Muhammad Rizky bin Syahrial … Ayah korban, Syahrial,": two people', () => {
    const text =
      'Korban bernama Muhammad Rizky bin Syahrial (15). Ayah korban, Syahrial, menangis. Rizky dimakamkan siang harinya.';
    const people = run(text).people ?? [];
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Muhammad Rizky bin Syahrial', 2],
      ['Syahrial', 1],
    ]);
  });
  it("negative: a family name after the father's name stays the person's", () => {
    const text = 'Juru bicara Majed bin Mohammed Al-Ansari hadir. "Kami berharap damai," kata Al-Ansari.';
    expect(run(text).people?.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Majed bin Mohammed Al-Ansari', 2],
    ]);
  });
});

describe('id a cemetery by its head word', () => {
  it.each([
    ['Jenazah dimakamkan di TPU Kandang Kawat siang harinya.', 'TPU Kandang Kawat'],
    ['Jenazah dimakamkan di TMP Kalibata.', 'TMP Kalibata'],
    ['Peziarah memadati Makam Sunan Ampel.', 'Makam Sunan Ampel'],
  ])('%s', (text, place) => {
    expect(spans(text, 'places')).toEqual([place]);
    expect(run(text).organizations).toEqual([]);
  });
  it('negative: a grave in lower case names no place', () => {
    expect(run('Ia berziarah ke makam ayahnya.').places).toEqual([]);
  });
});

describe("id a baptismal name's initials", () => {
  it('"mantan Wali Kota Solo FX Hadi Rudyatmo": FX opens the name', () => {
    const text = 'Tampak hadir mantan Wali Kota Solo FX Hadi Rudyatmo dan lainnya.';
    expect(peopleNames(text)).toEqual(['FX Hadi Rudyatmo']);
    expect(run(text).organizations).toEqual([]);
  });
  it('negative: other two capitals before a name of two words are no initials', () => {
    const text = 'Ketua BK Muhammad Prakosa hadir.';
    expect(peopleNames(text)).toEqual(['Muhammad Prakosa']);
  });
});

describe("id a nickname before a headline's verb", () => {
  it('"Jokowi Hadiri Pernikahan …": the same person as Joko Widodo', () => {
    const text =
      'Jokowi Hadiri Pernikahan di Solo\n\nPresiden ketujuh RI Joko Widodo atau Jokowi menghadiri resepsi. Jokowi datang bersama istrinya.';
    expect(run(text).people?.map((p) => [p.name, p.mentions.length])).toEqual([['Joko Widodo', 4]]);
  });
});

describe('id a foreign company written with and without its legal form', () => {
  it.each([
    'Raksasa teknologi asal Amerika Serikat, Apple Inc, meresmikan pusat riset. Wakil Presiden Apple hadir.',
    'Apple Buka Pusat Riset di Batam\n\nRaksasa teknologi asal Amerika Serikat, Apple Inc, meresmikan pusat riset.',
  ])('%s', (text) => {
    expect(run(text).organizations?.map((o) => o.mentions.length)).toEqual([2]);
  });
  it("negative: another body of the company's name stays apart", () => {
    const text = 'Raksasa Sony Group Corp meluncurkan produk. Sony Music juga hadir.';
    expect(spans(text, 'organizations')).toEqual(['Sony Group Corp', 'Sony Music']);
  });
});

describe('id a place an office names, named alone before, then the holder', () => {
  it('"Ketua Koperasi Pedagang Pasar Induk Beras Cipinang Zulkifli Rasyid"', () => {
    const text =
      'Pantauan di Pasar Induk Beras Cipinang, Jakarta Timur, menunjukkan pasokan turun. "Sudah dua minggu pasokan berkurang," kata Ketua Koperasi Pedagang Pasar Induk Beras Cipinang Zulkifli Rasyid.';
    expect(peopleNames(text)).toEqual(['Zulkifli Rasyid']);
    expect(spans(text, 'places')).toContain('Pasar Induk Beras Cipinang');
    const r = run(text);
    expect(r.quotes?.map((q) => q.speaker?.entity)).toEqual([r.people?.[0]?.id]);
  });
  it('negative: an office over a place keeps its holder and title', () => {
    const text =
      'Kepala Unit Pengelola Terminal Terpadu Pulo Gebang Bernad Octavianus Pasaribu mengatakan itu.';
    expect(titlesOf(text, 'Bernad Octavianus Pasaribu')).toEqual([
      'Kepala Unit Pengelola Terminal Terpadu Pulo Gebang',
    ]);
  });
});

describe("id an office's class and post in everyday words after its bracket, up to the comma", () => {
  it('"… Bea dan Cukai (KPPBC) Tipe Madya Pabean Soekarno-Hatta, Rahmat Hidayat, …"', () => {
    const text =
      'Hakim memvonis mantan Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean Soekarno-Hatta, Rahmat Hidayat, Kamis.';
    expect(peopleNames(text)).toEqual(['Rahmat Hidayat']);
    expect(titlesOf(text, 'Rahmat Hidayat')).toEqual([
      'Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean Soekarno-Hatta',
    ]);
  });
  it('negative: a region after the bracket is read as before', () => {
    const text = 'Kepala Dinas Pendidikan (Disdik) Kota Bandung, Rahmat Hidayat, mengatakan itu.';
    expect(titlesOf(text, 'Rahmat Hidayat')).toEqual(['Kepala Dinas Pendidikan Kota Bandung']);
  });
});

describe('id a company named between commas after a clause of its kind, a given name opening it', () => {
  it('"Perusahaan rintisan di bidang pangan, Eden Farm, …": the body at every mention', () => {
    const text =
      'Perusahaan rintisan di bidang rantai pasok pangan, Eden Farm, memperoleh pendanaan. Hingga kini Eden Farm telah bermitra dengan 5.000 petani.';
    expect(run(text).organizations?.map((o) => [o.name, o.mentions.length])).toEqual([['Eden Farm', 2]]);
    expect(run(text).people).toEqual([]);
  });
  it("a body so named is no person's name to split an office's run by", () => {
    const text =
      'Perusahaan rintisan di bidang pangan, Eden Farm, memperoleh pendanaan. Eden Farm punya model bisnis efisien. Co-founder sekaligus CEO Eden Farm David Setyadi Gunawan mengatakan dana akan dipakai.';
    expect(peopleNames(text)).toEqual(['David Setyadi Gunawan']);
    expect(titlesOf(text, 'David Setyadi Gunawan')).toEqual(['CEO Eden Farm']);
  });
  it("negative: a person's name between the commas stays a person", () => {
    expect(peopleNames('Perusahaan rintisan di bidang pendidikan, Budi Santoso, mengatakan itu.')).toEqual([
      'Budi Santoso',
    ]);
  });
});

describe("id a road's short name made of its words' first syllables", () => {
  it('"Jalan Tol Cikopo-Palimanan (Cipali)": the road again, no person', () => {
    const text = 'Bus terguling di Jalan Tol Cikopo-Palimanan (Cipali) Kilometer 145.';
    expect(run(text).people).toEqual([]);
    expect(run(text).places?.map((p) => p.mentions.map((m) => m.text))).toEqual([
      ['Jalan Tol Cikopo-Palimanan', 'Cipali'],
    ]);
  });
  it('negative: a word in brackets the syllables do not spell is not the road', () => {
    const text = 'Bus terguling di Jalan Tol Cikopo-Palimanan (Cipto) Kilometer 145.';
    expect(run(text).places?.[0]?.mentions.map((m) => m.text)).toEqual(['Jalan Tol Cikopo-Palimanan']);
  });
});

describe("id an office's word opening a person's name before a speech verb", () => {
  it('"Manajer Operasi PT X, Agung Prasetyo, menyebut …": the person speaks, not the company', () => {
    const text =
      'Manajer Operasi PT Lintas Marga Sedaya, Agung Prasetyo, menyebut arus lalu lintas sempat tersendat hingga tiga kilometer.';
    expect(speakers(text)).toEqual(['Agung Prasetyo']);
  });
  it("negative: the office's own word before the name stays out of it", () => {
    const text = 'Jaksa Agung ST Burhanuddin menyebut perkara itu segera dilimpahkan ke pengadilan negeri.';
    expect(speakers(text)).toEqual(['ST Burhanuddin']);
  });
});

describe('id a list of quoted works after their kind', () => {
  it.each([
    'Raisa membawakan 24 lagu, termasuk "Apalah (Arti Menunggu)" dan "Kali Kedua".',
    'Ia menyanyikan lagu "Jatuh Hati", "Kali Kedua", dan "Mantan Terindah".',
  ])('%s', (text) => {
    expect(run(text).places).toEqual([]);
  });
  it('negative: a name after the quoted title and "dan" is still read', () => {
    const text = 'Ia membawakan lagu "Kali Kedua" dan Afgan Syahreza ikut bernyanyi.';
    expect(peopleNames(text)).toEqual(['Afgan Syahreza']);
  });
});

describe("id a headline's one-word office before a colon names the one holder of an office it opens", () => {
  it('"Kapolsek: …" over "Kapolsek Seberang Ulu I Kompol Ahmad Junaidi"', () => {
    const text =
      'Kapolsek: Korban Tenggelam Ditemukan Tewas\n\nKapolsek Seberang Ulu I Kompol Ahmad Junaidi mengatakan korban berenang bersama tiga temannya.';
    const r = run(text);
    expect(r.quotes?.[0]?.speaker?.entity).toBe(r.people?.find((p) => p.name === 'Ahmad Junaidi')?.id);
  });
  it('negative: two holders of such offices leave it unlinked', () => {
    const text =
      'Bupati: Banjir Surut Besok\n\nBupati Cianjur Herman Suherman dan Bupati Garut Rudy Gunawan meninjau lokasi banjir.';
    expect(run(text).quotes?.[0]?.speaker).toEqual({ name: 'Bupati', entity: null });
  });
});

describe("id a match report headline's verb", () => {
  it.each([
    ['Timnas Indonesia U-23 Kalahkan Vietnam di Final Piala AFF', 'Timnas Indonesia U-23'],
    ['Timnas Putri Indonesia Taklukkan Singapura di Laga Uji Coba', 'Timnas Putri Indonesia'],
    ['Timnas Futsal Indonesia Gilas Brunei 10-0', 'Timnas Futsal Indonesia'],
  ])('"%s": the verb ends the team\'s name', (headline, team) => {
    const text = `${headline}\n\nPertandingan berlangsung ketat sejak awal.`;
    expect(run(text).organizations?.map((o) => o.name)).toContain(team);
    expect(spans(text, 'organizations').some((s) => /Kalahkan|Taklukkan|Gilas/u.test(s))).toBe(false);
  });
});

describe('id a facility the lexicon knows by its head word ends before the holder named after it', () => {
  it('"Juru bicara Gedung Putih Karoline Leavitt mengatakan …"', () => {
    const text = 'Juru bicara Gedung Putih Karoline Leavitt mengatakan kedua pemimpin bertemu.';
    expect(peopleNames(text)).toEqual(['Karoline Leavitt']);
    expect(spans(text, 'places')).toEqual(['Gedung Putih']);
  });
  it('negative: with no name after it the facility stays whole, no one named', () => {
    const text = 'Juru bicara Gedung Putih mengatakan kedua pemimpin bertemu di Ruang Oval.';
    expect(run(text).people).toEqual([]);
    expect(spans(text, 'places')).toContain('Gedung Putih');
  });
});

describe('id an office\'s field spelled "Pelindungan" or naming consumers', () => {
  it.each([
    ['Direktur Pelindungan WNI Judha Nugraha mengatakan tidak ada korban.', 'Direktur Pelindungan WNI'],
    [
      'Direktur Pemberdayaan Konsumen Judha Nugraha mengatakan tidak ada korban.',
      'Direktur Pemberdayaan Konsumen',
    ],
  ])('%s', (text, title) => {
    expect(peopleNames(text)).toEqual(['Judha Nugraha']);
    expect(titlesOf(text, 'Judha Nugraha')).toEqual([title]);
  });
});

describe('id a longer company the document named, read again after an office', () => {
  it('"PT Pertamina Patra Niaga … Corporate Secretary Pertamina Patra Niaga Heppy …": not the headline\'s Pertamina', () => {
    const text =
      'Pertamina Turunkan Harga Pertamax\n\nPT Pertamina Patra Niaga menurunkan harga Pertamax. Corporate Secretary Pertamina Patra Niaga Heppy Wulansari mengatakan penyesuaian mengikuti harga minyak.';
    expect(run(text).organizations?.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Pertamina', 1],
      ['Pertamina Patra Niaga', 2],
    ]);
  });
  it('negative: the known company alone keeps its name', () => {
    const text =
      'Corporate Secretary Pertamina Heppy Wulansari mengatakan penyesuaian mengikuti harga minyak.';
    expect(run(text).organizations?.map((o) => o.name)).toEqual(['Pertamina']);
  });
});

describe('id a person a role introduces at the close of the sentence before the pronoun', () => {
  it('"…, kuasa hukum dari LBH Yogyakarta, Julian …. Ia menilai …": the newcomer, not the last speaker', () => {
    const text =
      '"Kami menolak tambang," kata Siswanto, koordinator aksi. Warga didampingi kuasa hukum dari LBH Yogyakarta, Julian Duwi Prasetia. Ia menilai proses pengadaan tanah belum transparan.';
    expect(speakers(text)).toEqual(['Siswanto', 'Julian Duwi Prasetia']);
  });
  it('negative: a person named as an object with no comma stays no topic', () => {
    const text =
      '"Kami menolak tambang," kata Siswanto, koordinator aksi. Warga juga bertemu Julian Duwi Prasetia. Ia menilai proses pengadaan tanah belum transparan.';
    expect(speakers(text)).toEqual(['Siswanto', 'Siswanto']);
  });
});
