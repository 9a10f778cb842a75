import { describe, expect, it } from 'vitest';
import { diffCollections, diffRecords, parseExtractions, renderDiff } from '../../src/diff/index.js';
import type { ExtractionRecord } from '../../src/diff/types.js';
import type { Result } from '../../src/types.js';

// A hand-made result for a made-up article:
// "SURABAYA - Gubernur Rina Hartati berkata pada Selasa bahwa jembatan baru dibuka, kata Rina."
function base(): Result {
  return {
    schema: 'extract/v1',
    id: 'doc-1',
    language: 'id',
    referenceDate: '2024-05-07',
    people: [
      {
        id: 'person-1',
        name: 'Rina Hartati',
        aliases: ['Rina'],
        titles: ['Gubernur'],
        mentions: [
          { start: 19, end: 31, text: 'Rina Hartati' },
          { start: 87, end: 91, text: 'Rina' },
        ],
      },
    ],
    places: [
      {
        id: 'place-1',
        name: 'Surabaya',
        aliases: ['SURABAYA'],
        country: 'ID',
        kind: 'city',
        mentions: [{ start: 0, end: 8, text: 'SURABAYA' }],
      },
    ],
    organizations: [],
    dates: [{ start: 44, end: 50, text: 'Selasa', type: 'DATE', value: '2024-05-07' }],
    quotes: [
      {
        start: 57,
        end: 80,
        text: 'jembatan baru dibuka',
        type: 'indirect',
        speaker: { name: 'Rina Hartati', entity: 'person-1' },
        cue: { start: 32, end: 38, text: 'berkata' },
      },
    ],
  };
}

const clone = (r: Result): Result => JSON.parse(JSON.stringify(r)) as Result;

/** The same result with every offset moved by `by` (as when a line is added above). */
function shifted(r: Result, by: number): Result {
  const out = clone(r);
  const move = (m: { start: number; end: number }) => {
    m.start += by;
    m.end += by;
  };
  for (const e of [...out.people!, ...out.places!, ...out.organizations!]) e.mentions.forEach(move);
  out.dates!.forEach(move);
  for (const q of out.quotes!) {
    move(q);
    if (q.cue) move(q.cue);
  }
  return out;
}

