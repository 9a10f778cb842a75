// English people, places and organizations: one table per rule family, each with cases that must be
// found and cases that must not. All sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { entities } from '../../../src/locales/en/entities.js';
import { isLoaded } from '../../../src/locales/en/nlp.js';
import { resolveEntities } from '../../../src/resolve/entities.js';
import { detectLanguage } from '../../../src/text/language.js';
import { expectLinearTime, repeatTo } from '../../helpers/linear.js';
import { ctx, doc, table } from './helpers.js';

describe('loading compromise', () => {
  it('is lazy: text without a capitalized word never loads it', () => {
    expect(entities(doc('nothing here starts with a capital letter.'), ctx)).toEqual([]);
    expect(isLoaded()).toBe(false);
    entities(doc('Maria Lopez arrived.'), ctx);
    expect(isLoaded()).toBe(true);
  });
});

table('titles and honorifics stay out of names', [
  [
    'President Maria Lopez arrived in Lisbon on Monday.',
    ['person:Maria Lopez', 'place:Lisbon'],
    ['person:President Maria Lopez'],
  ],
  [
    'Foreign Minister Kwame Asante met reporters.',
    ['person:Kwame Asante'],
    ['person:Foreign Minister Kwame Asante'],
  ],
  ['Mr. Halvorsen declined to comment.', ['person:Halvorsen'], ['person:Mr. Halvorsen']],
  ['The Prime Minister said nothing new.', [], ['person:Prime Minister']],
  [
    'The former Chief Operating Officer left the company.',
    [],
    ['person:Operating Officer', 'person:Chief Operating Officer'],
  ],
]);

it('puts titles into titles', () => {
  const text = 'Deputy Prime Minister Rafael Ortiz spoke first. Later Ortiz left.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.people).toHaveLength(1);
  expect(r.people[0]!.name).toBe('Rafael Ortiz');
  expect(r.people[0]!.titles).toEqual(['Deputy Prime Minister']);
  expect(r.people[0]!.mentions.map((m) => m.text)).toEqual(['Rafael Ortiz', 'Ortiz']);
});

it.each([
  ['Treasury Secretary Maria Lenz met bankers.', 'Maria Lenz', ['Treasury Secretary'], 'Treasury'],
  ['Pentagon spokesman Ron Pell declined to comment.', 'Ron Pell', ['spokesman'], 'Pentagon'],
])(
  'an organization before an office stays an organization and qualifies the title: %s',
  (text, name, titles, org) => {
    const r = resolveEntities(text, entities(doc(text), ctx));
    expect(r.people.map((p) => [p.name, p.titles])).toEqual([[name, titles]]);
    expect(r.organizations.map((o) => o.name)).toEqual([org]);
  },
);

table('trailing punctuation and possessives are trimmed', [
  [
    "Northwind Trading Corp's profit fell.",
    ['organization:Northwind Trading Corp'],
    ["organization:Northwind Trading Corp's"],
  ],
  ['Shares of Brightwater Holdings Inc rose.', ['organization:Brightwater Holdings Inc'], []],
  ["Ingrid Solberg's coach was pleased.", ['person:Ingrid Solberg'], ["person:Ingrid Solberg's"]],
]);

table('initials and name particles', [
  ['The stand was broken by J. Whitfield late in the day.', ['person:J. Whitfield'], []],
  ['A statue of Pieter van der Lindt stands in the square.', ['person:Pieter van der Lindt'], []],
  ['Reporters asked Omar bin Khalid about the talks.', ['person:Omar bin Khalid'], []],
  ['W D L F G A P', [], ['person:F G', 'person:W D L F G A P']],
]);

table('organizations by head words and suffixes', [
  ['The Ministry of Fisheries issued a statement.', ['organization:Ministry of Fisheries'], []],
  ['He studied at the University of Westmarch.', ['organization:University of Westmarch'], []],
  ['Analysts at Carrow Brothers & Co expect growth.', ['organization:Carrow Brothers & Co'], []],
  ['The Green Valley Party won six seats.', ['organization:Green Valley Party'], []],
  ['Riverton FC signed a new striker.', ['organization:Riverton FC'], ['person:Riverton FC']],
  ['Global Depositary Receipts rose sharply.', [], ['person:Global Depositary Receipts']],
  ['Traders expect the Fed to cut rates again.', ['organization:Fed'], []],
  ['The ministers of the Eurogroup met on Monday.', ['organization:Eurogroup'], []],
]);

it('links an acronym to its long form', () => {
  const text = 'The Coastal Shipping Authority (CSA) raised fees. The CSA said costs rose.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.organizations).toHaveLength(1);
  expect(r.organizations[0]!.name).toBe('Coastal Shipping Authority');
  expect(r.organizations[0]!.mentions).toHaveLength(3);
});

it('names a well-known acronym by its long form, so both spellings are one organization', () => {
  const text =
    'Officials at the U.N. were not consulted. A spokeswoman for the United Nations declined to comment.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.organizations.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
    ['United Nations', ['U.N.', 'United Nations']],
  ]);
});

table('connectors split names they join', [
  ['Talks between Peru and Chile resumed.', ['place:Peru', 'place:Chile'], ['place:Peru and Chile']],
  ['Anna Berg and Tomas Lind signed the letter.', ['person:Anna Berg', 'person:Tomas Lind'], []],
  [
    'Jonas Eklund of Halden Shipping Corp said so.',
    ['person:Jonas Eklund', 'organization:Halden Shipping Corp'],
    [],
  ],
  ['Officials at the Bank of Canada declined to comment.', ['organization:Bank of Canada'], ['place:Canada']],
]);

table('places, demonyms and sentence starts', [
  ['Dutch officials flew to the U.S. on Friday.', ['place:U.S.'], ['place:Dutch', 'person:Dutch']],
  ['Troops advanced on the town of Kelvarra overnight.', ['place:Kelvarra'], []],
  ['Prices rose in the Midwest last month.', ['place:Midwest'], []],
  ['Yesterday the talks collapsed.', [], ['person:Yesterday', 'place:Yesterday']],
  ['Trailing by ten points, the home side rallied.', [], ['person:Trailing']],
]);

table('all-caps headlines and datelines', [
  [
    'MARKETS CALM AFTER VOTE.\nLISBON 2001-03-04\nTraders in Lisbon were relaxed.',
    ['place:LISBON', 'place:Lisbon'],
    ['place:MARKETS', 'person:CALM'],
  ],
  ['Quarterly results.\nKELVARRA, Norway 2001-03-04\nSales rose.', ['place:KELVARRA', 'place:Norway'], []],
  [
    'FOOTBALL - ORTIZ SIGNS.\nMADRID 2001-03-04\nRafael Ortiz signed a contract.',
    ['person:ORTIZ', 'person:Rafael Ortiz'],
    [],
  ],
]);

table('sports results do not explode into people', [
  [
    'SOCCER - LEAGUE RESULTS.\nResults of matches played on Sunday:\nRiverton 3 Lakeside 1\nHalden 0 Westmarch 2',
    ['organization:Riverton', 'organization:Lakeside', 'organization:Halden', 'organization:Westmarch'],
    ['person:Riverton', 'person:Lakeside'],
  ],
  [
    'SOCCER - FRIENDLY.\nBrazil beat Chile 2-1 in a friendly on Sunday.',
    ['place:Brazil', 'place:Chile'],
    ['organization:Brazil', 'organization:Chile'],
  ],
  [
    'TENNIS - RESULTS.\nAnna Berg (Sweden) beat Lena Vogt (Germany) 6-3 6-4',
    ['person:Anna Berg', 'place:Sweden', 'person:Lena Vogt', 'place:Germany'],
    [],
  ],
]);

