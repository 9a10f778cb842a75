import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { run, spans, titlesOf } from './helpers.js';

// Found by reading articles we wrote as a newsroom would: officers' ranks and retired marks, datelines
// naming towns no gazetteer lists, the subject of a clause opened by a conjunction, codes of law, headline
// phrases. Every sentence here was written for these tests.

const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);

describe('id a dateline names the place the story was filed from (id.place.dateline)', () => {
  it.each([
    ['Nelayan Mengeluh\n\nTARAMPA, KOMPAS.com - Nelayan mengeluhkan harga solar.', 'TARAMPA'],
    ['Tarampa (ANTARA) - Nelayan mengeluhkan harga solar.', 'Tarampa'],
    ['SUNGAI LIAT, KOMPAS.com - Warga mengungsi ke balai desa.', 'SUNGAI LIAT'],
  ])('%s → %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'organizations')).not.toContain(place);
  });
  it('an unknown town in capitals is written as a name', () => {
    const r = extract('TARAMPA, KOMPAS.com - Nelayan mengeluhkan harga solar.', { lang: 'id' });
    expect(r.places?.map((p) => p.name)).toEqual(['Tarampa']);
  });
  it.each([
    'PERTAMA - tidak ada yang tahu kapan kapal itu tiba.',
    'Harga solar naik. TARAMPA, KOMPAS.com - bukan dateline di tengah kalimat.',
  ])('no dateline, no place: %s', (text) => {
    expect(spans(text, 'places')).toEqual([]);
  });
  it('a dateline far into the text is not read as one', () => {
    const text = `${'Nelayan mengeluhkan harga solar yang terus naik. '.repeat(10)}\n\nTARAMPA, KOMPAS.com - Warga mengungsi.`;
    expect(spans(text, 'places')).not.toContain('TARAMPA');
  });
});

describe('id a retired officer’s mark belongs to the rank', () => {
  it.each([
    ['Mantan Kapolri Jenderal (Purn) Darsono Wirya hadir.', 'Darsono Wirya', ['Kapolri', 'Jenderal (Purn)']],
    ['Letjen TNI (Purn.) Budi Santosa menghadiri acara itu.', 'Budi Santosa', ['Letjen TNI (Purn.)']],
    ['Marsekal (Purn) Hadi Kusumo memberi sambutan.', 'Hadi Kusumo', ['Marsekal (Purn)']],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
    expect(spans(text, 'organizations')).not.toContain('Purn');
    expect(spans(text, 'people')).not.toContain('Purn');
  });
  it('a bracketed word that is no mark stays out of the title', () => {
    expect(titlesOf('Jenderal (Dedi) Santoso hadir.', 'Santoso')).not.toContain('Jenderal (Dedi)');
  });
});

describe('id an office before a comma, then a rank and the name: both are the officer’s', () => {
  it.each([
    [
      'Direktur Jenderal Perikanan KKP, Laksamana Muda TNI Adi Prakoso, mengatakan dua kapal akan berangkat.',
      'Adi Prakoso',
      ['Direktur Jenderal Perikanan KKP', 'Laksamana Muda TNI'],
    ],
    [
      'Kapolres Bogor, AKBP Rudi Hartawan, mengatakan tiga orang ditahan.',
      'Rudi Hartawan',
      ['Kapolres Bogor', 'AKBP'],
    ],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
    expect(speakers(text)).toEqual([name]);
  });
  it('an office before a comma and a plain name keeps working', () => {
    const text = 'Kepala Dinas Perikanan, Budi Santosa, mengatakan dua kapal akan berangkat.';
    expect(titlesOf(text, 'Budi Santosa')).toEqual(['Kepala Dinas Perikanan']);
    expect(speakers(text)).toEqual(['Budi Santosa']);
  });
});

describe('id a clause opened by a conjunction has its own subject', () => {
  it('the speaker is the clause’s subject, not the sentence’s', () => {
    const text =
      'Kementerian Kelautan menambah kapal patroli setelah nelayan setempat melaporkan kehadiran kapal asing di perairan itu.';
    expect(speakers(text)).toEqual(['nelayan setempat']);
  });
  it('a modifier before the verb still leads back to the sentence’s subject', () => {
    const text = 'Kepala Dinas Perikanan Budi Santosa kepada wartawan mengatakan dua kapal akan berangkat.';
    expect(speakers(text)).toEqual(['Budi Santosa']);
  });
});

describe('id codes of law and the offence they name are no bodies and no people', () => {
  it.each([
    'Ketiga tersangka dijerat Pasal 378 KUHP tentang penipuan.',
    'Revisi KUHAP masih dibahas pekan ini.',
    'Ia dijerat Pasal 3 UU Tipikor dengan ancaman 20 tahun penjara.',
  ])('%s', (text) => {
    expect(spans(text, 'organizations')).toEqual([]);
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a court or a task force for the offence is still a body', () => {
    expect(spans('Sidang digelar di Pengadilan Tipikor Jakarta Pusat.', 'organizations')).toEqual([
      'Pengadilan Tipikor Jakarta Pusat',
    ]);
  });
});

