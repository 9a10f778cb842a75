import { describe, expect, it } from 'vitest';
import { all, run, spans } from './helpers.js';

// Round 7 of the Indonesian entity rules: every case is a sentence written for the test.

describe('id a title-case headline verb between two names', () => {
  it.each([
    ['Jokowi Bertemu Macron di Paris, Bahas Kerja Sama Energi', 'Macron'],
    ['Anies Menolak Tawaran Partai Baru Jelang Pemilu', 'Anies'],
    ['Kapolri Minta Kapolda Tindak Tegas Pelaku Pungli', 'Kapolda'],
    ['Persija Raih Kemenangan Tandang di Bandung', 'Persija'],
  ])('%s: no entity runs over the verb (%s)', (text, _name) => {
    for (const m of all(text)) expect(m).not.toMatch(/\b(Bertemu|Menolak|Minta|Raih|Tindak|Bahas)\b/u);
  });
  it('the name after the verb is read on its own', () => {
    expect(spans('Jokowi Bertemu Macron di Paris, Bahas Kerja Sama Energi', 'people')).toContain('Macron');
  });
  it.each([
    ['Siswa Sekolah Menengah Atas Negeri 3 Medan mengikuti lomba.', 'Sekolah Menengah Atas Negeri 3 Medan'],
    ['Bayi itu lahir di Rumah Sakit Bersalin Harapan Kita.', 'Rumah Sakit Bersalin Harapan Kita'],
  ])('a verb-like word inside a named body stays in it: %s', (text, name) => {
    expect(all(text)).toContain(name);
  });
  it('an ordinary name with no verb is untouched', () => {
    expect(spans('Kemarin Bambang Sutrisno Wibowo datang ke kantor desa.', 'people')).toEqual([
      'Bambang Sutrisno Wibowo',
    ]);
  });
});

describe('id initials with an age in parentheses', () => {
  it.each([
    ['Polisi menangkap dua pemuda, YS (22) dan HN (19), di sebuah rumah kos.', ['YS', 'HN']],
    ['Korban, RK (45), ditemukan tewas di kebunnya sendiri.', ['RK']],
    ['Majelis hakim menjatuhkan vonis kepada pelaku, BW (31), kemarin.', ['BW']],
  ])('%s → people %j', (text, names) => {
    const people = spans(text, 'people');
    for (const n of names) expect(people).toContain(n);
    for (const n of names) expect(spans(text, 'organizations')).not.toContain(n);
  });
  it.each([
    ['Persib mengalahkan PSM (2) dalam laga adu penalti semalam.', 'PSM'],
    ['Anggaran KPK (2023) naik dibanding tahun lalu.', 'KPK'],
    ['Saham BBRI (12) menguat tajam.', 'BBRI'],
  ])('no person: %s (%s)', (text, name) => {
    expect(spans(text, 'people')).not.toContain(name);
  });
});

describe('id acronyms of terms and everyday capitalized phrases', () => {
  it('an acronym defined by lower-case words is no body at any mention', () => {
    const text =
      'Penderita infeksi saluran pernapasan akut (ISPA) bertambah. Dinas mencatat kasus ISPA naik di Bekasi.';
    expect(spans(text, 'organizations')).toEqual([]);
    expect(spans(text, 'places')).toContain('Bekasi');
  });
  it.each(['Kasus DBD meningkat di musim hujan.', 'Rasio NPL bank itu turun menjadi 2 persen.'])(
    'a term acronym is no body: %s',
    (text) => {
      expect(spans(text, 'organizations')).toEqual([]);
    },
  );
  it('an acronym defined by capitalized words is still a body', () => {
    const text = 'Badan Pusat Statistik (BPS) merilis data inflasi. BPS mencatat kenaikan harga.';
    expect(spans(text, 'organizations')).toContain('BPS');
  });
  it.each([
    'Para atlet itu akan pulang ke Tanah Air pekan depan.',
    'Produk buatan Tanah Air semakin diminati pembeli.',
    'Ekspor mencapai 3 miliar dollar AS tahun ini.',
    'Harga emas naik menjadi 2.000 dolar AS per ons.',
  ])('no entity: %s', (text) => {
    expect(all(text)).toEqual([]);
  });
  it('the country after "di" is still a place', () => {
    expect(spans('Ia bekerja di AS sejak 2010.', 'places')).toContain('AS');
  });
  it('an airline named with Air stays a company', () => {
    expect(spans('Penumpang Lion Air tertahan di bandara.', 'organizations')).toContain('Lion Air');
  });
});

