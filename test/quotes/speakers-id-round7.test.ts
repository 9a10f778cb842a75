// Indonesian speakers, round 7: the subject before a speech verb behind an aside between commas,
// a role word before the name in apposition, a person described again with "itu/tersebut/ini", and
// "menurut" citing a written rule. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { entityIndex, run } from './helpers.js';

type Case = [text: string, people: string[], orgs: string[], cue: string, speaker: string | null];

/**
 * Who said the quote whose cue is `cue`: the person or organization the speaker links to (the name
 * given here), else the speaker's name; undefined when no quote has that cue.
 */
function speakerAt(text: string, people: string[], orgs: string[], cue: string): string | null | undefined {
  const found = run('id', text, entityIndex(text, people, orgs)).find((q) => q.cue === cue);
  if (!found) return undefined;
  const id = found.entity ?? '';
  const linked = id.startsWith('p') ? people[Number(id.slice(1)) - 1] : orgs[Number(id.slice(1)) - 1];
  return linked ?? found.speaker;
}

describe('id speakers: an aside between commas before the verb is not the subject', () => {
  const CASES: Case[] = [
    // a relative clause naming who reached the speaker
    [
      'Manajer Pasar Induk Sumber Rejeki Hartini, yang dihubungi Tempo, Jumat (7/3/2025), menambahkan, kios baru dibuka pekan depan.',
      ['Hartini'],
      ['Tempo'],
      'menambahkan',
      'Hartini',
    ],
    // "saat ditemui …"
    [
      'Pelatih tim voli putri Yosef Manik, saat ditemui di Gelanggang Remaja, mengatakan, latihan ditambah menjadi enam hari.',
      ['Yosef Manik'],
      [],
      'mengatakan',
      'Yosef Manik',
    ],
    // a day and date only
    [
      'Kepala Desa Sukamaju Rahmat Hidayat, Senin (3/2), menjelaskan, jembatan itu rusak sejak banjir.',
      ['Rahmat Hidayat'],
      [],
      'menjelaskan',
      'Rahmat Hidayat',
    ],
    // the -nya cue after it follows the same subject
    [
      'Ketua Koperasi Nelayan Samudra Andi Pratama, yang dikonfirmasi Antara, menyebutkan, harga solar naik. ”Kami belum bisa melaut,” katanya.',
      ['Andi Pratama'],
      ['Antara'],
      'katanya',
      'Andi Pratama',
    ],
    // negative: a name between commas is still the person in apposition
    [
      'Kuasa hukum keluarga korban, Dimas Arya, mengatakan, laporan sudah diterima polisi.',
      ['Dimas Arya'],
      [],
      'mengatakan',
      'Dimas Arya',
    ],
    // negative: "Budi, pengamat dari Universitas X," keeps the name before the role
    [
      'Wahyu Santosa, pengamat dari Universitas Cendana Raya, menilai, kebijakan itu terlambat.',
      ['Wahyu Santosa'],
      ['Universitas Cendana Raya'],
      'menilai',
      'Wahyu Santosa',
    ],
  ];
  it.each(CASES)('%s', (text, people, orgs, cue, speaker) => {
    expect(speakerAt(text, people, orgs, cue)).toBe(speaker);
  });
});

describe('id speakers: lowercase role words before the name in apposition', () => {
  const CASES: Case[] = [
    [
      'Peneliti Pusat Studi Pangan Universitas Lembah Hijau, dokter Sari Wulandari, mengatakan, stok beras cukup.',
      ['Sari Wulandari'],
      ['Universitas Lembah Hijau'],
      'mengatakan',
      'Sari Wulandari',
    ],
    [
      'Dosen Fakultas Hukum Universitas Tanjung Mas, pakar hukum Bonar Sitompul, menilai, pasal itu multitafsir.',
      ['Bonar Sitompul'],
      ['Fakultas Hukum Universitas Tanjung Mas'],
      'menilai',
      'Bonar Sitompul',
    ],
    // negative: a preposition among the lowercase words keeps the name before
    [
      'Rina Marlina, peneliti dari Lembaga Kajian Samudra, mengatakan, terumbu karang memutih.',
      ['Rina Marlina'],
      ['Lembaga Kajian Samudra'],
      'mengatakan',
      'Rina Marlina',
    ],
  ];
  it.each(CASES)('%s', (text, people, orgs, cue, speaker) => {
    expect(speakerAt(text, people, orgs, cue)).toBe(speaker);
  });
});

