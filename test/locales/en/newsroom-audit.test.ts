import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

// A name before ", who" or an age is a person, also a lone word opening a sentence; "said at least
// 40 …" reports a number, not an occasion. Every sentence here was written for these tests.

const run = (text: string) => extract(text, { lang: 'en', date: '2024-03-05' });
const people = (text: string) => (run(text).people ?? []).map((p) => p.name);

describe('en a name before ", who" or an age between commas is a person (en.person.apposition)', () => {
  it.each([
    ['Harwendo, who heads the fishermen’s union, said boats left early.', 'Harwendo'],
    ['Sukarti, 45, said the water rose within minutes.', 'Sukarti'],
    ['The fund was set up by Dravinek, who later sold his stake.', 'Dravinek'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
  it.each([
    ['Microsoft, which makes Windows, said profits rose.', 'Microsoft'],
    ['Jakarta, 45 kilometres away, was spared.', 'Jakarta'],
    ['However, who pays for it is unclear.', 'However'],
  ])('no person: %s', (text, word) => {
    expect(people(text)).not.toContain(word);
  });
});

describe('en "said at least …" reports what follows', () => {
  it.each([
    [
      'Harwendo said at least 40 vessels had been seen near the island.',
      'at least 40 vessels had been seen near the island',
    ],
    ['The agency said at most 12 flights would be cancelled.', 'at most 12 flights would be cancelled'],
  ])('%s', (text, quote) => {
    expect((run(text).quotes ?? []).map((q) => q.text)).toEqual([quote]);
  });
  it('"said at a news conference that …" still skips the occasion', () => {
    const text = 'The minister said at a news conference that prices would fall.';
    expect((run(text).quotes ?? []).map((q) => q.text)).toEqual(['that prices would fall']);
  });
});

describe('en an acronym keeping a small word in lower case names its organization (en.org.acronym-of-name)', () => {
  const orgs = (text: string) => (run(text).organizations ?? []).map((o) => [o.name, o.aliases]);
  it.each([
    [
      "The Bank of Ardovia kept rates on hold. The BoA's next decision is due in March.",
      'Bank of Ardovia',
      'BoA',
    ],
    ['The Department of Justice sued. A DoJ spokesman declined to comment.', 'Department of Justice', 'DoJ'],
  ])('%s', (text, name, alias) => {
    expect(orgs(text)).toEqual([[name, [alias]]]);
  });
  it('an acronym that spells no organization named before it is no alias of one', () => {
    expect(orgs('The Bank of Ardovia kept rates on hold. The DoJ sued.')[0]).toEqual(['Bank of Ardovia', []]);
  });
});

describe('en a month or weekday in a forecast lies ahead, a past verb nearer the day narrates it', () => {
  const values = (text: string) =>
    (extract(text, { lang: 'en', date: '2024-02-01' }).dates ?? []).map((d) => [d.text, d.value]);
  it.each([
    [
      'Economists now expect the first cut in September.',
      [
        ['now', 'PRESENT_REF'],
        ['September', '2024-09'],
      ],
    ],
    ['Analysts predict a rebound in October.', [['October', '2024-10']]],
    [
      'Economists expect the first cut in May, a month later than markets had priced in on Wednesday.',
      [
        ['May', '2024-05'],
        ['a month later', null],
        ['Wednesday', '2024-01-31'],
      ],
    ],
    ['The company expects to sign the deal on Wednesday.', [['Wednesday', '2024-02-07']]],
    ['Traders were likely to buy as soon as trading opened Monday.', [['Monday', '2024-02-05']]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('en a given name joined by "and" to a full name shares its surname (en.person.shared-surname)', () => {
  const named = (text: string) =>
    (run(text).people ?? []).map((p) => [p.name, p.mentions.map((m) => m.text)]);
  it('"John and Mary Smith" are two people', () => {
    expect(named('The developers, John and Mary Smith, pleaded guilty.')).toEqual([
      ['John Smith', ['John']],
      ['Mary Smith', ['Mary Smith']],
    ]);
  });
  it.each(['Harris and Mary Smith met on Monday.', 'Jakarta and Mary Smith were both in the report.'])(
    'no given name before "and": %s',
    (text) => {
      expect(named(text).map(([n]) => n)).toEqual(['Mary Smith']);
    },
  );
});

describe('en "Rear Admiral" is one title', () => {
  it('keeps "Rear" with the rank', () => {
    const r = run('Rear Admiral Kiran Dallow told reporters the ships had left.');
    expect((r.people ?? []).map((p) => [p.name, p.titles])).toEqual([['Kiran Dallow', ['Rear Admiral']]]);
  });
});

describe('en a title-case headline is read as an all-caps one: only names the body or the lexicons give', () => {
  const names = (text: string) => {
    const r = run(text);
    return [...(r.people ?? []), ...(r.places ?? []), ...(r.organizations ?? [])].map((e) => e.name);
  };
  it.each([
    [
      'Storm Forces Evacuations as Governor Declares Emergency\n\nGovernor Ana Petrova ordered residents to leave.',
      ['Storm Forces Evacuations', 'Declares Emergency', 'Forces Evacuations'],
    ],
    [
      'Mill Workers Walk Out Over Pay Freeze\n\nWorkers at the Tarnby mill stopped work on Monday.',
      ['Mill Workers Walk Out', 'Pay Freeze', 'Mill Workers'],
    ],
  ])('no name from the headline’s capitals: %s', (text, absent) => {
    for (const name of absent) expect(names(text)).not.toContain(name);
  });
  it.each([
    [
      'Petrova Orders Evacuations Along the Coast\n\nGovernor Ana Petrova ordered residents to leave.',
      'Ana Petrova',
      'Petrova',
    ],
    [
      'Flooding Closes Schools Across Texas Again\n\nSchools stayed shut for a third day, officials said.',
      'Texas',
      'Texas',
    ],
    [
      'Northwind Shipping Ltd Cuts Jobs at Port Yard\n\nThe company said 300 posts would go.',
      'Northwind Shipping Ltd',
      'Northwind Shipping Ltd',
    ],
  ])('the body’s names, places and companies stay: %s', (text, name, mention) => {
    const r = run(text);
    const all = [...(r.people ?? []), ...(r.places ?? []), ...(r.organizations ?? [])];
    const e = all.find((x) => x.name === name);
    expect(e?.mentions.some((m) => m.text === mention && m.start < text.indexOf('\n'))).toBe(true);
  });
  it('a headline in sentence case is read as a sentence', () => {
    const text = 'Governor Ana Petrova orders evacuations\n\nResidents were told to leave.';
    expect(names(text)).toContain('Ana Petrova');
  });
});

describe('en offices before a name and places by their head word', () => {
  it.each([
    [
      'Federal Flood Agency Administrator Dana Whitcombe said crews were ready.',
      'Dana Whitcombe',
      'Federal Flood Agency Administrator',
    ],
    ['National Security Adviser Tom Brandt met the envoy.', 'Tom Brandt', 'National Security Adviser'],
    ['State Comptroller Ruth Okafor audited the fund.', 'Ruth Okafor', 'State Comptroller'],
  ])('%s', (text, name, title) => {
    const p = (run(text).people ?? []).find((x) => x.name === name);
    expect(p?.titles).toContain(title);
  });
  it('the agency before the office is an organization of its own', () => {
    const text = 'Federal Flood Agency Administrator Dana Whitcombe said crews were ready.';
    expect((run(text).organizations ?? []).map((o) => o.name)).toEqual(['Federal Flood Agency']);
  });
  it.each([
    ['Schools in Calder Parish will close on Monday.', 'Calder Parish'],
    ['The Tarnby Borough council met.', 'Tarnby Borough'],
    ['Quakes along the Maren Fault worry engineers.', 'Maren Fault'],
  ])('%s → place %s', (text, name) => {
    expect((run(text).places ?? []).map((x) => x.name)).toContain(name);
  });
  it('a given name before "Parish" is a person', () => {
    expect(
      (run('Club chairman Steve Parish said the bid was fair.').people ?? []).map((x) => x.name),
    ).toEqual(['Steve Parish']);
  });
  it.each(['CDT', 'MST', 'AEST', 'WIB'])('the time zone %s is no organization', (zone) => {
    const text = `The storm was 200 miles offshore at 10 a.m. ${zone}, forecasters said.`;
    expect((run(text).organizations ?? []).map((o) => o.name)).not.toContain(zone);
  });
});

describe('en a person named before where they come from speaks, not the place', () => {
  const speaker = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);
  it.each([
    ['Senator Dana Whitcombe of Vermont said the bill went too far.', 'Dana Whitcombe'],
    ['Tom Brandt of Leeds said the club would appeal.', 'Tom Brandt'],
    ['Ruth Okafor from Lagos said prices had doubled.', 'Ruth Okafor'],
  ])('%s → %s', (text, name) => {
    expect(speaker(text)).toEqual([name]);
  });
  it('an organization named with "of" keeps its whole name', () => {
    expect(speaker('The Bank of Ardovia said rates would stay on hold.')).toEqual(['Bank of Ardovia']);
  });
});

describe('en a weekday with a part of the day is a time of that day', () => {
  it.each([
    ['The Senate voted on Saturday night.', 'Saturday night', '2024-03-02TNI'],
    ['Talks resume Tuesday morning next week.', 'Tuesday morning next week', '2024-03-12TMO'],
    ['He left last Friday evening.', 'last Friday evening', '2024-03-01TEV'],
  ])('%s', (text, span, value) => {
    const d = (run(text).dates ?? []).find((x) => x.text === span);
    expect([d?.type, d?.value]).toEqual(['TIME', value]);
  });
});

describe('en landmarks and seats of government are places, also opening a sentence (en.place.landmark)', () => {
  it.each([
    ['White House officials said the bill would be signed.', 'White House'],
    ['Downing Street declined to comment.', 'Downing Street'],
    ['Investors on Wall Street sold shares.', 'Wall Street'],
  ])('%s → %s', (text, place) => {
    expect((run(text).places ?? []).map((x) => x.name)).toContain(place);
  });
  it('a colour word alone opening a sentence is no place', () => {
    expect(run('White smoke rose over the chapel.').places ?? []).toEqual([]);
  });
});

describe('en a chamber and a party word: the chamber is the organization (en.org.chamber-and-party)', () => {
  const orgs = (text: string) => (run(text).organizations ?? []).map((o) => o.name);
  it.each([
    ['Senate Republicans blocked the measure.', ['Senate']],
    ['The plan is backed by House Democratic leader Ana Ruiz.', ['House']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
  it('a party named with a party word is left whole', () => {
    expect(orgs('The Ardovian Liberal Party won.')).toEqual(['Ardovian Liberal Party']);
  });
});

describe('en a noun phrase with modifiers before a relative clause is the subject that speaks', () => {
  const quotes = (text: string) => (run(text).quotes ?? []).map((q) => [q.text, q.speaker?.name ?? null]);
  it.each([
    [
      'The Ohio-based company, which makes frozen meals, said net income rose to $412 million.',
      ['net income rose to $412 million', 'Ohio-based company'],
    ],
    [
      'The regional airline, which flies to 40 towns, said fares would rise in May.',
      ['fares would rise in May', 'regional airline'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });
  it('a thing that closed says nothing', () => {
    expect(quotes('The old mill, which closed in 1990, said nothing.')).toEqual([]);
  });
});
