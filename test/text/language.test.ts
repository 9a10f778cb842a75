// Language detection: function words, Indonesian affixes on lower-case words, quotations at half weight.
import { describe, expect, it } from 'vitest';
import { detectLanguage, isIndonesianAffixed } from '../../src/text/language.js';

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

describe('isIndonesianAffixed', () => {
  const REGEX = /^(?:\p{L}{2,}nya|\p{L}{3,}kan|(?:meng|meny)\p{L}{3,})$/u;
  it.each([
    ['katanya', true],
    ['menyatakan', true],
    ['mengungkap', true],
    ['dibuatkan', true],
    ['rumahnya', true],
    ['éxnya', true],
    ['𝒜𝒜nya', true],
    ['mengéés', true],
    ['anya', false],
    ['nya', false],
    ['akan', false],
    ['ikan', false],
    ['menga', false],
    ['meng', false],
    ['𝒜nya', false],
    ['ab1nya', false],
    ['ab-kan', false],
    ['mengab-', false],
    ['ab\u0307nya', false],
    ['kenya ', false],
    ['', false],
    ['\ud835nya', false],
  ])('%j: %s, as the regex says', (w, yes) => {
    expect(isIndonesianAffixed(w)).toBe(yes);
    expect(REGEX.test(w)).toBe(yes);
  });
});
