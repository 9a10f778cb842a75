// Timing guard for hostile inputs. Tests share the machine with other test files (and, on a
// developer's machine or a CI runner, with anything else), so a wall-clock limit alone fails on a busy
// machine. A check passes when EITHER the input is done within its limit OR its time grew at most
// about linearly from a quarter of the input (ratio < 10; a quadratic rule gives ~16). The quarter is timed
// twice and its best kept; on a miss it measures once more and keeps the best: load only ever slows a run down. `npm run bench` reports the
// real targets on a quiet process.
import { expect } from 'vitest';

export interface LinearTiming<R> {
  /** Best time of the whole input, ms. */
  fullMs: number;
  /** Best time of a quarter of it, ms. */
  quarterMs: number;
  /** fullMs over quarterMs (the quarter counted as at least 20 ms). */
  growth: number;
  /** What `work` returned on the whole input (first run). */
  result: R;
}

/**
 * Times `work` on `make(size)` and on `make(size / 4)`; asserts the limit-or-linear rule. `check`, when
 * given, sees the first output of each input (outside the timing).
 */
export function expectLinearTime<R>(
  make: (n: number) => string,
  size: number,
  work: (text: string) => R,
  limitMs: number,
  check?: (out: R, input: string) => void,
): LinearTiming<R> {
  const small = make(Math.floor(size / 4));
  const text = make(size);
  const time = (input: string): { ms: number; out: R } => {
    const t0 = performance.now();
    const out = work(input);
    return { ms: performance.now() - t0, out };
  };
  let quarterMs = Number.POSITIVE_INFINITY;
  let fullMs = Number.POSITIVE_INFINITY;
  let result: { out: R } | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    const quarter = time(small);
    if (attempt === 0) check?.(quarter.out, small);
    // (the quarter twice: one busy moment in its one run would make any growth look linear)
    quarterMs = Math.min(quarterMs, quarter.ms, time(small).ms);
    const full = time(text);
    if (attempt === 0) check?.(full.out, text);
    result ??= full;
    fullMs = Math.min(fullMs, full.ms);
    if (fullMs < limitMs || fullMs / Math.max(quarterMs, 20) < 10) break;
  }
  const growth = fullMs / Math.max(quarterMs, 20);
  expect(
    fullMs < limitMs || growth < 10,
    `${Math.round(fullMs)} ms for ${text.length} chars (limit ${limitMs} ms), ${growth.toFixed(1)}× the time of a quarter`,
  ).toBe(true);
  return { fullMs, quarterMs, growth, result: (result as { out: R }).out };
}

/** `unit` repeated to (at least) n characters. */
export const repeatTo =
  (unit: string) =>
  (n: number): string =>
    unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
