import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';
import { table } from './helpers.js';

// The twenty-eighth session's English entity and quote rules: error classes found writing our own news stories
// and measuring the development sets (counted, never copied). Every sentence here was written for these tests.

table('en an unknown given name, a family name that is an everyday word, and a clause about a person', [
  ['Jannik Sinner won his first Grand Slam title on Sunday.', ['person:Jannik Sinner'], []],
  ['Shubman Gill made his highest score in Chennai.', ['person:Shubman Gill'], ['organization:Shubman Gill']],
  // negatives: a business's own pronoun, a pronoun as an object, a pronoun of what it said
  ['Nordwell Chemicals said its profit rose 4 percent.', ['organization:Nordwell Chemicals'], []],
  ['Halvoro Shipping hired him in May.', ['organization:Halvoro Shipping'], ['person:Halvoro Shipping']],
  ['Tarvik Cement raised its prices as his rivals cut theirs.', [], ['person:Tarvik Cement']],
]);

table('en a party named by its own word opens a sentence before a verb, a modal or its possessive', [
  ['Labour would scrap the tax within a year.', ['organization:Labour'], []],
  ['Labour leads the Conservatives by 18 points.', ['organization:Labour'], []],
  ["Labour's candidate won the seat on Thursday.", ['organization:Labour'], []],
  ['Labour must explain how it would pay for the plan.', ['organization:Labour'], []],
  // negatives: the everyday word before a noun, a holiday
  ['Labour costs rose sharply in the third quarter.', [], ['organization:Labour']],
  ['Labour shortages hit farms across the region.', [], ['organization:Labour']],
  ['Labour Day parades were held in the capital.', [], ['organization:Labour']],
]);

table('en an Arabic name written with its particle and a hyphen is a name alone too', [
  [
    'Majed al-Ansari spoke in Doha. al-Ansari told a briefing that talks would go on.',
    ['person:Majed al-Ansari', 'person:al-Ansari'],
    [],
  ],
  // negatives: a lower-case word with a hyphen, no name after it
  ['The all-party group met as the al-fresco dinner began.', [], ['person:all-party', 'person:al-fresco']],
]);

const { quotes } = auditHelpers('2024-06-01');

describe('en a speaker after the verb: an age or a player’s role after "the", a name with a particle', () => {
  it.each([
    ['"It was a good day," said the 22-year-old.', '22-year-old', 'said'],
    ['"It was a good day," said the 31-year-old striker.', '31-year-old striker', 'said'],
    ['"We never gave up," said the striker.', 'striker', 'said'],
    ['"We were tired in the second half," said the goalkeeper.', 'goalkeeper', 'said'],
    ['"The talks are stuck," said Ahmed al-Bashir.', 'Ahmed al-Bashir', 'said'],
    ['"The talks are stuck," Ahmed al-Bashir said.', 'Ahmed al-Bashir', 'said'],
    [
      'Majed al-Ansari spoke on Monday. "We are not there yet," al-Ansari told a briefing.',
      'al-Ansari',
      'told',
    ],
  ])('%s', (text, speaker, cue) => {
    expect(quotes(text).map((q) => [q[1], q[2]])).toContainEqual([speaker, cue]);
  });
  // negatives: the first word of the name alone, an age that is no speaker
  it.each([
    ['"The talks are stuck," said Ahmed al-Bashir.', 'Ahmed'],
    ['Police found the 22-year-old in a car on Friday.', '22-year-old'],
  ])('not: %s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).not.toContain(speaker);
  });
});
