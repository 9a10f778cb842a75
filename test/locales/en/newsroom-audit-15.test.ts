import { table } from './helpers.js';

// The twenty-sixth session's English entity rules: error classes found measuring the development sets
// (counted, never copied). Every sentence here was written for these tests.

table('en a name before a verb of saying and "it" is a body', [
  [
    'Hungarian steelmaker Valdorix said it had tripled first-half profit. Valdorix sells half its steel abroad.',
    ['organization:Valdorix'],
    ['person:Valdorix'],
  ],
  [
    'Shares fell after Tarvex said on Monday it would cut 200 jobs at its plant.',
    ['organization:Tarvex'],
    ['person:Tarvex'],
  ],
  [
    'Analysts were surprised when Brelmont told reporters that it had paid the fine.',
    ['organization:Brelmont'],
    [],
  ],
  // negatives: what someone says about a thing, a given name, someone named in full before
  ['The mayor met the press and Okonjo said it was unfair to blame the police.', [], ['organization:Okonjo']],
  ['After the vote, Kettering said it would be hard to pass the budget.', [], ['organization:Kettering']],
  ['After the vote, Daniel said it would take time to rebuild.', [], ['organization:Daniel']],
  [
    'Finance minister Anton Vesely spoke on Friday. Vesely said it would take months to repair the roads.',
    ['person:Vesely'],
    ['organization:Vesely'],
  ],
]);
