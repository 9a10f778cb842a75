import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The twenty-second session's Indonesian rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

describe('id a Korean name of three parts whose syllables also spell a month, a unit or a country', () => {
  it.each([
    ['Aktor itu memerankan Gu Jun Pyo dalam drama remaja.', 'Gu Jun Pyo'],
    ['Penyanyi Goo Ha Ra tampil di Seoul.', 'Goo Ha Ra'],
    ['Lagu baru itu dinyanyikan Park Gyu Ri bersama grupnya.', 'Park Gyu Ri'],
    ['Film itu dibintangi Kang Ha Neul dan rilis pekan depan.', 'Kang Ha Neul'],
    ['Aktris Jun Ji Hyun kembali ke layar lebar.', 'Jun Ji Hyun'],
    ['Dalam pertemuan itu, Moon Jae In berbicara soal perdamaian.', 'Moon Jae In'],
  ])('%s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(spans(text, 'places')).not.toContain('Indonesia');
  });
  it('keeps the office before the name', () => {
    const text = 'Presiden Moon Jae In bertemu wartawan.';
    expect(spans(text, 'people')).toEqual(['Moon Jae In']);
    expect(titlesOf(text, 'Moon Jae In')).toEqual(['Presiden']);
  });
  it('negative: a month after a family name, with a number, is a date, no name', () => {
    const text = 'Laporan Kim Jun 2024 menyebut hal itu.';
    expect(spans(text, 'people')).not.toContain('Kim Jun');
    expect((run(text).dates ?? []).map((d) => d.text)).toContain('Jun 2024');
  });
  it('negative: a fourth name word makes it a run of names, read as before', () => {
    expect(spans('Pemain Kim Ha Ra Wijaya mencetak gol.', 'people')).not.toContain('Kim Ha Ra');
  });
});

/** The types the document gives a surface, one per mention, in order. */
function typesOf(text: string, surface: string): string[] {
  const r = run(text);
  const out: [number, string][] = [];
  for (const [kind, type] of [
    ['people', 'person'],
    ['places', 'place'],
    ['organizations', 'organization'],
  ] as const)
    for (const e of r[kind] ?? [])
      for (const m of e.mentions) if (m.text === surface) out.push([m.start, type]);
  return out.sort((a, b) => a[0] - b[0]).map(([, type]) => type);
}

