import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { run, spans, titlesOf } from './helpers.js';

// The twenty-fifth session's Indonesian rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

const quotes = (text: string) =>
  (run(text).quotes ?? []).map((q) => [q.type, q.speaker?.name ?? null, q.cue?.text ?? null, q.text]);

const people = (text: string) => (run(text).people ?? []).map((p) => p.name);

describe('id a candidate introduced by a role and a ballot number is who "Ia" stands for next', () => {
  it('"Calon gubernur nomor urut 2 X menyoroti …. Ia menilai …"', () => {
    const text =
      'Calon gubernur nomor urut 1 Rudi Hartono berjanji membangun tanggul. "Kota ini butuh keberanian," kata Rudi. Calon gubernur nomor urut 2 Dewi Kartika menyoroti pentingnya data pribadi. Ia menilai program digital pemerintah kerap mengabaikan privasi.';
    expect(quotes(text).map((q) => q[1])).toEqual(['Rudi', 'Dewi Kartika']);
  });
  it('negative: without a new subject, "Ia" stays with the last speaker', () => {
    const text =
      'Calon gubernur nomor urut 1 Rudi Hartono berjanji membangun tanggul. "Kota ini butuh keberanian," kata Rudi. Ia menilai program digital pemerintah kerap mengabaikan privasi.';
    expect(quotes(text).map((q) => q[1])).toEqual(['Rudi', 'Rudi']);
  });
});

describe('id an office held "dari" a party or a faction before the name', () => {
  it('"Anggota Komisi III DPR dari Partai Golkar X": the party belongs to the office', () => {
    const text = 'Anggota Komisi III DPR dari Partai Golkar Budi Santoso menilai kebijakan itu wajar.';
    expect(titlesOf(text, 'Budi Santoso')).toEqual(['Anggota Komisi III DPR dari Partai Golkar']);
    expect(spans(text, 'organizations')).toContain('Partai Golkar');
  });
  it('"Wakil Ketua DPR dari Fraksi Partai Gerindra X": the faction belongs to the office', () => {
    const text = 'Wakil Ketua DPR dari Fraksi Partai Gerindra Sufmi Dasco Ahmad menilai keputusan itu wajar.';
    expect(titlesOf(text, 'Sufmi Dasco Ahmad')).toEqual(['Wakil Ketua DPR dari Fraksi Partai Gerindra']);
    expect(spans(text, 'organizations')).toEqual(['DPR', 'Partai Gerindra']);
  });
  it('"Anggota Komisi IX DPR dari Fraksi PDI-P X mempertanyakan …. Menurut dia, …": the member speaks', () => {
    const text =
      '"Kami siap," ujar Dadang Suryana di Jakarta. Anggota Komisi IX DPR dari Fraksi PDI-P Edi Purnomo mempertanyakan kesiapan dapur. Menurut dia, distribusi pangan masih sulit.';
    expect(quotes(text).map((q) => q[1])).toEqual(['Dadang Suryana', 'Edi Purnomo']);
  });
  it('negative: an office with no "dari" keeps its own words', () => {
    const text = 'Anggota Komisi III DPR Budi Santoso menilai kebijakan itu wajar.';
    expect(titlesOf(text, 'Budi Santoso')).toEqual(['Anggota Komisi III DPR']);
  });
});

