// English date and time expressions against a fixed reference date: Tuesday 19 September 2023.
// Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { inferReferenceDate } from '../../src/locales/en/dates.js';
import { doc, findDates, pairs } from './helpers.js';

const REF = '2023-09-19';

type Case = [sentence: string, expected: [string, string | null][]];

const FAMILIES: Record<string, Case[]> = {
  'month and day': [
    ['The vote was held on Sept. 12, 2023.', [['Sept. 12, 2023', '2023-09-12']]],
    ['The deadline is Oct. 2.', [['Oct. 2', '2023-10-02']]],
    ['She was born on 4 July 1990.', [['4 July 1990', '1990-07-04']]],
    ['The report appeared on August 30th.', [['August 30th', '2023-08-30']]],
    ['The paper wrote on Monday, Sept. 18: the plan failed.', [['Monday, Sept. 18', '2023-09-18']]],
    ['The vote was held on Tuesday, March 5, 2024.', [['Tuesday, March 5, 2024', '2024-03-05']]],
  ],
  'day ranges': [
    [
      'The summit runs Sept. 23-24.',
      [
        ['Sept. 23', '2023-09-23'],
        ['24', '2023-09-24'],
      ],
    ],
    [
      'Talks ran from June 3 to 5, 2021.',
      [
        ['June 3', '2021-06-03'],
        ['5, 2021', '2021-06-05'],
      ],
    ],
  ],
  'headline and dateline': [
    [
      'Markets stay closed until Friday\nSeptember 18, 2008\nTraders waited.',
      [
        ['Friday', '2023-09-22'],
        ['September 18, 2008', '2008-09-18'],
      ],
    ],
    [
      'Stocks have best week since November\nMarch 13, 2009\nShares rose.',
      [
        ['November', '2022-11'],
        ['March 13, 2009', '2009-03-13'],
      ],
    ],
  ],
  'numeric dates': [['The filing is dated 2023-09-01.', [['2023-09-01', '2023-09-01']]]],
  'months and years': [
    ['The plant closed in March 2021.', [['March 2021', '2021-03']]],
    ['Sales fell in June last year.', [['June last year', '2022-06']]],
    ['The merger was completed in late August.', [['late August', '2023-08']]],
    ['The law took effect in 2019.', [['2019', '2019']]],
    ['Growth slowed in the 1990s.', [['the 1990s', '199']]],
    ['Output peaked in fiscal 2022.', [['fiscal 2022', '2022']]],
    ['Rates rose in nineteen ninety-four.', [['nineteen ninety-four', '1994']]],
    ["The index hit its lowest level since '82.", [["'82", '1982']]],
  ],
  'relative days': [
    ['The minister resigned yesterday.', [['yesterday', '2023-09-18']]],
    ['The court will rule tomorrow.', [['tomorrow', '2023-09-20']]],
    ['Markets opened lower today.', [['today', '2023-09-19']]],
    ['The storm hit last night.', [['last night', '2023-09-18TNI']]],
    ['Traders sold early this morning.', [['early this morning', '2023-09-19TMO']]],
  ],
  'relative units': [
    ['Prices rose last week.', [['last week', '2023-W37']]],
    ['The board meets next month.', [['next month', '2023-10']]],
    ['Exports grew this year.', [['this year', '2023']]],
    ['Profits doubled earlier this year.', [['earlier this year', '2023']]],
    ['The plant opens early next year.', [['early next year', '2024']]],
    ['The index fell over the weekend.', [['the weekend', '2023-W37-WE']]],
    ['He will step down at the end of the month.', [['the end of the month', '2023-09']]],
    ['Shares rose 5% for the day.', [['the day', '2023-09-19']]],
  ],
  offsets: [
    ['The company was founded two years ago.', [['two years ago', '2021']]],
    ['He moved here five months ago.', [['five months ago', '2023-04']]],
    ['The bridge opened three days ago.', [['three days ago', '2023-09-16']]],
    ['Sales were weaker several years ago.', [['several years ago', 'PAST_REF']]],
  ],
  weekdays: [
    // a weekday in a named week (the reference Tuesday is in week 38)
    ['The council votes on Thursday next week.', [['Thursday next week', '2023-09-28']]],
    [
      'Last week, on Monday, the council voted.',
      [
        ['Last week', '2023-W37'],
        ['Monday', '2023-09-11'],
      ],
    ],
    ['The governor said Monday that the budget was balanced.', [['Monday', '2023-09-18']]],
    ['The council will vote Thursday.', [['Thursday', '2023-09-21']]],
    ['The report is due Thursday.', [['Thursday', '2023-09-21']]],
    ['The board is going to decide Friday.', [['Friday', '2023-09-22']]],
    ['Talks resumed last Friday.', [['last Friday', '2023-09-15']]],
    ['Crowds gathered Sunday night.', [['Sunday night', '2023-09-17TNI']]],
  ],
  quarters: [
    ['Net income rose in the third quarter.', [['the third quarter', '2023-Q3']]],
    ['Third-quarter sales beat forecasts.', [['Third-quarter', '2023-Q3']]],
    ['Revenue fell in the second half of 2022.', [['the second half of 2022', '2022-H2']]],
    // earnings reports: "the quarter" is the one just ended, "a year earlier" the same quarter before
    [
      'Profit rose 5% in the quarter, from $3 million a year earlier.',
      [
        ['the quarter', '2023-Q2'],
        ['a year earlier', '2022-Q2'],
      ],
    ],
  ],
  anaphors: [
    [
      'He left Cuba in June 1998 and returned later that year.',
      [
        ['June 1998', '1998-06'],
        ['later that year', '1998'],
      ],
    ],
    ['Redemptions were heavy that day.', []],
    [
      'He was arrested on Sept. 4 and charged the following day.',
      [
        ['Sept. 4', '2023-09-04'],
        ['the following day', '2023-09-05'],
      ],
    ],
    [
      'In 1995 he was promoted, and the following year he retired.',
      [
        ['1995', '1995'],
        ['the following year', '1996'],
      ],
    ],
    [
      'Earnings in the fiscal year ended March 31 fell.',
      [
        ['the fiscal year', '2023'],
        ['March 31', '2023-03-31'],
      ],
    ],
  ],
  references: [
    ['Rates are now at a record.', [['now', 'PRESENT_REF']]],
    ['The firm currently employs 200 people.', [['currently', 'PRESENT_REF']]],
    ['Shares have fallen recently.', [['recently', 'PAST_REF']]],
    ['Such deals were rare in the past.', [['the past', 'PAST_REF']]],
  ],
  times: [
    ['The market closed at 4 p.m.', [['4 p.m.', '2023-09-19T16:00']]],
    ['The index was down 2% at 16:08 UTC.', [['16:08 UTC', '2023-09-19T16:08Z']]],
    ['The offer will expire at noon Friday.', [['noon Friday', '2023-09-22T12:00']]],
    ['Trading was halted at noon Friday.', [['noon Friday', '2023-09-15T12:00']]],
    ['The ceremony starts at 10:30 a.m. EDT.', [['10:30 a.m. EDT', '2023-09-19T10:30']]],
  ],
  holidays: [['Shops close on Christmas Day.', [['Christmas Day', '2023-12-25']]]],
  'durations and sets': [
    ['The strike lasted three weeks.', [['three weeks', 'P3W']]],
    ['He stayed for a week.', [['a week', 'P1W']]],
    ['Output rose over the past two months.', [['the past two months', 'P2M']]],
    ['The committee meets every week.', [['every week', 'P1W']]],
    // a length of time as an adjective: "a two-year contract", "a 16-hour flight"
    ['She signed a two-year contract.', [['two-year', 'P2Y']]],
    ['After a 16-hour flight, he rested.', [['16-hour', 'PT16H']]],
    ['The twenty-year bond fell.', [['twenty-year', 'P20Y']]],
  ],
};