table('one entity per referent, context decides the unknown', [
  ['Kasimir Dvorak won again. Dvorak said he was tired.', ['person:Kasimir Dvorak', 'person:Dvorak'], []],
  ['"We will see," said Oduya after the match.', ['person:Oduya'], []],
  ['The Tarvos news agency reported the attack.', ['organization:Tarvos'], ['person:Tarvos']],
]);

describe('language detection on English reports', () => {
  it.each([
    [
      'an earnings table',
      'Quarterly figures\n1996 1995\nNet loss 1,071 277\n(All Data Above 000s Except Per Share Numbers)',
    ],
    ['a news sentence', 'The minister said the talks would resume after the holiday.'],
  ])('%s is en', (_name, text) => {
    expect(detectLanguage(text)).toBe('en');
  });
  it('Indonesian stays id', () => {
    expect(detectLanguage('Menteri itu mengatakan bahwa perundingan akan dilanjutkan setelah libur.')).toBe(
      'id',
    );
  });
});

table('roles and business context around unknown names', [
  ['The agency spoke to his wife Marisol on Friday.', ['person:Marisol'], []],
  [
    'Shares in Tovaris rose after the tyre giant Tovaris raised its forecast.',
    ['organization:Tovaris'],
    ['person:Tovaris'],
  ],
  ['The outlook improved, said broker Anil Mehra.', ['person:Anil Mehra'], ['organization:Anil Mehra']],
  ['Depositors queued outside Ostrabank on Monday.', ['organization:Ostrabank'], ['person:Ostrabank']],
  ['The tiny Olmaz would not say who won.', [], ['person:Olmaz', 'organization:Olmaz', 'place:Olmaz']],
]);

it('attaches a lower-case title before a name', () => {
  const text = 'The ruling pleased coach Anders Holm, who had appealed.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.people.map((p) => [p.name, p.titles])).toEqual([['Anders Holm', ['coach']]]);
});

table('towns are teams only in team sports', [
  [
    'SOCCER - CUP.\nLeeds beat Hull and Preston drew with Bristol.',
    ['organization:Leeds', 'organization:Hull', 'organization:Preston', 'organization:Bristol'],
    ['place:Leeds'],
  ],
  [
    'ATHLETICS - MEETING.\nThe next meeting is in Oslo, and Zurich hosts the final 2-1 2-0 3-1 4-0.',
    ['place:Oslo', 'place:Zurich'],
    ['organization:Zurich'],
  ],
  [
    'BASEBALL - SCHEDULE.\nNEW YORK 2001-05-04\nSATURDAY SCHEDULE\nBOSTON AT DETROIT\nBOSTON 70 63 .526 4',
    ['place:DETROIT', 'organization:BOSTON'],
    ['organization:DETROIT'],
  ],
  [
    'LEEDS, May 2 (AP) — Halden Rovers beat Leeds 2-1 on Sunday. The striker scored twice before halftime and the league leaders slipped.',
    ['place:LEEDS', 'organization:Leeds'],
    ['place:Leeds'],
  ],
  [
    'The club opened a store in Dallas, Texas. Rovers beat Leeds 2-1 and the striker scored before halftime in the league.',
    ['place:Dallas', 'place:Texas'],
    ['organization:Texas'],
  ],
  [
    'The council met in Leeds on Monday and approved 2-1 a plan for the city.',
    ['place:Leeds'],
    ['organization:Leeds'],
  ],
]);

table('place-name openers are no given names', [
  ['The final was played at Old Trafford on Sunday.', [], ['person:Old Trafford']],
  ['Frank Bruno won the fight.', ['person:Frank Bruno'], []],
]);

table('a surname beats a town of the same name', [
  [
    'Senator Helen Lincoln spoke first. Later Lincoln left for Ohio.',
    ['person:Helen Lincoln', 'person:Lincoln', 'place:Ohio'],
    ['place:Lincoln'],
  ],
  ['Officials met in Lincoln on Friday.', ['place:Lincoln'], ['person:Lincoln']],
]);

describe('acronyms defined in parentheses', () => {
  it.each([
    [
      'The Western Harbour Organisation (WHO) met, and WHO officials left.',
      'organization',
      'Western Harbour Organisation',
      3,
    ],
    ['The Northern Ports Council (NPC) met. The NPC said no.', 'organization', 'Northern Ports Council', 3],
    ['The United Arab Emirates (UAE) said the UAE would help.', 'place', 'United Arab Emirates', 3],
  ])('%s', (text, type, name, count) => {
    const r = resolveEntities(text, entities(doc(text), ctx));
    const group = type === 'place' ? r.places : r.organizations;
    expect(group.map((e) => [e.name, e.mentions.length])).toEqual([[name, count]]);
  });
  it('an acronym in brackets after an organization is its short form, its initials or not (a name in another language)', () => {
    const text = 'Doctors Without Borders (MSF) sent a team. MSF said the clinic was full.';
    const r = resolveEntities(text, entities(doc(text), ctx));
    expect(r.organizations.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([
      ['Doctors Without Borders', ['MSF'], 3],
    ]);
  });
});

it('gives an all-caps dateline place a readable name that later mentions join', () => {
  const text = 'LISBON 2001-03-04\nTraders in Lisbon were relaxed.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.places.map((p) => [p.name, p.mentions.length, p.country])).toEqual([['Lisbon', 2, 'PT']]);
});

table('results rows: teams at the head of a row, people in scorecards', [
  [
    'RUGBY UNION - RESULTS.\nResults of matches on Saturday:\nWestmarch Rovers 20 Halden 13\nEast Kelvarra 7 Sale 31',
    [
      'organization:Westmarch Rovers',
      'organization:Halden',
      'organization:East Kelvarra',
      'organization:Sale',
    ],
    ['person:East Kelvarra'],
  ],
  [
    'CRICKET - SCORECARD.\nWestmarch innings\nJ. Halvorsen c Okafor b Lindqvist 40\nBowling: Lindqvist 8-0-39-3',
    ['person:J. Halvorsen'],
    ['organization:Lindqvist', 'organization:Okafor'],
  ],
]);

describe('hostile input stays linear', () => {
  it.each([
    ['a megabyte of capitalized words', 'Alpha Beta Gamma Delta '],
    ['a megabyte of "The"', 'The '],
    ['a megabyte of titles', 'Mr President '],
    ['a megabyte of connectors', 'Bank of Alpha and '],
  ])('%s', (_name, unit) => {
    const { result: found } = expectLinearTime(
      repeatTo(unit),
      1_000_000,
      (text) => entities(doc(text), ctx),
      10_000,
    );
    for (const c of found.slice(0, 50)) expect(c.end).toBeGreaterThan(c.start);
  });
});

it('joins a company short name to its full name with the legal form', () => {
  const text = 'Northwind said on Monday that Northwind Corp would cut jobs. Northwind shares fell.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Northwind Corp', 3]]);
});

table('places and words that only look like names', [
  ['Trading in Global Depositary Receipts was thin.', [], ['person:Global Depositary Receipts']],
  ['Opposition group says talks failed.', [], ['organization:Opposition']],
  ['The Director of Intelligence resigned.', [], ['person:Intelligence']],
]);

table('groups, offices and model names', [
  ['The bill passed after Republicans dropped their objections.', [], ['person:Republicans']],
  ['BASEBALL - ROUNDUP.\nThe Cardinals won again.', ['organization:Cardinals'], ['person:Cardinals']],
  [
    'Senate Majority Leader Ana Ruiz called the vote.',
    ['organization:Senate', 'person:Ana Ruiz'],
    ['organization:Senate Majority'],
  ],
  ['The audit covers the 737 MAX production line.', [], ['organization:MAX']],
]);

