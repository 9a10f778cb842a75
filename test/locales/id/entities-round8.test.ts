import { describe, expect, it } from 'vitest';
import { all, run, spans } from './helpers.js';

// Round 8 of the Indonesian entity rules: every case is a sentence written for the test.

describe('id a regional office named with the region it serves', () => {
  it.each([
    [
      'Dinas Kesehatan Provinsi Jawa Barat mencatat 500 kasus demam berdarah.',
      'Dinas Kesehatan Provinsi Jawa Barat',
    ],
    ['Menurut Dinas Pendidikan Kabupaten Bogor, sekolah tetap dibuka.', 'Dinas Pendidikan Kabupaten Bogor'],
    ['Badan Pendapatan Daerah Kota Bandung menargetkan pajak naik.', 'Badan Pendapatan Daerah Kota Bandung'],
    ['Kejaksaan Negeri Kota Bekasi menahan dua tersangka.', 'Kejaksaan Negeri Kota Bekasi'],
  ])('%s → one organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('the office before a person keeps its region and the person stays apart', () => {
    const text = 'Kepala Dinas Kesehatan Provinsi Jawa Barat Vini Adiani Dewi mengatakan kasus meningkat.';
    expect(spans(text, 'organizations')).toEqual(['Dinas Kesehatan Provinsi Jawa Barat']);
    expect(spans(text, 'people')).toEqual(['Vini Adiani Dewi']);
  });
  it.each([
    ['Ia bekerja di Kantor Wali Kota Jayapura sejak 2010.', 'Kota Jayapura'],
    ['Dinas Sosial menyalurkan bantuan ke Kabupaten Garut.', 'Kabupaten Garut'],
  ])('no office joins a region it does not name: %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
  });
});

describe('id a regional government needs its region', () => {
  it.each([
    ['Pemkab akan membangun jalan baru tahun depan.'],
    ['Bupati meminta Pemkab segera bertindak.'],
    ['Pemprov menyiapkan anggaran, sedangkan Pemkot menyiapkan lahan.'],
    ['Pemda setempat belum memberi tanggapan.'],
  ])('no entity: %s', (text) => {
    expect(all(text)).toEqual([]);
  });
  it.each([
    ['Pemkab Bogor akan membangun jalan baru.', 'Bogor'],
    ['Pemprov DKI Jakarta dan Pemkot Bekasi bekerja sama.', 'Bekasi'],
  ])('with its region the region is named: %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
  });
  it('a government written as one word with its region is a body', () => {
    expect(spans('Pemprovsu akan membangun jalan tol.', 'organizations')).toEqual(['Pemprovsu']);
  });
});

