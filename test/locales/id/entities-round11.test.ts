import { describe, expect, it } from 'vitest';
import { all, spans, titlesOf } from './helpers.js';

// Round 11 of the Indonesian entity rules: every case is a sentence written for the test.

describe('id media and club tails, a branch in a country (id.org.tail-word)', () => {
  it.each([
    ['Album kedua mereka dirilis Korvelo Music pada 2019.', 'Korvelo Music'],
    ['Serial itu tayang setiap Kamis di Mervan TV.', 'Mervan TV'],
    ['Ia pindah ke Dunsworth Athletic musim lalu.', 'Dunsworth Athletic'],
    ['Kontraknya dengan Korvelo Music Indonesia berakhir tahun ini.', 'Korvelo Music Indonesia'],
    ['Gol tunggal itu membawa Harlow Rovers ke final.', 'Harlow Rovers'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
  it.each([
    // an award named after the tail is no body
    ['Lagu itu menang di Velmora Music Awards tahun lalu.', 'Velmora Music'],
    ['Ia meraih Korvelo Music Award di Jakarta.', 'Korvelo Music'],
  ])('no body from the tail: %s', (text, name) => {
    expect(spans(text, 'organizations')).not.toContain(name);
  });
  it('a media tail alone is no short form of the body', () => {
    const text = 'Acara itu tayang di jaringan TV kabel dan di Mervan TV.';
    expect(spans(text, 'organizations')).toEqual(['Mervan TV']);
  });
});

describe('id a make between a vehicle and its model code is a product', () => {
  it.each([
    ['Rombongan menumpang pesawat Boeing 737 - 800 milik maskapai itu.', 'Boeing'],
    ['Pesawat Airbus A320 itu tergelincir saat mendarat.', 'Airbus'],
    ['Bandara itu bisa didarati pesawat Airbus A320 dan Boeing 737.', 'Boeing'],
    ['TNI mengerahkan helikopter Bell 412 ke lokasi.', 'Bell'],
  ])('%s', (text, name) => {
    expect(all(text)).not.toContain(name);
  });
  it.each([
    ['Boeing menunda pengiriman 50 pesawat tahun ini.', 'Boeing'],
    ['Kerja sama dengan Airbus diteken pada 2020.', 'Airbus'],
  ])('the maker acting stays an organization: %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
});

describe('id ships are no people or organizations', () => {
  it.each([
    ['Penumpang KM Lorvana tiba di Pelabuhan Makassar.', 'Lorvana'],
    ['Kapal KMP Sarvetta Jaya tenggelam di selat itu.', 'KMP Sarvetta Jaya'],
    ['Kapal selam KRI Dervanta 402 hilang kontak.', 'KRI Dervanta'],
  ])('%s', (text, name) => {
    for (const x of all(text)) expect(x).not.toContain(name.split(' ').pop());
  });
  it.each([
    ['Anggota DPR TB Hasanuddin mengkritik anggaran itu.', 'TB Hasanuddin'],
    ['Kecelakaan terjadi di Jalan MT Haryono kemarin.', 'Jalan MT Haryono'],
  ])('other capitals before a name stay: %s', (text, name) => {
    expect(all(text)).toContain(name);
  });
});

describe('id names: pronouns, middle initials, units after an office', () => {
  it.each([
    ['Ia belajar dari Ustad Harun Malik Ia masih berusia sembilan tahun.', 'Harun Malik'],
    ['Yayasan menonaktifkan Rektor Tonny R. Walendra kemarin.', 'Tonny R. Walendra'],
    ['Acara dihadiri Budi H. Santoso dan warga.', 'Budi H. Santoso'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
  it('the honorific H. after an office stays a title', () => {
    const text = 'Rapat dipimpin Wakil Ketua H. Sutarno kemarin.';
    expect(spans(text, 'people')).toEqual(['Sutarno']);
    expect(titlesOf(text, 'Sutarno').join(' ')).toContain('H.');
  });
  it.each([
    ['Kepala Dusun Wringinan adalah Ibu Sumarni.', 'Dusun Wringinan'],
    ['Warga menemui Kepala Kampung Lorosari kemarin.', 'Kampung Lorosari'],
  ])('a unit after an office is a place: %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).not.toContain(place);
  });
  it('a name after the office and its unit stays a person', () => {
    const text = 'Kepala Desa Sukamaju, Budi Santoso, mengatakan warga sudah mengungsi.';
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
});

describe('id an air base is a place (id.place.feature-head)', () => {
  it.each([
    [
      'Latihan digelar di Pangkalan Udara Jenderal Besar Soedirman.',
      'Pangkalan Udara Jenderal Besar Soedirman',
    ],
    ['Pesawat itu mendarat di Pangkalan Udara Halim Perdanakusuma.', 'Pangkalan Udara Halim Perdanakusuma'],
  ])('%s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a town named Pangkalan stays a town', () => {
    expect(spans('Ia tinggal di Pangkalan sejak kecil.', 'places')).toContain('Pangkalan');
  });
});

describe('id a body and a country after it are its branch (id.org.country-branch)', () => {
  it.each([
    ['Berita itu disiarkan BBC Indonesia setiap malam.', 'BBC Indonesia'],
    ['Album itu dirilis oleh label KVR Indonesia tahun lalu.', 'KVR Indonesia'],
    ['Juru bicara Samsung Indonesia membantah kabar itu.', 'Samsung Indonesia'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'places')).not.toContain('Indonesia');
  });
  it.each([
    ['Menurut Bank Indonesia, inflasi bulan lalu turun.', 'Bank Indonesia'],
    ['Putusan Mahkamah Konstitusi Madagaskar dibacakan kemarin.', 'Madagaskar'],
    ['Kunjungan ke KVR Indonesia Timur ditunda.', 'Indonesia Timur'],
  ])('no branch: %s', (text, name) => {
    expect(all(text)).toContain(name);
  });
});

describe('id English schools of a field and clubs after a feature word (id.org.tail-word)', () => {
  it.each([
    ['Ia kuliah di Dunmore College of Art sebelum pindah ke London.', 'Dunmore College of Art'],
    ['Ia lulus dari Kelby School of Economics and Politics.', 'Kelby School of Economics and Politics'],
    ['Ia bergabung dengan Harlow Park Rangers musim lalu.', 'Harlow Park Rangers'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'places')).toEqual(expect.not.arrayContaining([name.split(' of ')[0]]));
  });
  it.each([
    ['Mereka berlatih di Harlow Park setiap pagi.', 'Harlow Park'],
    ['Konser digelar di Dunmore College kemarin.', 'Dunmore College'],
  ])('a feature alone stays a place: %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
  });
});

describe('id a unit of administration alone names no one', () => {
  it.each([
    ['Desa itu berbatasan dengan Kelurahan Mojosari Kec.\nWuryantoro di sebelah timur.', 'Kec'],
    ['Pemerintah Kotapraja ("Gemeente") itu dibentuk pada 1906.', 'Kotapraja'],
  ])('%s', (text, word) => {
    expect(spans(text, 'people')).not.toContain(word);
  });
  it('the unit with its name stays a place', () => {
    expect(spans('Ia tinggal di Kab. Bogor sejak kecil.', 'places')).toContain('Kab. Bogor');
  });
});

describe('id the side named after "pihak" is a body (id.org.side-of)', () => {
  it.each([
    ['Namun pihak Velmora menyampaikan permintaan maaf kepada penumpang.', 'Velmora'],
    ['Sejak Februari, pihak Korvanda sudah memprotes aturan itu.', 'Korvanda'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
  it.each([
    ['Sedangkan kepada pihak Joko Widodo, ia meminta maaf.', 'Joko Widodo'],
    ['Gugatan itu diajukan oleh pihak Budi Santoso kemarin.', 'Budi Santoso'],
  ])('a known name stays a person: %s', (text, name) => {
    expect(spans(text, 'organizations')).not.toContain(name);
  });
});
