// English attribution errors found on our own held-out-style articles, round 6 (issue 4): a
// headline's report verb running into the byline, a date line opening what was reported, a
// speaker named before "of the … office in X", and acts taken for reports. Every sentence here
// was written for these tests.
import { describe, expect, it } from 'vitest';
import { entityIndex, run, triples } from '../../quotes/helpers.js';

type Case = [text: string, expected: [type: string, quote: string, speaker: string | null][]];

describe('en quotes: a headline line and a date line are no part of what was reported', () => {
  it('a headline ending in "survey finds" does not report the byline on the next line', () => {
    const text =
      'Coffee drinkers sleep less on weekends, survey finds\nBy Marta Ilves\n\nThe survey was small.';
    expect(run('en', text).some((q) => q.text.includes('Marta'))).toBe(false);
  });

  it('a report verb on the same line still reports what follows', () => {
    expect(triples(run('en', 'A new survey finds that coffee drinkers sleep less on weekends.'))).toEqual([
      ['indirect', 'that coffee drinkers sleep less on weekends', 'new survey'],
    ]);
  });

  const DATED: Case[] = [
    [
      'June 12, 2024 - Coffee drinkers sleep an hour less on weekends, according to a survey released on Tuesday.',
      [['indirect', 'Coffee drinkers sleep an hour less on weekends', 'survey']],
    ],
    [
      'Oct. 4 — Tap water in the valley is safe to drink again, according to the county health office.',
      [['indirect', 'Tap water in the valley is safe to drink again', 'county health office']],
    ],
  ];
  it.each(DATED)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it('a date that is the subject of what was reported stays in it', () => {
    const text = 'June 12 was the hottest day of the year, according to the weather service.';
    expect(run('en', text).map((q) => q.text)).toEqual(['June 12 was the hottest day of the year']);
  });
});

describe('en quotes: a person named before "of the … office in X"', () => {
  it('is the speaker, not the office', () => {
    const text =
      'Hydrologist Peter Vance of the river authority office in Dorset said the river would crest on Friday.';
    const found = run('en', text, entityIndex(text, ['Peter Vance']));
    expect(found.map((q) => [q.speaker, q.entity])).toEqual([['Peter Vance', 'p1']]);
  });

  it('officials at an office in a place stay a role', () => {
    const text = 'Officials at the city office in Dorset said the roads were closed.';
    const found = run('en', text, entityIndex(text, ['Peter Vance']));
    expect(found.map((q) => [q.speaker, q.entity])).toEqual([['Officials at the city office', null]]);
  });
});

describe('en quotes: acts are no reports', () => {
  const ACTS: string[] = [
    'The council approved new parking permits for the downtown area.',
    'The agency raised the flood warning level for the coast on Sunday.',
    'The hotel welcomed its first guests on Monday.',
    'Neighbors welcomed the results of the water tests.',
    'He must report to the county jail on Monday.',
    'The nurses reported to work despite the snow.',
  ];
  it.each(ACTS)('%s', (text) => {
    expect(run('en', text)).toEqual([]);
  });

  it('"report to prison" stays no report when the next sentence holds a "that"', () => {
    const text = 'He must report to prison by May 1. The judge recommended that he serve it near his family.';
    expect(run('en', text).map((q) => q.cue)).toEqual(['recommended']);
  });

  it('"argued for" a penalty leaves only the clause after "saying"', () => {
    const text =
      'Her lawyer, Dana Whitlow, argued for a shorter sentence, saying the woman had no prior record.';
    expect(triples(run('en', text, entityIndex(text, ['Dana Whitlow'])))).toEqual([
      ['indirect', 'the woman had no prior record', 'Dana Whitlow'],
    ]);
  });

  const REPORTS: Case[] = [
    ['The committee approved a bill to cap rents.', [['indirect', 'a bill to cap rents', 'committee']]],
    [
      'The senator raised concerns about the cost of the program.',
      [['indirect', 'the cost of the program', 'senator']],
    ],
    [
      'Farmers welcomed the decision to lower fuel prices.',
      [['indirect', 'the decision to lower fuel prices', 'Farmers']],
    ],
    ['The agency reported that exports rose in May.', [['indirect', 'that exports rose in May', 'agency']]],
    [
      'The defense argued that the man had no prior record.',
      [['indirect', 'that the man had no prior record', 'defense']],
    ],
    [
      'The mayor warned against closing the bridge before the storm.',
      [['indirect', 'against closing the bridge before the storm', 'mayor']],
    ],
  ];
  it.each(REPORTS)('still reports: %s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});
