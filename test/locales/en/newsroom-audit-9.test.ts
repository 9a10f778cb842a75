import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';

// The eighteenth session's audit: errors found reading eight articles of our own (election night, a wildfire,
// tech layoffs, a tennis final, a hostage release, a mine rockfall, a film festival, an airline strike), and
// items the seventeenth session left. Every sentence here was written for these tests.

// the reference date 2026-03-10 is a Tuesday in the first quarter
const { run, entities, quotes, dates } = auditHelpers('2026-03-10');

describe('en dates: a weekday ahead of a modal, a deadline, a rank', () => {
  it.each([
    ['The airline will publish a revised timetable by Friday, he said.', 'Friday', '2026-03-13'],
    ['The agency will release the updated figures on Thursday.', 'Thursday', '2026-03-12'],
    ['Staff would be notified by Friday, the memo said.', 'Friday', '2026-03-13'],
    ['Applicants must file their forms by Monday.', 'Monday', '2026-03-16'],
    ['Her coach added that she would rise to No. 2 in the rankings on Monday.', 'Monday', '2026-03-16'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
  it.each([
    ['The airline published a revised timetable on Friday.', 'Friday', '2026-03-06'],
    ['The report had been finished by Friday.', 'Friday', '2026-03-06'],
    ['He said he would have finished by Friday.', 'Friday', '2026-03-06'],
    ['She rose to No. 2 in the rankings on Monday.', 'Monday', '2026-03-09'],
  ])('the past still: %s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
});

describe('en dates: "per hour" after a measure is a rate, not a time', () => {
  it.each([
    'Gusts reached 60 miles per hour on the ridge.',
    'The museum drew a million visitors per week last summer.',
    'The train ran at 300 km per hour.',
  ])('%s', (text) => {
    expect(dates(text).filter(([span]) => String(span).startsWith('per'))).toEqual([]);
  });
  it.each([
    ['The plan costs $500 per month.', 'per month', 'P1M'],
    ['Inspections take place twice per year.', 'per year', 'P1Y'],
  ])('a price or a frequency still: %s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
});

describe("en dates: a quarter's results reported early in the next year", () => {
  it.each([
    ['The company will report fourth-quarter results on Feb. 26.', 'fourth-quarter', '2025-Q4'],
    ['Quillon will post fourth-quarter earnings next week.', 'fourth-quarter', '2025-Q4'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
  it.each([
    ['The plant will open in the fourth quarter.', 'the fourth quarter', '2026-Q4'],
    ['The company will report first-quarter results in April.', 'first-quarter', '2026-Q1'],
    ['It expects fourth-quarter sales to rise.', 'fourth-quarter', '2026-Q4'],
  ])('this year still: %s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
});

describe('en dates: "in two weeks" ahead of a modal is the week it falls in', () => {
  it.each([
    ['She will next play in Doha in two weeks.', 'two weeks', '2026-W13'],
    ['The council said it would vote again in three months.', 'three months', '2026-06'],
    ['The notes would be redeemed in five years.', 'five years', '2031'],
    ['The board will decide in 10 days.', '10 days', '2026-03-20'],
  ])('%s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
  it.each([
    ['It was his second letter in two weeks.', 'two weeks', 'P2W'],
    ['Prices rose 5% in two weeks.', 'two weeks', 'P2W'],
    ['It will be the first rise in five years.', 'five years', 'P5Y'],
    ['The index will hit its lowest level in two years.', 'two years', 'P2Y'],
    ['The bank will finish the review within a year.', 'a year', 'P1Y'],
    ['He would have retired in two years.', 'two years', 'P2Y'],
  ])('a span still: %s', (text, span, value) => {
    expect(dates(text)).toContainEqual([span, value]);
  });
});

describe("en a portfolio before a minister's title names no body", () => {
  it.each([
    'Mineral Resources Minister Sipho Dube visited the mine on Thursday.',
    'Natural Resources Secretary Dana Lee toured the park.',
    'Home Affairs Minister Kabelo Moyo spoke to reporters.',
  ])('%s', (text) => {
    expect(entities(text).filter(([, type]) => type === 'organization')).toEqual([]);
  });
  it.each([
    [
      'Immigration and Naturalization Service Commissioner Dora Meisel spoke.',
      'Immigration and Naturalization Service',
    ],
    ['Anglo Resources said output fell in the quarter.', 'Anglo Resources'],
  ])('a body still: %s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'organization']);
  });
  it('the minister keeps the whole title', () => {
    const r = run('Mineral Resources Minister Sipho Dube visited the mine.');
    expect(r.people?.[0]?.titles).toEqual(['Mineral Resources Minister']);
  });
});

describe("en a work's title in quotation marks, and a prize won, name no one and nowhere", () => {
  it('the title again in marks after it was found a work', () => {
    const text =
      'Iranian drama "The Salt Road" wins top prize\n\n"The Salt Road," a quiet drama, won on Saturday. The jury chair said "The Salt Road" had moved everyone.';
    expect(entities(text).filter(([name]) => String(name).includes('Salt'))).toEqual([]);
  });
  it.each([
    ['The film won the Golden Lion for best film on Saturday.', 'Golden Lion'],
    ['Reza Farahani wins Golden Lion\n\nThe director won the Golden Lion at the festival.', 'Golden Lion'],
  ])('%s', (text, name) => {
    expect(entities(text).map(([n]) => n)).not.toContain(name);
  });
  it.each([
    ['The crowd cheered "Long Field" in Paris.', 'Paris', 'place'],
    ['She beat Anna Marsh to win the title.', 'Anna Marsh', 'person'],
    ['The award went to Anna Marsh, who won the race.', 'Anna Marsh', 'person'],
  ])('a name still: %s', (text, name, type) => {
    expect(entities(text)).toContainEqual([name, type]);
  });
});

describe('en bodies named by plain words: "X Without Y", words and a country of two words, "the X union"', () => {
  it.each([
    ['The nurses work for the charity Medics Without Walls in Mali.', 'Medics Without Walls'],
    ['Data came from Statistics South Africa on Monday.', 'Statistics South Africa'],
    ['Figures from the Minerals Council South Africa showed a fall.', 'Minerals Council South Africa'],
    ['Cabin crew will strike, the Unite union said on Tuesday.', 'Unite'],
    ['The Teamsters union called a strike.', 'Teamsters'],
  ])('%s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'organization']);
  });
  it.each([
    ['The European union grew after the vote.', 'European'],
    ['He flew to South Africa on Monday.', 'South Africa'],
    ['Fans without tickets waited outside.', 'Fans'],
  ])('none: %s', (text, name) => {
    expect(entities(text).filter(([n, type]) => n === name && type === 'organization')).toEqual([]);
  });
});

describe("en a business's or an airport's first word alone later is the same body or place", () => {
  it('"Meridian" after "Meridian Gold Fields" and "Meridian chief executive"', () => {
    const text =
      'The shaft is run by Meridian Gold Fields. "It was sad," Meridian chief executive Johan Botha said. Meridian denied the claim.';
    const r = run(text);
    const org = (r.organizations ?? []).find((o) => o.name === 'Meridian Gold Fields');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Meridian Gold Fields', 'Meridian', 'Meridian']);
  });
  it('"Heathrow" after "Heathrow Airport"', () => {
    const text =
      'Crew are based at Heathrow Airport. Heathrow, a busy airport, handled 80 million passengers.';
    const r = run(text);
    expect((r.places ?? []).map((p) => [p.name, p.mentions.length])).toContainEqual(['Heathrow Airport', 2]);
  });
  it.each([
    ['Severin Potts, a porter, found it. Severin said it was heavy.', 'Severin'],
    ['Fans at Wembley Stadium sang. Ana Wembley said it was loud.', 'Ana Wembley'],
  ])('no short name where none was a body alone: %s', (text, name) => {
    expect(entities(text).filter(([n, type]) => n === name && type !== 'person')).toEqual([]);
  });
});

describe('en a list of places after "the towns of"', () => {
  it.each([
    ['The fire moved toward the towns of Windsor and Healdsburg.', 'Healdsburg'],
    ['Rain hit the villages of Orvane, Tessby and Crail.', 'Tessby'],
    ['Rain hit the villages of Orvane, Tessby and Crail.', 'Crail'],
  ])('%s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'place']);
  });
  it.each([
    ['The mayor of the town met Harlan Brooks.', 'Harlan Brooks'],
    ['The towns of the valley and Harlan Brooks agreed.', 'Harlan Brooks'],
  ])('a person still: %s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'person']);
  });
});

describe('en quotes: the hearer of a warning before "that" is no part of what was said', () => {
  it.each([
    [
      'The sheriff warned residents that rescuers might not reach them.',
      'that rescuers might not reach them',
    ],
    [
      'The sheriff warned residents who stayed behind that rescuers might not reach them.',
      'that rescuers might not reach them',
    ],
    ['The minister assured investors that the bank was sound.', 'that the bank was sound'],
  ])('%s', (text, content) => {
    expect(quotes(text).map((q) => q[0])).toEqual([content]);
  });
  it.each([
    [
      'China warned North Korea to refrain from actions that would worsen the crisis.',
      'North Korea to refrain from actions that would worsen the crisis',
    ],
    ['Analysts warned the deal would hurt profits.', 'the deal would hurt profits'],
    ['She warned that prices would rise.', 'that prices would rise'],
  ])('what was said still: %s', (text, content) => {
    expect(quotes(text).map((q) => q[0])).toEqual([content]);
  });
});

describe("en quotes: a verb of courtesy after a reported clause is the speaker's own act", () => {
  it.each([
    [
      'The minister said the release followed weeks of talks and thanked the authorities for their help.',
      'the release followed weeks of talks',
    ],
    ['The coach said the team had played well and congratulated the winners.', 'the team had played well'],
  ])('%s', (text, content) => {
    expect(quotes(text).map((q) => q[0])).toEqual([content]);
  });
  it.each([
    [
      'The minister said the families who thanked the rescuers were relieved.',
      'the families who thanked the rescuers were relieved',
    ],
    [
      'The minister said officials, soldiers and the nurses thanked by the king were tired.',
      'officials, soldiers and the nurses thanked by the king were tired',
    ],
  ])('one clause still: %s', (text, content) => {
    expect(quotes(text).map((q) => q[0])).toEqual([content]);
  });
});

describe("en quotes: a work's title in marks after a verb that reports nothing is no quote", () => {
  it('"tipped the drama "Sunset County," for the prize"', () => {
    expect(
      quotes('Critics had tipped the drama "Sunset County," starring Dan Price, for the top prize.'),
    ).toEqual([]);
  });
  it.each([
    ['She said "The Salt Road" had moved every member of the jury.', 'direct'],
    ['The senator called the bill "a disgrace" on Monday.', 'direct'],
  ])('a quote still: %s', (text, type) => {
    expect(run(text).quotes?.map((q) => q.type)).toEqual([type]);
  });
});

describe('en titles: an occupation beside a name, a role and its employer set off before it', () => {
  const titles = (text: string, name: string) =>
    (run(text).people ?? []).find((p) => p.name === name)?.titles ?? [];
  it.each([
    ['British actress Fiona Marsh won the prize.', 'Fiona Marsh', ['actress']],
    ['Mexican filmmaker Tomas Aguilar won the prize.', 'Tomas Aguilar', ['filmmaker']],
    ['Rachel Ng, a meteorologist with the weather service, said so.', 'Rachel Ng', ['meteorologist']],
    ['Sophie Lindgren, a Swedish nurse, was freed on Sunday.', 'Sophie Lindgren', ['nurse']],
    ["Henrik Aalto, the charity's director of operations, met them.", 'Henrik Aalto', ['director']],
    [
      'A spokeswoman for the company, Jenna Albright, declined to comment.',
      'Jenna Albright',
      ['spokeswoman'],
    ],
    ['An accountant for the hospital, Lorraine Whitcomb, testified.', 'Lorraine Whitcomb', ['accountant']],
    ['U.S. District Judge Amy Berman ruled on Monday.', 'Amy Berman', ['U.S. District Judge']],
    ['Council President Dan Kline said the vote would wait.', 'Dan Kline', ['Council President']],
    ['Board Chairman Tom Hale quit.', 'Tom Hale', ['Board Chairman']],
  ])('%s', (text, name, want) => {
    expect(titles(text, name)).toEqual(want);
  });
  it.each([
    ['U.S. President Bill Clinton spoke on Monday.', 'Bill Clinton', ['President']],
    [
      'It came from Lawrence Wechsler, a lawyer for the White House secretary, Betty Curran.',
      'Betty Curran',
      [],
    ],
    ['The car for the family, Anna Lee, was red.', 'Anna Lee', []],
    ['A chief executive, Dana Whit, spoke.', 'Dana Whit', []],
  ])('no more than the text gives: %s', (text, name, want) => {
    expect(titles(text, name)).toEqual(want);
  });
});

describe("en quotes: a describing word before a speaker's name is no part of it", () => {
  it.each([
    ['Rival Pellworth Software announced 1,100 layoffs two weeks ago.', 'Pellworth Software'],
    ['Fellow nominee Tom Hale said he was happy.', 'Tom Hale'],
  ])('%s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
  it.each([
    ['Rivals said the deal was unfair.', 'Rivals'],
    ['The rival said the deal was unfair.', 'rival'],
  ])('a speaker named by the word alone still: %s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
});
