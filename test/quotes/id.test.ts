// Indonesian quotes and their speakers. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { entityIndex, run, triples } from './helpers.js';

type Case = [text: string, expected: [type: string, quote: string, speaker: string | null][]];

const DIRECT: Record<string, Case[]> = {
  'cue after the quote': [
    [
      '”Harga beras akan turun bulan depan,” kata Budi Santoso.',
      [['direct', '”Harga beras akan turun bulan depan,”', 'Budi Santoso']],
    ],
    [
      '“Kami sudah siap menghadapi banjir,” ujar Sari.',
      [['direct', '“Kami sudah siap menghadapi banjir,”', 'Sari']],
    ],
    [
      '"Jalan itu segera diperbaiki," tutur Andi di Bandung, Senin.',
      [['direct', '"Jalan itu segera diperbaiki,"', 'Andi']],
    ],
    [
      '”Semua warga wajib memakai masker,” tegas Kepala Dinas Kesehatan Kota Malang Rina Wulandari.',
      [['direct', '”Semua warga wajib memakai masker,”', 'Rina Wulandari']],
    ],
    [
      '”Kami menunggu keputusan pusat,” kata Komisaris Besar Agus Salim kepada wartawan.',
      [['direct', '”Kami menunggu keputusan pusat,”', 'Agus Salim']],
    ],
    [
      '”Stok pangan aman hingga akhir tahun,” ungkap Menteri Pertanian Dedi Kurnia dalam keterangan tertulis.',
      [['direct', '”Stok pangan aman hingga akhir tahun,”', 'Dedi Kurnia']],
    ],
    [
      '”Kami tidak akan mundur,” kata juru bicara kementerian.',
      [['direct', '”Kami tidak akan mundur,”', 'juru bicara kementerian']],
    ],
    [
      '”Proyek ini selesai tahun depan,” kata Presiden.',
      [['direct', '”Proyek ini selesai tahun depan,”', 'Presiden']],
    ],
  ],
  'cue before the quote': [
    [
      'Dikatakan Budi, “Kami sudah siap menghadapi banjir tahun ini.”',
      [['direct', '“Kami sudah siap menghadapi banjir tahun ini.”', 'Budi']],
    ],
    [
      'Budi Santoso mengatakan, ”Kami akan membuka pendaftaran besok.”',
      [['direct', '”Kami akan membuka pendaftaran besok.”', 'Budi Santoso']],
    ],
    [
      'Menurut Sari, ”Bantuan itu belum sampai ke desa kami.”',
      [['direct', '”Bantuan itu belum sampai ke desa kami.”', 'Sari']],
    ],
    [
      'Andi menegaskan: “Tidak ada pungutan liar di sekolah ini.”',
      [['direct', '“Tidak ada pungutan liar di sekolah ini.”', 'Andi']],
    ],
    [
      'Rina kepada wartawan mengatakan, ”Sekolah kami sudah siap dibuka.”',
      [['direct', '”Sekolah kami sudah siap dibuka.”', 'Rina']],
    ],
  ],
};

