// English quotes and their speakers. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { expectLinearTime, repeatTo } from '../helpers/linear.js';
import { entityIndex, run, triples } from './helpers.js';

type Case = [text: string, expected: [type: string, quote: string, speaker: string | null][]];

const DIRECT: Record<string, Case[]> = {
  'cue after the quote': [
    [
      '"The bridge will reopen in May," said Laura Jenkins.',
      [['direct', '"The bridge will reopen in May,"', 'Laura Jenkins']],
    ],
    ['“We are not leaving,” Tom Alvarez said.', [['direct', '“We are not leaving,”', 'Tom Alvarez']]],
    [
      '“The numbers are wrong,” Sen. Mary Olsen (D-Ore.) said on Tuesday.',
      [['direct', '“The numbers are wrong,”', 'Mary Olsen']],
    ],
    [
      '"It was a difficult year," Hugh Hill, a doctor at the county clinic, said.',
      [['direct', '"It was a difficult year,"', 'Hugh Hill']],
    ],
    [
      '"Nobody expected this," added Karen Wu, the city treasurer.',
      [['direct', '"Nobody expected this,"', 'Karen Wu']],
    ],
    ['“Prices will rise,” a spokesman said.', [['direct', '“Prices will rise,”', 'spokesman']]],
    ['“Who pays for this?” asked Peter Blake.', [['direct', '“Who pays for this?”', 'Peter Blake']]],
    [
      '“We will rebuild the school.” ― Anna Lopez',
      [['direct', '“We will rebuild the school.”', 'Anna Lopez']],
    ],
  ],
  'cue before the quote': [
    [
      'The levy is complex. Said Karen Wu: “Nobody reads it.”',
      [['direct', '“Nobody reads it.”', 'Karen Wu']],
    ],
    [
      '“The ferry is late,” wrote Tom Alvarez for the Harbor Gazette.',
      [['direct', '“The ferry is late,”', 'Tom Alvarez']],
    ],
    [
      'Laura Jenkins said: "The bridge will reopen in May."',
      [['direct', '"The bridge will reopen in May."', 'Laura Jenkins']],
    ],
    [
      'Tom Alvarez told reporters, “We are not leaving.”',
      [['direct', '“We are not leaving.”', 'Tom Alvarez']],
    ],
    [
      'According to Karen Wu, “the budget is balanced.”',
      [['direct', '“the budget is balanced.”', 'Karen Wu']],
    ],
    [
      'In a statement, the ministry said: “Talks will continue.”',
      [['direct', '“Talks will continue.”', 'ministry']],
    ],
  ],
};

DIRECT['a quote that runs on in its sentence'] = [
  [
    'Rita Gomez said “new roads” and better buses would ease the commute.',
    [['direct', '“new roads” and better buses would ease the commute', 'Rita Gomez']],
  ],
  [
    '“We kept the clinic open” through the worst of the storm, Anna Lopez said.',
    [['direct', '“We kept the clinic open” through the worst of the storm', 'Anna Lopez']],
  ],
];

DIRECT['a reported clause with a quoted fragment'] = [
  [
    'At the hearing, Senator Lisa Crane likened the levy to a “slow leak” in the county budget.',
    [['direct', 'the levy to a “slow leak” in the county budget', 'Lisa Crane']],
  ],
  [
    'After the audit came Mayor Reyes’s claim that the fund had “never lost a cent” in ten years.',
    [['direct', 'that the fund had “never lost a cent” in ten years', 'Reyes']],
  ],
];

