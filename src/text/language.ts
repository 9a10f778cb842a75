import type { Language } from '../types.js';

// Function words that are frequent in one language and rare in the other, plus Indonesian affixes
// (-nya, -kan, meng-, meny-), counted over the first few thousand characters. Words inside
// quotation marks count half: an Indonesian article may quote an English sentence whole.
const INDONESIAN = new Set(
  'yang dan di ini itu dengan untuk dari tidak akan pada adalah ke dalam juga karena oleh sudah bahwa atau saat kata ujar mereka kami kita tersebut telah bisa dapat lebih belum masih hanya seperti setelah namun ia dia para sebagai kepada bagi agar jika ketika sejak hingga antara menurut tak pun lagi saja sangat secara terhadap tentang lalu kemudian'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the of and to in is that for was on with said as at by from his her he she it be has have are were will would not this an which but their they who been after its had above below except than'.split(
    ' ',
  ),
);
/** Indonesian morphology English words rarely show: "katanya", "menyatakan", "mengungkap". */
const INDONESIAN_AFFIXED = /^(?:\p{L}{2,}nya|\p{L}{3,}kan|(?:meng|meny)\p{L}{3,})$/u;

const SAMPLE = 4000;
const QUOTE_MARK = /["“”«»„]/u;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE);
  let id = 0;
  let en = 0;
  let quoted = false;
  for (const m of sample.matchAll(/\p{L}+|["“”«»„]/gu)) {
    const word = m[0];
    const w = word.toLowerCase();
    if (QUOTE_MARK.test(w)) {
      quoted = !quoted;
      continue;
    }
    const weight = quoted ? 0.5 : 1;
    // affixes only on lower-case words: "Kenya" and "Balkan" are names, not Indonesian
    if (INDONESIAN.has(w) || (w === word && !ENGLISH.has(w) && INDONESIAN_AFFIXED.test(w))) id += weight;
    else if (ENGLISH.has(w)) en += weight;
  }
  return en > id ? 'en' : 'id';
}
