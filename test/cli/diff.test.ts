// `extract diff OLD NEW` as a user runs it: exit codes, the readable listing, --format json.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'extract-diff-'));

// Articles written for these tests.
const DOCS = [
  {
    id: 'pasar',
    text: 'MEDAN - Wakil Wali Kota Medan Arif Nugroho meresmikan pasar baru pada Rabu (8/5/2024).',
  },
  {
    id: 'rugby',
    text: 'CARDIFF - The Welsh Rugby Union said on Monday that coach Owen Harries would stay until 2026.',
  },
  {
    id: 'bank',
    text: 'OSLO - The central bank kept rates unchanged on Thursday, Governor Ida Berg told reporters.',
  },
];

function extractTo(name: string, docs: { id: string; text: string }[], format = 'jsonl'): string {
  const input = docs.map((d) => JSON.stringify(d)).join('\n');
  const run = runCli(['--input', 'jsonl', '--format', format, '--jobs', '1'], { input });
  expect(run.code).toBe(0);
  const path = join(tmp, name);
  writeFileSync(path, run.stdout);
  return path;
}

const old = extractTo('old.jsonl', DOCS);
const again = extractTo('again.jsonl', DOCS);
const asJson = extractTo('again.json', DOCS, 'json');
const changedDocs = DOCS.map((d) =>
  d.id === 'rugby' ? { ...d, text: d.text.replace('on Monday', 'on Tuesday in Swansea') } : d,
);
const changed = extractTo('changed.jsonl', changedDocs);
const shifted = extractTo(
  'shifted.jsonl',
  DOCS.map((d) => ({ ...d, text: `\n\n${d.text}` })),
);

describe('extract diff', () => {
  it('exits 0 and says so when two runs over the same corpus agree (jsonl against json)', () => {
    for (const other of [again, asJson]) {
      const run = runCli(['diff', old, other]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('No differences: 3 documents compared.\n');
      expect(run.stderr).toBe('');
    }
  });

  it('exits 1 naming the document and the change when one article changed', () => {
    const run = runCli(['diff', old, changed]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^~ rugby\n/);
    expect(run.stdout).not.toMatch(/pasar|bank/);
    expect(run.stdout).toMatch(/dates\n(.*\n)*\s+[+-~] "(Monday|Tuesday)"/);
    expect(run.stdout).toContain('Swansea');
    expect(run.stdout).toContain('1 of 3 documents differ: 1 changed, 0 added, 0 removed (2 unchanged).');
    expect(run.stdout).not.toMatch(/\x1b\[/); // not a terminal: plain
  });

  it('colours the listing when FORCE_COLOR asks, unless NO_COLOR or --no-color', () => {
    const forced = runCli(['diff', old, changed], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\x1b\[\d+m~\x1b\[\d+m/);
    const off = runCli(['diff', '--no-color', old, changed], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(off.stdout).not.toMatch(/\x1b\[/);
    const no = runCli(['diff', old, changed], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(no.stdout).not.toMatch(/\x1b\[/);
  });

  it('ignores offsets that only moved, unless --offsets', () => {
    expect(runCli(['diff', old, shifted]).code).toBe(0);
    const run = runCli(['diff', '--offsets', old, shifted]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/offsets \d+-\d+ → \d+-\d+/);
  });

  it('reports documents only on one side', () => {
    const fewer = extractTo('fewer.jsonl', DOCS.slice(0, 2));
    const run = runCli(['diff', old, fewer]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`^- bank: only in ${old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'),
    );
  });

  it('writes the diff as JSON for machines', () => {
    const run = runCli(['diff', '--format', 'json', old, changed]);
    expect(run.code).toBe(1);
    const diff = JSON.parse(run.stdout) as {
      equal: boolean;
      summary: { changed: number };
      documents: { id: string; status: string; changes: { section: string }[] }[];
    };
    expect(diff.equal).toBe(false);
    expect(diff.summary.changed).toBe(1);
    expect(diff.documents.map((d) => [d.id, d.status])).toEqual([['rugby', 'changed']]);
    expect(diff.documents[0]!.changes.map((c) => c.section)).toContain('dates');
  });

  it('reads one side from stdin', () => {
    const run = runCli(['diff', old, '-'], { input: readFileSync(again, 'utf8') });
    expect(run.code).toBe(0);
  });

  it.each([
    ['a missing file', () => [old, join(tmp, 'missing.jsonl')], /missing\.jsonl: no such file/],
    [
      'a malformed file',
      () => {
        const bad = join(tmp, 'bad.jsonl');
        writeFileSync(bad, '{"schema":"extract/v1","language":"id","id":"a"}\n{oops\n');
        return [old, bad];
      },
      /bad\.jsonl: line 2: invalid JSON/,
    ],
    [
      'an input file instead of results',
      () => {
        const input = join(tmp, 'input.jsonl');
        writeFileSync(input, `${JSON.stringify(DOCS[0])}\n`);
        return [old, input];
      },
      /not an extraction result/,
    ],
  ])('exits 2 on %s', (_name, files, message) => {
    const run = runCli(['diff', ...files()]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['diff', old]).code).toBe(2);
    expect(runCli(['diff', '--format', 'xml', old, again]).code).toBe(2);
  });

  it('documents itself', () => {
    const run = runCli(['diff', '--help']);
    expect(run.code).toBe(0);
    for (const s of ['--offsets', '--format', 'Exit codes']) expect(run.stdout).toContain(s);
  });
});