describe('en date families (reference 2023-09-19)', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(cases)('%s', (sentence, expected) => {
        expect(pairs(sentence, 'en', REF)).toEqual(expected);
      });
    });
  }
});

describe('en negatives: no date here', () => {
  it.each([
    'The company may raise prices.', // the modal verb
    'Soldiers march through the square.', // the verb
    'The team scored 2014 points over its history.', // a count
    'He paid $1990 for the car.', // a price
    'They sold 6-year notes.', // a duration (P6Y) as an adjective, no date
    'The current account deficit widened.', // a compound noun
    'The score was 3:1 at half time.', // a ratio, not a clock
  ])('%s', (sentence) => {
    const found = findDates(sentence, 'en', REF).filter((f) => f.type === 'DATE' || f.type === 'TIME');
    expect(found).toEqual([]);
  });
});

describe('en durations that are not durations', () => {
  it.each([
    'The chairman, 52 years old, will retire.', // an age
    'The notes pay $1.76 a year.', // a rate
    'The strike cost millions of euros a day.', // a rate
    'He hopes he will one day fly.', // "some day"
    'A 10-year-old boy was found.', // an age
    'The three-day-old truce held.', // an age
    'Stocks hit a 52-week-high.', // a compound of three parts
  ])('%s', (sentence) => {
    expect(findDates(sentence, 'en', REF)).toEqual([]);
  });
});

