// Adversarial documents shared by the linear-time tests (test/properties/linear-time.test.ts) and the
// benchmark (test/bench/run.mjs): what real feeds can hold at its worst. Plain JavaScript so that the
// benchmark runs without a build; types in adversarial.d.mts.

/** `unit` repeated to exactly n UTF-16 code units. */
export const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/**
 * Adversarial documents by kind: each function gives a document of exactly n code units (the
 * quotation-mark kind is always 100,000 marks). Deterministic: no Math.random.
 */
export const ADVERSARIAL = {
  'random Unicode': (n) => {
    const ranges = [
      [0x20, 0x7e],
      [0xa0, 0x24f],
      [0x300, 0x36f],
      [0x370, 0x3ff],
      [0x400, 0x4ff],
      [0x600, 0x6ff],
      [0x2000, 0x206f],
      [0x3040, 0x30ff],
      [0x4e00, 0x4fff],
      [0x1f300, 0x1f64f],
      [0xd800, 0xdfff],
    ];
    let seed = 0x9e3779b9;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed;
    };
    const parts = [];
    let length = 0;
    while (length < n) {
      const [lo, hi] = ranges[next() % ranges.length];
      const cp = lo + (next() % (hi - lo + 1));
      const ch = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      parts.push(ch);
      length += ch.length;
    }
    return parts.join('').slice(0, n);
  },
  'capitalized words': (n) => {
    const w = [
      'Budi',
      'Jakarta',
      'Menteri',
      'The',
      'Bank',
      'Of',
      'Sri',
      'PT',
      'Kompas',
      'Said',
      'Rahma',
      'Utara',
    ];
    let s = '';
    for (let i = 0; s.length < n; i++) s += `${w[(i * 7 + 3) % w.length]} `;
    return s.slice(0, n);
  },
  'capitals only': (n) => fill('JAKARTA BANK INDONESIA ', n),
  '100,000 quotation marks': () => fill('"“”', 100_000),
  'quote marks, 1 MB': (n) => fill('“"”\'‘’«»„‚', n),
  'quote after quote': (n) => fill('"Ya," kata Budi. "Yes," he said. ', n),
  // many short paragraphs with double quotes and no single mark (a search for the next mark once ran on to the
  // text's end from each paragraph: 40 s of CPU per MB)
  'short quoted paragraphs': (n) => fill('Pak Budi berkata pada Senin bahwa "harga naik", kata dia.\n\n', n),
  'full stops': (n) => '.'.repeat(n),
  'punctuation runs': (n) => fill('!?.,;:…—-', n),
  'nested brackets': (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  'no whitespace': (n) => fill('abcdefghijklmnopqrstuvwxyz', n),
  'no whitespace, capitalized': (n) => fill('AbcDefGhi', n),
  'one 1 MB line of news': (n) =>
    fill('Menteri Budi Santoso mengatakan pada Senin (4/3/2024) bahwa "ekonomi tumbuh", kata dia. ', n),
  'numbers only': (n) => fill('2024 ', n),
  'dates only': (n) => fill('12 Januari 2024, March 4, 2024; ', n),
  initials: (n) => fill('A. ', n),
  'line breaks only': (n) => fill('\r\n\n\r', n),
  'spaces and tabs only': (n) => fill('    \t ', n),
  'titles and abbreviations': (n) => fill('Mr. Dr. Prof. H. Ir. ', n),
};
