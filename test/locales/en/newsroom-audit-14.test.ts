import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

// The twenty-fifth session's English quote rules: errors found reading our own articles and measuring the
// development sets (counted, never copied). Every sentence here was written for these tests.

const quotes = (text: string) =>
  (extract(text, { lang: 'en', date: '2024-11-18' }).quotes ?? []).map((q) => [
    q.type,
    q.speaker?.name ?? null,
    q.cue?.text ?? null,
    q.text,
  ]);

describe('en "according to" two countries\' officials names them all', () => {
  it('"according to U.S. and South Korean officials"', () => {
    const text = 'The troops moved south last week, according to U.S. and South Korean officials.';
    expect(quotes(text).map((q) => q[1])).toEqual(['U.S. and South Korean officials']);
  });
  it('negative: "according to Smith and …" without a role after stays with the name', () => {
    const text = 'The army withdrew, according to Smith and Jones.';
    expect(quotes(text).map((q) => q[1])).toEqual(['Smith']);
  });
});
