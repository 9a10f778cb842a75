import { describe, expect, it } from 'vitest';
import { all, spans, titlesOf } from './helpers.js';

// Held-out news round 4 of the Indonesian entity rules: every case is a sentence written for the test.

describe('id a quoted title after a kind of work holds no entity (quotedWorkTitles)', () => {
  it.each([
    ['Lagu "Senja di Ujung Pelabuhan" menjadi lagu tema film itu.', ['Ujung', 'Pelabuhan']],
    ['Ia membawakan lagu "Rindu di Ujung Dermaga" pada malam penutupan.', ['Ujung']],
    ['Film “Pulang ke Jambi” tayang di bioskop pekan depan.', ['Jambi']],
    ['Grup itu menggelar tur bertajuk "Malam di Bandung" tahun ini.', ['Bandung']],
    ['Novel "Gadis dari Ternate" laris di toko buku.', ['Ternate']],
  ])('%s', (text, names) => {
    for (const n of names) expect(all(text)).not.toContain(n);
  });
  it.each([
    // a full quote after the cue word is speech, not a title
    ['"Kami akan tampil di Bandung," kata vokalis band itu.', 'Bandung', 'places'],
    // no kind of work before the quotation marks
    [
      'Warga menyebut daerah itu "Kampung Bandung" sejak dulu, kata Ketua RT Joko Susilo.',
      'Joko Susilo',
      'people',
    ],
    ['Konser itu digelar di Bandung, Jawa Barat, pada Sabtu malam.', 'Bandung', 'places'],
    ['Lagu itu direkam di studio mereka di Surabaya.', 'Surabaya', 'places'],
  ] as const)('kept: %s', (text, name, kind) => {
    expect(spans(text, kind)).toContain(name);
  });
});

describe('id a name between a band part and ", <person>" is the band (id.org.band-of-member)', () => {
  it.each([
    [
      'Vokalis Kelvara, Rudi Hartono, mengatakan konser itu ditunda.',
      'Kelvara',
      'Rudi Hartono',
      'Vokalis Kelvara',
    ],
    [
      'Sementara itu, drummer Sorvana, Andi Pratama, mengaku lelah.',
      'Sorvana',
      'Andi Pratama',
      'drummer Sorvana',
    ],
    [
      'Menurut gitaris Kalandra, Fajar Nugroho, album itu selesai.',
      'Kalandra',
      'Fajar Nugroho',
      'gitaris Kalandra',
    ],
  ])('%s', (text, band, person, title) => {
    expect(spans(text, 'organizations')).toContain(band);
    expect(spans(text, 'people')).not.toContain(band);
    expect(spans(text, 'people')).toContain(person);
    expect(titlesOf(text, person)).toEqual([title]);
  });
  it.each([
    // no person after the comma: the name is the singer
    ['Vokalis Rendra Wijaya mengaku gugup sebelum naik panggung.', 'Rendra Wijaya'],
    // a coach's part is no band member's part
    ['Pelatih Budi, Andi Susanto, dan Joko hadir di lapangan.', 'Andi Susanto'],
  ])('kept: %s', (text, person) => {
    expect(spans(text, 'people')).toContain(person);
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe('id a body of two or three words the document names leads a person name (id.org.office-body)', () => {
  it.each([
    [
      'Band Kalandra Senja tampil malam ini. Sementara itu, gitaris Kalandra Senja Piyu mengaku band tersebut sedang menyiapkan album baru.',
      'Kalandra Senja',
      'Piyu',
    ],
    [
      'Grup musik Kalandra Senja tampil malam ini. Gitaris Kalandra Senja Rudi Hartono mengatakan album itu selesai.',
      'Kalandra Senja',
      'Rudi Hartono',
    ],
  ])('%s', (text, org, person) => {
    expect(spans(text, 'organizations').filter((s) => s === org)).toHaveLength(2);
    expect(spans(text, 'people')).toContain(person);
  });
  it.each([
    // the body's name is not the name's opening
    ['Band Kalandra Senja tampil malam ini bersama Rudi Hartono.', 'Rudi Hartono'],
    // a person named like the opening words of nothing the document names stays whole
    ['PT Sinar Terang Abadi berdiri 1990. Menurut Sinar Wulandari, perusahaan itu sehat.', 'Sinar Wulandari'],
  ])('kept: %s', (text, person) => {
    expect(spans(text, 'people')).toContain(person);
  });
});

describe('id an office with a word on its standing before ", <name>" (id.person.title-before-name)', () => {
  it.each([
    ['KPK menahan Bupati Sragen nonaktif, Danu Wicaksono, kemarin.', 'Danu Wicaksono', 'Bupati Sragen'],
    [
      'Hal itu disampaikan Wali Kota Madiun terpilih, Rina Kartika, di Madiun.',
      'Rina Kartika',
      'Wali Kota Madiun',
    ],
    [
      'Menurut Ketua Umum Perbasi demisioner, Hendra Gunawan, kongres ditunda.',
      'Hendra Gunawan',
      'Ketua Umum Perbasi',
    ],
  ])('%s', (text, name, title) => {
    expect(spans(text, 'people')).toContain(name);
    expect(titlesOf(text, name).join(' ')).toContain(title);
  });
  it.each([
    // a word that is no standing: the office names no one after the comma
    ['Bupati Sragen menolak, Danu Wicaksono tidak hadir.', 'Danu Wicaksono'],
    ['Status Bupati Sragen nonaktif sejak Senin, kata Danu Wicaksono.', 'Danu Wicaksono'],
  ])('no title: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
    expect(titlesOf(text, name)).toEqual([]);
  });
});