describe('id venture capital firms', () => {
  it.each([
    ['Pendanaan dipimpin Northstar Ventures bersama investor lain.', 'Northstar Ventures'],
    ['Modal ventura Alpha JWC Ventures ikut berinvestasi.', 'Alpha JWC Ventures'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
});

describe('id a name with an age after a list of places', () => {
  it('the name given an age is a person, the places stay places', () => {
    const text =
      'Seorang warga Desa Sukamaju, Cianjur Selatan, Rina Marlina (42), mengaku rumahnya terendam.';
    expect(spans(text, 'people')).toContain('Rina Marlina');
    expect(spans(text, 'places')).not.toContain('Rina Marlina');
  });
  it('a list of places with no age stays places', () => {
    const text = 'Banjir melanda Kecamatan Cibinong, Bojonggede, dan Citayam sejak pagi.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).toContain('Citayam');
  });
});

describe('id the ministry of communication and digital affairs', () => {
  it.each([
    [
      'Menteri Komunikasi dan Digital Hendra Saputra membuka forum itu.',
      'Hendra Saputra',
      'Menteri Komunikasi dan Digital',
    ],
    [
      'Wakil Menteri Komunikasi dan Digital Rudi Hartanto hadir di sana.',
      'Rudi Hartanto',
      'Wakil Menteri Komunikasi dan Digital',
    ],
  ])('%s → %s with title %s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect((run(text).people ?? [])[0]?.titles ?? []).toContain(title);
  });
});

describe('id a company named in the article inside an office', () => {
  it('the office takes the whole company name; the person starts after it', () => {
    const text =
      'Laba Bank Cahaya Makmur naik 9 persen. Direktur Utama Bank Cahaya Makmur Wahyu Santoso mengatakan, kredit tumbuh.';
    const r = run(text);
    expect(spans(text, 'people')).toEqual(['Wahyu Santoso']);
    expect(r.people?.[0]?.titles ?? []).toContain('Direktur Utama Bank Cahaya Makmur');
    expect(spans(text, 'organizations').filter((x) => x === 'Bank Cahaya Makmur')).toHaveLength(2);
  });
  it('with no such company in the article the name is read as before', () => {
    const text = 'Direktur Utama Bank Mandiri Wahyu Santoso mengatakan, kredit tumbuh.';
    expect(spans(text, 'people')).toEqual(['Wahyu Santoso']);
  });
});

describe('id a Javanese noble style before an honorific', () => {
  it.each([
    ['Kemarin Raden Mas Joko Prasetyo membuka pameran keris.', 'Joko Prasetyo'],
    ['Pelukis itu, Raden Mas Bagus Wicaksono, wafat pekan lalu.', 'Bagus Wicaksono'],
  ])('%s → one person %s, titled Raden Mas', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect((run(text).people ?? [])[0]?.titles ?? []).toContain('Raden Mas');
  });
  it('an honorific alone stays a title', () => {
    const text = 'Kemarin Mas Joko Prasetyo membuka pameran keris.';
    expect(spans(text, 'people')).toEqual(['Joko Prasetyo']);
  });
});

describe('id a one-word name before the full name', () => {
  it('a headline name joins the full name of the lead', () => {
    const text =
      'Ganjar Tiba di Tokyo\n\nGubernur Ganjar Pranowo tiba di Tokyo pada Senin. Ganjar bertemu investor.';
    const people = run(text).people ?? [];
    expect(people.map((p) => p.name)).toEqual(['Ganjar Pranowo']);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Ganjar', 'Ganjar Pranowo', 'Ganjar']);
  });
  it('a one-word name shared by two full names joins neither', () => {
    const text =
      'Kemarin Hartono datang. Direktur Budi Hartono dan Kepala Desa Agus Hartono menyambutnya di balai desa.';
    const names = (run(text).people ?? []).map((p) => p.name);
    expect(names).toContain('Budi Hartono');
    expect(names).toContain('Agus Hartono');
    expect(names).not.toContain('Budi Hartono Agus Hartono');
    expect(names.filter((n) => n === 'Budi Hartono' || n === 'Agus Hartono')).toHaveLength(2);
  });
});

describe('id a body closed by its acronym inside an office, then the name', () => {
  it.each([
    ['Ketua Satgas BERANI Sumarsono meminta warga waspada.', 'Satgas BERANI', 'Sumarsono'],
    ['Direktur Lembaga KARSA Wiratmoko Pranadi memantau lokasi.', 'Lembaga KARSA', 'Wiratmoko Pranadi'],
  ])('%s → %s + %s', (text, org, person) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(spans(text, 'people')).toEqual([person]);
  });
  it('a dictionary word after the acronym stays in the body', () => {
    const text = 'Ketua Satgas BERANI Pusat meminta warga waspada.';
    expect(spans(text, 'people')).toEqual([]);
  });
});

