// English entities, round 7: organizations named by the people who serve them, by a dotted legal form,
// and by the newspaper cue before they speak. One table per rule, each with cases that must be found and
// cases that must not. All sentences are written for these tests.
import { table } from './helpers.js';

table('en.org.officer-of: the name before an officer and the person holding the post', [
  [
    'Brightwell said on Monday that Halvoro general manager Mark Tesson had resigned. He will stay on Halvoro’s board.',
    ['organization:Halvoro', 'person:Mark Tesson'],
    ['person:Halvoro'],
  ],
  [
    'Tesson later joined Quimbex, where Quimbex chief executive Dana Ruel welcomed him.',
    ['organization:Quimbex', 'person:Dana Ruel'],
    ['person:Quimbex'],
  ],
  [
    'Ternova managing director Ilse Brandt said the plant would reopen.',
    ['organization:Ternova', 'person:Ilse Brandt'],
    [],
  ],
  [
    'Calder Mutual spokeswoman Rita Osei declined to comment.',
    ['organization:Calder Mutual', 'person:Rita Osei'],
    [],
  ],
  // a country, a nationality or a role word before the title is no organization
  ['France President Jacques Morel arrived in Rome.', ['person:Jacques Morel'], ['organization:France']],
  ['Former chairman Paul Ridley left in May.', ['person:Paul Ridley'], ['organization:Former']],
  // a person's given name before the title: the whole is a person, not an employer
  ['Maria general manager of the club', [], ['organization:Maria']],
  // no person after the title: nothing to go on
  ['The Selvane director of finance resigned.', [], ['organization:Selvane']],
]);

table('en.org.company-short-name: a dotted legal form makes the short name a company', [
  [
    'Shares in Veltrona A.G. fell 4 percent. Veltrona said demand was weak. Analysts said Veltrona would recover.',
    ['organization:Veltrona A.G.', 'organization:Veltrona'],
    ['person:Veltrona'],
  ],
  [
    'Orvesta S.A. posted a first-half loss. Orvesta blamed the weak franc.',
    ['organization:Orvesta S.A.', 'organization:Orvesta'],
    ['person:Orvesta'],
  ],
  [
    'Lindqvar S.p.A. won the contract. Lindqvar shares rose.',
    ['organization:Lindqvar S.p.A.', 'organization:Lindqvar'],
    [],
  ],
  // a surname of someone named here stays that person
  [
    'Harlan Brisk founded Brisk N.V. in 1990. Brisk said he would retire.',
    ['person:Harlan Brisk', 'person:Brisk'],
    ['organization:Brisk'],
  ],
]);

table('en.org.speaker-known-org: a name shown to be a newspaper stays one as a speaker', [
  [
    'Mestrovy Dzien daily said the deal was close. Mestrovy Dzien said it had seen the contract.',
    ['organization:Mestrovy Dzien'],
    ['person:Mestrovy Dzien'],
  ],
  [
    'The Korvana Herald newspaper reported the arrests. Korvana Herald said six men were held.',
    ['organization:Korvana Herald'],
    ['person:Korvana Herald'],
  ],
  // a person who speaks, with no business cue anywhere, is still a person
  ['Tomas Verhoek said the talks had failed.', ['person:Tomas Verhoek'], ['organization:Tomas Verhoek']],
]);

table('en.org.press-title: an unknown word opening a sentence before a press noun', [
  ['Liberta newspaper said the bomb killed four people.', ['organization:Liberta'], ['person:Liberta']],
  ['Al-Nahrain newspapers said the men had been arrested.', ['organization:Al-Nahrain'], []],
  ['Gazetka daily reported the strike on Monday.', ['organization:Gazetka'], []],
  // an everyday word, a day or a nationality before the press noun is no title
  ['Sunday newspapers reported the split.', [], ['organization:Sunday']],
  ['Local newspaper editors met on Friday.', [], ['organization:Local']],
  ['Italian newspapers said little about the vote.', [], ['organization:Italian']],
  ['Paris newspapers said little about the vote.', [], ['organization:Paris']],
]);

table('en.org.officer-of: a club before its coach, captain or manager', [
  [
    'Velmora coach Anton Riess praised his side after the 2-0 win.',
    ['organization:Velmora', 'person:Anton Riess'],
    [],
  ],
  ['Dravik captain Ola Nyman scored twice in the second half.', ['organization:Dravik'], []],
  // a country or an everyday word before the role is no club
  ['England captain Mike Rowe scored twice.', ['person:Mike Rowe'], ['organization:England']],
  ['Team captain John Fell was injured in the first half.', ['person:John Fell'], ['organization:Team']],
]);

table('en.org.team-nickname: a plural-shaped name after "the" in a sports report', [
  [
    'BASEBALL - MAJOR LEAGUE RESULTS. Tim Oakes hit a homer as the Harvesters rallied to a 5-4 win over the Mariners.',
    ['organization:Harvesters'],
    [],
  ],
  [
    'BASEBALL - MAJOR LEAGUE RESULTS. Ray Dunne hit two solo homers for the Stormhawks in the 7-3 defeat.',
    ['organization:Stormhawks'],
    [],
  ],
  // a country, the Olympics or an everyday plural after "the" is no team
  [
    'ATHLETICS - RESULTS. She won gold at the Olympics after two seasons in the Netherlands.',
    ['place:Netherlands'],
    ['organization:Olympics', 'organization:Netherlands'],
  ],
  // outside a sports report the shape says nothing
  ['The tour visits the Highlanders museum in June.', [], ['organization:Highlanders']],
]);