it('joins a surname used first (a headline) to the full name used later', () => {
  const text =
    'Okafor wins vote\nLAGOS 2020-01-02\nChidi Okafor won the vote on Monday. Okafor thanked voters.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.people.map((p) => [p.name, p.mentions.length])).toEqual([['Chidi Okafor', 3]]);
});

table('title-case headlines split at function words', [
  [
    'Maria Lopez Is Right About Lisbon\nThe mayor agreed.',
    ['person:Maria Lopez', 'place:Lisbon'],
    ['person:Maria Lopez Is Right About Lisbon', 'person:Maria Lopez Is Right'],
  ],
  ['Shares In Bank Of Westmarch', ['organization:Bank Of Westmarch'], ['place:Westmarch']],
]);

it('a surname stays a person even where a business word follows it', () => {
  const text = 'Jill Okafor spoke first. Later the Okafor headquarters said nothing.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.people.map((p) => [p.name, p.mentions.length])).toEqual([['Jill Okafor', 2]]);
});

table('party labels before names', [
  [
    'Democrat Ana Ruiz and Republican Tom Hale debated.',
    ['person:Ana Ruiz', 'person:Tom Hale'],
    ['person:Democrat Ana Ruiz'],
  ],
  ['The Green Party won two seats.', ['organization:Green Party'], []],
]);

table('a word and a country, a place and a -based word', [
  ['Strikes hit Air France flights on Monday.', ['organization:Air France'], ['place:France']],
  ['Only Russia has chosen to do so.', ['place:Russia'], ['organization:Only Russia']],
  ['Lisbon-based Northwind Holdings Inc said profits rose.', ['organization:Northwind Holdings Inc'], []],
]);

table('nationalities and agency datelines', [
  [
    'Crimean officials met British diplomats and Dutch envoys.',
    [],
    ['place:Crimean', 'organization:British', 'person:Dutch'],
  ],
  ['Jewish West Bank settlers protested.', ['place:West Bank'], ['organization:Jewish West Bank']],
  [
    'THE HAGUE, Netherlands (AP) _ The court ruled on Monday.',
    ['place:THE HAGUE', 'place:Netherlands'],
    ['organization:HAGUE'],
  ],
]);

table('surnames, given names before place words, facilities and abbreviated countries', [
  [
    'Talks on Chechnya resumed. Leaders backed the Orlov Chechnya plan. Troops left Chechnya.',
    ['place:Chechnya'],
    ['person:Chechnya'],
  ],
  ['Director Neil Jordan finished the film. Jordan said it was hard.', ['person:Jordan'], ['place:Jordan']],
  [
    'Anthony Hill beat Tom Rivers in the final.',
    ['person:Anthony Hill', 'person:Tom Rivers'],
    ['place:Anthony Hill'],
  ],
  [
    'Workers marched outside Charles de Gaulle airport.',
    ['place:Charles de Gaulle'],
    ['person:Charles de Gaulle'],
  ],
  [
    'N. Korea urged S. Korea to return the veteran.',
    ['place:N. Korea', 'place:S. Korea'],
    ['person:N. Korea'],
  ],
]);

table('indices, currencies, time zones and sentence-initial words that are also towns', [
  [
    "London's FTSE 100 and Paris' CAC 40 fell.",
    ['place:London', 'place:Paris'],
    ['organization:FTSE', 'organization:CAC'],
  ],
  ['Films will cost about $9.99 US dollars.', [], ['place:US']],
  [
    'Trading closed at 16:08 UTC. At 14:00 UTC prices rose. By 18:00 UTC they fell.',
    [],
    ['organization:UTC'],
  ],
  ['Central banks cut rates on Monday.', [], ['place:Central']],
  ['Turkey raised rates on Monday.', ['place:Turkey'], []],
]);

table('a company named with its legal form or trade is its short name everywhere', [
  [
    'Veltrix Inc. opened a plant. Veltrix has said it will hire. Analysts said Veltrix would gain.',
    ['organization:Veltrix Inc.', 'organization:Veltrix'],
    ['person:Veltrix'],
  ],
  [
    'Apple Computer unveiled a laptop. Apple said sales rose.',
    ['organization:Apple Computer', 'organization:Apple'],
    ['person:Apple'],
  ],
  [
    'Singapore Airlines added flights. Officials in Singapore said the airport is open.',
    ['organization:Singapore Airlines', 'place:Singapore'],
    ['organization:Singapore'],
  ],
  [
    'General Motors cut jobs. General Smith said nothing.',
    ['organization:General Motors'],
    ['organization:General'],
  ],
]);

table('verbs only a person does', [
  ['Okafor resigned on Friday after the vote.', ['person:Okafor'], []],
  ['Lindqvist met the envoy in Oslo on Monday.', ['person:Lindqvist'], []],
  ["Veltrix met analysts' expectations in May.", [], ['person:Veltrix']],
]);

// Failure modes found on new articles we wrote (held-out style), one table per rule.
table('a title before nothing but an organization head names the body', [
  [
    'The Nevada General Assembly passed the bill on Tuesday.',
    ['organization:Nevada General Assembly'],
    ['person:Assembly'],
  ],
  ['General Tomas Reyna inspected the troops.', ['person:Tomas Reyna'], ['organization:General Tomas Reyna']],
]);

table('an office after "of" may name two fields joined by "and"', [
  [
    'The Oregon Department of Parks and Recreation closed the trail.',
    ['organization:Oregon Department of Parks and Recreation'],
    ['organization:Oregon Department of Parks'],
  ],
  // two bodies joined by "and" stay two
  [
    'The Bank of Portugal and Barclays agreed.',
    ['organization:Bank of Portugal', 'organization:Barclays'],
    ['organization:Bank of Portugal and Barclays'],
  ],
]);

table('chambers of commerce are organizations', [
  [
    'The Irish Chambers of Commerce said exports fell.',
    ['organization:Irish Chambers of Commerce'],
    ['organization:Commerce'],
  ],
  ['Senator Ada Chambers spoke.', ['person:Ada Chambers'], ['organization:Ada Chambers']],
]);

table('a job noun before "at X" makes X an employer', [
  [
    'said Lena Okoro, a partner at Whitcombe Vance in Boston.',
    ['organization:Whitcombe Vance', 'person:Lena Okoro'],
    ['person:Whitcombe Vance'],
  ],
  ['She met Tomas Vance at dinner.', ['person:Tomas Vance'], ['organization:Tomas Vance']],
  // a firm named after people, even when its first word is a given name
  [
    'Analysts at Morgan Kendall estimated the cost.',
    ['organization:Morgan Kendall'],
    ['person:Morgan Kendall'],
  ],
  ['Analysts met Morgan Kendall at noon.', ['person:Morgan Kendall'], ['organization:Morgan Kendall']],
]);

table('houses of parliament', [
  ['The bill passed the House of Commons on Monday.', ['organization:House of Commons'], ['place:Commons']],
  // a name run on after the house's name is not part of it
  [
    'Speaker of the House of Delegates Okonkwo said the vote would wait.',
    ['organization:House of Delegates'],
    ['organization:House of Delegates Okonkwo'],
  ],
]);

table('a region named with its demonym keeps it', [
  ['He lives in Kelowna, British Columbia.', ['place:British Columbia'], ['place:Columbia']],
  ['British troops left Basra.', ['place:Basra'], ['place:British Basra']],
]);

table('"AI" is artificial intelligence, not an organization', [
  ['The bank will invest in AI next year.', [], ['organization:AI']],
  ['The firm cut 600 jobs in its AI unit.', [], ['organization:AI']],
]);

it('joins a company to its name without the web suffix', () => {
  const text = 'Northwind.com Inc. cut jobs. Shares of Northwind fell.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Northwind.com Inc.', 2]]);
});

