import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';

// The eighteenth session's audit: errors found reading eight articles of our own (election night, a wildfire,
// tech layoffs, a tennis final, a hostage release, a mine rockfall, a film festival, an airline strike), and
// items the seventeenth session left. Every sentence here was written for these tests.

// the reference date 2026-03-10 is a Tuesday in the first quarter
const { run, entities, quotes, dates } = auditHelpers('2026-03-10');

describe('en dates: a weekday ahead of a modal, a deadline, a rank', () => {
  it.each([
    ['The airline will publish a revised timetable by Friday, he said.', 'Friday', '2026-03-13'],
    ['The agency will release the updated figures on Thursday.', 'Thursday', '2026-03-12'],
    ['Staff would be notified by Friday, the memo said.', 'Friday', '2026-03-13'],
    ['Applicants must file their forms by Monday.', 'Monday', '2026-03-16'],
    ['Her coach added that she would rise to No. 2 in the rankings on Monday.', 'Monday', '2026-03-16'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
  it.each([
    ['The airline published a revised timetable on Friday.', 'Friday', '2026-03-06'],
    ['The report had been finished by Friday.', 'Friday', '2026-03-06'],
    ['He said he would have finished by Friday.', 'Friday', '2026-03-06'],
    ['She rose to No. 2 in the rankings on Monday.', 'Monday', '2026-03-09'],
  ])('the past still: %s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
});

describe('en dates: "per hour" after a measure is a rate, not a time', () => {
  it.each([
    'Gusts reached 60 miles per hour on the ridge.',
    'The museum drew a million visitors per week last summer.',
    'The train ran at 300 km per hour.',
  ])('%s', (text) => {
    expect(dates(text).filter(([span]) => String(span).startsWith('per'))).toEqual([]);
  });
  it.each([
    ['The plan costs $500 per month.', 'per month', 'P1M'],
    ['Inspections take place twice per year.', 'per year', 'P1Y'],
  ])('a price or a frequency still: %s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
});

describe("en dates: a quarter's results reported early in the next year", () => {
  it.each([
    ['The company will report fourth-quarter results on Feb. 26.', 'fourth-quarter', '2025-Q4'],
    ['Quillon will post fourth-quarter earnings next week.', 'fourth-quarter', '2025-Q4'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
  it.each([
    ['The plant will open in the fourth quarter.', 'the fourth quarter', '2026-Q4'],
    ['The company will report first-quarter results in April.', 'first-quarter', '2026-Q1'],
    ['It expects fourth-quarter sales to rise.', 'fourth-quarter', '2026-Q4'],
  ])('this year still: %s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
});

describe('en dates: "in two weeks" ahead of a modal is the week it falls in', () => {
  it.each([
    ['She will next play in Doha in two weeks.', 'two weeks', '2026-W13'],
    ['The council said it would vote again in three months.', 'three months', '2026-06'],
    ['The notes would be redeemed in five years.', 'five years', '2031'],
    ['The board will decide in 10 days.', '10 days', '2026-03-20'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
  it.each([
    ['It was his second letter in two weeks.', 'two weeks', 'P2W'],
    ['Prices rose 5% in two weeks.', 'two weeks', 'P2W'],
    ['It will be the first rise in five years.', 'five years', 'P5Y'],
    ['The index will hit its lowest level in two years.', 'two years', 'P2Y'],
    ['The bank will finish the review within a year.', 'a year', 'P1Y'],
    ['He would have retired in two years.', 'two years', 'P2Y'],
  ])('a span still: %s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
});
