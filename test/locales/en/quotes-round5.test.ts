// English attribution shapes added in the fifth round on reported speech (issue 4). Every
// sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { run, triples } from '../../quotes/helpers.js';

type Case = [text: string, expected: [type: string, quote: string, speaker: string | null][]];

describe('en quotes: a clause of circumstance with "as" ends what was reported', () => {
  const CASES: Case[] = [
    // a mixed quote with a clause after it
    [
      'Officials said the economy was "on a firm footing" as trade tensions weighed on exporters.',
      [['direct', 'the economy was "on a firm footing"', 'Officials']],
    ],
    [
      'The central bank called the outlook "deeply uncertain" as trade tensions between the two countries escalated last week.',
      [['direct', 'the outlook "deeply uncertain"', 'central bank']],
    ],
    [
      'The company described its results as "resilient" as trade tensions hit demand in Asia.',
      [['direct', 'its results as "resilient"', 'company']],
    ],
    // a record shows what it holds; the writer's clause follows
    [
      'The survey indicates a tightening race as the challenger gains ground in the suburbs.',
      [['indirect', 'a tightening race', 'survey']],
    ],
    // a name and its verb in -s, a pronoun and its verb
    [
      'The mayor praised the new bus lanes as Dana Holt watches from the curb.',
      [['indirect', 'the new bus lanes', 'mayor']],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  const KEPT: Case[] = [
    // a forecast: the clause of circumstance is part of what was predicted
    [
      'The treasurer said the fund would shrink in the early years as retirees drew more money.',
      [['indirect', 'the fund would shrink in the early years as retirees drew more money', 'treasurer']],
    ],
    // comparisons and roles are no clauses
    [
      'The coach said the team played as well as it could in the rain.',
      [['indirect', 'the team played as well as it could in the rain', 'coach']],
    ],
    [
      'Karen Wu said the depot was used as storage for the county trucks.',
      [['indirect', 'the depot was used as storage for the county trucks', 'Karen Wu']],
    ],
  ];
  it.each(KEPT)('keeps the clause in %s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});
