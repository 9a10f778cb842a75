// Indonesian pronouns and -nya cues after a new subject was introduced in the sentence before
// (held-out round 3, issue 4). Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../src/recognize/types.js';
import type { Person } from '../../src/types.js';
import { run } from './helpers.js';

/** People given as [name, titles]: every occurrence of each name in the text becomes a mention. */
function people(text: string, spec: [name: string, titles: string[]][]): EntityIndex {
  const ps: Person[] = spec.map(([name, titles], i) => {
    const mentions = [];
    for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length))
      mentions.push({ start: k, end: k + name.length, text: name });
    return { id: `p${i + 1}`, name, aliases: [], titles, mentions };
  });
  return {
    people: ps,
    places: [],
    organizations: [],
    at: (start, end) => ps.find((p) => p.mentions.some((m) => m.start < end && m.end > start)) ?? null,
  };
}

type Case = [text: string, who: [name: string, titles: string[]][], cue: string, speaker: string];

/** The speaker of the quote whose cue is `cue`. */
function speakerAt(text: string, who: [string, string[]][], cue: string): string | null {
  const found = run('id', text, people(text, who)).find((q) => q.cue === cue);
  if (!found) throw new Error(`no quote with cue ${cue}`);
  return found.speaker;
}

describe('id speakers: the subject just introduced is who "ia", "menurutnya", "katanya" point to', () => {
  const CASES: Case[] = [
    // a connective, then the person's titles, then the name
    [
      '“Jalan itu sudah kami perbaiki,” kata Hendra. Sementara itu, Kepala Dinas Pendidikan Kota Malang Suwarjana meminta sekolah menunda kegiatan luar kelas. Ia menegaskan bahwa ujian tetap digelar sesuai jadwal.',
      [
        ['Hendra', []],
        ['Suwarjana', ['Kepala Dinas Pendidikan Kota Malang']],
      ],
      'menegaskan',
      'Suwarjana',
    ],
    [
      '“Stok masih aman,” ujar Lukman. Di sisi lain, Ketua Koperasi Tani Makmur Wagiman mendesak pemerintah menaikkan harga gabah. Menurutnya, petani merugi sejak awal musim.',
      [
        ['Lukman', []],
        ['Wagiman', ['Ketua Koperasi Tani Makmur']],
      ],
      'Menurutnya',
      'Wagiman',
    ],
    // a passive report names who spoke
    [
      '“Kami sudah siap,” ujar Dodi. Hal tersebut disampaikan Camat Lowokwaru, Imam Badar, di kantornya, Selasa (4/6/2024). Ia mengatakan bahwa posko dibuka 24 jam.',
      [
        ['Dodi', []],
        ['Imam Badar', ['Camat Lowokwaru']],
      ],
      'mengatakan',
      'Imam Badar',
    ],
    // a name in apposition to the role that opens the sentence, before an active verb
    [
      '“Airnya sudah surut,” kata Bambang. Seorang pedagang, Yuliani (39), mengaku rugi jutaan rupiah. “Dagangan saya rusak semua,” katanya.',
      [
        ['Bambang', []],
        ['Yuliani', []],
      ],
      'katanya',
      'Yuliani',
    ],
    [
      '“Sidang ditunda,” kata Gilang. Pengacara terdakwa, Rudi Hartono, juga berharap hakim mempertimbangkan usia kliennya. Menurut dia, kliennya sudah mengembalikan uang itu.',
      [
        ['Gilang', []],
        ['Rudi Hartono', []],
      ],
      'Menurut',
      'Rudi Hartono',
    ],
    // a -nya cue repeating the verb of the sentence before: that verb's subject
    [
      '“Semua sudah diperiksa,” kata Dodi. Usai rapat, Budi Santoso menegaskan komitmen partainya. “Kami tidak akan mundur,” tegasnya.',
      [
        ['Dodi', []],
        ['Budi Santoso', []],
      ],
      'tegasnya',
      'Budi Santoso',
    ],
    // "Hal senada disampaikan X (19), …": the same report with a like view
    [
      '“Kami berangkat subuh,” ujar Latifah. Hal senada disampaikan Bagus Pranoto (20), anggota rombongan lain. Ia senang ikut perjalanan itu. “Kami belajar banyak,” katanya.',
      [
        ['Latifah', []],
        ['Bagus Pranoto', []],
      ],
      'katanya',
      'Bagus Pranoto',
    ],
    // titles the entity recognizer did not take whole, with lowercase joiners
    [
      '“Rute baru sudah dibuka,” kata Sinta. Co - Founder sekaligus Pembina Komunitas Jalan Kaki (KJK) Arif Wibowo yakin warga akan lebih sering berjalan kaki. “Trotoar kita makin lebar,” katanya.',
      [
        ['Sinta', []],
        ['Arif Wibowo', []],
      ],
      'katanya',
      'Arif Wibowo',
    ],
    // an opening phrase and its comma, then titles and the name
    [
      '“Bunga sudah turun,” kata Piter. Terkait kebutuhan likuiditas, Gubernur Bank Daerah Hartono Wijaya mendorong bank memakai fasilitas itu. “Dananya cukup,” ujarnya.',
      [
        ['Piter', []],
        ['Hartono Wijaya', []],
      ],
      'ujarnya',
      'Hartono Wijaya',
    ],
    // "di" inside an office's name, and a short form in brackets the recognizer took for a name
    [
      '“Armada ditambah,” kata Rudy Tan. Ketua Asosiasi Pedagang Pasar di Jalan Baru (Apjab) Kota Medan Sutan Harahap mempertanyakan langkah itu. “Pembeli makin sepi,” katanya.',
      [
        ['Rudy Tan', []],
        ['Apjab', []],
        ['Sutan Harahap', []],
      ],
      'katanya',
      'Sutan Harahap',
    ],
  ];
  it.each(CASES)('%s', (text, who, cue, speaker) => {
    expect(speakerAt(text, who, cue)).toBe(speaker);
  });

  const KEPT: Case[] = [
    // an apposition before a passive verb: that person did not speak
    [
      '“Kasusnya masih kami dalami,” kata Reni. Mantan bendahara desa, Sutrisno, juga telah diperiksa penyidik. “Pemeriksaan masih berlanjut,” katanya.',
      [
        ['Reni', []],
        ['Sutrisno', []],
      ],
      'katanya',
      'Reni',
    ],
    // a list after a role is no apposition
    [
      '“Sidang dibuka untuk umum,” kata Reni. Tiga saksi, Budi, Ani, dan Cici, hadir di ruang sidang. Menurut dia, keterangan saksi akan didengar pekan depan.',
      [
        ['Reni', []],
        ['Budi', []],
      ],
      'Menurut',
      'Reni',
    ],
    // the object of the sentence before is not its subject, even before a verb the cue repeats
    [
      '“Kami menunggu laporan,” kata Reni. Polisi memanggil Joko, yang mengatakan tidak tahu. “Kami akan memeriksa semua saksi,” katanya.',
      [
        ['Reni', []],
        ['Joko', []],
      ],
      'katanya',
      'Reni',
    ],
    // a passive that is not a report of speech ("diketahui")
    [
      '“Airnya sudah surut,” kata Bambang. Hal itu diketahui Camat Lowokwaru Imam Badar dari laporan warga. Ia mengatakan bahwa warga sudah kembali ke rumah.',
      [
        ['Bambang', []],
        ['Imam Badar', []],
      ],
      'mengatakan',
      'Bambang',
    ],
    // a person after a preposition ("dari") is no subject
    [
      '“Pesanan naik,” kata Reni. Tim dari Kantor Joko Santoso mengatakan pengiriman tertunda. “Kami kekurangan truk,” katanya.',
      [
        ['Reni', []],
        ['Joko Santoso', []],
      ],
      'katanya',
      'Reni',
    ],
    // "Apalagi, …": the writer goes on with the last speaker's reasoning
    [
      '“Data harus dibuka,” kata Irma. Apalagi, Presiden Budi Darmawan sudah meminta data dibuka. “Publik berhak tahu,” ujarnya.',
      [
        ['Irma', []],
        ['Budi Darmawan', []],
      ],
      'ujarnya',
      'Irma',
    ],
    // a name inside what reads as titles ("X di PT …") is no title: the sentence's subject is X
    [
      '“Pesanan turun,” kata Sinta. Reynaldi di PT Rotan Jaya mengatakan ekspor naik lagi. “Pembeli kembali,” katanya.',
      [
        ['Sinta', []],
        ['Reynaldi', []],
        ['Rotan Jaya', []],
      ],
      'katanya',
      'Reynaldi',
    ],
  ];
  it.each(KEPT)('keeps the earlier speaker: %s', (text, who, cue, speaker) => {
    expect(speakerAt(text, who, cue)).toBe(speaker);
  });
});