describe('id everyday words a title-case headline capitalizes are no name when the article writes them in lower case', () => {
  it('the headline’s phrase is no person', () => {
    const text =
      'BI Pertahankan Suku Bunga, Rupiah Menguat\n\nBank Indonesia mempertahankan suku bunga acuan di level 6 persen.';
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a name of everyday words the article never writes in lower case stays a person', () => {
    const text = 'Kemenangan Bagi Sari Lestari\n\nPelari Sari Lestari meraih juara pertama di Bandung.';
    expect(spans(text, 'people')).toEqual(['Sari Lestari', 'Sari Lestari']);
  });
  it.each([
    'Hakim Vonis Eks Kadis 6 Tahun Penjara\n\nMajelis hakim menjatuhkan vonis enam tahun. Vonis tersebut lebih ringan.',
    'Polisi Tangkap Pencuri Motor\n\nPolisi menangkap pencuri motor di pasar. Pencuri itu mengaku.',
  ])('dictionary words the body never capitalizes inside a sentence are no headline name: %s', (text) => {
    expect(spans(text, 'people')).toEqual([]);
  });
  it('a headline name of dictionary words stays when the body capitalizes it inside a sentence', () => {
    const text = 'Intan Permata Juara Lagi\n\nPelari Intan Permata (23) menang di Bogor.';
    expect(spans(text, 'people')).toContain('Intan Permata');
  });
  it('a given name alone in a headline stays a person', () => {
    const text = 'Polisi Cari Bunga\n\nBunga (7) hilang sejak Senin. Ia membawa bunga untuk ibunya.';
    expect(spans(text, 'people')).toContain('Bunga');
  });
});