describe('id a town after a player’s or a coach’s post, the holder named after the comma, is the club', () => {
  it.each([
    ['Bek Leicester, Robert Huth, tampil apik sepanjang laga.', 'Leicester', 'Robert Huth', 'Bek Leicester'],
    [
      'Pelatih Sassuolo, Eusebio Di Francesco, memuji para pemainnya.',
      'Sassuolo',
      'Eusebio Di Francesco',
      'Pelatih Sassuolo',
    ],
    ['Kiper Napoli, Pepe Reina, menepis dua tendangan.', 'Napoli', 'Pepe Reina', 'Kiper Napoli'],
  ])('%s', (text, club, name, title) => {
    expect(typesOf(text, club)).toEqual(['organization']);
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
  });
  it('negative: an office of the state before a town stays the town’s', () => {
    const text = 'Gubernur Jawa Barat, Dedi Mulyadi, meninjau banjir.';
    expect(spans(text, 'places')).toEqual(['Jawa Barat']);
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe('id a club named by its town, in a sentence of the match or after a player’s post', () => {
  it.each([
    ['Dalam sepuluh laga terakhir, Leicester cuma menelan satu kekalahan.', 'Leicester'],
    ['Dia menjadi pemain Leicester yang sukses menghentikan tiga penyerang lawan.', 'Leicester'],
    ['Bek itu yakin timnya bisa naik ke posisi kedua, menggeser Napoli.', 'Napoli'],
  ])('%s', (text, club) => {
    expect(typesOf(text, club)).toEqual(['organization']);
  });
  it('a town the document reads as a club is the club at its other mentions too, not where it is the town', () => {
    const text =
      'Leicester semakin dekat dengan gelar juara. Pada laga Minggu, Leicester menang 2-0 atas Sunderland. ' +
      'Arsenal masih berharap Leicester terpeleset. Para pemain tiba di Leicester pada Senin malam.';
    expect(typesOf(text, 'Leicester')).toEqual(['organization', 'organization', 'organization', 'place']);
  });
  it('negative: with no match anywhere, the town stays a town', () => {
    const text = 'Leicester semakin padat oleh wisatawan. Wali kota berharap Leicester tetap bersih.';
    expect(typesOf(text, 'Leicester')).not.toContain('organization');
  });
});

describe('id the holder named after the comma holds the office of a body the document named before', () => {
  it('gives the office to the name after the comma', () => {
    const text =
      'Bek Leicester, Robert Huth, tampil apik. Pelatih Leicester, Claudio Ranieri, senang dengan hasil itu.';
    expect(titlesOf(text, 'Claudio Ranieri')).toEqual(['Pelatih Leicester']);
    expect(typesOf(text, 'Leicester')).toEqual(['organization', 'organization']);
  });
});

describe('id a regency named by its island or islands, written by their name alone', () => {
  it.each([
    [
      'Saat akan meninggalkan Morotai, Rabu, Presiden mampir ke museum.',
      'Morotai',
      'Kabupaten Pulau Morotai',
    ],
    [
      'Ombak di Mentawai menarik peselancar dari berbagai negara.',
      'Mentawai',
      'Kabupaten Kepulauan Mentawai',
    ],
    ['Kapal itu berlayar menuju Anambas pada Senin.', 'Anambas', 'Kabupaten Kepulauan Anambas'],
  ])('%s', (text, surface, name) => {
    const places = run(text).places ?? [];
    expect(places.map((p) => p.mentions[0]?.text)).toEqual([surface]);
    expect(places[0]?.name).toBe(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: an island’s name that is a word stays the word ("seribu": a thousand)', () => {
    expect(spans('Seribu warga menghadiri acara itu.', 'places')).toEqual([]);
  });
});

describe('id a doer noun in -wan or -wati is an everyday word, no name', () => {
  it.each([
    'Wisatawan bebas masuk Banyuwangi mulai pekan depan.',
    'Sukarelawan membagikan makanan kepada pengungsi.',
    'Purnawirawan itu hadir dalam upacara.',
  ])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: a given name in -wan stays a name', () => {
    expect(spans('Setiawan mengatakan harga naik.', 'people')).toEqual(['Setiawan']);
  });
});

describe('id an officer’s corps after the rank belongs to the rank, not the name', () => {
  it.each([
    [
      'Bupati meninjau lokasi bersama Letkol Inf Agus Yulianto pada sore hari.',
      'Agus Yulianto',
      ['Letkol Inf'],
    ],
    ['Kolonel Czi Budi Santoso memimpin pembangunan jembatan itu.', 'Budi Santoso', ['Kolonel Czi']],
    ['Komandan pangkalan, Kolonel Pnb Andi Wijaya, menyambut rombongan.', 'Andi Wijaya', ['Kolonel Pnb']],
    ['Letkol Mar Dedi Kurnia memimpin apel pagi.', 'Dedi Kurnia', ['Letkol Mar']],
  ])('%s', (text, name, titles) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(expect.arrayContaining(titles));
  });
  it('negative: a corps word with no name after it is no part of a title', () => {
    expect(spans('Pasukan Inf kembali ke barak.', 'people')).toEqual([]);
  });
});

describe('id a title-case headline’s verb of getting or launching ends the name before it', () => {
  it.each([
    ['Startup Pangan Sayurbox Dapat Pendanaan Baru\n\nPerusahaan itu berbasis di Jakarta.', 'Pendanaan'],
    ['Gojek Luncurkan Layanan Baru di Medan\n\nLayanan itu dibuka pekan ini.', 'Layanan Baru'],
    ['Telkomsel Raup Laba Rp 20 Triliun\n\nLaba itu naik dari tahun lalu.', 'Laba'],
  ])('%s', (text, phrase) => {
    const r = run(text);
    const names = [...(r.people ?? []), ...(r.organizations ?? []), ...(r.places ?? [])].flatMap((e) =>
      e.mentions.map((m) => m.text),
    );
    expect(names.some((n) => n.includes(phrase))).toBe(false);
  });
});

describe('id "data" before an unknown name cites the body that keeps the data', () => {
  it.each([
    ['Menurut data Crunchbase, perusahaan itu kini bernilai 1 miliar dollar AS.', 'Crunchbase'],
    ['Berdasarkan data Nielsen, belanja iklan naik 10 persen.', 'Nielsen'],
  ])('%s', (text, org) => {
    expect(spans(text, 'organizations')).toEqual([org]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: a place the gazetteer knows after "data" stays a place', () => {
    expect(spans('Menurut data Jakarta, kasus turun.', 'places')).toEqual(['Jakarta']);
  });
});

describe('id an office’s field made of everyday words before its ministry’s acronym', () => {
  it('keeps "Budidaya" in the office and gives the body its acronym', () => {
    const text = 'Direktur Jenderal Perikanan Budidaya KKP Haeru Rahayu menyebut digitalisasi penting.';
    expect(spans(text, 'people')).toEqual(['Haeru Rahayu']);
    expect(spans(text, 'organizations')).toEqual(['KKP']);
  });
});

describe('id a place whose initials end a bracketed acronym, after words that spell the rest, ends a body', () => {
  it('reads the whole long form as the body and the holder after it', () => {
    const text =
      'Juru bicara Tentara Pembebasan Nasional Papua Barat (TPNPB) Sebby Sambom mengklaim serangan itu.';
    expect(spans(text, 'organizations')).toEqual(['Tentara Pembebasan Nasional Papua Barat', 'TPNPB']);
    expect(spans(text, 'places')).toEqual([]);
    expect(spans(text, 'people')).toEqual(['Sebby Sambom']);
  });
  it('negative: a place the acronym does not spell stays a place', () => {
    const text = 'Warga Papua Barat (PB) menolak rencana itu.';
    expect(spans(text, 'places')).toContain('Papua Barat');
  });
});

describe('id "Watch" closes a body’s English name', () => {
  it('reads the watchdog, not its country', () => {
    const text = 'Laporan itu datang dari Indonesia Police Watch (IPW) pekan lalu.';
    expect(spans(text, 'organizations')).toEqual(['Indonesia Police Watch', 'IPW']);
    expect(spans(text, 'places')).toEqual([]);
  });
});

describe('id a company’s numbered operating area ("Daop 2 Bandung", "Divre V") belongs to the office', () => {
  it.each([
    [
      'Manager Humas KAI Daop 2 Bandung Ayep Hanapi mengatakan kereta tambahan disiapkan.',
      'Ayep Hanapi',
      'Manager Humas KAI Daop 2 Bandung',
    ],
    [
      'General Manager Telkom Divre V Jawa Timur, Nanang Ismail Kosim, hadir dalam acara itu.',
      'Nanang Ismail Kosim',
      'General Manager Telkom Divre V Jawa Timur',
    ],
  ])('%s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
  });
});

describe('id a region after an office fills the chunk before the holder named after the comma', () => {
  it.each([
    ['General Manager Telkom Jawa Timur, Nanang Ismail Kosim, hadir.', 'Nanang Ismail Kosim', 'Jawa Timur'],
    ['Acara itu dibuka General Manager PLN Jawa Barat, Budi Santoso.', 'Budi Santoso', 'Jawa Barat'],
  ])('%s', (text, name, region) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(spans(text, 'places')).toEqual([region]);
    expect(titlesOf(text, name)[0]).toMatch(new RegExp(`${region}$`, 'u'));
  });
});

describe('id "Muslim" as the last word of a name after a known given name', () => {
  it('keeps the whole name', () => {
    const text = 'Kepala Dinas Kesehatan, Muhammad Muslim, mengatakan jumlah spesimen bertambah.';
    expect(spans(text, 'people')).toEqual(['Muhammad Muslim']);
  });
  it('negative: the faith word before another word stays no name', () => {
    expect(spans('Umat Muslim Indonesia merayakan Idulfitri.', 'people')).toEqual([]);
  });
});

describe('id a city named by a landscape word and another word, written joined or apart', () => {
  it.each([
    ['Asap tebal menyelimuti Palangka Raya sejak Rabu.', 'Palangka Raya', 'Palangkaraya'],
    ['Warga Pangkalpinang antre membeli minyak goreng.', 'Pangkalpinang', 'Pangkal Pinang'],
    ['Wisatawan memadati Bukit Tinggi saat libur panjang.', 'Bukit Tinggi', 'Bukittinggi'],
  ])('%s', (text, surface, name) => {
    const places = run(text).places ?? [];
    expect(places.map((p) => [p.name, p.mentions[0]?.text])).toEqual([[name, surface]]);
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id a running pair after "pasangan" or "paslon": the hyphen joins two people', () => {
  it.each([
    ['Pasangan Ridwan Kamil-Suswono memperoleh 39 persen suara.', ['Ridwan Kamil', 'Suswono']],
    ['Paslon nomor urut 1 Ridwan Kamil-Suswono menerima hasil itu.', ['Ridwan Kamil', 'Suswono']],
    ['Ketua Tim Pemenangan Paslon Wahdi - Qomaru, Saiful Tomi, hadir.', ['Wahdi', 'Qomaru', 'Saiful Tomi']],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
  it('negative: without a pair word, a hyphenated last name stays one name', () => {
    expect(spans('Penyanyi Ana Maria-Sofia tampil di Jakarta.', 'people')).toEqual(['Ana Maria-Sofia']);
  });
});

describe('id an expert’s role, "dari", an unknown name, then the holder after the comma: the name is the body', () => {
  it.each([
    [
      'Analis dari Gartner, Arun Chandrasekaran, menilai persaingan itu ketat.',
      'Gartner',
      'Arun Chandrasekaran',
    ],
    ['Peneliti dari Celios, Bhima Yudhistira, mengatakan hal serupa.', 'Celios', 'Bhima Yudhistira'],
  ])('%s', (text, org, person) => {
    expect(spans(text, 'organizations')).toEqual([org]);
    expect(spans(text, 'people')).toEqual([person]);
  });
  it('negative: a given name after "dari" is still read as a name', () => {
    expect(spans('Pengamat dari Budi, Santoso Wijaya, hadir.', 'organizations')).toEqual([]);
  });
});

describe('id the next item of a list that a noun of kind opened is a thing too', () => {
  it.each([
    'Menurut pantauan satelit Terra dan Aqua, titik panas bertambah.',
    'Menurut petugas, kursi kereta Argo Parahyangan dan Lodaya sudah penuh.',
  ])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
  it('negative: after a person, "dan" joins another person', () => {
    expect(spans('Lagu itu dinyanyikan Rossa dan Afgan.', 'people')).toEqual(['Rossa', 'Afgan']);
  });
});

describe('id an office held "pada" a body, then its holder, before the speech verb: the holder speaks', () => {
  it('gives the quote to the person, not to a word of the office', () => {
    const text =
      'Direktur Penyidikan pada Jampidsus Kejagung Abdul Qohar sebelumnya menyebut kerugian negara mencapai Rp 300 triliun.';
    const q = run(text).quotes ?? [];
    expect(q.map((x) => x.speaker?.name)).toEqual(['Abdul Qohar']);
  });
  it('negative: a place after the preposition still leaves the subject to the sentence', () => {
    const text = 'Warga di Jakarta Selatan mengatakan banjir datang setiap tahun.';
    const q = run(text).quotes ?? [];
    expect(q.map((x) => x.speaker?.name)).not.toContain('Jakarta Selatan');
  });
});

describe('id a full name that opens with a short name the document uses later stays whole', () => {
  it('keeps the full name, its titles and its later short form as one person', () => {
    const text =
      'Kepala Bidang Humas Polda Metro Jaya Kombes Pol Ade Ary Syam Indradi mengatakan pelaku ditangkap. ' +
      '"Uang yang dibawa kabur Rp 250 juta," ujar Ade Ary di Jakarta.';
    const people = run(text).people ?? [];
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['Ade Ary Syam Indradi', 2]]);
    expect(people[0]?.titles).toContain('Kombes Pol');
  });
  it('negative: two names the document gives apart are still split out of one run', () => {
    const text = 'Foto Kim Jong Un Vladimir Putin beredar. Kim Jong Un tiba. Vladimir Putin menyambut.';
    const people = spans(text, 'people');
    expect(people).toContain('Kim Jong Un');
    expect(people).not.toContain('Kim Jong Un Vladimir Putin');
  });
});

describe('id "HM" (Haji Muhammad) before a name is an honorific', () => {
  it('keeps the honorific out of the office and the name', () => {
    const text = 'Didampingi Bupati Bandung HM Dadang Supriatna, warga menerima bantuan.';
    expect(spans(text, 'people')).toEqual(['Dadang Supriatna']);
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('negative: the company named with it stays a company', () => {
    expect(spans('Saham PT HM Sampoerna Tbk naik.', 'organizations')).toEqual(['PT HM Sampoerna Tbk']);
  });
});

describe('id academic degrees between commas after a name before the speech verb', () => {
  it('gives the quote to the name before the degrees', () => {
    const text =
      'Kepala Dinas Kesehatan dr. Yuli Irnawati Mosjasari, M.Kes, menyebut sedikitnya 150 warga mengalami diare.';
    expect((run(text).quotes ?? []).map((q) => q.speaker?.name)).toEqual(['Yuli Irnawati Mosjasari']);
  });
});

describe('id graduates ("wisudawan") are an everyday word', () => {
  it('names no one', () => {
    expect(spans('Wisudawan terbaik tahun ini berasal dari Fakultas Hukum.', 'people')).toEqual([]);
  });
});

describe('id an honorific opening the name after an office’s bracketed short form', () => {
  it.each([
    [
      'Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) KH Yahya Cholil Staquf menyatakan hal itu.',
      'Yahya Cholil Staquf',
      ['Ketua Umum Pengurus Besar Nahdlatul Ulama', 'KH'],
    ],
    [
      'Rektor Universitas Indonesia (UI) Prof Ari Kuncoro hadir.',
      'Ari Kuncoro',
      ['Rektor Universitas Indonesia', 'Prof'],
    ],
  ])('%s', (text, name, titles) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
  });
});

describe('id a flight’s code and number name no airline of their own', () => {
  it.each(['Maskapai menunda penerbangan GA 874 rute Jakarta-Tokyo.', 'Pesawat JT 610 jatuh di Karawang.'])(
    '%s',
    (text) => {
      expect(spans(text, 'organizations')).toEqual([]);
    },
  );
  it('negative: an acronym with a number and no flight word stays a body', () => {
    expect(spans('Rapat itu dihadiri anggota DPR 2024.', 'organizations')).toContain('DPR');
  });
});

describe('id a religious meeting ("Ijtima Ulama") names no one', () => {
  it('reads no person', () => {
    expect(spans('Fatwa itu hasil Ijtima Ulama Komisi Fatwa MUI di Bangka Belitung.', 'people')).toEqual([]);
  });
});

describe('id "menyebut" before a clause with a copula reports it', () => {
  it('finds the reported speech', () => {
    const text = 'Menteri Agama Yaqut Cholil Qoumas menyebut salam lintas agama adalah praktik baik.';
    expect((run(text).quotes ?? []).map((q) => [q.type, q.speaker?.name])).toEqual([
      ['indirect', 'Yaqut Cholil Qoumas'],
    ]);
  });
  it('negative: "menyebut X sebagai Y" names, it reports nothing', () => {
    expect(run('Warga menyebut jalan itu sebagai jalan tikus.').quotes ?? []).toEqual([]);
  });
});

describe('id Balinese names: the noble styles open the name, the customary offices are offices', () => {
  it.each([
    [
      'Anggota DPRD Bali Anak Agung Ngurah Adhi Ardhana juga hadir.',
      'Anak Agung Ngurah Adhi Ardhana',
      ['Anggota DPRD Bali'],
    ],
    [
      'Kepala Dinas Pariwisata Gianyar Anak Agung Ari Brahmanta menyebut hal itu.',
      'Anak Agung Ari Brahmanta',
      ['Kepala Dinas Pariwisata Gianyar'],
    ],
    ['Bendesa Adat Ubud I Made Parwata mengatakan hal itu.', 'I Made Parwata', ['Bendesa Adat Ubud']],
  ])('%s', (text, name, titles) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it('a style opening the sentence stays the name’s', () => {
    expect(spans('Anak Agung Gede Putra datang ke pura.', 'people')).toEqual(['Anak Agung Gede Putra']);
  });
  it('negative: "Anak" alone elsewhere stays a child', () => {
    expect(spans('Anak Agung Gede Putra datang. Anak itu bermain.', 'people')).toEqual([
      'Anak Agung Gede Putra',
    ]);
  });
  it('a priest’s residence ("Griya") is a place', () => {
    expect(spans('Upacara dipimpin pendeta dari Griya Gede Ubud.', 'places')).toEqual(['Griya Gede Ubud']);
  });
});

describe('id a bare quarter more than half a year ahead of the article is last year’s', () => {
  const dateValue = (text: string, span: string) =>
    (run(text).dates ?? []).find((d) => d.text === span)?.value;
  it('reads a reported quarter as the last one (the article is of March 2024)', () => {
    expect(dateValue('Perseroan mengumumkan laba bersih kuartal IV.', 'kuartal IV')).toBe('2023-Q4');
  });
  it.each([
    ['Target kuartal III dipatok tinggi.', 'kuartal III', '2024-Q3'],
    ['Perusahaan akan merilis laporan kuartal IV.', 'kuartal IV', '2024-Q4'],
    ['Pada 2022, laba kuartal IV naik.', 'kuartal IV', '2022-Q4'],
    ['Laba kuartal IV lalu naik.', 'kuartal IV lalu', '2023-Q4'],
  ])('negative: %s', (text, span, value) => {
    expect(dateValue(text, span)).toBe(value);
  });
});

describe('id two acronyms opening a sentence before a lower-case word name a body', () => {
  it('reads the bank, and the pronoun cue before it keeps the person who spoke', () => {
    const text =
      'Presiden Direktur Bank OCBC NISP Parwati Surjaudaja menyampaikan, perusahaan telah melalui banyak krisis. ' +
      '”Kami ingin membangun optimisme,” ujarnya. OCBC NISP juga mengajak masyarakat menabung.';
    expect(spans(text, 'people')).toEqual(['Parwati Surjaudaja']);
    const direct = (run(text).quotes ?? []).filter((q) => q.type === 'direct');
    expect(direct.map((q) => q.speaker?.name)).toEqual(['Parwati Surjaudaja']);
  });
  it('negative: initials after a person cue stay a person', () => {
    expect(spans('Polisi menangkap tersangka AS dan RF di Bekasi.', 'people')).toEqual(['AS', 'RF']);
  });
});

describe('id a body read from its head word ends before a holder whose name opens with a given name', () => {
  it.each([
    [
      'Guru Besar Universitas Lambung Mangkurat Muhammad Handry Imansyah mengatakan hal itu.',
      'Muhammad Handry Imansyah',
      'Universitas Lambung Mangkurat',
    ],
    [
      'Ketua Yayasan Masjid Agung Palembang Ahmad Sarnubi menyampaikan hal itu.',
      'Ahmad Sarnubi',
      'Yayasan Masjid Agung Palembang',
    ],
  ])('%s', (text, person, org) => {
    expect(spans(text, 'people')).toEqual([person]);
    expect(spans(text, 'organizations')).toEqual([org]);
  });
  it('negative: a body named after a person right after its head keeps the name', () => {
    expect(spans('Mahasiswa Universitas Sam Ratulangi berdemo.', 'organizations')).toEqual([
      'Universitas Sam Ratulangi',
    ]);
  });
});

describe('id after an office’s bracketed short form, a word that closed a name the document gave is the office’s', () => {
  it('keeps the river in the office and gives the quote to the holder', () => {
    const text =
      'Banjir akibat luapan Sungai Citarum merendam rumah warga. Kepala Balai Besar Wilayah Sungai (BBWS) Citarum Dedi Rahmat mengatakan pengerukan dimulai pekan depan.';
    expect(spans(text, 'people')).toEqual(['Dedi Rahmat']);
    expect(titlesOf(text, 'Dedi Rahmat')).toEqual(['Kepala Balai Besar Wilayah Sungai Citarum']);
    expect((run(text).quotes ?? []).map((q) => q.speaker?.name)).toEqual(['Dedi Rahmat']);
  });
  it('negative: a province after the bracket stays a place of its own', () => {
    const text =
      'Polda Sulteng menangkap dua orang. Kepala Bidang Humas (Kabid Humas) Sulteng Budi Santoso mengatakan hal itu.';
    expect(spans(text, 'places')).toContain('Sulteng');
  });
});
