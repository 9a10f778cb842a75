import { describe, expect, it } from 'vitest';
import { run, spans } from './helpers.js';

// The twenty-fourth session's Indonesian rules: errors found reading our own articles, measuring the
// development sets (counted, never copied) and timing hostile input. Every sentence here was written for
// these tests.

describe('id names are written in the Latin script: a capital of another script opens none', () => {
  it.each([
    ['Di dinding tertulis Ωμέγα Ξένος dan Жизнь Москвы dengan cat merah.'],
    ['Label botol itu berbunyi ΑΒΓ Δέλτα, kata petugas.'],
    ['Kode barang ЯКМ-12 tercetak di kotak.'],
  ])('%s', (text) => {
    const r = run(text);
    expect(r.people ?? []).toEqual([]);
    expect(r.organizations ?? []).toEqual([]);
  });
  it.each([
    ['Presiden Vietnam Nguyễn Phú Trọng menerima tamunya di Hanoi.', 'Nguyễn Phú Trọng'],
    ['Petenis Polandia Iga Świątek menang di Roma, Senin.', 'Iga Świątek'],
    ['Penyanyi Sinéad O’Connor dikenang penggemarnya di Dublin.', 'Sinéad O’Connor'],
    ['Menteri Luar Negeri Turki Mevlüt Çavuşoğlu tiba di Ankara.', 'Mevlüt Çavuşoğlu'],
  ])('negative: a Latin name with its diacritics is still one: %s', (text, name) => {
    expect(spans(text, 'people')).toContain(name);
  });
});
