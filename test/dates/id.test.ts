// Indonesian date and time expressions against a fixed reference date: Tuesday 19 September 2023.
// Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { inferReferenceDate } from '../../src/locales/id/dates.js';
import { doc, findDates, pairs } from './helpers.js';

const REF = '2023-09-19';

type Case = [sentence: string, expected: [string, string | null][]];

const FAMILIES: Record<string, Case[]> = {
  'weekday with a numeric date': [
    ['Gubernur meresmikan jembatan itu, Senin (18/9/2023).', [['Senin (18/9/2023)', '2023-09-18']]],
    ['Rapat digelar pada Rabu ( 20/9/2023 ) di Bandung.', [['Rabu ( 20/9/2023 )', '2023-09-20']]],
    ['Pameran dibuka Jumat (22/9) di Surabaya.', [['Jumat (22/9)', '2023-09-22']]],
    [
      'Sidang berlanjut pada hari Kamis (14/9/2023) pagi.',
      [['hari Kamis (14/9/2023) pagi', '2023-09-14TMO']],
    ],
    // a weekday that contradicts its date is reported with the date's value
    ['Kapal itu tiba Senin (20/9/2023).', [['Senin (20/9/2023)', '2023-09-20']]],
  ],
  'day, month and year': [
    ['Pemilihan dijadwalkan pada 14 Februari 2024.', [['14 Februari 2024', '2024-02-14']]],
    ['Kantor itu dibuka kembali Senin, 18 September 2023.', [['Senin, 18 September 2023', '2023-09-18']]],
    ['Pendaftaran ditutup 25 September mendatang.', [['25 September mendatang', '2023-09-25']]],
    ['Jalan tol itu diresmikan 3 Agu 2022 lalu.', [['3 Agu 2022 lalu', '2022-08-03']]],
    ['Tenggat pembayaran adalah tanggal 30 Oktober 2023.', [['tanggal 30 Oktober 2023', '2023-10-30']]],
  ],
  'numeric dates': [
    ['Surat itu bertanggal 19/9/2023 dan ditandatangani direktur.', [['19/9/2023', '2023-09-19']]],
    ['Data terakhir diperbarui 2023-08-31.', [['2023-08-31', '2023-08-31']]],
    [
      'Turnamen digelar Sabtu-Minggu (23-24/9).',
      [
        ['Sabtu', '2023-09-23'],
        ['Minggu (23-24/9)', '2023-09-24'],
      ],
    ],
    [
      'Pameran berlangsung 16-20 Oktober 2023.',
      [
        ['16', '2023-10-16'],
        ['20 Oktober 2023', '2023-10-20'],
      ],
    ],
  ],
  'month and year': [
    ['Harga beras naik sejak Juli 2023.', [['Juli 2023', '2023-07']]],
    ['Proyek itu rampung pada akhir Desember lalu.', [['akhir Desember lalu', '2022-12']]],
    ['Target itu dikejar hingga bulan Oktober.', [['bulan Oktober', '2023-10']]],
    ['Penjualan turun dibanding Mei tahun lalu.', [['Mei tahun lalu', '2022-05']]],
    ['Produksi naik sejak Maret.', [['Maret', '2023-03']]],
  ],
  years: [
    ['Kebijakan itu berlaku sejak 2019.', [['2019', '2019']]],
    ['Gedung itu dibangun pada tahun 1998.', [['tahun 1998', '1998']]],
    ['Pembangunan ditargetkan selesai pertengahan 2024.', [['pertengahan 2024', '2024']]],
    ['Musik itu populer pada 1980-an.', [['1980-an', '198']]],
  ],
  'relative days': [
    ['Kemarin, hujan deras mengguyur kota itu.', [['Kemarin', '2023-09-18']]],
    ['Tim itu berangkat besok.', [['besok', '2023-09-20']]],
    ['Hasilnya diumumkan hari ini.', [['hari ini', '2023-09-19']]],
    ['Pertandingan digelar lusa.', [['lusa', '2023-09-21']]],
    ['Data yang dirilis kemarin (18/9) menunjukkan kenaikan.', [['kemarin (18/9)', '2023-09-18']]],
  ],
  'relative weeks, months and years': [
    ['Pertemuan puncak pekan lalu berlangsung tertutup.', [['pekan lalu', '2023-W37']]],
    ['Menteri akan berkunjung minggu ini.', [['minggu ini', '2023-W38']]],
    ['Harga naik bulan depan.', [['bulan depan', '2023-10']]],
    ['Ekspor turun tahun lalu.', [['tahun lalu', '2022']]],
    ['Program itu dimulai awal tahun depan.', [['awal tahun depan', '2024']]],
    ['Laporan keluar akhir bulan ini.', [['akhir bulan ini', '2023-09']]],
    ['Festival digelar akhir pekan ini.', [['akhir pekan ini', '2023-W38-WE']]],
  ],
  offsets: [
    ['Ia tiba dua hari lalu.', [['dua hari lalu', '2023-09-17']]],
    ['Gedung itu runtuh tiga tahun silam.', [['tiga tahun silam', '2020']]],
    ['Jembatan selesai dua bulan lagi.', [['dua bulan lagi', '2023-11']]],
    ['Penjualan naik dibanding setahun sebelumnya.', [['setahun sebelumnya', '2022']]],
    ['Beberapa hari lalu warga mengeluh.', [['Beberapa hari lalu', 'PAST_REF']]],
  ],
  weekdays: [
    ['Presiden, Senin, mengatakan anggaran cukup.', [['Senin', '2023-09-18']]],
    ['Pada Minggu, ribuan warga berkumpul.', [['Minggu', '2023-09-17']]],
    ['Pemerintah akan mengumumkan hasilnya Jumat.', [['Jumat', '2023-09-22']]],
    ['Rapat itu digelar Kamis lalu.', [['Kamis lalu', '2023-09-14']]],
    // a weekday in a named week: one expression (the reference Tuesday is in week 38)
    ['Sidang dilanjutkan Kamis pekan depan.', [['Kamis pekan depan', '2023-09-28']]],
    ['Ia tiba Senin minggu lalu.', [['Senin minggu lalu', '2023-09-11']]],
    ['Pasar murah digelar Sabtu pekan ini.', [['Sabtu pekan ini', '2023-09-23']]],
  ],
  quarters: [
    ['Ekonomi tumbuh pada kuartal ketiga.', [['kuartal ketiga', '2023-Q3']]],
    ['Target itu untuk triwulan I-2024.', [['triwulan I-2024', '2024-Q1']]],
    ['Laba naik pada semester pertama tahun ini.', [['semester pertama tahun ini', '2023-H1']]],
  ],
  anaphors: [
    [
      'Rapat digelar Rabu (13/9). Pada hari yang sama, polisi menangkap pelaku.',
      [
        ['Rabu (13/9)', '2023-09-13'],
        ['hari yang sama', '2023-09-13'],
      ],
    ],
    [
      'Penjualan naik pada Mei 2023. Pangsa pasar di bulan tersebut 50 persen.',
      [
        ['Mei 2023', '2023-05'],
        ['bulan tersebut', '2023-05'],
      ],
    ],
    // a date named as the baseline of a comparison is not what "bulan tersebut" points to
    [
      'Astra menjual 34.480 unit pada Mei 2023, turun 17% dibandingkan 41.324 unit pada Mei 2022. Pangsa pasar di bulan tersebut 57 persen.',
      [
        ['Mei 2023', '2023-05'],
        ['Mei 2022', '2022-05'],
        ['bulan tersebut', '2023-05'],
      ],
    ],
    // … a date after the comparison's clause is named again
    [
      'Penjualan turun dibandingkan tahun lalu. Pada Juni 2023 penjualan naik. Pangsa pasar di bulan tersebut 60 persen.',
      [
        ['tahun lalu', '2022'],
        ['Juni 2023', '2023-06'],
        ['bulan tersebut', '2023-06'],
      ],
    ],
    // weeks before or after the day named: that day's week moved
    [
      'Harga naik pada Senin (8/1/2024). Sepekan sebelumnya harga masih rendah. Dua minggu kemudian harga turun.',
      [
        ['Senin (8/1/2024)', '2024-01-08'],
        ['Sepekan sebelumnya', '2024-W01'],
        ['Dua minggu kemudian', '2024-W04'],
      ],
    ],
    // … with no day named, the week counted from the reference date (Tuesday 19/9/2023)
    ['Sepekan sebelumnya harga masih rendah.', [['Sepekan sebelumnya', '2023-W37']]],
    // nothing named before: no expression
    ['Hari itu hujan turun deras.', []],
    // a bare weekday the text already dated is that day (the reference is Tuesday 19/9)
    [
      'Saat dihubungi, Rabu (20/9/2023), bupati mengatakan air surut. Ia meninjau pengungsian pada Rabu pagi.',
      [
        ['Rabu (20/9/2023)', '2023-09-20'],
        ['Rabu pagi', '2023-09-20TMO'],
      ],
    ],
    // … but not one with its own relative word
    [
      'Rapat digelar Rabu (20/9/2023). Rapat sebelumnya digelar Rabu lalu.',
      [
        ['Rabu (20/9/2023)', '2023-09-20'],
        ['Rabu lalu', '2023-09-13'],
      ],
    ],
    // "bulan sebelumnya" is the month before the one just named, else the reference's
    [
      'Inflasi Mei 2022 lebih rendah dibanding bulan sebelumnya.',
      [
        ['Mei 2022', '2022-05'],
        ['bulan sebelumnya', '2022-04'],
      ],
    ],
    ['Harga beras lebih mahal dibanding bulan sebelumnya.', [['bulan sebelumnya', '2023-08']]],
    [
      'Pada 2019 ekspor turun, tetapi tahun berikutnya naik.',
      [
        ['2019', '2019'],
        ['tahun berikutnya', '2020'],
      ],
    ],
    [
      'Pada 2012 konsumsi naik 9,7 persen dibanding setahun sebelumnya.',
      [
        ['2012', '2012'],
        ['setahun sebelumnya', '2011'],
      ],
    ],
    [
      'Ia ditangkap Senin (11/9) dan diperiksa keesokan harinya.',
      [
        ['Senin (11/9)', '2023-09-11'],
        ['keesokan harinya', '2023-09-12'],
      ],
    ],
  ],
  references: [
    ['Saat ini, harga cabai masih tinggi.', [['Saat ini', 'PRESENT_REF']]],
    ['Sekarang warga bisa mendaftar secara daring.', [['Sekarang', 'PRESENT_REF']]],
    ['Kasus serupa terjadi baru-baru ini di Medan.', [['baru-baru ini', 'PAST_REF']]],
    ['Nanti kami umumkan jadwalnya.', [['Nanti', 'FUTURE_REF']]],
  ],
  times: [
    ['Gempa terjadi pukul 10.00 WIB.', [['pukul 10.00 WIB', '2023-09-19T10:00']]],
    ['Pesawat mendarat 14:30 WITA.', [['14:30 WITA', '2023-09-19T14:30']]],
    ['Ledakan terdengar sekitar pukul 21.15 WIT.', [['sekitar pukul 21.15 WIT', '2023-09-19T21:15']]],
    [
      'Jenazah ditemukan Senin (18/9/2023) sekitar pukul 06.30 WIB.',
      [['Senin (18/9/2023) sekitar pukul 06.30 WIB', '2023-09-18T06:30']],
    ],
    // a clock belongs to the day named in its sentence
    [
      'Acara dimulai pukul 19.00 pada Jumat (22/9).',
      [
        ['pukul 19.00', '2023-09-22T19:00'],
        ['Jumat (22/9)', '2023-09-22'],
      ],
    ],
    ['Banjir surut pagi ini.', [['pagi ini', '2023-09-19TMO']]],
    ['Bus berangkat jam 8 pagi.', [['jam 8 pagi', '2023-09-19T08:00']]],
    ['Gempa tercatat pukul 02:15:30 WIB.', [['pukul 02:15:30 WIB', '2023-09-19T02:15:30']]],
    ['Warga mengungsi tadi malam.', [['tadi malam', '2023-09-18TNI']]],
  ],
  'durations and sets': [
    ['Perbaikan jalan berlangsung selama tiga bulan.', [['tiga bulan', 'P3M']]],
    ['Antrean mengular hingga 10 menit.', [['10 menit', 'PT10M']]],
    ['Harga terendah dalam lima tahun terakhir.', [['lima tahun terakhir', 'P5Y']]],
    ['Produksi mencapai 5.000 barel per hari.', [['per hari', 'P1D']]],
    ['Pemeriksaan dilakukan setiap tahun.', [['setiap tahun', 'P1Y']]],
    // every weekday, every part of the day; lower-case "minggu" is a week
    ['Gerakan bersih-bersih digelar setiap Jumat.', [['setiap Jumat', 'XXXX-WXX-5']]],
    ['Pasar itu buka setiap hari Minggu.', [['setiap hari Minggu', 'XXXX-WXX-7']]],
    ['Petugas datang setiap minggu.', [['setiap minggu', 'P1W']]],
    ['Ia menulis setiap pagi.', [['setiap pagi', 'XXXX-XX-XXTMO']]],
    // a single weekday stays a date
    ['Rapat digelar Jumat lalu.', [['Jumat lalu', '2023-09-15']]],
  ],
};

