// English attribution shapes added in the third round on reported speech (issue 4). Every
// sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { expectLinearTime, repeatTo } from '../../helpers/linear.js';
import { entityIndex, run, triples } from '../../quotes/helpers.js';

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

describe('en quotes: a cue that closes the sentence belongs to another source', () => {
  const CASES: Case[] = [
    // the object of a stance verb stops before the trailing cue of a record
    [
      'Two members of the board voted for a cut, the minutes showed.',
      [['indirect', 'a cut', 'members of the board']],
    ],
    // the stance inside the clause is the poll's finding; the trailing cue takes the clause
    [
      'Most riders oppose the fare increase, a new poll shows.',
      [['indirect', 'Most riders oppose the fare increase', 'new poll']],
    ],
    [
      'The council backed the plan, the mayor told reporters.',
      [['indirect', 'The council backed the plan', 'mayor']],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each<Case>([
    // a relative clause after the comma is no trailing cue: the object keeps it
    [
      'The teachers protested the funding formula, which parents say hurts small schools.',
      [['indirect', 'the funding formula, which parents say hurts small schools', 'teachers']],
    ],
    // a verb with a clause of its own after it is no trailing cue
    [
      'Jones threatened to sue the city, in effect daring the mayor to say that the lease was void.',
      [['indirect', 'to sue the city, in effect daring the mayor to say that the lease was void', 'Jones']],
    ],
  ])('keeps what is no trailing cue: %s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: formulas and institutions', () => {
  it.each<Case>([
    // anonymity is a condition of the interview, not what was said
    [
      'A harbor official, speaking on condition of anonymity, said the pier would close.',
      [['indirect', 'the pier would close', 'harbor official']],
    ],
    [
      'Two aides, who spoke on the condition that they not be named, said the talks had stalled.',
      [['indirect', 'the talks had stalled', 'aides']],
    ],
    // an office or an embassy speaks
    [
      "The governor's office has urged the council to seek federal funds.",
      [['indirect', 'the council to seek federal funds', "governor's office"]],
    ],
    [
      'The embassy urged citizens to leave the port.',
      [['indirect', 'citizens to leave the port', 'embassy']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: speakers behind modifiers and plural possessives', () => {
  it.each<Case>([
    // lowercase modifiers and a role before the name after the verb
    [
      '"Something is broken," said union president Keisha Brown.',
      [['direct', '"Something is broken,"', 'Keisha Brown']],
    ],
    [
      '“The pier is safe,” said harbor spokeswoman Ana Ruiz.',
      [['direct', '“The pier is safe,”', 'Ana Ruiz']],
    ],
    [
      'The vote was close, said union president Keisha Brown.',
      [['indirect', 'The vote was close', 'Keisha Brown']],
    ],
    // a plural possessive inside the subject
    [
      "The teachers' union said the board had ignored the problem.",
      [['indirect', 'the board had ignored the problem', "teachers' union"]],
    ],
    [
      'The nurses’ association urged members to reject the offer.',
      [['indirect', 'members to reject the offer', 'nurses’ association']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    // lowercase words after the verb that lead to no name are no speaker
    '"It is late," said once more the tired clerk, and left.',
  ])('finds no speaker phrase in %s', (text) => {
    expect(run('en', text).every((q) => q.speaker === null || !q.speaker.includes('once'))).toBe(true);
  });
});

describe('en quotes: a quoted subheading continues no one', () => {
  it('leaves out a title-case quoted phrase that fills its paragraph', () => {
    const text = [
      '"The mill will reopen in spring," said Karen Wu, the plant manager.',
      "'A Town Waits for Its Mill.'",
      'The mill closed in 2019 after a fire.',
    ].join('\n\n');
    expect(triples(run('en', text))).toEqual([['direct', '"The mill will reopen in spring,"', 'Karen Wu']]);
  });

  it('keeps a sentence-case quote alone in its paragraph as the previous speaker’s words', () => {
    const text = [
      '"The mill will reopen in spring," said Karen Wu, the plant manager.',
      '"We have hired forty people already and we expect more."',
    ].join('\n\n');
    expect(triples(run('en', text))).toEqual([
      ['direct', '"The mill will reopen in spring,"', 'Karen Wu'],
      ['direct', '"We have hired forty people already and we expect more."', 'Karen Wu'],
    ]);
  });
});

describe('en quotes: subjects with examples and datelines', () => {
  it.each<Case>([
    // the noun phrase before ", including …," speaks
    [
      'Supporters of the levy, including two parent groups, argued that the schools needed the money.',
      [['indirect', 'that the schools needed the money', 'Supporters of the levy']],
    ],
    [
      'Several unions, including the nurses, said the offer was too low.',
      [['indirect', 'the offer was too low', 'unions']],
    ],
    // a participle after a clause opened by a dateline: the clause's subject, not the dateline
    [
      'RIVERTON — A county judge on Friday blocked the new zoning rule, saying it ignored the flood maps.',
      [['indirect', 'it ignored the flood maps', 'county judge']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it('finds no speaker in an opening phrase with examples', () => {
    expect(run('en', 'In the end, including the recount, the levy passed.')).toEqual([]);
  });
});

describe('en quotes: a body named with "and" in a trailing cue', () => {
  it.each<Case>([
    [
      'Health officials are tracking a cluster of cases in three counties, the Department of Parks and Recreation said on Friday.',
      [
        [
          'indirect',
          'Health officials are tracking a cluster of cases in three counties',
          'Department of Parks and Recreation',
        ],
      ],
    ],
    [
      'Prices for the drug rose in March, Harbor & Hill said.',
      [['indirect', 'Prices for the drug rose in March', 'Harbor & Hill']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it('takes no lowercase words into the name', () => {
    expect(
      triples(run('en', 'Prices for the drug rose in March, rivals and Harbor said.')),
    ).not.toContainEqual(['indirect', 'Prices for the drug rose in March', 'rivals and Harbor']);
  });
});

describe('en quotes: who was told', () => {
  it.each<Case>([
    // a plural audience, then the clause without "that"
    [
      'Witnesses told investigators the van was speeding.',
      [['indirect', 'the van was speeding', 'Witnesses']],
    ],
    // a listener after "the" or "a", then the clause
    ['The mayor told the crowd the pier would reopen.', [['indirect', 'the pier would reopen', 'mayor']]],
    [
      'The mayor told a news conference the pier would reopen.',
      [['indirect', 'the pier would reopen', 'mayor']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each(['The mayor told the story of the old pier.', 'The mayor told the crowd about the storm.'])(
    'finds no reported clause in %s',
    (text) => {
      expect(run('en', text)).toEqual([]);
    },
  );
});

describe('en quotes: according to, then an opening phrase', () => {
  it('takes the main clause after an opening phrase into what was reported', () => {
    expect(triples(run('en', 'According to police, after the crash, the driver fled the scene.'))).toEqual([
      ['indirect', 'after the crash, the driver fled the scene', 'police'],
    ]);
  });
  it('keeps a plain clause as it is', () => {
    expect(triples(run('en', 'According to police, the driver fled the scene.'))).toEqual([
      ['indirect', 'the driver fled the scene', 'police'],
    ]);
  });
});

describe('en quotes: a stance expressed, voiced or raised', () => {
  it.each<Case>([
    [
      'Tenant groups have expressed deep concern about the new fees.',
      [['indirect', 'the new fees', 'Tenant groups']],
    ],
    ['The senator voiced support for the levy.', [['indirect', 'the levy', 'senator']]],
    ['Critics raised doubts over the cost of the pier.', [['indirect', 'the cost of the pier', 'Critics']]],
    [
      'The union expressed concern that the schedule would tire drivers.',
      [['indirect', 'that the schedule would tire drivers', 'union']],
    ],
    // an aside between the subject and its verb
    [
      'Younger voters, in particular, said the fares were too high.',
      [['indirect', 'the fares were too high', 'Younger voters']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    // a plural noun with its examples is no verb
    'Reform advocates such as the harbor league met on Monday.',
    'Voting rights advocates met the mayor on Monday.',
    'He expressed himself clearly at the meeting.',
  ])('finds no stance in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('en quotes: a floating quantifier after the subject', () => {
  it.each<Case>([
    [
      'Sens. Jeff Lane (D-Ore.) and Ray Mendez (D-N.J.) both said the pier would close.',
      [['indirect', 'the pier would close', 'Ray Mendez']],
    ],
    ['The senators each said the pier would close.', [['indirect', 'the pier would close', 'senators']]],
    // "all" as the subject itself stays the subject
    [
      'To varying degrees, all agreed that the pier would close.',
      [['indirect', 'that the pier would close', 'all']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: a vote and its infinitive', () => {
  it.each<Case>([
    [
      'A council panel voted Thursday to close the pier.',
      [['indirect', 'to close the pier', 'council panel']],
    ],
    ['The board voted to raise the fares.', [['indirect', 'to raise the fares', 'board']]],
    ['The mayor called Friday for a review of the pier.', [['indirect', 'a review of the pier', 'mayor']]],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each(['The council voted on Friday.', "The mayor's comments Tuesday on the pier were brief."])(
    'finds no vote or comment in %s',
    (text) => {
      expect(run('en', text)).toEqual([]);
    },
  );
});

describe('en quotes: the object of a stance ends before its time', () => {
  it.each<Case>([
    ['The union endorsed Karen Wu in July.', [['indirect', 'Karen Wu', 'union']]],
    ['The council praised the plan on Friday.', [['indirect', 'the plan', 'council']]],
    // a clause of its own after "as"
    [
      'The council condemned the closure as crews fenced off the pier.',
      [['indirect', 'the closure', 'council']],
    ],
    [
      'Karen Wu cited the storm as the cause of the delay, as she did in May.',
      [['indirect', 'the storm as the cause of the delay', 'Karen Wu']],
    ],
    // "as" before a description stays in the object
    ['Karen Wu described the plan as a disaster.', [['indirect', 'the plan as a disaster', 'Karen Wu']]],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: a pronoun after an opening phrase and its subject', () => {
  it('gives "she" the person who opens the main clause after "Asked about …,"', () => {
    const text = [
      'Karen Wu will miss three weeks with an injury, the club confirmed.',
      'Asked about her future, Karen Wu smiled. "I have a contract," she said.',
    ].join('\n\n');
    const found = triples(run('en', text, entityIndex(text, ['Karen Wu'])));
    expect(found).toContainEqual(['direct', '"I have a contract,"', 'Karen Wu']);
  });

  it('keeps the last speaker when the person is only mentioned after an opening phrase of another kind', () => {
    const text = [
      'The pier will close for three weeks, Karen Wu said.',
      'In a letter to Tom Alvarez, the board set a date. "It is the right call," she said.',
    ].join('\n\n');
    const found = triples(run('en', text, entityIndex(text, ['Karen Wu', 'Tom Alvarez'])));
    expect(found).toContainEqual(['direct', '"It is the right call,"', 'Karen Wu']);
  });
});

describe('en quotes: a trailing cue with a quantified subject', () => {
  it.each<Case>([
    [
      'The cuts would fall mostly on the night shift, one of the people said.',
      [['indirect', 'The cuts would fall mostly on the night shift', 'people']],
    ],
    [
      'The plant will close in May, two of the officials said.',
      [['indirect', 'The plant will close in May', 'officials']],
    ],
    [
      'Workers learned of the plan from the radio, several drivers said.',
      [['indirect', 'Workers learned of the plan from the radio', 'drivers']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: "he" and "she" stand for one person', () => {
  it('skips a plural speaker for "she"', () => {
    const text = [
      'Karen Wu said the ferry would run late.',
      'The ferry will stop at night, two officials said.',
      '"It is a temporary change," she said.',
    ].join('\n\n');
    expect(triples(run('en', text, entityIndex(text, ['Karen Wu'])))).toContainEqual([
      'direct',
      '"It is a temporary change,"',
      'Karen Wu',
    ]);
  });

  it('reads the pronoun of a cue before a mixed quote, not the verb ("what she called …")', () => {
    const text = [
      'Karen Wu said the plan was fine.',
      'The pier will close, two officials said.',
      'A clerk declined to comment on what she called "idle talk."',
    ].join('\n\n');
    const found = triples(run('en', text, entityIndex(text, ['Karen Wu'])));
    expect(found).toContainEqual(['direct', 'what she called "idle talk."', 'Karen Wu']);
  });
});

describe('en quotes: adverbs in -ly and dashes', () => {
  it.each<Case>([
    // an adverb in -ly between the subject and its verb
    [
      'The harbor aides increasingly signaled that the pier would close.',
      [['indirect', 'that the pier would close', 'harbor aides']],
    ],
    ['The mayor pointedly refused to release the audit.', [['indirect', 'to release the audit', 'mayor']]],
    // a dash ends the object of a stance verb
    [
      'Karen Wu dismissed the levy as a tax on tourists — a view the council shares.',
      [['indirect', 'the levy as a tax on tourists', 'Karen Wu']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: an absolute phrase with "with"', () => {
  it('ends what was reported at the comma before the main clause', () => {
    expect(
      triples(
        run('en', 'With harbor officials increasingly worried about the storm, the mayor closed the pier.'),
      ),
    ).toEqual([['indirect', 'the storm', 'harbor officials']]);
  });
});

describe('en quotes: a judgement "X as a “…”" after any verb', () => {
  it.each<Case>([
    [
      'In recent weeks, Karen Wu has gone after the mayor as a “harbor wrecker” and a “spoiled heir.”',
      [['direct', 'the mayor as a “harbor wrecker” and a “spoiled heir.”', 'Karen Wu']],
    ],
    [
      'Critics are painting the mayor as a “lame duck” after the vote.',
      [['direct', 'the mayor as a “lame duck”', 'Critics']],
    ],
    [
      'Karen Wu, in particular, has been steadily pounding the plan as a “giveaway.”',
      [['direct', 'the plan as a “giveaway.”', 'Karen Wu']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    'She was walking home as “Thriller” played on the radio.',
    'The band was playing as “Taps” was sounding.',
  ])('finds no judgement in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('en quotes: a participle after a long opening phrase', () => {
  it('finds the subject past an opening clause of more than eight words', () => {
    const text =
      'When the council finally voted on the old pier contract late on Friday, Karen Wu stood up, arguing that the vote was rushed.';
    expect(triples(run('en', text))).toEqual([
      ['indirect', 'the old pier contract', 'council'],
      ['indirect', 'that the vote was rushed', 'Karen Wu'],
    ]);
  });
});

describe('en quotes: a cue after a quoted phrase that opens a new clause', () => {
  it('keeps the quote in the clause of the verb before it and stops at ", and he …"', () => {
    const text =
      'Karen Wu said the city would take "firm steps" in response, and she urged the port to reopen.';
    expect(triples(run('en', text))).toEqual([
      ['direct', 'the city would take "firm steps" in response', 'Karen Wu'],
      ['indirect', 'the port to reopen', 'Karen Wu'],
    ]);
  });
  it('ends a mixed quote at ", but he …"', () => {
    const text =
      'The mayor is promising lower fares and “better buses,” but he has also cut the night routes.';
    expect(triples(run('en', text))).toEqual([['direct', 'lower fares and “better buses,”', 'mayor']]);
  });
  it('still reads a plain trailing cue', () => {
    expect(triples(run('en', '"We will win," Karen Wu said, and she left.'))).toEqual([
      ['direct', '"We will win,"', 'Karen Wu'],
    ]);
  });
});

describe('en quotes: where a mixed quote ends and what opens it', () => {
  it.each<Case>([
    // a participle after the quote's own comma is the writer's addition
    [
      'The union blasted the board for calling the raise “generous,” meaning it would not cover rent.',
      [['direct', 'the board for calling the raise “generous,”', 'union']],
    ],
    // after a comma, an -ly adverb and a participle
    [
      'The mayor told residents he would consider it a "personal insult" if they stayed home, implicitly putting his name on the ballot.',
      [['direct', 'he would consider it a "personal insult" if they stayed home', 'mayor']],
    ],
    // "told" with a long object before its "that"
    [
      'He also told one of his young neighbors on a regular basis that "the harbor is the answer."',
      [['direct', 'that "the harbor is the answer."', null]],
    ],
    // a participle of singing or chanting takes the quote itself
    [
      'The band leader called the crowd to the stage, singing "Our Time."',
      [
        ['indirect', 'the crowd to the stage', 'band leader'],
        ['direct', '"Our Time."', 'band leader'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it('keeps a noun in -ing inside a list', () => {
    const text =
      'Karen Wu said “rent still decides too much” in the city, including schools, housing and transit.';
    expect(triples(run('en', text))).toEqual([
      [
        'direct',
        '“rent still decides too much” in the city, including schools, housing and transit',
        'Karen Wu',
      ],
    ]);
  });
});

describe('en quotes: a naming verb keeps what the name is for', () => {
  it.each<Case>([
    [
      'The union called Karen Wu a “champion” for its members.',
      [['direct', 'Karen Wu a “champion” for its members', 'union']],
    ],
    [
      'Tom Alvarez blasted the plan as a “disgrace” on Wednesday.',
      [['direct', 'the plan as a “disgrace”', 'Tom Alvarez']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: a document or person that says', () => {
  it.each<Case>([
    [
      'The agency issued a statement that said the pier was safe.',
      [['indirect', 'the pier was safe', 'statement']],
    ],
    ['It was the mayor that said the pier was safe.', [['indirect', 'the pier was safe', 'mayor']]],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
  it('keeps a gapped relative out ("the plan that Smith says will work")', () => {
    expect(run('en', 'The plan that Karen Wu says will work is flawed.')).toEqual([]);
  });
});

describe('en quotes: the title of a work is no quote', () => {
  it.each<Case>([
    // the title after a possessive, then what was told
    [
      'Karen Wu told WRVN’s “Harbor Hour” on Friday that “nobody knows” when the pier will open.',
      [['direct', 'that “nobody knows” when the pier will open', 'Karen Wu']],
    ],
    // the title after "of" opens no mixed quote; the next quote does
    [
      'On an episode of “The Harbor Show,” the mayor said she wanted to speak “directly to fishermen.”',
      [['direct', 'she wanted to speak “directly to fishermen.”', 'mayor']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it('finds no quote in a headline naming a clip', () => {
    expect(run('en', 'Karen Wu sings to the mayor in a preview clip of ‘The Harbor Hour.’')).toEqual([]);
  });
});

describe('en quotes: linear time on many short quotes in one paragraph', () => {
  it('reads 40,000 single-quoted words without a paragraph break quickly', () => {
    expectLinearTime(repeatTo("'x' "), 160_000, (text) => run('en', text), 4000);
  });
});

describe('en quotes: described speakers after the verb and after "according to"', () => {
  it.each<Case>([
    [
      '“The pier is a lifeline,” said longtime resident Ana Ruiz.',
      [['direct', '“The pier is a lifeline,”', 'Ana Ruiz']],
    ],
    [
      '“The pier is a lifeline,” said 9/11 widow Ana Ruiz.',
      [['direct', '“The pier is a lifeline,”', 'Ana Ruiz']],
    ],
    [
      'According to harbor radio host Tom Alvarez, the closure reeks of “panic” and haste.',
      [['direct', '“panic” and haste', 'Tom Alvarez']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: a month before the verb is no speaker', () => {
  it('takes the described subject, not the month', () => {
    const found = triples(
      run('en', 'A harbor poll released in late August found that most riders wanted night ferries.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.[1]).toBe('that most riders wanted night ferries');
    expect(found[0]?.[2]).not.toBe('August');
  });
});

describe('en quotes: an infinitive of purpose to discuss or explain', () => {
  it.each<Case>([
    [
      'Harbor leaders gathered Friday to discuss the cost of the new pier.',
      [['indirect', 'the cost of the new pier', 'Harbor leaders']],
    ],
    [
      'Karen Wu went on to explain how the levy would be spent.',
      [['indirect', 'how the levy would be spent', 'Karen Wu']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
  it('finds nothing in "too early to discuss"', () => {
    expect(run('en', 'It is too early to discuss the pier.')).toEqual([]);
  });
});

describe('en quotes: a base form after two names joined by "and"', () => {
  it('reads "X and Y support …" as a stance of both', () => {
    expect(triples(run('en', 'The talks stalled as Norway and Chile support the rival plan.'))).toEqual([
      ['indirect', 'the rival plan', 'Chile'],
    ]);
  });
  it('reads no stance after a determiner and a compound name', () => {
    expect(run('en', 'The Harbor and Rail support fund pays for repairs.')).toEqual([]);
  });
});

describe('en quotes: a name in -s is one person for "he"', () => {
  it('gives "he" the last speaker named Jones even without an entity', () => {
    const text = ['Tom Jones said the ferry would run late.', '"It is a temporary change," he said.'].join(
      '\n\n',
    );
    expect(triples(run('en', text))).toContainEqual(['direct', '"It is a temporary change,"', 'Tom Jones']);
  });
});

describe('en quotes: a cue inside a clause that hangs on a noun', () => {
  it.each<Case>([
    [
      'One of the reasons that Karen Wu refuses to release the audit may be that it is late.',
      [['indirect', 'to release the audit', 'Karen Wu']],
    ],
    ['The fact that the mayor opposes the levy is troubling.', [['indirect', 'the levy', 'mayor']]],
    // a that-clause after a verb of saying is no such clause
    [
      'Karen Wu said that the mayor opposes the levy because it is costly.',
      [['indirect', 'that the mayor opposes the levy because it is costly', 'Karen Wu']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('en quotes: "as X put it" and a cue set off inside the sentence', () => {
  it.each<Case>([
    ['As one resident put it: “We are on our own.”', [['direct', '“We are on our own.”', 'resident']]],
    [
      'As the mayor put it, “The pier is our lifeline.”',
      [['direct', '“The pier is our lifeline.”', 'mayor']],
    ],
    // the cue set off by commas inside the clause that holds the quoted phrase
    [
      'These workers, Karen Wu explained at the hearing, were “well-paid.”',
      [['direct', 'These workers, Karen Wu explained at the hearing, were “well-paid.”', 'Karen Wu']],
    ],
    [
      'The pier, the mayor said on Friday, is “a lifeline.”',
      [['direct', 'The pier, the mayor said on Friday, is “a lifeline.”', 'mayor']],
    ],
  ])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
  it('reads no cue in "put it on the table"', () => {
    expect(run('en', 'He put it on the table: “Take it or leave it.”')).toEqual([]);
  });
});
