import { describe, expect, it } from 'vitest';
import { spans } from './helpers.js';

// Round 10 of the Indonesian entity rules: every case is a sentence written for the test.

describe('id a kind of body before a list names bodies (id.org.kind-list)', () => {
  it.each([
    [
      'Musik mereka dipengaruhi band - band seperti Korvane, Stelmark dan Drubolin.',
      ['Korvane', 'Stelmark', 'Drubolin'],
    ],
    [
      'Musik mereka dipengaruhi band-band seperti Korvane, Stelmark, dan Drubolin.',
      ['Korvane', 'Stelmark', 'Drubolin'],
    ],
    ['Ia lalu membentuk grup musik baru bernama Velmora.', ['Velmora']],
    ['Album itu dirilis bersama band lain seperti Quintaro dan Belvik Stone.', ['Quintaro', 'Belvik Stone']],
    [
      'Lagu itu pernah dirilis ulang oleh tiga label yakni Zolvaro, Orvenia dan Kastrel.',
      ['Zolvaro', 'Orvenia', 'Kastrel'],
    ],
  ])('%s', (text, names) => {
    const orgs = spans(text, 'organizations');
    for (const n of names) expect(orgs).toContain(n);
    for (const n of names) expect(spans(text, 'people')).not.toContain(n);
  });
  it.each([
    [
      'Ia bernyanyi bersama personel band seperti Marlon Tiwa dan Yusuf Arman.',
      ['Marlon Tiwa', 'Yusuf Arman'],
    ],
    ['Vokalis band seperti Budi Santoso jarang tampil.', ['Budi Santoso']],
    ['Lagu itu dinyanyikan ulang oleh penyanyi seperti Retno Wulandari.', ['Retno Wulandari']],
  ])('members and singers stay people: %s', (text, names) => {
    for (const n of names) expect(spans(text, 'people')).toContain(n);
  });
});

describe('id a team, and what releases a work, is a body (id.org.team, id.org.released-by)', () => {
  it.each([
    ['Musim lalu pembalap itu pindah ke tim Veltranza.', 'Veltranza'],
    ['Album perdana mereka dirilis oleh Korvamedia pada 2019.', 'Korvamedia'],
    ['Film itu diproduksi oleh Sinevista dan tayang bulan depan.', 'Sinevista'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
  it.each([
    ['Gugatan tim Prabowo - Hatta ditolak hakim.', 'Prabowo'],
    ['Film itu diproduksi oleh Hanung Bramantyo tahun lalu.', 'Hanung Bramantyo'],
    ['Anggota tim Budi mengaku lelah.', 'Budi'],
  ])('people stay people: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id a band by its tail word (id.org.tail-word)', () => {
  it.each([
    ['Tahun itu Sorvena Band merilis album kedua.', 'Sorvena Band'],
    ['Konser ditutup oleh Kravitz Orchestra.', 'Kravitz Orchestra'],
  ])('%s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
});

describe('id a name with one year in parentheses is a work, no person', () => {
  it.each([
    [
      'Ia membintangi Langit Varesta (2008), Senja Morvani (2011), dan lain-lain.',
      ['Langit Varesta', 'Senja Morvani'],
    ],
    ['Perannya di Kalvorin (2015) membuatnya terkenal.', ['Kalvorin']],
  ])('%s', (text, names) => {
    for (const n of names) expect(spans(text, 'people')).not.toContain(n);
  });
  it.each([
    ['Presiden pertama, Soekarno (1901–1970), lahir di Surabaya.', 'Soekarno'],
    ['Menurut Budi Santoso (45), warga sudah mengungsi.', 'Budi Santoso'],
    ['Pelatih Andreas Wirawan (2019) kembali memimpin tim.', 'Andreas Wirawan'],
  ])('people stay people: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id what one is a member of is a body (id.org.member-of)', () => {
  it.each([
    ['Ia sempat menjadi anggota Velvet Morrow sebelum bersolo karier.', 'Velvet Morrow'],
    ['Sejak 2010 ia tercatat sebagai anggota Korvendum Society.', 'Korvendum Society'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
  it.each([
    ['Kata anggota DPR Budi Santoso kepada wartawan.', 'Budi Santoso'],
    ['Hadir pula anggota Brimob Bripda Sutrisno di lokasi.', 'Sutrisno'],
  ])('the member stays a person: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id a kind of body before a coordinated list makes every item a body (id.org.kind-list)', () => {
  it.each([
    [
      'Ia pernah bermain di klub junior Vortana, Frileuse, dan Montrouge.',
      ['Vortana', 'Frileuse', 'Montrouge'],
    ],
    ['Malam itu tampil band Nidji, Vortana dan Kelvaris.', ['Vortana', 'Kelvaris']],
    ['Sebuah band baru yang bernama Cathedra lahir di Bandung.', ['Cathedra']],
  ])('%s', (text, names) => {
    const orgs = spans(text, 'organizations');
    for (const n of names) expect(orgs).toContain(n);
  });
  it.each([
    ['Di grup Velvet Moor, Jerinx bermain drum.', 'Jerinx'],
    ['Sebelum bergabung dengan band Velvet Moor, Ardian Saputra bermain solo.', 'Ardian Saputra'],
  ])('an apposition after the body stays a person: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id two names joined by "dan", one a known place, are two places (id.place.list-member)', () => {
  it.each([
    ['Sungai itu mengalir ke utara melewati Bandung dan Ciwarnaga.', 'Ciwarnaga'],
    ['Para pejuang dari Tripoli dan Zelvara saling membantu.', 'Zelvara'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
  it.each([
    ['Rapat di Bandung dan Budi memimpin sidang.', 'Budi'],
    ['Ia tinggal di Surabaya dan Tonny H. Wangsa di Malang.', 'Tonny H. Wangsa'],
  ])('a person stays a person: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id a kind of work before a list names titles, no people', () => {
  it.each([
    [
      'Ia menggemari film Hollywood, di antaranya Kelvarion, Morwind, dan Starfall Rising.',
      ['Kelvarion', 'Morwind', 'Starfall Rising'],
    ],
    [
      'Album itu memuat lagu - lagu seperti Relantis, Kau Pergi dan Senandung Mervi.',
      ['Relantis', 'Senandung Mervi'],
    ],
  ])('%s', (text, names) => {
    for (const n of names) expect(spans(text, 'people')).not.toContain(n);
  });
  it.each([
    ['Ia bukan penulis lagu yang handal seperti Roger Waters dan Gilmora.', 'Roger Waters'],
    ['Film itu dibintangi aktor seperti Reza Rahadian dan Vino Bastian.', 'Reza Rahadian'],
  ])('people stay people: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});