describe('id date families (reference 2023-09-19)', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(cases)('%s', (sentence, expected) => {
        expect(pairs(sentence, 'id', REF)).toEqual(expected);
      });
    });
  }
});

describe('id negatives: no date here', () => {
  it.each([
    'Harganya Rp 2014 per lembar.', // a price, not a year
    'Ia tinggal di Jalan Pasar Minggu nomor 5.', // a place named after a weekday
    'Ketua Harian partai itu hadir.', // a title, not a periodic set
    'Ketua panitia Juni Rahmawati membuka acara.', // a month name inside a person's name
    'Kami makan dulu sebelum berangkat.', // "dulu" as "first"
    'Harga naik 1,5 persen.', // a number
    'Skornya 2-1 untuk tim tuan rumah.',
    'Pasal 12 ayat 3 mengatur hal itu.',
    'Usianya 45 tahun ketika terpilih.', // an age after "usianya"
    'Tersangka dijerat UU Nomor 35 Tahun 2009 tentang Narkotika.', // the year numbers a law
    'Aturan itu tertuang dalam Perpres No. 12 Tahun 2025.',
  ])('%s', (sentence) => {
    const found = findDates(sentence, 'id', REF).filter((f) => f.type === 'DATE' || f.type === 'TIME');
    expect(found).toEqual([]);
  });

  it('a year after a law elsewhere in the sentence is still a year', () => {
    expect(pairs('UU itu disahkan pada tahun 2009.', 'id', REF)).toEqual([['tahun 2009', '2009']]);
  });

  it('the age "berusia 30 tahun" is not a duration', () => {
    expect(findDates('Pelaku berusia 30 tahun.', 'id', REF)).toEqual([]);
  });

  it('lower-case "minggu" alone is a week, never Sunday', () => {
    expect(pairs('Proses itu memakan waktu dua minggu.', 'id', REF)).toEqual([['dua minggu', 'P2W']]);
  });
});

