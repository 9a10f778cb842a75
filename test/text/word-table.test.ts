import { describe, expect, it } from 'vitest';
import { WordInts, wordHash } from '../../src/text/word-table.js';

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