describe('diffRecords: what counts as a change', () => {
  it('finds nothing between a result and its copy', () => {
    expect(diffRecords(base(), clone(base()))).toEqual([]);
  });

  it('ignores a pure offset shift, and reports it with offsets', () => {
    expect(diffRecords(base(), shifted(base(), 12))).toEqual([]);
    const changes = diffRecords(base(), shifted(base(), 12), { offsets: true });
    expect(changes.map((c) => c.section)).toEqual(['people', 'places', 'dates', 'quotes']);
    const date = changes.find((c) => c.section === 'dates')!;
    expect(date.fields).toEqual([{ field: 'offsets', old: '44-50', new: '56-62' }]);
  });

  it('ignores renumbered entity ids behind a speaker', () => {
    const b = clone(base());
    b.people![0]!.id = 'person-7';
    b.quotes![0]!.speaker!.entity = 'person-7';
    expect(diffRecords(base(), b)).toEqual([]);
  });

  type Want = { section: string; op: string; label: string; field?: string; count?: number };
  type Case = [string, (r: Result) => void, Want];
  const cases: Case[] = [
    [
      'a person added',
      (r) =>
        r.people!.push({
          id: 'person-2',
          name: 'Bayu Saputra',
          aliases: [],
          titles: [],
          mentions: [{ start: 95, end: 107, text: 'Bayu Saputra' }],
        }),
      { section: 'people', op: 'added', label: 'Bayu Saputra' },
    ],
    [
      'a person removed (and so the entity behind the speaker)',
      (r) => {
        r.people!.pop();
        r.quotes![0]!.speaker!.entity = null;
      },
      { section: 'people', op: 'removed', label: 'Rina Hartati', count: 2 },
    ],
    [
      'a title changed',
      (r) => {
        r.people![0]!.titles = ['Wali Kota'];
      },
      { section: 'people', op: 'changed', label: 'Rina Hartati', field: 'titles' },
    ],
    [
      'an alias added',
      (r) => r.people![0]!.aliases.push('Bu Rina'),
      { section: 'people', op: 'changed', label: 'Rina Hartati', field: 'aliases' },
    ],
    [
      'a mention lost',
      (r) => r.people![0]!.mentions.pop(),
      { section: 'people', op: 'changed', label: 'Rina Hartati', field: 'mentions' },
    ],
    [
      'a place in another country',
      (r) => {
        r.places![0]!.country = 'MY';
      },
      { section: 'places', op: 'changed', label: 'Surabaya', field: 'country' },
    ],
    [
      'an organization added',
      (r) =>
        r.organizations!.push({
          id: 'org-1',
          name: 'Dinas Perhubungan',
          aliases: [],
          mentions: [{ start: 100, end: 117, text: 'Dinas Perhubungan' }],
        }),
      { section: 'organizations', op: 'added', label: 'Dinas Perhubungan' },
    ],
    [
      'a date value changed',
      (r) => {
        r.dates![0]!.value = '2024-05-14';
      },
      { section: 'dates', op: 'changed', label: 'Selasa', field: 'value' },
    ],
    ['a date lost', (r) => r.dates!.pop(), { section: 'dates', op: 'removed', label: 'Selasa' }],
    [
      'a quote speaker lost',
      (r) => {
        r.quotes![0]!.speaker = null;
      },
      { section: 'quotes', op: 'changed', label: 'jembatan baru dibuka', field: 'speaker' },
    ],
    [
      'a quote type changed',
      (r) => {
        r.quotes![0]!.type = 'direct';
      },
      { section: 'quotes', op: 'changed', label: 'jembatan baru dibuka', field: 'type' },
    ],
    [
      'the reference date changed',
      (r) => {
        r.referenceDate = null;
      },
      { section: 'document', op: 'changed', label: 'referenceDate', field: 'referenceDate' },
    ],
  ];

  it.each(cases)('reports %s', (_name, edit, want) => {
    const b = clone(base());
    edit(b);
    const changes = diffRecords(base(), b);
    expect(changes).toHaveLength(want.count ?? 1);
    const [c] = changes;
    expect({ section: c!.section, op: c!.op, label: c!.label }).toEqual({
      section: want.section,
      op: want.op,
      label: want.label,
    });
    if (want.field) expect(c!.fields!.map((f) => f.field)).toContain(want.field);
  });

  it('pairs a person whose name became the full name through the alias', () => {
    const a = clone(base());
    a.people![0]!.name = 'Rina';
    a.people![0]!.aliases = [];
    a.quotes![0]!.speaker!.name = 'Rina';
    const changes = diffRecords(a, base());
    expect(changes).toEqual([
      {
        section: 'people',
        op: 'changed',
        label: 'Rina Hartati',
        fields: [
          { field: 'name', old: 'Rina', new: 'Rina Hartati' },
          { field: 'aliases', added: ['Rina'], removed: [] },
        ],
      },
      {
        section: 'quotes',
        op: 'changed',
        label: 'jembatan baru dibuka',
        fields: [
          { field: 'speaker', old: 'Rina', new: 'Rina Hartati' },
          { field: 'entity', old: 'Rina', new: 'Rina Hartati' },
        ],
      },
    ]);
  });

  it('pairs a quote that grew by a word', () => {
    const b = clone(base());
    b.quotes![0]!.text = 'jembatan baru dibuka hari ini';
    b.quotes![0]!.end = 89;
    const [c] = diffRecords(base(), b);
    expect(c!.op).toBe('changed');
    expect(c!.fields![0]).toEqual({
      field: 'text',
      old: 'jembatan baru dibuka',
      new: 'jembatan baru dibuka hari ini',
    });
  });

  it('reports an error record against a result as one document change', () => {
    const failed: ExtractionRecord = { id: 'doc-1', error: 'no such file' };
    expect(diffRecords(failed, base())).toEqual([
      {
        section: 'document',
        op: 'changed',
        label: 'error',
        fields: [{ field: 'error', old: 'no such file', new: null }],
      },
    ]);
    expect(diffRecords(failed, { id: 'doc-1', error: 'no such file' })).toEqual([]);
  });

  it('reports a kind extracted on one side only once, not item by item', () => {
    const b = clone(base());
    delete b.people;
    const changes = diffRecords(base(), b).filter((c) => c.section === 'people');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ section: 'people', op: 'removed', item: { count: 1 } });
  });
});

