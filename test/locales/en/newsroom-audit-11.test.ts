import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';

// The twentieth session's English items, found reading articles of our own (a central bank decision, a wildfire).
// Every sentence here was written for these tests.

const { entities, quotes, dates } = auditHelpers('2024-06-12');

describe('en a verb that reports only with a that-clause reports nothing in an as-clause before "to"', () => {
  it('"…, as inflation continued to ease." is no quote', () => {
    expect(quotes('The central bank held rates on Wednesday, as inflation continued to ease.')).toEqual([]);
  });
  it('negative: an as-clause with a verb of saying still reports the sentence', () => {
    expect(
      quotes('Rates will fall this year, as Powell said on Monday.').map(([, speaker]) => speaker),
    ).toEqual(['Powell']);
  });
});

describe('en a month that is also a given name before one name word is a given name', () => {
  it.each([
    ['Goldman Sachs economist Jan Hatzius wrote that a cut could come soon.', 'Jan Hatzius'],
    ['Jan Kowalski said the plan works.', 'Jan Kowalski'],
  ])('%s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'person']);
  });
  it.each([
    'From January to June Comelf exported most of its output.',
    'Sales rose in Jan 2024 and fell in June.',
  ])('negative: the month after a word of time or before a number: %s', (text) => {
    expect(entities(text).filter(([, type]) => type === 'person')).toEqual([]);
  });
});

describe('en a weekday joined to a weekday meant for is meant for too', () => {
  it('"canceled classes for Monday and Tuesday" (the reference date is a Wednesday)', () => {
    expect(dates('The university canceled classes for Monday and Tuesday.')).toEqual([
      ['Monday', '2024-06-17'],
      ['Tuesday', '2024-06-18'],
    ]);
  });
  it('negative: days the story narrates stay past', () => {
    expect(dates('The strike ended on Monday and Tuesday.')).toEqual([
      ['Monday', '2024-06-10'],
      ['Tuesday', '2024-06-11'],
    ]);
  });
});
