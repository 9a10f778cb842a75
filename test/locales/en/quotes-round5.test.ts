// English attribution shapes added in the fifth round on reported speech (issue 4). Every
// sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { expectLinearTime, repeatTo } from '../../helpers/linear.js';
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

describe('en quotes: a passive report names no source', () => {
  const CASES: Case[] = [
    [
      'The new ferry line is expected to open in the spring.',
      [['indirect', 'The new ferry line is expected to open in the spring', null]],
    ],
    // an opening clause is no part of what is expected
    [
      'If the levy fails, the school board could be expected to cut bus routes.',
      [['indirect', 'the school board could be expected to cut bus routes', null]],
    ],
    // the subject is what is expected, never who expects it
    [
      'The levy is expected to pass on Friday.',
      [['indirect', 'The levy is expected to pass on Friday', null]],
    ],
    [
      'The council member is said to be weighing a run for mayor.',
      [['indirect', 'The council member is said to be weighing a run for mayor', null]],
    ],
    // a judgement passed on the subject
    [
      'The former treasurer was accused of moving club funds into his own account.',
      [['indirect', 'The former treasurer was accused of moving club funds into his own account', null]],
    ],
    [
      'And the inspectors have sometimes been blamed for slow permits, with builders waiting for months.',
      [['indirect', 'the inspectors have sometimes been blamed for slow permits', null]],
    ],
    [
      'The rookie was dubbed the hero of the night by fans.',
      [['indirect', 'The rookie was dubbed the hero of the night by fans', null]],
    ],
    // a source named in a trailing cue takes what is expected
    [
      'The striker is expected to miss three weeks with a knee injury, the club said.',
      [['indirect', 'The striker is expected to miss three weeks with a knee injury', 'club']],
    ],
    // "it" and a that-clause
    [
      'It was announced that the mill would close in March.',
      [['indirect', 'that the mill would close in March', null]],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    // no infinitive, or an infinitive of a preposition
    'The governor is expected at the ribbon cutting on Friday.',
    'The shipment was reported missing on Tuesday.',
    'The sales rose as expected.',
    // a passive with no judgement after it
    'The shop was praised by its neighbors.',
    'The winger was called up to the national team.',
    // a dummy subject with an infinitive
    'It is thought to rain all weekend in the hills.',
  ])('finds no report in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('en quotes: questions asked and doubts held', () => {
  const CASES: Case[] = [
    // the question opens the sentence; the main clause keeps its own quote and speaker
    [
      'Asked about the delay at the depot, Karen Wu said the parts had not arrived.',
      [
        ['indirect', 'the delay at the depot', null],
        ['indirect', 'the parts had not arrived', 'Karen Wu'],
      ],
    ],
    [
      'Asked whether the plant would close, the manager shrugged.',
      [['indirect', 'whether the plant would close', null]],
    ],
    // a time between "Asked" and the question
    [
      'Asked on Tuesday whether the plant would close, the manager shrugged.',
      [['indirect', 'whether the plant would close', null]],
    ],
    // a question put to the subject of a passive
    [
      'The old coach was once asked how the rivalry would end.',
      [['indirect', 'The old coach was once asked how the rivalry would end', null]],
    ],
    // a doubt held or faced, and what it is about
    [
      'The zoning board has serious concerns about the height of the tower.',
      [['indirect', 'the height of the tower', 'zoning board']],
    ],
    [
      'Karen Wu faced questions about the ferry contract on Tuesday.',
      [['indirect', 'the ferry contract', 'Karen Wu']],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    // "asked" without a question, a held thing that is no doubt
    'Asked, the manager shrugged.',
    'The zoning board has new offices on Main Street.',
    'The club had high hopes for the season.',
  ])('finds no report in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });

  it('reads "have expressed concern" as the verb of stance, not a doubt held', () => {
    expect(
      triples(run('en', 'Parents have expressed concern about the new bus routes because of the traffic.')),
    ).toEqual([['indirect', 'the new bus routes', 'Parents']]);
  });
});

describe('en quotes: an absolute phrase with "with" ends what was reported', () => {
  it('stops a record’s content at ", with …"', () => {
    expect(
      triples(
        run('en', 'The latest poll shows the incumbent with a narrow lead, with two precincts still out.'),
      ),
    ).toEqual([['indirect', 'the incumbent with a narrow lead', 'latest poll']]);
  });
});

describe('en quotes: told someone to do something', () => {
  it('takes the one told and the infinitive, as after "urged"', () => {
    expect(
      triples(run('en', 'The superintendent told principals never to discuss the audit with parents.')),
    ).toEqual([['indirect', 'principals never to discuss the audit with parents', 'superintendent']]);
  });
  it('leaves "told" with a place or time alone', () => {
    expect(run('en', 'The superintendent told in March of a trip to the coast.')).toEqual([]);
  });
});

describe('en quotes: an apposition to a name that closes the sentence is the writer’s', () => {
  it('ends what was said before ", the …" after a name', () => {
    expect(
      triples(run('en', 'Karen Wu said she would not back Tom Reyes, the favorite of the party bosses.')),
    ).toEqual([['indirect', 'she would not back Tom Reyes', 'Karen Wu']]);
  });
  it.each([
    // a relative clause or a list goes on with the content
    [
      'Karen Wu said she would not back Tom Reyes, the man who ran the port.',
      'she would not back Tom Reyes, the man who ran the port',
    ],
    [
      'Karen Wu said the fair hosted Ana Ruiz, the singer Leo Park and the band.',
      'the fair hosted Ana Ruiz, the singer Leo Park and the band',
    ],
  ])('keeps the apposition in %s', (text, quote) => {
    expect(triples(run('en', text))).toEqual([['indirect', quote, 'Karen Wu']]);
  });
});

describe('en quotes: the end of an object', () => {
  it.each([
    // the subject's next verb after its object
    [
      'The senator championed the ferry bill and extended it to the islands.',
      [['indirect', 'the ferry bill', 'senator']],
    ],
    // an adverb before a participle of reporting
    [
      'Karen Wu complained about the noise at the depot, even suggesting the trucks came too early.',
      [['indirect', 'the noise at the depot', 'Karen Wu']],
    ],
    // "the latest …" after a comma is the writer's
    [
      'The mayor is endorsing Tom Reyes, the latest turn in a long feud.',
      [['indirect', 'Tom Reyes', 'mayor']],
    ],
  ] as Case[])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: particles and main clauses after a short object', () => {
  it('reads "spoke out (Tuesday) about" as the cue', () => {
    expect(triples(run('en', 'Karen Wu spoke out Tuesday about the closing of the clinic.'))).toEqual([
      ['indirect', 'the closing of the clinic', 'Karen Wu'],
    ]);
  });
  it('ends a short object at the writer’s main clause with a pronoun subject', () => {
    expect(triples(run('en', 'Once Karen Wu has said her piece, she is ready to leave.'))).toEqual([
      ['indirect', 'her piece', 'Karen Wu'],
    ]);
  });
  it.each([
    // a subordinate clause or an opening phrase inside what was said
    [
      'Karen Wu said that, in addition to the clinic, she would close the depot.',
      'that, in addition to the clinic, she would close the depot',
    ],
    ['Karen Wu said if the levy fails, she will resign.', 'if the levy fails, she will resign'],
  ])('keeps the main clause in %s', (text, quote) => {
    expect(triples(run('en', text))).toEqual([['indirect', quote, 'Karen Wu']]);
  });
});

describe('en quotes: the writer’s clause after what was reported, and a relative clause interrupted', () => {
  it.each([
    [
      'Emails suggest that the mayor favors the port, and that’s something the council would dispute.',
      [['indirect', 'that the mayor favors the port', 'Emails']],
    ],
    // "and that" opening a second that-clause goes on with what was said
    [
      'Karen Wu said the depot was late, and that the cost had doubled.',
      [['indirect', 'the depot was late, and that the cost had doubled', 'Karen Wu']],
    ],
    [
      'The fair sits near the old stadium, which, Karen Wu said, is full on game days.',
      [['indirect', 'which, Karen Wu said, is full on game days', 'Karen Wu']],
    ],
  ] as Case[])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: a stance held by the subject of "be"', () => {
  it.each([
    ['Karen Wu is a staunch opponent of the new toll.', [['indirect', 'the new toll', 'Karen Wu']]],
    [
      'The harbor agency has long been a vocal supporter of the ferry plan.',
      [['indirect', 'the ferry plan', 'harbor agency']],
    ],
    ['Tom Reyes has been critical of the mayor since the spring.', [['indirect', 'the mayor', 'Tom Reyes']]],
  ] as Case[])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
  it.each([
    // no form of "be", or a thing that is no stance
    'The critics of the plan met on Friday.',
    'Karen Wu is a member of the board.',
  ])('finds no stance in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('en quotes of this round on run-on text', () => {
  it.each([
    'Karen Wu said she backed Tom Reyes, the man of the hour ',
    'Karen Wu said prices fell as traders sold stock and ',
    'Karen Wu said her piece, she is ready, ',
    'The vote is expected to pass and the bill is said to be ',
    'Asked about the plan and the cost and the ',
    'Karen Wu is a critic of the plan and has been critical of ',
    'Karen Wu said the plan failed, with Tom Reyes, with ',
  ])('stays linear on one endless sentence of "%s"', (unit) => {
    const { result: out } = expectLinearTime(repeatTo(unit), 300_000, (text) => run('en', text), 3000);
    expect(out.every((q) => q.start >= 0 && q.end > q.start && q.end <= 300_000 + unit.length)).toBe(true);
  });
});

describe('en quotes: headlines with a verb of showing, and a final period', () => {
  it.each([
    [
      'New Survey Shows Big Gain For Mayor Ruiz\n\nThe mayor gained.',
      'Big Gain For Mayor Ruiz',
      'New Survey',
    ],
    [
      'Harbor Study Finds Ferry Fares Too High.\n\nThe study was long.',
      'Ferry Fares Too High',
      'Harbor Study',
    ],
  ])('%s', (text, quote, speaker) => {
    expect(triples(run('en', text))).toEqual([['indirect', quote, speaker]]);
  });
  it.each([
    // a verb that is also a noun, with a period
    'Harbor Hit Piece Angers Ferry Riders.\n\nThe riders were angry.',
    // a sentence in sentence case after the verb
    'The Harbor Study Finds the fares too high.\n\nThe study was long.',
  ])('finds no headline in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('en quotes: a passive report with a quoted phrase', () => {
  it('is left out (no one to say the quoted words)', () => {
    expect(run('en', 'The plan was widely ridiculed for its promise of “a ferry to every island.”')).toEqual(
      [],
    );
  });
});

describe('en quotes: a relative clause set off by commas or dashes', () => {
  it.each([
    [
      'Karen Wu, who called for higher fees on ferries, spoke Friday.',
      [['indirect', 'higher fees on ferries', 'Karen Wu']],
    ],
    [
      'It is a big issue, with Karen Wu — who’s called for higher fees on ferries — leading the charge.',
      [['indirect', 'higher fees on ferries', 'Karen Wu']],
    ],
    // a list inside the relative clause goes on
    [
      'Karen Wu, who called for higher fees, fewer boats and later hours, spoke Friday.',
      [['indirect', 'higher fees, fewer boats and later hours', 'Karen Wu']],
    ],
  ] as Case[])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: the end of a stance held', () => {
  it.each([
    [
      'Dana Holt, who has long been a supporter of the bridge, faced the board on Monday.',
      [['indirect', 'the bridge', 'Dana Holt']],
    ],
    [
      'Some residents were critical of the plan, and one farmer has refused to sell his land.',
      [
        ['indirect', 'the plan', 'residents'],
        ['indirect', 'to sell his land', 'farmer'],
      ],
    ],
    // an object of a stance verb ends there too
    [
      'The mayor criticized the budget, and the council has delayed a vote.',
      [['indirect', 'the budget', 'mayor']],
    ],
  ] as Case[])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: a short clause before a trailing cue', () => {
  it('takes three words', () => {
    expect(triples(run('en', 'The board needs people like Karen Wu. People like Wu, he said.'))).toEqual([
      ['indirect', 'People like Wu', null],
    ]);
  });
  it('leaves two words alone', () => {
    expect(run('en', 'The vote was close. Very close, he said.')).toEqual([]);
  });
});

describe('en quotes: "who said" after a noun and its phrase', () => {
  it('speaks for the plural noun before the phrase', () => {
    expect(
      triples(
        run(
          'en',
          'The host took calls from listeners to his radio program who said the fares were too high.',
        ),
      ),
    ).toEqual([['indirect', 'the fares were too high', 'listeners']]);
  });
});

describe('en quotes: the subject’s next verb or a new clause after a short object', () => {
  it.each([
    [
      'The city council has signaled support for the levy but has been met with protests.',
      [['indirect', 'support for the levy', 'city council']],
    ],
    [
      'Harbor Mills agreed to lend the town two trucks, and the farmers’ union also sent a tractor.',
      [['indirect', 'to lend the town two trucks', 'Harbor Mills']],
    ],
    // a verb inside what was said keeps the coordination in it
    [
      'Karen Wu said the depot was closed and had been sold in May.',
      [['indirect', 'the depot was closed and had been sold in May', 'Karen Wu']],
    ],
  ] as Case[])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});
