// Indonesian date audit 26, against a reference Wednesday 25 November 2026.
// Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

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