describe('id relative expressions without a reference date', () => {
  it('values relative expressions null, absolute ones still', () => {
    expect(pairs('Kemarin rapat membahas anggaran 2024.', 'id', null)).toEqual([
      ['Kemarin', null],
      ['2024', '2024'],
    ]);
  });
});

describe('id rules carry names', () => {
  it('every candidate names its rule', () => {
    const found = findDates('Senin (18/9/2023) pukul 10.00 WIB, pekan lalu, tiga hari lalu.', 'id', REF);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.rule).toMatch(/^id\.(date|time|set|duration)\.[a-z-]+$/);
  });
});

describe('inferReferenceDate (id)', () => {
  it.each([
    ['JAKARTA, KOMPAS.com - Menteri meninjau pasar, Senin (29/12/2014).', '2014-12-29'],
    [
      'Foto: suasana pelabuhan pada 3 Maret 2019.\nSURABAYA - Wali kota meresmikan taman pada Selasa, 19 September 2023.',
      '2023-09-19',
    ],
    ['BANDUNG - Pameran buku dibuka 12 Mei 2022 dan berlangsung sepekan.', '2022-05-12'],
    ['Warga mengeluhkan harga beras yang terus naik.', null],
  ])('%s → %s', (text, want) => {
    expect(inferReferenceDate(doc(text, 'id'))).toBe(want);
  });
});

