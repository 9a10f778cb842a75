import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The twenty-second session's Indonesian rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

describe('id a Korean name of three parts whose syllables also spell a month, a unit or a country', () => {
  it.each([
    ['Aktor itu memerankan Gu Jun Pyo dalam drama remaja.', 'Gu Jun Pyo'],
    ['Penyanyi Goo Ha Ra tampil di Seoul.', 'Goo Ha Ra'],
    ['Lagu baru itu dinyanyikan Park Gyu Ri bersama grupnya.', 'Park Gyu Ri'],
    ['Film itu dibintangi Kang Ha Neul dan rilis pekan depan.', 'Kang Ha Neul'],
    ['Aktris Jun Ji Hyun kembali ke layar lebar.', 'Jun Ji Hyun'],
    ['Dalam pertemuan itu, Moon Jae In berbicara soal perdamaian.', 'Moon Jae In'],
  ])('%s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(spans(text, 'places')).not.toContain('Indonesia');
  });
  it('keeps the office before the name', () => {
    const text = 'Presiden Moon Jae In bertemu wartawan.';
    expect(spans(text, 'people')).toEqual(['Moon Jae In']);
    expect(titlesOf(text, 'Moon Jae In')).toEqual(['Presiden']);
  });
  it('negative: a month after a family name, with a number, is a date, no name', () => {
    const text = 'Laporan Kim Jun 2024 menyebut hal itu.';
    expect(spans(text, 'people')).not.toContain('Kim Jun');
    expect((run(text).dates ?? []).map((d) => d.text)).toContain('Jun 2024');
  });
  it('negative: a fourth name word makes it a run of names, read as before', () => {
    expect(spans('Pemain Kim Ha Ra Wijaya mencetak gol.', 'people')).not.toContain('Kim Ha Ra');
  });
});
