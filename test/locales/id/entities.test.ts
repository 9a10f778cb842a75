import { describe, expect, it } from 'vitest';
import { run, spans } from './helpers.js';

const people = (text: string) => (run(text).people ?? []).map((p) => p.name);
const places = (text: string) => (run(text).places ?? []).map((p) => p.name);
const orgs = (text: string) => (run(text).organizations ?? []).map((o) => o.name);

describe('id people', () => {
  it.each([
    [
      'Menteri Keuangan Sri Mulyani Indrawati menjelaskan rencana anggaran.',
      'Sri Mulyani Indrawati',
      'Menteri Keuangan',
    ],
    ['Presiden Prabowo Subianto tiba di Bandung pagi ini.', 'Prabowo Subianto', 'Presiden'],
    ['Kapolda Metro Jaya Irjen Karyoto memimpin apel pagi.', 'Karyoto', 'Irjen'],
    ['Warga menyambut Pak Slamet dengan hangat.', 'Slamet', 'Pak'],
    [
      'Wakil Menteri Luar Negeri Pertama Lee Min-ho bertemu wartawan.',
      'Lee Min-ho',
      'Wakil Menteri Luar Negeri Pertama',
    ],
  ])('%s → %s with title %s', (text, name, title) => {
    const p = run(text).people?.find((x) => x.name === name);
    expect(p, JSON.stringify(run(text).people)).toBeDefined();
    expect(p?.titles).toContain(title);
    expect(p?.mentions[0]?.text).toBe(name);
  });

  it.each([
    ['"Kami siap," kata Hendrawan Saputro kepada wartawan.', 'Hendrawan Saputro'],
    ['Ahmad bin Salim ditemui di rumahnya.', 'Ahmad bin Salim'],
    ['Polisi menangkap tersangka berinisial RCD di rumahnya.', 'RCD'],
    ['Sultan Hamengku Buwono X membuka acara itu.', 'Sultan Hamengku Buwono X'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it('joins later partial mentions and keeps titles', () => {
    const r = run(
      'Direktur Utama Bambang Wiratmoko meninjau pabrik. Bambang mengatakan produksi naik. Menurut Wiratmoko, ekspor juga naik.',
    );
    expect(r.people).toHaveLength(1);
    expect(r.people?.[0]?.name).toBe('Bambang Wiratmoko');
    expect(r.people?.[0]?.mentions.map((m) => m.text)).toEqual(['Bambang Wiratmoko', 'Bambang', 'Wiratmoko']);
    expect(r.people?.[0]?.titles).toEqual(['Direktur Utama']);
  });

  it('keeps initials that spell a country a person wherever they recur ("berinisial AS")', () => {
    const r = run(
      'Polisi menahan pegawai berinisial AS pada Senin. AS diduga menerima suap dari kontraktor.',
    );
    expect(r.places?.map((p) => p.name)).not.toContain('Amerika Serikat');
    const as = r.people?.find((p) => p.name === 'AS');
    expect(as?.mentions.map((m) => m.text)).toEqual(['AS', 'AS']);
  });

  it('keeps the region of an office out of the name after it ("Kepala X (Y) Jawa Barat, Nama")', () => {
    const r = run('Kepala Dinas Kesehatan (Dinkes) Jawa Barat, Rina Kusumawati, meninjau puskesmas.');
    expect(r.people?.map((p) => p.name)).toEqual(['Rina Kusumawati']);
    expect(r.people?.[0]?.titles[0]).toMatch(/^Kepala Dinas Kesehatan/);
    expect(r.places?.map((p) => p.name)).toContain('Jawa Barat');
  });

  it('reads an office named with "dan" and a place head word as one title', () => {
    const r = run('Ia didampingi Menteri Pekerjaan Umum dan Perumahan Rakyat Dodi Prasetya.');
    expect(r.people?.map((p) => [p.name, p.titles])).toEqual([
      ['Dodi Prasetya', ['Menteri Pekerjaan Umum dan Perumahan Rakyat']],
    ]);
    expect(r.places).toEqual([]);
  });

  it('resolves a public nickname to the full name', () => {
    const r = run('Presiden Joko Widodo meresmikan jalan tol. Jokowi lalu berpidato.');
    expect(r.people).toHaveLength(1);
    expect(r.people?.[0]?.name).toBe('Joko Widodo');
    expect(r.people?.[0]?.aliases).toContain('Jokowi');
  });

  it.each([
    'Sementara itu, harga beras naik pada Selasa.',
    'Hal itu disampaikan dalam rapat pekan lalu.',
    'Para siswa Kelas XII mengikuti ujian.',
    'Anggota Dewan menolak usulan tersebut.',
    'Aktor Terbaik diumumkan malam ini.',
    'Menurut laporan, Kontribusinya sangat besar.',
    'Penjualan Android naik tajam tahun lalu.',
  ])('finds no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('id places', () => {
  it.each([
    ['Banjir melanda Kabupaten Sleman kemarin.', 'Kabupaten Sleman', 'ID'],
    ['Delegasi itu terbang ke Moskow.', 'Moskow', 'RU'],
    ['Harga cabai di Jawa Timur turun.', 'Jawa Timur', 'ID'],
    ['Kapal itu berlabuh di Pelabuhan Tanjung Priok.', 'Pelabuhan Tanjung Priok', null],
    ['Pesawat mendarat di Bandara Ngurah Rai.', 'Bandara Ngurah Rai', null],
    ['Warga desa Sukamaju bergotong royong.', 'desa Sukamaju', 'ID'],
  ])('%s → %s', (text, span, country) => {
    const r = run(text);
    const p = r.places?.find((x) => x.mentions.some((m) => m.text === span));
    expect(p, JSON.stringify(r.places)).toBeDefined();
    if (country) expect(p?.country).toBe(country);
  });

  it('gives exonyms an ISO country and canonical name', () => {
    const p = run('Tiongkok dan Korea Selatan menandatangani perjanjian dagang.').places ?? [];
    expect(p.map((x) => [x.name, x.country, x.kind])).toEqual([
      ['China', 'CN', 'country'],
      ['Korea Selatan', 'KR', 'country'],
    ]);
  });

  it('reads a dateline and a hyphenated pair of places', () => {
    expect(
      spans('SURABAYA - Hujan deras mengguyur kota itu. Hubungan Korea-Rusia memanas.', 'places'),
    ).toEqual(['SURABAYA', 'Korea', 'Rusia']);
  });

  it.each(['Wali Kota Budi Santoso meninjau pasar.', 'Sumber air itu jernih.', 'Surat itu dikirim Senin.'])(
    'finds no place in %s',
    (text) => {
      expect(places(text)).toEqual([]);
    },
  );
});

describe('id organizations', () => {
  it('links a long form and its acronym', () => {
    const r = run('Komisi Pemberantasan Korupsi (KPK) memeriksa saksi. KPK juga menyita dokumen.');
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations?.[0]?.mentions.map((m) => m.text)).toEqual([
      'Komisi Pemberantasan Korupsi',
      'KPK',
      'KPK',
    ]);
  });

  it.each([
    [
      'Kementerian Luar Negeri Korea Selatan mengeluarkan pernyataan.',
      'Kementerian Luar Negeri Korea Selatan',
    ],
    ['Saham PT Sinar Harapan Sejahtera Tbk naik.', 'PT Sinar Harapan Sejahtera Tbk'],
    ['Partai Golkar menggelar rapat.', 'Partai Golkar'],
    ['Ia kuliah di Universitas Gadjah Mada.', 'Universitas Gadjah Mada'],
    ['Kementerian Hukum dan HAM menolak permohonan itu.', 'Kementerian Hukum dan HAM'],
    ['Rektor UGM membuka seminar.', 'UGM'],
  ])('%s → %s', (text, span) => {
    expect(spans(text, 'organizations')).toContain(span);
  });

  it('keeps two organizations joined by "dan" apart', () => {
    expect(spans('Partai Demokrat dan PDI Perjuangan berkoalisi.', 'organizations')).toEqual([
      'Partai Demokrat',
      'PDI Perjuangan',
    ]);
  });

  it.each(['Harga BBM naik lagi.', 'Ia menunjukkan KTP dan SIM miliknya.', 'Bab II membahas hal itu.'])(
    'finds no organization in %s',
    (text) => {
      expect(orgs(text)).toEqual([]);
    },
  );
});

describe('id document-level rules', () => {
  it('keeps a lowercase office with its place as the title', () => {
    const p = run('Delegasi itu bertemu pemimpin Korea Utara Kim Jong Un kemarin.').people ?? [];
    expect(p.map((x) => [x.name, x.titles])).toEqual([['Kim Jong Un', ['pemimpin Korea Utara']]]);
  });

  it('splits a run of capitalized words into names the article already gave', () => {
    const r = run(
      'Menteri Dalam Negeri Tito Karnavian bertemu Gubernur Jawa Barat Dedi Mulyadi di Bandung.\nTAGS: Tito Karnavian Dedi Mulyadi Pertemuan',
    );
    expect(r.people?.map((x) => [x.name, x.mentions.length])).toEqual([
      ['Tito Karnavian', 2],
      ['Dedi Mulyadi', 2],
    ]);
  });

  it.each([
    [
      'Juru bicara Kementerian Pertanian Kuntoro Boga Andri menyebut pompa sudah siap.',
      ['Kementerian Pertanian'],
      ['Kuntoro Boga Andri'],
    ],
    [
      'Juru bicara Kementerian Luar Negeri Rina Kusumawardani mengatakan, bantuan dikirim besok.',
      ['Kementerian Luar Negeri'],
      ['Rina Kusumawardani'],
    ],
    [
      'Departemen Imigrasi dan Kewarganegaraan menolak permohonan itu.',
      ['Departemen Imigrasi dan Kewarganegaraan'],
      [],
    ],
    [
      'Kementerian Luar Negeri Korea Selatan memanggil duta besar.',
      ['Kementerian Luar Negeri Korea Selatan'],
      [],
    ],
  ])('ends a ministry where a name that is no field of it begins: %s', (text, orgs, people) => {
    const r = run(text);
    expect(r.organizations?.map((x) => x.name)).toEqual(orgs);
    expect(r.people?.map((x) => x.name)).toEqual(people);
  });

  it.each([
    ['Menteri berbicara di Gedung Pancasila, Jakarta, kemarin.', 'Gedung Pancasila'],
    ['Upacara di Lapangan Banteng berlangsung khidmat.', 'Lapangan Banteng'],
  ])('keeps a word that is no name alone right after a building head: %s', (text, place) => {
    expect(run(text).places?.map((x) => x.name)).toContain(place);
  });

  it('keeps a full name whole when the article later uses its first words alone', () => {
    const r = run(
      'Menteri Keuangan Sri Mulyani Indrawati mengatakan anggaran naik.\n\n"Kami siap," kata Sri Mulyani kepada wartawan.',
    );
    expect(r.people?.map((x) => [x.name, x.titles, x.mentions.length])).toEqual([
      ['Sri Mulyani Indrawati', ['Menteri Keuangan'], 2],
    ]);
  });

  it('drops a lone sentence-opening word in an article unless the article names it elsewhere', () => {
    const text =
      'Gubernur Jawa Tengah Ahmad Luthfi meninjau banjir. Laporan warga menyebut air naik. Luthfi meminta warga mengungsi. Outlet media lokal melaporkan hal itu.';
    const r = run(text);
    expect(r.people?.map((x) => x.name)).toEqual(['Ahmad Luthfi']);
    expect(r.people?.[0]?.mentions.map((m) => m.text)).toEqual(['Ahmad Luthfi', 'Luthfi']);
  });

  it('treats a city as the club when a score or home/away mark follows it in a sentence about a match', () => {
    const text = 'Pekan depan klub itu melawan Torino (kandang) dan Genoa (tandang).';
    expect(spans(text, 'organizations')).toEqual(['Torino', 'Genoa']);
    expect(run(text).places).toEqual([]);
  });

  it('keeps a city a place after "di" even in sports news', () => {
    expect(spans('Pertandingan itu digelar di Milan pekan lalu.', 'places')).toEqual(['Milan']);
  });
});

describe('id address lists and offices before commas', () => {
  it('reads an unknown name before ", <city>" as a place', () => {
    expect(spans('Ia tinggal di Jalan Melati, Cempaka Putih, Jakarta Pusat sejak lama.', 'places')).toEqual([
      'Jalan Melati',
      'Cempaka Putih',
      'Jakarta Pusat',
    ]);
  });

  it('gives an office that ends before a comma to the name after it', () => {
    const r = run('Direktur Utama PT Sinar Abadi Tbk, Hendra Wijaya, membantah kabar itu.');
    expect(r.people?.map((p) => [p.name, p.titles])).toEqual([
      ['Hendra Wijaya', ['Direktur Utama PT Sinar Abadi Tbk']],
    ]);
    expect(
      spans('Direktur Utama PT Sinar Abadi Tbk, Hendra Wijaya, membantah kabar itu.', 'organizations'),
    ).toEqual(['PT Sinar Abadi Tbk']);
  });

  it('leaves a regional government word out and keeps its region', () => {
    const text = 'Pemkot Surabaya menutup jalan itu.';
    expect(spans(text, 'places')).toEqual(['Surabaya']);
    expect(orgs(text)).toEqual([]);
  });
});

describe('id names that look like places', () => {
  it('reads a town name after an office as a first name when one name word follows', () => {
    const r = run('Presiden Vladimir Ivanov tiba di bandara.');
    expect(r.people?.map((p) => [p.name, p.titles])).toEqual([['Vladimir Ivanov', ['Presiden']]]);
    expect(r.places?.map((p) => p.name)).toEqual([]);
  });

  it('joins a later surname that follows a place to the full name', () => {
    const r = run(
      'Pemimpin Korea Utara Kim Jong Un tiba. Setelah itu pemimpin Korea Utara Kim diberi hadiah.',
    );
    expect(r.people?.map((p) => p.mentions.map((m) => m.text))).toEqual([['Kim Jong Un', 'Kim']]);
  });
});

describe('id offices with organizations and ranks', () => {
  it('names the organization inside an office and gives the title across its acronym', () => {
    const r = run('Kepala Badan Pusat Statistik (BPS) Rina Handayani menyebut inflasi turun.');
    expect(r.people?.map((p) => [p.name, p.titles])).toEqual([
      ['Rina Handayani', ['Kepala Badan Pusat Statistik']],
    ]);
    expect(r.organizations?.[0]?.mentions.map((m) => m.text)).toEqual(['Badan Pusat Statistik', 'BPS']);
  });

  it('keeps an office and a rank apart', () => {
    expect(run('Kapolri Jenderal Budi Hartono hadir.').people?.[0]?.titles).toEqual(['Kapolri', 'Jenderal']);
    expect(run('Sekretaris Jenderal PBB Maria Lopez hadir.').people?.[0]?.titles).toEqual([
      'Sekretaris Jenderal PBB',
    ]);
  });
});

describe('id works, awards and cue nouns', () => {
  it.each([
    ['Ia membintangi film Rembulan Senja bersama teman lamanya.', 'Rembulan Senja'],
    ['Penyanyi itu merilis lagu Hujan Merapi tahun lalu.', 'Hujan Merapi'],
    ['Warga desa itu fasih berbahasa Jawa dan bahasa Osing.', 'Osing'],
    ['Peneliti menemukan spesies Ranatris baru di hutan itu.', 'Ranatris'],
    ['Grupnya memenangkan dua Bintang Awards pada malam itu.', 'Bintang Awards'],
    ['Album ini memuat lagu berjudul Walking in the Moonlight yang populer.', 'Walking'],
    ['Ia bermain dalam drama Daughter of Kestrel selama dua musim.', 'Daughter'],
    ['Singel "Senja Merona" terjual laris di pasaran.', 'Senja Merona'],
  ])('%s has no person %s', (text, notName) => {
    expect(people(text).join('|')).not.toContain(notName);
  });

  it.each([
    ['Ia pernah menjadi vokalis band Serenada sebelum bersolo karier.', 'Serenada'],
    ['Wawancara itu dimuat majalah Gelora edisi pekan lalu.', 'Gelora'],
  ])('%s → organization %s', (text, name) => {
    expect(orgs(text)).toContain(name);
    expect(people(text)).not.toContain(name);
  });

  it.each([
    ['"Kami menolak rencana itu karena merugikan petani," kata Wiranto Hadisaputro.', 'Wiranto Hadisaputro'],
    ['Ketika ditanya soal lagu itu, Rendra Kusumo mengatakan tidak tahu.', 'Rendra Kusumo'],
    ['"Saya sudah bertemu Darmawan Susilo kemarin di kantor," ujarnya.', 'Darmawan Susilo'],
  ])('%s keeps the person %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('id acronyms of plain terms', () => {
  it.each([
    ['Warga miskin menerima Bantuan Langsung Tunai (BLT) bulan ini.', 'BLT'],
    ['Siswa mengikuti ujian akhir nasional (UAN) pekan depan.', 'UAN'],
  ])('%s has no organization %s', (text, acronym) => {
    expect(orgs(text)).not.toContain(acronym);
  });

  it('keeps the acronym of a recognized organization', () => {
    expect(spans('Komisi Pemberantasan Korupsi (KPK) memeriksa saksi.', 'organizations')).toContain('KPK');
  });
});

describe('id place cues and stacked organization tails', () => {
  it.each([
    ['Ia terbang dengan maskapai kecil Nusa Air Lines ke timur.', 'Nusa Air Lines'],
    ['Perusahaan itu bekerja sama dengan Cahaya Air Service tahun lalu.', 'Cahaya Air Service'],
  ])('%s → organization %s', (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it.each([
    ['Harga tanah di dukuh Karangsari naik tajam.', 'dukuh Karangsari'],
    ['Wisatawan memadati pantai Watulawang setiap akhir pekan.', 'pantai Watulawang'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
  });

  it.each([['Harga saham Sinarmulya naik dua persen pagi ini.', 'Sinarmulya']])(
    '%s: %s after a lower-case org cue',
    (text, name) => {
      expect(people(text)).not.toContain(name);
    },
  );
});

describe('id definitions after the name', () => {
  it('a town defined as a place', () => {
    expect(places('Wanarejo adalah sebuah desa di lereng gunung.')).toContain('Wanarejo');
    expect(people('Wanarejo adalah sebuah desa di lereng gunung.')).not.toContain('Wanarejo');
  });
  it('a band defined as an organization', () => {
    expect(orgs('Zarvana Kustik merupakan grup musik asal Bandung.')).toContain('Zarvana Kustik');
  });
  it('a film defined as a work', () => {
    const r = run('Rembulan Kelabu adalah film drama tahun lalu.');
    expect([...(r.people ?? []), ...(r.organizations ?? [])].map((x) => x.name)).not.toContain(
      'Rembulan Kelabu',
    );
  });
  it('a person defined as a person stays one', () => {
    expect(people('Wiranto Hadisaputro adalah seorang penyanyi asal Solo.')).toContain('Wiranto Hadisaputro');
  });
});

describe('id place name suffixes', () => {
  it.each([
    ['Warga Lingga Baru menolak rencana tambang itu.', 'Lingga Baru'],
    ['Pasar di Banten Girang ramai setiap pagi.', 'Banten Girang'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
  });
  it('a place without a suffix keeps its span', () => {
    expect(spans('Ia pindah ke Bandung Sabtu lalu.', 'places')).toContain('Bandung');
  });
});

describe('id quoted character names', () => {
  it('a quoted name after a role word is a person', () => {
    expect(people('Ia tampil sebagai "Rangga Wiratama" dalam film itu.')).toContain('Rangga Wiratama');
  });
  it('a quoted title without a role word is not', () => {
    expect(people('Ia menyanyikan "Rangga Wiratama" dalam konser itu.')).not.toContain('Rangga Wiratama');
  });
});

describe('id acronyms of everyday things', () => {
  it.each([
    ['Antrean panjang terlihat di SPBU sejak pagi.', 'SPBU'],
    ['Polisi memasang garis di TKP pada malam itu.', 'TKP'],
  ])('%s has no organization %s', (text, acronym) => {
    expect(orgs(text)).not.toContain(acronym);
  });
});

describe('id lists of names', () => {
  it('unknown names listed with known places are places', () => {
    const text = 'Banjir melanda Karangwuni, Sumberejo, Kedungsari dan Bandung pekan lalu.';
    expect(places(text)).toEqual(
      expect.arrayContaining(['Bandung', 'Karangwuni', 'Sumberejo', 'Kedungsari']),
    );
    expect(people(text)).toEqual([]);
  });
  it('a list with a titled person keeps its people', () => {
    const text = 'Rapat dihadiri Bupati Wiranto Hadisaputro, Rendra Kusumo, dan warga Bandung.';
    expect(people(text)).toContain('Rendra Kusumo');
  });
});

describe('id given names opening a sentence', () => {
  it.each([
    ['Firman berharap temuan itu segera diproses.', 'Firman'],
    ['Bambang juga mampu menjelaskan rencana itu.', 'Bambang'],
  ])('%s → person %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
  it.each([
    ['Hari ini harga cabai turun.', 'Hari'],
    ['Bulan lalu inflasi naik tipis.', 'Bulan'],
  ])('%s: %s stays a word', (text, word) => {
    expect(people(text)).not.toContain(word);
  });
});

describe('id numbered commissions and leagues', () => {
  it.each([
    ['Anggota Komisi III menanyakan hal itu kepada Kapolri.', 'Komisi III'],
    ['Klub itu lolos ke Liga Champions musim depan.', 'Liga Champions'],
  ])('%s has no organization %s', (text, name) => {
    expect(spans(text, 'organizations')).not.toContain(name);
  });
  it('a named commission stays an organization', () => {
    expect(spans('Komisi Pemberantasan Korupsi memeriksa saksi.', 'organizations')).toContain(
      'Komisi Pemberantasan Korupsi',
    );
  });
});

describe('id glosses in parentheses', () => {
  it('a capitalized gloss after a common word is no person', () => {
    expect(people('Bangunan itu bergaya kubah emas (Bizantium) dan dicat putih.')).not.toContain('Bizantium');
  });
  it('a nickname in parentheses after a name stays with the person', () => {
    expect(people('Basuki Tjahaja Purnama (Ahok) hadir di sana.')).toContain('Basuki Tjahaja Purnama');
  });
});

describe('id names opened by an English article', () => {
  it('"The X" outside quotes is an organization', () => {
    expect(orgs('Ia pernah bergabung dengan The Lantern Kids sebelum bersolo karier.')).toContain(
      'The Lantern Kids',
    );
  });
  it('a quoted "The X" title is not', () => {
    expect(orgs('Ia membintangi "The Lantern Kids" tahun lalu.')).not.toContain('The Lantern Kids');
  });
});

describe('id honorifics of elders and joiners', () => {
  it('Mbah is a title, not part of the name', () => {
    const p = run('Warga masih mengenang Mbah Karsodikromo dengan hormat.').people?.find(
      (x) => x.name === 'Karsodikromo',
    );
    expect(p?.titles).toContain('Mbah');
  });
  it('a lower-case joiner never opens a name', () => {
    expect(
      spans('Ia menerima hadiah itu bersama Kurt Wallander dan Sven Hedquist dari Swedia.', 'people'),
    ).toContain('Sven Hedquist');
  });
});

describe('id directions after a place', () => {
  it.each([
    ['Wabah itu menyebar di Afrika Barat sejak Maret.', 'Afrika Barat'],
    ['Roket menghantam Gaza selatan pada malam hari.', 'Gaza selatan'],
    ['Kapal itu berlayar ke Asia Barat Daya.', 'Asia Barat Daya'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
  });
});

describe('id agency abbreviations by shape', () => {
  it.each([
    ['Warga mengurus KTP di Disdukcapil setempat.', 'Disdukcapil'],
    ['Depkominfo akan memasang iklan itu.', 'Depkominfo'],
    ['Dishub memasang rambu baru di jalan itu.', 'Dishub'],
  ])('%s → organization %s', (text, name) => {
    expect(orgs(text)).toContain(name);
  });
  it('a city that starts like one stays a place', () => {
    expect(places('Banjir melanda Depok pagi ini.')).toContain('Depok');
  });
});

describe('id organization boundaries', () => {
  it('a legal-form tail closes the company name before a person', () => {
    const text = 'Kata Presiden Direktur PT Sinar Jaya Tbk Hartono Wibisono kepada wartawan.';
    expect(spans(text, 'organizations')).toContain('PT Sinar Jaya Tbk');
  });
  it('an office wrapper is not part of the organization', () => {
    expect(spans('Ia datang ke Kantor Kejaksaan Agung pagi ini.', 'organizations')).toContain(
      'Kejaksaan Agung',
    );
    expect(places('Ia datang ke Kantor Kejaksaan Agung pagi ini.')).not.toContain('Kantor');
  });
});

describe('id English offices before a company', () => {
  it('"Vice President PT X Tbk" names the company without the office', () => {
    const text = 'Menurut Vice President PT Sinar Jaya Tbk Hartono Wibisono, saham naik.';
    expect(spans(text, 'organizations')).toContain('PT Sinar Jaya Tbk');
    expect(people(text).join('|')).not.toContain('Vice President');
  });
});

describe('id dotted legal forms', () => {
  it('keeps the dot of Inc.', () => {
    expect(spans('Lumbra Systems Inc. memecat 200 karyawan.', 'organizations')).toContain(
      'Lumbra Systems Inc.',
    );
  });
});

describe('id capitalized award words', () => {
  it.each([
    ['Ia dua kali memenangkan Piala Kencanawati untuk film itu.', 'Kencanawati'],
    ['Desa itu meraih Penghargaan Lestarindah tahun ini.', 'Lestarindah'],
  ])('%s has no person %s', (text, name) => {
    expect(people(text)).not.toContain(name);
  });
});

describe('id the office holder after an organization or a place', () => {
  it('"Manajer Liverpool Juergen Klopp" separates club and person', () => {
    const text = 'Manajer Liverpool Juergen Klopp tak menyangkal status itu.';
    expect(people(text)).toContain('Juergen Klopp');
    expect(people(text).join('|')).not.toContain('Liverpool');
  });
});

describe('id official names written as a list of fields', () => {
  it.each([
    [
      'Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan nelayan soal ombak tinggi.',
      'Badan Meteorologi, Klimatologi, dan Geofisika',
    ],
    [
      'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi menyalurkan bantuan.',
      'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi',
    ],
    [
      'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan menggelar rapat tertutup.',
      'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan',
    ],
  ])('%s → one organization', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
  });
  it('an office written as a list is the title, the name follows', () => {
    const text =
      'Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Hendra Wiratmaja meresmikan sekolah itu.';
    const p = run(text).people?.find((x) => x.name === 'Hendra Wiratmaja');
    expect(p?.titles).toEqual(['Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi']);
  });
  it.each([
    [
      'Partai Golkar, PDIP, dan Gerindra sepakat mengusung calon yang sama.',
      ['Partai Golkar', 'PDIP', 'Gerindra'],
    ],
    ['Kementerian Keuangan, Bambang, dan Rudy hadir di rapat.', ['Kementerian Keuangan']],
    ['Dinas Pendidikan, Kota Bogor, dan Kota Depok menggelar lomba.', ['Dinas Pendidikan']],
  ])('%s keeps separate names apart', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
  });
});

describe('id an office that runs to a comma before the name', () => {
  it.each([
    [
      'Kata Ketua Asosiasi Petani Kopi Indonesia, Rahmat Hidayat, harga panen turun.',
      'Asosiasi Petani Kopi Indonesia',
      'Rahmat Hidayat',
      'Ketua Asosiasi Petani Kopi Indonesia',
    ],
    [
      'Kepala Dinas Pertanian Kabupaten Garut, Sutrisno Adi, mengatakan panen naik.',
      'Dinas Pertanian Kabupaten Garut',
      'Sutrisno Adi',
      'Kepala Dinas Pertanian Kabupaten Garut',
    ],
  ])('%s', (text, org, name, title) => {
    expect(spans(text, 'organizations')).toContain(org);
    const p = run(text).people?.find((x) => x.name === name);
    expect(p?.titles).toEqual([title]);
  });
  it('a body after the comma is no person', () => {
    const text = 'Ketua Dewan Pengawas Yayasan Harapan, Korea Tourism Organization ikut mendukung.';
    expect(people(text)).toEqual([]);
  });
});

describe('id "Raya" inside names', () => {
  it.each([
    ['Ia tinggal di Jalan Cempaka Raya sejak kecil.', 'places', 'Jalan Cempaka Raya'],
    ['Ia bekerja di Harian Nusa Raya selama sepuluh tahun.', 'organizations', 'Harian Nusa Raya'],
  ] as const)('%s → %s %s', (text, kind, name) => {
    expect(spans(text, kind)).toContain(name);
  });
  it('"Hari Raya" is no name', () => {
    const text = 'Menjelang Hari Raya, harga daging naik.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toEqual([]);
  });
});

describe('id a ministry named in lower case before its country', () => {
  it.each([
    ['Kementerian pertahanan Rusia menyangkal laporan itu.', 'Kementerian pertahanan Rusia'],
    ['Menurut kementerian luar negeri Mesir, perundingan berlanjut.', 'kementerian luar negeri Mesir'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it.each([
    'Pejabat kementerian mengatakan Rusia menolak usul itu.',
    'Ia bekerja di kementerian sebelum pindah ke Rusia.',
  ])('%s keeps the country a place', (text) => {
    expect(spans(text, 'places')).toEqual(['Rusia']);
    expect(orgs(text)).toEqual([]);
  });
});

describe('id lower-case offices of several words before a name', () => {
  it.each([
    ['Menurut juru bicara KPK Rahmat Santoso, pemeriksaan berlanjut.', 'Rahmat Santoso', 'juru bicara KPK'],
    [
      'Kata wakil ketua umum Partai Golkar Hendra Wijaya kepada wartawan.',
      'Hendra Wijaya',
      'wakil ketua umum Partai Golkar',
    ],
  ])('%s → %s with title %s', (text, name, title) => {
    const p = run(text).people?.find((x) => x.name === name);
    expect(p?.titles).toEqual([title]);
  });
  it('a resident is no office', () => {
    const p = run('Warga Jakarta Hendra Wijaya tiba pagi ini.').people?.find(
      (x) => x.name === 'Hendra Wijaya',
    );
    expect(p?.titles ?? []).toEqual([]);
  });
});

describe('id people from the verb after a single name', () => {
  it.each([
    ['Namun, Guntur berharap koalisi tetap solid.', 'Guntur'],
    ['Dengan alasan itu, Ganjar membantah tuduhan tersebut.', 'Ganjar'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
  it.each([
    'Petani mengatakan harga gabah turun.',
    'Menurut laporan itu, Pedagang mengaku rugi besar.',
    'Nelayan berharap cuaca membaik. Ombak masih tinggi. Perahu tetap ditambatkan.',
  ])('%s has no person', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('id pairs and families', () => {
  it('the partner after a spaced hyphen is a person', () => {
    expect(people('Kubu Prabowo - Hatta menggugat hasil pemilu.')).toEqual(['Prabowo', 'Hatta']);
  });
  it('a word before a spaced hyphen is no partner', () => {
    expect(people('Ia bermain untuk Al - Sadd musim lalu.')).not.toContain('Al');
    expect(people('Kemacetan di tol Cawang - Dukuh makin parah.')).not.toContain('Dukuh');
  });
  it.each([
    ['Foto karya Mendur bersaudara dipamerkan di museum.', 'Mendur'],
    ['Wijaya Bersaudara membuka toko baru di pasar.', 'Wijaya'],
  ])('%s → family name %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
});

describe('id name parts: Arabic articles, initials, Ny., Menko…', () => {
  it.each([
    ['Presiden Suriah Bashar al-Assad menerima utusan itu.', 'Bashar al-Assad'],
    ['Kelompok itu dipimpin Abu Bakar al-Baghdadi sejak lama.', 'Abu Bakar al-Baghdadi'],
    ['Menteri Hukum dan HAM Yasonna H Laoly mengaku telah menyelesaikan kisruh.', 'Yasonna H Laoly'],
    ['Mereka adalah Irianto MS Syarifuddin dan Tatang Hakim.', 'Irianto MS Syarifuddin'],
    ['Ibu Negara Ny Ani Yudhoyono mendarat di Halim.', 'Ani Yudhoyono'],
    ['Menkokesra Agung Laksono menegaskan hal itu.', 'Agung Laksono'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
  it('a lower-case word with a hyphen is no name part', () => {
    expect(spans('Presiden Budi Santoso anti-Korupsi sejak muda.', 'people')).toEqual(['Budi Santoso']);
  });
  it('a title initial with a dot before a name stays a title', () => {
    const p = run('Warga menyambut H. Ahmad Sulaiman di masjid.').people?.[0];
    expect(p?.name).toBe('Ahmad Sulaiman');
  });
});

describe('id companies before their stock code', () => {
  it.each([
    ['Saham Semen Andalas (SMAN) turun Rp 25 pada sesi pertama.', 'Semen Andalas'],
    ['Saham Kalbe Farma (KLBF) naik tipis pagi ini.', 'Kalbe Farma'],
    ['Saham Indofood Sukses Makmur (INDF) turun Rp 10.', 'Indofood Sukses Makmur'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['Menteri Energi dan Sumber Daya Mineral (ESDM) Jero Wacik hadir.', 'Sumber Daya Mineral'],
    ['Calon gubernur Teten Masduki (PDIP) berkampanye di Bogor.', 'Teten Masduki'],
    ['Presiden Susilo Bambang Yudhoyono (SBYX) tiba di Bogor.', 'Susilo Bambang Yudhoyono'],
  ])('%s: %s is no listed company', (text, name) => {
    expect(spans(text, 'organizations')).not.toContain(name);
  });
});

describe('id more place head words', () => {
  it.each([
    ['Daerah itu berbatasan dengan Region Sagaing di utara.', 'Region Sagaing'],
    ['Ia pindah ke Kraton Surakarta Hadiningrat pada masa itu.', 'Kraton Surakarta Hadiningrat'],
    ['Lukisan itu dipamerkan di Whitmore Gallery sejak Mei.', 'Whitmore Gallery'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
    expect(people(text)).toEqual([]);
  });
});

describe('id football clubs by their naming words', () => {
  it.each([
    ['Misi mereka kini dihadang Real Sociedad di kandang.', 'Real Sociedad'],
    ['Ia bergabung dengan Athletic Bilbao musim lalu.', 'Athletic Bilbao'],
    ['Ia berjuang bersama tim Campos Racing musim ini.', 'Campos Racing'],
    ['City bermain imbang di markas Paris Saint - Germain.', 'Paris Saint - Germain'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(people(text)).toEqual([]);
  });
});

describe('id lists of people', () => {
  it('everyday words in a list of people are people too', () => {
    const text = 'Band itu kini beranggotakan Ariel, Lukman, Reza, Andika dan Indra.';
    expect(people(text)).toEqual(['Ariel', 'Lukman', 'Reza', 'Andika', 'Indra']);
  });
  it('roles in parentheses between the names', () => {
    const text = 'Personelnya adalah Febri (drum), Riyo (vokal), dan Bebe (gitar).';
    expect(people(text)).toContain('Bebe');
  });
  it.each([
    'Band itu tampil di Download, Soundwave serta Gigantour bersama Metcalfe dan Noble.',
    'Pasalnya, Federer dan Wawrinka jadi andalan Swiss.',
    'Ia memimpin Jakarta, Bandung, dan Surabaya bersama Budi dan Rina.',
  ])('%s adds no person from a list that is not one of people', (text) => {
    const names = people(text);
    for (const w of ['Download', 'Pasalnya', 'Jakarta', 'Bandung']) expect(names).not.toContain(w);
  });
});

describe('id what a player or member joins', () => {
  it.each([
    ['Ia lantas bergabung dengan Alfa Romeo pada 1952.', 'Alfa Romeo'],
    ['Saat ini ia bermain untuk Persikabo Bogor di liga utama.', 'Persikabo Bogor'],
    ['Musim lalu ia memperkuat Deltras Sidoarjo di kompetisi itu.', 'Deltras Sidoarjo'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['Ia bergabung dengan Budi Santoso di panggung itu.', 'Budi Santoso'],
    ['Ia bergabung dengan Maria Ulfa di tim itu.', 'Maria Ulfa'],
  ])('%s keeps the person %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
  it('an everyday word joined is no organization', () => {
    expect(orgs('Tentara itu bergabung dengan Republik pada 1946.')).toEqual([]);
  });
});

describe('id given names that are also dictionary words', () => {
  it.each([
    ['Seandainya Ani menjadi ketua umum, partai itu berubah.', 'Ani'],
    ['Ada satu hal yang paling diingat Guruh dari gurunya.', 'Guruh'],
    ['Setelah Andika dan Indra keluar, band itu bubar.', 'Indra'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
  it.each(['Restu orang tua sangat penting.', 'Puji syukur kami panjatkan.'])(
    '%s: a word opening a sentence stays a word',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
});

describe('id lists with a hyphenated pair of places', () => {
  it('ends (a part of a token is no list item)', () => {
    const text = 'Hubungan Korea-Rusia, Budi, dan Ani membaik.';
    expect(spans(text, 'places')).toEqual(['Korea', 'Rusia']);
  });
});

describe('id words that are no names alone, inside a name after a head word', () => {
  it.each([
    ['Kata Presiden di Masjid Sunda Kelapa, Menteng, kemarin.', 'places', 'Masjid Sunda Kelapa'],
    ['Rapat digelar di Hotel Grand Sahid Jaya, Jakarta Pusat.', 'places', 'Hotel Grand Sahid Jaya'],
    ['Ia kuliah di Universitas Islam Indonesia sejak 2010.', 'organizations', 'Universitas Islam Indonesia'],
  ] as const)('%s → %s %s', (text, kind, name) => {
    expect(spans(text, kind)).toContain(name);
  });
  it('a competition keeps its organizer apart', () => {
    expect(spans('Ia bermain di semifinal Liga Champions UEFA musim itu.', 'organizations')).toContain(
      'UEFA',
    );
  });
  it('a day after a head word still ends the name', () => {
    expect(spans('Ia tiba di Hotel Mulia Senin pagi.', 'places')).toEqual(['Hotel Mulia']);
  });
});

describe('id "La" is an article, "LA" the city', () => {
  it.each([
    'Ia pernah bermain di La Liga bersama Sevilla.',
    'Kiper itu menjadi pemain terbaik La Liga musim ini.',
  ])('%s has no place La', (text) => {
    expect(spans(text, 'places')).not.toContain('La');
  });
  it('LA in capitals is still Los Angeles', () => {
    expect(run('Ia terbang ke LA pekan lalu.').places?.length).toBe(1);
  });
});

describe('id numbered commissions inside an office; stock exchanges', () => {
  it('"Wakil Ketua Komisi II DPR X": the numeral belongs to the title', () => {
    const text = 'Wakil Ketua Komisi II DPR Rahmat Hidayat mengakui hal itu.';
    expect(spans(text, 'organizations')).toEqual(['DPR']);
    const p = run(text).people?.[0];
    expect(p?.name).toBe('Rahmat Hidayat');
    expect(p?.titles).toEqual(['Wakil Ketua Komisi II DPR']);
  });
  it.each([
    ['Volume di Bursa Efek New York naik tajam.', 'Bursa Efek New York'],
    ['Saham itu dicatatkan di Bursa Efek Indonesia sejak 2010.', 'Bursa Efek Indonesia'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('Bursa alone is still the Turkish city', () => {
    expect(spans('Ia terbang ke Bursa pekan lalu.', 'places')).toEqual(['Bursa']);
  });
});

describe('id plateaus, archipelagos, deputies and numerals', () => {
  it.each([
    ['Roket menghantam Dataran Tinggi Golan, Minggu.', 'Dataran Tinggi Golan'],
    ['Badai terbentuk di kepulauan Turks pada Sabtu.', 'kepulauan Turks'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
    expect(people(text)).toEqual([]);
  });
  it('"Deputi Komisioner OJK X": the office is a title', () => {
    const p = run('Kata Deputi Komisioner OJK Sri Rahayu kepada wartawan.').people?.[0];
    expect(p?.name).toBe('Sri Rahayu');
    expect(p?.titles).toEqual(['Deputi Komisioner OJK']);
  });
  it('a numeral after a name is not part of the next name', () => {
    expect(spans('Hasil Muktamar VIII Surabaya disahkan kemarin.', 'people')).not.toContain('VIII Surabaya');
  });
  it('the Balinese "I" opens a name', () => {
    expect(people('Ia diberi nama I Gusti Gede Pasekan oleh ayahnya.')).toContain('I Gusti Gede Pasekan');
  });
});

describe('id words with two prefixes are everyday words', () => {
  it.each([
    'Kepengurusan partai itu disahkan kemarin.',
    'Keberuntungan berpihak padanya saat itu.',
    'Aturan itu diatur dalam undang-undang tentang Keterbukaan Informasi Publik.',
  ])('%s has no person', (text) => {
    expect(people(text)).toEqual([]);
  });
  it('a name is still a name', () => {
    expect(people('Kata Kusnadi Pramono kepada wartawan.')).toEqual(['Kusnadi Pramono']);
  });
});

describe('id coalitions, English "X of Y" bodies, AS Roma', () => {
  it.each([
    ['Partai itu bergabung dalam Koalisi Indonesia Hebat tahun itu.', 'Koalisi Indonesia Hebat'],
    ['Ilmuwan itu bekerja di University of California di Irvine.', 'University of California'],
    ['Napoli menang 2-0 atas AS Roma tadi malam.', 'AS Roma'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
  it('"of" after a name that is no English head word joins nothing', () => {
    expect(spans('Ia menyanyikan lagu King of the Road di sana.', 'organizations')).not.toContain(
      'King of the Road',
    );
  });
});

describe('Solo is the city of Surakarta', () => {
  it.each([
    'Solo diguyur hujan deras sejak Senin sore.',
    'Banjir merendam tiga kelurahan di Solo, Jawa Tengah.',
  ])('%s', (text) => {
    expect(places(text)).toContain('Surakarta');
    expect(people(text)).toEqual([]);
  });

  it('leaves the club named after the city an organization', () => {
    const text = 'Persis Solo menang 2-1 atas tamunya di Stadion Manahan.';
    expect(orgs(text)).toContain('Persis Solo');
    expect(places(text)).not.toContain('Surakarta');
  });
});
