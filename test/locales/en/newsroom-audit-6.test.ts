import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';

// The fifteenth session's audit: errors found reading eight articles of our own (a bribery trial, a
// central-bank decision, a football playoff, quarterly results, floods, a coalition vote, a drug trial,
// an obituary). Every sentence here was written for these tests.

const { run, entities, quotes, dates } = auditHelpers('2026-11-20');

describe('en the object of a relative clause before "said" is not who speaks', () => {
  it.each([
    ['Union leaders who attended the hearing said the ruling was overdue.', 'Union leaders'],
    ['Parents who signed the petition said the school had ignored them.', 'Parents'],
    ['Farmers that lost the harvest said the aid came late.', 'Farmers'],
  ])('%s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
  it.each([
    ['Workers at the plant said the line had stopped.', 'Workers at the plant'],
    ['A spokesman for the union said talks would resume.', 'spokesman for the union'],
  ])('a phrase with no relative clause keeps its whole: %s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
});

describe('en a relative clause after an apposed role hangs on the name before the role', () => {
  it.each([
    [
      'Dr. Ann Lee, a surgeon at Westfield Hospital, who was not involved in the study, said the gain was "small but real" for most patients.',
      'Ann Lee',
    ],
    [
      'Omar Haddad, head of research at Corran Bank, who has followed the firm for years, said the deal was "fair" to investors.',
      'Omar Haddad',
    ],
  ])('%s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
  it('a place in the apposition is no speaker', () => {
    const q = quotes(
      'Rita Vance, 61, of Dover, Del., who watched from the lawn, said the show was "a gift" to the town.',
    );
    expect(q.map((x) => x[1])).toEqual(['Rita Vance']);
  });
});

describe('en a titled name apposed to a role after the cue speaks', () => {
  it.each([
    ['"Everyone should be screened," said the charity\'s medical director, Dr. Lena Park.', 'Lena Park'],
    ['"We are not worried," said the club\'s spokeswoman, Ms. Jana Holt.', 'Jana Holt'],
    ['"We are not worried," said the club\'s spokeswoman, Jana Holt.', 'Jana Holt'],
  ])('%s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
});

describe('en a person named after a place phrase that opens the sentence is the topic for "she"', () => {
  it('In the town of …, Name, 64, waited … "…," she said.', () => {
    const q = quotes(
      'Interior Minister Paulo Reis said troops had been sent. In the town of Varzea, Clara Lemos, 64, waited outside a school for news of her son. "He called me at dawn," she said.',
    );
    expect(q.find((x) => String(x[0]).includes('dawn'))?.[1]).toBe('Clara Lemos');
  });
  it('a person merely mentioned inside the sentence is not', () => {
    const q = quotes(
      'Interior Minister Paulo Reis said troops had been sent. Rescuers searched for Clara Lemos overnight. "We will not stop," he said.',
    );
    expect(q.find((x) => String(x[0]).includes('stop'))?.[1]).toBe('Paulo Reis');
  });
});

describe('en "until" with a clause in the past ends a span before, it points to no time ahead', () => {
  it.each([
    ['The party led the government until it collapsed in June over a dispute.', 'June', '2026-06'],
    ['She ran the agency until the board fired her in March.', 'March', '2026-03'],
  ])('%s', (text, date, value) => {
    expect(dates(text)).toContainEqual([date, value]);
  });
  it.each([
    ['The talks will continue until the deal closes in June.', 'June', '2027-06'],
    ['The bridge stays shut until repairs end in March.', 'March', '2027-03'],
  ])('a present-tense "until" still looks ahead: %s', (text, date, value) => {
    expect(dates(text)).toContainEqual([date, value]);
  });
});

describe('en Portuguese "do" inside a place name keeps it whole', () => {
  it.each([
    ['Heavy rain fell across Mato Grosso do Sul on Tuesday.', 'Mato Grosso do Sul', 'place'],
    ['Floods cut roads near Caxias do Sul, officials said.', 'Caxias do Sul', 'place'],
    [
      'She studied at the Federal University of Rio Grande do Sul.',
      'Federal University of Rio Grande do Sul',
      'organization',
    ],
  ])('%s', (text, name, type) => {
    expect(entities(text)).toContainEqual([name, type]);
  });
  it.each([
    ['Why do Americans vote so rarely?', 'Americans'],
    ['What do Democrats want from the deal?', 'Democrats'],
  ])('an English "do" between capitals joins nothing: %s', (text, word) => {
    expect(
      entities(text)
        .map((e) => e[0])
        .filter((n) => String(n).includes(' do ')),
    ).toEqual([]);
    expect(entities(text).map((e) => e[0])).not.toContain(`${text.split(' ')[0]} do ${word}`);
  });
});

describe('en a surname in -s over an adjective is a name, not a plural', () => {
  it.each([
    ['Geert Wilders said the vote was stolen.', 'Geert Wilders'],
    ["They outpolled Geert Wilders' party in the north.", 'Geert Wilders'],
    ['Economist Anna Summers said rates would fall.', 'Anna Summers'],
  ])('%s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'person']);
  });
  it.each(['The Democrats said the bill was dead.', 'Critics said the Greens had lost their way.'])(
    'a plural of a noun stays a group: %s',
    (text) => {
      expect(entities(text).filter((e) => e[1] === 'person')).toEqual([]);
    },
  );
});

describe('en a company after "Rival" with a firm’s figures is a company', () => {
  it.each([
    ['Rival Fjordane reported flat quarterly profit last month.', 'Fjordane'],
    ['Shares fell after rival Kestrova cut its sales forecast.', 'Kestrova'],
  ])('%s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'organization']);
  });
  it.each([
    ['Rival Jenkins said the shares were cheap.', 'Jenkins'],
    ['Her rival Morales said the vote was rigged.', 'Morales'],
  ])('a person’s name stays a person: %s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'person']);
  });
});

describe('en acronyms joined by a hyphen are a body', () => {
  it.each([
    ["The employers' federation VNO-NCW said firms had held back.", 'VNO-NCW'],
    ['The union group FNV-ABVV said the strike would go ahead.', 'FNV-ABVV'],
  ])('%s', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'organization']);
  });
  it('a pair of places is none', () => {
    expect(entities('US-UK talks resumed on Monday.').filter((e) => e[1] === 'organization')).toEqual([]);
  });
});