describe('id the end of a state company name and a headline verb after a company', () => {
  it('the sentence full stop is no part of "Tbk"', () => {
    const text = 'Dana itu berasal dari PT Angkasa Raya (Persero) Tbk.';
    expect(spans(text, 'organizations')).toEqual(['PT Angkasa Raya (Persero) Tbk']);
  });
  it('a dotted "Tbk." before a lower-case word keeps its dot', () => {
    const text = 'PT Angkasa Raya (Persero) Tbk. mencatat laba besar.';
    expect(spans(text, 'organizations')).toEqual(['PT Angkasa Raya (Persero) Tbk.']);
  });
  it('"Naik" in a title-case headline ends the company name', () => {
    const text = 'Laba Bank Cahaya Makmur Naik 9 Persen pada Kuartal Ketiga';
    expect(spans(text, 'organizations')).toEqual(['Bank Cahaya Makmur']);
  });
});

describe('id the short name of a company named with PT', () => {
  const text =
    'Startup Logitara Raih Pendanaan Baru\n\nPT Logitara Solusi Digital mengumumkan pendanaan baru. CEO Logitara, Andi Wijaya, mengatakan dana itu untuk gudang. Logitara menargetkan laba tahun depan.';
  it('every mention of the short name is the company', () => {
    const r = run(text);
    expect((r.people ?? []).map((p) => p.name)).toEqual(['Andi Wijaya']);
    const org = (r.organizations ?? []).find((o) => o.name === 'PT Logitara Solusi Digital');
    const kurirku = org?.mentions.filter((m) => m.text === 'Logitara') ?? [];
    expect(kurirku.length).toBeGreaterThanOrEqual(2);
  });
  it('a person named like no company stays a person', () => {
    const t2 = 'PT Logitara Solusi Digital dipimpin Budi Santoso. Budi Santoso mengatakan laba naik.';
    expect(spans(t2, 'people')).toEqual(['Budi Santoso', 'Budi Santoso']);
  });
});

describe('id a thing taken by "ber-"', () => {
  it('no mention of it is a person', () => {
    const text =
      'Petani menanam padi ber-Biofert di lahan itu. Pupuk dan Biofert itu saling melengkapi, kata penyuluh.';
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a name elsewhere in the article is untouched', () => {
    const text = 'Petani menanam padi ber-Biofert di lahan itu. Kemarin Hadi Pranoto meninjau sawah.';
    expect(spans(text, 'people')).toEqual(['Hadi Pranoto']);
  });
});

describe('id an English body name grown back to its acronym', () => {
  it.each([
    [
      'Riset itu digarap bersama Northern Marine and Coastal Research Institute (NMCRI) sejak 2021.',
      'Northern Marine and Coastal Research Institute',
    ],
    [
      'Data dihimpun Southern Fisheries and Marine Science Institute (SFMSI) tiap bulan.',
      'Southern Fisheries and Marine Science Institute',
    ],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
  it('words that do not spell the acronym stay out', () => {
    const text = 'Menurut Joko Widodo, Pusat Studi Energi (PSE) harus diperkuat.';
    expect(spans(text, 'organizations')).toContain('Pusat Studi Energi');
    expect(spans(text, 'people')).toContain('Joko Widodo');
  });
});

describe('id the adjective of a place in -an', () => {
  it('"budaya Banyumasan" names no place', () => {
    expect(all('Ia mencintai budaya Banyumasan sejak kecil.')).toEqual([]);
  });
  it('a village compound name stays a place', () => {
    expect(
      spans('Warga Desa Karangrejo mengungsi. Banjir juga melanda Sumberejo kemarin.', 'places'),
    ).toContain('Sumberejo');
  });
});

describe('id a hospital named after a doctor, its acronym in between', () => {
  it('is one place and no person', () => {
    const text = 'Pasien dirawat di Rumah Sakit Umum Daerah (RSUD) dr Wahidin Sudiro di Mojokerto.';
    expect(spans(text, 'people')).toEqual([]);
    expect(spans(text, 'places')).toContain('Rumah Sakit Umum Daerah (RSUD) dr Wahidin Sudiro');
  });
  it('a doctor named after a hospital acronym without "dr" stays a person', () => {
    const text = 'Direktur Rumah Sakit Umum Daerah (RSUD) Bambang Wijaya mengatakan ruang rawat penuh.';
    expect(spans(text, 'people')).toContain('Bambang Wijaya');
  });
});

describe('id a bracketed short form that keeps the head word', () => {
  it('names the body before it', () => {
    const text =
      'Satgas Penanganan Limbah Berbahaya (Satgas PELITA) menyegel gudang itu. Satgas PELITA juga memeriksa pemiliknya.';
    const orgs = run(text).organizations ?? [];
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.mentions.map((m) => m.text)).toEqual([
      'Satgas Penanganan Limbah Berbahaya',
      'Satgas PELITA',
      'Satgas PELITA',
    ]);
  });
  it('a different body in brackets stays apart', () => {
    const text = 'Satgas Penanganan Limbah Berbahaya (Satgas ROMBAK) menyegel gudang itu.';
    expect((run(text).organizations ?? []).length).toBe(2);
  });
});
