// The timing guard itself: it must tell a quadratic loop from a linear one whatever the machine's speed.
import { describe, expect, it } from 'vitest';
import { expectLinearTime, repeatTo } from '../helpers/linear.js';

/** Counts pairs of equal characters: n² steps. */
const quadratic = (text: string): number => {
  let same = 0;
  for (let i = 0; i < text.length; i++)
    for (let j = 0; j < text.length; j++) if (text.charCodeAt(i) === text.charCodeAt(j)) same++;
  return same;
};

/** Counts each character a few hundred times over: n steps, slow enough to time. */
const linear = (text: string): number => {
  let sum = 0;
  for (let round = 0; round < 400; round++) for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
};

describe('expectLinearTime', () => {
  it('fails a quadratic loop that misses its limit', () => {
    // (compiled before it is timed, and large enough that a busy moment in the quarter's run, which makes
    // the growth look smaller than its 16×, does not pass it for linear)
    quadratic(repeatTo('ab')(4_000));
    // (a busy machine can only hide growth, slowing the quarter's runs: the guard must catch the loop in one of
    // three tries; it failed to in one CI run of the seventeenth session, the quarter's 16× measured under 10×)
    const caught = [0, 1, 2].some(() => {
      try {
        expectLinearTime(repeatTo('ab'), 24_000, quadratic, 1);
        return false;
      } catch (error) {
        return /× the time of a quarter/u.test(String(error));
      }
    });
    expect(caught).toBe(true);
  });

  it('passes a linear loop even when it misses its limit', () => {
    const t = expectLinearTime(repeatTo('ab'), 200_000, linear, 1);
    expect(t.growth).toBeLessThan(10);
    expect(t.result).toBe(linear(repeatTo('ab')(200_000)));
  });

  it('passes anything within its limit', () => {
    expect(expectLinearTime(repeatTo('ab'), 400, quadratic, 60_000).result).toBe(80_000);
  });

  it('repeats a unit to at least the size asked', () => {
    expect(repeatTo('abc')(7)).toBe('abcabcabc');
    expect(repeatTo('abc')(0)).toBe('abc');
  });
});
