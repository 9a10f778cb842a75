// English attribution shapes added in the third round on reported speech (issue 4). Every
// sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { run, triples } from '../../quotes/helpers.js';

type Case = [text: string, expected: [type: string, quote: string, speaker: string | null][]];

describe('en quotes: subjects set off by an apposition', () => {
  const CASES: Case[] = [
    // a described subject with its article, then an apposition holding a relative clause
    [
      'The harbor agency, the body that runs the ferries, said the boats would run at night.',
      [['indirect', 'the boats would run at night', 'harbor agency']],
    ],
    // a body's capitalized name joined by "and", then the apposition
    [
      'Parks and Recreation Services, the office that keeps the trails, said the bridge was unsafe.',
      [['indirect', 'the bridge was unsafe', 'Parks and Recreation Services']],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    // the apposition is the writer's, and the verb reports nothing
    'The old mill, the largest in the county, closed in May.',
    // an opening phrase of place is no subject
    'In Dover and Milford, the last week, rained hard.',
  ])('finds no reported speech in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('en quotes: a verb of saying after "and" shares the subject', () => {
  const CASES: Case[] = [
    [
      'Karen Wu laughed and said, "Nobody reads the levy."',
      [['direct', '"Nobody reads the levy."', 'Karen Wu']],
    ],
    ['The mayor shrugged and said: “The files are gone.”', [['direct', '“The files are gone.”', 'mayor']]],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it('keeps a quoted phrase right after "but said" inside the reported clause', () => {
    const text = 'Karen Wu said she thinks the audit should be public but said "the timing is wrong."';
    expect(triples(run('en', text))).toEqual([
      ['direct', 'the audit should be public but said "the timing is wrong."', 'Karen Wu'],
    ]);
  });
});
