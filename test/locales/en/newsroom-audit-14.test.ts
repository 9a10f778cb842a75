import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

// The twenty-fifth session's English quote rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

const quotes = (text: string) =>
  (extract(text, { lang: 'en', date: '2024-11-18' }).quotes ?? []).map((q) => [
    q.type,
    q.speaker?.name ?? null,
    q.cue?.text ?? null,
    q.text,
  ]);

describe('en "according to" two countries\' officials names them all', () => {
  it('"according to U.S. and South Korean officials"', () => {
    const text = 'The troops moved south last week, according to U.S. and South Korean officials.';
    expect(quotes(text).map((q) => q[1])).toEqual(['U.S. and South Korean officials']);
  });
  it('negative: "according to Smith and …" without a role after stays with the name', () => {
    const text = 'The army withdrew, according to Smith and Jones.';
    expect(quotes(text).map((q) => q[1])).toEqual(['Smith']);
  });
});

const people = (text: string) =>
  (extract(text, { lang: 'en', date: '2024-11-18' }).people ?? []).map((p) => [p.name, p.titles]);

describe('en a title word after "TO" or a modal in a line written in capitals is a verb', () => {
  it.each([
    ['SOCCER - GARCIA TO COACH NICE. Former goalkeeper Pablo Garcia is to coach the club.'],
    ['TENNIS - SMITH WILL CHAIR PANEL. The federation named Anna Smith on Friday.'],
  ])('%s', (text) => {
    expect(people(text).map((p) => p[0])).not.toContain('NICE');
    expect(people(text).map((p) => p[0])).not.toContain('PANEL');
  });
  it('negative: a title before a name in running text stays a title', () => {
    expect(people('The club said Coach Pablo Garcia would stay to lead the team.')).toContainEqual([
      'Pablo Garcia',
      ['Coach'],
    ]);
  });
});

describe('en a speaker’s name does not take in a verb of saying that opens the sentence', () => {
  it('"Said Ellis: …"', () => {
    const text =
      '“It is hard to avoid,” said Ryan Ellis, an economist. Said Ellis: “I do not get the sense she is worried.”';
    expect(quotes(text).map((q) => q[1])).not.toContain('Said Ellis');
  });
});

describe('en a town read as a club in a match report is the player whose surname it is', () => {
  const text =
    "SOCCER - MILAN'S AVOLA MOVES TO PARMA.\nMILAN 1996-08-30\nFormer Italian international winger Pierluigi Avola, transferred to Milan in 1992 for a record sum, has been loaned to serie A club Parma for a year, newspapers reported on Friday.\nAvola, 27, joined Milan from Torino in a deal that was investigated by magistrates.\nThe move to Emilia-based Parma reunites Avola, who fell out with ex-Milan coach Carlo Neri last season, with his former coach at Torino, Luca Bruni.";
  it('one person, the headline’s surname with it', () => {
    const r = extract(text, { lang: 'en' });
    expect(r.people?.find((p) => p.name === 'Pierluigi Avola')?.mentions.length).toBe(4);
    expect(r.organizations?.map((o) => o.name)).not.toContain('AVOLA');
  });
  it('negative: the club a town names stays the club', () => {
    const r = extract(text, { lang: 'en' });
    expect(r.organizations?.map((o) => o.name)).toContain('PARMA');
  });
});

describe('en a name a title opens is a person’s wherever it recurs, a town of that name or not', () => {
  it('"President Clinton … Clinton won in 1992"', () => {
    const text =
      'Markets watched President Clinton closely. Bush won in 1988 on a tax pledge and Clinton won in 1992 with a promise of jobs.';
    const r = extract(text, { lang: 'en' });
    expect(r.places?.map((p) => p.name)).not.toContain('Clinton');
    expect(r.people?.find((p) => p.name === 'Clinton')?.mentions.length).toBe(2);
  });
  it('negative: a town named alone stays the town', () => {
    const r = extract('Floods hit Clinton, Iowa, on Friday.', { lang: 'en' });
    expect(r.places?.map((p) => p.name)).toContain('Clinton');
  });
});

describe('en a leader’s name that qualifies a government or campaign names no speaker', () => {
  it('"Other Bush administration officials said …"', () => {
    const text =
      'President Bush met the envoy on Monday. Other Bush administration officials said the naval force would stay in the Gulf.';
    expect(quotes(text).map((q) => q[1])).toEqual(['Other Bush administration officials']);
  });
  it('negative: the person named in a role speaks', () => {
    expect(quotes('Campaign manager Peter Knight said the debates would go ahead.').map((q) => q[1])).toEqual(
      ['Peter Knight'],
    );
  });
});
