import type { Span } from './segment.js';

/** Occupancy of the text by the spans kept so far; reused from call to call (cleared after each). */
let scratch = new Uint8Array(4096);

/**
 * Keeps, in priority order, every span that overlaps no span kept before it, and returns them sorted
 * by start. Linear in the total length of the spans: an occupancy array, not pairwise tests.
 *
 * `rank`, when given, says the same as `priority` with a number: `priority(a, b) < 0` exactly when
 * `rank(a, maxEnd) < rank(b, maxEnd)`, a non-negative integer, where `maxEnd` is the largest end of
 * the items. The items are then ordered by a numeric sort of packed keys, with no call back into
 * JavaScript per comparison (equal ranks keep their input order, as the stable sort does).
 */
export function keepNonOverlapping<T extends Span>(
  items: readonly T[],
  priority: (a: T, b: T) => number,
  rank?: (x: T, maxEnd: number) => number,
): T[] {
  let size = 0;
  for (const x of items) size = Math.max(size, x.end);
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  const used = scratch;
  const kept: T[] = [];
  for (const x of rank ? byRank(items, rank, size, priority) : [...items].sort(priority)) {
    let free = true;
    for (let i = x.start; i < x.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    used.fill(1, x.start, x.end);
    kept.push(x);
  }
  for (const x of kept) used.fill(0, x.start, x.end);
  return rank
    ? byRank(
        kept,
        (x) => x.start,
        size,
        (a, b) => a.start - b.start,
      )
    : kept.sort((a, b) => a.start - b.start);
}

/**
 * The items sorted by `rank`, stable: each packed with its index into one number (exact below 2^53)
 * and the numbers sorted natively. Falls back to `order` when the packed numbers would not be exact.
 */
function byRank<T>(
  items: readonly T[],
  rank: (x: T, maxEnd: number) => number,
  maxEnd: number,
  order: (a: T, b: T) => number,
): T[] {
  const n = items.length;
  if (rankKeys.length < n) rankKeys = new Float64Array(Math.max(n, 2 * rankKeys.length));
  const keys = rankKeys;
  for (let k = 0; k < n; k++) {
    const r = rank(items[k]!, maxEnd);
    if (!(r >= 0 && r * n + n <= Number.MAX_SAFE_INTEGER && Number.isInteger(r)))
      return [...items].sort(order);
    keys[k] = r * n + k;
  }
  sortFirst(keys, n);
  const out = new Array<T>(n);
  for (let k = 0; k < n; k++) out[k] = items[keys[k]! % n]!;
  return out;
}

/**
 * byRank's keys, reused from call to call: a new typed array of more than a few numbers is a backing
 * store allocated outside the heap, and costs more than sorting a few dozen keys.
 */
let rankKeys = new Float64Array(256);

/**
 * Sorts the first n numbers of `a` (distinct non-negative integers) in ascending order: by insertion
 * when there are few (no call into the runtime), else natively.
 */
function sortFirst(a: Float64Array, n: number): void {
  if (n > 48) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
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
