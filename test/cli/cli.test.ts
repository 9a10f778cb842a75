import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectValidRecord } from '../helpers/schema.js';

const ID_TEXT =
  'JAKARTA - Menteri Keuangan Sri Mulyani Indrawati mengatakan inflasi terkendali pada Senin (4/3/2024).';
const EN_TEXT =
  'LONDON - The Bank of England said on Thursday that inflation was falling, Governor Andrew Bailey told reporters.';

const tmp = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const idFile = join(tmp, 'id.txt');
writeFileSync(idFile, ID_TEXT);
const emptyFile = join(tmp, 'empty.txt');
writeFileSync(emptyFile, '');
const bomFile = join(tmp, 'bom.txt');
writeFileSync(bomFile, `\uFEFF${ID_TEXT}`);

const lines = (s: string): string[] => s.split('\n').filter(Boolean);

describe('extract --help and usage errors', () => {
  it('lists every flag with examples and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--format',
      '--json',
      '--input',
      '--lang',
      '--date',
      '--only',
      '--explain',
      '--no-color',
    ]) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit codes');
  });

  it.each([
    [['--format', 'xml'], /format.*xml/],
    [['--lang', 'fr'], /lang.*fr/],
    [['--date', '19/09/2023'], /YYYY-MM-DD/],
    [['--date', '2023-02-30'], /2023-02-30|YYYY-MM-DD/],
    [['--only', 'people,cities'], /cities/],
    [['--bogus'], /unknown option/],
  ])('%j is a usage error (exit 2, one line on stderr)', (args, message) => {
    const run = runCli([...args, idFile]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^extract: /);
    expect(run.stderr).toMatch(message);
  });
});

describe('text inputs', () => {
  it('reads stdin when no file is given, with id "-"', () => {
    const run = runCli(['--json'], { input: ID_TEXT });
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    expectValidRecord(r, ID_TEXT);
    expect(r.id).toBe('-');
    expect(r.language).toBe('id');
  });

  it('reads "-" as stdin among files, in argument order', () => {
    const run = runCli(['--format', 'jsonl', idFile, '-'], { input: EN_TEXT });
    expect(run.code).toBe(0);
    const out = lines(run.stdout).map((l) => JSON.parse(l));
    expect(out.map((r) => r.id)).toEqual([idFile, '-']);
    expect(out.map((r) => r.language)).toEqual(['id', 'en']);
  });

  it('prints an array for several inputs with --json, an object for one', () => {
    const one = JSON.parse(runCli(['--json', idFile]).stdout);
    expect(Array.isArray(one)).toBe(false);
    const two = JSON.parse(runCli(['--json', idFile, emptyFile]).stdout);
    expect(Array.isArray(two)).toBe(true);
    expect(two.map((r: { id: string }) => r.id)).toEqual([idFile, emptyFile]);
  });

  it('keeps the other results when one file is missing, and exits 1', () => {
    const missing = join(tmp, 'missing.txt');
    const run = runCli(['--json', missing, idFile]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`extract: ${missing}: no such file\n`);
    const out = JSON.parse(run.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ id: missing, error: 'no such file' });
    expectValidRecord(out[0]);
    expectValidRecord(out[1], ID_TEXT);
  });

  it('reads the *.txt files of a directory given as an argument (see batch.test.ts)', () => {
    const run = runCli(['--format', 'jsonl', tmp]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l).id)).toContain(idFile);
  });

  it('gives an empty file a valid empty result', () => {
    const run = runCli(['--json', emptyFile]);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    expectValidRecord(r, '');
    expect(r.people).toEqual([]);
    expect(r.quotes).toEqual([]);
  });

  it('drops a leading byte-order mark, so offsets index the text as read', () => {
    const withBom = JSON.parse(runCli(['--json', bomFile]).stdout);
    const without = JSON.parse(runCli(['--json', idFile]).stdout);
    expectValidRecord(withBom, ID_TEXT);
    expect({ ...withBom, id: null }).toEqual({ ...without, id: null });
  });
});

describe('options', () => {
  it('--only keeps just the kinds asked for', () => {
    const r = JSON.parse(runCli(['--json', '--only', 'dates,people', idFile]).stdout);
    expect(Object.keys(r)).toEqual(['schema', 'id', 'language', 'referenceDate', 'people', 'dates']);
    expectValidRecord(r, ID_TEXT);
  });

  it('--lang forces the language and --date sets the reference date', () => {
    const r = JSON.parse(runCli(['--json', '--lang', 'en', '--date', '2024-03-05', idFile]).stdout);
    expect(r.language).toBe('en');
    expect(r.referenceDate).toBe('2024-03-05');
  });

  it('--explain attaches rules; without it there are none', () => {
    const plain = runCli(['--json', idFile]).stdout;
    expect(plain).not.toContain('"explain"');
    const explained = JSON.parse(runCli(['--json', '--explain', idFile]).stdout);
    expectValidRecord(explained, ID_TEXT);
  });

  it('is deterministic: same input, same bytes', () => {
    const a = runCli(['--format', 'jsonl', idFile, '-'], { input: EN_TEXT });
    const b = runCli(['--format', 'jsonl', idFile, '-'], { input: EN_TEXT });
    expect(a.stdout).toBe(b.stdout);
  });

  it('prints plain tables when stdout is not a terminal, even without NO_COLOR', () => {
    const run = runCli([idFile], { env: { NO_COLOR: '' } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toContain('People');
    expect(run.stdout).toContain('Quotes');
  });
});

describe('--input jsonl', () => {
  const good = (id: string, text: string, extra: object = {}): string =>
    JSON.stringify({ id, text, ...extra });

  it('gives every record its id, in input order', () => {
    const input = [good('a', ID_TEXT), good('b', EN_TEXT, { lang: 'en', date: '2024-03-07' })].join('\n');
    const run = runCli(['--input', 'jsonl', '--format', 'jsonl'], { input });
    expect(run.code).toBe(0);
    const out = lines(run.stdout).map((l) => JSON.parse(l));
    expect(out.map((r) => r.id)).toEqual(['a', 'b']);
    expect(out[1].referenceDate).toBe('2024-03-07');
    expectValidRecord(out[0], ID_TEXT);
    expectValidRecord(out[1], EN_TEXT);
  });

  it('turns malformed lines into error records and keeps going, exit 1', () => {
    const input = [
      good('a', ID_TEXT),
      '{"id": "b", "text": 5}',
      'not json at all',
      good('d', EN_TEXT, { lang: 'fr' }),
      good('e', EN_TEXT, { date: '2024-02-31' }),
      '',
      good('f', EN_TEXT),
    ].join('\n');
    const run = runCli(['--input', 'jsonl', '--format', 'jsonl'], { input });
    expect(run.code).toBe(1);
    const out = lines(run.stdout).map((l) => JSON.parse(l));
    expect(out.map((r) => r.id)).toEqual(['a', 'b', null, 'd', 'e', 'f']);
    expect(out[1].error).toMatch(/"text" must be a string/);
    expect(out[2].error).toMatch(/invalid JSON/);
    expect(out[3].error).toMatch(/"lang"/);
    expect(out[4].error).toMatch(/"date"/);
    for (const r of out) expectValidRecord(r);
    const err = lines(run.stderr);
    expect(err).toHaveLength(4);
    expect(err[0]).toMatch(/^extract: stdin:2: /);
    expect(err[1]).toMatch(/^extract: stdin:3: /);
  });

  it('prints a json array for jsonl input with --json', () => {
    const run = runCli(['--input', 'jsonl', '--json'], { input: good('a', ID_TEXT) });
    const out = JSON.parse(run.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].id).toBe('a');
  });
});
