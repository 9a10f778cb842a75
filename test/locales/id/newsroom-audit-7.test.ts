import { describe, expect, it } from 'vitest';
import { spans, titlesOf } from './helpers.js';

// The sixteenth session's audit: errors found reading dev-set errors by kind and our own articles. Every
// sentence here was written for these tests.

describe('id a dictionary root nobody says, capitalized mid-sentence before its verb, is a name', () => {
  it.each([
    ['Pada babak kedua, Ibra juga mencetak gol ke gawang tuan rumah.', ['Ibra']],
    ['Sehari kemudian, Hatta menemui para petani di balai desa.', ['Hatta']],
    ['Sebelumnya, Hatta yang merupakan ketua umum partai itu datang ke rapat.', ['Hatta']],
    // negative: a root people say, a word of a capitalized title, a learned loan, a locative cue before it
    ['Menurut warga, Banjir juga merendam sawah di hilir.', []],
    ['Laga Promosi dan Degradasi melawan tim tamu digelar Minggu.', []],
    ['Menurut peneliti, Geofisika juga mempelajari gempa.', []],
    ['Sejak pagi, warga di Hatta menunggu bantuan.', []],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id after an office, roots nobody says are the holder’s name', () => {
  it.each([
    ['Rapat itu dipimpin Ketua DPRD Hatta Maharani kemarin.', 'Hatta Maharani', ['Ketua DPRD']],
    ['Rapat itu dipimpin Wakil Ketua DPRD Maharani kemarin.', 'Maharani', ['Wakil Ketua DPRD']],
  ])('%s', (text, name, titles) => {
    expect(spans(text, 'people')).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it.each([
    // negative: an office and the roots people say or a field's learned loan; a region with its compass point
    'Rapat itu dipimpin Kepala Sekolah kemarin.',
    'Laporan itu disusun Deputi Bidang Geofisika kemarin.',
    'Pidato itu disampaikan Ketua Menteri Benggala Barat kemarin.',
  ])('%s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
});
