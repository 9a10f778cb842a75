import { describe, expect, it } from 'vitest';
import { run, spans } from './helpers.js';

// The fifteenth session's audit: errors found reading dev-set errors by kind and our own articles. Every
// sentence here was written for these tests.

const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);

describe('id a foreign town’s name that is a person’s name, right after a speech verb, is the speaker', () => {
  it.each([
    ['Gencatan senjata itu disepakati kedua pihak, kata Richardson.', ['Richardson'], []],
    ['Kami belum menerima laporan itu, ujar Marion kepada wartawan.', ['Marion'], []],
    // negative: the town after a locative cue, a country after the verb, "menurut" a source
    ['Delegasi itu tiba di Richardson, Texas, kemarin.', [], ['Richardson', 'Texas']],
    ['Perundingan itu gagal, kata Jepang.', [], ['Jepang']],
  ])('%s', (text, people, places) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'places')).toEqual(places);
  });
  it('the speaker is the person', () => {
    expect(speakers('Gencatan senjata itu disepakati kedua pihak, kata Richardson.')).toEqual(['Richardson']);
  });
});

describe('id "ke" after giving, asking or reporting names the person given to', () => {
  it.each([
    ['Tersangka menyerahkan uang itu ke Sjahrir setelah kasusnya mandek.', ['Sjahrir'], []],
    ['Para ketua cabang menyatakan dukungan ke Zulkarnain menjadi ketua umum.', ['Zulkarnain'], []],
    ['Ia mengaku permintaan itu disampaikan ke Halimah lewat telepon.', ['Halimah'], []],
    // negative: going somewhere, a village, a place the gazetteer knows, a body's acronym
    ['Rombongan itu sampai ke Wonokerto pekan lalu.', [], ['Wonokerto']],
    ['Tim tamu memberikan perlawanan sebelum bertandang ke Ngaliyan pekan depan.', [], ['Ngaliyan']],
    ['Warga menyerahkan bantuan ke Desa Sukamaju.', [], ['Desa Sukamaju']],
    ['Mereka menyerahkan berkas itu ke Surabaya.', [], ['Surabaya']],
  ])('%s', (text, people, places) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'places')).toEqual(places);
  });
  it('a body’s acronym after "ke" stays a body', () => {
    expect(spans('Ia melaporkan kasus itu ke KPK kemarin.', 'organizations')).toEqual(['KPK']);
  });
});

describe('id a list closed by "dan" takes no item after the comma that follows it', () => {
  it.each([
    [
      'Duta Besar Indonesia untuk Jepang dan Mongolia, Hartono Wibisono bertekad menambah kunjungan turis.',
      ['Hartono Wibisono'],
      ['Indonesia', 'Jepang', 'Mongolia'],
    ],
    // negative: a list joined by "dan" twice goes on; a list with commas before its "dan" is read whole
    [
      'Peringatan badai dikeluarkan untuk Haiti dan Kuba dan Kolamberu tengah.',
      [],
      ['Haiti', 'Kuba', 'Kolamberu'],
    ],
  ])('%s', (text, people, places) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'places')).toEqual(places);
  });
});