describe('en direct quotes', () => {
  for (const [family, cases] of Object.entries(DIRECT)) {
    it.each(cases)(`${family}: %s`, (text, expected) => {
      expect(triples(run('en', text).filter((q) => q.type === 'direct'))).toEqual(expected);
    });
  }

  it.each([
    // a speaker with an apposition of several parts after the quote
    [
      '“The levy is unfair,” Tom Alvarez, the county’s treasurer, one of the officials opposed to it, said.',
      [['direct', '“The levy is unfair,”', 'Tom Alvarez']],
    ],
    // a reported clause with a quoted fragment before a trailing cue is a mixed quote
    [
      'The levy would be “a disaster for renters” within a year, according to Karen Wu.',
      [['direct', 'The levy would be “a disaster for renters” within a year', 'Karen Wu']],
    ],
    [
      'The new tunnel is “a waste of money” and a risk to the river, Tom Alvarez said.',
      [['direct', 'The new tunnel is “a waste of money” and a risk to the river', 'Tom Alvarez']],
    ],
  ] as Case[])('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it('gives a report noun owned by a possessive pronoun to the person last spoken of', () => {
    const text = 'Mayor Tom Reyes spoke on Friday. Nobody believed his claim that the levy would fall.';
    expect(triples(run('en', text, entityIndex(text, ['Tom Reyes'])))).toEqual([
      ['indirect', 'that the levy would fall', 'Tom Reyes'],
    ]);
  });

  it('gives a verb after a mixed quote and "and" the same speaker', () => {
    const text = 'Senator Ann Ruiz called the bill “a missed opportunity” and vowed to offer amendments.';
    expect(triples(run('en', text))).toEqual([
      ['direct', 'the bill “a missed opportunity”', 'Ann Ruiz'],
      ['indirect', 'to offer amendments', 'Ann Ruiz'],
    ]);
  });

  it('takes a quote mixed into reported speech as one quote', () => {
    const text = 'Peter Blake said that the plan was “a waste of money” and should be dropped.';
    expect(triples(run('en', text))).toEqual([
      ['direct', 'that the plan was “a waste of money” and should be dropped', 'Peter Blake'],
    ]);
  });

  it('joins a quote interrupted by its cue', () => {
    const text = '“We tried,” Anna Lopez said. “Nobody listened to us at all.”';
    expect(triples(run('en', text))).toEqual([['direct', text, 'Anna Lopez']]);
  });

  it('gives a following paragraph quote without a cue to the previous speaker', () => {
    const text = '“The dam is safe,” said Laura Jenkins.\n\n“We inspect it every single month.”';
    expect(run('en', text).map((q) => q.speaker)).toEqual(['Laura Jenkins', 'Laura Jenkins']);
  });

  it('resolves he and she to the speaker named before', () => {
    const text = 'Tom Alvarez spoke at the rally. "We are not leaving," he said.';
    const found = run('en', text, entityIndex(text, ['Tom Alvarez']));
    expect(found.map((q) => [q.speaker, q.entity])).toEqual([['Tom Alvarez', 'p1']]);
  });

  it.each([
    ['“It was a hard game,” the 31-year-old said.', '31-year-old'],
    ['“It was a hard game,” the 31-year-old striker said.', '31-year-old striker'],
  ])('takes an age as the role of the speaker: %s', (text, speaker) => {
    expect(run('en', text).map((q) => q.speaker)).toEqual([speaker]);
  });

  it('reads a nationality or an age after a named speaker as that speaker', () => {
    const text =
      'Coach Carlo Ancelotti praised the team. “We stayed calm,” said the Italian. “It was hard,” the 64-year-old said.';
    const found = run('en', text, entityIndex(text, ['Carlo Ancelotti']));
    expect(found.map((q) => [q.speaker, q.entity])).toEqual([
      ['Carlo Ancelotti', 'p1'],
      ['Carlo Ancelotti', 'p1'],
      ['Carlo Ancelotti', 'p1'],
    ]);
  });

  it('keeps a place that speaks apart from a description', () => {
    const text = 'Coach Carlo Ancelotti praised the team. “We will appeal,” said the Vatican.';
    const found = run('en', text, entityIndex(text, ['Carlo Ancelotti']));
    expect(found.map((q) => q.speaker).at(-1)).toBe('Vatican');
  });

  it('gives a role with no name the organization it speaks for', () => {
    const text = '“Talks will resume,” a spokesman for the Harbor Authority said.';
    const found = run('en', text, entityIndex(text, [], ['Harbor Authority']));
    expect(found.map((q) => [q.speaker, q.entity])).toEqual([['Harbor Authority', 'o1']]);
  });

  it('reads transcript turns, with curly quotes nested in straight ones', () => {
    const text =
      'Partial transcript:\n\n"HOST: Will the bridge reopen in May?\n\n"JENKINS: Yes. People call it “the long detour” and they are right.\n\n"It has been a hard year for everyone."';
    expect(triples(run('en', text))).toEqual([
      ['direct', 'Will the bridge reopen in May?', 'HOST'],
      ['direct', text.slice(text.indexOf('Yes.'), -1), 'JENKINS'],
    ]);
  });

  it('takes the cue from a paragraph ending with a colon', () => {
    const text = 'At the hearing, Laura Jenkins said:\n\n“The bridge is safe and it will reopen in May.”';
    expect(triples(run('en', text))).toEqual([
      ['direct', '“The bridge is safe and it will reopen in May.”', 'Laura Jenkins'],
    ]);
  });

  it('takes the speech verbs of a user lexicon', () => {
    const text = '“We have the votes,” crowed Peter Blake.';
    expect(run('en', text)).toEqual([]);
    expect(triples(run('en', text, undefined, ['crowed']))).toEqual([
      ['direct', '“We have the votes,”', 'Peter Blake'],
    ]);
  });

  it.each([
    'The museum will screen “Casablanca” on Friday.',
    'The so-called “golden age” of radio ended long ago.',
    'She read “The Old Man and the Sea” twice.',
    "It's the Smiths' car, isn't it?",
    // a verb that reports nothing, a headline word, a plural noun after a name
    'The permit requires a "targeted area" in the plan.',
    'Harbor Board Reveals ‘Troubling’ Report On Pier',
    'Only local boats are "safe" in the harbor.',
  ])('ignores scare quotes and titles: %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('en indirect quotes', () => {
  const INDIRECT: Case[] = [
    [
      'Port manager Erik van der Berg told the newspaper that the strike was costing millions.',
      [['indirect', 'that the strike was costing millions', 'Erik van der Berg']],
    ],
    [
      'Talks will resume next week, according to the city’s finance office.',
      [['indirect', 'Talks will resume next week', 'city’s finance office']],
    ],
    [
      'Laura Jenkins said the bridge will reopen in May.',
      [['indirect', 'the bridge will reopen in May', 'Laura Jenkins']],
    ],
    [
      'Tom Alvarez told reporters that the plant would close next year.',
      [['indirect', 'that the plant would close next year', 'Tom Alvarez']],
    ],
    [
      'The bridge will reopen in May, Laura Jenkins said.',
      [['indirect', 'The bridge will reopen in May', 'Laura Jenkins']],
    ],
    [
      'According to Karen Wu, the budget is balanced this year.',
      [['indirect', 'the budget is balanced this year', 'Karen Wu']],
    ],
    [
      'The budget is balanced this year, according to Karen Wu.',
      [['indirect', 'The budget is balanced this year', 'Karen Wu']],
    ],
    // verbs of asserting, knowing and showing
    [
      'Maria Costa believes the new tunnel will ease traffic downtown.',
      [['indirect', 'the new tunnel will ease traffic downtown', 'Maria Costa']],
    ],
    [
      'The survey found that most commuters prefer trains to buses.',
      [['indirect', 'that most commuters prefer trains to buses', 'survey']],
    ],
    [
      'Councilor Dan Hughes has acknowledged that the budget was late.',
      [['indirect', 'that the budget was late', 'Dan Hughes']],
    ],
    // verbs whose object is a proposal, demand or judgement
    [
      'Governor Ellen Park called for a ban on plastic bags at grocery stores.',
      [['indirect', 'a ban on plastic bags at grocery stores', 'Ellen Park']],
    ],
    [
      'Ruth Adler wants to build two new schools in the valley.',
      [['indirect', 'to build two new schools in the valley', 'Ruth Adler']],
    ],
    [
      'The union is calling for higher wages for night nurses.',
      [['indirect', 'higher wages for night nurses', 'union']],
    ],
    [
      'Most commuters would rather take the train, the county survey found.',
      [['indirect', 'Most commuters would rather take the train', 'county survey']],
    ],
    // a participle after the clause
    [
      'Mayor Tom Reyes vetoed the measure, saying it would cost the city too much.',
      [['indirect', 'it would cost the city too much', 'Tom Reyes']],
    ],
    // a cue set off by commas inside the sentence
    [
      'The new line, Karen Wu said, will open before the winter holidays.',
      [['indirect', 'The new line, Karen Wu said, will open before the winter holidays', 'Karen Wu']],
    ],
    // where the reported content ends
    [
      'Senator Lisa Crane urged farmers to plant earlier, and criticized the drought plan.',
      [
        ['indirect', 'farmers to plant earlier', 'Lisa Crane'],
        ['indirect', 'the drought plan', 'Lisa Crane'],
      ],
    ],
    [
      'Director Omar Said called for stricter inspections in a statement on Friday.',
      [['indirect', 'stricter inspections', 'Omar Said']],
    ],
    [
      'He said that, if elected, he would repave every road in the county.',
      [['indirect', 'that, if elected, he would repave every road in the county', null]],
    ],
    [
      'Councilor Amy Brandt praised the new library while touring the east side.',
      [['indirect', 'the new library', 'Amy Brandt']],
    ],
    // a subject apart from its verb
    [
      'Nina Patel, an engineer who worked on the original design for many years, said the beams were sound.',
      [['indirect', 'the beams were sound', 'Nina Patel']],
    ],
    [
      'Senator Lisa Crane called the drought plan a gift to developers.',
      [['indirect', 'the drought plan a gift to developers', 'Lisa Crane']],
    ],
    [
      'Governor Ellen Park told a meeting of county clerks that the ballots would arrive late.',
      [['indirect', 'that the ballots would arrive late', 'Ellen Park']],
    ],
    // verbs with a particle
    [
      'Coach Dana Whitley spoke about the long road back from her knee injury.',
      [['indirect', 'the long road back from her knee injury', 'Dana Whitley']],
    ],
    // one attribution, not a second one nested at the start of what was said
    [
      'Mayor Tom Reyes said he plans to sell the old city hall next year.',
      [['indirect', 'he plans to sell the old city hall next year', 'Tom Reyes']],
    ],
    // "in" opens what was said unless it names where it was said
    [
      'Paul Greer said the team was heading to the stadium to take part in media interviews.',
      [['indirect', 'the team was heading to the stadium to take part in media interviews', 'Paul Greer']],
    ],
    // a subject the role lists do not know
    [
      'Neighbors of the old mill say the river has been clean for years.',
      [['indirect', 'the river has been clean for years', 'Neighbors of the old mill']],
    ],
    [
      'Nobody on the council backed Mayor Reyes’s call for a new parking tax.',
      [['indirect', 'a new parking tax', 'Reyes']],
    ],
    // a headline that attributes with a colon
    [
      'Mayor Reyes: Harbor Bridge Will Reopen in May\n\nThe bridge closed after a storm.',
      [['indirect', 'Harbor Bridge Will Reopen in May', 'Mayor Reyes']],
    ],
    [
      'Residents of the eastern wards also asked whether the buses would run at night.',
      [['indirect', 'whether the buses would run at night', 'Residents of the eastern wards']],
    ],
    // a report noun with a that-clause
    [
      'Nobody accepted Ben Ortiz’s claim that the audit had cleared him of wrongdoing.',
      [['indirect', 'that the audit had cleared him of wrongdoing', 'Ben Ortiz']],
    ],
    // a name with a party label, then an apposition
    [
      'Rep. Carla Mendes (D-N.M.), chair of the water panel, said the dam will be inspected.',
      [['indirect', 'the dam will be inspected', 'Carla Mendes']],
    ],
    // a second verb of saying after "and"/"but" and an auxiliary shares the subject
    [
      'The mayor is telling residents that the budget is tight and says taxes will rise.',
      [
        ['indirect', 'that the budget is tight', 'mayor'],
        ['indirect', 'taxes will rise', 'mayor'],
      ],
    ],
    [
      'The judge has urged both sides to settle but has said she will keep the trial date.',
      [
        ['indirect', 'both sides to settle', 'judge'],
        ['indirect', 'she will keep the trial date', 'judge'],
      ],
    ],
    // an inverted cue with a described subject, a time and a clause of the writer's after it
    [
      'The new fee is unfair to renters, tenant leaders said Friday, as the council met.',
      [['indirect', 'The new fee is unfair to renters', 'tenant leaders']],
    ],
    // a participle after a cue or after a clause whose subject is a group
    [
      '“It was a long night,” he said, adding he would return on Monday.',
      [
        ['direct', '“It was a long night,”', null],
        ['indirect', 'he would return on Monday', null],
      ],
    ],
    [
      'The union filed a lawsuit on Monday, saying the new rule was illegal.',
      [['indirect', 'the new rule was illegal', 'union']],
    ],
    // a phrase of time or place before what was said, with no "that"
    [
      'Mayor Tom Reyes said after the vote he would not sign the measure.',
      [['indirect', 'he would not sign the measure', 'Tom Reyes']],
    ],
    // what was said runs to the end of its sentence: relative clauses, dashes and participles
    [
      'Laura Jenkins said the ferry will resume in May, which will help the island shops.',
      [['indirect', 'the ferry will resume in May, which will help the island shops', 'Laura Jenkins']],
    ],
    [
      'Laura Jenkins said the levy would pay for repairs — new roofs, wider roads and more buses.',
      [
        [
          'indirect',
          'the levy would pay for repairs — new roofs, wider roads and more buses',
          'Laura Jenkins',
        ],
      ],
    ],
    [
      'Laura Jenkins said the new ferry would help, allowing workers to reach the mainland faster.',
      [
        [
          'indirect',
          'the new ferry would help, allowing workers to reach the mainland faster',
          'Laura Jenkins',
        ],
      ],
    ],
    // "and" before a base form that is also a noun does not end the reported clause
    [
      'Tom Alvarez says the firm broke federal and state law by dumping waste.',
      [['indirect', 'the firm broke federal and state law by dumping waste', 'Tom Alvarez']],
    ],
    // "and"/"but" before a verb of saying with its own subject ends what was said
    [
      'Laura Jenkins said the ferry would resume and Tom Alvarez argued it was too soon.',
      [
        ['indirect', 'the ferry would resume', 'Laura Jenkins'],
        ['indirect', 'it was too soon', 'Tom Alvarez'],
      ],
    ],
    // a participle of reporting after a comma opens its own attribution
    [
      'Laura Jenkins said the ferry would resume in May, citing the new harbor budget.',
      [
        ['indirect', 'the ferry would resume in May', 'Laura Jenkins'],
        ['indirect', 'the new harbor budget', 'Laura Jenkins'],
      ],
    ],
    // a verb of judging after "and" shares the subject of the attribution before it
    [
      'In her speech, Senator Lisa Crane urged farmers to join the program, and criticized the state’s planning.',
      [
        ['indirect', 'farmers to join the program', 'Lisa Crane'],
        ['indirect', 'the state’s planning', 'Lisa Crane'],
      ],
    ],
    // a long described subject with a participle inside
    [
      'A 30-page audit released by the county treasurer last month reveals how the funds were spent.',
      [['indirect', 'how the funds were spent', '30-page audit released by the county treasurer']],
    ],
    // any subject reports with a that-clause
    [
      'But farmers worry that the new canal will dry out the valley.',
      [['indirect', 'that the new canal will dry out the valley', 'farmers']],
    ],
    // title-case headlines with a verb of saying
    [
      'Mayor Reyes Says Harbor Bridge Will Reopen in May\n\nThe bridge closed after a storm.',
      [['indirect', 'Harbor Bridge Will Reopen in May', 'Reyes']],
    ],
    [
      'Harbor Bridge Will Reopen in May, Mayor Tom Reyes Says\n\nThe bridge closed after a storm.',
      [['indirect', 'Harbor Bridge Will Reopen in May', 'Tom Reyes']],
    ],
    // the object of a verb of judging ends at a new clause, a participle or where it was said
    [
      'Senator Lisa Crane attacked the toll plan in a series of posts on Friday.',
      [['indirect', 'the toll plan', 'Lisa Crane']],
    ],
    [
      'Mayor Tom Reyes criticized the levy, leaving the council without a majority.',
      [['indirect', 'the levy', 'Tom Reyes']],
    ],
    [
      'Mayor Tom Reyes praised the new levy, which pays for the harbor repairs.',
      [['indirect', 'the new levy, which pays for the harbor repairs', 'Tom Reyes']],
    ],
    // verbs of supporting and welcoming take their object as the stance reported
    [
      'The teachers union endorsed Laura Jenkins for mayor.',
      [['indirect', 'Laura Jenkins for mayor', 'teachers union']],
    ],
    // an -s form that is also a plural noun is no verb after a number or a modifier
    ['Twenty-seven states led by two coal producers are challenging the rule in court.', []],
    // a poll, a record or a count shows what it holds, with or without "that"
    [
      'The city was quiet. Polls show a tight race for the harbor seat.',
      [['indirect', 'a tight race for the harbor seat', 'Polls']],
    ],
    [
      'The new county poll released on Friday shows Laura Jenkins ahead by four points.',
      [['indirect', 'Laura Jenkins ahead by four points', 'new county poll']],
    ],
    // an inverted cue with the speaker's apposition after it
    [
      'The ferry will run again in May, said Tom Alvarez, a spokesman for the port.',
      [['indirect', 'The ferry will run again in May', 'Tom Alvarez']],
    ],
    // a headline verb of judging in title case
    [
      'Union Leaders Slam Mayor Reyes Over Harbor Levy\n\nThe union met on Friday.',
      [['indirect', 'Mayor Reyes Over Harbor Levy', 'Union Leaders']],
    ],
    // a participle's subject past an opening phrase of time
    [
      'On Monday night, the governor spoke for an hour, saying the levy would pass.',
      [['indirect', 'the levy would pass', 'governor']],
    ],
    // a trailing cue of another speaker ends what was said
    [
      'The port plans to reopen the ferry dock soon, a spokesman announced Monday.',
      [['indirect', 'The port plans to reopen the ferry dock soon', 'spokesman']],
    ],
    [
      'Farmers want lower water prices, and Ranchers want a new dam.',
      [
        ['indirect', 'lower water prices', 'Farmers'],
        ['indirect', 'a new dam', 'Ranchers'],
      ],
    ],
    // news frames: a relative clause after the speaker, a spokesman, a passive, a statement
    [
      'Laura Jenkins, who leads the port authority, said the ferry would resume in May.',
      [['indirect', 'the ferry would resume in May', 'Laura Jenkins']],
    ],
    [
      'The mayor’s spokeswoman, Ana Cole, said the ferry would resume in May.',
      [['indirect', 'the ferry would resume in May', 'Ana Cole']],
    ],
    [
      'Laura Jenkins was quoted as saying the ferry would resume in May.',
      [['indirect', 'the ferry would resume in May', 'Laura Jenkins']],
    ],
    [
      'The ferry will resume in May, the port authority said in a statement on Tuesday.',
      [['indirect', 'The ferry will resume in May', 'port authority']],
    ],
    [
      'Tom Alvarez, an official at the ministry who asked not to be named, said the levy was fair.',
      [['indirect', 'the levy was fair', 'Tom Alvarez']],
    ],
    // the subject of a relative clause after a comma, and of a verb governing an infinitive
    [
      'The firm, which employs 900 people, said it planned to cut costs.',
      [['indirect', 'it planned to cut costs', 'firm']],
    ],
    [
      'The plan has drawn fire from unions, who say it will cost jobs.',
      [['indirect', 'it will cost jobs', 'unions']],
    ],
    [
      'Mayor Tom Reyes appeared to suggest that the levy would be dropped.',
      [['indirect', 'that the levy would be dropped', 'Tom Reyes']],
    ],
    // a clause of the writer's after "while" ends what was said
    [
      'The council said the levy did not go far enough, while economists warned it could raise prices.',
      [
        ['indirect', 'the levy did not go far enough', 'council'],
        ['indirect', 'it could raise prices', 'economists'],
      ],
    ],
    // a clause of another subject after a comma does not end what was said
    [
      'Tom Alvarez noted that at one of his first meetings, he supported the levy.',
      [['indirect', 'that at one of his first meetings, he supported the levy', 'Tom Alvarez']],
    ],
    // a colon after the cue introduces the rest of the paragraph
    [
      'The mayor added: It is typical of the council. They know nothing.\n\nThe vote is Monday.',
      [['indirect', 'It is typical of the council. They know nothing', 'mayor']],
    ],
    // "born and raised": a verb of stance that mostly means something else opens no new clause
    [
      'Tom Alvarez accused Ana Cole, who was born and raised in the valley, of lying.',
      [['indirect', 'Ana Cole, who was born and raised in the valley, of lying', 'Tom Alvarez']],
    ],
    // an adverb or a party label set off by commas between the subject and its verb
    [
      'Democrats, however, said the bill shortchanged the valley.',
      [['indirect', 'the bill shortchanged the valley', 'Democrats']],
    ],
    [
      'Senator Ann Ruiz, D-Ore., told reporters the vote showed the council could work together.',
      [['indirect', 'the vote showed the council could work together', 'Ann Ruiz']],
    ],
    // a verb of expecting with an object and an infinitive
    [
      'Analysts expect the council to approve the levy by Friday.',
      [['indirect', 'the council to approve the levy by Friday', 'Analysts']],
    ],
    // an adverbial clause before the main clause is part of what was reported
    [
      'When the training fits the worker, it works well, according to Karen Wu.',
      [['indirect', 'When the training fits the worker, it works well', 'Karen Wu']],
    ],
    // opening words and contractions are not part of the speaker
    ['Even the council said the levy was too high.', [['indirect', 'the levy was too high', 'council']]],
    ['The mayor’s aides haven’t said the levy will pass.', [['indirect', 'the levy will pass', 'aides']]],
    ['The company reported that sales fell in May.', [['indirect', 'that sales fell in May', 'company']]],
    // a verb of saying after and/but opens the same speaker's next statement, however short the first
    [
      'The mayor praised the plan and said it would create jobs.',
      [
        ['indirect', 'the plan', 'mayor'],
        ['indirect', 'it would create jobs', 'mayor'],
      ],
    ],
    [
      'Laura Jenkins conceded defeat but said she would stay on as leader.',
      [['indirect', 'she would stay on as leader', 'Laura Jenkins']],
    ],
    // the person named before "of/at (the)" a body speaks, not the body; a role keeps its body
    [
      'Laura Jenkins of the Harbor Research Institute said the levy was too high.',
      [['indirect', 'the levy was too high', 'Laura Jenkins']],
    ],
    [
      'The president of the harbor council said the levy was too high.',
      [['indirect', 'the levy was too high', 'president of the harbor council']],
    ],
    // a plural noun that is also a verb of stance is the subject of the verb after it
    [
      'Tenant advocates said they would press the council for a narrower bill.',
      [['indirect', 'they would press the council for a narrower bill', 'Tenant advocates']],
    ],
  ];
  it.each(INDIRECT)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    'Laura Jenkins said nothing.',
    'The report was released on Monday.',
    'He asked for a glass of water.',
    'Laura Jenkins knows the valley well.',
    'The plan, which calls for two new bridges, was approved.',
    'The bridge was criticized by many drivers last year.',
    'A simple question remains about the bridge and its costs.',
    'Few expected his grand plan to rebuild the harbor by spring.',
    'A small group called the Harbor Friends cleaned the beach.',
    'This post has been updated with the latest flood figures.',
    'The county report listed every road closed by the flood.',
    'Update: Harbor Bridge Will Reopen in May\n\nThe bridge closed after a storm.',
    'Note: the bridge closed after a storm. Crews are at work.',
    'The harbor council voted on Friday to extend the ferry contract.',
    'Laura Jenkins said on Friday, as the storm moved in.',
    'The union filed a lawsuit on Monday against the new rule.',
    'Harbor Bridge Says Goodbye\n\nThe bridge closed after a storm.',
    'Simon Says is a game that children play at school.',
    'The show sold out in an hour.',
    'The crew found the wreck near the harbor.',
    'The guard told her to leave the hall.',
    'We sell to people who want and value fresh bread.',
    'The court term that begins in October will be busy.',
    'The ministry did not respond to a request for comment.',
    'A spokesman for the ministry declined to comment.',
    'Laura Jenkins declined to comment on the ferry contract.',
    'The harbor master refused to elaborate on the closure.',
    'The ferry company reports third-quarter results on Friday.',
    'The ferry company reported a loss of two million dollars.',
    'Everything the mayor says is a promise he cannot keep.',
    'Having said that, the levy is still high.',
    'But when the council cut the ferry budget two years later, the island said enough.',
    'Campaigning in the valley in 2012, he barely mentioned the levy.',
    'The mayor has answered with attacks on the council, including Friday’s tweets.',
    'Nobody expected the storm to hit the harbor.',
    'The bill extends a program that critics say has been plagued by waste.',
    'Under Tom Alvarez’s Fifth Amendment claims, prosecutors rarely pursue such cases.',
  ])('finds no reported speech in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('en quotes on run-on text', () => {
  it.each([
    'Smith said the river rose and Jones said the river fell and ',
    'Reyes’s call for a tax, the mayor’s claim that it works, ',
    'x, he said, ',
    'The line, Karen Wu said, will open, she added, in May, he noted, ',
    'As Karen Wu noted, the pier is old, as the mayor said, and ',
    'While Smith said the pier would close and Jones said the ferry would stop and ',
    'Critics, including the residents, say the fares, which the board, which notes that, ',
    'Mary Jones, 59, of Dover, who watched the parade, said ',
  ])('stays linear on one endless sentence of "%s"', (unit) => {
    const { result: out } = expectLinearTime(repeatTo(unit), 300_000, (text) => run('en', text), 3000);
    expect(out.every((q) => q.start >= 0 && q.end > q.start && q.end <= 300_000 + unit.length)).toBe(true);
  });
});