describe('en the opening words of a body’s name the text gave speak as that body', () => {
  it('Atlantic Crest Shipping … Atlantic Crest said', () => {
    const text =
      'Executives at Northgate Freight and Baltra Crest Shipping paid the bribes. Baltra Crest said in a statement that it had cooperated.';
    expect(entities(text)).toContainEqual(['Baltra Crest', 'organization']);
    expect(entities(text).filter((e) => e[1] === 'person')).toEqual([]);
  });
  it('a person named in full stays a person', () => {
    const text = 'Lawyers for Dana Crest Holdings met. Later, Mark Dana said the deal was off.';
    expect(entities(text)).toContainEqual(['Mark Dana', 'person']);
  });
});

describe('en climate patterns, prizes and cups are no people or bodies', () => {
  it.each([
    'Scientists blamed the El Niño weather pattern for the rain.',
    'Forecasters expect La Nina to return next year.',
    'The paper won three Pulitzer Prizes under her leadership.',
    'The winner advances to the Champions Cup in May.',
  ])('%s', (text) => {
    expect(entities(text).filter((e) => e[1] !== 'place')).toEqual([]);
  });
  it('a body named for a prize stays one', () => {
    expect(entities('The Pulitzer Prize Board said it would review the entry.')).toContainEqual([
      'Pulitzer Prize Board',
      'organization',
    ]);
  });
});