describe('id whom the last speaker talked about does not take the floor by opening the next sentence', () => {
  it.each([
    [
      'Kapolda Papua Irjen Markus Waterpauw mengatakan, Nelson Tabuni terlibat dalam penyediaan amunisi bagi kelompok itu. Nelson juga aktif menyebarkan propaganda di media sosial. ”Kami masih memburu jaringannya,” tambahnya.',
      ['Markus Waterpauw', 'Markus Waterpauw'],
    ],
    // negative: a new paragraph that opens with the person talked about is about them
    [
      'Kapolda Papua Irjen Markus Waterpauw mengatakan, Nelson Tabuni terlibat dalam penyediaan amunisi bagi kelompok itu.\n\nNelson Tabuni lahir di Wamena dan lama tinggal di Jayapura. ”Saya tidak bersalah,” katanya saat ditangkap.',
      ['Markus Waterpauw', 'Nelson Tabuni'],
    ],
    // negative: someone who was not talked about opens the sentence and becomes the topic
    [
      'Kapolda Papua Irjen Markus Waterpauw mengatakan, pelaku terlibat dalam penyediaan amunisi. Kepala Bidang Humas Kombes Ahmad Musofa kemudian menunjukkan barang bukti. ”Ini senjata rakitan,” katanya.',
      ['Markus Waterpauw', 'Ahmad Musofa'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('id a community named by one word is a group speaker, and no -nya cue points to it', () => {
  it.each([
    [
      'Menurut Ketua PP Muhammadiyah Haedar Nashir, sebagian umat Muslim menilai aturan itu tidak adil. Hal itu terlihat dari longgarnya pengawasan di pusat belanja. ”Harus ada keadilan,” ujarnya.',
      ['Haedar Nashir', 'sebagian umat Muslim', 'Haedar Nashir'],
    ],
    [
      'Sejumlah warga Palestina mengatakan bantuan pangan belum tiba di kamp mereka.',
      ['Sejumlah warga Palestina'],
    ],
    // negative: a person named after a group noun with a comma is the speaker
    ['Seorang warga, Slamet Riyadi, mengatakan air mulai surut sejak pagi.', ['Slamet Riyadi']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('id a card names a government program, not a person', () => {
  it.each([
    ['Kartu Prakerja ini masih terbatas. Pemerintah membuka lagi pendaftaran Kartu Prakerja.', []],
    ['Bantuan disalurkan lewat Kartu Sembako dan Kartu Indonesia Pintar, kata Rudy Salim.', ['Rudy Salim']],
    // negative: a name after the program is still a name
    ['Peserta Kartu Prakerja, Dewi Lestari, mengaku terbantu.', ['Dewi Lestari']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
});

describe('id a bare weekday a verb of saying follows is when it was said, whatever the words said', () => {
  // the reference date of these tests is Tuesday 2024-03-05
  const dates = (text: string) => (run(text).dates ?? []).map((d) => [d.text, d.value]);
  it.each([
    ['Presiden Venezuela, Senin, mengatakan akan ada pertemuan OPEC.', [['Senin', '2024-03-04']]],
    [
      'Juru bicara kementerian pada Minggu mengatakan bahwa negaranya berencana menaikkan produksi.',
      [['Minggu', '2024-03-03']],
    ],
    // negative: a day in a sentence about what will happen, with no verb of saying after it
    ['Rapat itu akan digelar pada Senin.', [['Senin', '2024-03-11']]],
    ['Pertemuan berikutnya dijadwalkan Jumat, kata Budi.', [['Jumat', '2024-03-08']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('id "Ramadhan" is a given name before a name word no dictionary holds, and the month alone', () => {
  it.each([
    [
      'Gol dicetak Jay Idzes, Ragnar Oratmangoen, dan Ramadhan Sananta. Selama Ramadhan, latihan digelar malam hari.',
      ['Jay Idzes', 'Ragnar Oratmangoen', 'Ramadhan Sananta'],
    ],
    // negative: the holy month before words of a phrase, or alone
    ['Acara Ramadhan Penuh Berkah digelar di masjid itu. Pada Ramadan 1445 H, harga naik.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
});

describe('id "harian" of an acting official or a newspaper is no recurring time', () => {
  const dates = (text: string) => (run(text).dates ?? []).map((d) => [d.text, d.value]);
  it.each([
    ['Bukhari ditunjuk sebagai pelaksana harian wali kota.', []],
    ['Hal itu dilaporkan harian Kompas dan sebuah surat kabar harian lokal.', []],
    // negative: a daily target and a yearly rate recur
    ['Target harian pabrik itu 500 unit.', [['harian', 'P1D']]],
    ['Inflasi tercatat 2,6 persen secara tahunan.', [['tahunan', 'P1Y']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('id a "PT" company after an office ends at its company word before the office holder’s name', () => {
  it.each([
    [
      'Jaksa menyebut terdakwa bekerja sama dengan Direktur Utama PT Insight Investments Management Ekiawan Heri Primaryanto.',
      ['Ekiawan Heri Primaryanto'],
      ['PT Insight Investments Management'],
    ],
    // negative: a company word then a place, or an everyday word, is still the company
    ['Direktur PT Maju Jaya Capital Indonesia mengatakan laba naik.', [], ['PT Maju Jaya Capital Indonesia']],
  ])('%s', (text, people, orgs) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id a headline: a passive after an office and a name ends the name; a company’s short name is the company', () => {
  it.each([
    [
      'Sidang Eks Dirut Taspen Ditunda Pekan Depan\n\nJAKARTA, KOMPAS — Sidang mantan Direktur Utama PT Taspen (Persero) Antonius Kosasih ditunda.',
      ['Antonius Kosasih'],
      ['PT Taspen (Persero)', 'Kompas'],
    ],
  ])('%s', (text, people, orgs) => {
    expect((run(text).people ?? []).map((p) => p.name)).toEqual(people);
    expect((run(text).organizations ?? []).map((p) => p.name)).toEqual(orgs);
  });
  it('the office keeps a body that a passive-looking word names', () => {
    expect(spans('Kepala Direktorat Lalu Lintas Polda Metro Jaya Latif Usman hadir.', 'people')).toEqual([
      'Latif Usman',
    ]);
  });
});

describe('id an office and its lower-case field, an unknown acronym, then the holder before a verb of saying', () => {
  it.each([
    [
      'Pelatih tunggal putra pelatnas PBKT Irwansyah menilai anak asuhnya tampil lebih sabar.',
      [['Irwansyah', ['Pelatih tunggal putra pelatnas PBKT']]],
      ['PBKT'],
    ],
    // negative: no verb of saying after, or no office before: the acronym opens a body's name
    ['Tim pelatnas PBKT Irwansyah berlatih di Cipayung.', [], ['PBKT Irwansyah']],
  ])('%s', (text, people, orgs) => {
    expect((run(text).people ?? []).map((p) => [p.name, p.titles])).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id an East Asian family name before short syllables opens a name, even of dictionary words', () => {
  it.each([
    ['Pasangan itu kalah dari Liu Sheng Shu/Tan Ning di semifinal.', ['Liu Sheng Shu', 'Tan Ning']],
    ['Mereka kalah dari Tan Ning dan Liu Sheng Shu.', ['Tan Ning', 'Liu Sheng Shu']],
    // negative: a family name before a place or a longer word is no such name
    ['Ong Bali datang terlambat. Harga Tan Sawit naik.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
});