describe('id direct quotes', () => {
  for (const [family, cases] of Object.entries(DIRECT)) {
    it.each(cases)(`${family}: %s`, (text, expected) => {
      expect(triples(run('id', text).filter((q) => q.type === 'direct'))).toEqual(expected);
    });
  }

  it('resolves -nya forms to the speaker named before', () => {
    const text =
      'Kepala desa Joko Prasetyo mengatakan, panen tahun ini melimpah. ”Harga gabah juga naik,” katanya. ”Petani senang,” ujarnya.';
    const found = run('id', text).filter((q) => q.type === 'direct');
    expect(found.map((q) => q.speaker)).toEqual(['Joko Prasetyo', 'Joko Prasetyo']);
    expect(found.map((q) => q.cue)).toEqual(['katanya', 'ujarnya']);
  });

  it('resolves ia/dia/beliau to the nearest earlier speaker', () => {
    const text = '”Sekolah dibuka pekan depan,” kata Rina Wulandari. ”Guru sudah divaksin,” kata dia.';
    const found = run('id', text);
    expect(found.map((q) => q.speaker)).toEqual(['Rina Wulandari', 'Rina Wulandari']);
  });

  it('takes the speaker from a passive cue in the next sentence', () => {
    const text =
      'Banjir surut sejak pagi.\n\n”Kami masih menyiagakan perahu karet di tiga kelurahan.”\n\nHal itu disampaikan Kepala BPBD Kota Bandung Andi Wijaya di Bandung, Senin.';
    expect(triples(run('id', text).filter((q) => q.type === 'direct'))).toEqual([
      ['direct', '”Kami masih menyiagakan perahu karet di tiga kelurahan.”', 'Andi Wijaya'],
    ]);
  });

  it('gives a quote that continues without a cue to the previous speaker', () => {
    const text = '”Jembatan itu rusak berat,” kata Andi. ”Kami butuh bantuan segera untuk memperbaikinya.”';
    expect(run('id', text).map((q) => q.speaker)).toEqual(['Andi', 'Andi']);
  });

  it('links the speaker to the entity and keeps the surface name', () => {
    const text = 'Budi Santoso hadir di rapat itu. ”Kami siap membantu,” kata Budi.';
    const found = run('id', text, entityIndex(text, ['Budi Santoso', 'Budi']));
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Budi');
    expect(found[0]!.entity).toBe('p2');
  });

  it('takes the speech verbs of a user lexicon', () => {
    const text = '”Semua sudah beres,” seloroh Andi.';
    expect(run('id', text)).toEqual([]);
    expect(triples(run('id', text, undefined, ['seloroh']))).toEqual([
      ['direct', '”Semua sudah beres,”', 'Andi'],
    ]);
    const nya = '”Kami siap,” kata Andi. ”Semua sudah beres,” selorohnya.';
    expect(run('id', nya, undefined, ['seloroh']).map((q) => [q.cue, q.speaker])).toEqual([
      ['kata', 'Andi'],
      ['selorohnya', 'Andi'],
    ]);
  });

  const NOT_QUOTES: string[] = [
    'Pemerintah terus mendorong program “hilirisasi” di daerah.',
    'Film ”Laskar Pelangi” diputar lagi di bioskop kota.',
    'Warga menyebut jalan itu sebagai ”jalan tikus” sejak lama.',
    'Kata ”merdeka” ditulis besar di spanduk.',
  ];
  it.each(NOT_QUOTES)('ignores scare quotes and titles: %s', (text) => {
    expect(run('id', text).filter((q) => q.type === 'direct')).toEqual([]);
  });
});

describe('id indirect quotes', () => {
  const INDIRECT: Case[] = [
    [
      'Budi mengatakan harga beras akan turun bulan depan.',
      [['indirect', 'harga beras akan turun bulan depan', 'Budi']],
    ],
    [
      'Sari menegaskan bahwa bantuan sudah disalurkan ke semua desa.',
      [['indirect', 'bantuan sudah disalurkan ke semua desa', 'Sari']],
    ],
    [
      'Menurut Andi, jalan itu akan diperbaiki tahun depan.',
      [['indirect', 'jalan itu akan diperbaiki tahun depan', 'Andi']],
    ],
    [
      'Jalan itu akan diperbaiki tahun depan, kata Andi.',
      [['indirect', 'Jalan itu akan diperbaiki tahun depan', 'Andi']],
    ],
    [
      'Dalam pernyataannya, Menteri Keuangan Sri Wahyuni menegaskan bahwa anggaran subsidi tidak dipotong.',
      [['indirect', 'anggaran subsidi tidak dipotong', 'Sri Wahyuni']],
    ],
    [
      'Dedi mengatakan stok pangan aman, dan menambahkan bahwa harga akan stabil hingga akhir tahun.',
      [
        ['indirect', 'stok pangan aman', 'Dedi'],
        ['indirect', 'harga akan stabil hingga akhir tahun', 'Dedi'],
      ],
    ],
    // "menyebut" reports a clause, but only a clause
    [
      'Kepala Kantor SAR Makassar, Andi Rahman, menyebut pencarian dua nelayan akan dilanjutkan besok pagi.',
      [['indirect', 'pencarian dua nelayan akan dilanjutkan besok pagi', 'Andi Rahman']],
    ],
    [
      'Rina menyebut harga cabai naik tajam sejak awal bulan.',
      [['indirect', 'harga cabai naik tajam sejak awal bulan', 'Rina']],
    ],
    // an age in brackets after the name in apposition
    [
      'Warga Desa Sukamaju, Siti Aminah (45), mengaku rumahnya terendam sejak Senin malam.',
      [['indirect', 'rumahnya terendam sejak Senin malam', 'Siti Aminah']],
    ],
    // a role, then the name, between commas
    [
      'Koordinator relawan, dosen Universitas Hasanuddin Dr. Rudi Hartono, menjelaskan bahwa posko akan dibuka selama sepekan.',
      [['indirect', 'posko akan dibuka selama sepekan', 'Rudi Hartono']],
    ],
    // a passive cue opening the sentence, its speaker, a comma
    [
      'Dikatakan Budi, pihaknya sudah menyiapkan 200 personel.',
      [['indirect', 'pihaknya sudah menyiapkan 200 personel', 'Budi']],
    ],
    [
      'Dijelaskan oleh Kepala Dinas Kesehatan Kota Bogor Rina Wulandari, vaksinasi dimulai pekan depan.',
      [['indirect', 'vaksinasi dimulai pekan depan', 'Rina Wulandari']],
    ],
    // the dateline is where the story comes from, not what was said
    [
      'JAKARTA, KOMPAS.com - Harga beras di pasar tradisional naik tajam pekan ini, kata Budi Santoso.',
      [['indirect', 'Harga beras di pasar tradisional naik tajam pekan ini', 'Budi Santoso']],
    ],
    // the name before the apposition wins over a name inside it
    [
      'Dodi Saputra, kuasa hukum Yayasan Mitra dan Hendra Gunawan, menyatakan pihaknya menghormati putusan hakim.',
      [['indirect', 'pihaknya menghormati putusan hakim', 'Dodi Saputra']],
    ],
  ];
  it.each(INDIRECT)('%s', (text, expected) => {
    expect(triples(run('id', text))).toEqual(expected);
  });

  it.each([
    'Budi menyampaikan pesan kepada warga desa.',
    'Budi mengatakan hal itu kepada wartawan di Jakarta.',
    'Pernyataan itu mengatakan sesuatu.',
    'Hujan deras mengguyur kota sejak pagi.',
    'Warga menyebut jalan sempit itu sebagai jalan tikus.',
    'Hal itu dikatakan Budi di Jakarta.',
    'Dikatakan, harga beras naik pekan ini.',
    'Rapat itu dinyatakan sah oleh pimpinan sidang.',
    'Polisi menyebut nama tiga orang yang ditangkap semalam.',
    'Guru itu menyebut beberapa faktor yang menyebabkan nilai siswa turun.',
  ])('finds no reported speech in %s', (text) => {
    expect(run('id', text)).toEqual([]);
  });
});