describe('id a name opening a sentence with a word mostly met as a given name keeps that word', () => {
  it.each([
    ['Dewi Lestari membuka toko roti di Bogor.', 'Dewi Lestari'],
    ['Cahaya Ramadhani membuka toko roti di Bogor.', 'Cahaya Ramadhani'],
    ['Mutiara Azzahra membuka toko roti di Bogor.', 'Mutiara Azzahra'],
  ])('%s → %s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
  it.each([
    ['Bintang Disney Kara Medina tiba di Bali.', 'Bintang'],
    ['Hari Kartini diperingati setiap tahun di sekolah itu.', 'Hari'],
  ])('a style or a holiday is no part of a name: %s', (text, word) => {
    expect(spans(text, 'people').filter((p) => p.startsWith(word))).toEqual([]);
  });
});

describe('id a cue set off between the subject and its predicate reports the whole sentence (id.quote.indirect-aside)', () => {
  const quotes = (text: string) =>
    (run(text).quotes ?? []).map((q) => [q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);
  it.each([
    [
      'Koperasi itu, kata Sutarmin, akan membagikan pupuk pekan depan.',
      'Koperasi itu, kata Sutarmin, akan membagikan pupuk pekan depan',
      'Sutarmin',
      'kata',
    ],
    [
      'Ketua RW Sutarmin menilai pupuk terlambat. Koperasi itu, katanya, belum menerima kiriman dari gudang.',
      'Koperasi itu, katanya, belum menerima kiriman dari gudang',
      'Sutarmin',
      'katanya',
    ],
    [
      'Dinas Pertanian, ujar Wiranti, menyalurkan benih ke empat desa.',
      'Dinas Pertanian, ujar Wiranti, menyalurkan benih ke empat desa',
      'Wiranti',
      'ujar',
    ],
  ])('%s', (text, quote, speaker, cue) => {
    expect(quotes(text)).toContainEqual([quote, speaker, cue]);
  });
  it.each([
    // an apposition, a relative clause, a circumstance, a second speech verb: the part before the cue is the quote
    ['Harga pupuk naik lagi, kata Sutarmin, Ketua RW setempat.', 'Harga pupuk naik lagi'],
    ['Harga pupuk naik lagi, kata Sutarmin, yang juga petani.', 'Harga pupuk naik lagi'],
    ['Harga pupuk naik lagi, kata Sutarmin, saat dihubungi, Senin.', 'Harga pupuk naik lagi'],
    ['Harga pupuk naik lagi, kata Sutarmin, menambahkan bahwa stok cukup.', 'Harga pupuk naik lagi'],
    // a verb after a whole clause tells what the speaker was doing
    [
      'Harga pupuk bersubsidi di kios desa naik lagi, kata Sutarmin, menanggapi keluhan petani.',
      'Harga pupuk bersubsidi di kios desa naik lagi',
    ],
  ])('no aside: %s', (text, quote) => {
    expect((run(text).quotes ?? []).map((q) => q.text)).toEqual([quote]);
  });
});

describe('id a weekday with "besok" or "lusa" is one date', () => {
  const dates = (text: string) =>
    (extract(text, { lang: 'id', date: '2023-11-13' }).dates ?? []).map((d) => [d.text, d.value]);
  it.each([
    ['Bupati meninjau lokasi Selasa besok.', [['Selasa besok', '2023-11-14']]],
    ['Bupati meninjau lokasi besok Selasa.', [['besok Selasa', '2023-11-14']]],
    ['Bupati meninjau lokasi Rabu lusa.', [['Rabu lusa', '2023-11-15']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
  it('"besok minggu ini": "minggu" in lower case is the week, a date of its own', () => {
    expect(dates('Bupati meninjau lokasi besok minggu ini.')).toEqual([
      ['besok', '2023-11-14'],
      ['minggu ini', '2023-W46'],
    ]);
  });
});

describe('id geological features are places by their head word', () => {
  it.each([
    ['Gempa dipicu pergeseran Sesar Lembayung, kata petugas.', 'Sesar Lembayung'],
    ['Lempeng Indo-Australia terus bergerak ke utara.', 'Lempeng Indo-Australia'],
    ['Kapal riset memetakan Palung Jawa bulan lalu.', 'Palung Jawa'],
  ])('%s → %s', (text, place) => {
    expect(spans(text, 'places')).toContain(place);
    expect(spans(text, 'people')).not.toContain(place);
  });
});

describe('id an office, its fields and a physician’s "dr" before the name', () => {
  it.each([
    [
      'Kepala Dinkes Sukarame dr Wulan Anggraini mengatakan kasus naik.',
      'Wulan Anggraini',
      ['Kepala Dinkes Sukarame', 'dr'],
    ],
    [
      'Kepala Puskesmas Tugu drg. Ratih Kumala menjelaskan jadwal.',
      'Ratih Kumala',
      ['Kepala Puskesmas Tugu', 'drg.'],
    ],
    [
      'Direktur Pencegahan dan Pengendalian Penyakit Menular Arif Wicaksono mengatakan kasus naik.',
      'Arif Wicaksono',
      ['Direktur Pencegahan dan Pengendalian Penyakit Menular'],
    ],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it.each([
    // a given name that is also a word stays in the name
    [
      'Kepala Biro Hukum Intan Permata Sari mengatakan kasus naik.',
      'Intan Permata Sari',
      ['Kepala Biro Hukum'],
    ],
    ['Direktur Utama Budi Santoso mengatakan laba naik.', 'Budi Santoso', ['Direktur Utama']],
  ])('the name keeps its words: %s', (text, name, titles) => {
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it('the fields of an office joined by "dan" are no organization of their own', () => {
    const text =
      'Direktur Pencegahan dan Pengendalian Penyakit Menular Arif Wicaksono mengatakan kasus naik.';
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('a regional office’s short name opens an organization ("Dinkes", "Dishub", "BPBD")', () => {
    expect(spans('Petugas Dishub Sukarame menutup jalan.', 'organizations')).toEqual(['Dishub Sukarame']);
    expect(spans('Petugas Dishub Sukarame menutup jalan.', 'people')).toEqual([]);
  });
});

describe('id a body speaking "melalui" an official: the official is the speaker', () => {
  it.each([
    [
      'Kementerian Kesehatan melalui Direktur Pelayanan Kesehatan Arif Wicaksono mengingatkan bahwa kasus bisa naik.',
      'Arif Wicaksono',
    ],
    ['Pemerintah kota melalui juru bicaranya, Ratih Kumala, mengatakan jalan akan ditutup.', 'Ratih Kumala'],
  ])('%s', (text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
  it('a thing sent "melalui" a body says nothing', () => {
    expect(run('Warga mengirim surat melalui Kantor Pos Sukarame kemarin.').quotes ?? []).toEqual([]);
  });
});

describe('id a headline name the body never writes is cut to the words the body names (id.doc.headline-body)', () => {
  const names = (text: string) => {
    const r = run(text);
    return [...(r.people ?? []), ...(r.places ?? []), ...(r.organizations ?? [])].map((e) => e.name);
  };
  it.each([
    [
      'Bawaslu Soroti Calon Bermasalah\n\nBadan Pengawas Pemilu (Bawaslu) menyurati KPU. Bawaslu menilai data belum lengkap.',
      'Badan Pengawas Pemilu',
      ['Bawaslu Soroti Calon Bermasalah'],
    ],
    [
      'Gempa Guncang Sukarame, Rumah Rusak\n\nGempa mengguncang Sukarame, Minggu. Warga Sukarame mengungsi ke balai desa.',
      'Sukarame',
      ['Guncang Sukarame'],
    ],
  ])('%s', (text, kept, absent) => {
    expect(names(text)).toContain(kept);
    for (const a of absent) expect(names(text)).not.toContain(a);
  });
  it('a headline name the body writes whole stays whole', () => {
    const text = 'Rapat Koperasi Tani Makmur\n\nKoperasi Tani Makmur menggelar rapat anggota di Sukarame.';
    expect(names(text)).toContain('Koperasi Tani Makmur');
  });
});
