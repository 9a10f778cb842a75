import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';

// The twenty-third session's English items, found reading articles of our own (a central bank decision, a
// wildfire, a football match, a car recall). Every sentence here was written for these tests.

const { entities, quotes } = auditHelpers('2024-06-12');

describe('en a person named before "of", "at" or "from" and a body speaks, not the body', () => {
  it.each([
    ['Analyst Dan Ives of Wedbush Securities said the recall was minor.', 'Dan Ives'],
    ['Maria Lindqvist of Nordhavn Capital said the bank would wait.', 'Maria Lindqvist'],
    ['Economist Paul Fenwick at Carrow Partners said rates would fall.', 'Paul Fenwick'],
  ])('%s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
  it.each([
    ['Bank of America said profits rose in the quarter.', 'Bank of America'],
    ['The Federal Reserve Bank of New York said rates would rise.', 'Federal Reserve Bank of New York'],
    ['Secretary of State Antony Blinken said the talks would resume.', 'Antony Blinken'],
  ])('negative: a body named with "of" is one speaker: %s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
});

describe('en a recall of goods or envoys, or evidence given against someone, is no statement', () => {
  it.each([
    ['Tesla recalls 2 million vehicles over safety concerns.'],
    ['Ford recalled nearly 100,000 trucks on Monday.'],
    ['Moscow recalled its ambassador from Kyiv.'],
    ['Caroline Ellison testified against him last year.'],
    ['The minister will testify before the committee on Tuesday.'],
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
  it('negative: recalling what happened reports it', () => {
    expect(quotes('Maria Lopez recalled that the house was empty.').map((q) => q[1])).toEqual([
      'Maria Lopez',
    ]);
  });
});

describe('en a town whose name ends in a landscape word, after a preposition of place', () => {
  it.each([
    ['A wildfire tore through the hills above Pacific Palisades on Tuesday.', 'Pacific Palisades'],
    ['Flooding hit homes around Cedar Falls overnight.', 'Cedar Falls'],
    ['The family moved to Maple Springs last year.', 'Maple Springs'],
  ])('%s', (text, place) => {
    expect(entities(text)).toContainEqual([place, 'place']);
  });
  it('negative: a firm named by its trade stays a firm', () => {
    expect(entities('The plant was sold to Harbor Freight Services in May.')).toContainEqual([
      'Harbor Freight Services',
      'organization',
    ]);
  });
});

describe('en calling an election, a vote or a meeting is no statement', () => {
  it.each([
    ['Prime Minister Arthur Crane called a snap election for July 4.'],
    ['Sunak calls snap July election as Labour leads polls'],
    ['The union called a strike for Monday.'],
    ['The council called an emergency meeting on Friday.'],
  ])('%s', (text) => {
    expect(quotes(text).filter((q) => q[2] === 'called' || q[2] === 'calls')).toEqual([]);
  });
  it('negative: calling a thing something is a statement', () => {
    expect(quotes('Clara Moss called her vote for the war a mistake.').map((q) => q[1])).toEqual([
      'Clara Moss',
    ]);
  });
});

describe('en a party is named without the word "Party" too', () => {
  it('"the Labour Party" … "Labour" … "Labour\'s lead": one body', () => {
    const text =
      "Crane calls snap election as Labour leads polls\n\nLONDON - Arthur Crane called an election, hoping to close the gap with the opposition Labour Party. Pollster Briggs said Labour's lead had barely moved.";
    expect(entities(text).filter(([name]) => /Labour/u.test(name as string))).toEqual([
      ['Labour Party', 'organization'],
    ]);
  });
});
