import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { all, run, spans } from './helpers.js';

// Round 9 of the Indonesian entity rules (held-out round 3 rows X1–X14): every case is a sentence written
// for the test.

describe('id a headline verb built on a root ends the name before it', () => {
  it.each([
    [
      'KPU Tuntaskan Rekapitulasi Suara Jawa Tengah, Bawaslu Catat Keberatan',
      ['KPU', 'Jawa Tengah', 'Bawaslu'],
    ],
    ['BNPB Gelontorkan Bantuan untuk Korban Gempa Cianjur', ['BNPB', 'Cianjur']],
    ['Banjir Besar Rendam Pesisir Utara Jakarta', ['Pesisir Utara', 'Jakarta']],
    ['Polisi Ringkus Pencuri Motor di Bekasi', ['Bekasi']],
  ])('%s', (text, names) => {
    expect(all(text).sort()).toEqual([...names].sort());
  });
  it.each([
    ['Koalisi Selamatkan Hutan Papua menggugat izin tambang.', 'Koalisi Selamatkan Hutan Papua'],
    ['Partai Gerakan Indonesia Raya menggelar kongres.', 'Partai Gerakan Indonesia Raya'],
  ])('a body named with such a word keeps it: %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
  it.each([['Ia terbang dari Bandara Juwata, Kota Tarakan, pagi ini.', 'Kota Tarakan']])(
    'a place ending like a verb stays whole: %s',
    (text, name) => {
      expect(spans(text, 'places')).toContain(name);
    },
  );
});

describe('id things that are no persons', () => {
  it.each([
    ['Panen padi terganggu fenomena El Nino tahun ini.', 'El Nino'],
    ['Musim hujan diperkirakan mundur akibat gejala La Nina.', 'La Nina'],
    ['Banjir Rob Rendam Kampung Nelayan di Pesisir Utara', 'Rob'],
    ['Bulog Salurkan Beras SPHP ke Pasar Tradisional', 'Beras SPHP'],
    ['Rombongan Kedua Peserta Haji Tiba di Madinah pagi ini.', 'Rombongan Kedua Peserta'],
  ])('%s → no person %s', (text, name) => {
    expect(spans(text, 'people')).not.toContain(name);
    expect(spans(text, 'people').join(' ')).not.toMatch(/Nino|Nina|Rob|SPHP|Kedua/u);
  });
  it('a root word opening a sentence once in an article is no person', () => {
    const text =
      'Air laut naik sejak pagi. Warga mengungsi ke masjid. “Pompa sudah kami cek kemarin. Tim siaga,” ucap Darmono. Banjir surut sore hari.';
    expect(spans(text, 'people')).toEqual(['Darmono']);
  });
  it.each([
    [
      'Warga mengungsi sejak pagi. Budi Santoso memimpin evakuasi. Bambang sudah kami hubungi kemarin. Air surut sore hari.',
      'Bambang',
    ],
    ['Pak Tono datang pagi. Tono membawa SIM Polri ke kantor.', 'Tono'],
    ['Ketua RT setempat, Ahmad SPd, mengatakan warga siaga.', 'Ahmad'],
  ])('a name stays a person: %s', (text, name) => {
    expect(spans(text, 'people').join(' ')).toContain(name);
  });
});

describe('id the short form of a lower-case term is no entity', () => {
  it.each([
    [
      'Ia berharap sistem informasi rekapitulasi (Sirekap) diperbaiki. Sirekap ini sering beda angkanya.',
      'Sirekap',
    ],
    ['Setiap kepala desa (Kades) wajib hadir. Kades yang absen akan ditegur.', 'Kades'],
    ['Pemohon menuduh ada kecurangan yang terstruktur, sistematis, dan masif (TSM) dalam pemilu.', 'TSM'],
  ])('%s', (text, term) => {
    expect(all(text)).not.toContain(term);
  });
  it.each([
    ['Anggaran disusun oleh kementerian keuangan (Kemenkeu) tahun ini.', 'Kemenkeu'],
    ['Komisi Pemilihan Umum (KPU) menetapkan hasil rekapitulasi.', 'KPU'],
  ])('a name in parentheses stays: %s', (text, name) => {
    expect(all(text)).toContain(name);
  });
});

describe('id a name after a lower-case facility noun is a place', () => {
  it.each([
    ['Jemaah menginap di asrama haji Sukolilo sebelum terbang, kata Darmawan.', 'Sukolilo'],
    ['Bus berangkat dari terminal bus Tirtonadi pukul 07.00.', 'Tirtonadi'],
  ])('%s → place %s', (text, name) => {
    expect(spans(text, 'places')).toContain(name);
    expect(spans(text, 'people')).not.toContain(name);
  });
  it.each([
    ['Petugas terminal Budi Hartono memeriksa tiket penumpang.', 'Budi Hartono'],
    ['Pengelola asrama, Budi Hartono, mengatakan kamar penuh.', 'Budi Hartono'],
  ])('no place: %s', (text, name) => {
    expect(spans(text, 'places')).not.toContain(name);
  });
});

describe('id a short form in parentheses between an office and a name is a body', () => {
  it.each([
    [
      'Kepala Badan Pengelola Wakaf (BP Wakaf) Harun Santoso mengatakan bahwa dana cukup.',
      'BP Wakaf',
      'Harun Santoso',
    ],
    [
      'Peneliti Center for Budget and Policy Studies (Cebups) Rina Kartika menilai defisit melebar.',
      'Cebups',
      'Rina Kartika',
    ],
  ])('%s', (text, body, person) => {
    expect(spans(text, 'organizations')).toContain(body);
    expect(spans(text, 'people')).toEqual([person]);
  });
  it('a nickname in parentheses after a full name with no name after it stays a person', () => {
    const text = 'Bambang Suryanto (Bams) menyanyikan lagu baru. Bams tampil di Bandung.';
    expect(spans(text, 'organizations')).not.toContain('Bams');
  });
});

describe('id the body before the holder named after a comma with an honorific', () => {
  it.each([
    [
      'Direktur RSUD Sekar Wangi, dr. Hendra Gunawan, mengatakan dua pasien dirujuk.',
      'RSUD Sekar Wangi',
      'Hendra Gunawan',
    ],
    [
      'Rektor Universitas Tunas Bangsa, Prof. Wahyu Lestari, membuka acara itu.',
      'Universitas Tunas Bangsa',
      'Wahyu Lestari',
    ],
  ])('%s', (text, body, person) => {
    expect(spans(text, 'organizations')).toContain(body);
    expect(spans(text, 'people')).toEqual([person]);
  });
  it('a list of professors stays a list of people', () => {
    const text = 'Tim penilai terdiri dari Prof Bambang Sutejo, Prof Hartono Wibisono, dan Prof Sri Mulyani.';
    expect(spans(text, 'organizations')).toEqual([]);
    expect(spans(text, 'people')).toContain('Hartono Wibisono');
  });
});

describe('id a league named by its tier', () => {
  it.each([
    ['Persib menang pada laga pekan ketujuh Liga 1 2024-2025.', 'Liga 1'],
    ['Klub itu terdegradasi ke Liga 2 musim depan.', 'Liga 2'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
  it.each([['Ia mencetak 1 gol di Liga Champions musim lalu.'], ['Tim itu berada di peringkat 1 liga.']])(
    'no numbered league: %s',
    (text) => {
      expect(spans(text, 'organizations').join(' ')).not.toMatch(/Liga \d/u);
    },
  );
});

describe('id a word of an English long form before its acronym is no company with a stock code', () => {
  it('"Center of Reform on Economics (CORE)"', () => {
    const text =
      'Ekonom Center of Reform on Economics (CORE) Indonesia, Mohammad Faisal, menilai inflasi terkendali.';
    expect(spans(text, 'organizations')).not.toContain('Economics');
    expect(spans(text, 'people')).toEqual(['Mohammad Faisal']);
  });
  it('a company with its stock code stays', () => {
    const text = 'Saham Kalbe Farma (KLBF) naik 2 persen pada perdagangan hari ini.';
    expect(spans(text, 'organizations')).toContain('Kalbe Farma');
  });
});

describe('id an English long form before its short form in parentheses', () => {
  it.each([
    [
      'Menurut Institute for Energy Transition Studies (IETS), transisi energi lambat.',
      'Institute for Energy Transition Studies',
    ],
    [
      'Laporan Center for Strategic and Maritime Studies (CSMS) terbit kemarin.',
      'Center for Strategic and Maritime Studies',
    ],
    [
      'Ekonom Institute for Development of Trade and Finance (Indetf) Rina Kartika menilai harga naik.',
      'Institute for Development of Trade and Finance',
    ],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
  it.each([
    ['Ia bekerja di Center Point Mall (CPM) sejak 2019.'],
    ['Rapat di Gedung Institute Teknologi (ITX) berlangsung lancar.'],
  ])('no English long form without a joiner after the head: %s', (text) => {
    const r = extract(text, { lang: 'id', date: '2024-03-05', explain: true });
    const rules = [...(r.organizations ?? []), ...(r.places ?? [])].flatMap((o) =>
      (o.explain ?? []).map((x) => x.rule),
    );
    expect(rules.length).toBeGreaterThan(0);
    expect(rules).not.toContain('id.org.english-long-form');
  });
});

describe('id a noun in -an on a root ending in k is no headline verb', () => {
  it('the office "Pengawas Perbankan" stays in the title', () => {
    const text = 'Kepala Eksekutif Pengawas Perbankan OJK Dian Ediana Rae mengatakan kredit tumbuh.';
    const r = run(text);
    expect(r.people?.map((p) => p.name)).toEqual(['Dian Ediana Rae']);
    expect(r.people?.[0]?.titles?.join(' ')).toContain('Perbankan');
  });
});
