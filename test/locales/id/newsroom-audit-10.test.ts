import { describe, expect, it } from 'vitest';
import { spans } from './helpers.js';

// The nineteenth session's Indonesian rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

describe('id a known city opening a sentence before a copula or a dateline’s dash is the place', () => {
  it.each([
    ['Paris - Harga roti di ibu kota Prancis naik lagi pekan ini.', ['Paris', 'Prancis']],
    ['Roma adalah kota yang ramai turis sepanjang tahun.', ['Roma']],
    ['Roma - Pemerintah Italia menaikkan pajak bahan bakar.', ['Roma', 'Italia']],
    // negatives: the same words as a dictionary word, or with no dash or copula after them
    ['Paris itu tumbuh liar di kebun belakang.', []],
    ['Roma wajahnya memerah karena malu.', []],
  ])('%s', (text, places) => {
    expect(spans(text, 'places')).toEqual(places);
  });
});

describe('id in a sentence about a match, a foreign city next to a word of the match is the club', () => {
  it.each([
    ['Dalam laga tandang itu, Bologna mampu meraih kemenangan atas Genoa.', ['Bologna', 'Genoa'], []],
    ['Pelatih Marseille, Didier Lamont, puas setelah pertandingan itu.', ['Marseille'], []],
    ['Sevilla menelan kekalahan pada pertandingan pekan lalu.', ['Sevilla'], []],
    // negatives: a place after "di"; a sentence about no match; a club of a city
    ['Pertandingan berikutnya digelar di Genoa pada Sabtu.', [], ['Genoa']],
    ['Ia menang atas Genoa dalam lomba lari itu.', [], ['Genoa']],
    ['Gol itu dicetak saat ia masih membela klub London tersebut.', [], ['London']],
  ])('%s', (text, orgs, places) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
    expect(spans(text, 'places')).toEqual(places);
  });
});
