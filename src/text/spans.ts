import type { Span } from './segment.js';

/** Occupancy of the text by the spans kept so far; reused from call to call (cleared after each). */
let scratch = new Uint8Array(4096);

/**
 * Keeps, in priority order, every span that overlaps no span kept before it, and returns them sorted
 * by start. Linear in the total length of the spans: an occupancy array, not pairwise tests.
 */
export function keepNonOverlapping<T extends Span>(
  items: readonly T[],
  priority: (a: T, b: T) => number,
): T[] {
  let size = 0;
  for (const x of items) size = Math.max(size, x.end);
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  const used = scratch;
  const kept: T[] = [];
  for (const x of [...items].sort(priority)) {
    let free = true;
    for (let i = x.start; i < x.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    used.fill(1, x.start, x.end);
    kept.push(x);
  }
  for (const x of kept) used.fill(0, x.start, x.end);
  return kept.sort((a, b) => a.start - b.start);
}

/** The span (of `spans`, sorted and disjoint, e.g. sentences) containing `offset`, or null. Binary search. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = spans[mid]!;
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return x;
  }
  return null;
}
