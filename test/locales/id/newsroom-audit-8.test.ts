import { describe, expect, it } from 'vitest';
import { run, spans } from './helpers.js';

// The seventeenth session's audit: errors found reading our own articles (education, health, a corruption case,
// diplomacy, sport, prices, music, a road accident) and dev-set errors by kind. Every sentence here was written
// for these tests.

describe('id a region after an office closed by a body’s acronym belongs to the body', () => {
  it.each([
    ['Kepala Dinas PUPR Labuhanbatu berinisial RSR ditahan penyidik.', ['RSR'], ['Dinas PUPR Labuhanbatu']],
    ['Kepala Dinas PUPR Labuhanbatu mengatakan proyek itu berjalan.', [], ['Dinas PUPR Labuhanbatu']],
    ['Kepala Dishub Jawa Barat berinisial AK diperiksa jaksa.', ['AK'], ['Dishub Jawa Barat']],
    // negative: a name after the region is the officer's
    [
      'Kepala Dinas PUPR Kota Medan Topan Ginting ditahan penyidik.',
      ['Topan Ginting'],
      ['Dinas PUPR Kota Medan'],
    ],
  ])('%s', (text, people, orgs) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id initials after a noun for people, and one capital after "berinisial"', () => {
  it.each([
    ['Penyidik juga menetapkan dua kontraktor, FS dan ES, sebagai tersangka.', ['FS', 'ES']],
    ['Polisi menangkap dua pelaku, yakni AR dan BS, di rumahnya.', ['AR', 'BS']],
    ['Dua tersangka lain, RS dan TY, masih diburu polisi.', ['RS', 'TY']],
    ['Sopir truk berinisial S (30) kini menjalani pemeriksaan.', ['S']],
    // negative: a known body in the list; one capital after a word that is no cue; one acronym alone
    ['Ia bertemu dua pejabat, KPK dan BPK, di Jakarta.', []],
    ['Mereka menulis huruf S besar di papan.', []],
    ['Dua kontraktor, PT Adhi Karya, memenangi lelang.', []],
  ])('%s', (text, people) => {
    expect(spans(text, 'people')).toEqual(people);
  });
});

describe('id an acronym in capitals keeps no dot of an abbreviation', () => {
  it.each([
    ['Ia bertemu pejabat BPK. Dua warga hadir dalam rapat itu.', [], ['BPK']],
    // negative: the honorific with its dot still opens a name
    ['Surat itu diteken Bpk. Hendra Wijaya kemarin.', ['Hendra Wijaya'], []],
  ])('%s', (text, people, orgs) => {
    expect(spans(text, 'people')).toEqual(people);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id an Arabic article joined to a name by a hyphen is one name', () => {
  it('"kata Al-Ansari" after "Majed al-Ansari" is the same one person', () => {
    const r = run(
      'Juru bicara kementerian itu, Majed al-Ansari, mengatakan perundingan berlanjut. "Ini sulit," kata Al-Ansari.',
    );
    expect((r.people ?? []).map((p) => p.mentions.map((m) => m.text))).toEqual([
      ['Majed al-Ansari', 'Al-Ansari'],
    ]);
  });
  it('negative: two running mates joined by a hyphen stay two people', () => {
    const r = run(
      'Pasangan Ahmad Lutfi dan Taj Yasin Maimun unggul. Pasangan Lutfi-Yasin meraih 58 persen suara.',
    );
    expect((r.people ?? []).map((p) => p.name).sort()).toEqual(['Ahmad Lutfi', 'Taj Yasin Maimun']);
  });
});
