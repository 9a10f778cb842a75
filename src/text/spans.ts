import type { Span } from './segment.js';

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
  const used = new Uint8Array(size);
  const kept: T[] = [];
  for (const x of [...items].sort(priority)) {
    let free = true;
    for (let i = x.start; i < x.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    used.fill(1, x.start, x.end);
    kept.push(x);
  }
  return kept.sort((a, b) => a.start - b.start);
}