describe('id future cues and references found on new articles', () => {
  it.each<[string, [string, string | null][]]>([
    ['Pemerintah akan menyalurkan bantuan dalam waktu dekat.', [['waktu dekat', 'FUTURE_REF']]],
    // a bare month after a target or projection lies ahead
    ['Jembatan itu ditargetkan rampung pada Maret.', [['Maret', '2024-03']]],
    ['Produksi padi diproyeksikan naik pada Maret.', [['Maret', '2024-03']]],
    // without a cue, a bare month already past this year stays in this year
    ['Harga beras naik pada Maret.', [['Maret', '2023-03']]],
    // "dekat" alone is a place word, not a time
    ['Rumahnya berada di dekat pasar.', []],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'id', REF)).toEqual(expected);
  });
});

describe('id a bare weekday the text already dated (held-out round 2, reference Monday 2023-11-06)', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'Rusma mengatakan hal itu saat dihubungi, Selasa (7/11/2023). Bupati meninjau pengungsian pada Selasa pagi.',
      [
        ['Selasa (7/11/2023)', '2023-11-07'],
        ['Selasa pagi', '2023-11-07TMO'],
      ],
    ],
    [
      'Warga dievakuasi Selasa (7/11). Bantuan tiba pada Selasa.',
      [
        ['Selasa (7/11)', '2023-11-07'],
        ['Selasa', '2023-11-07'],
      ],
    ],
    // no dated Tuesday before: the Tuesday before the reference date
    ['Bantuan tiba pada Selasa.', [['Selasa', '2023-10-31']]],
    // a dated Tuesday far from the reference date does not anchor
    [
      'Sidang pertama digelar Selasa (3/10/2023). Bantuan tiba pada Selasa.',
      [
        ['Selasa (3/10/2023)', '2023-10-03'],
        ['Selasa', '2023-10-31'],
      ],
    ],
    // a weekday with its own week is that week's
    [
      'Warga dievakuasi Selasa (7/11). Hujan turun Selasa pekan lalu.',
      [
        ['Selasa (7/11)', '2023-11-07'],
        ['Selasa pekan lalu', '2023-10-31'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'id', '2023-11-06')).toEqual(expected);
  });
});

