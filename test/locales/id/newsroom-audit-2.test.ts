import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The eleventh session's audit: errors found reading our own articles (a court ruling on village funds, a
// central bank decision, a football match). Every sentence here was written for these tests.

const people = (text: string) => (run(text).people ?? []).map((p) => [p.name, p.titles]);

describe('id a judge’s office is a title, and "Hakim" after a given name is a family name', () => {
  it.each([
    ['Ketua Majelis Hakim I Wayan Sukra membacakan putusan itu.', 'I Wayan Sukra', ['Ketua Majelis Hakim']],
    ['Hakim Ketua Rudi Hartono membacakan putusan.', 'Rudi Hartono', ['Hakim Ketua']],
    ['Hakim Rudi Hartono menolak eksepsi terdakwa.', 'Rudi Hartono', ['Hakim']],
    ['Bagi Hakim Agung Rudi Hartono, sidang daring lebih efektif.', 'Rudi Hartono', ['Hakim Agung']],
    ['Ketua majelis hakim Rudianto membacakan putusan itu.', 'Rudianto', ['Ketua majelis hakim']],
    ['Hakim anggota Dewi Lestari tidak sependapat.', 'Dewi Lestari', ['Hakim anggota']],
  ])('%s', (text, name, titles) => {
    expect(people(text)).toEqual([[name, titles]]);
  });
  it.each(['Lukman Hakim Saifuddin hadir dalam acara itu.', 'Menurut Arief Hakim, rencana itu gagal.'])(
    'a family name: %s',
    (text) => {
      const names = people(text).map(([n]) => n);
      expect(names.some((n) => (n as string).endsWith('Hakim') || (n as string).includes('Hakim '))).toBe(
        true,
      );
      expect(people(text).flatMap(([, t]) => t)).toEqual([]);
    },
  );
  it('what one is a member of stays a body', () => {
    expect(spans('Ia pernah menjadi anggota Pink Floyd.', 'organizations')).toEqual(['Pink Floyd']);
    expect(spans('Ia anggota Tim Pemenangan Rasmin - Lusi.', 'people')).toEqual([]);
  });
});

