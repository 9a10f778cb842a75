// Indonesian date audit 26, against a reference Wednesday 25 November 2026.
// Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { findDates, pairs } from './helpers.js';

const REF = '2026-11-25';

type Case = [sentence: string, expected: [string, string | null][]];

describe('id a bare weekday after "mulai" in a sentence of something taking effect (reference Wednesday 2026-11-25)', () => {
  describe('the coming weekday', () => {
    it.each<Case>([
      ['Gencatan senjata itu berlaku mulai Jumat pagi.', [['Jumat pagi', '2026-11-27TMO']]],
      ['Aturan parkir yang baru berlaku mulai Senin.', [['Senin', '2026-11-30']]],
      ['Mulai hari Senin, setiap pengunjung wajib membawa kartu identitas.', [['hari Senin', '2026-11-30']]],
      ['Jembatan penyeberangan itu ditutup mulai Kamis malam.', [['Kamis malam', '2026-11-26TNI']]],
      ['Tarif baru diberlakukan mulai pada Sabtu.', [['Sabtu', '2026-11-28']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
  describe('still the past weekday', () => {
    it.each<Case>([
      ['Toko di pasar itu tutup sejak Jumat.', [['Jumat', '2026-11-20']]],
      ['Aturan parkir itu telah berlaku mulai Senin.', [['Senin', '2026-11-23']]],
      ['Larangan itu sudah diberlakukan mulai Senin pagi.', [['Senin pagi', '2026-11-23TMO']]],
      // no rule or measure taking effect: told as past
      ['Ratusan warga mengungsi mulai Jumat.', [['Jumat', '2026-11-20']]],
      // the weekday not right after "mulai"
      ['Aturan itu mulai berlaku Senin.', [['Senin', '2026-11-23']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
});

describe('id a coordinated pair of quarters or halves takes the year that closes it (reference 2026-11-25)', () => {
  describe('both periods of the closing year', () => {
    it.each<Case>([
      // (the two quarters of one half of a year are that half, one span)
      [
        'Pasokan gas diperkirakan pulih pada kuartal pertama dan kedua tahun depan.',
        [['kuartal pertama dan kedua tahun depan', '2027-H1']],
      ],
      [
        'Perseroan menargetkan laba naik pada kuartal III dan IV 2027.',
        [['kuartal III dan IV 2027', '2027-H2']],
      ],
      [
        'Perseroan menargetkan laba naik pada kuartal II dan III 2027.',
        [
          ['kuartal II', '2027-Q2'],
          ['III 2027', '2027-Q3'],
        ],
      ],
      [
        'Ekspor kopi tumbuh sepanjang triwulan I hingga III 2024.',
        [
          ['triwulan I', '2024-Q1'],
          ['III 2024', '2024-Q3'],
        ],
      ],
      [
        'Penjualan mobil turun pada semester I dan semester II 2025.',
        [
          ['semester I', '2025-H1'],
          ['semester II 2025', '2025-H2'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
  describe('no pair', () => {
    it.each<Case>([
      ['Laba bersih perseroan naik pada triwulan I-2025.', [['triwulan I-2025', '2025-Q1']]],
      ['Laba bersih perseroan turun pada kuartal IV lalu.', [['kuartal IV lalu', '2025-Q4']]],
      // a number after "dan" is not a second quarter
      ['Pada kuartal I dan 2 anak usahanya merugi.', [['kuartal I', '2026-Q1']]],
      // a second period before the first is no pair: the first keeps its own year
      [
        'Laba kuartal III dan I 2027 dibandingkan.',
        [
          ['kuartal III', '2026-Q3'],
          ['2027', '2027'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
});

describe('id frequency adjectives are sets, as "setiap hari" is (reference 2026-11-25)', () => {
  describe('every so many years, months or weeks', () => {
    it.each<Case>([
      ['Pesta demokrasi lima tahunan itu digelar serentak.', [['lima tahunan', 'P5Y']]],
      ['Perusahaan wajib menerbitkan laporan keuangan tiga bulanan.', [['tiga bulanan', 'P3M']]],
      ['Pertemuan dua mingguan para petani dihadiri camat.', [['dua mingguan', 'P2W']]],
      ['Pemilihan kepala desa 6 tahunan berlangsung tertib.', [['6 tahunan', 'P6Y']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
  describe('once a year, month, day or week', () => {
    it.each<Case>([
      ['Beban bulanan keluarga itu terus naik.', [['bulanan', 'P1M']]],
      ['Vaksinasi influenza tahunan dimulai di puskesmas.', [['tahunan', 'P1Y']]],
      ['Okupansi harian hotel itu mencapai 80 persen.', [['harian', 'P1D']]],
      ['Tinjauan mingguan diserahkan kepada direksi.', [['mingguan', 'P1W']]],
      ['Harga cabai diperbarui setiap hari.', [['setiap hari', 'P1D']]],
      // a sum of money before it is no count
      ['Angsurannya Rp 5 bulanan saja.', [['bulanan', 'P1M']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
  it('reports them as sets', () => {
    expect(findDates('Pesta demokrasi lima tahunan itu digelar.', 'id', REF).map((f) => f.type)).toEqual([
      'SET',
    ]);
    expect(findDates('Okupansi harian hotel itu naik.', 'id', REF).map((f) => f.type)).toEqual(['SET']);
  });
  describe('no set', () => {
    it.each<Case>([
      ['Ia menulis kolom di harian Kompas.', []],
      ['Catatan harian sang pendaki diterbitkan.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
});