describe('id a quarter or half with "lalu" / "mendatang" after it (held-out round 2)', () => {
  it.each<[string, string, [string, string | null][]]>([
    ['Kuartal IV lalu ekonomi tumbuh 5 persen.', '2025-01-10', [['Kuartal IV lalu', '2024-Q4']]],
    ['Kuartal II lalu penjualan turun.', '2025-08-10', [['Kuartal II lalu', '2025-Q2']]],
    ['Semester I mendatang diperkirakan stabil.', '2025-08-10', [['Semester I mendatang', '2026-H1']]],
    ['Target naik pada kuartal I mendatang.', '2025-01-10', [['kuartal I mendatang', '2025-Q1']]],
    // without the word after, the nearest: this year's, unless it lies more than half a year ahead (as a bare month)
    ['Ekonomi tumbuh pada kuartal IV.', '2025-01-10', [['kuartal IV', '2024-Q4']]],
    ['Ekonomi tumbuh pada kuartal III.', '2025-01-10', [['kuartal III', '2025-Q3']]],
  ])('%s (ref %s)', (sentence, ref, expected) => {
    expect(pairs(sentence, 'id', ref)).toEqual(expected);
  });
});

describe('id a weather outlook looks ahead (held-out round 3, reference Tuesday 2024-11-19)', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'Hujan lebat diprakirakan turun pada Kamis dan Jumat.',
      [
        ['Kamis', '2024-11-21'],
        ['Jumat', '2024-11-22'],
      ],
    ],
    ['Gelombang tinggi berpotensi terjadi pada Sabtu.', [['Sabtu', '2024-11-23']]],
    // an estimate of when something happened stays behind
    ['Kebakaran diperkirakan terjadi pada Senin malam.', [['Senin malam', '2024-11-18TNI']]],
    ['Hujan deras turun pada Kamis.', [['Kamis', '2024-11-14']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'id', '2024-11-19')).toEqual(expected);
  });
});

