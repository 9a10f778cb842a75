// Date audit 28, English and Indonesian. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/** A Wednesday. */
const REF = '2026-11-25';

type Case = [sentence: string, expected: [string, string | null][]];

describe('en "Easter week", "Holy Week", "the Easter weekend" (reference Wednesday 2026-11-25)', () => {
  describe('the week that ends with Easter Sunday', () => {
    it.each<Case>([
      // (the nearest Easter: 28 March 2027)
      ['Shops in the old town stay shut during Easter week.', [['Easter week', '2027-W12']]],
      // (told in the past: Easter 2026 fell on 5 April)
      ['Pilgrims crowded the basilica as Holy Week began.', [['Holy Week', '2026-W14']]],
      ['Roads were jammed over the Easter weekend.', [['Easter weekend', '2026-W14-WE']]],
      [
        'The festival will return after Easter Week next year.',
        [
          ['Easter Week', '2027-W12'],
          ['next year', '2027'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('Easter the day', () => {
    it.each<Case>([
      ['The ferry timetable changes a week after Easter.', [['Easter', '2027-03-28']]],
      ['The choir sang at the Easter vigil.', [['Easter', '2026-04-05']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en a day of the month spelled as an ordinal (reference Wednesday 2026-11-25)', () => {
  describe('a day', () => {
    it.each<Case>([
      ['The vote is set for the twenty-first of May.', [['the twenty-first of May', '2027-05-21']]],
      ['Her grandmother was born on the third of June, 1931.', [['the third of June, 1931', '1931-06-03']]],
      [
        'The anniversary falls on the thirty-first of January.',
        [['the thirty-first of January', '2027-01-31']],
      ],
      // (21 April 2026 is a Tuesday)
      [
        'Lawmakers met again on Tuesday, April the twenty first.',
        [['Tuesday, April the twenty first', '2026-04-21']],
      ],
      ['Applications close on June thirtieth, 2027.', [['June thirtieth, 2027', '2027-06-30']]],
      [
        'The carnival starts this coming Sunday, December sixth.',
        [['this coming Sunday, December sixth', '2026-12-06']],
      ],
      // ("May" after a preposition is the month)
      ['The parade is on May first.', [['May first', '2027-05-01']]],
      [
        "The club president reads the first of March's letters aloud.",
        [['the first of March', '2027-03-01']],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no day', () => {
    it.each<Case>([
      // "May" the modal
      ['May first be approved by the board?', []],
      // the ordinal of a round
      ['She won the March second round by a wide margin.', [['March', '2026-03']]],
      ['They marked the first of many anniversaries.', []],
      ['It was the second of the three tests.', []],
      // no such day: the month alone
      ['Staff were told to return on the thirty-first of February.', [['February', '2026-02']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "the previous Friday", "the following Thursday": a weekday counted from the last day named (reference Wednesday 2026-11-25)', () => {
  describe('from the day named', () => {
    it.each<Case>([
      [
        'The index closed at 2,100 on Friday, down 4 percent from the previous Friday.',
        [
          ['Friday', '2026-11-20'],
          ['the previous Friday', '2026-11-13'],
        ],
      ],
      [
        'The strike began on Monday, March 2, 2026, and ended the following Thursday.',
        [
          ['Monday, March 2, 2026', '2026-03-02'],
          ['the following Thursday', '2026-03-05'],
        ],
      ],
      [
        'The board met on Tuesday, November 17. The previous Tuesday it had delayed the vote.',
        [
          ['Tuesday, November 17', '2026-11-17'],
          ['The previous Tuesday', '2026-11-10'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('with no day named, from the reference date', () => {
    it.each<Case>([
      [
        'The company said the previous Friday that it would cut jobs.',
        [['the previous Friday', '2026-11-20']],
      ],
      ["The previous Friday's session was calmer.", [['The previous Friday', '2026-11-20']]],
      [
        'Officers returned the following Saturday night.',
        [['the following Saturday night', '2026-11-28TNI']],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "fortnight" (reference Wednesday 2026-11-25)', () => {
  describe('two weeks', () => {
    it.each<Case>([
      ['Fares have climbed over the past fortnight.', [['the past fortnight', 'P2W']]],
      ['A ruling is expected within the next fortnight.', [['the next fortnight', 'P2W']]],
      ['The fair runs for a fortnight.', [['a fortnight', 'P2W']]],
      ['The crew spent more than a fortnight at sea.', [['more than a fortnight', 'P2W']]],
      ['The pier collapsed a fortnight ago.', [['a fortnight ago', '2026-W46']]],
      [
        'The strike began on November 2 and ended a fortnight later.',
        [
          ['November 2', '2026-11-02'],
          ['a fortnight later', '2026-11-16'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no span of time', () => {
    it.each<Case>([
      // a rate
      ['Caretakers earn £40 a fortnight.', []],
      ['He was a fortnightly columnist.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

type DatedCase = [sentence: string, reference: string, expected: [string, string | null][]];

describe('id Lebaran, Idul Fitri, Idul Adha and "H-3 Lebaran": the day the government fixed', () => {
  describe('the feast day, or days before or after it', () => {
    it.each<DatedCase>([
      // (Idul Fitri 2024 fell on 10 April)
      ['Arus mudik diperkirakan memuncak pada H-3 Lebaran.', '2024-03-14', [['H-3 Lebaran', '2024-04-07']]],
      ['Puncak arus balik terjadi pada H+2 Lebaran.', '2024-03-14', [['H+2 Lebaran', '2024-04-12']]],
      ['Jalan tol fungsional dibuka mulai H-7 Idulfitri.', '2024-03-14', [['H-7 Idulfitri', '2024-04-03']]],
      [
        'Pada Hari Raya Idul Fitri tahun ini, jalan tol padat.',
        '2024-03-14',
        [['Hari Raya Idul Fitri tahun ini', '2024-04-10']],
      ],
      [
        'Jumlah pemudik pada Lebaran 2023 mencapai 120 juta orang.',
        '2024-03-14',
        [['Lebaran 2023', '2023-04-22']],
      ],
      ['Ia pulang kampung saat lebaran tahun lalu.', '2024-03-14', [['lebaran tahun lalu', '2023-04-22']]],
      [
        'Pedagang sapi kurban kebanjiran pesanan menjelang Iduladha.',
        '2024-03-14',
        [['Iduladha', '2024-06-17']],
      ],
      // ("menjelang": the coming one, though the last is nearer)
      ['Harga daging naik menjelang Lebaran.', '2024-06-20', [['Lebaran', '2025-03-31']]],
      // (the nearest one)
      ['Harga daging naik setelah Lebaran.', '2024-06-20', [['Lebaran', '2024-04-10']]],
      // (a lowercase "h-3" is no countdown)
      ['Jumlah penumpang pada h-3 lebaran naik.', '2024-03-14', [['lebaran', '2024-04-10']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
  describe('no day', () => {
    it.each<DatedCase>([
      // the feast in a name
      ['Shalat Id digelar di Masjid Idul Fitri.', '2024-03-14', []],
      // a year the table does not hold: the span, no guess
      ['Pemudik memadati jalur selatan saat Lebaran 2030.', '2024-03-14', [['Lebaran 2030', null]]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'id', reference)).toEqual(expected);
    });
  });
});

describe('id "malam tahun baru": the night of 31 December; "malam Natal": Christmas Eve', () => {
  it.each<DatedCase>([
    ['Kembang api dinyalakan pada malam tahun baru.', '2024-03-14', [['malam tahun baru', '2023-12-31TNI']]],
    [
      'Polisi akan menutup jalan protokol pada malam pergantian tahun baru.',
      '2024-03-14',
      [['malam pergantian tahun baru', '2024-12-31TNI']],
    ],
    // (the day itself stays the day)
    ['Warga merayakan Tahun Baru di alun-alun.', '2024-03-14', [['Tahun Baru', '2024-01-01']]],
    // "malam Natal": Christmas Eve
    ['Pada malam Natal, gereja dijaga ketat.', '2026-11-25', [['malam Natal', '2026-12-24TNI']]],
    ['Misa malam Natal digelar di katedral.', '2026-11-25', [['malam Natal', '2026-12-24TNI']]],
    [
      'Pada Natal tahun ini, gereja penuh.',
      '2026-11-25',
      [
        ['Natal', '2026-12-25'],
        ['tahun ini', '2026'],
      ],
    ],
  ])('%s', (sentence, reference, expected) => {
    expect(pairs(sentence, 'id', reference)).toEqual(expected);
  });
});

describe('en a day and month right after a past verb lies behind (reference Wednesday 2026-11-25)', () => {
  describe('the day gone by', () => {
    it.each<Case>([
      ['The station reopened on March 1.', [['March 1', '2026-03-01']]],
      // (the coming 9 January is nearer, but the bridge has fallen)
      ['The old bridge collapsed on January 9.', [['January 9', '2026-01-09']]],
      ['The index is near the record high set on Feb. 3.', [['Feb. 3', '2026-02-03']]],
      ['The museum, which reopened March 2, drew big crowds.', [['March 2', '2026-03-02']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('still the nearest', () => {
    it.each<Case>([
      // a participle the future governs
      ['The concert is to be held on January 9.', [['January 9', '2027-01-09']]],
      // "set" with no "on": a deadline set now
      ['The board has set Jan. 9 as the deadline for bids.', [['Jan. 9', '2027-01-09']]],
      // a participle as an adjective, words back
      ['The reduced dividend is payable Jan. 2.', [['Jan. 2', '2027-01-02']]],
      ['The festival organized by students opens Feb. 14.', [['Feb. 14', '2027-02-14']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "the first week of February", "the last week of March": a week of a month (reference Wednesday 2026-11-25)', () => {
  describe('the ISO week', () => {
    it.each<Case>([
      ['The deal closed in the third week of January.', [['the third week of January', '2026-W03']]],
      // (a plan: the coming March)
      ['Voting is scheduled for the last week of March.', [['the last week of March', '2027-W12']]],
      ['The minister resigned in the first week of February.', [['the first week of February', '2026-W06']]],
      ['The fair returns in the second week of June 2027.', [['the second week of June 2027', '2027-W23']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no week of a month', () => {
    it.each<Case>([
      ['Prices fell last week of trading.', [['last week', '2026-W47']]],
      ['The team had its worst week of the season.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('a day and month named with its weekday take the year in which the day falls on it (reference Wednesday 2026-11-25)', () => {
  describe('the year the weekday fits', () => {
    it.each<[string, 'en' | 'id', [string, string | null][]]>([
      // (2 March 2026 is a Monday; the nearer 2 March 2027 a Tuesday)
      ['Ia tiba pada Senin (2/3) malam.', 'id', [['Senin (2/3) malam', '2026-03-02TNI']]],
      ['Rapat pleno digelar Selasa, 3 Maret.', 'id', [['Selasa, 3 Maret', '2026-03-03']]],
      ['Pasar murah dibuka Rabu (15/1) pagi.', 'id', [['Rabu (15/1) pagi', '2025-01-15TMO']]],
      ['Lawmakers meet Monday, March 2, in the capital.', 'en', [['Monday, March 2', '2026-03-02']]],
      [
        'The lecture series closes Saturday, the first of May.',
        'en',
        [['Saturday, the first of May', '2027-05-01']],
      ],
    ])('%s', (sentence, language, expected) => {
      expect(pairs(sentence, language, REF)).toEqual(expected);
    });
  });
  describe('the nearest, as without the weekday', () => {
    it.each<[string, 'en' | 'id', [string, string | null][]]>([
      // (the nearest one fits)
      ['Sidang lanjutan digelar Kamis (4/2).', 'id', [['Kamis (4/2)', '2027-02-04']]],
      ['Councillors gather Tuesday, March 2, at city hall.', 'en', [['Tuesday, March 2', '2027-03-02']]],
      // (no year around the reference date fits: a slip of the pen, the nearest)
      ['Rapat pleno digelar Selasa (5/3).', 'id', [['Selasa (5/3)', '2027-03-05']]],
    ])('%s', (sentence, language, expected) => {
      expect(pairs(sentence, language, REF)).toEqual(expected);
    });
  });
});

describe('id "pekan pertama Februari", "minggu ketiga Januari": a week of a month (reference Wednesday 2026-11-25)', () => {
  describe('the ISO week', () => {
    it.each<Case>([
      ['Rapat digelar pada pekan pertama Februari.', [['pekan pertama Februari', '2027-W05']]],
      ['Harga naik pada minggu ketiga Januari.', [['minggu ketiga Januari', '2027-W03']]],
      ['Pameran dibuka pada pekan terakhir Maret.', [['pekan terakhir Maret', '2027-W12']]],
      ['Vaksinasi dimulai pada pekan ke-2 Juni 2027.', [['pekan ke-2 Juni 2027', '2027-W23']]],
      ['Pada minggu pertama Oktober lalu, harga beras naik.', [['minggu pertama Oktober lalu', '2026-W40']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
  describe('no week of a month, and no Sunday', () => {
    it.each<Case>([
      ['Ia dirawat selama pekan pertama.', []],
      // a count of weeks
      [
        'Sejak dua minggu terakhir Desember 2020 ada 15 orang positif.',
        [
          ['dua minggu terakhir', 'P2W'],
          ['Desember 2020', '2020-12'],
        ],
      ],
      // "Minggu" before an ordinal counts weeks
      ['Minggu pertama bulan puasa berjalan lancar.', []],
      ['Pada Minggu kedua, harga turun.', []],
      // (still Sunday)
      ['Pada Minggu, tim pertama tiba.', [['Minggu', '2026-11-22']]],
      ['Minggu lalu, harga turun.', [['Minggu lalu', '2026-W47']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'id', REF)).toEqual(expected);
    });
  });
});

describe('en a count of trading, business or working days (reference Wednesday 2026-11-25)', () => {
  describe('a duration', () => {
    it.each<Case>([
      ['Stocks fell for the past five trading days.', [['the past five trading days', 'P5D']]],
      ['Refunds arrive within three business days.', [['three business days', 'P3D']]],
      ['The school lost 20 school days to the strike.', [['20 school days', 'P20D']]],
      // (counted in days of work: no calendar day to name)
      ['It will be repaid in two business days.', [['two business days', 'P2D']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no count of days', () => {
    it.each<Case>([
      ['Three trading firms merged.', []],
      // (a year of school is no count: "2025-26" names it)
      ['Class sizes grow in the 2025-26 school year.', []],
      ['The trading days ahead look calm.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "the July-September quarter": a calendar quarter or half named by its months', () => {
  describe('the quarter or half', () => {
    it.each<DatedCase>([
      [
        'Sales in the July-September quarter rose 4 percent.',
        REF,
        [['the July-September quarter', '2026-Q3']],
      ],
      ['Profit in the April-June period fell.', REF, [['the April-June period', '2026-Q2']]],
      [
        'GDP grew in the October-December quarter of 2025.',
        REF,
        [['the October-December quarter of 2025', '2025-Q4']],
      ],
      ['Output rose in the January-June half.', REF, [['the January-June half', '2026-H1']]],
      // (in March, a July-September quarter told of is last year's; one looked ahead to is this year's)
      [
        'Sales in the July-September quarter rose 4 percent.',
        '2026-03-14',
        [['the July-September quarter', '2025-Q3']],
      ],
      [
        'The bank expects growth to pick up in the July-September quarter.',
        '2026-03-14',
        [['the July-September quarter', '2026-Q3']],
      ],
    ])('%s (%s)', (sentence, reference, expected) => {
      expect(pairs(sentence, 'en', reference)).toEqual(expected);
    });
  });
  describe('the months, no quarter', () => {
    it.each<DatedCase>([
      // (no calendar quarter)
      [
        'Losses narrowed in the October-March period.',
        REF,
        [
          ['October', '2026-10'],
          ['March', '2026-03'],
        ],
      ],
      [
        'The show runs from July to September.',
        REF,
        [
          ['July', '2026-07'],
          ['September', '2026-09'],
        ],
      ],
    ])('%s (%s)', (sentence, reference, expected) => {
      expect(pairs(sentence, 'en', reference)).toEqual(expected);
    });
  });
});

describe('en "the night before last" (reference Wednesday 2026-11-25)', () => {
  it.each<Case>([
    ['The talks collapsed the night before last.', [['the night before last', '2026-11-23TNI']]],
    ['The night before last, gunmen attacked a convoy.', [['The night before last', '2026-11-23TNI']]],
    // ("last" of a week: the night before the vote)
    ["Protesters gathered the night before last week's vote.", [['last week', '2026-W47']]],
    ['She slept badly the night before the last exam.', []],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe('en "the previous day", "the following week": counted from the last day named (reference Wednesday 2026-11-25)', () => {
  it.each<Case>([
    [
      'Police arrested him on Nov. 2; he had fled the previous day.',
      [
        ['Nov. 2', '2026-11-02'],
        ['the previous day', '2026-11-01'],
      ],
    ],
    [
      'Prices rose on Friday after falling the preceding day.',
      [
        ['Friday', '2026-11-20'],
        ['the preceding day', '2026-11-19'],
      ],
    ],
    [
      'The strike began on Nov. 2. The following week, the board met.',
      [
        ['Nov. 2', '2026-11-02'],
        ['The following week', '2026-W46'],
      ],
    ],
    // (nothing named to count from: no value to give)
    ['The following week, the board met again.', []],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});