describe('id speaker surfaces and antecedents, with the entities the pipeline finds', () => {
  const CASES: [text: string, expected: [type: string, text: string, speaker: string][]][] = [
    // the titles the phrase took in front of the name stay out of the speaker's name
    [
      'Deputi Bidang Neraca dan Analisis BPS Hadi Prasetyo mengatakan inflasi tahunan melandai pada Oktober.',
      [['indirect', 'inflasi tahunan melandai pada Oktober', 'Hadi Prasetyo']],
    ],
    // an organization's official name with commas is the speaker, not its last field
    [
      'Sementara itu, Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan hujan lebat masih akan turun.',
      [['indirect', 'hujan lebat masih akan turun', 'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)']],
    ],
    // a -nya cue after a sentence whose subject follows a connective is that subject
    [
      '”Tim bermain disiplin,” kata Joko Susilo. Namun, Rina Wulandari mengaku belum puas. ”Masih banyak yang harus diperbaiki,” ujarnya.',
      [
        ['direct', '”Tim bermain disiplin,”', 'Joko Susilo'],
        ['direct', '”Masih banyak yang harus diperbaiki,”', 'Rina Wulandari'],
      ],
    ],
    // "ia" after a sentence opened by a titled person is that person, not the previous speaker
    [
      '”Tim bermain disiplin,” kata Joko Susilo. Kepala Dinas Kesehatan Kota Bogor Rina Wulandari mengimbau warga waspada. Ia menyebut kasus demam berdarah naik dua kali lipat.',
      [
        ['direct', '”Tim bermain disiplin,”', 'Joko Susilo'],
        ['indirect', 'kasus demam berdarah naik dua kali lipat', 'Rina Wulandari'],
      ],
    ],
    // "Menurut dia" after a sentence opened by a role noun and a name is that person
    [
      '”Tim bermain disiplin,” kata Joko Susilo. Pelukis Rina Wulandari yang juga teman almarhum mengenang masa kecil mereka. Menurut dia, almarhum selalu rendah hati.',
      [
        ['direct', '”Tim bermain disiplin,”', 'Joko Susilo'],
        ['indirect', 'almarhum selalu rendah hati', 'Rina Wulandari'],
      ],
    ],
    // … but not after a preposition that opens the sentence: the last speaker stays
    [
      '”Tim bermain disiplin,” kata Joko Susilo. Bersama Rina Wulandari, pelatih itu menonton laga. Menurut dia, tim sudah siap.',
      [
        ['direct', '”Tim bermain disiplin,”', 'Joko Susilo'],
        ['indirect', 'tim sudah siap', 'Joko Susilo'],
      ],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    const found = (extract(text, { lang: 'id' }).quotes ?? []).map((q) => [q.type, q.text, q.speaker?.name]);
    expect(found).toEqual(expected);
  });
});

