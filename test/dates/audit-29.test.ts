// Date audit 29, Indonesian and English. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/** A Wednesday. */
const REF = '2026-11-25';

type Case = [sentence: string, expected: [string, string | null][]];
type DatedCase = [sentence: string, reference: string, expected: [string, string | null][]];

describe('id "tanggal 17 bulan depan": a day of the month counted from the reference date', () => {
  describe('that day of that month', () => {
    it.each<DatedCase>([
      ['Rapat lanjutan dijadwalkan tanggal 17 bulan depan.', REF, [['tanggal 17 bulan depan', '2026-12-17']]],
      ['Gaji pegawai cair tanggal 5 bulan ini.', REF, [['tanggal 5 bulan ini', '2026-11-05']]],
      // (not three months back: "tanggal" makes the number a day)
      ['Kapal itu tenggelam tanggal 3 bulan lalu.', REF, [['tanggal 3 bulan lalu', '2026-10-03']]],
      ['Pendaftaran ditutup tgl. 20 bulan depan.', REF, [['tgl. 20 bulan depan', '2026-12-20']]],
      // (across the year's end)
      ['Tarif baru berlaku tanggal 1 bulan depan.', '2026-12-10', [['tanggal 1 bulan depan', '2027-01-01']]],
      ['Laporan itu terbit tanggal 28 bulan lalu.', '2026-01-10', [['tanggal 28 bulan lalu', '2025-12-28']]],
      ['Kontrak habis tanggal 15 bulan mendatang.', REF, [['tanggal 15 bulan mendatang', '2026-12-15']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('no such day, or no day of the month', () => {
    it.each<DatedCase>([
      // (February has no 31st: the span, no value)
      ['Batas akhir tanggal 31 bulan depan.', '2026-01-10', [['tanggal 31 bulan depan', null]]],
      // three months back, the offset's
      ['Kapal itu tenggelam 3 bulan lalu.', REF, [['3 bulan lalu', '2026-08']]],
      ['Harga naik sejak bulan lalu.', REF, [['bulan lalu', '2026-10']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

