import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

// The twenty-fourth session's English date rules: errors found measuring the development sets (counted, never
// copied). Every sentence here was written for these tests.

const values = (text: string, date: string) =>
  (extract(text, { lang: 'en', date }).dates ?? []).map((d) => [d.text, d.value]);

describe('en a month after a past verb whose object plans the future is past', () => {
  it.each([
    ['In September, the firm announced plans to buy a rival.', 'September', '2023-09'],
    ['In August, the council unveiled a plan to close the plant.', 'August', '2023-08'],
  ])('%s', (text, span, value) => {
    expect(values(text, '2023-10-30')).toContainEqual([span, value]);
  });
  it('negative: a plan announced for a month ahead stays ahead', () => {
    expect(values('The firm plans to open the plant in November.', '2023-10-30')).toContainEqual([
      'November',
      '2023-11',
    ]);
  });
});

describe('en a reporting verb before "that" does not set the reported clause in the past', () => {
  it.each([
    [
      'He added that rules to be published in early November will settle the matter.',
      'early November',
      '2023-11',
    ],
    ['She said that new guidance due in early December will help.', 'early December', '2023-12'],
  ])('%s', (text, span, value) => {
    expect(values(text, '2023-10-30')).toContainEqual([span, value]);
  });
  it('negative: a past verb inside the reported clause still sets it in the past', () => {
    expect(values('He said that the plant closed in September.', '2023-10-30')).toContainEqual([
      'September',
      '2023-09',
    ]);
  });
});

describe('en a plan made and passed ("had been due to", "had been scheduled to") points back', () => {
  it.each([
    ['The offer had been due to expire Friday evening.', 'Friday evening', '2023-10-27TEV'],
    ['The vote had been scheduled for Friday.', 'Friday', '2023-10-27'],
  ])('%s', (text, span, value) => {
    expect(values(text, '2023-10-30')).toContainEqual([span, value]);
  });
  it('negative: a plan still ahead points ahead', () => {
    expect(values('The offer is due to expire Friday evening.', '2023-10-30')).toContainEqual([
      'Friday evening',
      '2023-11-03TEV',
    ]);
  });
});

describe('en a modal of what may happen governs a day later in its clause too', () => {
  it('"said the storm would move across … and exit into the Atlantic on Thursday"', () => {
    expect(
      values(
        'Forecasters said the storm would move across central Florida overnight and exit into the Atlantic on Thursday.',
        '2024-11-20',
      ),
    ).toContainEqual(['Thursday', '2024-11-21']);
  });
  it('negative: a past clause after a comma keeps its day past', () => {
    expect(
      values(
        'Officials said the storm would weaken, and the surge flooded the coast on Thursday.',
        '2024-11-20',
      ),
    ).toContainEqual(['Thursday', '2024-11-14']);
  });
});

describe('en "…, the company said": a firm described after what it said is the firm that is the topic', () => {
  const speakers = (text: string) =>
    (extract(text, { lang: 'en', date: '2024-11-20' }).quotes ?? []).map((q) => q.speaker?.name ?? null);
  it.each([
    [
      'Nvidia forecast revenue above estimates on Wednesday. Demand remains strong, the company said.',
      'Nvidia',
    ],
    [
      'The Environmental Protection Agency proposed new limits on Tuesday. The rule will cut emissions by half, the agency said.',
      'Environmental Protection Agency',
    ],
    ['Nvidia forecast revenue above estimates. "We are ready," the company said.', 'Nvidia'],
  ])('%s', (text, name) => {
    expect(speakers(text).at(-1)).toBe(name);
  });
  it('negative: with no body named before, the description stays unresolved', () => {
    expect(speakers('Demand remains strong, the company said.')).toEqual(['company']);
  });
});