describe('id held-out round 2: what "melaporkan" files or books is no statement', () => {
  it.each([
    'PT Sinar Harapan Tbk melaporkan laba Rp 2 triliun pada semester pertama.',
    'Perusahaan itu melaporkan kerugian Rp 500 miliar tahun lalu.',
    'Warga melaporkan kasus penipuan itu ke Polres Bogor pekan lalu.',
  ])('finds no reported speech in %s', (text) => {
    expect(run('id', text)).toEqual([]);
  });
  it.each<Case>([
    [
      'Media lokal melaporkan dua rumah warga rusak akibat angin kencang.',
      [['indirect', 'dua rumah warga rusak akibat angin kencang', 'Media lokal']],
    ],
    [
      'Kepala desa melaporkan bahwa laba koperasi turun tahun ini.',
      [['indirect', 'laba koperasi turun tahun ini', 'Kepala desa']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('id', text))).toEqual(expected);
  });
});

describe('id held-out round 2: a topic or a list named after a reporting verb is no statement', () => {
  it.each([
    'Kapolda menjelaskan kronologi kejadian kepada wartawan.',
    'Ia menyebutkan tiga nama tersangka.',
    'Budi menjelaskan alasan kenaikan harga.',
  ])('finds no reported speech in %s', (text) => {
    expect(run('id', text)).toEqual([]);
  });
  it.each<Case>([
    // the same nouns opening a clause of their own are reported
    [
      'Polisi mengatakan nama pelaku belum diketahui.',
      [['indirect', 'nama pelaku belum diketahui', 'Polisi']],
    ],
    [
      'Kapolda menjelaskan, kronologi kejadian bermula pukul 02.00.',
      [['indirect', 'kronologi kejadian bermula pukul 02.00', 'Kapolda']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('id', text))).toEqual(expected);
  });
});

describe('id held-out round 3: the name in apposition is the speaker, not its title or residence', () => {
  const CASES: [text: string, expected: [type: string, text: string, speaker: string][]][] = [
    // honorific abbreviations before the name between commas
    [
      'Penjual sayur di Pasar Baru, Hj. Ratna Sari (54), mengatakan harga cabai naik sejak pekan lalu.',
      [['indirect', 'harga cabai naik sejak pekan lalu', 'Ratna Sari']],
    ],
    [
      'Dosen hukum Universitas Andalas, Prof. Dr. Yusran Effendi, menilai putusan itu patut dihormati.',
      [['indirect', 'putusan itu patut dihormati', 'Yusran Effendi']],
    ],
    // the runs after the name say where the person lives
    [
      'Seorang petani, Darmin (60), warga Desa Sukamaju, Kabupaten Garut, mengaku sawahnya gagal panen dua kali.',
      [['indirect', 'sawahnya gagal panen dua kali', 'Darmin']],
    ],
    [
      'Salah satu penumpang, Wulan Anggraini, asal Kota Padang, mengatakan kapal berangkat terlambat tiga jam.',
      [['indirect', 'kapal berangkat terlambat tiga jam', 'Wulan Anggraini']],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    const found = (extract(text, { lang: 'id' }).quotes ?? []).map((q) => [q.type, q.text, q.speaker?.name]);
    expect(found).toEqual(expected);
  });
  // negatives: a residence run with no name before it, and a title that is no honorific, stay as they were
  it.each<[string, string]>([
    ['Warga Desa Sukamaju, Kabupaten Garut, mengatakan sawah mereka gagal panen.', 'Sukamaju'],
    [
      'Sementara itu, Kepala Dinas Pertanian Garut, Budi Hartono, mengatakan bantuan benih segera dikirim.',
      'Budi Hartono',
    ],
  ])('%s', (text, name) => {
    const q = extract(text, { lang: 'id' }).quotes ?? [];
    expect(q.map((x) => x.speaker?.name)).toEqual([expect.stringContaining(name)]);
  });
});

