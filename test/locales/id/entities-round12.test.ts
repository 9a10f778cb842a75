import { describe, expect, it } from 'vitest';
import { all, spans, titlesOf } from './helpers.js';

// Round 12 of the Indonesian entity rules: every case is a sentence written for the test.

describe('id a court acronym names its city (id.org.head-word)', () => {
  it.each([
    ['Sidang perdana digelar di PN Jakarta Pusat pada Senin.', 'PN Jakarta Pusat'],
    ['Gugatan itu didaftarkan ke PTUN Bandung pekan lalu.', 'PTUN Bandung'],
    ['Hakim PN Surabaya menunda sidang itu.', 'PN Surabaya'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('an acronym alone stays a body', () => {
    expect(spans('Putusan PN itu dibacakan kemarin.', 'organizations')).toEqual(['PN']);
  });
});

describe('id English tails Exchange, Television, Broadcasting, Aviation (id.org.tail-word)', () => {
  it.each([
    ['Harga kopi di Velmont Mercantile Exchange naik tajam.', 'Velmont Mercantile Exchange'],
    ['Liputan itu disiarkan Korvane Central Television semalam.', 'Korvane Central Television'],
    ['Wawancara itu ditayangkan Harlow Broadcasting kemarin.', 'Harlow Broadcasting'],
    ['Rute itu dilayani Korvast Aviation dua kali sepekan.', 'Korvast Aviation'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a lower-case word is no tail', () => {
    expect(spans('Dervan Sutarjo menonton television di rumah.', 'organizations')).toEqual([]);
  });
});

describe('id what one founds is a body (id.org.founded)', () => {
  it.each([
    ['Pada 1998 ia mendirikan Korvelo Sentosa bersama dua rekannya.', 'Korvelo Sentosa'],
    ['Setelah lulus, mereka mendirikan Pink Marlowe di Bandung.', 'Pink Marlowe'],
    ['Ayahnya ikut mendirikan Tashmira Afkara di Surabaya.', 'Tashmira Afkara'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
  it.each([
    // a building founded is read by its head word; a given name after the verb is not taken
    ['Warga mendirikan Masjid Al-Hidayah di desa itu.', 'Masjid Al-Hidayah', 'places'],
    ['Bersama Budi Santoso ia mendirikan sekolah itu.', 'Budi Santoso', 'people'],
  ] as const)('%s', (text, name, kind) => {
    expect(spans(text, kind)).toContain(name);
    expect(spans(text, 'organizations')).not.toContain(name);
  });
});

describe("id a decree's number code is no body", () => {
  it.each([
    ['Hal itu diatur dalam Keputusan Nomor 418/KOR/IX/2017 tentang organisasi.', 'KOR'],
    ['Izin itu terbit dengan nomor 73 / HUKV / 2009 pada Juli.', 'HUKV'],
  ])('%s', (text, code) => {
    expect(all(text)).not.toContain(code);
  });
  it('capitals between slashes without a number stay bodies', () => {
    expect(spans('Rapat gabungan KPU/Bawaslu digelar hari ini.', 'organizations')).toContain('KPU');
  });
});

describe('id post-nominal degrees and honours are no bodies', () => {
  it.each([
    ['Kepala sekolah pertama adalah Bapak Sumarto Wijaya, BA, seorang guru.', 'BA'],
    ['Ia menerima gelar MBE pada tahun 1997.', 'MBE'],
    ['Tesisnya untuk gelar MBA selesai tahun lalu.', 'MBA'],
  ])('%s', (text, code) => {
    expect(spans(text, 'organizations')).not.toContain(code);
  });
  it('the person before the degree stays', () => {
    expect(
      spans('Kepala sekolah pertama adalah Bapak Sumarto Wijaya, BA, seorang guru.', 'people'),
    ).toContain('Sumarto Wijaya');
  });
});

describe('id a body made by a cue names it wherever it recurs (id.doc.same-surface)', () => {
  it.each([
    [
      'Ia menyukai band lain seperti Korvex, Slindar dan Marvoy. Pada 2005, Slindar merilis album baru.',
      'Slindar',
    ],
    ['Album itu dirilis oleh Rotorvane tahun lalu. Kemudian Rotorvane bangkrut.', 'Rotorvane'],
  ])('%s', (text, name) => {
    expect(spans(text, 'people')).not.toContain(name);
    expect(spans(text, 'organizations').filter((x) => x === name)).toHaveLength(2);
  });
  it('a person read from capitals alone with no cue stays a person', () => {
    const text = 'Slindar Wiranata tiba di Jakarta. Slindar Wiranata lalu berbicara.';
    expect(spans(text, 'people')).toContain('Slindar Wiranata');
  });
});

describe('id a listed given name opening a sentence opens the name', () => {
  it.each([
    ['Maki Horinaga tampil dalam drama baru.', 'Maki Horinaga'],
    ['Lata Mangeshvar menyanyikan lagu itu.', 'Lata Mangeshvar'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
  it.each([
    // an everyday word or a style before the name is no part of it
    ['Soal Budi Santoso, polisi belum bicara.', 'Budi Santoso'],
    ['Raja Salmonte tiba di Jakarta.', 'Salmonte'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id the unit of an office before the name (id.person.office-unit)', () => {
  it.each([
    [
      'Pengamat Pasar Modal Dervanto Simatra mengatakan pasar sedang lesu.',
      'Dervanto Simatra',
      'Pengamat Pasar Modal',
    ],
    [
      'Hal itu dijelaskan Direktur Operasi SkyNav Indonesia Wisnu Darmanto kemarin.',
      'Wisnu Darmanto',
      'Direktur Operasi SkyNav Indonesia',
    ],
  ])('%s → %s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toContain(title);
  });
  it('a company shaped by an inner capital is the body', () => {
    const text = 'Hal itu dijelaskan Direktur Operasi SkyNav Indonesia Wisnu Darmanto kemarin.';
    expect(spans(text, 'organizations')).toContain('SkyNav Indonesia');
  });
  it.each([
    // a given name (dictionary word or not) or a lone initial opens the name: no unit
    ['Menteri Perindustrian MS Hidarto menambahkan hal itu.', 'MS Hidarto'],
    ['Panglima TNI Jenderal Gatot Nurmanto memberikan sambutan.', 'Gatot Nurmanto'],
    ['Presiden Vladimir Putrov tiba di Moskow.', 'Vladimir Putrov'],
    ['Aktris Kate Winsford terharu.', 'Kate Winsford'],
    // one English word before the name is no company ("ova")
    ['Pidato itu dibuka Dekan FEB, Prof. Ova Larasati, pagi tadi.', 'Ova Larasati'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id the country of a league is a place (id.place.league-country)', () => {
  it.each([
    ['Ia mencetak sepuluh gol di Liga Primer Inggris musim lalu.', 'Inggris'],
    ['Klub itu bermain di Liga Spanyol sejak 2001.', 'Spanyol'],
    ['Ia pernah bermain di Liga Malaysia selama empat tahun.', 'Malaysia'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'places')).toEqual([name]);
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it.each([
    ['Liga 1 dimulai pekan depan.', 'Liga 1'],
    ['Liga Primer dimulai pekan depan.', 'Liga Primer'],
  ])('a league with no country names no place: %s', (text) => {
    expect(spans(text, 'places')).toEqual([]);
  });
});

describe("id a faith or a people ends a body's name (id.org.head-word)", () => {
  it.each([
    ['Ia memimpin Himpunan Pelajar Kristen selama dua tahun.', 'Himpunan Pelajar Kristen'],
    ['Ia aktif di Persatuan Pemuda Melayu sejak muda.', 'Persatuan Pemuda Melayu'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
  });
  it('a holiday after no body stays out', () => {
    expect(all('Perayaan Tahun Baru digelar meriah.')).toEqual([]);
  });
});

describe('id a known body inside an office (id.org.office-acronym)', () => {
  it.each([
    ['Menteri BUMN Darmanto Sujatmiko meninjau pabrik itu.', 'BUMN', 'Darmanto Sujatmiko'],
    ['Menneg BUMN Harsono Widjaja menolak usul itu.', 'BUMN', 'Harsono Widjaja'],
  ])('%s', (text, org, name) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)[0]).toContain(org);
  });
  it('an office of everyday words holds no body', () => {
    expect(spans('Menteri Keuangan Sulastri Wibowo hadir di sana.', 'organizations')).toEqual([]);
  });
});

describe("id a party's statutes and a revised budget are no bodies", () => {
  it.each([
    ['Munas luar biasa diatur dalam AD/ART partai itu.'],
    ['Perubahan itu harus sesuai AD / ART organisasi.'],
    ['Alokasi subsidi dalam APBN-P 2019 tidak naik.'],
  ])('%s', (text) => {
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('the army after TNI stays a body', () => {
    expect(spans('Helikopter TNI AD mendarat darurat.', 'organizations')).toEqual(['TNI AD']);
  });
});