describe('diffCollections: documents matched by id', () => {
  const other = (): Result => ({ ...clone(base()), id: 'doc-2' });

  it('is equal for the same documents in another order', () => {
    const d = diffCollections([base(), other()], [other(), base()]);
    expect(d.equal).toBe(true);
    expect(d.summary).toEqual({ old: 2, new: 2, added: 0, removed: 0, changed: 0, unchanged: 2 });
  });

  it('names added, removed and changed documents', () => {
    const changed = other();
    changed.dates = [];
    const third = { ...clone(base()), id: 'doc-3' };
    const d = diffCollections([base(), other()], [changed, third]);
    expect(d.equal).toBe(false);
    expect(d.documents.map((x) => [x.id, x.status])).toEqual([
      ['doc-2', 'changed'],
      ['doc-3', 'added'],
      ['doc-1', 'removed'],
    ]);
    expect(d.summary).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 0 });
  });

  it('keys records without id by position and repeated ids by occurrence', () => {
    const anon = { ...clone(base()), id: null };
    const d = diffCollections([anon, base(), base()], [anon, base()]);
    expect(d.documents).toEqual([
      { id: 'doc-1 (2)', status: 'removed', changes: [], summary: expect.any(Object) },
    ]);
  });
});

describe('parseExtractions', () => {
  const r = base();
  it.each([
    ['one pretty object', JSON.stringify(r, null, 2)],
    ['a JSON array', JSON.stringify([r, { id: 'x', error: 'boom' }], null, 2)],
    ['JSON Lines', `${JSON.stringify(r)}\n${JSON.stringify({ id: 'x', error: 'boom' })}\n`],
    ['JSON Lines with a BOM and blank lines', `\uFEFF${JSON.stringify(r)}\n\n`],
  ])('reads %s', (_name, text) => {
    const records = parseExtractions(text);
    expect(records[0]).toEqual(r);
  });

  it.each([
    ['a broken line, by number', `${JSON.stringify(r)}\n{"id": \n`, /line 2: invalid JSON/],
    ['a record that is no extraction', '{"id":"a","text":"hello"}\n', /not an extraction result/],
    ['an array of numbers', '[1,2]', /item 1/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseExtractions(text)).toThrow(message);
  });

  it('reads an empty file as no documents', () => {
    expect(parseExtractions('')).toEqual([]);
  });
});

describe('renderDiff', () => {
  const b = clone(base());
  b.dates![0]!.value = '2024-05-14';
  const diff = diffCollections([base()], [b]);

  it('names the document and the change, plain without colour', () => {
    const text = renderDiff(diff, { color: false });
    expect(text).toContain('~ doc-1');
    expect(text).toMatch(/dates\n\s+~ "Selasa": value 2024-05-07 → 2024-05-14/);
    expect(text).toContain('1 of 1 document differ: 1 changed, 0 added, 0 removed (0 unchanged).');
    expect(text).not.toMatch(/\x1b\[/);
  });

  it('colours when asked', () => {
    expect(renderDiff(diff, { color: true })).toMatch(/\x1b\[\d+m/);
  });

  it('says so when nothing differs', () => {
    expect(renderDiff(diffCollections([base()], [base()]), { color: false })).toBe(
      'No differences: 1 document compared.\n',
    );
  });
});