describe('id held-out round 3: nicknames, a person described again, a role with the person in apposition', () => {
  const CASES: [text: string, expected: [type: string, text: string, speaker: string][]][] = [
    [
      '”Pasar ini harus tetap bersih,” ujar pria yang akrab disapa Pak Darto itu.',
      [['direct', '”Pasar ini harus tetap bersih,”', 'Darto']],
    ],
    [
      'Menurut Ketua RT setempat, Sutarno (63), air datang sekitar pukul 02.00. ”Air naik cepat sekali,” kata bapak tiga anak itu.',
      [
        ['indirect', 'air datang sekitar pukul 02.00', 'Sutarno'],
        ['direct', '”Air naik cepat sekali,”', 'Sutarno'],
      ],
    ],
    [
      'Menurut Kepala Desa Sukamaju, Wawan Setiawan, jembatan itu dibangun pada 1998.',
      [['indirect', 'jembatan itu dibangun pada 1998', 'Wawan Setiawan']],
    ],
    // a role that opens the sentence and closes with "itu" points back to the last speaker
    [
      '”Kami tidak panik,” kata Bojan Hodak. Pelatih asal Kroasia itu menambahkan, timnya masih harus memperbaiki penyelesaian akhir.',
      [
        ['direct', '”Kami tidak panik,”', 'Bojan Hodak'],
        ['indirect', 'timnya masih harus memperbaiki penyelesaian akhir', 'Bojan Hodak'],
      ],
    ],
    // a role and its body, then "itu", after the cue: the person named before
    [
      'Ketua Komisi II DPR Rifqi Karsa mengatakan, keputusan itu diambil dalam rapat kerja. ”Semua fraksi sepakat,” ujar politikus Partai Nasdem itu.',
      [
        ['indirect', 'keputusan itu diambil dalam rapat kerja', 'Rifqi Karsa'],
        ['direct', '”Semua fraksi sepakat,”', 'Rifqi Karsa'],
      ],
    ],
    // a body's acronym before the name belongs to the office; initials and two acronyms in a row do not
    [
      'Vice President Commercial LOKASI Ario Adimas mengatakan, penjualan tiket naik dua kali lipat.',
      [['indirect', 'penjualan tiket naik dua kali lipat', 'Ario Adimas']],
    ],
    [
      'Menteri Bambang PS Brodjonegoro mengatakan, anggaran riset naik tahun depan.',
      [['indirect', 'anggaran riset naik tahun depan', 'Bambang PS Brodjonegoro']],
    ],
    // a town (its club) between a role word and a two-word name is no part of the name
    [
      'Di sisi lain, manajer Liverpool Arne Slot menyebut timnya kurang beruntung malam itu.',
      [['indirect', 'timnya kurang beruntung malam itu', 'Arne Slot']],
    ],
    // … but a role with a name of its own is that person
    [
      '”Kami tidak panik,” kata Bojan Hodak. Pelatih Persija Carlos Pena mengatakan, timnya kurang beruntung malam itu.',
      [
        ['direct', '”Kami tidak panik,”', 'Bojan Hodak'],
        ['indirect', 'timnya kurang beruntung malam itu', 'Carlos Pena'],
      ],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    const found = (extract(text, { lang: 'id' }).quotes ?? []).map((q) => [q.type, q.text, q.speaker?.name]);
    expect(found).toEqual(expected);
  });
  // negatives: a descriptor without "itu" is a role, not the person before; "disapa" far from the noun is nothing
  it.each<[string, string | null]>([
    ['”Air naik cepat sekali,” kata seorang warga.', 'seorang warga'],
    ['”Kami siap,” kata Menteri Pertanian Dedi Kurnia.', 'Dedi Kurnia'],
  ])('%s', (text, speaker) => {
    const q = extract(text, { lang: 'id' }).quotes ?? [];
    expect(q.map((x) => x.speaker?.name ?? null)).toEqual([speaker]);
  });
});

describe('id held-out round 3: an English job title "X at Y" before the name', () => {
  it('takes the words after "at" into the speaker phrase', () => {
    const q =
      extract('”Investor harus berhati-hati,” ujar Head of Research at Bahana Sekuritas Dimas Pratama.', {
        lang: 'id',
      }).quotes ?? [];
    expect(q.map((x) => x.speaker?.name)).toEqual([expect.stringContaining('Dimas Pratama')]);
    expect(q[0]?.speaker?.name).not.toContain('Research');
  });
});
