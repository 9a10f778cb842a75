import { describe, expect, it } from 'vitest';
import { afterDateline, datelineAt } from '../../src/text/dateline.js';

describe('afterDateline', () => {
  it.each([
    ['JAKARTA, KOMPAS.com - Harga naik.', 'Harga naik.'],
    ['SEOUL - Korea Utara meluncurkan rudal.', 'Korea Utara meluncurkan rudal.'],
    ['Jakarta (ANTARA) - Pemerintah menaikkan harga.', 'Pemerintah menaikkan harga.'],
    ['WASHINGTON (Reuters) — The Senate voted.', 'The Senate voted.'],
    ['SANTA ROSA, California, Aug. 22, 2024 (AP) — A wildfire spread.', 'A wildfire spread.'],
    ['NEW YORK -- Stocks fell.', 'Stocks fell.'],
  ])('%s', (text, rest) => {
    expect(text.slice(afterDateline(text, 0))).toBe(rest);
  });

  it.each([
    'Harga beras naik - kata pedagang.',
    'BPBD-Jatim mencatat 20 rumah rusak.',
    'Budi Santoso - ketua RT - mengatakan air surut.',
    'The Senate voted - narrowly - to pass it.',
  ])('finds no dateline in %s', (text) => {
    expect(afterDateline(text, 0)).toBe(0);
  });

  it('looks from an offset, and only at the opening of what it is given', () => {
    const text = 'Judul. JAKARTA, KOMPAS.com - Isi.';
    expect(text.slice(afterDateline(text, 7))).toBe('Isi.');
    expect(afterDateline(text, 0)).toBe(0);
    // a long run of capitals is no dateline: only the first 160 characters are looked at
    const junk = `${'A'.repeat(100_000)} - x`;
    expect(afterDateline(junk, 0)).toBe(0);
  });
});

describe('datelineAt', () => {
  it.each([
    ['JAKARTA, KOMPAS.com - Harga naik.', 'JAKARTA', 0, true],
    ['SEOUL (Reuters) — Prices rose.', 'SEOUL', 0, true],
    ['Jakarta (ANTARA) - Harga naik.', 'Jakarta', 0, true],
    ['TRIBUNNEWS.COM, DOHA - Timnas menang.', 'DOHA', 16, true],
    ['SUARA.CO.ID, MEDAN - Warga mengungsi.', 'MEDAN', 13, true],
  ])('%s', (text, place, at, sourced) => {
    const d = datelineAt(text, 0);
    expect(d).not.toBeNull();
    expect([d!.place, d!.at, d!.sourced]).toEqual([place, at, sourced]);
    expect(text.slice(d!.at, d!.at + d!.place.length)).toBe(place);
  });
  it('a website with no place after it is no sourced place', () => {
    const d = datelineAt('TRIBUNNEWS.COM - Timnas menang.', 0);
    expect(d?.sourced).toBe(false);
  });
  it('an ordinary sentence has no dateline', () => {
    expect(datelineAt('Harga beras naik lagi pekan ini.', 0)).toBeNull();
  });
});
