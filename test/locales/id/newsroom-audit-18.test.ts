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
