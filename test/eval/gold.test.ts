import { describe, expect, it } from 'vitest';
import { GoldError, parseGold, parseGoldLine } from '../../src/eval/gold.js';
import { optionsFor } from '../../src/eval/run.js';

const TEXT = 'Rina tiba di Pelita pada Senin.';
const base = { id: 'g1', lang: 'id', dct: '2024-03-04', text: TEXT, layers: ['entities', 'dates'] };
const line = (extra: Record<string, unknown>): string => JSON.stringify({ ...base, ...extra });

function problem(text: string): GoldError {
  try {
    parseGoldLine(text, 'gold.jsonl:7');
  } catch (err) {
    if (err instanceof GoldError) return err;
    throw err;
  }
  throw new Error('expected a GoldError');
}

describe('parseGoldLine', () => {
  it('reads a document, defaulting the optional lists and keeping unknown fields out', () => {
    const d = parseGoldLine(
      line({
        corpus: 'mine',
        entities: [{ type: 'person', start: 0, end: 4, text: 'Rina' }],
        dates: [{ type: 'DATE', start: 25, end: 30, value: '2024-03-04' }],
      }),
      'x',
    );
    expect(d).toEqual({
      id: 'g1',
      lang: 'id',
      dct: '2024-03-04',
      text: TEXT,
      layers: ['entities', 'dates'],
      partialLayers: [],
      entities: [{ type: 'person', start: 0, end: 4 }],
      quotes: [],
      dates: [{ type: 'DATE', start: 25, end: 30, value: '2024-03-04' }],
      ignore: [],
      ignoreQuotes: [],
      ignoreDates: [],
    });
  });

  it('reads quotes with speakers and alternatives', () => {
    const d = parseGoldLine(
      line({
        layers: ['quotes'],
        quotes: [
          {
            start: 0,
            end: 4,
            direct: false,
            speaker: { name: 'Rina', mention: null, kind: 'person' },
            alsoAccept: ['R'],
          },
          { start: 5, end: 9, direct: true, speaker: null },
        ],
      }),
      'x',
    );
    expect(d.quotes).toEqual([
      {
        start: 0,
        end: 4,
        direct: false,
        speaker: { name: 'Rina', mention: null, kind: 'person' },
        alsoAccept: ['R'],
      },
      { start: 5, end: 9, direct: true, speaker: null, alsoAccept: [] },
    ]);
  });

  it.each([
    ['{"id": "g1",', '$', /not valid JSON/],
    ['[]', '$', /expected an object, got an array/],
    [line({ id: 7 }), '$.id', /expected a string, got 7/],
    [line({ text: null }), '$.text', /expected a string, got null/],
    [line({ lang: 'fr' }), '$.lang', /expected one of id, en, got "fr"/],
    [line({ dct: '04/03/2024' }), '$.dct', /YYYY-MM-DD/],
    [line({ layers: ['entities', 'events'] }), '$.layers[1]', /expected one of entities, quotes, dates/],
    [
      line({ entities: [{ type: 'misc', start: 0, end: 4 }] }),
      '$.entities[0].type',
      /person, place, organization/,
    ],
    [line({ entities: [{ type: 'person', start: 0.5, end: 4 }] }), '$.entities[0].start', /integer/],
    [line({ entities: [{ type: 'person', start: 4, end: 4 }] }), '$.entities[0]', /not a non-empty span/],
    [line({ entities: [{ type: 'person', start: 25, end: 99 }] }), '$.entities[0]', /31-character text/],
    [
      line({ entities: [{ type: 'person', start: 0, end: 4, text: 'Rin' }] }),
      '$.entities[0].text',
      /"Rin" is not the text at 0–4: "Rina"/,
    ],
    [line({ quotes: [{ start: 0, end: 4 }] }), '$.quotes[0].direct', /true or false/],
    [
      line({ quotes: [{ start: 0, end: 4, direct: true, speaker: { name: 'R', kind: 'alien' } }] }),
      '$.quotes[0].speaker.kind',
      /person, organization, role/,
    ],
    [line({ dates: [{ start: 25, end: 30, type: 'date' }] }), '$.dates[0].type', /DATE, TIME, DURATION, SET/],
    [line({ ignore: [{ start: 0 }] }), '$.ignore[0].end', /integer/],
    [line({ entities: {} }), '$.entities', /expected an array/],
  ])('refuses %s at %s', (text, path, message) => {
    const err = problem(text);
    expect(err.where).toBe('gold.jsonl:7');
    expect(err.path).toBe(path);
    expect(err.problem).toMatch(message);
    expect(err.message.startsWith(`gold.jsonl:7: ${path}: `)).toBe(true);
  });
});

describe('parseGold', () => {
  it('skips blank lines and a byte-order mark and numbers lines from 1', () => {
    const docs = parseGold(`\uFEFF${line({})}\n\n${line({ id: 'g2' })}\n`, 'f.jsonl');
    expect(docs.map((d) => d.id)).toEqual(['g1', 'g2']);
    expect(() => parseGold(`${line({})}\n\n{"id": 1}`, 'f.jsonl')).toThrow(/^f\.jsonl:3: /);
  });
});

describe('optionsFor', () => {
  const doc = (extra: Record<string, unknown>) => parseGoldLine(line(extra), 'x');
  it.each([
    [
      'entity-only documents get their language',
      { layers: ['entities'] },
      {},
      { lang: 'id', date: '2024-03-04' },
    ],
    ['other documents have it detected', { layers: ['entities', 'quotes'] }, {}, { date: '2024-03-04' }],
    [
      '--lang-hint gives it to every document',
      { layers: ['quotes'] },
      { langHint: true },
      { lang: 'id', date: '2024-03-04' },
    ],
    ['--no-date withholds the date', { layers: ['quotes'] }, { useDate: false }, {}],
    ['no dct, no date', { layers: ['quotes'], dct: null }, {}, {}],
    ['no lang, detected', { layers: ['entities'], lang: null }, {}, { date: '2024-03-04' }],
  ])('%s', (_name, extra, options, expected) => {
    expect(optionsFor(doc(extra), options)).toEqual({ id: 'g1', ...expected });
  });
  it('passes lexicons', () => {
    const lexicons = [{ ignore: ['x'] }];
    expect(optionsFor(doc({}), { lexicons }).lexicons).toBe(lexicons);
  });
});