describe('id "menyebut" a number, or a cleft with "ini yang", reports a claim', () => {
  it.each([
    [
      'Bupati Sikka Yosef Nai menyebut jumlah pengungsi kini mencapai 12.000 jiwa.',
      'Yosef Nai',
      'jumlah pengungsi kini mencapai 12.000 jiwa',
    ],
    [
      'Sekretaris Kabinet Andi Wijaya menyebut kunjungan ini yang terpanjang sejak pelantikan.',
      'Andi Wijaya',
      'kunjungan ini yang terpanjang sejak pelantikan',
    ],
  ])('%s', (text, speaker, content) => {
    expect(quotes(text)).toContainEqual(['indirect', speaker, 'menyebut', content]);
  });
  it.each([
    ['Bupati Sikka Yosef Nai menyebut jumlah korban yang meninggal.'],
    ['Polisi menyebut beberapa faktor yang menyebabkan kecelakaan itu.'],
    ['Saksi menyebut nama pelaku di depan hakim.'],
  ])('negative: naming a thing reports nothing: %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('id "memastikan" a state without "bahwa" is an assurance; seeing to a task is none', () => {
  it.each([
    [
      'Kepala BNPB Suharyanto meninjau lokasi. Ia memastikan kebutuhan logistik pengungsi tercukupi.',
      'Suharyanto',
      'kebutuhan logistik pengungsi tercukupi',
    ],
    [
      'Kapolda Andi Saputra memastikan stok beras aman hingga Lebaran.',
      'Andi Saputra',
      'stok beras aman hingga Lebaran',
    ],
    [
      'Kepala Dinas Pariwisata Rina Marlina memastikan tempat wisata itu akan dibuka sesuai jadwal.',
      'Rina Marlina',
      'tempat wisata itu akan dibuka sesuai jadwal',
    ],
  ])('%s', (text, speaker, content) => {
    expect(quotes(text)).toContainEqual(['indirect', speaker, 'memastikan', content]);
  });
  it.each([
    ['Wali Kota Budi Santoso meminta pengelola mal memastikan seluruh aturan itu dijalankan.'],
    ['Budi Santoso bertugas untuk memastikan tidak ada warga yang tertinggal.'],
    ['Kapolres Budi Santoso memastikan protokol kesehatan dijalankan sesuai aturan.'],
    ['Ketua RT Budi Santoso memastikan semua warga menerapkan protokol kesehatan.'],
    ['Polisi belum bisa memastikan ada tidaknya pelanggaran.'],
  ])('negative: %s', (text) => {
    expect(quotes(text).filter((q) => q[2] === 'memastikan')).toEqual([]);
  });
});

describe('id one word set off by commas before a speech verb is a name', () => {
  it.each([
    ['Seorang warga, Mursyid, mengatakan jalan itu sudah lama rusak.', 'Mursyid', []],
    [
      'Kepala Stasiun Gambir, Mursyid, mengatakan penutupan berlaku hingga Sabtu.',
      'Mursyid',
      ['Kepala Stasiun Gambir'],
    ],
    [
      'General Manager Bandara Frans Seda, Mursyid, mengatakan penutupan berlaku hingga Sabtu.',
      'Mursyid',
      ['General Manager Bandara Frans Seda'],
    ],
  ])('%s', (text, name, titles) => {
    expect(people(text)).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it('the facility before the comma keeps its whole name', () => {
    expect(
      spans(
        'General Manager Bandara Frans Seda, Mursyid, mengatakan penutupan berlaku hingga Sabtu.',
        'places',
      ),
    ).toEqual(['Bandara Frans Seda']);
  });
  it.each([
    ['Harga cabai di Bogor, Depok, dan Bekasi naik, kata pedagang.'],
    ['Ia tinggal di Kecamatan Cibinong, Bogor, sejak kecil.'],
  ])('negative: a place between commas stays a place: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('id a state company named by a list of what it runs keeps the list', () => {
  it('"PT … Borobudur, Prambanan, dan Ratu Boko (Persero)"', () => {
    const text =
      'PT Taman Wisata Candi Borobudur, Prambanan, dan Ratu Boko (Persero) memastikan kelestarian candi tetap terjaga.';
    expect(spans(text, 'organizations')).toEqual([
      'PT Taman Wisata Candi Borobudur, Prambanan, dan Ratu Boko (Persero)',
    ]);
    expect(people(text)).toEqual([]);
    expect(quotes(text).map((q) => q[1])).toEqual([
      'PT Taman Wisata Candi Borobudur, Prambanan, dan Ratu Boko (Persero)',
    ]);
  });
  it('negative: a list of companies without the legal form stays a list', () => {
    const text = 'PT Jasa Marga, Hutama Karya, dan Adhi Karya sepakat membangun jalan itu.';
    expect(spans(text, 'organizations')).not.toContain('PT Jasa Marga, Hutama Karya, dan Adhi Karya');
  });
});

describe('id a kind after a comma names one item of a list of many kinds', () => {
  it('"penyanyi X, grup Y, A dan B": only the group is a body', () => {
    const text =
      'Sejumlah nama besar dijadwalkan tampil, antara lain penyanyi asal Jepang Yoshida Miwa, grup Kahitna, Raisa dan Yovie Widianto.';
    expect(spans(text, 'organizations')).toEqual(['Kahitna']);
    expect(people(text)).toEqual(expect.arrayContaining(['Yoshida Miwa', 'Raisa', 'Yovie Widianto']));
  });
  it('a kind opening the list makes every item a body, everyday words too', () => {
    const text = 'Festival itu menghadirkan band Padi, Gigi dan Dewa.';
    expect(spans(text, 'organizations')).toEqual(['Padi', 'Gigi', 'Dewa']);
  });
});

describe('id "Induk" opens a body\'s name', () => {
  it('"pegawai Induk Koperasi Kartika"', () => {
    expect(spans('Ia seorang pegawai Induk Koperasi Kartika sejak 2010.', 'organizations')).toEqual([
      'Induk Koperasi Kartika',
    ]);
  });
  it("negative: inside a market's name it is the market's word", () => {
    expect(spans('Harga cabai di Pasar Induk Kramat Jati naik.', 'places')).toEqual([
      'Pasar Induk Kramat Jati',
    ]);
  });
});

describe('id a name an administrative word opened is that place wherever capitals alone read it', () => {
  it('"Kelurahan Tambak Lorok … Warga Tambak Lorok, Sutarmi (54), …"', () => {
    const text =
      'Air di Kelurahan Tambak Lorok naik setinggi 60 sentimeter. Warga Tambak Lorok, Sutarmi (54), mengaku sudah tiga kali mengungsi.';
    expect(people(text)).toEqual(['Sutarmi']);
    expect(spans(text, 'places')).toEqual(['Kelurahan Tambak Lorok', 'Tambak Lorok']);
  });
  it('negative: without the administrative word elsewhere the reading stands', () => {
    const text = 'Warga bernama Tambak Lorok mengaku sudah tiga kali mengungsi.';
    expect(spans(text, 'places')).toEqual([]);
  });
});

describe('id the name a person goes by, with its honorific or after "begitu ia biasa disapa"', () => {
  it('"X atau yang akrab disapa Mbak Ita"', () => {
    const text =
      'Wali Kota Semarang Hevearita Gunaryanti Rahayu atau yang akrab disapa Mbak Ita meminta warga waspada. "Kami siaga," ujar Ita.';
    const r = run(text);
    expect(r.people?.map((p) => [p.name, p.mentions.length])).toEqual([['Hevearita Gunaryanti Rahayu', 3]]);
  });
  it('"Tom Lembong, begitu ia biasa disapa, …"', () => {
    const text =
      'Penyidik menetapkan mantan Menteri Perdagangan Thomas Trikasih Lembong sebagai tersangka. Tom Lembong, begitu ia biasa disapa, diduga memberikan izin impor.';
    expect(people(text)).toEqual(['Thomas Trikasih Lembong']);
  });
  it('negative: two people sharing a surname without the phrase stay two', () => {
    const text =
      'Penyidik memeriksa Thomas Trikasih Lembong pekan lalu. Tom Lembong, adiknya, juga hadir di kantor itu.';
    expect(people(text)).toHaveLength(2);
  });
});

describe('id a bare month that opens a span closed by a year is of that year', () => {
  const values = (text: string) =>
    (extract(text, { lang: 'id', date: '2024-11-07' }).dates ?? []).map((d) => [d.text, d.value]);
  it('"sepanjang Januari hingga pekan ke-40 tahun 2024"', () => {
    expect(
      values('Dinas mencatat 900 kasus sepanjang Januari hingga pekan ke-40 tahun 2024.'),
    ).toContainEqual(['Januari', '2024-01']);
  });
  it('negative: a number after "hingga" is no year', () => {
    expect(values('Pameran dibuka Januari hingga 15.000 pengunjung datang.')).toContainEqual([
      'Januari',
      '2025-01',
    ]);
  });
});

describe('id who a cause makes speak is the speaker, never the cause', () => {
  it('"Kesialan itu membuat Rudi menilai bahwa …"', () => {
    expect(quotes('Kesialan itu membuat Rudi Hartono menilai bahwa timnya cuma sial.')).toEqual([
      ['indirect', 'Rudi Hartono', 'menilai', 'timnya cuma sial'],
    ]);
  });
  it('"Kondisi itu membuat pelaku pasar memperkirakan …": no one named', () => {
    expect(
      quotes('Kondisi itu membuat pelaku pasar memperkirakan bank sentral tidak akan memangkas suku bunga.'),
    ).toEqual([]);
  });
  it('negative: the forecaster named as subject speaks', () => {
    expect(quotes('Ekonom Budi Santoso memperkirakan bank sentral tidak akan memangkas suku bunga.')).toEqual(
      [['indirect', 'Budi Santoso', 'memperkirakan', 'bank sentral tidak akan memangkas suku bunga']],
    );
  });
});

describe('id a known club’s town after its name is the club’s', () => {
  it('"Arema Malang" among clubs', () => {
    const text = 'Sebelumnya ia memperkuat PSMS Medan, Arema Malang dan Persisam Samarinda.';
    expect(spans(text, 'organizations')).toEqual(['PSMS Medan', 'Arema Malang', 'Persisam Samarinda']);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('negative: the town after "di" stays a town', () => {
    const text = 'Pemain Arema tiba di Malang kemarin sore.';
    expect(spans(text, 'places')).toEqual(['Malang']);
  });
});

describe('id a headline word the body gives only as a short form in brackets is no name', () => {
  it('"… Libur Nataru" over "Natal dan Tahun Baru (Nataru)"', () => {
    const text =
      'KAI Tambah Perjalanan Kereta untuk Libur Nataru\n\nJakarta - KAI menambah 24 perjalanan kereta selama masa angkutan Natal dan Tahun Baru (Nataru) 2024/2025.';
    expect(people(text)).toEqual([]);
  });
  it('negative: a headline name the body names in full stays a person', () => {
    const text =
      'Warsito Raih Emas di Olimpiade\n\nJakarta - Atlet angkat besi Warsito Hadi meraih emas, Senin. Warsito mengaku bangga.';
    expect(people(text)).toEqual(['Warsito Hadi']);
  });
});

describe('id an office’s field in English words before the body’s short form is the office’s', () => {
  it('"VP Public Relations KAI Anne Purba"', () => {
    const text = 'VP Public Relations KAI Anne Purba mengatakan tiket sudah terjual.';
    expect(spans(text, 'organizations')).toEqual(['KAI']);
    expect(titlesOf(text, 'Anne Purba')).toEqual(['VP Public Relations KAI']);
  });
  it('negative: an Indonesian body’s own words stay its name', () => {
    const text = 'Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno mengatakan kasus turun.';
    expect(spans(text, 'organizations')).toContain('Dinas Kesehatan Kota Bogor');
  });
});

describe('id a regional office’s number after its region is the office’s, not a Balinese "I"', () => {
  it('"Kepala Kanwil DJP Jatim I Sigit Danang Joyo"', () => {
    const text = 'Kepala Kanwil DJP Jatim I Sigit Danang Joyo mengatakan kerugian negara dipulihkan.';
    expect(people(text)).toEqual(['Sigit Danang Joyo']);
    expect(titlesOf(text, 'Sigit Danang Joyo')).toEqual(['Kepala Kanwil DJP Jatim I']);
  });
  it('negative: a Balinese name after a region keeps its "I"', () => {
    expect(people('Kepala Kanwil DJP Bali I Made Sudarsana mengatakan hal serupa.')).toEqual([
      'I Made Sudarsana',
    ]);
  });
});

describe('id an office’s standing in lower case ("terpilih", "nonaktif") before the name is the office’s', () => {
  it.each([
    [
      'Gubernur Bali terpilih I Wayan Koster meminta wisatawan patuh.',
      'I Wayan Koster',
      'Gubernur Bali terpilih',
    ],
    ['Bupati Pemalang nonaktif Mukti Agung hadir di sidang.', 'Mukti Agung', 'Bupati Pemalang nonaktif'],
  ])('%s', (text, name, title) => {
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it('negative: a standing word after the name is no title', () => {
    expect(titlesOf('Gubernur Bali I Wayan Koster terpilih kembali.', 'I Wayan Koster')).toEqual([
      'Gubernur Bali',
    ]);
  });
});

describe('id "lembah" before a name in lower case is a place’s head', () => {
  it('"di lembah Baliem"', () => {
    const text = 'Jembatan itu memperlancar distribusi ke kampung-kampung di lembah Baliem.';
    expect(people(text)).toEqual([]);
    expect(spans(text, 'places')).toEqual(['lembah Baliem']);
  });
});

describe('id an honorific inside the apposition of a role still makes its name the topic', () => {
  it('"Tokoh adat X, Mbah Lukas Wenda, … Menurut pria … tersebut"', () => {
    const text =
      '"Kami siap," kata Yohanis Tulak. Tokoh adat Hubikosi, Mbah Lukas Wenda, menyambut gembira peresmian itu. Menurut pria berusia 70 tahun tersebut, warga sudah lama menunggu.';
    expect(quotes(text).map((q) => q[1])).toEqual(['Yohanis Tulak', 'Lukas Wenda']);
  });
});

describe('id a speaker’s name reaches as far back as the person’s mention', () => {
  it('"Kompol Donny Agung Harvida menyebut …": "Agung" is a name word here', () => {
    expect(
      quotes(
        'Kapolsek Tambora Kompol Donny Agung Harvida menyebut polisi masih menyelidiki penyebab kebakaran.',
      ),
    ).toEqual([
      ['indirect', 'Donny Agung Harvida', 'menyebut', 'polisi masih menyelidiki penyebab kebakaran'],
    ]);
  });
  it('negative: the office before the name stays out', () => {
    expect(quotes('Jaksa Agung Budi Santoso mengatakan berkas sudah lengkap.').map((q) => q[1])).toEqual([
      'Budi Santoso',
    ]);
  });
});

describe('id a gloss of two words in brackets that the long form spells is the body’s short form', () => {
  it('"Suku Dinas Penanggulangan Kebakaran dan Penyelamatan (Sudin Gulkarmat)"', () => {
    const text =
      'Kepala Suku Dinas Penanggulangan Kebakaran dan Penyelamatan (Sudin Gulkarmat) Jakarta Barat Syarifuddin mengatakan api berasal dari korsleting.';
    expect(people(text)).toEqual(['Syarifuddin']);
    expect(spans(text, 'organizations')).toContain('Sudin Gulkarmat');
  });
  it('negative: a person named in brackets stays a person', () => {
    const text = 'Sang ayah, Budi Santoso (Budi Hartono), mengatakan anaknya selamat.';
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe('id "menurut X" closing a sentence reports what came before it', () => {
  it.each([
    [
      'Sebagian besar korban adalah perempuan dan anak-anak, menurut Kementerian Kesehatan Gaza.',
      'Kementerian Kesehatan Gaza',
      'Sebagian besar korban adalah perempuan dan anak-anak',
    ],
    [
      'Produksi minyak naik menjadi 9 juta barel per hari, menurut Badan Energi Internasional (IEA).',
      'Badan Energi Internasional (IEA)',
      'Produksi minyak naik menjadi 9 juta barel per hari',
    ],
  ])('%s', (text, speaker, content) => {
    expect(quotes(text)).toEqual([['indirect', speaker, 'menurut', content]]);
  });
  it('negative: "menurut X" set off inside the sentence opens what follows it', () => {
    expect(quotes('Untuk ketentuan baru itu, menurut Budi Santoso, warga wajib mendaftar.')).toEqual([
      ['indirect', 'Budi Santoso', 'menurut', 'warga wajib mendaftar'],
    ]);
  });
  it('negative: a written rule says nothing', () => {
    expect(quotes('Warga wajib mendaftar, menurut Peraturan Menteri nomor 9.')).toEqual([]);
  });
});

describe('id a headline body name the body never gives, all of whose words it writes in lower case, is a phrase', () => {
  it('"… Dua Perusahaan Pinjol" over "perusahaan pinjaman daring atau pinjol"', () => {
    const text =
      'OJK Cabut Izin Dua Perusahaan Pinjol\n\nJAKARTA - OJK mencabut izin usaha dua perusahaan pinjaman daring atau pinjol, Senin.';
    expect(spans(text, 'organizations')).not.toContain('Perusahaan Pinjol');
  });
  it('negative: a body the headline names and the body gives stays', () => {
    const text =
      'Partai Buruh Tolak Kenaikan Pajak\n\nJAKARTA - Partai Buruh menolak rencana kenaikan pajak, Senin. Partai itu akan berunjuk rasa.';
    expect(spans(text, 'organizations')).toEqual(['Partai Buruh', 'Partai Buruh']);
  });
});

describe('id a known body closing a body’s name before one name word and a speech verb ends it', () => {
  it('"… Lembaga Jasa Keuangan Lainnya OJK Agusman mengatakan"', () => {
    const text =
      'Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal Ventura, dan Lembaga Jasa Keuangan Lainnya OJK Agusman mengatakan kedua perusahaan gagal memenuhi ketentuan modal.';
    expect(people(text)).toEqual(['Agusman']);
    expect(quotes(text).map((q) => q[1])).toEqual(['Agusman']);
  });
  it('negative: a body that goes on after the known one keeps its words', () => {
    expect(people('Kantor Cabang OJK Malang menutup layanan pada Senin.')).toEqual([]);
  });
});

describe('id companies’ legal forms and tails: "Pte. Ltd.", "Motor"', () => {
  it.each([
    ['Sementara itu, Temasek Holdings Pte. Ltd. milik Singapura.', 'Temasek Holdings Pte. Ltd.'],
    [
      'Kata Wakil Presiden Direktur Toyota Astra Motor, Henry Tanoto, di tempat yang sama.',
      'Toyota Astra Motor',
    ],
    ['Menhub sudah menegur Angkasa Pura 2 karena lalai.', 'Angkasa Pura 2'],
  ])('%s', (text, org) => {
    expect(spans(text, 'organizations')).toEqual([org]);
    expect(people(text).filter((p) => p !== 'Henry Tanoto')).toEqual([]);
  });
  it('negative: "Motor" after an everyday word is a kind of vehicle', () => {
    expect(spans('Kapal Motor Sinar Bangun tenggelam di Danau Toba.', 'organizations')).toEqual([]);
  });
});