describe('id a sports club named after its abbreviation', () => {
  it.each([
    ['Mereka mengalahkan FC Porto dua gol tanpa balas.', 'FC Porto'],
    ['Gelandang itu pindah ke SC Freiburg musim lalu.', 'SC Freiburg'],
    ['Manajemen PS Barito Putera berencana merenovasi stadion.', 'PS Barito Putera'],
    ['Dortmund kalah dari RB Leipzig di kandang sendiri.', 'RB Leipzig'],
    ['Ia memulai karier di VfB Stuttgart.', 'VfB Stuttgart'],
  ])('%s → organization %s', (text, club) => {
    expect(spans(text, 'organizations')).toContain(club);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    ['Menpan RB Abdullah Azwar Anas meninjau kantor itu.', 'Abdullah Azwar Anas'],
    ['Kata Ketua DPRD Budi Santoso, rapat ditunda.', 'Budi Santoso'],
  ])('an office before a name is still read as one: %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
});

describe('id a cue noun opening the sentence', () => {
  it.each([
    ['Band Gigantara merilis album baru pekan ini.', 'Gigantara'],
    ['Maskapai Terbang Nusa menambah rute ke Kupang.', 'Terbang Nusa'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toEqual([name]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a work word opening the sentence does not make the name after it a body', () => {
    expect(spans('Film Sutradara Riri yang pertama dirilis 2000.', 'organizations')).toEqual([]);
  });
});

describe('id a word of a full name standing alone later', () => {
  it('a longer everyday word alone mid-sentence is no partial name', () => {
    const text =
      'Penyanyi Beras Prasetyo tampil di Jakarta. Warga mendapat bantuan Beras untuk keluarga miskin.';
    expect(spans(text, 'people')).toEqual(['Beras Prasetyo']);
  });
  it('a name word opening a sentence still joins the full name', () => {
    const text = 'Penyanyi Beras Prasetyo tampil di Jakarta. Beras kemudian menyapa penonton.';
    expect(spans(text, 'people')).toEqual(['Beras Prasetyo', 'Beras']);
  });
});

describe('id a list of officials, each with an office and a name', () => {
  it.each([
    [
      'Hadir dalam acara itu Menkes Nila Moeloek, Menteri Agama Lukman Hakim, dan Menpora Imam Nahrawi.',
      ['Nila Moeloek', 'Lukman Hakim', 'Imam Nahrawi'],
    ],
    [
      'Lima nama itu adalah Sekjen PAN Eddy Soeparno, Waketum PAN Taufik Kurniawan.',
      ['Eddy Soeparno', 'Taufik Kurniawan'],
    ],
  ])('%s', (text, names) => {
    expect(spans(text, 'people')).toEqual(names);
  });
  it('an office that runs to a comma before a plain name keeps its body', () => {
    const text = 'Direktur Utama PT Sinar Abadi Tbk, Hasnul Suhaemi, mengatakan laba naik.';
    expect(spans(text, 'organizations')).toEqual(['PT Sinar Abadi Tbk']);
    expect(spans(text, 'people')).toEqual(['Hasnul Suhaemi']);
  });
});

describe('id a nickname in quotation marks inside a name', () => {
  it.each([
    ['Bek Leicester, Westley Nathan "Wes" Morgan, mencetak gol kemenangan.', 'Westley Nathan "Wes" Morgan'],
    ['Gitaris Michael "Flea" Balzary tampil memukau semalam.', 'Michael "Flea" Balzary'],
    ['Penyanyi itu bernama Rebecca “Becca” Theodora.', 'Rebecca “Becca” Theodora'],
  ])('%s → one person %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('the person is named without the nickname and the surname alone joins it', () => {
    const r = run('Pelatih Josep "Pep" Guardiola datang ke Jakarta. Guardiola mengatakan timnya siap.');
    expect(r.people?.map((p) => [p.name, p.mentions.length])).toEqual([['Josep Guardiola', 2]]);
  });
  it.each([['Ia memerankan "Tekkan" Tetsu "Aira" dalam serial itu.'], ['Lagu "Cinta" Rossa menjadi hit.']])(
    'quoted titles between names are no nickname: %s',
    (text) => {
      for (const m of all(text)) expect(m).not.toMatch(/"/u);
    },
  );
});

describe('id what one is in is no person', () => {
  it.each([
    ['Ia gugur dalam Pertempuran Ambarawa tahun 1945.'],
    ['Aturan itu tercantum dalam Pedoman Umum Sekolah Sehat.'],
    ['Tokoh itu muncul dalam Petualangan Sherina sebagai penjahat.'],
  ])('no person: %s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    ['Kepercayaan partai kini ada dalam diri Budi Santoso.', 'Budi Santoso'],
    ['Usulan itu dibahas dalam rapat bersama Bambang Wuryanto.', 'Bambang Wuryanto'],
  ])('a known name after "dalam" is still a person: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
  it('an acronym after "dalam" is still a body', () => {
    expect(spans('Gereja itu tergabung dalam PGI sejak lama.', 'organizations')).toContain('PGI');
  });
});

describe('id where one comes from and what one leaves', () => {
  it.each([
    ['Rombongan itu berasal dari Cikarawang dan tiba pagi tadi.', 'Cikarawang'],
    ['Penari itu asli dari Wamena, Papua.', 'Wamena'],
  ])('%s → place %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    ['Vokalis itu memutuskan keluar dari Gigantara tahun lalu.', 'Gigantara'],
    ['Ia mundur dari Partai Hanura menjelang pemilu.', 'Partai Hanura'],
    ['Pelatih itu dipecat dari Borneo FC pekan ini.', 'Borneo FC'],
  ])('%s → organization %s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([
    ['Sebagian dana berasal dari Kantong pribadi kepala desa.'],
    ['Pesan itu keluar dari Budi Santoso sendiri.'],
  ])('no place or body from everyday words or a known name: %s', (text) => {
    expect(spans(text, 'places')).toEqual([]);
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe('id a run opened by a derived noun', () => {
  it.each([
    ['Warga menolak rencana Pembangunan Pasar Cibereum tahun ini.'],
    ['Ia bertanding pada semifinal Kejuaraan Bulutangkis Asia.'],
    ['Bus itu melayani Angkutan Umum AKAP dari Bandung.'],
  ])('no person: %s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
  it('before its acronym in parentheses the run may still be a body', () => {
    const text = 'Survei itu dibuat oleh Lingkaran Survei Nusantara (LSN) bulan lalu.';
    expect(spans(text, 'organizations')).toContain('LSN');
  });
  it('a person after a speech verb is still read', () => {
    expect(spans('Hal itu dikatakan Pratikno Wijaya di Jakarta.', 'people')).toEqual(['Pratikno Wijaya']);
  });
});

describe('id an unknown name before a capitalized point of the compass', () => {
  it.each([
    ['Ia lahir di Georgetown, Carolina Selatan, pada 1912.', 'Carolina Selatan'],
    ['Warga Tamparang Timur mengeluhkan banjir.', 'Tamparang Timur'],
  ])('%s → place %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a person before a lower-case direction stays a person', () => {
    expect(spans('Rombongan Wiranto utara kota tiba lebih dulu.', 'people')).toEqual(['Wiranto']);
  });
});

describe('id a list after a kind of place', () => {
  it('the members of a list of villages are places, everyday words or not', () => {
    const text =
      'Desa itu terdiri dari lima dusun yaitu Karangtengah, Pandean, Talang, Sumber Kidul, dan Ngrawan.';
    expect(spans(text, 'places')).toEqual(
      expect.arrayContaining(['Karangtengah', 'Pandean', 'Talang', 'Sumber Kidul', 'Ngrawan']),
    );
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a list of districts after "seperti" keeps a body that another rule read', () => {
    const text = 'Banjir melanda kecamatan lain seperti Cibadak, Cikembar, dan PT Semen Jaya ikut membantu.';
    expect(spans(text, 'places')).toEqual(expect.arrayContaining(['Cibadak', 'Cikembar']));
    expect(spans(text, 'organizations')).toContain('PT Semen Jaya');
  });
  it.each([
    ['Ia mengundang tokoh seperti Budi Santoso dan Wiranto Sugiharto ke acara itu.', 'Budi Santoso'],
    ['Tiga pemain yaitu Marko, Teguh, dan Rizky mencetak gol.', 'Marko'],
  ])('no place kind, no places: %s', (text, name) => {
    expect(spans(text, 'places')).toEqual([]);
    expect(spans(text, 'people')).toContain(name);
  });
});

describe('id a short word with no vowel', () => {
  it.each([
    ['Surat itu bernomor 121 Tgl 1 Agustus 2007.'],
    ['Kantornya pindah ke Jl. yang baru.'],
    ['Keputusan Nomor 274 / Kpts / 1979 berlaku.'],
  ])('no entity: %s', (text) => {
    expect(all(text)).toEqual([]);
  });
  it('a name with such a word is still a name', () => {
    expect(spans('Hal itu dikatakan Ng Kok Song kepada wartawan.', 'people')).toEqual(['Ng Kok Song']);
  });
});

describe('id a generation suffix after a name', () => {
  it.each([
    ['Suara itu kemudian diisi oleh Ross Bagdasarian, Jr dan istrinya.', 'Ross Bagdasarian, Jr'],
    ['Lagu Harry Connick Jr. dinyanyikan lagi.', 'Harry Connick Jr.'],
    ['Ayahnya bernama Harold Belafonte, Sr.', 'Harold Belafonte, Sr'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
});

describe('id a unit after an amount', () => {
  it.each([
    ['Kuota BBM subsidi turun dari 48 juta KL menjadi 46 juta KL.'],
    ['Data itu membutuhkan 200 GB ruang penyimpanan.'],
  ])('no entity: %s', (text) => {
    expect(all(text)).toEqual([]);
  });
  it.each([
    ['Program Liputan 6 SCTV meraih penghargaan.', 'SCTV'],
    ['Ia terbang ke KL pekan lalu.', 'KL'],
  ])('a name after a number in a name, or with no amount, stays: %s', (text, name) => {
    expect(all(text)).toContain(name);
  });
});

describe('id a long affixed word around a short root', () => {
  it.each([
    ['Keberadaan STKS Bandung mendukung pembangunan daerah.', 'STKS Bandung'],
    ['Keberadaan Unsera diharapkan membantu warga.', 'Unsera'],
  ])('the word opening the sentence is no part of the name: %s', (text, name) => {
    expect(all(text)).toEqual([name]);
  });
});

describe('id everyday terms written with capitals', () => {
  it.each([
    ['Kedua menteri menandatangani MoU tentang koordinasi penegakan hukum.'],
    ['Siswa kelas XII mengikuti Ujian Nasional Berbasis Komputer pekan depan.'],
  ])('no entity: %s', (text) => {
    expect(all(text)).toEqual([]);
  });
});

describe('id an English office with its field', () => {
  it.each([
    ['Kata Chief Executive Officer (CEO) Cyrus Network, Hasan Nasbi, kemarin.', 'Chief Executive Officer'],
    ['Djadi Soegiarto, Communication Manager Telkom, mengatakan hal itu.', 'Communication'],
    [
      'Ditemui terpisah, External Affairs & Communication Director GM, Yuniadi Haksono, membenarkan.',
      'External Affairs & Communication Director',
    ],
  ])('%s: no entity %s', (text, office) => {
    expect(all(text)).not.toContain(office);
  });
  it('the person named beside the office stays', () => {
    expect(spans('Djadi Soegiarto, Communication Manager Telkom, mengatakan hal itu.', 'people')).toEqual([
      'Djadi Soegiarto',
    ]);
  });
});

describe('id state institutions of the lexicon', () => {
  it.each([
    [
      'Kasus itu dilaporkan ke Dewan Kehormatan Penyelenggara Pemilu.',
      'Dewan Kehormatan Penyelenggara Pemilu',
    ],
    ['KPPU menjatuhkan denda kepada dua perusahaan semen.', 'KPPU'],
    ['Kapal itu dihentikan Bakamla di perairan Natuna.', 'Bakamla'],
  ])('%s → organization %s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
  });
  it('the acronym and the long form are one body', () => {
    const r = run(
      'Dewan Kehormatan Penyelenggara Pemilu (DKPP) memecat anggota KPU. DKPP menilai ada pelanggaran.',
    );
    expect(
      r.organizations?.find((o) => o.name === 'Dewan Kehormatan Penyelenggara Pemilu')?.mentions.length,
    ).toBe(3);
  });
});

describe('id the board of a body before its acronym', () => {
  it.each([
    ['PB IDI menolak aturan itu.', 'PB IDI'],
    ['Menurut PB PASI, para atlet siap berlaga.', 'PB PASI'],
    ['Mensos menerima kunjungan PB HMI kemarin.', 'PB HMI'],
  ])('%s → organization %s', (text, org) => {
    expect(spans(text, 'organizations')).toEqual([org]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('initials before a name stay the name', () => {
    expect(spans('Hal itu dikatakan MS Hidayat kepada wartawan.', 'people')).toEqual(['MS Hidayat']);
  });
});

describe('id an acronym after an office in lower case', () => {
  it.each([
    ['Hal itu disampaikan peneliti LSN, Ardi Sofyan, kemarin.', 'LSN'],
    ['Ia menjabat presiden FA selama sepuluh tahun.', 'FA'],
    ['Rombongan disambut staf KBRI di Hanoi.', 'KBRI'],
  ])('%s → organization %s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(spans(text, 'people')).not.toContain(org);
  });
  it('initials after a person cue are still a person', () => {
    expect(spans('Polisi menangkap tersangka AS di rumahnya.', 'people')).toEqual(['AS']);
  });
});

describe('id one everyday word after "di" or "ke"', () => {
  it.each([
    ['Ia bermain dalam sinetron Kisah Kasih di Sekolah bersama Marshanda.'],
    ['Presiden tidak datang ke Istana hari itu.'],
    ['Hasil laut paling banyak ditemukan di Desa ini.'],
  ])('no place: %s', (text) => {
    expect(spans(text, 'places')).toEqual([]);
  });
  it.each([
    ['Warga berkumpul di Tamparang sejak pagi.', 'Tamparang'],
    ['Bantuan dikirim ke Cikarawang kemarin.', 'Cikarawang'],
  ])('a name no dictionary knows after "di" is still a place: %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
  });
});

describe('id a college named Sekolah Tinggi', () => {
  it.each([
    ['Ia kuliah di Sekolah Tinggi Ilmu Ekonomi Serang sejak 2010.', 'Sekolah Tinggi Ilmu Ekonomi Serang'],
    ['Sekolah Tinggi Teknologi Nuklir membuka pendaftaran.', 'Sekolah Tinggi Teknologi Nuklir'],
  ])('%s → organization %s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('other schools stay places', () => {
    expect(spans('Ia bersekolah di Sekolah Dasar Negeri 3 Garut.', 'places')).toEqual([
      'Sekolah Dasar Negeri 3 Garut',
    ]);
  });
});

describe('id the acronym of a field after an office', () => {
  it.each([
    ['Menteri PUPERA Basuki Hadimuljono meninjau bendungan itu.', 'Basuki Hadimuljono'],
    ['Direktur SDM dan Umum PT Pos Indonesia, Rina Wijaya, hadir.', 'Rina Wijaya'],
  ])('no body: %s', (text, name) => {
    expect(spans(text, 'organizations')).not.toContain('PUPERA');
    expect(spans(text, 'organizations')).not.toContain('SDM');
    expect(spans(text, 'people')).toContain(name);
  });
  it('the acronym of a body after an office stays a body', () => {
    expect(spans('Rektor UGM meresmikan gedung itu.', 'organizations')).toEqual(['UGM']);
  });
  it('the acronym of an office in parentheses after its long form is the body', () => {
    const text = 'Tim dari Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) memeriksa bangunan.';
    expect(spans(text, 'organizations')).toContain('PUPR');
  });
});

describe('id everyday words the root list lacks', () => {
  it.each([
    ['Singel pertama dari album itu dirilis bulan lalu.'],
    ['Motto sekolah itu adalah "Jujur dan Cerdas".'],
    ['Gerilyawan membunuh dua polisi di perbatasan.'],
  ])('no entity: %s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id a name defined as a kind of place', () => {
  it.each([
    ['Bekonang sendiri sebenarnya adalah sebuah desa di Sukoharjo.', 'Bekonang'],
    ['Kowang adalah sebuah Dukuh di lereng gunung.', 'Kowang'],
  ])('%s → place %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a person defined by an office is still a person', () => {
    expect(spans('Sutrisno Hadi adalah seorang guru di desa itu.', 'people')).toEqual(['Sutrisno Hadi']);
  });
});

describe('id a numbered commission of a body', () => {
  it.each([
    ['Usulan itu dibahas bersama Komisi XI DPR di Jakarta.', 'DPR'],
    ['Anggota Komisi III DPR RI mendukung rencana itu.', 'DPR RI'],
  ])('%s → only the body %s', (text, org) => {
    expect(spans(text, 'organizations')).toEqual([org]);
  });
  it('an office of the commission keeps its name and person', () => {
    const text = 'Ketua Komisi III DPR Bambang Wuryanto mengatakan hal itu.';
    expect(spans(text, 'people')).toEqual(['Bambang Wuryanto']);
  });
  it('a named commission stays whole', () => {
    expect(spans('Komisi Yudisial memeriksa hakim itu.', 'organizations')).toEqual(['Komisi Yudisial']);
  });
});

describe('id a body named after the matter it deals with', () => {
  it.each([
    ['Rapat Pansus Angket BBM digelar di Gedung DPR.', 'Pansus Angket BBM'],
    ['Badan Pemenangan Pemilu (Bapilu) partai itu mengusulkan paket calon.', 'Badan Pemenangan Pemilu'],
  ])('%s → %s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
  });
  it('a matter word after a full name with a capital after it stays out', () => {
    expect(spans('Kementerian Keuangan Rp 5 triliun dialokasikan.', 'organizations')).toEqual([
      'Kementerian Keuangan',
    ]);
  });
});

describe('id a place joined to a known place by a spaced hyphen', () => {
  it('one word after a known place and a hyphen inside a sentence is a place', () => {
    const text = 'Selama perang Soviet - Afganistan, bandara itu dipakai militer.';
    expect(spans(text, 'places')).toEqual(['Soviet', 'Afganistan']);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a dateline keeps the person after it', () => {
    expect(spans('London - Wenger yakin timnya masih bisa juara.', 'people')).toEqual(['Wenger']);
  });
});

describe('id an academic degree after a name', () => {
  it.each([
    ['Hal itu dikatakan Fathul Anam SAg di Jakarta.', 'Fathul Anam'],
    ['Guru itu, Siti Aminah SPd, mengajar di sekolah dasar.', 'Siti Aminah'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
});

describe('id the family of a family name', () => {
  it('the family name is the person', () => {
    expect(spans('Untuk menyelamatkan diri, Keluarga Trapp pindah ke Amerika.', 'people')).toEqual(['Trapp']);
  });
  it('a programme named with "Keluarga" is no family', () => {
    expect(spans('Warga menerima bantuan program Keluarga Harapan tahun ini.', 'people')).toEqual([]);
  });
});

describe('id a company named General …', () => {
  it.each([
    ['Ia mantan CTO General Motors di Detroit.', 'General Motors'],
    ['Saham General Electric Co. turun satu persen.', 'General Electric Co.'],
  ])('%s → organization %s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('the rank before a name stays a title', () => {
    expect(spans('General Sudirman memimpin perang gerilya.', 'people')).toEqual(['Sudirman']);
  });
});
