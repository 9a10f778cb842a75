import { describe, expect, it } from 'vitest';
import { TextSet, WordInts, WordSet, wordHash } from '../../src/text/word-table.js';

const put = (t: WordInts, w: string, v: number): void => t.set(w, wordHash(w), v);
const get = (t: WordInts, w: string): number => t.get(w, wordHash(w), -1);

describe('wordHash', () => {
  it.each(['', 'a', 'Jakarta', 'jakarta', 'ſenin', '日本'])(
    'is never 0 and the same for equal text: %j',
    (w) => {
      expect(wordHash(w)).not.toBe(0);
      expect(wordHash(w)).toBe(wordHash(`x${w}`.slice(1)));
    },
  );
  it('tells case and accents apart', () => {
    expect(wordHash('Budi')).not.toBe(wordHash('budi'));
    expect(wordHash('Peña')).not.toBe(wordHash('Pena'));
  });
});

describe('WordInts', () => {
  it('answers what was kept, and `missing` for other words', () => {
    const t = new WordInts(100);
    put(t, 'Budi', 5);
    put(t, 'budi', 0);
    put(t, 'Jakarta', 1 << 24);
    expect([get(t, 'Budi'), get(t, 'budi'), get(t, 'Jakarta'), get(t, 'Bandung'), get(t, '')]).toEqual([
      5,
      0,
      1 << 24,
      -1,
      -1,
    ]);
    expect(t.size).toBe(3);
  });

  it('overwrites the value of a word kept again', () => {
    const t = new WordInts(100);
    put(t, 'Senin', 1);
    put(t, `x${'Senin'}`.slice(1), 3);
    expect(get(t, 'Senin')).toBe(3);
    expect(t.size).toBe(1);
  });

  it('agrees with a Map over many words as it grows', () => {
    const t = new WordInts(100_000);
    const m = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const w = `w${(i * 7919) % 3001}`;
      put(t, w, i);
      m.set(w, i);
    }
    for (let i = 0; i < 4000; i++) expect(get(t, `w${i}`)).toBe(m.get(`w${i}`) ?? -1);
    expect(t.size).toBe(m.size);
  });

  it('forgets everything once it holds `limit` words, and keeps answering right', () => {
    const t = new WordInts(3);
    put(t, 'a', 1);
    put(t, 'b', 2);
    put(t, 'c', 3);
    put(t, 'd', 4);
    expect([get(t, 'a'), get(t, 'b'), get(t, 'c'), get(t, 'd')]).toEqual([-1, -1, -1, 4]);
    expect(t.size).toBe(1);
  });
});

describe('WordSet', () => {
  const words = ['yaitu', 'seperti', ':', 'Érica', 'FC', ''];
  const set = new WordSet(words);
  it.each([
    ['yaitu', true],
    ['seperti', true],
    [':', true],
    ['Érica', true],
    ['FC', true],
    ['', true],
    ['yaitux', false],
    ['Yaitu', false],
    ['sepert', false],
    ['Erica', false],
    ['FCB', false],
    [';', false],
    ['é', false],
    ['a'.repeat(40), false],
  ])('has(%j) is %s, as a Set says', (w, yes) => {
    expect(set.has(w)).toBe(yes);
    expect(new Set(words).has(w)).toBe(yes);
  });
  it('keeps the rest of a Set: size, iteration, words added later', () => {
    const s = new WordSet(['dan', 'atau']);
    expect(s.size).toBe(2);
    expect([...s]).toEqual(['dan', 'atau']);
    expect(s.has('serta')).toBe(false);
    s.add('serta');
    s.add('x'.repeat(50));
    expect([s.has('serta'), s.has('x'.repeat(50)), s.has('y'.repeat(50))]).toEqual([true, true, false]);
  });
});

describe('TextSet', () => {
  // the lines of a text, and the first word of each (spans of the text, never cut out)
  const text = 'kota baru|x\nmaria\nkota tua|y\nérica\n\nsan josé|z';
  const lines = new TextSet(text);
  const firsts = new TextSet(text);
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.add(start, end);
    const bar = text.indexOf('|', start);
    const key = bar >= 0 && bar < end ? bar : end;
    const space = text.indexOf(' ', start);
    firsts.add(start, space >= 0 && space < key ? space : key);
    start = end + 1;
  }
  it.each([
    ['maria', true, true],
    ['érica', true, true],
    ['', true, true],
    ['kota baru|x', true, false],
    ['kota', false, true],
    ['san', false, true],
    ['Maria', false, false],
    ['mari', false, false],
    ['marias', false, false],
    ['erica', false, false],
    ['kota baru', false, false],
    ['baru', false, false],
    ['josé|z', false, false],
  ])('has(%j): lines %s, first words %s', (w, inLines, inFirsts) => {
    expect(lines.has(w)).toBe(inLines);
    expect(firsts.has(w)).toBe(inFirsts);
  });
  it('keeps a span once and grows past its first table', () => {
    expect(firsts.size).toBe(5); // kota (twice), maria, érica, '', san
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`).join('\n');
    const set = new TextSet(many);
    for (let start = 0; start < many.length; ) {
      const end = many.indexOf('\n', start) < 0 ? many.length : many.indexOf('\n', start);
      set.add(start, end);
      set.add(start, end);
      start = end + 1;
    }
    expect(set.size).toBe(3000);
    expect([set.has('w0'), set.has('w2999'), set.has('w3000'), set.has('w')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('TextSet.ofLines, toInts and fromInts', () => {
  const text = 'maria\nérica\njohan\n\nsan josé';
  const built = TextSet.ofLines(text);
  const many = Array.from({ length: 5000 }, (_, i) => `w${i}`).join('\n');
  const big = TextSet.ofLines(many);
  it.each([
    ['maria', true],
    ['érica', true],
    ['san josé', true],
    ['', true],
    ['johan\n', false],
    ['Maria', false],
    ['san', false],
  ])('ofLines has(%j): %s, and so has the set read back from its integers', (w, inSet) => {
    expect(built.has(w)).toBe(inSet);
    expect(TextSet.fromInts(text, built.toInts()).has(w)).toBe(inSet);
  });
  it('reads back a large set from fewer slots, every word in and others out', () => {
    const ints = big.toInts();
    expect(ints.length).toBe(1 + 3 * 16384); // 5000 words at most 60 % of the slots
    const back = TextSet.fromInts(many, ints);
    expect(back.size).toBe(5000);
    for (let i = 0; i < 5000; i += 7) expect(back.has(`w${i}`)).toBe(true);
    expect([back.has('w5000'), back.has('w'), back.has('x1')]).toEqual([false, false, false]);
  });
  it('refuses integers that are no table', () => {
    for (const n of [0, 8, 10])
      expect(() => TextSet.fromInts(text, new Int32Array(n))).toThrow(/not a table/);
  });
});