describe('en relative expressions without a reference date', () => {
  it('values relative expressions null, absolute ones still', () => {
    expect(pairs('Yesterday the firm recalled its 2021 models.', 'en', null)).toEqual([
      ['Yesterday', null],
      ['2021', '2021'],
    ]);
  });
});

describe('inferReferenceDate (en)', () => {
  it.each([
    ['Harbour reopens after storm\nMarch 06, 2008\nThe harbour reopened on Thursday.', '2008-03-06'],
    ['LISBON, June 3, 2021 - The port authority said ships were waiting.', '2021-06-03'],
    ['The port authority said ships were waiting.', null],
  ])('%s → %s', (text, want) => {
    expect(inferReferenceDate(doc(text, 'en'))).toBe(want);
  });
});

describe('en direction of bare months, quarters and weekdays (own reference date per case)', () => {
  it.each<[string, string, [string, string | null][]]>([
    // a past verb right before the month wins over a later future cue in the sentence
    [
      'Prices rose in November and the board expects them to ease in spring.',
      '2023-02-09',
      [['November', '2022-11']],
    ],
    [
      'Unemployment fell in October, and the agency will update its figures soon.',
      '2023-09-19',
      [['October', '2022-10']],
    ],
    // without a past verb, the future cue still turns the month ahead
    ['The plant will reopen in November.', '2023-09-19', [['November', '2023-11']]],
    // early in a year the third quarter is last year's, unless the sentence looks ahead
    ['Profit fell in the third quarter.', '2024-02-07', [['the third quarter', '2023-Q3']]],
    [
      'The bank expects inflation to peak in the third quarter.',
      '2024-02-07',
      [['the third quarter', '2024-Q3']],
    ],
    [
      'Exports will recover in the fourth quarter, officials say.',
      '2024-02-07',
      [['the fourth quarter', '2024-Q4']],
    ],
    // a weekday the news runs up to lies ahead; one a past event lasted through lies behind
    ['A flood watch is in effect through Saturday.', '2023-09-19', [['Saturday', '2023-09-23']]],
    ['The strike lasted through Saturday.', '2023-09-19', [['Saturday', '2023-09-16']]],
    // a schedule in the present tense lies ahead; the same event told in the past lies behind
    ['Northwind reports results on Thursday.', '2023-09-19', [['Thursday', '2023-09-21']]],
    ['Northwind reported results on Thursday.', '2023-09-19', [['Thursday', '2023-09-14']]],
    ['The council meets again Friday.', '2023-09-19', [['Friday', '2023-09-22']]],
    // a present-tense end or start lies ahead; a past one behind
    ['The contract that ends Sept. 30 looks tight.', '2024-03-14', [['Sept. 30', '2024-09-30']]],
    ['The offer expires March 1.', '2023-09-19', [['March 1', '2024-03-01']]],
    ['The contract ended Sept. 30, the firm said.', '2024-03-14', [['Sept. 30', '2023-09-30']]],
  ])('%s (ref %s)', (sentence, ref, expected) => {
    expect(pairs(sentence, 'en', ref)).toEqual(expected);
  });
});

