import { table } from './helpers.js';

// The twenty-seventh session's English entity rules: error classes found writing our own news stories and
// measuring the development sets (counted, never copied). Every sentence here was written for these tests.

const test = 'CRICKET - ENGLAND V INDIA.\nLONDON 2024-06-01\n';
table('en a ground named with a possessive is the whole ground', [
  [`${test}India won by six wickets at Lord's on Sunday.`, ["place:Lord's"], []],
  [`${test}Lord’s was sold out for all five days.`, ['place:Lord’s'], []],
  [`${test}The second Test (at Lord's, London) starts on July 10.`, ["place:Lord's", 'place:London'], []],
  // negatives: a possessive before another capitalized word
  ["The congregation said the Lord's Prayer together.", [], ["place:Lord's", "place:Lord's Prayer"]],
]);

table(
  'en a newspaper is an organization, by its several words or by one everyday word where the press shows',
  [
    [
      'The Sunday Telegraph quoted an aide as saying the visit was off.',
      ['organization:The Sunday Telegraph'],
      [],
    ],
    [
      'The mayor told the Evening Standard that fares would be frozen.',
      ['organization:Evening Standard'],
      [],
    ],
    ['A club spokesman told the Sun: "We will appeal."', ['organization:Sun'], []],
    ["Britain's Sun newspaper said the striker had signed.", ['organization:Sun'], []],
    ['The Times reported that the minister had quit.', ['organization:The Times'], []],
    ['Officials spoke to the Guardian on Monday about the leak.', ['organization:Guardian'], []],
    ['The coach said so in the Gazzetta dello Sport on Friday.', ['organization:Gazzetta dello Sport'], []],
    // negatives: the everyday word, a longer name the title opens, no press shown
    ['The sun rose over the harbour and the Sun rose again.', [], ['organization:Sun']],
    ['An independent review was ordered into the crash.', [], ['organization:independent']],
    ["Singapore's Straits Times Index fell 2 percent.", [], ['organization:Straits Times']],
    ['A crowd gathered in Times Square. The Times Square show went on.', [], ['organization:The Times']],
    ['The Post Office will close 40 branches.', [], ['organization:Post']],
  ],
);