describe('id the office of a village names the village first (id.place.office-territory)', () => {
  it.each([
    ['Ia mantan Kepala Desa Sumberwangi, Kecamatan Pesisir, berinisial HS.', 'Sumberwangi', []],
    ['Kepala Desa Sumberwangi Rudi Hartono hadir.', 'Sumberwangi', ['Rudi Hartono']],
    ['Kepala Desa Sumberwangi, Rudi Hartono, mengatakan hal itu.', 'Sumberwangi', ['Rudi Hartono']],
    ['Camat Cibeureum Asep Saepudin mengatakan hal itu.', 'Cibeureum', ['Asep Saepudin']],
  ])('%s', (text, village, names) => {
    expect(spans(text, 'places')).toContain(village);
    expect(spans(text, 'people').filter((p) => p !== 'HS')).toEqual(names);
  });
  it('the village joins the title', () => {
    expect(titlesOf('Kepala Desa Sumberwangi Rudi Hartono hadir.', 'Rudi Hartono')).toEqual([
      'Kepala Desa Sumberwangi',
    ]);
  });
  it.each([
    ['Kepala Desa Rudi Hartono hadir.', 'Rudi Hartono', ['Kepala Desa']],
    ['Menteri Desa Rudi Hartono hadir.', 'Rudi Hartono', ['Menteri Desa']],
  ])('a known given name after the office is the name: %s', (text, name, titles) => {
    expect(people(text)).toEqual([[name, titles]]);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('the last name of an address list that speaks is a person', () => {
    const text = 'Kades Sukamaju, Kecamatan Cibinong, Asep Saepudin, mengatakan hal itu.';
    expect(spans(text, 'people')).toEqual(['Asep Saepudin']);
  });
});

describe('id a gloss built from a body’s field names the body (fieldGlosses)', () => {
  it('Tipikor and "Pengadilan Tipikor" are the court', () => {
    const r = run(
      'Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang menjatuhkan vonis. Pengadilan Tipikor menolak banding.',
    );
    expect((r.organizations ?? []).map((o) => [o.name, o.aliases])).toEqual([
      ['Pengadilan Tindak Pidana Korupsi', ['Tipikor', 'Pengadilan Tipikor']],
    ]);
  });
});

describe('id a place’s initials in parentheses are the place again (id.place.initials)', () => {
  it('a stadium and its initials', () => {
    const r = run(
      'Laga digelar di Stadion Utama Harapan Bangsa (SUHB), Medan. Suporter memadati SUHB sejak sore.',
    );
    expect((r.places ?? []).map((p) => [p.name, p.aliases, p.mentions.length])).toContainEqual([
      'Stadion Utama Harapan Bangsa',
      ['SUHB'],
      3,
    ]);
    expect(r.organizations ?? []).toEqual([]);
  });
  it('a body read as a place after "di" keeps its acronym a body', () => {
    expect(
      spans('Ia berinvestasi di Research In Motion (RIM) untuk membeli lisensi.', 'organizations'),
    ).toContain('RIM');
  });
});

describe('id a headline name cut to the body’s words keeps the object the body names apart', () => {
  it('"Timnas Indonesia Tahan Imbang Australia"', () => {
    const r = run(
      'Timnas Indonesia Tahan Imbang Australia\n\nJAKARTA - Tim nasional bermain imbang melawan Australia pada Selasa malam.\n\nPelatih Timnas Indonesia Budi Santoso mengaku puas.',
    );
    expect((r.organizations ?? []).map((o) => [o.name, o.mentions.length])).toEqual([
      ['Timnas Indonesia', 2],
    ]);
    expect((r.places ?? []).find((p) => p.name === 'Australia')?.mentions.length).toBe(2);
  });
});

describe('id a match report’s "Garuda" is the team, not the airline', () => {
  it.each([
    'Ia berharap Garuda bisa meraih kemenangan pertama di kandang lawan.',
    'Skuad Garuda sebelumnya bermain imbang 1-1 melawan Arab Saudi.',
  ])('%s', (text) => {
    expect(spans(text, 'organizations')).not.toContain('Garuda');
    expect(spans(text, 'people')).toEqual([]);
  });
  it('the airline outside a match', () => {
    expect((run('Penerbangan Garuda ke Bali ditunda.').organizations ?? []).map((o) => o.name)).toEqual([
      'Garuda Indonesia',
    ]);
  });
});

describe('id one word after a named facility, ending the clause, is its town (id.place.address-part)', () => {
  it.each([
    ['Laga berikutnya dijadwalkan di Stadion Nasional Bahrain, Riffa.', 'Riffa'],
    ['Festival digelar di Lapangan Merdeka, Kotabumi, Sabtu.', 'Kotabumi'],
  ])('%s', (text, town) => {
    expect(spans(text, 'places')).toContain(town);
    expect(spans(text, 'people')).toEqual([]);
  });
  it.each(['Laga digelar di Stadion Manahan, Budi.', 'Ketika di Stadion Manahan, Rudi mengatakan hal itu.'])(
    'a given name, or a speaker, stays a person: %s',
    (text) => {
      expect(spans(text, 'people').length).toBe(1);
    },
  );
});

describe('id an office’s body and region after its acronym in parentheses, then the name', () => {
  it.each([
    [
      'Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bandung Barat Rian Firmansyah mengatakan hal itu.',
      'Rian Firmansyah',
      ['Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kabupaten Bandung Barat'],
    ],
    [
      'Ketua Badan Legislasi (Baleg) DPR Rudi Hartono melaporkan hal itu.',
      'Rudi Hartono',
      ['Ketua Badan Legislasi DPR'],
    ],
  ])('%s', (text, name, titles) => {
    expect(people(text)).toEqual([[name, titles]]);
  });
  it('the region is a place of its own, the name no place', () => {
    const text =
      'Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bandung Barat Rian Firmansyah mengatakan hal itu.';
    expect(spans(text, 'places')).toEqual(['Kabupaten Bandung Barat']);
  });
});

describe('id a body glossed inside an office is a body wherever it recurs', () => {
  it('"Anggota Baleg" names the body, no person', () => {
    const r = run(
      'Ketua Badan Legislasi (Baleg) DPR Rudi Hartono melapor. Anggota Baleg dari Fraksi PKS, Sari Dewi, menilai hal itu.',
    );
    expect((r.people ?? []).map((p) => p.name)).not.toContain('Baleg');
    // (the lexicon knows the body since the twelfth session: its long form and both mentions of its short form)
    expect(
      (r.organizations ?? []).find((o) => o.name === 'Badan Legislasi' && o.aliases.includes('Baleg'))
        ?.mentions.length,
    ).toBe(3);
  });
});

describe('id a village’s government or staff stays inside a body’s name', () => {
  it.each([
    [
      'Kepala desa dari Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) menggelar aksi.',
      'Asosiasi Pemerintah Desa Seluruh Indonesia',
    ],
    [
      'Asosiasi Pemerintah Kabupaten Seluruh Indonesia (Apkasi) menolak.',
      'Asosiasi Pemerintah Kabupaten Seluruh Indonesia',
    ],
  ])('%s', (text, name) => {
    expect(spans(text, 'organizations')[0]).toBe(name);
    expect(spans(text, 'places')).toEqual([]);
  });
  it('a regency named after the unit closes the name', () => {
    expect(spans('Sekretariat Pemerintah Kabupaten Bogor menolak.', 'organizations')).toEqual([
      'Sekretariat Pemerintah Kabupaten Bogor',
    ]);
    expect(spans('Jaraknya 35 km dari Pusat Pemerintahan Kabupaten 35 km.', 'organizations')).not.toContain(
      'Pusat Pemerintahan Kabupaten 35',
    );
  });
});

describe('id a unit of administration after a law’s short title is its subject, no place', () => {
  it.each(['DPR Sahkan RUU Desa Jadi Undang-Undang', 'Pemerintah merevisi UU Desa tahun ini.'])(
    '%s',
    (text) => {
      expect(spans(text, 'places')).toEqual([]);
    },
  );
});

describe('id "Menurut X, sapaan akrabnya, …" reports what follows the aside', () => {
  it('skips the name the source goes by', () => {
    const r = run(
      'Menurut Gus Halim, sapaan akrabnya, undang-undang baru akan memperkuat tata kelola dana desa.',
    );
    expect((r.quotes ?? []).map((q) => q.text)).toEqual([
      'undang-undang baru akan memperkuat tata kelola dana desa',
    ]);
  });
});

describe('id a work’s title in quotation marks is the work wherever the document quotes it', () => {
  it('the second quoted mention is no place', () => {
    const text =
      'Film "Laut Bercerita" laris. Pengamat menilai kesuksesan "Laut Bercerita" menunjukkan minat penonton.';
    expect(spans(text, 'places')).toEqual([]);
  });
  it('an unquoted place of the same words stays a place', () => {
    const text = 'Film "Gunung Sari" laris. Warga Gunung Sari menonton film itu.';
    expect(spans(text, 'places')).toEqual(['Gunung Sari']);
  });
});

describe('id a crime report', () => {
  it('an officer’s rank after the region of an office is a title of its own', () => {
    expect(
      people(
        'Kepala Badan Narkotika Nasional Provinsi (BNNP) Lampung Brigjen Pol Rudi Wibowo mengapresiasi hal itu.',
      ),
    ).toEqual([['Rudi Wibowo', ['Kepala Badan Narkotika Nasional Provinsi Lampung', 'Brigjen Pol']]]);
  });
  it('the subject of a law names no one', () => {
    expect(spans('Tersangka dijerat Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika.', 'people')).toEqual(
      [],
    );
    expect(spans('Ia berbicara tentang Prabowo kemarin.', 'people')).toEqual(['Prabowo']);
  });
});

describe('id an English office, the company, then the name (id.person.english-office)', () => {
  it.each([
    [
      'Chief Economist Bank Permata Josua Pardede menilai hal itu.',
      [['Josua Pardede', ['Chief Economist Bank Permata']]],
      ['Bank Permata'],
    ],
    [
      'Head of Research Kiwoom Sekuritas Indonesia Sukarno Alatas menilai hal itu.',
      [['Sukarno Alatas', ['Head of Research Kiwoom Sekuritas Indonesia']]],
      ['Kiwoom Sekuritas Indonesia'],
    ],
    [
      'Head of Sales and Marketing PT Astra Honda Motor Rudi Hartono menilai hal itu.',
      [['Rudi Hartono', ['Head of Sales and Marketing PT Astra Honda Motor']]],
      ['PT Astra Honda Motor'],
    ],
    ['Chief Economist Bank Permata mengatakan hal itu.', [], ['Bank Permata']],
  ])('%s', (text, expected, orgs) => {
    expect(people(text)).toEqual(expected);
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe('id a short form right after its long form belongs to it, even when a headline named it first', () => {
  it('"GoTo …" then "PT GoTo Gojek Tokopedia Tbk (GOTO)"', () => {
    const r = run(
      'GoTo Perpanjang Kerja Sama\n\nJAKARTA - PT GoTo Gojek Tokopedia Tbk (GOTO) memperpanjang kerja sama. GoTo menyatakan hal itu.',
    );
    expect((r.organizations ?? []).map((o) => [o.name, o.mentions.length])).toEqual([
      ['PT GoTo Gojek Tokopedia Tbk', 4],
    ]);
  });
});

describe('id an office’s short form of several words in parentheses, then its body, rank and name', () => {
  it('"Kepala Bidang Humas (Kabid Humas) Polda Metro Jaya Kombes Ade Ary"', () => {
    expect(
      people('Kepala Bidang Humas (Kabid Humas) Polda Metro Jaya Kombes Ade Ary mengatakan hal itu.'),
    ).toEqual([['Ade Ary', ['Kepala Bidang Humas Polda Metro Jaya', 'Kombes']]]);
  });
  it('a company’s acronym after its body word is no part of the name', () => {
    expect(
      people('Managing Director and Chief Economist Group Research Bank DBS Taimur Baig optimistis.'),
    ).toEqual([['Taimur Baig', ['Chief Economist Group Research Bank DBS']]]);
  });
});

describe('id "Muhammad" and "Said" are given names, not dictionary words', () => {
  it.each([
    ['Kepala BPBD Kabupaten Bekasi, Muhammad Said, mengatakan pihaknya siap.', 'Muhammad Said'],
    ['Kemarin Muhammad Rafi hadir di acara itu.', 'Muhammad Rafi'],
  ])('%s', (text, name) => {
    expect(spans(text, 'people')).toEqual([name]);
  });
  it('"Maulid Nabi Muhammad" is a holiday', () => {
    expect(spans('Acara digelar bersamaan dengan Maulid Nabi Muhammad SAW.', 'people')).toEqual([]);
  });
});
