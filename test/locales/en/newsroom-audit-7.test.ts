import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';

// The sixteenth session's audit: errors found reading eight articles of our own (a Senate vote, a
// sentencing, a football match, quarterly results, an earthquake, an obituary, a drug trial, a city
// council vote), and items the fifteenth session left. Every sentence here was written for these tests.

const { run, entities, quotes, dates } = auditHelpers('2026-03-12');

describe('en an act whose object is no statement is no quote', () => {
  it.each([
    ['Lena Brandt added a second before halftime for the visitors.'],
    ['Omar Silva added another in stoppage time.'],
    ['The referee pointed to the spot after a late tackle.'],
    ['Former striker Alan Brooks, speaking on City Radio 4 Live, was blunt.'],
    ['Norway and Chile offered help after the storm.'],
    ['The regional council rejected a bill to widen the coastal road.'],
    ['Maria Okafor, a lawyer who argued housing cases across the state, retired in June.'],
    ['The condition is what doctors call silent reflux.'],
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
  it.each([
    ['Lena Brandt added that the team would rest on Sunday.', 'Lena Brandt', 'added'],
    ['Jonas Weber added another reason for the delay.', 'Jonas Weber', 'added'],
    ['Jonas Weber pointed to the drop in sales.', 'Jonas Weber', 'pointed to'],
    ['Lena Brandt, speaking on the proposal, said it was fair.', 'Lena Brandt', 'said'],
    ['The carrier offered an apology to passengers.', 'carrier', 'offered'],
    ['The union rejected claims that the deal was rushed.', 'union', 'rejected'],
    ['Maria Okafor argued the plan would fail.', 'Maria Okafor', 'argued'],
    ['Maria Okafor argued the case for reform.', 'Maria Okafor', 'argued'],
    ['Doctors call the drug a breakthrough.', 'Doctors', 'call'],
  ])('a statement still: %s', (text, speaker, cue) => {
    expect(quotes(text).map((q) => [q[1], q[2]])).toContainEqual([speaker, cue]);
  });
});

describe('en a scare quote inside a noun phrase after a verb that reports nothing is no quote', () => {
  it.each([
    ['The parliament passed the so-called "foreign agents" law on Tuesday.'],
    ['The bakery launched a "premium" line of cakes last year.'],
    ['Police detained two "suspicious" men near the harbour.'],
    ['The board approved the "emergency" budget on Monday.'],
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
  it.each([
    ['The mayor praised the "courage" of the crew.', 'mayor'],
    ['Tom Hale criticized the law as a "cruel system" that hurts families.', 'Tom Hale'],
    ['Rita Moss said the council passed the "foreign agents" law to silence critics.', 'Rita Moss'],
  ])('a quoted judgement still: %s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
});

describe("en a lower-case role set off by commas beside a name is the person's title", () => {
  const titles = (text: string, name: string) =>
    (run(text).people ?? []).find((p) => p.name === name)?.titles ?? [];
  it.each([
    ['Ana Ruiz, an analyst at Corran Bank, said prices rose.', 'Ana Ruiz', 'analyst'],
    ['Lena Marsh, president of the dockers union, said members would strike.', 'Lena Marsh', 'president'],
    [
      'Ida Berg, the former president of the bar council, said the ruling was wrong.',
      'Ida Berg',
      'former president',
    ],
    [
      'Omar Haddad, a geologist at Vell University, said more tremors were likely.',
      'Omar Haddad',
      'geologist',
    ],
    ['The referee, Ian Cole, sent him off.', 'Ian Cole', 'referee'],
    ['A spokeswoman, Dana Ito, declined to comment.', 'Dana Ito', 'spokeswoman'],
    ["Pell's lawyer, Joan Fitz, said he would appeal.", 'Joan Fitz', 'lawyer'],
    ['Its executive director, Mia Lund, said members were angry.', 'Mia Lund', 'executive director'],
    [
      'The firm named a new head. Its chief executive, Mia Lund, said sales rose.',
      'Mia Lund',
      'chief executive',
    ],
    ['The letter was signed by retired county clerk Rosa Dunn.', 'Rosa Dunn', 'clerk'],
  ])('%s', (text, name, title) => {
    expect(titles(text, name)).toEqual([title]);
  });
  it.each([
    ['Tom Vale, the son of a miner, said he would run.', 'Tom Vale'],
    ['Rita Moss, a mother of three, said the school had closed.', 'Rita Moss'],
    ['Jim Reed, 54, of Dover, said the road flooded.', 'Jim Reed'],
    ["Ana Ruiz, the bank's new hire, started on Monday.", 'Ana Ruiz'],
  ])('no role: %s', (text, name) => {
    expect(titles(text, name)).toEqual([]);
  });
});

describe("en a firm whose name reads like a person's, known by a broker's call on a stock", () => {
  it.each([
    ['Morgan Stanley raised its price target on the stock to $68.', 'Morgan Stanley'],
    ['Piper Sandler downgraded the shares to neutral on Monday.', 'Piper Sandler'],
    ['Morgan Stanley cut its rating on the stock. Morgan Stanley said demand was weak.', 'Morgan Stanley'],
  ])('%s', (text, name) => {
    expect(entities(text)).toEqual([[name, 'organization']]);
  });
  it.each([
    ['Mark Davis raised the issue with the board.', 'Mark Davis'],
    ['Tom Ames raised its profile abroad.', 'Tom Ames'],
    ['Analyst Jane Wells raised her price target on the stock.', 'Jane Wells'],
  ])('a person still: %s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'person']);
  });
});

describe('en "May" after a given name is a surname, not the month', () => {
  it.each([
    ['Prime Minister Theresa May said the deal was done.', 'Theresa May'],
    ['"It is over," said Judge Leigh Martin May, a former student.', 'Leigh Martin May'],
    ['Brian May played the anthem on guitar.', 'Brian May'],
  ])('%s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'person']);
    expect(dates(text)).toEqual([]);
    const q = quotes(text);
    if (q.length > 0) expect(q[0]![1]).toBe(name);
  });
  it.each([
    ['Talks resume in May, Lena Brandt said.', 'May', '2026-05'],
    ['The vote was held on May 3.', 'May 3', '2025-05-03'],
    ['Sales at Walker Foods fell in May 2024.', 'May 2024', '2024-05'],
  ])('a month still: %s', (text, date, value) => {
    expect(dates(text)).toContainEqual([date, value]);
  });
});

describe('en dates: a weekday after "would", "a Friday", a plan that runs through a month', () => {
  it.each([
    ['The coach said Rhys would be fit to start on Wednesday.', 'Wednesday', '2026-03-18'],
    ['She first noticed the gap on a Friday afternoon.', 'Friday afternoon', 'XXXX-WXX-5TAF'],
    ['One Sunday he packed his bags and left.', 'Sunday', 'XXXX-WXX-7'],
    ['The Senate rejected a bill to fund the agency through September.', 'September', '2026-09'],
  ])('%s', (text, date, value) => {
    expect(dates(text)).toContainEqual([date, value]);
  });
  it.each([
    ['The coach said Rhys played on Wednesday.', 'Wednesday', '2026-03-11'],
    ["Her lawyers said they would look for ways around Wednesday's ruling.", 'Wednesday', '2026-03-11'],
    ['He left the club on Friday.', 'Friday', '2026-03-06'],
    ['Prices rose through September.', 'September', '2025-09'],
    ['The strike lasted through September.', 'September', '2025-09'],
  ])('no change: %s', (text, date, value) => {
    expect(dates(text)).toContainEqual([date, value]);
  });
});

describe('en "a Wednesday" before a noun is that day\'s event, a day of the calendar', () => {
  it('In a Wednesday media event, …', () => {
    expect(dates('In a Wednesday media event, the firm showed a new phone.')).toEqual([
      ['Wednesday', '2026-03-11'],
    ]);
  });
});

describe('en a participle or "mostly from …" after an aside cue is no part of what was said', () => {
  it.each([
    [
      'Talks between the two leaders will resume on Monday, a council aide said, speaking on condition of anonymity because the talks are private.',
      'Talks between the two leaders will resume on Monday',
    ],
    [
      'The town has recovered about $90,000 so far, Ruth Vale said, mostly from the sale of the yacht.',
      'The town has recovered about $90,000 so far',
    ],
  ])('%s', (text, content) => {
    expect(quotes(text).map((q) => q[0])).toEqual([content]);
  });
  it.each([
    [
      'Acts of protest, Omar Reyes said, are acts of courage.',
      'Acts of protest, Omar Reyes said, are acts of courage',
    ],
    [
      'Though that change was smooth, Omar Reyes said, replacing the chief would be much harder.',
      'Though that change was smooth, Omar Reyes said, replacing the chief would be much harder',
    ],
  ])('the clause runs on: %s', (text, content) => {
    expect(quotes(text).map((q) => q[0])).toEqual([content]);
  });
});