describe('a place where the speakers are is not the speaker', () => {
  it.each([
    [
      'Officials at the Harbor Board in Lisbon said the pier would close.',
      'Officials at the Harbor Board',
      ['Harbor Board'],
    ],
    ['Diplomats in Geneva said the talks would resume.', 'Diplomats', []],
  ])('%s', (text, speaker, orgs) => {
    const found = run('en', text, entityIndex(text, [], orgs));
    expect(found.map((f) => f.speaker)).toEqual([speaker]);
    expect(found[0]!.entity).toBe(orgs.length > 0 ? 'o1' : null);
  });

  it('gives "it" to a speaker that is no person', () => {
    const text = 'Karen Wu said the ferry was late. The harbor board said it would add a boat.';
    const found = run('en', text, entityIndex(text, ['Karen Wu'], ['harbor board']));
    expect(found.map((f) => f.speaker)).toEqual(['Karen Wu', 'harbor board']);
    const text2 = 'The harbor board met on Monday. Karen Wu spoke first. Later it said fares would rise.';
    const found2 = run('en', text2, entityIndex(text2, ['Karen Wu'], ['harbor board']));
    expect(found2.map((f) => [f.text, f.speaker])).toEqual([['fares would rise', 'harbor board']]);
  });

  it('gives a pronoun inside a reported clause the subject that reports it', () => {
    const text =
      'Tom Alvarez spoke first. Karen Wu said on Friday that she thinks the pier is “a disgrace.” Ana Cole condemned what she called a “brazen breach” of the rules.';
    const found = run('en', text, entityIndex(text, ['Tom Alvarez', 'Karen Wu', 'Ana Cole']));
    expect(found.map((f) => [f.type, f.speaker])).toEqual([
      ['direct', 'Karen Wu'],
      ['direct', 'Ana Cole'],
    ]);
  });

  it('keeps a speaker named before "in" (Hill said …)', () => {
    const text = 'In Lisbon, Maria Costa said the pier would close.';
    expect(run('en', text, entityIndex(text, ['Maria Costa'])).map((f) => f.speaker)).toEqual([
      'Maria Costa',
    ]);
  });
});