table('a county before an office is a place, not part of the title', [
  [
    'Marin County Sheriff Paul Drummond said roads were closed.',
    ['place:Marin County', 'person:Paul Drummond'],
    ['person:Marin County Sheriff Paul Drummond'],
  ],
  ['U.S. District Judge Ann Lowe ruled.', ['person:Ann Lowe'], ['place:U.S. District']],
]);

table('roads keep their numbers', [
  [
    'Mud closed Highway 49 and Interstate 80 near Route 20 overnight.',
    ['place:Highway 49', 'place:Interstate 80', 'place:Route 20'],
    ['place:Highway', 'organization:Interstate 80'],
  ],
  ['The Highway Patrol said 12 cars crashed.', [], ['place:Highway Patrol 12']],
]);

table('named storms and fires are events, not people, places or organizations', [
  [
    'Hurricane Delfina and Tropical Storm Omar hit the coast.',
    [],
    ['person:Hurricane Delfina', 'person:Storm Omar', 'person:Delfina'],
  ],
  ['Crews fought the Canyon Fire near the town.', [], ['organization:Canyon Fire', 'place:Canyon Fire']],
  [
    'The Storm Prediction Center and the Fire Department warned residents.',
    ['organization:Storm Prediction Center', 'organization:Fire Department'],
    [],
  ],
]);

table('places named by a word of place', [
  [
    'Deputies went door to door in Kelso Springs before dawn.',
    ['place:Kelso Springs'],
    ['person:Kelso Springs'],
  ],
]);

describe('which country a place is in', () => {
  const countryOf = (text: string, name: string): string | null | undefined =>
    resolveEntities(text, entities(doc(text), ctx)).places.find((p) => p.name === name)?.country;
  it.each([
    // US states the world gazetteer mistakes for towns abroad
    ['Storms hit Florida and Colorado on Monday.', 'Florida', 'US'],
    ['Storms hit Florida and Colorado on Monday.', 'Colorado', 'US'],
    ['Voters in Virginia and Montana went to the polls.', 'Virginia', 'US'],
    // a state or country after a town says which town it is
    ['SANTA ROSA, California (AP) - Smoke filled the sky.', 'Santa Rosa', 'US'],
    ['Rain fell in Cordoba, Spain, on Sunday.', 'Cordoba', 'ES'],
    // Georgia after an American town is the state
    ['The storm hit Savannah, Georgia, on Monday.', 'Georgia', 'US'],
    ['The storm hit Savannah, Georgia, on Monday.', 'Savannah', 'US'],
    ['Tbilisi is the capital of Georgia.', 'Georgia', 'GE'],
  ])('%s → %s in %s', (text, name, country) => {
    expect(countryOf(text, name)).toBe(country);
  });
});

table('names with a generation suffix are people', [
  ['Forward Tiago Junior missed a penalty.', ['person:Tiago Junior'], ['organization:Tiago Junior']],
]);

table('a compass word opens a place, not a given name', [
  ['Trucks use the Southern Corridor highway.', ['place:Southern Corridor'], ['person:Southern Corridor']],
]);

table('long office names with "and"', [
  [
    'Patients went to Lakeside General Teaching and Referral Hospital on Monday.',
    ['organization:Lakeside General Teaching and Referral Hospital'],
    ['person:Teaching and Referral Hospital'],
  ],
  [
    'Doses came from the Pacific Centres for Disease Control and Prevention on Monday.',
    ['organization:Pacific Centres for Disease Control and Prevention'],
    ['organization:Pacific Centres for Disease Control'],
  ],
  ['Health Cabinet Secretary Amina Otieno spoke.', ['person:Amina Otieno'], ['organization:Health Cabinet']],
]);

it('reads the Democratic Republic of Congo, and the Congo it names later, as one country', () => {
  const text = 'Aid reached the Democratic Republic of Congo. Congo asked for more.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.places.map((p) => [p.country, p.mentions.map((m) => m.text)])).toEqual([
    ['CD', ['Democratic Republic of Congo', 'Congo']],
  ]);
});

describe('acronyms that take more than initials', () => {
  it.each([
    [
      'The Lagos Medical Research Institute (LAMRI) said LAMRI would publish.',
      'Lagos Medical Research Institute',
    ],
    ['The Kenya Wildlife Service (KWS) met.', 'Kenya Wildlife Service'],
  ])('%s', (text, name) => {
    const r = resolveEntities(text, entities(doc(text), ctx));
    expect(r.organizations.map((o) => o.name)).toEqual([name]);
  });
  it('takes an acronym in another language after an organization', () => {
    const text = 'The Financial Services Authority (OJK) said OJK would act.';
    const r = resolveEntities(text, entities(doc(text), ctx));
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Financial Services Authority', ['OJK']],
    ]);
  });
  it('leaves a well-known acronym to its own organization', () => {
    const text = 'The Lagos Medical Research Institute (WHO) said.';
    const r = resolveEntities(text, entities(doc(text), ctx));
    expect(r.organizations.find((o) => o.name === 'Lagos Medical Research Institute')?.aliases).toEqual([]);
  });
});

table('an agency dateline with a full date names its town as a place', [
  [
    'TURIN, March 3, 2024 (AP) — Juventus beat Torino 2-0 on Sunday.',
    ['place:TURIN'],
    ['organization:TURIN'],
  ],
]);

table('armed and political movements named by one word', [
  [
    'Hezbollah fired rockets, and Hamas agreed to a truce.',
    ['organization:Hezbollah', 'organization:Hamas'],
    [],
  ],
  ['The Taliban took Kabul.', ['organization:Taliban', 'place:Kabul'], ['person:Taliban']],
]);

table('a surname opening a sentence after the full name', [
  [
    'Transport Secretary Helen Marsh visited the depot. Marsh said buses would run.',
    ['person:Helen Marsh', 'person:Marsh'],
    [],
  ],
  // an everyday word opening a sentence stays out when nobody bears it as a name
  ['Marsh covers the valley floor.', [], ['person:Marsh']],
]);

table('a plural possessive inside an organization name', [
  [
    'said a spokesman for the Rail Staffs’ Association on Monday.',
    ['organization:Rail Staffs’ Association'],
    ['person:Association'],
  ],
  ["The Dairy Farmers' Union met.", ["organization:Dairy Farmers' Union"], []],
]);

table('particles written with a hyphen keep the surname', [
  ['"We need help," said Samir al-Haddad, head of the group.', ['person:Samir al-Haddad'], ['person:Samir']],
  ['the al-Haddad family', [], ['person:al-Haddad']],
]);

table('a country code opens an organization, not initials', [
  [
    'The U.S. Geological Survey said the quake was shallow.',
    ['organization:U.S. Geological Survey'],
    ['person:U.S. Geological Survey'],
  ],
  ['J.K. Rowling wrote it.', ['person:J.K. Rowling'], []],
]);

table('"of the" inside an organization name', [
  [
    'The Polish Association of the Furniture Industry said orders fell.',
    ['organization:Polish Association of the Furniture Industry'],
    ['organization:Furniture Industry'],
  ],
  // "of the" after a word that heads no organization still separates names
  ['Smith of the Times wrote it.', [], ['person:Smith of the Times']],
]);

table('a noun after a name that makes it an organization', [
  ['The KLX union called a strike.', ['organization:KLX'], []],
  ['Talks with the Vela Metall union failed.', ['organization:Vela Metall'], ['person:Vela Metall']],
]);

