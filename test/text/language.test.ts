// Language detection: function words, Indonesian affixes on lower-case words, quotations at half weight.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    [
      'an Indonesian report quoting a whole English sentence',
      'Presiden mengatakan "We will win this war" di depan wartawan.',
      'id',
    ],
    ['Indonesian told by its affixes alone', 'Menlu menyampaikan pernyataannya, menegaskan sikapnya.', 'id'],
    [
      'English names ending like Indonesian affixes',
      'The member states voted for the Balkan plan in Kenya.',
      'en',
    ],
    [
      'English results naming Kenya again and again',
      'Results: 1. Kipto (Kenya) 2. Rono (Kenya) 3. Smith (Britain) in the final.',
      'en',
    ],
    [
      'an English report quoting Indonesian',
      'The minister said "kami akan menyelesaikan masalah ini" to the reporters at the palace.',
      'en',
    ],
  ] as const)('%s → %s', (_name, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