describe('id a bare clock time far after the last date named is the reference day (held-out round 3)', () => {
  const filler =
    'Petugas kesehatan memeriksa tekanan darah setiap penumpang sebelum naik ke pesawat. Mereka juga membagikan masker, obat-obatan ringan, dan botol air minum kepada rombongan yang sudah lanjut usia. ';
  it('anchors a clock on the reference day once the named day lies paragraphs back', () => {
    const text = `Keberangkatan terakhir dijadwalkan pada 31 Mei 2025.\n\n${filler.repeat(4)}\n\nRombongan tiba sekitar pukul 08.00 waktu setempat.`;
    expect(pairs(text, 'id', '2025-05-02')).toEqual([
      ['31 Mei 2025', '2025-05-31'],
      ['sekitar pukul 08.00 waktu setempat', '2025-05-02T08:00'],
    ]);
  });
  it('still anchors a clock on a day named shortly before', () => {
    const text = `Keberangkatan terakhir dijadwalkan pada 31 Mei 2025.\n\n${filler}\n\nRombongan tiba sekitar pukul 08.00 waktu setempat.`;
    expect(pairs(text, 'id', '2025-05-02')).toEqual([
      ['31 Mei 2025', '2025-05-31'],
      ['sekitar pukul 08.00 waktu setempat', '2025-05-31T08:00'],
    ]);
  });
});

describe('id a day something lasts until frames no later clock time (held-out round 3, reference Monday 2024-11-11)', () => {
  it('keeps the story day for a bare clock after "hingga <day>"', () => {
    const text =
      'Kecelakaan terjadi Senin (11/11/2024) sore. Korban dirawat hingga Selasa (12/11/2024) pagi. Arus lalu lintas kembali normal pada pukul 21.30 WIB.';
    expect(pairs(text, 'id', '2024-11-11').slice(-1)).toEqual([['pukul 21.30 WIB', '2024-11-11T21:30']]);
  });
  it('still anchors on a day named without "hingga"', () => {
    const text = 'Korban dipindahkan pada Selasa (12/11/2024) pagi. Ambulans tiba pukul 09.30 WIB.';
    expect(pairs(text, 'id', '2024-11-11').slice(-1)).toEqual([['pukul 09.30 WIB', '2024-11-12T09:30']]);
  });
});