describe('en a month after "would" and its verb lies ahead', () => {
  it.each([
    ['The governor declined to say whether he would back a cut in February.', 'February', '2027-02'],
    ['She said the plant would reopen in March.', 'March', '2027-03'],
  ])('%s', (text, date, value) => {
    expect(dates(text)).toContainEqual([date, value]);
  });
  it.each([
    ['The plant reopened in March after repairs.', 'March', '2026-03'],
    ['She said the board had met in February.', 'February', '2026-02'],
  ])('a month told in the past stays past: %s', (text, date, value) => {
    expect(dates(text)).toContainEqual([date, value]);
  });
});

describe('en a figure, the source in an aside, then a phrase beside the figure', () => {
  it.each([
    [
      'Unemployment fell to 4.1% in October, the labor office said last week, its lowest level in two years.',
      'Unemployment fell to 4.1% in October',
      'labor office',
    ],
    [
      'Net profit rose to 310 million euros, the Milan-based lender said, above the 290 million forecast in a poll.',
      'Net profit rose to 310 million euros',
      'Milan-based lender',
    ],
  ])('%s', (text, content, speaker) => {
    expect(quotes(text).map((q) => [q[0], q[1]])).toEqual([[content, speaker]]);
  });
  it.each([
    ['Prices, the office said last week, rose again.', 'Prices, the office said last week, rose again'],
    ['Sales rose 5%, the company said, and margins improved.', 'Sales rose 5%'],
  ])('a clause after the aside keeps its reading: %s', (text, content) => {
    expect(quotes(text).map((q) => q[0])).toEqual([content]);
  });
});

describe('en refusing to answer a question reports nothing said', () => {
  it.each([
    'The governor declined to say whether she would back a cut in March.',
    'The firm refused to disclose how much it paid for the site.',
    'Police declined to confirm who was arrested.',
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
  it.each([
    ['The minister declined to say that the plan was dead.', 'declined'],
    ['The firm said how much it paid for the site was a secret.', 'said'],
  ])('a refusal with a that-clause, or a plain report, still is: %s', (text, cue) => {
    expect(quotes(text).map((q) => q[2])).toEqual([cue]);
  });
});

describe('en a chief’s office of two or three words before a name is the person’s title', () => {
  const titles = (text: string) => (run(text).people ?? []).map((p) => [p.name, p.titles]);
  it.each([
    ['Corvel Bio chief executive Dana Whit said the filing was ready.', 'Dana Whit', 'chief executive'],
    [
      'The company’s chief financial officer, Lars Moen, said costs fell.',
      'Lars Moen',
      'chief financial officer',
    ],
    ['Its chief operating officer, Rita Samm, resigned on Friday.', 'Rita Samm', 'chief operating officer'],
  ])('%s', (text, name, title) => {
    expect(titles(text)).toContainEqual([name, [title]]);
  });
  it.each([
    ['A chief executive, Dana Whit, resigned.', 'Dana Whit'],
    ['The police chief, Omar Bell, resigned.', 'Omar Bell'],
  ])('no body’s possessive before the comma: %s', (text, name) => {
    const t = titles(text).find((x) => x[0] === name)?.[1] as string[] | undefined;
    expect(t ?? []).not.toContain('chief executive');
  });
});

describe('en a given name before a head word that is also a common surname is a person', () => {
  it.each([
    ['The club said coach Brian Lane would stay for another season.', [['Brian Lane', 'person']]],
    ['Fans cheered as Mel Brooks arrived at the premiere.', [['Mel Brooks', 'person']]],
    // negative: no given name before the head word, or a street closed by the police
    ['Residents of Maple Field were evacuated on Sunday.', [['Maple Field', 'place']]],
    ['Police closed Penny Lane after the crash.', [['Penny Lane', 'place']]],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe('en the object of a relative clause before "told" is not who speaks either', () => {
  it.each([
    ['Farmers who lost the harvest told reporters the government had abandoned them.', 'Farmers'],
    ['Residents who met the mayor told her the road was unsafe.', 'Residents'],
    // negative: no relative clause, the subject speaks
    ['Officials told reporters the bridge would reopen on Monday.', 'Officials'],
  ])('%s', (text, speaker) => {
    expect(quotes(text).map(([, s]) => s)).toEqual([speaker]);
  });
});