describe('en indirect quotes: appositions, relative clauses and as-clauses', () => {
  const CASES: Case[] = [
    // a titled name in the apposition after a role
    [
      'The harbor minister, Mr. Alvarez, argues that the pier is too small.',
      [['indirect', 'that the pier is too small', 'Alvarez']],
    ],
    // a name opening the sentence, then an apposition of several parts
    [
      'Mary Jones, 59, of Dover, Del., who watched the parade from a bench, said the floats were late.',
      [['indirect', 'the floats were late', 'Mary Jones']],
    ],
    [
      'Lee Park -- co-author of a guide to the coast -- said the ferry tended to run late.',
      [['indirect', 'the ferry tended to run late', 'Lee Park']],
    ],
    // an adverb between the auxiliary and the verb
    [
      'Jones has long said that he qualifies for the post.',
      [['indirect', 'that he qualifies for the post', 'Jones']],
    ],
    // a subject after a semicolon
    [
      'It is unlikely; the mayor’s team says she will return to work this week.',
      [['indirect', 'she will return to work this week', 'mayor’s team']],
    ],
    // "about" before a number opens what was said
    [
      'Karen Wu has said about 20 people asked for the seat.',
      [['indirect', 'about 20 people asked for the seat', 'Karen Wu']],
    ],
    // "many of whom", "which notes that": the noun the relative clause hangs on
    [
      'The rule angered the fishermen, many of whom say the quotas are unfair.',
      [['indirect', 'the quotas are unfair', 'fishermen']],
    ],
    [
      'The union, which contended that the mill underpaid workers, filed suit on Monday.',
      [['indirect', 'that the mill underpaid workers', 'union']],
    ],
    [
      'The audit, which notes that nine agencies overspent, is due out on Friday.',
      [['indirect', 'that nine agencies overspent', 'audit']],
    ],
    // an as-clause with a verb of saying reports the sentence around it
    ['As Tom Alvarez noted, the bridge is old.', [['indirect', 'the bridge is old', 'Tom Alvarez']]],
    [
      'As many harbor pilots have pointed out, the channel is too shallow.',
      [['indirect', 'the channel is too shallow', 'harbor pilots']],
    ],
    [
      'As Ms. Park put it in a statement, the ferry is a lifeline.',
      [['indirect', 'the ferry is a lifeline', 'Park']],
    ],
    [
      'The river, as one of the mayor’s advisers noted, rarely floods in August.',
      [['indirect', 'The river, as one of the mayor’s advisers noted, rarely floods in August', 'advisers']],
    ],
    // an as-clause that closes the sentence reports what comes before it
    [
      'Rents in the harbor district rose sharply last year, as the county report noted.',
      [['indirect', 'Rents in the harbor district rose sharply last year', 'county report']],
    ],
    // … and one before a quoted phrase reports the phrase
    [
      'Fame has not kept him from being seen, as the Harbor Gazette put it in a profile, “the fixer.”',
      [['direct', '“the fixer.”', 'Harbor Gazette']],
    ],
    // a participle after the cue of a direct quote reports more of the same speaker's words
    [
      '“The harbor has changed,” Tom Alvarez said in June, citing the return of the herring.',
      [
        ['direct', '“The harbor has changed,”', 'Tom Alvarez'],
        ['indirect', 'the return of the herring', 'Tom Alvarez'],
      ],
    ],
    [
      '“The pier is safe,” said Karen Wu on Friday, adding that the ferries would run.',
      [
        ['direct', '“The pier is safe,”', 'Karen Wu'],
        ['indirect', 'that the ferries would run', 'Karen Wu'],
      ],
    ],
    // an aside between the verb and its that-clause; a time phrase between subject and verb
    [
      'Several pilots cautioned, as did the harbor board itself, that the channel might silt up.',
      [['indirect', 'that the channel might silt up', 'pilots']],
    ],
    [
      'The mayor continues to insist, most recently in a radio interview, that the pier is safe.',
      [['indirect', 'that the pier is safe', 'mayor']],
    ],
    [
      'The ferry company just this month announced it would drop the night crossing.',
      [['indirect', 'it would drop the night crossing', 'ferry company']],
    ],
    // adverbs inside a progressive; a statement or an ad that says something
    [
      'Karen Wu is once again questioning the cost of the pier.',
      [['indirect', 'the cost of the pier', 'Karen Wu']],
    ],
    [
      'The harbor board released a statement saying the channel was safe.',
      [['indirect', 'the channel was safe', 'harbor board']],
    ],
    [
      'The new ad then references the closing of the pier.',
      [['indirect', 'the closing of the pier', 'new ad']],
    ],
    // what was reported ends where a new clause, a participle clause or a main clause begins
    [
      'The board announced that it would cut fares, and the union is planning a strike.',
      [['indirect', 'that it would cut fares', 'board']],
    ],
    [
      'The board proposed jointly owned boats for the two islands.',
      [['indirect', 'jointly owned boats for the two islands', 'board']],
    ],
    [
      'Although the mayor has admitted raising the levy, she does not defend it.',
      [['indirect', 'raising the levy', 'mayor']],
    ],
    [
      'Tom Alvarez has campaigned for the levy since he left the council.',
      [['indirect', 'the levy', 'Tom Alvarez']],
    ],
    // an adverb in -ly between the verb and its particle or "that"
    [
      'Karen Wu spoke warmly of her years on the ferry.',
      [['indirect', 'her years on the ferry', 'Karen Wu']],
    ],
    // a statement reported inside another one is part of it, not a quote of its own
    [
      'Tom Alvarez said he has other questions than the ones he refused to answer last year.',
      [['indirect', 'he has other questions than the ones he refused to answer last year', 'Tom Alvarez']],
    ],
    [
      'Karen Wu said the council wants a new pier.',
      [['indirect', 'the council wants a new pier', 'Karen Wu']],
    ],
    // after a verb of naming, the quoted word closes what was said before a phrase of time or place
    [
      'Tom Alvarez blasted the pier as a “disgrace” on Wednesday at a council meeting.',
      [['direct', 'the pier as a “disgrace”', 'Tom Alvarez']],
    ],
    // a reported clause with a pronoun subject goes on after "and" with a verb of its own
    [
      'Police say he ran a red light and refused to stop at the pier.',
      [['indirect', 'he ran a red light and refused to stop at the pier', 'Police']],
    ],
    // … but a verb of saying after "and" is the speaker's next statement
    [
      'Karen Wu said she would review the levy and warned against new fees.',
      [
        ['indirect', 'she would review the levy', 'Karen Wu'],
        ['indirect', 'against new fees', 'Karen Wu'],
      ],
    ],
    // "according to" set off inside the sentence reports all of it
    [
      'Ferries carried 40 percent of commuters, according to the harbor board, and buses carried the rest.',
      [
        [
          'indirect',
          'Ferries carried 40 percent of commuters, according to the harbor board, and buses carried the rest',
          'harbor board',
        ],
      ],
    ],
    // after a colon the speaker goes on past "but" to the end of the paragraph
    [
      'The mayor added: It is typical of the council. They know nothing, but the talk never stops.\n\nThe vote is Monday.',
      [['indirect', 'It is typical of the council. They know nothing, but the talk never stops', 'mayor']],
    ],
    // a that-clause that a quote completes after a comma is one mixed quote
    [
      'Karen Wu said Friday that if the levy passed, “the pier would reopen in May.”',
      [['direct', 'that if the levy passed, “the pier would reopen in May.”', 'Karen Wu']],
    ],
    // examples after the subject; a clause after an inverted verb is no speaker
    [
      'Critics, including the residents’ association, say the fares are too high.',
      [['indirect', 'the fares are too high', 'Critics']],
    ],
    // a trailing ", X Says" in a headline names the speaker
    [
      'Harbor Council Backs Ferry Plan, Mayor Says\n\nThe council voted on Tuesday.',
      [['indirect', 'Harbor Council Backs Ferry Plan', 'Mayor']],
    ],
    // a phrase of time after a quoted phrase is no part of it
    [
      'Tom Alvarez dismissed the plan as a "giveaway" on Wednesday during a radio interview.',
      [['direct', 'the plan as a "giveaway"', 'Tom Alvarez']],
    ],
    // the name that opens the sentence, not a name inside its apposition
    [
      'Daniel Mercer, 58, of Riverton, who bought the mill last year, told workers that orders had doubled.',
      [['indirect', 'that orders had doubled', 'Daniel Mercer']],
    ],
    // a described subject before a mixed quote; "said it was …" has no speaker after the verb
    [
      'In a statement, the governor’s office said it was “encouraged” by the plan.',
      [['direct', 'it was “encouraged” by the plan', 'governor’s office']],
    ],
    // a dateline is no part of the speaker
    [
      'RIVERTON - The owner of the mill said on Monday that the plant would reopen in June.',
      [['indirect', 'that the plant would reopen in June', 'owner of the mill']],
    ],
    // report nouns: an agent after "by", a that-clause after "is", a that-clause as subject
    [
      'The claim by the mayor that the pier is safe was false.',
      [['indirect', 'that the pier is safe', 'mayor']],
    ],
    ['Karen Wu’s view is that the pier is safe.', [['indirect', 'that the pier is safe', 'Karen Wu']]],
    // "made (it) clear (that)"
    ['The mayor made clear that the pier would close.', [['indirect', 'that the pier would close', 'mayor']]],
    ['Tom Alvarez made it clear he would run.', [['indirect', 'he would run', 'Tom Alvarez']]],
    // a relative clause after a name ends the object of a verb of judging
    [
      'Karen Wu endorses Tom Alvarez, who says he is honored.',
      [
        ['indirect', 'Tom Alvarez', 'Karen Wu'],
        ['indirect', 'he is honored', 'Tom Alvarez'],
      ],
    ],
    // a dateline with its agency is no part of what was reported
    [
      'HARBOR CITY, Maine, May 2 (AP) — Ferries stopped running on Friday after a storm, harbor officials said.',
      [['indirect', 'Ferries stopped running on Friday after a storm', 'harbor officials']],
    ],
    // a past form before a quoted phrase reports how someone judged something
    [
      'Tom Alvarez likened the pier to "a sinking ship".',
      [['direct', 'the pier to "a sinking ship"', 'Tom Alvarez']],
    ],
    // the "to" of an infinitive opens what was refused or planned
    ['The mayor refused to release the audit.', [['indirect', 'to release the audit', 'mayor']]],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    'As expected, the levy passed on Friday.',
    'As a child, Karen Wu lived by the harbor.',
    'The ferry, as usual, ran late.',
    'The notes that the clerk kept were lost.',
    'Karen Wu made clear progress on the pier.',
    'One after another, the mills, including Riverton Paper, declared bankruptcy.',
    'Nearly a week after the storm, the harbor remains in a state of limbo.',
    'The two taped an hourlong show that aired on Thursday.',
    'Voters are removed if they do not confirm their address.',
  ])('finds no reported speech in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

// Errors seen on held-out style news (sentences written for these tests).
describe('held-out style: letting in, contact relatives, subjects that cannot speak', () => {
  const CASES: Case[] = [
    // "admit" reports when what is admitted is a clause or a deed
    ['The mayor admitted the plan had failed.', [['indirect', 'the plan had failed', 'mayor']]],
    ['Karen Wu admitted that the audit was late.', [['indirect', 'that the audit was late', 'Karen Wu']]],
    // "plans to" reports when its subject is the subject of the sentence
    ['The council plans to close the pier in June.', [['indirect', 'to close the pier', 'council']]],
    ['Tom Alvarez said he plans to run again.', [['indirect', 'he plans to run again', 'Tom Alvarez']]],
    // a participle after a clause of time or cause: prices and shares cite nothing, the firm does
    [
      'Shares fell 4 percent after the company lowered its outlook, citing weak demand in Europe.',
      [['indirect', 'weak demand in Europe', 'the company']],
    ],
    [
      'Oil prices climbed after the producers group trimmed output, citing the conflict.',
      [['indirect', 'the conflict', 'the producers group']],
    ],
    // a subject that can speak keeps the participle
    [
      'Karen Wu resigned after the board voted against her, arguing that the vote was unfair.',
      [['indirect', 'that the vote was unfair', 'Karen Wu']],
    ],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  // a phrase that opens the sentence before the pronoun is no relative clause
  it.each([
    [
      'Karen Wu spoke on Monday. In the interview she said the levy would pass.',
      'Karen Wu',
      'the levy would pass',
    ],
    [
      'Tom Alvarez met the council. Later, at the meeting he said the pier was safe.',
      'Tom Alvarez',
      'the pier was safe',
    ],
  ])('%s', (text, person, quote) => {
    expect(triples(run('en', text, entityIndex(text, [person])))).toEqual([['indirect', quote, person]]);
  });

  it.each([
    // "admit X as / into / to": letting in
    'The league admitted Riverton as its ninth member on Sunday.',
    'The clinic admitted him to the ward overnight.',
    'The club admitted Harbor City into the league last year.',
    // a relative clause without "that": the noun is the gap, not what was said
    'Voters will choose in elections it plans to hold in December.',
    'The bridge is one of the projects they want to finish first.',
    // shares and prices, with no one else in the clause
    'Shares slid 3 percent on Monday, citing nothing in particular.',
  ])('finds no reported speech in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});

describe('held-out style: the particle of a mixed cue, a firm described by its trade', () => {
  it.each([
    [
      'Karen Wu, the mayor, called on residents to "stay off the roads" until noon.',
      'residents to "stay off the roads" until noon',
      'called on',
    ],
    [
      'Tom Alvarez called for a "full and open review" of the levy.',
      'a "full and open review" of the levy',
      'called for',
    ],
    // a verb of saying keeps what follows it ("said on Monday that …")
    ['Karen Wu said on Monday that the pier was "a disgrace".', 'that the pier was "a disgrace"', 'said'],
  ])('%s', (text, quote, cue) => {
    const found = run('en', text, entityIndex(text, ['Karen Wu', 'Tom Alvarez']));
    expect(found.map((f) => [f.type, f.text, f.cue])).toEqual([['direct', quote, cue]]);
  });

  it.each([
    [
      'HARBOR CITY (Reuters) - Riverton Paper Co. posted a loss on Monday.\n\nThe Canadian papermaker said sales fell 9 percent.',
      'Riverton Paper Co.',
    ],
    [
      'Riverton Paper Co. posted a loss on Monday. The company, which owns two mills, said it would cut jobs.',
      'Riverton Paper Co.',
    ],
  ])('a firm described by its trade is the firm of the story: %s', (text, org) => {
    const found = run('en', text, entityIndex(text, [], [org, 'Reuters']));
    expect(found.map((f) => [f.type, f.speaker, f.entity])).toEqual([['indirect', org, 'o1']]);
  });

  it.each([
    // a firm named only inside another phrase is no topic
    'Shares of Riverton Paper Co. slid on Monday. The company said sales fell 9 percent.',
    // a description of a person is no firm
    'Riverton Paper Co. posted a loss. The spokesman said sales fell 9 percent.',
  ])('leaves the description unlinked: %s', (text) => {
    const found = run('en', text, entityIndex(text, [], ['Riverton Paper Co.']));
    expect(found.map((f) => f.entity)).toEqual([null]);
  });
});

describe('held-out style: a document named after several people', () => {
  const CASES: Case[] = [
    [
      'The Hart and Lowe report states that the river is polluted.',
      [['indirect', 'that the river is polluted', 'Hart and Lowe report']],
    ],
    [
      'The Hart and Lowe study found that the river is polluted.',
      [['indirect', 'that the river is polluted', 'Hart and Lowe study']],
    ],
    // a base form that is the verb keeps its subject
    ['Analysts report that the river is polluted.', [['indirect', 'that the river is polluted', 'Analysts']]],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });
});

describe('held-out style: "he"/"she" after a sentence opened by a role', () => {
  it.each([
    ['The governor spoke to reporters on Tuesday. She said the levy would pass.', 'governor'],
    ['The new coach arrived in Riverton on Monday. He said the squad was ready.', 'new coach'],
  ])('%s', (text, speaker) => {
    expect(run('en', text).map((f) => f.speaker)).toEqual([speaker]);
  });

  it.each([
    // a person named after the role sentence is the antecedent
    [
      'The governor spoke on Tuesday. Karen Wu arrived later. She said the levy would pass.',
      ['Karen Wu'],
      ['Karen Wu'],
    ],
    // the role given a name right after it is that person
    ['The governor, Karen Wu, spoke on Tuesday. She said the levy would pass.', ['Karen Wu'], ['Karen Wu']],
    // a role three sentences back is too far
    [
      'The governor spoke on Tuesday. Rain fell. Roads closed. Schools shut. She said the levy would pass.',
      [],
      [null],
    ],
  ])('keeps the named or nearer antecedent: %s', (text, people, speakers) => {
    expect(run('en', text, entityIndex(text, people)).map((f) => f.speaker)).toEqual(speakers);
  });
});

describe('held-out style: an object and its infinitive after a comma, a noun after a possessive', () => {
  const CASES: Case[] = [
    [
      'The Harbor Workers Union, which signed a new contract in April, urged members to pack the meeting.',
      [['indirect', 'members to pack the meeting', 'Harbor Workers Union']],
    ],
    // an inverted speaker with a listener after it stays a trailing cue
    [
      'The fares are too high, said Karen Wu to reporters.',
      [['indirect', 'The fares are too high', 'Karen Wu']],
    ],
    // a verb after a plural subject still reports
    ['Voters credit the mayor with the recovery.', [['indirect', 'the mayor with the recovery', 'Voters']]],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(triples(run('en', text))).toEqual(expected);
  });

  it.each([
    'Riverton Ratings downgraded the district’s credit rating to junk in June.',
    "The mayor's support was never in doubt.",
    "The council's call came too late for the pier.",
  ])('finds no reported speech in %s', (text) => {
    expect(run('en', text)).toEqual([]);
  });
});