describe('id speakers: a person described again with itu/tersebut/ini points back', () => {
  const CASES: Case[] = [
    [
      'Gunawan Wibisono mengatakan, harga cabai turun. ”Panen raya sudah dimulai,” ujar mantan kepala desa tersebut.',
      ['Gunawan Wibisono'],
      [],
      'ujar',
      'Gunawan Wibisono',
    ],
    [
      'Gunawan Wibisono mengatakan, harga cabai turun. ”Panen raya sudah dimulai,” kata pria kelahiran Kudus ini.',
      ['Gunawan Wibisono'],
      [],
      'kata',
      'Gunawan Wibisono',
    ],
    [
      '”Semua layanan sudah daring,” kata Mensos Larasati. Menurut Wali Kota Bandar Jaya dua periode ini, sistem itu bisa dipakai di kementerian. ”Dulu semua memakai kertas,” ujarnya.',
      ['Larasati'],
      [],
      'ujarnya',
      'Larasati',
    ],
    [
      'Gunawan Wibisono mengatakan, harga cabai turun. ”Panen raya sudah dimulai,” kata Gubernur Sulawesi Barat itu kepada wartawan.',
      ['Gunawan Wibisono'],
      [],
      'kata',
      'Gunawan Wibisono',
    ],
    // no one named before: the role itself, without its demonstrative
    ['”Pasokan masih aman,” kata Kepala Dinas Perdagangan itu.', [], [], 'kata', 'Kepala Dinas Perdagangan'],
    // negative: "ini" inside the clause after the role is no demonstrative of the role
    [
      'Gunawan Wibisono mengatakan, harga cabai turun. ”Panen raya sudah dimulai,” kata Ketua Kelompok Tani Sri Lestari.',
      ['Gunawan Wibisono', 'Sri Lestari'],
      [],
      'kata',
      'Sri Lestari',
    ],
  ];
  it.each(CASES)('%s', (text, people, orgs, cue, speaker) => {
    expect(speakerAt(text, people, orgs, cue)).toBe(speaker);
  });
});

describe('id speakers: "menurut" a written rule is no one speaking', () => {
  it('a regulation cited with "menurut" gives no indirect quote and no speaker for the -nya cue', () => {
    const text =
      'Selanjutnya, lanjut Suharto, karantina itu, menurut Peraturan Menteri Kesehatan nomor 12 tahun 2021, berlaku 10 hari. ”Wabah tidak selesai dalam 10 hari,” katanya.';
    const found = run('id', text, entityIndex(text, ['Suharto']));
    expect(found.some((q) => q.cue === 'menurut')).toBe(false);
    expect(found.find((q) => q.cue === 'katanya')?.speaker).toBe('Suharto');
  });
  it('negative: "menurut" a person still is an indirect quote', () => {
    const text = 'Menurut Suharto, karantina itu berlaku 10 hari.';
    const found = run('id', text, entityIndex(text, ['Suharto']));
    expect(found.find((q) => q.cue === 'Menurut')?.speaker).toBe('Suharto');
  });
});

describe('id speakers: a common word capitalized by the sentence start is no new topic', () => {
  const CASES: Case[] = [
    [
      '”Jadwal sekolah sudah diatur,” kata Dewi. Menurut Dewi, anak perlu dibimbing. Orangtua masa kini sibuk bekerja. ”Banyak orangtua lupa bertanya,” ucapnya.',
      ['Dewi', 'Orangtua'],
      [],
      'ucapnya',
      'Dewi',
    ],
    // negative: a one-word name with no lowercase twin in the text still becomes the topic
    [
      '”Jadwal sekolah sudah diatur,” kata Dewi. Santi menambahkan, guru juga harus terlibat. ”Guru perlu dilatih,” ucapnya.',
      ['Dewi', 'Santi'],
      [],
      'ucapnya',
      'Santi',
    ],
  ];
  it.each(CASES)('%s', (text, people, orgs, cue, speaker) => {
    expect(speakerAt(text, people, orgs, cue)).toBe(speaker);
  });
});

describe('id speakers: a title listing its fields runs past the commas to the name', () => {
  const CASES: Case[] = [
    [
      '”Keamanan tetap terjaga,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Yudha Prasetya dalam jumpa pers.',
      ['Yudha Prasetya'],
      [],
      'kata',
      'Yudha Prasetya',
    ],
    // negative: a second speaker with an office of their own after "dan"
    [
      '”Keamanan tetap terjaga,” kata Kepala Dinas Perhubungan Yudha Prasetya, Selasa, dan Gubernur Sulawesi Barat Andi Rahman.',
      ['Yudha Prasetya', 'Andi Rahman'],
      [],
      'kata',
      'Yudha Prasetya',
    ],
    // negative: places listed after the name are no fields of the title
    [
      '”Keamanan tetap terjaga,” kata Kepala Dinas Perhubungan Yudha Prasetya, Mamuju, dan Majene.',
      ['Yudha Prasetya'],
      [],
      'kata',
      'Yudha Prasetya',
    ],
  ];
  it.each(CASES)('%s', (text, people, orgs, cue, speaker) => {
    expect(speakerAt(text, people, orgs, cue)).toBe(speaker);
  });
});

describe('id speakers: a -nya cue stands for a person, not the body that speaks next', () => {
  const CASES: Case[] = [
    [
      'Ketua Asosiasi Logistik Nusantara Yusuf Hamdani mengatakan, kegiatan logistik melambat. ”Logistik harus tetap jalan,” ujarnya. Badan Pangan Dunia menyebut, perdagangan Asia akan pulih.',
      ['Yusuf Hamdani'],
      ['Badan Pangan Dunia'],
      'ujarnya',
      'Yusuf Hamdani',
    ],
    // negative: a person who takes the floor right after is still who the -nya cue names
    [
      'Ketua Asosiasi Logistik Nusantara Yusuf Hamdani mengatakan, kegiatan logistik melambat. ”Logistik harus tetap jalan,” ujarnya. Rahmat Hidayat menambahkan, perdagangan Asia akan pulih.',
      ['Yusuf Hamdani', 'Rahmat Hidayat'],
      [],
      'ujarnya',
      'Rahmat Hidayat',
    ],
  ];
  it.each(CASES)('%s', (text, people, orgs, cue, speaker) => {
    expect(speakerAt(text, people, orgs, cue)).toBe(speaker);
  });
});
