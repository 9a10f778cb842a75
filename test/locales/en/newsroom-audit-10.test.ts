import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';

// The nineteenth session's English items, found reading an article of our own (a port strike). Every sentence here
// was written for these tests.

const { entities, quotes } = auditHelpers('2025-10-06');

describe('en initials after a business noun open a company’s name, and the quote after its apposition stays', () => {
  it('"a unit of Danish shipping group A.P. Moller-Maersk, said"', () => {
    const text =
      'Harbor Terminals, a unit of Danish shipping group A.P. Moller-Maersk, said it had diverted three vessels to Antwerp.';
    expect(entities(text)).toContainEqual(['A.P. Moller-Maersk', 'organization']);
    expect(entities(text).filter(([, type]) => type === 'person')).toEqual([]);
    expect(quotes(text).map(([, speaker]) => speaker)).toEqual(['Harbor Terminals']);
  });
  it('negative: initials after an office stay a person', () => {
    expect(entities('Author J.K. Rowling said she would attend the festival.')).toContainEqual([
      'J.K. Rowling',
      'person',
    ]);
  });
});

describe('en a base form that is also a noun reports nothing in a headline without "that"', () => {
  it('"Judge blocks state abortion law hours before it takes effect"', () => {
    expect(
      quotes('Judge blocks state abortion law hours before it takes effect\n\nThe ruling came late.'),
    ).toEqual([]);
  });
  it('negative: in a sentence with its stop, a plural subject still states', () => {
    expect(quotes('Officials state the bridge is safe.').map(([, speaker]) => speaker)).toEqual([
      'Officials',
    ]);
  });
});

describe('en a state’s legislative chamber is a body; "Planned Parenthood" is one', () => {
  it.each([
    ['The bill passed the Ohio House on Tuesday.', ['Ohio House', 'organization']],
    ['The Texas Senate approved the budget.', ['Texas Senate', 'organization']],
    ['The lawsuit was filed by Planned Parenthood last week.', ['Planned Parenthood', 'organization']],
  ])('%s', (text, entity) => {
    expect(entities(text)).toContainEqual(entity);
  });
  it('negative: a house in a state is no chamber', () => {
    expect(entities('The White House said so.')).not.toContainEqual(['White House', 'organization']);
  });
});
