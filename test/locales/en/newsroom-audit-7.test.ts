import { describe, expect, it } from 'vitest';
import { auditHelpers } from './audit.js';

// The sixteenth session's audit: errors found reading eight articles of our own (a Senate vote, a
// sentencing, a football match, quarterly results, an earthquake, an obituary, a drug trial, a city
// council vote), and items the fifteenth session left. Every sentence here was written for these tests.

const { entities, quotes, dates } = auditHelpers('2026-03-12');

describe('en an act whose object is no statement is no quote', () => {
  it.each([
    ['Lena Brandt added a second before halftime for the visitors.'],
    ['Omar Silva added another in stoppage time.'],
    ['The referee pointed to the spot after a late tackle.'],
    ['Former striker Alan Brooks, speaking on City Radio 4 Live, was blunt.'],
    ['Norway and Chile offered help after the storm.'],
    ['The regional council rejected a bill to widen the coastal road.'],
    ['Maria Okafor, a lawyer who argued housing cases across the state, retired in June.'],
    ['The condition is what doctors call silent reflux.'],
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
  it.each([
    ['Lena Brandt added that the team would rest on Sunday.', 'Lena Brandt', 'added'],
    ['Jonas Weber added another reason for the delay.', 'Jonas Weber', 'added'],
    ['Jonas Weber pointed to the drop in sales.', 'Jonas Weber', 'pointed to'],
    ['Lena Brandt, speaking on the proposal, said it was fair.', 'Lena Brandt', 'said'],
    ['The carrier offered an apology to passengers.', 'carrier', 'offered'],
    ['The union rejected claims that the deal was rushed.', 'union', 'rejected'],
    ['Maria Okafor argued the plan would fail.', 'Maria Okafor', 'argued'],
    ['Maria Okafor argued the case for reform.', 'Maria Okafor', 'argued'],
    ['Doctors call the drug a breakthrough.', 'Doctors', 'call'],
  ])('a statement still: %s', (text, speaker, cue) => {
    expect(quotes(text).map((q) => [q[1], q[2]])).toContainEqual([speaker, cue]);
  });
});

describe('en a scare quote inside a noun phrase after a verb that reports nothing is no quote', () => {
  it.each([
    ['The parliament passed the so-called "foreign agents" law on Tuesday.'],
    ['The bakery launched a "premium" line of cakes last year.'],
    ['Police detained two "suspicious" men near the harbour.'],
    ['The board approved the "emergency" budget on Monday.'],
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
  it.each([
    ['The mayor praised the "courage" of the crew.', 'mayor'],
    ['Tom Hale criticized the law as a "cruel system" that hurts families.', 'Tom Hale'],
    ['Rita Moss said the council passed the "foreign agents" law to silence critics.', 'Rita Moss'],
  ])('a quoted judgement still: %s', (text, speaker) => {
    expect(quotes(text).map((q) => q[1])).toEqual([speaker]);
  });
});
