// Date audit 29, Indonesian and English. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/** A Wednesday. */
const REF = '2026-11-25';

type Case = [sentence: string, expected: [string, string | null][]];
type DatedCase = [sentence: string, reference: string, expected: [string, string | null][]];

describe('id "tanggal 17 bulan depan": a day of the month counted from the reference date', () => {
  describe('that day of that month', () => {
    it.each<DatedCase>([
      ['Rapat lanjutan dijadwalkan tanggal 17 bulan depan.', REF, [['tanggal 17 bulan depan', '2026-12-17']]],
      ['Gaji pegawai cair tanggal 5 bulan ini.', REF, [['tanggal 5 bulan ini', '2026-11-05']]],
      // (not three months back: "tanggal" makes the number a day)
      ['Kapal itu tenggelam tanggal 3 bulan lalu.', REF, [['tanggal 3 bulan lalu', '2026-10-03']]],
      ['Pendaftaran ditutup tgl. 20 bulan depan.', REF, [['tgl. 20 bulan depan', '2026-12-20']]],
      // (across the year's end)
      ['Tarif baru berlaku tanggal 1 bulan depan.', '2026-12-10', [['tanggal 1 bulan depan', '2027-01-01']]],
      ['Laporan itu terbit tanggal 28 bulan lalu.', '2026-01-10', [['tanggal 28 bulan lalu', '2025-12-28']]],
      ['Kontrak habis tanggal 15 bulan mendatang.', REF, [['tanggal 15 bulan mendatang', '2026-12-15']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('no such day, or no day of the month', () => {
    it.each<DatedCase>([
      // (February has no 31st: the span, no value)
      ['Batas akhir tanggal 31 bulan depan.', '2026-01-10', [['tanggal 31 bulan depan', null]]],
      // three months back, the offset's
      ['Kapal itu tenggelam 3 bulan lalu.', REF, [['3 bulan lalu', '2026-08']]],
      ['Harga naik sejak bulan lalu.', REF, [['bulan lalu', '2026-10']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

describe("id Idul Fitri and Idul Adha 2026 from the government's holiday decree (SKB 1497/2025)", () => {
  describe('the day fixed', () => {
    it.each<DatedCase>([
      ['Pemudik memadati terminal saat Lebaran tahun ini.', REF, [['Lebaran tahun ini', '2026-03-21']]],
      ['Arus mudik memuncak pada H-2 Lebaran.', '2026-03-01', [['H-2 Lebaran', '2026-03-19']]],
      ['Jumlah pemudik pada Lebaran 2026 naik.', '2024-06-01', [['Lebaran 2026', '2026-03-21']]],
      ['Peternak kebanjiran pesanan menjelang Iduladha.', '2026-05-01', [['Iduladha', '2026-05-27']]],
      ['Harga daging naik setelah Idul Adha tahun ini.', REF, [['Idul Adha tahun ini', '2026-05-27']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('a year not fixed yet: no guess', () => {
    it.each<DatedCase>([
      // (the coming one is 2027's, which no decree fixes yet)
      ['Harga naik menjelang Lebaran.', REF, [['Lebaran', null]]],
      ['Pemudik memadati jalur selatan saat Lebaran 2027.', REF, [['Lebaran 2027', null]]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

describe('id Imlek, "Tahun Baru Imlek": the lunar new year, not 1 January', () => {
  describe("the lunar new year's day", () => {
    it.each<DatedCase>([
      ['Vihara ramai pada Tahun Baru Imlek 2025.', REF, [['Tahun Baru Imlek 2025', '2025-01-29']]],
      // (the Kongzili year runs 551 ahead)
      [
        'Tahun Baru Imlek 2577 Kongzili dirayakan meriah.',
        REF,
        [['Tahun Baru Imlek 2577 Kongzili', '2026-02-17']],
      ],
      ['Perayaan Imlek tahun lalu berlangsung meriah.', REF, [['Imlek tahun lalu', '2025-01-29']]],
      // ("menjelang": the coming one)
      ['Pedagang kue keranjang sibuk menjelang Imlek.', REF, [['Imlek', '2027-02-06']]],
      ['Penjualan lampion naik setelah Imlek.', '2026-03-02', [['Imlek', '2026-02-17']]],
      ['Harga jeruk naik pada H-3 Imlek.', '2024-01-20', [['H-3 Imlek', '2024-02-07']]],
      // "Tahun Baru" alone is still 1 January
      [
        'Jalanan padat saat Natal dan Tahun Baru.',
        REF,
        [
          ['Natal', '2026-12-25'],
          ['Tahun Baru', '2027-01-01'],
        ],
      ],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('no day', () => {
    it.each<DatedCase>([
      // a year outside the table: the span, no guess
      ['Festival itu pertama digelar saat Imlek 1995.', REF, [['Imlek 1995', null]]],
      // the feast in a name
      ['Pameran digelar di Gedung Imlek.', REF, []],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

describe('id "HUT ke-79 RI", "HUT RI ke-80": Independence Day of the year the count gives', () => {
  describe('17 August of that year', () => {
    it.each<DatedCase>([
      ['Upacara HUT ke-79 RI digelar di Ibu Kota Nusantara.', REF, [['HUT ke-79 RI', '2024-08-17']]],
      ['Warga menghias gapura menyambut HUT RI ke-80.', REF, [['HUT RI ke-80', '2025-08-17']]],
      [
        'Spanduk bertuliskan Dirgahayu Republik Indonesia ke-81 terpasang.',
        REF,
        [['Dirgahayu Republik Indonesia ke-81', '2026-08-17']],
      ],
      [
        'Lomba panjat pinang memeriahkan Hari Ulang Tahun ke-80 Kemerdekaan RI.',
        REF,
        [['Hari Ulang Tahun ke-80 Kemerdekaan RI', '2025-08-17']],
      ],
      // (without a count: the year's, as "Hari Kemerdekaan")
      ['Sekolah libur saat HUT Kemerdekaan RI.', REF, [['HUT Kemerdekaan RI', '2026-08-17']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('no date: the anniversary of a city or a body', () => {
    it.each<DatedCase>([
      ['Pesta rakyat memeriahkan HUT ke-499 Jakarta.', REF, []],
      ['Polisi menggelar upacara HUT ke-80 Bhayangkara.', REF, []],
      ['anak-anak ikut lomba hut ri di kampung.', REF, []],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

describe('en "Black Friday", "Cyber Monday", "Boxing Day", "Lunar New Year" (reference Wednesday 2026-11-25)', () => {
  describe('the day of the holiday', () => {
    it.each<Case>([
      // (the day after Thanksgiving, 26 November 2026; not the Friday just past)
      ['Retailers opened their doors early on Black Friday.', [['Black Friday', '2026-11-27']]],
      ['Online sales are expected to peak on Cyber Monday.', [['Cyber Monday', '2026-11-30']]],
      ['The sales began on Boxing Day.', [['Boxing Day', '2025-12-26']]],
      // (the lunar new year of 2027 falls on 6 February)
      ['Factories will close for the Lunar New Year.', [['Lunar New Year', '2027-02-06']]],
      ['Travel peaked before Chinese New Year.', [['Chinese New Year', '2026-02-17']]],
      ["Families gathered for dinner on Chinese New Year's Eve.", [["Chinese New Year's Eve", '2026-02-16']]],
      // "New Year's Day" alone is still 1 January
      ["The parade took place on New Year's Day.", [["New Year's Day", '2026-01-01']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no day the table gives', () => {
    it.each<DatedCase>([
      // a reference date past the table's last year
      ['Factories will close for the Lunar New Year.', '2031-06-01', [['Lunar New Year', null]]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'en', reference)).toEqual(expected);
    });
  });
});

describe('en "Q3", "H1 2025", "FY2025": quarters, halves and fiscal years in short (reference Wednesday 2026-11-25)', () => {
  describe('the quarter, half or year', () => {
    it.each<Case>([
      ['Revenue grew 8 percent in Q3.', [['Q3', '2026-Q3']]],
      [
        'Revenue fell in Q1 and recovered in Q2.',
        [
          ['Q1', '2026-Q1'],
          ['Q2', '2026-Q2'],
        ],
      ],
      ['Earnings in H1 2025 beat forecasts.', [['H1 2025', '2025-H1']]],
      ['Margins widened in H2 2024.', [['H2 2024', '2024-H2']]],
      ['The group expects a profit in FY2027.', [['FY2027', '2027']]],
      ['Sales targets for FY 2026 were cut.', [['FY 2026', '2026']]],
      ['Net income rose in FY25.', [['FY25', '2025']]],
      ['Guidance for Q4 FY2026 was lowered.', [['Q4 FY2026', '2026-Q4']]],
      ['Costs rose in H1 FY26.', [['H1 FY26', '2026-H1']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no quarter or year', () => {
    it.each<Case>([
      ['Health officials tracked the H1N1 virus.', []],
      ['She applied for an H1 visa.', []],
      ['The players advanced to the q3 round.', []],
      ['The fy2025 file was lost.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "2 1/2 years", "twenty four hours", "a couple of years": durations', () => {
  describe('the amount of time', () => {
    it.each<Case>([
      ['The refugees lived in the camp for 2 1/2 years.', [['2 1/2 years', 'P2Y6M']]],
      ['The flight took 5 1/2 hours.', [['5 1/2 hours', 'PT5H30M']]],
      ['The talks ran for 3½ days.', [['3½ days', 'P3DT12H']]],
      [
        'The currency fell 5 percent in the last twenty four hours.',
        [['the last twenty four hours', 'PT24H']],
      ],
      ['Rescuers worked for thirty six hours.', [['thirty six hours', 'PT36H']]],
      ['The strike lasted a couple of years.', [['a couple of years', 'P2Y']]],
      ['Growth will slow over the next couple of years.', [['the next couple of years', 'P2Y']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no such amount', () => {
    it.each<Case>([
      // a fraction alone: no hours counted from its denominator
      ['He waited 1/2 hour in the rain.', []],
      // two numbers, not "fifty four"
      ['The score was five four hours into the match.', [['four hours', 'PT4H']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('id "Sabtu-Minggu (29-30/11)": each day in the year its weekday fits', () => {
  it.each<DatedCase>([
    // (29 November 2025 is a Saturday; 29 November 2026 a Sunday)
    [
      'Bazar digelar Sabtu-Minggu (29-30/11) di alun-alun.',
      REF,
      [
        ['Sabtu', '2025-11-29'],
        ['Minggu (29-30/11)', '2025-11-30'],
      ],
    ],
    [
      'Bazar digelar Sabtu-Minggu (28-29/11) di alun-alun.',
      REF,
      [
        ['Sabtu', '2026-11-28'],
        ['Minggu (28-29/11)', '2026-11-29'],
      ],
    ],
  ])('%s', (sentence, reference, expected) => {
    expect(pairs(sentence, 'id', reference)).toEqual(expected);
  });
});

describe('id "malam pergantian tahun": the night of 31 December, as "malam tahun baru"', () => {
  describe('the night', () => {
    it.each<DatedCase>([
      [
        'Polisi berjaga pada malam pergantian tahun.',
        '2027-01-02',
        [['malam pergantian tahun', '2026-12-31TNI']],
      ],
      [
        'Pesta kembang api akan dilarang pada malam pergantian tahun nanti.',
        REF,
        [
          ['malam pergantian tahun', '2026-12-31TNI'],
          ['nanti', 'FUTURE_REF'],
        ],
      ],
      [
        'Jalanan ramai pada malam pergantian tahun baru.',
        '2027-01-02',
        [['malam pergantian tahun baru', '2026-12-31TNI']],
      ],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('no night', () => {
    it.each<DatedCase>([
      ['Saat Pergantian Tahun warga berkumpul.', REF, []],
      ['Harga naik menjelang pergantian tahun.', REF, []],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

describe('id "satu setengah tahun", "setengah tahun lalu": half units counted whole', () => {
  describe('a duration', () => {
    it.each<DatedCase>([
      ['Proyek itu mangkrak selama satu setengah tahun.', REF, [['satu setengah tahun', 'P1Y6M']]],
      ['Terdakwa divonis dua setengah tahun penjara.', REF, [['dua setengah tahun', 'P2Y6M']]],
      ['Rapat berlangsung tiga setengah jam.', REF, [['tiga setengah jam', 'PT3H30M']]],
      ['Ia bekerja di sana setengah tahun.', REF, [['setengah tahun', 'P6M']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('a time ago or ahead, in months', () => {
    it.each<DatedCase>([
      // (was "tahun lalu", last year)
      ['Ia pindah ke Surabaya setengah tahun lalu.', REF, [['setengah tahun lalu', '2026-05']]],
      ['Gedung itu terbakar 1,5 tahun lalu.', REF, [['1,5 tahun lalu', '2025-05']]],
      ['Pabrik ditutup dua setengah tahun silam.', REF, [['dua setengah tahun silam', '2024-05']]],
      ['Jembatan rampung setengah tahun lagi.', REF, [['setengah tahun lagi', '2027-05']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

describe('en "a week from Friday", "two weeks from today": a day counted from another (reference Wednesday 2026-11-25)', () => {
  describe('the day', () => {
    it.each<Case>([
      // (the coming Friday, 27 November, and a week on; was "Friday" the one just past)
      ['The results come out a week from Friday.', [['a week from Friday', '2026-12-04']]],
      ['The hearing was moved to a week from Monday.', [['a week from Monday', '2026-12-07']]],
      ['The deadline is two weeks from today.', [['two weeks from today', '2026-12-09']]],
      ['The trial opens ten days from tomorrow.', [['ten days from tomorrow', '2026-12-06']]],
      ['The rule takes effect a year from today.', [['a year from today', '2027-11-25']]],
      // ("from now" as before)
      ['The vote is three days from now.', [['three days from now', '2026-11-28']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no day counted', () => {
    it.each<Case>([
      ['Several weeks from today the law ends.', [['Several weeks from today', 'FUTURE_REF']]],
      // a span between two days
      [
        'Crews work two weeks from Friday to Friday.',
        [
          ['two weeks', 'P2W'],
          ['Friday', '2026-11-20'],
          ['Friday', '2026-11-20'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "Easter Monday", "Ash Wednesday", "MLK Day", "Veterans Day", "St. Patrick\'s Day" (reference Wednesday 2026-11-25)', () => {
  it.each<Case>([
    // (was "Easter" and "Monday", two days)
    ['The final is on Easter Monday.', [['Easter Monday', '2027-03-29']]],
    ['Services were held on Ash Wednesday.', [['Ash Wednesday', '2026-02-18']]],
    ['Crowds waved branches on Palm Sunday.', [['Palm Sunday', '2026-03-29']]],
    ['Markets were closed on Martin Luther King Jr. Day.', [['Martin Luther King Jr. Day', '2026-01-19']]],
    ['Banks were shut on MLK Day.', [['MLK Day', '2026-01-19']]],
    ["Retailers held sales on Presidents' Day.", [["Presidents' Day", '2026-02-16']]],
    ['Veterans marched on Veterans Day.', [['Veterans Day', '2026-11-11']]],
    ['Wreaths were laid on Remembrance Day.', [['Remembrance Day', '2026-11-11']]],
    ["Parades were held on St. Patrick's Day.", [["St. Patrick's Day", '2026-03-17']]],
    ['The city marked Juneteenth with a festival.', [['Juneteenth', '2026-06-19']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe('en "the week before last", "the month before last" (reference Wednesday 2026-11-25)', () => {
  describe('two back', () => {
    it.each<Case>([
      ['Sales fell the week before last.', [['the week before last', '2026-W46']]],
      ['The vote came the month before last.', [['the month before last', '2026-09']]],
      ['The plant opened the year before last.', [['the year before last', '2024']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('"last" opens another expression', () => {
    it.each<Case>([
      ["He resigned the week before last week's vote.", [['last week', '2026-W47']]],
      ["He left the week before last year's election.", [['last year', '2025']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "Black Monday", "Super Tuesday", "Bloody Sunday": a day of its own name, no weekday of the week (reference Wednesday 2026-11-25)', () => {
  describe('no weekday', () => {
    it.each<Case>([
      // (was "Monday" 2026-11-23)
      ['Stocks tumbled on the Black Monday anniversary.', []],
      ['Voters head to the polls on Super Tuesday.', []],
      ['The march recalled Bloody Sunday.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('still the weekday', () => {
    it.each<Case>([
      ['The shares turned black Monday.', [['Monday', '2026-11-23']]],
      ['Black Friday sales opened early.', [['Black Friday', '2026-11-27']]],
      ['The Super Bowl was played last Sunday.', [['last Sunday', '2026-11-22']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('id "pekan ketiga bulan ini", "minggu pertama bulan depan": a week of the month counted from the reference date', () => {
  describe('the ISO week', () => {
    it.each<DatedCase>([
      ['Harga cabai naik pada pekan ketiga bulan ini.', REF, [['pekan ketiga bulan ini', '2026-W47']]],
      ['Sekolah libur pada minggu pertama bulan depan.', REF, [['minggu pertama bulan depan', '2026-W49']]],
      ['Hujan deras turun pada pekan terakhir bulan lalu.', REF, [['pekan terakhir bulan lalu', '2026-W44']]],
      // (across the year's end)
      [
        'Sekolah libur pada minggu pertama bulan depan.',
        '2026-12-20',
        [['minggu pertama bulan depan', '2027-W01']],
      ],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('a count of weeks, no week of the month', () => {
    it.each<DatedCase>([
      [
        'Hujan turun dalam dua minggu terakhir bulan ini.',
        REF,
        [
          ['dua minggu terakhir', 'P2W'],
          ['bulan ini', '2026-11'],
        ],
      ],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

describe('en a day told with its part, "on the morning of March 3", after a past verb lies behind (reference Wednesday 2026-11-25)', () => {
  describe('the day gone by', () => {
    it.each<Case>([
      // (was the nearest, 2027-03-03)
      ['Trading resumed on the morning of March 3.', [['March 3', '2026-03-03']]],
      ['Troops attacked on the night of Feb. 10.', [['Feb. 10', '2026-02-10']]],
      ['The protest continued on the afternoon of Dec. 20.', [['Dec. 20', '2025-12-20']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('still ahead', () => {
    it.each<Case>([
      ['The ceremony will take place on the evening of March 3.', [['March 3', '2027-03-03']]],
      ['Doors open on the morning of Dec. 20.', [['Dec. 20', '2026-12-20']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('id "Natal lalu", "Natal mendatang", "Natal tahun lalu", and "Natal" told in January: the Christmas meant', () => {
  describe('the year', () => {
    it.each<DatedCase>([
      // (in the weeks after it, the one just past; was the coming one, 2026-12-25)
      [
        'Jalanan padat saat libur Natal dan Tahun Baru.',
        '2026-01-12',
        [
          ['Natal', '2025-12-25'],
          ['Tahun Baru', '2026-01-01'],
        ],
      ],
      ['Gereja penuh pada malam Natal.', '2026-01-12', [['malam Natal', '2025-12-24TNI']]],
      ['Gereja penuh saat Natal lalu.', REF, [['Natal lalu', '2025-12-25']]],
      ['Gereja penuh saat Natal lalu.', '2026-12-28', [['Natal lalu', '2026-12-25']]],
      ['Natal mendatang dirayakan sederhana.', REF, [['Natal mendatang', '2026-12-25']]],
      // ("tahun lalu" its own expression, as after "Natal tahun ini")
      [
        'Perayaan Natal tahun lalu meriah.',
        REF,
        [
          ['Natal', '2025-12-25'],
          ['tahun lalu', '2025'],
        ],
      ],
      // (as before: the year's)
      ['Harga naik menjelang Natal.', REF, [['Natal', '2026-12-25']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});
