// "Minggu kemarin": Sunday or last week. Reference date Tuesday 18 November 2025; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { pairs } from '../../dates/helpers.js';

const REF = '2025-11-18';

describe('id "Minggu kemarin" inside a sentence is yesterday\'s Sunday (id.date.weekday)', () => {
  it.each([
    ['Tiket konser terjual habis hingga Minggu kemarin.', 'Minggu kemarin', '2025-11-16'],
    ['Acara itu digelar pada Minggu kemarin di alun-alun kota.', 'Minggu kemarin', '2025-11-16'],
    // a week, not a day: lower case, or a capital that only opens the sentence
    ['Harga cabai naik sejak minggu kemarin.', 'minggu kemarin', '2025-W46'],
    ['Minggu kemarin harga cabai naik tajam.', 'Minggu kemarin', '2025-W46'],
    ['Harga cabai naik sejak Minggu lalu.', 'Minggu lalu', '2025-W46'],
  ])('%s', (text, span, value) => {
    expect(pairs(text, 'id', REF)).toContainEqual([span, value]);
  });
});
