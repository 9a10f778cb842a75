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
