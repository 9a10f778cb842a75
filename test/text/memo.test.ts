import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/text/memo.js';

describe('memoize', () => {
  it('computes each key once, false answers included', () => {
    const calls: string[] = [];
    const isLong = memoize((k: string) => {
      calls.push(k);
      return k.length > 3;
    });
    expect([isLong('abc'), isLong('abcd'), isLong('abc'), isLong('abcd')]).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(calls).toEqual(['abc', 'abcd']);
  });

  it('forgets everything once the limit is reached, and keeps answering right', () => {
    const calls: string[] = [];
    const upper = memoize((k: string) => {
      calls.push(k);
      return k.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