table('ampersands inside one word and legal forms with their full stop', [
  ['Buyers overwhelmed Apple and AT&T on Tuesday.', ['organization:AT&T'], ['organization:T']],
  ['Northwind Inc. announced a new phone.', ['organization:Northwind Inc.'], ['organization:Northwind Inc']],
  // a name closed by its legal form is complete: "and" starts another
  [
    'Shares of Acme Corp. and Beta Inc. fell.',
    ['organization:Acme Corp.', 'organization:Beta Inc.'],
    ['organization:Acme Corp. and Beta Inc.'],
  ],
  // a full stop that ends the sentence stays out of the name
  [
    'Shares fell at Northwind Inc. The market rose.',
    ['organization:Northwind Inc'],
    ['organization:Northwind Inc.'],
  ],
]);

table('a compass point before a region', [
  [
    'Rice prices rose in East Java and North Sumatra.',
    ['place:East Java', 'place:North Sumatra'],
    ['person:East Java'],
  ],
]);

table('feasts are no names', [
  ['Prices rose ahead of Eid al-Fitr this year.', [], ['person:Eid al-Fitr', 'person:Eid']],
]);

table('offices with a field after "of" or "for"', [
  [
    'Coordinating Minister for Economic Affairs Budi Hartono spoke.',
    ['person:Budi Hartono'],
    ['person:Economic Affairs Budi Hartono'],
  ],
  [
    'Director of National Intelligence Maria Costa testified.',
    ['person:Maria Costa'],
    ['person:Intelligence Maria Costa'],
  ],
  [
    'Chancellor of the Exchequer Helen Marsh spoke.',
    ['person:Helen Marsh'],
    ['person:Exchequer Helen Marsh'],
  ],
  ['House Speaker Tom Alvarez said no.', ['person:Tom Alvarez'], ['person:House Speaker Tom Alvarez']],
  // the domain of an office is no person
  ['They hear from the President of the United States.', ['place:United States'], ['person:United States']],
  [
    'Speaker of the House of Delegates Okonkwo said the vote would wait.',
    ['organization:House of Delegates', 'person:Okonkwo'],
    [],
  ],
]);

it('gives the office of the Speaker to the person after the house', () => {
  const text = 'Speaker of the House of Delegates Okonkwo said the vote would wait.';
  const r = resolveEntities(text, entities(doc(text), ctx));
  expect(r.people.map((p) => [p.name, p.titles])).toEqual([
    ['Okonkwo', ['Speaker of the House of Delegates']],
  ]);
});

describe('"known as X" gives another name of what was just named', () => {
  it.each([
    [
      'The Oregon Department of Parks and Recreation, known as Parks Oregon, closed trails. Parks Oregon said so.',
      'organization',
      'Oregon Department of Parks and Recreation',
      3,
    ],
    ['Troops are led by Ahmed Salah Yusuf, known as Hamdi. Hamdi said no.', 'person', 'Ahmed Salah Yusuf', 3],
  ])('%s', (text, type, name, count) => {
    const r = resolveEntities(text, entities(doc(text), ctx));
    const group = type === 'person' ? r.people : r.organizations;
    expect(group.map((e) => [e.name, e.mentions.length])).toEqual([[name, count]]);
  });
});

table('a country that is also a given name, before a surname', [
  ['"No," spokesman Jordan Okafor said in an email.', ['person:Jordan Okafor'], ['place:Jordan']],
  ['Israel Adesanya won the fight.', ['person:Israel Adesanya'], ['place:Israel']],
  [
    'Jordan Foreign Minister Ayman Safadi spoke.',
    ['place:Jordan', 'person:Ayman Safadi'],
    ['person:Jordan Foreign'],
  ],
]);

table('"known as X" after a place', [
  [
    'Shops in the River Bend Arts District, known as RiBe, closed. RiBe is busy.',
    ['place:River Bend Arts District', 'place:RiBe'],
    ['organization:RiBe', 'person:RiBe'],
  ],
]);

table('a descriptor and a group noun after a name', [
  ['The Blue Helmets rescue group said 20 had died.', ['organization:Blue Helmets'], ['person:Blue Helmets']],
  ['Tom Vance said the group had left.', ['person:Tom Vance'], ['organization:Tom Vance']],
]);

describe('en a party after a state describes a person', () => {
  const typed = (text: string) => resolveEntities(text, entities(doc(text), ctx));
  it.each([
    ['House Speaker Mike Johnson, a Louisiana Republican, said the bill lacked support.', 'Louisiana'],
    ['Senator Jon Tester, a Montana Democrat, voted against it.', 'Montana'],
  ])('%s → place %s, no organization', (text, place) => {
    const r = typed(text);
    expect(r.places.map((p) => p.name)).toEqual([place]);
    expect(r.organizations).toEqual([]);
  });
  it('keeps a party named after its state', () => {
    expect(typed('The Texas Democratic Party met on Monday.').organizations.map((o) => o.name)).toEqual([
      'Texas Democratic Party',
    ]);
  });
});

table('held-out round 2: nobles, nationalities and football clubs', [
  [
    'Fraud is rising, said Baroness Anne Morrison, chair of the charity.',
    ['person:Anne Morrison'],
    ['person:Baroness Anne Morrison'],
  ],
  [
    'The deal collapsed after the German champions failed to agree a fee.',
    [],
    ['place:German', 'organization:German'],
  ],
  // a country that compromise lists among its nationality words stays a place
  ['Rebels fought in the southern Philippines for years.', ['place:Philippines'], []],
  [
    'The winger left Paris Saint-Germain for Bayern Munich and later won the Primeira Liga.',
    ['organization:Paris Saint-Germain', 'organization:Bayern Munich', 'organization:Primeira Liga'],
    ['person:Paris Saint-Germain', 'person:Bayern Munich', 'person:Primeira Liga'],
  ],
  // one-word clubs in a transfer story (positions and the transfer market, no score)
  [
    'The striker joined Arsenal on loan. Chelsea signed a defender and a goalkeeper before the transfer deadline.',
    ['organization:Arsenal', 'organization:Chelsea'],
    ['person:Chelsea'],
  ],
  // outside sport Chelsea is a given name
  ['Chelsea Warren, a nurse, said the ward was full.', ['person:Chelsea Warren'], ['organization:Chelsea']],
]);

table('held-out round 2: an office named after a list of fields', [
  [
    "South Korea's Ministry of Trade, Industry and Energy (MOTIE) said talks would resume.",
    ['organization:Ministry of Trade, Industry and Energy', 'organization:MOTIE'],
    ['organization:Ministry of Trade', 'organization:Industry and Energy'],
  ],
  [
    'The Ministry of Foreign Affairs, Trade and Development issued a statement.',
    ['organization:Ministry of Foreign Affairs, Trade and Development'],
    ['organization:Trade and Development'],
  ],
  // places after the comma are a list of their own, not fields of the office
  [
    'Officials from the Ministry of Defence, Britain and the Navy met.',
    ['organization:Ministry of Defence', 'place:Britain'],
    ['organization:Ministry of Defence, Britain and the Navy'],
  ],
  // no "and" closing the list: the name ends at the comma
  [
    'The Ministry of Health, which runs the clinics, said cases fell.',
    ['organization:Ministry of Health'],
    [],
  ],
]);

describe('held-out round 2: connectors spell acronyms too', () => {
  it.each([
    [
      'The Department of Justice (DOJ) opened a case. DOJ lawyers declined to comment.',
      'Department of Justice',
      'DOJ',
    ],
    [
      'The Ministry of Trade, Industry and Energy (MOTIE) agreed. MOTIE said so.',
      'Ministry of Trade, Industry and Energy',
      'MOTIE',
    ],
  ])('%s', (text, name, alias) => {
    const r = resolveEntities(text, entities(doc(text), ctx));
    const org = r.organizations.find((o) => o.name === name);
    expect(org?.aliases).toContain(alias);
  });
});

