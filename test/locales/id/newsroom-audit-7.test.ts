import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The sixteenth session's audit: errors found reading dev-set errors by kind and our own articles. Every
// sentence here was written for these tests.

describe('id a dictionary root nobody says, capitalized mid-sentence before its verb, is a name', () => {
  it.each([
    ['Pada babak kedua, Ibra juga mencetak gol ke gawang tuan rumah.', ['Ibra']],
    ['Sehari kemudian, Hatta menemui para petani di balai desa.', ['Hatta']],
    ['Sebelumnya, Hatta yang merupakan ketua umum partai itu datang ke rapat.', ['Hatta']],
    // negative: a root people say, a word of a capitalized title, a learned loan, a locative cue before it
    ['Menurut warga, Banjir juga merendam sawah di hilir.', []],
    ['Laga Promosi dan Degradasi melawan tim tamu digelar Minggu.', []],
    ['Menurut peneliti, Geofisika juga mempelajari gempa.', []],
    ['Sejak pagi, warga di Hatta menunggu bantuan.', []],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id after an office, roots nobody says are the holder’s name', () => {
  it.each([
    ['Rapat itu dipimpin Ketua DPRD Hatta Maharani kemarin.', 'Hatta Maharani', ['Ketua DPRD']],
    ['Rapat itu dipimpin Wakil Ketua DPRD Maharani kemarin.', 'Maharani', ['Wakil Ketua DPRD']],
  ])('%s', (text, name, titles) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it.each([
    // negative: an office and the roots people say or a field's learned loan; a region with its compass point
    'Rapat itu dipimpin Kepala Sekolah kemarin.',
    'Laporan itu disusun Deputi Bidang Geofisika kemarin.',
    'Pidato itu disampaikan Ketua Menteri Benggala Barat kemarin.',
  ])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id an office of a company in capitals, and the company’s one-word name after it', () => {
  it.each([
    ['Hal itu dikatakan CFO Budi Santoso kemarin.', 'Budi Santoso', ['CFO'], []],
    [
      'Menurut pengamat, CEO Kopinusa Hendra Wijaya menilai pasar masih kuat.',
      'Hendra Wijaya',
      ['CEO Kopinusa'],
      ['Kopinusa'],
    ],
    [
      'Managing Partner Arunika Ventures Dimas Pratama menilai sektor itu tumbuh.',
      'Dimas Pratama',
      ['Managing Partner Arunika Ventures'],
      ['Arunika Ventures'],
    ],
    // negative: a government office takes no company word; a name of three words after "CEO" stays whole
    [
      'Hal itu dikatakan Direktur Utama Hendra Wijaya Kusuma kemarin.',
      'Hendra Wijaya Kusuma',
      ['Direktur Utama'],
      [],
    ],
    ['Hal itu dikatakan CEO Budi Santoso Wijaya kemarin.', 'Budi Santoso Wijaya', ['CEO'], []],
  ])('%s', (text, name, titles, orgs) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id a name between commas after a clause a company noun opens is the company', () => {
  it.each([
    ['Perusahaan rintisan di bidang logistik, Kirimcepat, mengumumkan PHK.', ['Kirimcepat'], []],
    ['JAKARTA - Startup pendidikan, Ruangkelas, menutup dua kantornya.', ['Ruangkelas'], []],
    // negative: a person named between commas, a known given name
    ['Perusahaan itu, menurut Budi, sedang merugi.', [], ['Budi']],
    ['Perusahaan keluarga itu, Hendra Wijaya, menjelaskan rencananya.', [], ['Hendra Wijaya']],
  ])('%s', (text, orgs, people) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id a list after "di" that a place opens and "dan" closes is a list of places', () => {
  it.each([
    ['Ribuan jemaah bergerak di Arafah, Muzdalifah, dan Mina.', ['Arafah', 'Muzdalifah', 'Mina'], []],
    ['Tim SAR disiagakan di Sleman, Kaliurang, dan Turgo sejak pagi.', ['Sleman', 'Kaliurang', 'Turgo'], []],
    // negative: days are no list items; known given names keep the people
    ['Rapat di Jakarta, Sabtu, dan Minggu berjalan lancar.', ['Jakarta'], []],
    ['Rapat di Jakarta, Budi Santoso, dan Ani Lestari hadir.', ['Jakarta'], ['Budi Santoso', 'Ani Lestari']],
  ])('%s', (text, places, people) => {
    expect(spans(text, 'places')).toEqual(places);
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id a place named whole ends before a headline verb in ber-/ter-; a lower-case compass point places', () => {
  it.each([
    ['Sengketa Pilkada Kabupaten Sumbawa Barat Berlanjut ke MK', ['Kabupaten Sumbawa Barat']],
    ['Siklon terpantau di Samudra Hindia selatan Jawa sejak Rabu.', ['Samudra Hindia', 'Jawa']],
    // negative: a regency whose own name opens like a verb; a compass point that ends the phrase
    ['Warga Kabupaten Berau Terdampak Banjir', ['Kabupaten Berau']],
    ['Hujan deras turun di Jakarta selatan.', ['Jakarta selatan']],
  ])('%s', (text, places) => {
    expect(spans(text, 'places')).toEqual(places);
  });
  it('a body’s name keeps its verb ("Kabinet Indonesia Bersatu")', () => {
    expect(spans('Ia menjabat menteri di Kabinet Indonesia Bersatu Jilid II.', 'organizations')).toEqual([
      'Kabinet Indonesia Bersatu Jilid II',
    ]);
  });
});

describe('id customs, the tax office and the Malaysian police in the lexicon', () => {
  it.each([
    ['Petugas Bea Cukai menggagalkan penyelundupan itu.', ['Bea Cukai']],
    ['Ditjen Pajak memperpanjang batas pelaporan SPT.', ['Ditjen Pajak']],
    ['Polisi berkoordinasi dengan Polis Diraja Malaysia.', ['Polis Diraja Malaysia']],
  ])('%s', (text, orgs) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
  it('the office of customs keeps its holder', () => {
    expect(spans('Direktur Jenderal Bea Cukai Heru Santoso mengatakan hal itu.', 'people')).toEqual([
      'Heru Santoso',
    ]);
  });
});

describe('id a clause opened by "Juru bicara", "Kuasa hukum" … before a name between commas is its title', () => {
  it.each([
    [
      'Juru bicara Kementerian Luar Negeri Jepang, Hiroshi Tanaka, menyatakan Tokyo menyambut baik.',
      'Hiroshi Tanaka',
      ['Juru bicara Kementerian Luar Negeri Jepang'],
    ],
    [
      'Kuasa hukum terdakwa, Andreas Wibowo, menilai putusan itu keliru.',
      'Andreas Wibowo',
      ['Kuasa hukum terdakwa'],
    ],
    // negative: a clause with a verb in it is no office
    ['Juru bicara itu menolak hadir, Budi Santoso, yang datang, diam saja.', 'Budi Santoso', []],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
  });
});

describe('id the headquarters of a metropolitan police command', () => {
  it.each([
    ['Tersangka diperiksa di Mapolres Metro Bekasi Kota, Rabu.', ['Bekasi']],
    // negative: the town of Metro itself
    ['Ia pindah ke Metro, Lampung, tahun lalu.', ['Metro', 'Lampung']],
  ])('%s', (text, places) => {
    expect(spans(text, 'places')).toEqual(places);
  });
});

describe('id an officer after a company whose name ends in a company word', () => {
  it.each([
    [
      'Direktur PT Karya Mandiri Sejahtera Hendro Susilo sudah divonis.',
      'Hendro Susilo',
      'PT Karya Mandiri Sejahtera',
    ],
    ['Komisaris CV Bumi Lestari Hartoyo Wiryo ikut diperiksa.', 'Hartoyo Wiryo', 'CV Bumi Lestari'],
  ])('%s', (text, name, company) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(spans(text, 'organizations')).toEqual([company]);
  });
  it('negative: a company of company words alone names no one', () => {
    expect(spans('Direktur PT Sinar Jaya Abadi mengatakan hal itu.', 'people')).toEqual([]);
  });
});

describe('id the subject of a law names the law, not a body', () => {
  it.each([
    [
      'DPR mengesahkan revisi UU Nomor 39 Tahun 2008 tentang Kementerian Negara kemarin.',
      ['Dewan Perwakilan Rakyat'],
    ],
    ['DPR Sahkan RUU Kementerian Negara', ['Dewan Perwakilan Rakyat']],
    // negative: an acronym after a law's short title stays the body; a body named outside a law stays
    ['Revisi UU KPK ditolak mahasiswa.', ['Komisi Pemberantasan Korupsi']],
    ['Kementerian Negara BUMN menggelar rapat.', ['Kementerian Negara BUMN']],
  ])('%s', (text, orgs) => {
    expect((run(text).organizations ?? []).map((o) => o.name)).toEqual(orgs);
  });
});