describe('inferReferenceDate (id): the day the reporter reached a source (held-out round 3)', () => {
  it.each([
    [
      'MEDAN - Kebakaran lahan meluas sejak Kamis (8/8/2024). "Api sulit dipadamkan," kata Ahmad saat dikonfirmasi, Sabtu (10/8/2024).',
      '2024-08-10',
    ],
    [
      'PADANG - Banjir melanda Senin (6/11/2023) malam. Bupati X ketika ditemui di kantornya, Selasa (7/11/2023), meminta warga waspada.',
      '2023-11-07',
    ],
    // a later day that is no contact, or a contact more than six days on, leaves the lead's day
    [
      'MEDAN - Kebakaran lahan meluas sejak Kamis (8/8/2024). Sidang digelar Sabtu (10/8/2024).',
      '2024-08-08',
    ],
    [
      'MEDAN - Kebakaran lahan meluas sejak Kamis (8/8/2024). Ia menjelaskan saat dihubungi, Selasa (20/8/2024), api padam.',
      '2024-08-08',
    ],
  ])('%s → %s', (text, want) => {
    expect(inferReferenceDate(doc(text, 'id'))).toBe(want);
  });
  it('counts "besok" in the quote from the day the source spoke', () => {
    const text =
      'MEDAN - Kebakaran lahan meluas sejak Kamis (8/8/2024). Helikopter dijadwalkan tiba besok, kata Ahmad saat dikonfirmasi, Sabtu (10/8/2024).';
    const ref = inferReferenceDate(doc(text, 'id'));
    expect(pairs(text, 'id', ref).find(([t]) => t === 'besok')).toEqual(['besok', '2024-08-11']);
  });
});

describe('inferReferenceDate (id): a lead that announces an event ahead (held-out round 3)', () => {
  it.each([
    [
      'JAKARTA - MK akan membacakan putusan pada Senin (24/2/2025). “Majelis sudah siap,” ujarnya di Gedung MK, Jakarta, Jumat (21/2/2025).',
      '2025-02-21',
    ],
    // a lead that reports an event past keeps its day even when a source spoke before it
    [
      'JAKARTA - MK membacakan putusan pada Senin (24/2/2025). “Majelis sudah siap,” ujarnya di Gedung MK, Jakarta, Jumat (21/2/2025).',
      '2025-02-24',
    ],
    // the end of a span ahead ("hingga", "sampai") is announced too (the sixteenth session's audit)
    [
      'JAKARTA - Warga diminta mewaspadai hujan lebat hingga Minggu (24/11/2024). “Ombak juga tinggi,” kata Guswanto dalam keterangan tertulis, Kamis (21/11/2024).',
      '2024-11-21',
    ],
    // negative: with no source's day before it, the span's end stays the day
    ['JAKARTA - Warga diminta mewaspadai hujan lebat hingga Minggu (24/11/2024).', '2024-11-24'],
  ])('%s → %s', (text, want) => {
    expect(inferReferenceDate(doc(text, 'id'))).toBe(want);
  });
});

describe('id "kuartal sebelumnya" next to the quarter named (held-out round 3)', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'Ekonomi tumbuh 5,05 persen pada kuartal II-2024, melambat dibandingkan kuartal sebelumnya.',
      [
        ['kuartal II-2024', '2024-Q2'],
        ['kuartal sebelumnya', '2024-Q1'],
      ],
    ],
    [
      'Laba naik pada kuartal I-2025 dibandingkan kuartal sebelumnya.',
      [
        ['kuartal I-2025', '2025-Q1'],
        ['kuartal sebelumnya', '2024-Q4'],
      ],
    ],
    // no quarter named before: the one before the reference date's
    ['Ekonomi melambat dibandingkan kuartal sebelumnya.', [['kuartal sebelumnya', '2024-Q2']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'id', '2024-08-05')).toEqual(expected);
  });
});
