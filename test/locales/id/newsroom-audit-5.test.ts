import { describe, expect, it } from 'vitest';
import { run, spans } from './helpers.js';

// The fourteenth session's audit: errors found reading our own articles (a parliament vote, a regent's arrest,
// a tidal flood, a league match, gold prices …). Every sentence here was written for these tests.

const people = (text: string) => (run(text).people ?? []).map((p) => [p.name, p.titles]);
const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);
const dates = (text: string) => (run(text).dates ?? []).map((d) => [d.text, d.value]);

describe('id dictionary words after an office are a name when the document quotes one of them', () => {
  it.each([
    [
      'Rapat dipimpin Ketua DPR Puan Maharani kemarin. "Setuju?" tanya Puan kepada peserta.',
      [['Puan Maharani', ['Ketua DPR']]],
    ],
    ['Sidang dibuka Ketua MPR Damar Kencana. "Silakan," sahut Damar.', [['Damar Kencana', ['Ketua MPR']]]],
    // negative: no one speaks by those words, or the office's words are a field
    ['Rapat dipimpin Ketua DPR Puan Maharani kemarin.', []],
    ['Laporan Ketua DPR Bidang Anggaran dibacakan. "Setuju?" tanya Budi Santoso.', [['Budi Santoso', []]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it.each([
    ['Album Penggalan Kisah Lama dirilis tahun lalu.', []],
    ['"Bagus," ujar pelatih itu. Ia bilang City beruntung.', []],
  ])('nouns and "bilang" open no speaker: %s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
});

describe('id the subject before an active relative clause speaks', () => {
  it.each([
    [
      'Menteri Hukum Supratman Andi Agtas yang hadir mewakili Presiden Prabowo Subianto menyatakan pemerintah akan segera menyusun aturan.',
      'Supratman Andi Agtas',
    ],
    [
      'Gubernur Bobby Nasution yang didampingi Wakil Gubernur Surya menegaskan bantuan sudah dikirim ke lokasi.',
      'Bobby Nasution',
    ],
    // negative: a report before "yang" is no name; its author speaks
    ['Laporan yang disusun Bank Dunia menyebutkan ekonomi Indonesia akan tumbuh lima persen.', 'Bank Dunia'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('id an office’s name with "dan" that its short form spells, and the office’s region', () => {
  it.each([
    [
      'Dinas Pemberdayaan Masyarakat dan Desa (PMD) Labuhanbatu menggelar rapat.',
      ['Dinas Pemberdayaan Masyarakat dan Desa', 'PMD'],
    ],
    // negative: a short form that spells no more than the first body
    ['Dinas Pendidikan dan Polres Bogor (PB) menggelar rapat.', ['Dinas Pendidikan', 'Polres Bogor', 'PB']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
  });
  it('the region after the short form is no person', () => {
    const text =
      'Penyidik menetapkan mantan Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) Labuhanbatu berinisial SRH sebagai tersangka.';
    expect(spans(text, 'people')).toEqual(['SRH']);
    expect(spans(text, 'places')).toEqual(['Labuhanbatu']);
  });
  it('a name after the region keeps the region in the office', () => {
    expect(
      people('Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) Labuhanbatu Budi Santoso mengatakan itu.'),
    ).toEqual([['Budi Santoso', ['Kepala Dinas Pemberdayaan Masyarakat dan Desa Labuhanbatu']]]);
  });
});

describe('id "Jan" as a given name and as a month', () => {
  it.each([
    ['Pelatih Dewa United Jan Olde Riekerink memuji pemainnya.', ['Jan Olde Riekerink']],
    ['Gol dicetak Jan Koller pada menit ke-10.', ['Jan Koller']],
    ['Jan Koller datang. Pada 3 Jan 2024 ia kembali.', ['Jan Koller']],
    // negative: beside a number it is the month
    ['Laporan itu terbit 3 Jan 2024 di Jakarta.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
  it.each([
    ['Sejak Jan 2023 harga naik.', [['Jan 2023', '2023-01']]],
    ['Data per Sept. 2024 menunjukkan kenaikan.', [['Sept. 2024', '2024-09']]],
    // negative: a small letter is no month's short form
    ['Sejak jan 2023 harga naik.', [['2023', '2023']]],
  ])('id.date.month-abbreviation: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('id websites and apps are no people', () => {
  it.each([
    ['Berdasarkan situs Logam Mulia, harga emas naik.', []],
    ['Warga bisa melapor lewat aplikasi Sapa Warga.', []],
    ['Menurut laman Info Pangan, harga cabai turun.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'people')).toEqual(expected);
  });
  it('an app in camel case is still a company', () => {
    expect(spans('Masyarakat dapat memantau melalui aplikasi InfoBMKG.', 'organizations')).toEqual([
      'InfoBMKG',
    ]);
  });
});

describe('id a company named before, inside an office, ends the office', () => {
  it('"Direktur Utama Pegadaian Damar Latri Setiawan" after "PT Pegadaian"', () => {
    const text =
      'PT Pegadaian mencatat transaksi naik. Direktur Utama Pegadaian Damar Latri Setiawan menyebut nasabah naik.';
    expect(people(text)).toEqual([['Damar Latri Setiawan', ['Direktur Utama Pegadaian']]]);
    const orgs = run(text).organizations ?? [];
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([['PT Pegadaian', 2]]);
  });
  it('a place after the company stays out of the name', () => {
    const text = 'PT Sinar Abadi Tbk tumbuh. Direktur Sinar Abadi Jakarta Budi Santoso mengatakan laba naik.';
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
  it.each([
    [
      'Analis Doo Financial Futures Lukman Leong mengatakan harga naik.',
      [['Lukman Leong', ['Analis Doo Financial Futures']]],
    ],
    [
      'Kepala Riset Praus Capital Alfred Nainggolan menilai pasar stabil.',
      [['Alfred Nainggolan', ['Kepala Riset Praus Capital']]],
    ],
  ])('finance company words close a company: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('id club nicknames are the clubs', () => {
  it.each([
    ['Adapun Juku Eja tertahan di peringkat kesembilan.', ['Juku Eja']],
    ['Macan Kemayoran menang atas Maung Bandung.', ['Macan Kemayoran', 'Maung Bandung']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'organizations')).toEqual(expected);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a nickname is a mention of its club', () => {
    const orgs = run('Persib Bandung menjamu Persija. Maung Bandung menang 2-0.').organizations ?? [];
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Persib', 2],
      ['Persija', 1],
    ]);
  });
});

describe('id a headline word before a place that the body writes in lower case', () => {
  it('"Pesisir Demak" over "warga pesisir"', () => {
    const text =
      'Banjir Rob Rendam Rumah di Pesisir Demak\n\nDEMAK - Banjir rob merendam rumah warga pesisir di Demak.';
    expect(spans(text, 'places')).not.toContain('Pesisir');
  });
  it('a regency named so keeps the word', () => {
    const text =
      'Banjir di Pesisir Selatan Meluas\n\nPADANG - Banjir melanda Kabupaten Pesisir Selatan. Warga pesisir mengungsi.';
    expect(spans(text, 'places')).toContain('Pesisir Selatan');
  });
});
