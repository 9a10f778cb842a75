// English date audit 27. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

/** A Wednesday. */
const REF = '2026-03-04';

type Case = [sentence: string, expected: [string, string | null][]];
type DatedCase = [sentence: string, reference: string, expected: [string, string | null][]];

describe('en the point of the day before "today", "yesterday", "tonight" is in the span (reference Wednesday 2026-03-04)', () => {
  describe('in the span', () => {
    it.each<Case>([
      ['Officials said late yesterday that the talks had stalled.', [['late yesterday', '2026-03-03']]],
      ['Earlier today, the ferry service resumed.', [['Earlier today', '2026-03-04']]],
      [
        'The minister will address reporters later this afternoon.',
        [['later this afternoon', '2026-03-04TAF']],
      ],
      ['The storm reached the coast late last night.', [['late last night', '2026-03-03TNI']]],
      // (a part of the day before it: the day at that part)
      [
        'By mid-afternoon yesterday, shares of the bank were up 4 percent.',
        [['mid-afternoon yesterday', '2026-03-03TAF']],
      ],
      ['Rain is forecast for late morning tomorrow.', [['late morning tomorrow', '2026-03-05TMO']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('out of the span', () => {
    it.each<Case>([
      // a word of another sentence
      ['The crew arrived later. Today the harbour is closed.', [['Today', '2026-03-04']]],
      ['They spoke about the late king today.', [['today', '2026-03-04']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en a clock time with its day after it, and the hour "in the morning" (reference Wednesday 2026-03-04)', () => {
  describe('one time', () => {
    it.each<Case>([
      ['The offer runs until 5 p.m. EST Nov. 9.', [['5 p.m. EST Nov. 9', '2026-11-09T17:00']]],
      ['Polls close at 8 p.m. on May 5, 2027.', [['8 p.m. on May 5, 2027', '2027-05-05T20:00']]],
      ['The deadline passed at noon, Feb. 27.', [['noon, Feb. 27', '2026-02-27T12:00']]],
      ['The convoy will leave at 4 in the morning.', [['4 in the morning', '2026-03-04T04:00']]],
      ['The vigil began at seven in the evening.', [['seven in the evening', '2026-03-04T19:00']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no such time', () => {
    it.each<Case>([
      // (a rank, no hour: "at" must open it)
      ['She finished 4 in the morning session of qualifying.', []],
      [
        'The museum opens at 10 a.m. and the cafe on May 5, 2027.',
        [
          ['10 a.m.', '2027-05-05T10:00'],
          ['May 5, 2027', '2027-05-05'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en a day told in the past perfect, or after a past passive "on the night of", lies behind', () => {
  describe('behind', () => {
    it.each<DatedCase>([
      // (a Thursday: the Wednesday just past, not "reports by" a day ahead)
      ['Only two members had filed their reports by Wednesday.', '2026-03-05', [['Wednesday', '2026-03-04']]],
      // (a Friday)
      ['Until Thursday, the police had not named the suspect.', '2026-03-06', [['Thursday', '2026-03-05']]],
      ["Until Tuesday, the club hadn't paid the fine.", '2026-03-06', [['Tuesday', '2026-03-03']]],
      // (in May the nearest Oct. 23 is the coming one)
      [
        'The shopkeeper was shot on the night of Oct. 23 as he locked up.',
        '2026-05-04',
        [['Oct. 23', '2025-10-23']],
      ],
      [
        'Two guards were attacked on the morning of Nov. 2 outside the depot.',
        '2026-05-10',
        [['Nov. 2', '2025-11-02']],
      ],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'en', reference)).toEqual(expected);
    });
  });
  describe('still ahead', () => {
    it.each<DatedCase>([
      ['Until Thursday, the road stays closed.', '2026-03-04', [['Thursday', '2026-03-05']]],
      ['The council would vote on Friday if the mayor had agreed.', '2026-03-04', [['Friday', '2026-03-06']]],
      ['The gala is on the night of Oct. 23.', '2026-05-04', [['Oct. 23', '2026-10-23']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'en', reference)).toEqual(expected);
    });
  });
});

describe('en names that look like times: a march, a show in quotation marks, "high noon" (reference Wednesday 2026-03-04)', () => {
  describe('no time', () => {
    it.each<Case>([
      ['Thousands joined the annual March for Life downtown.', []],
      ['She walked at the head of the March of the Silent Mothers.', []],
      ['The senator said on "This Week" that the bill was dead.', []],
      ["The coach told ''Sixty Minutes'' he would stay.", []],
      ['He told “60 Minutes” he had no regrets.', []],
      ['For the ruling party it is high noon.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('still a time', () => {
    it.each<Case>([
      ['The march was held in March for the second year.', [['March', '2026-03']]],
      ['"This week was hard," the mayor said.', [['This week', '2026-W10']]],
      ['The talks lasted 60 minutes.', [['60 minutes', 'PT60M']]],
      ['The court will rule at noon.', [['noon', '2026-03-04T12:00']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en spans counted in quarters, or in a row (reference Wednesday 2026-03-04)', () => {
  describe('a duration', () => {
    it.each<Case>([
      ['Margins shrank over the past three quarters.', [['the past three quarters', 'P9M']]],
      ['The airline has lost money for two consecutive quarters.', [['two consecutive quarters', 'P6M']]],
      ['Sales have slipped for several quarters.', [['several quarters', 'PXQ']]],
      ['Prices had risen for 14 straight months.', [['14 straight months', 'P14M']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('no duration', () => {
    it.each<Case>([
      ['Three quarters of the members voted yes.', []],
      ['The team won two straight games.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en the end of the decade or century, the weekend of a day, every season, month or part of the day (reference Wednesday 2026-03-04)', () => {
  describe('found', () => {
    it.each<Case>([
      [
        'The city wants an all-electric bus fleet by the end of the decade.',
        [['the end of the decade', '202']],
      ],
      ['Sea levels could rise a metre by the end of the century.', [['the end of the century', '20']]],
      ['A benefit concert is set for the weekend of March 14.', [['the weekend of March 14', '2026-W11-WE']]],
      ['Every spring the river floods the lower town.', [['Every spring', 'XXXX-SP']]],
      ['The fair is held each July in the old harbour.', [['each July', 'XXXX-07']]],
      ['The guards change every morning.', [['every morning', 'XXXX-XX-XXTMO']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('not found', () => {
    it.each<Case>([
      ['The end of the decade-long war came as a relief.', []],
      ['Every fall in the share price worries the board.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "last" and "next" before a holiday, and "the last decade" (reference Wednesday 2026-03-04)', () => {
  describe('in the span', () => {
    it.each<Case>([
      ['The fishing boat sank last Thanksgiving.', [['last Thanksgiving', '2025-11-27']]],
      ['The couple will marry next Christmas.', [['next Christmas', '2026-12-25']]],
      ['Next Easter Sunday the cathedral reopens.', [['Next Easter Sunday', '2026-04-05']]],
      ['Real wages fell in the last decade.', [['the last decade', '201']]],
      ['It was the worst flood of the last century.', [['the last century', '19']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('out of the span', () => {
    it.each<Case>([
      // ("the last" of an ordinal: no holiday before the reference date as such)
      ['It was the last Christmas before the war.', [['Christmas', '2025-12-25']]],
      ['They spent their last Christmas at the farm.', [['Christmas', '2025-12-25']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en parts of the current period, a clock time in a named zone, and a past stretch of work up to a day (reference Wednesday 2026-03-04)', () => {
  describe('found', () => {
    it.each<Case>([
      ['The shares have fallen 18 percent since the start of the year.', [['the start of the year', '2026']]],
      ['Imports surged at the beginning of the year.', [['the beginning of the year', '2026']]],
      ['Earlier in the week, two schools had closed.', [['Earlier in the week', '2026-W10']]],
      ['A ruling is due later in the month.', [['later in the month', '2026-03']]],
      [
        'The next call is set for 8:30 a.m. Eastern time on Tuesday.',
        [['8:30 a.m. Eastern time on Tuesday', '2026-03-10T08:30']],
      ],
      ['The rally began at 6 p.m. local time.', [['6 p.m. local time', '2026-03-04T18:00']]],
      // (a past stretch of work up to the day: the one just past)
      ['Crews worked around the clock through Monday.', [['Monday', '2026-03-02']]],
      ['Firefighters battled the blaze through Sunday.', [['Sunday', '2026-03-01']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('unchanged', () => {
    it.each<Case>([
      ['A flood warning is in force through Friday.', [['Friday', '2026-03-06']]],
      ['Crews will work through Monday.', [['Monday', '2026-03-09']]],
      ['She took up painting later in life.', []],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "earlier" counts back from the day or month its sentence named (reference Wednesday 2026-03-04)', () => {
  describe('from the date named', () => {
    it.each<Case>([
      [
        'Inflation eased to 2.4 percent in January from 2.9 percent a month earlier.',
        [
          ['January', '2026-01'],
          ['a month earlier', '2025-12'],
        ],
      ],
      [
        'The guard was attacked on Oct. 23; two weeks earlier he had reported threats.',
        [
          ['Oct. 23', '2025-10-23'],
          ['two weeks earlier', '2025-W41'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('from the reference date', () => {
    it.each<Case>([
      // no day or month named before it in the sentence
      [
        'Retail sales rose 3 percent from a month earlier, the agency said.',
        [['a month earlier', '2026-02']],
      ],
      // "ago" counts from now
      [
        'In January the council met, and two months ago it voted.',
        [
          ['January', '2026-01'],
          ['two months ago', '2026-01'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en a plan still ahead, a season of a spelled-out year, and "two thousand" as a count (own reference date per case)', () => {
  describe('found', () => {
    it.each<DatedCase>([
      // (in March the nearest May would be the coming one anyway; in late November it is not)
      ['The talks are supposed to conclude by May.', '2026-11-25', [['May', '2027-05']]],
      [
        'Oil last traded that low in the winter of nineteen ninety-four.',
        REF,
        [['the winter of nineteen ninety-four', '1994-WI']],
      ],
      [
        'The summer of two thousand was the hottest on record.',
        REF,
        [['The summer of two thousand', '2000-SU']],
      ],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'en', reference)).toEqual(expected);
    });
  });
  describe('still a year', () => {
    it.each<DatedCase>([
      ['Since two thousand, the town has doubled in size.', REF, [['two thousand', '2000']]],
      ['It was founded in the year two thousand.', REF, [['the year two thousand', '2000']]],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'en', reference)).toEqual(expected);
    });
  });
  describe('no date', () => {
    it.each<DatedCase>([
      ['Two thousand people marched to the square.', REF, []],
      ['About two thousand fans waited outside.', REF, []],
      ['In two thousand homes the power failed.', REF, []],
    ])('%s', (sentence, reference, expected) => {
      expect(pairs(sentence, 'en', reference)).toEqual(expected);
    });
  });
});

describe('en two days off, "or so", and the point of a day or week named with "in the" (reference Wednesday 2026-03-04)', () => {
  describe('found', () => {
    it.each<Case>([
      ['The envoy arrives the day after tomorrow.', [['the day after tomorrow', '2026-03-06']]],
      ['She left the city the day before yesterday.', [['the day before yesterday', '2026-03-02']]],
      ['Police found the car a week or so ago.', [['a week or so ago', '2026-W09']]],
      ['The index rebounded late in the day.', [['late in the day', '2026-03-04']]],
      ['Talks resume early in the week.', [['early in the week', '2026-W10']]],
      // (the day last named)
      [
        'She landed in Lagos on Friday and flew on to Accra later in the day.',
        [
          ['Friday', '2026-02-27'],
          ['later in the day', '2026-02-27'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
  describe('unchanged', () => {
    it.each<Case>([
      ['The rain stopped the day after the flood.', []],
      ['Stocks closed higher for the day.', [['the day', '2026-03-04']]],
    ])('%s', (sentence, expected) => {
      expect(pairs(sentence, 'en', REF)).toEqual(expected);
    });
  });
});

describe('en "this time last year" is the same day a year before (reference Tuesday 2026-03-31)', () => {
  it.each<Case>([
    ['Bookings are up 8 percent from this time last year.', [['this time last year', '2025-03-31']]],
    ['By this time next week the deal should be signed.', [['this time next week', '2026-04-07']]],
    // (the last day of a shorter month)
    ['This time last month the reservoir was half empty.', [['This time last month', '2026-02-28']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', '2026-03-31')).toEqual(expected);
  });
  it.each<Case>([['This time, last year’s champion lost in the first round.', [['last year', '2025']]]])(
    '%s',
    (sentence, expected) => {
      expect(pairs(sentence, 'en', '2026-03-31')).toEqual(expected);
    },
  );
});

describe('en a year after "pre-" or "post-" (reference Wednesday 2026-03-04)', () => {
  it.each<Case>([
    ['The post-1959 politics split many families.', [['post-1959', '1959']]],
    ['Output is back to pre-2020 levels.', [['pre-2020', '2020']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
  it.each<Case>([
    ['The post-war boom ended.', []],
    ['Call the desk on 555-2020 today.', [['today', '2026-03-04']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});
