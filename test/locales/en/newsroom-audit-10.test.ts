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