table('held-out round 2: a company named before its trade and legal form goes by its first word', [
  [
    'Hanbit Semiconductor Co. posted a record profit. Shares of Hanbit rose 3 percent.',
    ['organization:Hanbit Semiconductor Co.', 'organization:Hanbit'],
    [],
  ],
  // an adjective before the trade does not name the company alone
  [
    'Global Software Inc. cut jobs as global demand fell.',
    ['organization:Global Software Inc.'],
    ['organization:global'],
  ],
]);

describe('held-out round 2: a club of two words goes by one of them in a sports story', () => {
  const groups = (text: string) => resolveEntities(text, entities(doc(text), ctx)).organizations;
  it.each<[string, string, string]>([
    [
      'The striker left Sporting Lisbon on loan. Sporting sold a defender and a goalkeeper before the transfer deadline.',
      'Sporting Lisbon',
      'Sporting',
    ],
    [
      'Crystal Palace kept their captain. Palace signed a striker, a defender and a goalkeeper on loan before the transfer deadline.',
      'Crystal Palace',
      'Palace',
    ],
  ])('%s', (text, full, short) => {
    const club = groups(text).find((o) => o.name === full);
    expect(club?.mentions.map((m) => m.text)).toContain(short);
  });

  it('leaves the words alone outside sport', () => {
    const text = 'Crystal Palace Park reopened. The palace was built in 1854.';
    expect(groups(text).some((o) => o.mentions.some((m) => m.text === 'palace'))).toBe(false);
  });
});

table('held-out round 2: qualifiers listed before a head word, and "for the" inside an office', [
  [
    'The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) warned of storm surges.',
    [
      'organization:Philippine Atmospheric, Geophysical and Astronomical Services Administration',
      'organization:PAGASA',
    ],
    ['organization:Astronomical Services Administration'],
  ],
  [
    "Indonesia's Meteorology, Climatology and Geophysics Agency said the quake was shallow.",
    ['organization:Meteorology, Climatology and Geophysics Agency'],
    [],
  ],
  [
    'The U.N. Office for the Coordination of Humanitarian Affairs estimated losses.',
    ['organization:U.N. Office for the Coordination of Humanitarian Affairs'],
    ['organization:U.N. Office'],
  ],
  // names in a list stay apart even when the last one ends in a head word
  [
    'The cash went through VTB, Sberbank and Gazprom Bank last year.',
    ['organization:Gazprom Bank'],
    ['organization:VTB, Sberbank and Gazprom Bank'],
  ],
]);

table('held-out round 2: trades that close a company name', [
  [
    'The firm supplies memory chips to Nvidia and Advanced Micro Devices.',
    ['organization:Advanced Micro Devices'],
    ['person:Advanced Micro Devices'],
  ],
  ['Shares of Applied Materials fell 3 percent.', ['organization:Applied Materials'], []],
  // a lower-case trade word after a name is no part of it
  [
    'Maria Lopez sells medical devices in Lisbon.',
    ['person:Maria Lopez', 'place:Lisbon'],
    ['organization:Maria Lopez'],
  ],
]);

table('held-out round 2: a role before a given name nobody lists and an everyday surname', [
  ['Schools chief Macquline Brown said the budget would be published.', ['person:Macquline Brown'], []],
  // an everyday word after the role is still no name
  ['The chief Executive Board met on Friday.', [], ['person:Executive Board']],
]);

table('held-out round 2: a company named with a possessive', [
  [
    "Moody's Investors Service downgraded the district's credit rating.",
    ["organization:Moody's Investors Service"],
    ['organization:Investors Service'],
  ],
  ['Boatmen’s Bancshares Inc. agreed to the deal.', ['organization:Boatmen’s Bancshares Inc.'], []],
  // a place's or a person's possessive owns the organization, it does not name it
  ["China's Communist Party met in Beijing.", ['place:China', 'organization:Communist Party'], []],
  ["The minister's Press Service said so.", ['organization:Press Service'], []],
]);

table('held-out round 2: a town a club of the story is named after', [
  [
    'Newcastle United signed the striker, a defender and a goalkeeper on loan before the transfer deadline after two bids from Newcastle failed.',
    ['organization:Newcastle United', 'organization:Newcastle'],
    ['place:Newcastle'],
  ],
  // where the story happens stays a place
  [
    'Newcastle United signed the striker, a defender and a goalkeeper on loan before the transfer deadline. Fans gathered in Newcastle.',
    ['place:Newcastle'],
    [],
  ],
]);

table('held-out round 2: a business in apposition, and partners with their legal form', [
  [
    'The insulin is made by Novo Nordisk, the Danish drugmaker, and sold in Europe.',
    ['organization:Novo Nordisk'],
    ['person:Novo Nordisk'],
  ],
  // an apposition that is a job or a possessive names a person
  ['Maria Lopez, a bank teller, was robbed on Friday.', ['person:Maria Lopez'], ['organization:Maria Lopez']],
  ["Tom Hanks, the company's founder, declined to comment.", ['person:Tom Hanks'], []],
  [
    'Eli Lilly and Co, which is developing a rival product, will seek approval.',
    ['organization:Eli Lilly and Co'],
    ['person:Eli Lilly', 'organization:Co'],
  ],
]);

table("held-out round 2: council members, an office named after its holder, and towns named 'City'", [
  [
    'A former aide to Los Angeles City Councilmember Curren Price pleaded guilty.',
    ['person:Curren Price', 'place:Los Angeles City'],
    ['organization:Los Angeles City Councilmember Curren Price', 'organization:Los Angeles City'],
  ],
  [
    "The U.S. Attorney's Office for the Central District of California said so.",
    ["organization:U.S. Attorney's Office for the Central District of California"],
    ['organization:Office for the Central District of California'],
  ],
  // a person's possessive before an office is the person's
  ["Maria Lopez's office declined to comment.", ['person:Maria Lopez'], []],
]);

table('held-out round 2: a word describing a company opens the sentence', [
  [
    'Rival Alphabet Inc raised its spending forecast.',
    ['organization:Alphabet Inc'],
    ['organization:Rival Alphabet Inc'],
  ],
  [
    'Retailer Walmart Inc said sales rose.',
    ['organization:Walmart Inc'],
    ['organization:Retailer Walmart Inc'],
  ],
  // a name that needs its first word keeps it
  ['General Motors Co said sales rose.', ['organization:General Motors Co'], []],
]);

table('held-out round 2: organizations named with a religion or nationality word', [
  ['The Islamic State group claimed the attack.', ['organization:Islamic State'], ['organization:State']],
  ['Boko Haram fighters raided a village.', ['organization:Boko Haram'], []],
  // the word alone stays no name
  ['Islamic scholars met in Cairo.', ['place:Cairo'], ['organization:Islamic']],
]);

table('held-out round 2: a party name before a title is no person', [
  ['Liberal Democrat leader Ed Davey called for a commission.', ['person:Ed Davey'], ['person:Democrat']],
  // a lower-case role still makes the name after it a person
  ['His wife Naina arrived in Delhi.', ['person:Naina'], []],
]);

table('held-out round 2: a title that is a surname too after an unlisted given name', [
  ['Interim schools chief Macquline King said the budget was ready.', ['person:Macquline King'], []],
  // a company before a title stays the company's title
  ['Toyota King was the name of the dealership.', [], ['person:Toyota King']],
]);

table('held-out round 2: players with everyday surnames, and prisons', [
  // a tennis report: a given name nobody lists before a singular everyday word is a player
  [
    'Tennis: Italy’s Jannik Sinner beat Alexander Zverev in straight sets to reach the final.',
    ['person:Jannik Sinner'],
    ['organization:Jannik Sinner'],
  ],
  // outside sport the same shape is a firm and its trade
  ['Shares of Pirelli Cables rose 3 percent on Monday.', ['organization:Pirelli Cables'], []],
  [
    'Singapore hanged a man at Changi Prison on Friday.',
    ['place:Changi Prison'],
    ['organization:Changi Prison'],
  ],
]);