describe('en halves and past spans found on new articles', () => {
  it.each<[string, [string, string | null][]]>([
    // a half of a match is no half of a year
    ['He missed a penalty in the first half.', []],
    ['Sales rose in the first half.', [['the first half', '2023-H1']]],
    // the span up to now, and the past as such
    ['Cases rose over the past week.', [['the past week', 'P1W']]],
    ['In the past, the port was busier.', [['the past', 'PAST_REF']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe('en direction cues found on news (reference Tuesday 2023-09-19)', () => {
  it.each<[string, [string, string | null][]]>([
    // a past verb right after the month ("In January, the firm hired…")
    ['In March, the board named a new chief.', [['March', '2023-03']]],
    // a future participle is no past verb
    ['Rules to be published in early November will apply.', [['early November', '2023-11']]],
    // "was last seen Nov. 3" lies behind even when Nov. 3 is nearer ahead
    ['The boy was last seen Aug. 3.', [['Aug. 3', '2023-08-03']]],
    ['Police have searched since the Aug. 3 attack.', [['Aug. 3', '2023-08-03']]],
    // a day a change points to ("was extended to", "were put off until") is not a day past
    ['The offer was extended to Oct. 4.', [['Oct. 4', '2023-10-04']]],
    ['The talks were put off until Oct. 9.', [['Oct. 9', '2023-10-09']]],
    ['The offer was made Sept. 4.', [['Sept. 4', '2023-09-04']]],
    // "through" a day: the nearest one, ahead or behind
    ['Shares can be bought at that price through Oct. 6.', [['Oct. 6', '2023-10-06']]],
    ['Sales rose steadily through Aug. 31.', [['Aug. 31', '2023-08-31']]],
    // a day naming an event ("the Sept. 8 floods") keeps to the nearest one, whatever the sentence's tense
    ['Donors will send aid to towns the Sept. 8 floods destroyed.', [['Sept. 8', '2023-09-08']]],
    ['Donors will meet on Sept. 8.', [['Sept. 8', '2024-09-08']]],
    // a speech verb right before the day: the day it was said
    ['"We will grow," the chief executive said Friday.', [['Friday', '2023-09-15']]],
    // a future cue inside a quotation that closed before the day belongs to the speaker
    [
      '"I will keep doing my job," she told reporters at the palace on Tuesday evening.',
      [['Tuesday evening', '2023-09-19TEV']],
    ],
    ['"We will meet on Friday," she said.', [['Friday', '2023-09-22']]],
    // "next to" is a place
    ['A bomb exploded next to the embassy on Friday.', [['Friday', '2023-09-15']]],
    // plans lie ahead
    ['Protesters were planning to march on Friday.', [['Friday', '2023-09-22']]],
    ['The two leaders meet separately Friday.', [['Friday', '2023-09-22']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe('en numbers that look like years, and the year up to a month (held-out round 2)', () => {
  it.each<[string, [string, string | null][]]>([
    // a group of a phone number is no year
    ['Call the helpline on 0300 123 2040 for advice.', []],
    ['The office number is +44 2040 7946 0958.', []],
    // a year after a day of the month, or before a count, stays a year
    ['The law took effect on June 3 2021.', [['June 3 2021', '2021-06-03']]],
    ['In 2021, 300 people were hurt.', [['2021', '2021']]],
    // "the year to September 2025" is the twelve months ending then
    [
      'Offences rose 19 percent in the year to September 2022.',
      [
        ['the year', '2022'],
        ['September 2022', '2022-09'],
      ],
    ],
    ['Profit rose over the year.', [['the year', '2023']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe('en a paper dated on a day lies behind (held-out round 2, reference Tuesday 2023-09-19)', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'Schools will reopen soon, the ministry said in a circular dated Sept. 15.',
      [['Sept. 15', '2023-09-15']],
    ],
    ['The letter, signed on Sept. 12, will be read out.', [['Sept. 12', '2023-09-12']]],
    // without the participle a future sentence still points ahead
    ['Schools will reopen on Sept. 25.', [['Sept. 25', '2023-09-25']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe("en a weekday's possessive stays out of its span (held-out round 2)", () => {
  it.each<[string, [string, string | null][]]>([
    ["A spokeswoman declined to comment on Monday's decision.", [['Monday', '2023-09-18']]],
    ["Last Friday's report came out late.", [['Last Friday', '2023-09-15']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe('en a later quarter that a past verb reports on is last year’s (held-out round 2)', () => {
  it.each<[string, string, [string, string | null][]]>([
    [
      'Microsoft reported fourth-quarter revenue of $76 billion.',
      '2025-07-29',
      [['fourth-quarter', '2024-Q4']],
    ],
    // ahead when the sentence looks ahead
    [
      'The firm will report fourth-quarter results in October.',
      '2025-07-29',
      [
        ['fourth-quarter', '2025-Q4'],
        ['October', '2025-10'],
      ],
    ],
    // the current quarter stays this year's
    ['The firm reported third-quarter sales.', '2025-07-29', [['third-quarter', '2025-Q3']]],
  ])('%s (ref %s)', (sentence, ref, expected) => {
    expect(pairs(sentence, 'en', ref)).toEqual(expected);
  });
});

describe('en "the weekend" in a sentence that looks ahead (held-out round 2, reference Tuesday 2023-09-19)', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'Crews hope to make progress over the weekend, when winds are forecast to ease.',
      [['the weekend', '2023-W38-WE']],
    ],
    ['The store will reopen over the weekend.', [['the weekend', '2023-W38-WE']]],
    // told in the past it is the one just gone
    ['Sales fell over the weekend.', [['the weekend', '2023-W37-WE']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe('en a bare clock time of a story belongs to the weekday it named (held-out round 2, reference Tuesday 2023-09-19)', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'A man was arrested in connection with a shooting early Sunday, police said. An argument broke out around 1:45 a.m.',
      [
        ['early Sunday', '2023-09-17'],
        ['1:45 a.m.', '2023-09-17T01:45'],
      ],
    ],
    // no day named before: the reference date
    ['An argument broke out around 1:45 a.m.', [['1:45 a.m.', '2023-09-19T01:45']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', REF)).toEqual(expected);
  });
});

describe('en held-out round 3: periods a forecast or an outlook runs up to lie ahead', () => {
  it.each<[string, string, [string, string | null][]]>([
    // a weekend the news runs up to (reference Thursday 2024-10-10)
    [
      'She warned that rivers could keep rising through the weekend.',
      '2024-10-10',
      [['the weekend', '2024-W41-WE']],
    ],
    ['The outage lasted through the weekend.', '2024-10-10', [['the weekend', '2024-W40-WE']]],
    // a quarter already past this year that a forecast speaks of is next year's (reference December)
    [
      'The chipmaker forecast second-quarter revenue below estimates.',
      '2024-12-18',
      [['second-quarter', '2025-Q2']],
    ],
    [
      'The chipmaker reported second-quarter revenue below estimates.',
      '2024-12-18',
      [['second-quarter', '2024-Q2']],
    ],
    [
      'It expects to release third-quarter results next month.',
      '2024-10-20',
      [
        ['third-quarter', '2024-Q3'],
        ['next month', '2024-11'],
      ],
    ],
    // a season something lasts until
    ['Demand would remain weak until the spring.', '2024-12-18', [['the spring', '2025-SP']]],
    ['Demand was weak in the spring.', '2024-12-18', [['the spring', '2024-SP']]],
    // a figure due on a weekday
    ['Traders await the price index, due on Friday.', '2024-12-18', [['Friday', '2024-12-20']]],
    ['Prices rose on Friday.', '2024-12-18', [['Friday', '2024-12-13']]],
  ])('%s (ref %s)', (sentence, ref, expected) => {
    expect(pairs(sentence, 'en', ref)).toEqual(expected);
  });
  it.each([
    'The England winger crossed for Havertz to head in early in the second half.',
    'Palmer headed in early in the second half.',
  ])('a half of a match is no date: %s', (sentence) => {
    expect(pairs(sentence, 'en', '2024-12-18')).toEqual([]);
  });
});

describe('en a holiday told in the past is the last one (held-out round 3, reference 2024-09-19)', () => {
  it.each<[string, [string, string | null][]]>([
    ['Traffic jammed on Christmas Eve.', [['Christmas Eve', '2023-12-24']]],
    ['Stores will open on Christmas Eve.', [['Christmas Eve', '2024-12-24']]],
    // no tense to go by: the nearest
    ['The parade is on Thanksgiving.', [['Thanksgiving', '2024-11-28']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', '2024-09-19')).toEqual(expected);
  });
});

describe('en a holiday within a fortnight is the one at hand (held-out round 3)', () => {
  it('keeps this Easter for "as Easter week began" told in the past four days before it', () => {
    expect(pairs('Protesters prayed as Easter week began.', 'en', '2000-04-19')).toEqual([
      ['Easter week', '2000-W16'],
    ]);
  });
});

describe('en "the week of <day>" (held-out round 3, reference 2024-09-19)', () => {
  it.each<[string, [string, string | null][]]>([
    ['Talks are set for the week of Oct. 7.', [['the week of Oct. 7', '2024-W41']]],
    ['Prices fell the week of March 4, 2024.', [['the week of March 4, 2024', '2024-W10']]],
    // "a week of protests" is a duration, no week of a day
    ['After a week of protests, the minister resigned.', [['a week', 'P1W']]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', '2024-09-19')).toEqual(expected);
  });
});

describe('en a fixture in the present with a plural subject lies ahead (held-out round 3, reference Thursday 2024-12-12)', () => {
  it.each<[string, [string, string | null][]]>([
    [
      'The Heat host the Knicks on Friday, while the Celtics visit Philadelphia on Saturday.',
      [
        ['Friday', '2024-12-13'],
        ['Saturday', '2024-12-14'],
      ],
    ],
    // told in the past they are behind
    [
      'The teams played on Friday and the fans visited the museum on Saturday.',
      [
        ['Friday', '2024-12-06'],
        ['Saturday', '2024-12-07'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence, 'en', '2024-12-12')).toEqual(expected);
  });
});
