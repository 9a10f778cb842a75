import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

// Round 6 of the Indonesian entity rules: every case is a sentence written for the test.
const run = (text: string) => extract(text, { lang: 'id', date: '2024-03-05' });
const spans = (text: string, kind: 'people' | 'places' | 'organizations') =>
  (run(text)[kind] ?? []).flatMap((e) => e.mentions.map((m) => m.text));
const titlesOf = (text: string, name: string) =>
  (run(text).people ?? []).find((p) => p.name === name)?.titles ?? [];

describe('id ministries and offices for small businesses and police units', () => {
  it.each([
    ['Kementerian Koperasi dan UKM membuka pameran di Bandung.', 'Kementerian Koperasi dan UKM'],
    ['Program itu dijalankan Dinas Koperasi dan UMKM sejak Januari.', 'Dinas Koperasi dan UMKM'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
  });
  it.each([
    ['Menteri Koperasi dan UKM Ahmad Santoso membuka pameran.', 'Ahmad Santoso', 'Menteri Koperasi dan UKM'],
    [
      'Kasat Reskrim Polres Bogor AKP Rudi Hartono membenarkan penangkapan itu.',
      'Rudi Hartono',
      'Kasat Reskrim Polres Bogor',
    ],
    [
      'Kasat Lantas Polresta Malang Kompol Dedi Susanto mengatur arus.',
      'Dedi Susanto',
      'Kasat Lantas Polresta Malang',
    ],
  ])('%s → %s with title %s', (text, name, title) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toContain(title);
  });
  it('a police unit word is no person', () => {
    const text = 'Kasat Reskrim Polres Bogor AKP Rudi Hartono membenarkan penangkapan itu.';
    expect(spans(text, 'people')).not.toContain('Reskrim');
  });
  it('UKM alone stays a common noun', () => {
    expect(spans('Para pelaku UKM mengeluhkan harga bahan baku.', 'organizations')).toEqual([]);
  });
});

describe('id a date inside the name of a body', () => {
  it.each([
    ['Ia kuliah di Institut Teknologi Sepuluh Nopember sejak 2019.', 'Institut Teknologi Sepuluh Nopember'],
    ['Rektor Universitas Sebelas Maret membuka seminar itu.', 'Universitas Sebelas Maret'],
    ['Laga digelar di Stadion 10 November kemarin.', 'Stadion 10 November'],
  ])('%s → %s', (text, name) => {
    const r = run(text);
    const all = [...(r.organizations ?? []), ...(r.places ?? [])].flatMap((e) =>
      e.mentions.map((m) => m.text),
    );
    expect(all).toContain(name);
  });
  it('a date after a place name is no part of it', () => {
    const text = 'Presiden menerima tamu di Istana Negara 21 Desember 2023.';
    expect(spans(text, 'places')).toContain('Istana Negara');
    expect(spans(text, 'places').join(' ')).not.toContain('Desember');
  });
});

describe('id a facility in an office ends before the name of its head', () => {
  it.each([
    [
      'Kepala Stasiun Meteorologi Kualanamu Tuti Hartati mengingatkan warga.',
      'Stasiun Meteorologi Kualanamu',
      'Tuti Hartati',
    ],
    [
      'Kepala Stasiun Klimatologi Karangploso Wahyu Santosa menjelaskan prakiraan cuaca.',
      'Stasiun Klimatologi Karangploso',
      'Wahyu Santosa',
    ],
    ['Kepala Rutan Salemba Agus Priyanto membantah kabar itu.', 'Rutan Salemba', 'Agus Priyanto'],
  ])('%s → place %s, person %s', (text, place, person) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).toEqual([person]);
    expect(titlesOf(text, person)[0]).toBe(`Kepala ${place}`);
  });
  it('a facility named after a person keeps that name', () => {
    const text = 'Kepala Bandara Sultan Hasanuddin Makassar Budi Santoso meninjau landasan.';
    expect(spans(text, 'places')).toContain('Bandara Sultan Hasanuddin Makassar');
    expect(spans(text, 'people')).toEqual(['Budi Santoso']);
  });
  it('one name word after the field words is no person of its own', () => {
    // without a place name, the only name left is the person's
    const text = 'Kepala Stasiun Meteorologi Hartati mengatakan hujan turun.';
    expect(spans(text, 'people').join(' ')).toContain('Hartati');
    expect(spans(text, 'places')).toEqual([]);
  });
});

describe('id football clubs named "Pers…" after their town', () => {
  it.each([
    ['Ia pernah memperkuat Persela Lamongan sebelum pindah.', 'Persela Lamongan'],
    ['Gol tunggal itu membawa Persik Kediri ke posisi ketiga.', 'Persik Kediri'],
    ['Penyerang itu kini bermain untuk Persipura musim ini.', 'Persipura'],
    ['Suporter Persiraja Banda Aceh memadati stadion.', 'Persiraja Banda Aceh'],
  ])('%s → organization %s', (text, name) => {
    expect(spans(text, 'organizations')).toContain(name);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each([['Persatuan Guru Republik Indonesia menolak aturan itu.', 'Persatuan Guru Republik Indonesia']])(
    '%s: a derived noun opens no club (%s is a body by its head)',
    (text, name) => {
      expect(spans(text, 'organizations')).toEqual([name]);
    },
  );
  it('the adverb "persis" opening a sentence is no club', () => {
    expect(spans('Persis seperti dugaan warga, jalan itu banjir.', 'organizations')).toEqual([]);
  });
});