table('held-out round 2: players of an individual sport with unlisted names', [
  [
    'Tennis: Naseem Washingto beat the fifth seed in Paris on Friday.',
    ['person:Naseem Washingto'],
    ['organization:Naseem Washingto'],
  ],
  // outside sport a singular trade word after a name is still a firm
  [
    'Shares of Hindustan Copper rose 4 percent in Bombay.',
    ['organization:Hindustan Copper'],
    ['person:Hindustan Copper'],
  ],
]);

table('held-out round 2: the "Without Borders" names', [
  [
    'Doctors Without Borders said its clinic had run out of fluids.',
    ['organization:Doctors Without Borders'],
    ['organization:Borders'],
  ],
  // a title-case headline still splits at "Without"
  ['Team Wins Without Smith In Final', [], ['organization:Team Wins Without Smith']],
]);

describe('held-out round 2: an acronym written as a word in brackets', () => {
  const orgs = (text: string) => resolveEntities(text, entities(doc(text), ctx)).organizations;
  it('links "(Sida)" that spells the long form', () => {
    const text =
      'She advised the Swedish International Development Cooperation Agency (Sida) until 2015. Sida said it would go on.';
    const o = orgs(text).find((x) => x.name === 'Swedish International Development Cooperation Agency');
    expect(o?.mentions.map((m) => m.text)).toEqual([
      'Swedish International Development Cooperation Agency',
      'Sida',
      'Sida',
    ]);
  });
  it('leaves a bracketed word that spells nothing apart', () => {
    const text = 'The Bank of England (Reuters) said rates would stay.';
    expect(orgs(text).find((x) => x.name === 'Bank of England')?.aliases ?? []).toEqual([]);
  });
});

table('held-out round 2: a name opening its sentence with an organization in apposition', [
  ['Gavi, the Vaccine Alliance, shipped 1.5 million doses.', ['organization:Gavi'], ['person:Gavi']],
  // a person's role in apposition names no organization
  [
    'Maria Lopez, the party leader, resigned on Friday.',
    ['person:Maria Lopez'],
    ['organization:Maria Lopez'],
  ],
]);

table('held-out round 2: street names', [
  [
    'An argument broke out near the corner of Main Street and Country Club Drive.',
    ['place:Main Street', 'place:Country Club Drive'],
    ['organization:Main Street and Country Club Drive', 'organization:Country Club Drive'],
  ],
  // an office's two fields still join ("Forestry and Fire Protection")
  [
    'The Department of Forestry and Fire Protection said the fire was contained.',
    ['organization:Department of Forestry and Fire Protection'],
    [],
  ],
]);

table('a building of worship is a place', [
  [
    'Mourners gathered at Lindholm Cathedral on Saturday.',
    ['place:Lindholm Cathedral'],
    ['organization:Lindholm Cathedral'],
  ],
  ['Prayers were held at the Al-Noor Mosque in the old town.', ['place:Al-Noor Mosque'], []],
  // a church is still the body that runs it
  ['The Roman Catholic Church said the bishop would resign.', ['organization:Roman Catholic Church'], []],
]);

table('held-out round 3: given names before a noun, religions, bases, company units', [
  // a given name before one singular everyday noun is a person, not a company
  [
    'The appeal came after a challenge from Declan Rice just before halftime.',
    ['person:Declan Rice'],
    ['organization:Declan Rice'],
  ],
  // … but a trade adjective or a plural first word still makes a company or a cup
  ['Shares of Jones Medical rose 4 percent.', ['organization:Jones Medical'], ['person:Jones Medical']],
  ['Benin drew with Togo in the Nations Cup match.', [], ['person:Nations Cup']],
  // a religion word ends no name
  ['A former bookkeeper for a Roman Catholic charity was sentenced.', [], ['person:Roman Catholic']],
  ['The Greek Orthodox church opened its doors.', [], ['person:Greek Orthodox']],
  // a military base or a key (island) is a place
  [
    'Supplies were staged at Maxwell Air Force Base in Alabama.',
    ['place:Maxwell Air Force Base'],
    ['person:Maxwell Air Force Base'],
  ],
  ['The storm came ashore near Siesta Key on Wednesday.', ['place:Siesta Key'], ['organization:Siesta Key']],
  // … but a given name before Key(s) is a person
  ["Madison Keys won the women's title on Saturday.", ['person:Madison Keys'], ['place:Madison Keys']],
  ['Former prime minister John Key spoke on Monday.', ['person:John Key'], ['place:John Key']],
  // a company's regional unit, the honorific "Duke" opening a company name
  [
    'Duke Energy Florida said it expected to restore power by Tuesday.',
    ['organization:Duke Energy Florida'],
    ['person:Florida'],
  ],
  ['Duke Energy said it would raise rates.', ['organization:Duke Energy'], []],
]);

table('held-out round 3: residence after an age, English compass names of Indonesian provinces', [
  ['Deborah Finnegan, 58, of Quincy, pleaded guilty.', ['place:Quincy', 'person:Deborah Finnegan'], []],
  // "of" after no age is not a residence
  ['The Quincy family sold the farm.', [], ['place:Quincy']],
  ['The volcano in East Nusa Tenggara province erupted.', ['place:East Nusa Tenggara'], []],
  ['Floods hit South Sulawesi and West Papua.', ['place:South Sulawesi'], []],
]);

table('held-out round 3: a place named again without its head word; a long form its acronym spells', [
  [
    'Mount Lewotobi Laki-laki erupted overnight. Lewotobi Laki-laki, a twin volcano, erupted in January too.',
    ['place:Mount Lewotobi Laki-laki', 'place:Lewotobi Laki-laki'],
    ['person:Lewotobi Laki-laki'],
  ],
  [
    'His party, Pakistan Tehreek-e-Insaf (PTI), called for protests.',
    ['organization:Pakistan Tehreek-e-Insaf'],
    ['place:Pakistan'],
  ],
  // a person's initials in brackets define no organization
  [
    'The historian Alan John Percivale (A.J.P.) Taylor died in 1990.',
    [],
    ['organization:Alan John Percivale'],
  ],
]);

table('held-out round 3: names round 2 left open, offices with two fields, state abbreviations', [
  ['Hanbit is racing to catch up with SK Hynix in memory chips.', ['organization:SK Hynix'], []],
  // capitals before an English word or a person's name are no such company
  ['The UN Secretary spoke.', [], ['organization:UN Secretary']],
  ['Divers reached the RMS Titanic last year.', [], ['organization:RMS Titanic']],
  [
    'Monitors from the Organization for Security and Cooperation in Europe watched the vote.',
    ['organization:Organization for Security and Cooperation in Europe'],
    ['organization:Organization for Security and Cooperation'],
  ],
  // "in" and a country after a ministry is where it is, not part of its name
  [
    'The Ministry of Health in Kenya said cases rose.',
    ['organization:Ministry of Health', 'place:Kenya'],
    [],
  ],
  [
    'Prabowo ordered Coordinating Minister for Human Development and Culture Pratikno to lead the response.',
    ['person:Pratikno'],
    [],
  ],
  ['Minister for Trade and Industry Ahmad Zaki spoke on Monday.', ['person:Ahmad Zaki'], []],
]);

describe('held-out round 3: an abbreviated state names the state', () => {
  it('joins "Tampa, Fla." with Florida', () => {
    const text = 'TAMPA, Fla. (AP) — The storm hit Florida overnight, officials in Florida said.';
    const places = resolveEntities(text, entities(doc(text), ctx)).places;
    expect(places.filter((p) => p.name === 'Florida').map((p) => p.aliases)).toEqual([['Fla']]);
  });
});

