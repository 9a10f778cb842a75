import { describe, expect, it } from 'vitest';
import { keepNonOverlapping, spanAt } from '../../src/text/spans.js';

const longestFirst = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  b.end - b.start - (a.end - a.start) || a.start - b.start;

describe('keepNonOverlapping', () => {
  it('keeps the longest of overlapping spans and returns them by start', () => {
    const kept = keepNonOverlapping(
      [
        { start: 10, end: 12, id: 'c' },
        { start: 0, end: 5, id: 'a' },
        { start: 3, end: 11, id: 'b' },
        { start: 12, end: 13, id: 'd' },
      ],
      longestFirst,
    );
    expect(kept.map((x) => x.id)).toEqual(['b', 'd']);
  });

  it('keeps touching spans, and the earlier of two equally long overlapping ones', () => {
    const kept = keepNonOverlapping(
      [
        { start: 2, end: 4 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ],
      longestFirst,
    );
    expect(kept).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(keepNonOverlapping([], longestFirst)).toEqual([]);
    expect(keepNonOverlapping([], longestFirst, () => 0)).toEqual([]);
  });

  // the rank of longestFirst: the shorter, the higher, then by start
  const longestFirstRank = (x: { start: number; end: number }, maxEnd: number): number =>
    (maxEnd - (x.end - x.start)) * (maxEnd + 1) + x.start;

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'keeps the same spans in the same order with a rank (seed %i)',
    (seed) => {
      let state = seed * 2654435761;
      const next = (n: number): number => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return state % n;
      };
      // duplicates, empty spans and nested ones included
      const items = Array.from({ length: 40 + next(80) }, (_, id) => {
        const start = next(200);
        return { start, end: start + next(12), id };
      });
      const plain = keepNonOverlapping(items, longestFirst);
      const ranked = keepNonOverlapping(items, longestFirst, longestFirstRank);
      expect(ranked.map((x) => x.id)).toEqual(plain.map((x) => x.id));
    },
  );

  it('falls back to the comparison when a rank is no exact integer', () => {
    const items = [
      { start: 0, end: 4, id: 'a' },
      { start: 2, end: 9, id: 'b' },
    ];
    const kept = keepNonOverlapping(items, longestFirst, () => Number.MAX_SAFE_INTEGER);
    expect(kept.map((x) => x.id)).toEqual(['b']);
  });
});

describe('spanAt', () => {
  const sentences = [
    { start: 0, end: 10 },
    { start: 11, end: 20 },
    { start: 25, end: 30 },
  ];
  it.each([
    [0, 0],
    [9, 0],
    [11, 1],
    [19, 1],
    [29, 2],
  ])('finds the span holding offset %i', (offset, index) => {
    expect(spanAt(sentences, offset)).toBe(sentences[index]);
  });
  it.each([10, 22, 30, -1])('finds none for offset %i, between or outside the spans', (offset) => {
    expect(spanAt(sentences, offset)).toBeNull();
  });
});
