// English calendar words: months, weekdays, numerals, units, parts of day, relative cues.
import type { Unit } from '../../../resolve/dates.js';

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Abbreviations as news agencies write them ("Sept. 30", "Aug. 7"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'one hundred': 100,
  'a half': 0.5,
  half: 0.5,
};

/** Amounts with no definite number: "several years" = PXY. */
export const VAGUE_AMOUNTS = ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'couple of'];

export const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
};

/** The days of a month spelled as ordinals: "first", "twenty-first" (written with a hyphen here). */
export const DAY_ORDINALS: Record<string, number> = (() => {
  const ones = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth'];
  const more = ['seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
  const out: Record<string, number> = {};
  ones.forEach((w, i) => {
    out[w] = i + 1;
    out[`twenty-${w}`] = 21 + i;
  });
  [...teens, ...more].forEach((w, i) => {
    out[w] = 10 + i;
  });
  out.thirtieth = 30;
  out['thirty-first'] = 31;
  return out;
})();

export const UNITS: Record<string, { unit: Unit | null; duration: string }> = {
  second: { unit: null, duration: 'second' },
  minute: { unit: null, duration: 'minute' },
  hour: { unit: null, duration: 'hour' },
  day: { unit: 'day', duration: 'day' },
  week: { unit: 'week', duration: 'week' },
  month: { unit: 'month', duration: 'month' },
  quarter: { unit: 'quarter', duration: 'quarter' },
  year: { unit: 'year', duration: 'year' },
  decade: { unit: 'decade', duration: 'decade' },
  century: { unit: 'century', duration: 'century' },
};

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/** Determiners that place a unit relative to the reference date. */
export const RELATIVE_OFFSET: Record<string, number> = {
  this: 0,
  current: 0,
  'this past': -1,
  last: -1,
  past: -1,
  previous: -1,
  prior: -1,
  preceding: -1,
  next: 1,
  coming: 1,
  'this coming': 1,
  following: 1,
};

export const REFS: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF',
  'more recently': 'PAST_REF',
  lately: 'PAST_REF',
  'the past': 'PAST_REF',
  formerly: 'PAST_REF',
  once: 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the coming days': 'FUTURE_REF',
  'the coming weeks': 'FUTURE_REF',
  'the coming months': 'FUTURE_REF',
  'the coming years': 'FUTURE_REF',
  'coming days': 'FUTURE_REF',
  'coming months': 'FUTURE_REF',
  'coming years': 'FUTURE_REF',
  'coming weeks': 'FUTURE_REF',
  'coming quarters': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'the long term': 'FUTURE_REF',
  'a later date': 'FUTURE_REF',
  'past years': 'PAST_REF',
  'recent years': 'PAST_REF',
  'recent months': 'PAST_REF',
  'recent weeks': 'PAST_REF',
  'recent days': 'PAST_REF',
};

export const FUTURE_CUES = [
  'will',
  "'ll",
  'shall',
  'next',
  'scheduled',
  'expected to',
  'is to',
  'are to',
  'is supposed to',
  'are supposed to',
  'plans to',
  'plan to',
  'planning to',
  'planned',
  'upcoming',
  'tomorrow',
  'until',
  'as soon as',
  'as early as',
  'set to',
  'due to',
  'is due',
  'are due',
  'due by',
  'due on',
  'due out',
  'going to',
  'aims to',
  'intends to',
  'expects',
  'expect',
  'predict',
  'predicts',
  'anticipate',
  'anticipates',
  'forecast to',
  'projected to',
];

export const PERIOD_MODIFIERS = [
  'early',
  'late',
  'mid',
  'middle',
  'the end of',
  'the beginning of',
  'the start of',
  'the middle of',
  'the early part of',
  'the latter part of',
];

export const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  fall: { code: 'FA', month: 9 },
  autumn: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
};