table('held-out round 3: companies and charities named with a possessive', [
  [
    'The commission said Graco Children’s Products would recall 2 million strollers.',
    ['organization:Graco Children’s Products'],
    ['organization:Graco Children', 'person:Graco Children’s Products'],
  ],
  [
    "She paid restitution to St. Brendan's Family Services on Monday.",
    ["organization:St. Brendan's Family Services"],
    ['organization:Family Services'],
  ],
  [
    "Dr. Fiona McAllister of Alzheimer's Research UK said it was good.",
    ["organization:Alzheimer's Research UK"],
    [],
  ],
  // a place's possessive stays the place's
  [
    "China's Ministry of Commerce said exports rose.",
    ['place:China', 'organization:Ministry of Commerce'],
    [],
  ],
]);

table('held-out round 3: a long form with "and" that its acronym spells is one name', [
  [
    'The verdict came after the Securities and Exchange Commission (SEC) filed a civil suit.',
    ['organization:Securities and Exchange Commission'],
    ['organization:Exchange Commission'],
  ],
  // two bodies joined by "and" with no acronym stay two
  [
    'The Federal Reserve and the European Central Bank held rates.',
    ['organization:Federal Reserve', 'organization:European Central Bank'],
    [],
  ],
]);

describe('held-out round 3: a city named in a story about a region holds a namesake there', () => {
  const placesOf = (text: string) => resolveEntities(text, entities(doc(text), ctx)).places;
  it('puts St. Petersburg in Florida when the story names Florida', () => {
    const text = 'Rain topped 16 inches in St. Petersburg on Thursday, the weather service in Florida said.';
    expect(placesOf(text).find((p) => p.name === 'St. Petersburg')?.country).toBe('US');
  });
  it('puts Athens and Macon in the US state they lie in, and Georgia with them', () => {
    const text = 'Flooding hit Athens and Macon in Georgia overnight.';
    const places = placesOf(text);
    expect(places.map((p) => [p.name, p.country])).toEqual([
      ['Athens', 'US'],
      ['Macon', 'US'],
      ['Georgia', 'US'],
    ]);
  });
  it('leaves a city whose own country the story names', () => {
    const text = 'Leaders met in Athens on Monday. Greece and Georgia signed a deal.';
    expect(placesOf(text).find((p) => p.name === 'Athens')?.country).toBe('GR');
  });
  it('does not read a city named like a state as the state', () => {
    const text = 'Share prices closed lower in Amsterdam after losses in New York.';
    expect(placesOf(text).find((p) => p.name === 'Amsterdam')?.country).toBe('NL');
  });
});

table('held-out round 3: the first of a pair of places before their plural noun', [
  [
    'The money will study groundwater in rural Cochise and La Paz counties.',
    ['place:Cochise', 'place:La Paz'],
    [],
  ],
  ['Floods hit Sumba and Flores islands on Sunday.', ['place:Sumba', 'place:Flores'], []],
  // a pair before another plural noun is no pair of places
  ['Analysts at Smithers and Brandt companies declined to comment.', [], ['place:Smithers']],
]);

table('held-out round 3: a French body with "en" inside its name', [
  [
    'The trial was led from the Institut de Recherche en Sciences de la Santé in Nanoro.',
    ['organization:Institut de Recherche en Sciences de la Santé'],
    ['person:Sciences de la Santé', 'organization:Institut de Recherche'],
  ],
  // "en" after an English name joins nothing
  ['The Bank of England en route to Paris.', ['organization:Bank of England'], []],
]);

table('held-out round 3: a five-letter name in -ies is no plural of an English word', [
  [
    'The court dismissed claims by losing candidates Anies Baswedan and Ganjar Pranowo.',
    ['person:Anies Baswedan', 'person:Ganjar Pranowo'],
    [],
  ],
  // real plurals in -ies still read as the word ("Allies" → ally)
  ['The Allies landed in Normandy.', [], ['person:Allies']],
]);

describe('held-out round 3: Georgia the state or the country', () => {
  const placesOf = (text: string) =>
    resolveEntities(text, entities(doc(text), ctx)).places.map((p) => [p.name, p.country]);
  it('reads Georgia as the state in a story of American places', () => {
    expect(
      placesOf('ATLANTA (AP) — Jon Ossoff won reelection to the U.S. Senate from Georgia on Tuesday.'),
    ).toContainEqual(['Georgia', 'US']);
  });
  it('keeps the country after a Georgian town', () => {
    const places = placesOf('TBILISI, Georgia (Reuters) - Protesters marched in Tbilisi on Sunday.');
    expect(places).toContainEqual(['Tbilisi', 'GE']);
    expect(places).toContainEqual(['Georgia', 'GE']);
  });
  it('keeps the country in a story of the Caucasus', () => {
    expect(placesOf('Georgia and Armenia signed a border deal in Yerevan.')).toContainEqual([
      'Georgia',
      'GE',
    ]);
  });
});

table('held-out round 3: broadcasters by their call sign', [
  ['His brother told KHOU-TV the family was devastated.', ['organization:KHOU-TV'], ['person:KHOU-TV']],
  ['She spoke to WNYC-FM on Monday.', ['organization:WNYC-FM'], []],
]);

table('held-out round 3: the owner of a company named with a possessive', [
  [
    // (mid-sentence: a sentence-opening English word is trimmed before any rule sees it)
    "Shares rose after Alphabet's Google showed its new phone.",
    ['organization:Alphabet', 'organization:Google'],
    [],
  ],
  ["Platforms including ByteDance's TikTok face fines.", ['organization:ByteDance'], []],
  // a person's or a town's possessive before a place is no company
  ["Obama's Chicago home was sold.", ['place:Chicago'], ['organization:Obama']],
]);

table('held-out round 3: a game report that names no sport', [
  [
    'Jayson Tatum scored 31 points and Jaylen Brown added 24 as the Boston Celtics beat the Miami Heat 112-104.',
    ['person:Jaylen Brown'],
    [],
  ],
]);

table('held-out round 3: British titles — MP for a constituency, Cllr', [
  [
    'Labour MP for Bristol West Carla Denyer opened the new bridge on Saturday.',
    ['person:Carla Denyer'],
    ['organization:MP', 'person:West Carla Denyer'],
  ],
  [
    'Cllr Tony Dyer, leader of the council, said the bridge came in under budget.',
    ['person:Tony Dyer'],
    ['person:Cllr Tony Dyer'],
  ],
]);

table('held-out round 3: a capitalized "The" inside a sentence opens a name', [
  ['The results were published on Wednesday in The Lancet.', ['organization:The Lancet'], []],
  ['He told The Guardian that the plan had failed.', ['organization:The Guardian'], []],
  ['Judges in The Hague ruled on Friday.', ['place:The Hague'], []],
  ['England play the second test at The Oval next week.', ['place:The Oval'], ['organization:The Oval']],
  // a sentence-opening "The" opens nothing
  ['The Lancet editors declined to comment.', [], ['organization:The Lancet editors']],
]);

table('a business role in lower case before a name makes a person', [
  [
    'Tesla chief executive Elon Musk said on Tuesday the company would build a new plant.',
    ['person:Elon Musk', 'organization:Tesla'],
    ['organization:Elon Musk'],
  ],
  [
    'The startup was set up in 2019 by co-founder Ravi Spice and two friends.',
    ['person:Ravi Spice'],
    ['organization:Ravi Spice'],
  ],
  [
    'The Executive Office of the President issued the order on Monday.',
    ['organization:Executive Office of the President'],
    ['person:Office of the President'],
  ],
]);
