// `extract check --expected PATH INPUT...`: extract and compare in one step, --update to accept.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'extract-check-'));

// Articles written for these tests.
const ARTICLES: Record<string, string> = {
  'pasar.txt': 'MEDAN - Wakil Wali Kota Medan Arif Nugroho meresmikan pasar baru pada Rabu (8/5/2024).',
  'news/rugby.txt':
    'CARDIFF - The Welsh Rugby Union said on Monday that coach Owen Harries would stay until 2026.',
  'news/bank.txt':
    'OSLO - The central bank kept rates unchanged on Thursday, Governor Ida Berg told reporters.',
};

function corpus(): string {
  const dir = mkdtempSync(join(tmp, 'corpus-'));
  for (const [name, text] of Object.entries(ARTICLES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('extract check with a directory of expected files', () => {
  const dir = corpus();
  const expected = join(tmp, 'expected');

  it('fails (exit 1) before any expected file exists, naming the missing files', () => {
    const run = runCli(['check', '--expected', expected, dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${join(expected, 'news/rugby.json')} is missing`);
    expect(run.stderr).toMatch(/--update/);
  });

  it('--update writes one NAME.json per document, mirroring the input tree', () => {
    const run = runCli(['check', '--expected', expected, '--update', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 of 3 expected files updated');
    expect(readdirSync(expected).sort()).toEqual(['news', 'pasar.json']);
    expect(readdirSync(join(expected, 'news')).sort()).toEqual(['bank.json', 'rugby.json']);
    // the same bytes as `extract --format json FILE`
    const single = runCli(['--format', 'json', join(dir, 'pasar.txt')]);
    expect(readFileSync(join(expected, 'pasar.json'), 'utf8')).toBe(single.stdout);
  });

  it('passes (exit 0) when nothing changed, with any number of jobs', () => {
    for (const jobs of ['1', '2']) {
      const run = runCli(['check', '--expected', expected, '--jobs', jobs, dir]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('No differences: 3 documents compared.\n');
    }
  });

  it('fails (exit 1) naming the document and the change when an article changed', () => {
    const edited = mkdtempSync(join(tmp, 'edited-'));
    cpSync(dir, edited, { recursive: true });
    writeFileSync(join(edited, 'news/bank.txt'), ARTICLES['news/bank.txt']!.replace('Ida Berg', 'Ida Lund'));
    const run = runCli(['check', '--expected', expected, edited]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/~ .*news\/bank\.txt/);
    expect(run.stdout).toMatch(/Ida Lund/);
    expect(run.stdout).toContain('1 of 3 documents differ');
    const json = runCli(['check', '--format', 'json', '--expected', expected, edited]);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { summary: { changed: number } }).summary.changed).toBe(1);
  });

  it('ignores explanations, and reports a kind the run did not extract', () => {
    const run = runCli(['check', '--expected', expected, '--explain', dir]);
    expect(run.code).toBe(0); // explanations are not compared
    const only = runCli(['check', '--expected', expected, '--only', 'people', dir]);
    expect(only.code).toBe(1);
    expect(only.stdout).toMatch(/not extracted in this run|not extracted in NEW/);
  });
});

describe('extract check with one expected file', () => {
  const dir = corpus();

  it.each(['expected.jsonl', 'expected.json'])('round-trips through %s', (name) => {
    const path = join(tmp, name);
    expect(runCli(['check', '--expected', path, dir]).code).toBe(1);
    expect(existsSync(path)).toBe(false);
    const update = runCli(['check', '--expected', path, '--update', dir]);
    expect(update.code).toBe(0);
    expect(update.stdout).toBe(`updated ${path}\n`);
    expect(runCli(['check', '--expected', path, dir]).code).toBe(0);
    expect(runCli(['check', '--expected', path, '--update', dir]).stdout).toBe(`unchanged ${path}\n`);
    // the file is an ordinary extraction file: extract diff reads it too
    expect(runCli(['diff', path, path]).code).toBe(0);
  });

  it('reports a document missing from the run as removed', () => {
    const path = join(tmp, 'all.jsonl');
    runCli(['check', '--expected', path, '--update', dir]);
    const run = runCli(['check', '--expected', path, join(dir, 'pasar.txt'), join(dir, 'news')]);
    expect(run.code).toBe(0);
    const fewer = runCli(['check', '--expected', path, join(dir, 'news')]);
    expect(fewer.code).toBe(1);
    expect(fewer.stdout).toMatch(/^- .*pasar\.txt: only in expected/m);
  });

  it('names expected files after jsonl ids in a directory, made safe as file names', () => {
    const input = join(tmp, 'ids.jsonl');
    writeFileSync(
      input,
      [
        { id: 'news/rugby', text: ARTICLES['news/rugby.txt'] },
        { id: 'sport/rugby', text: ARTICLES['news/bank.txt'] },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const dir = join(tmp, 'by-id');
    expect(runCli(['check', '--input', 'jsonl', '--expected', dir, '--update', input]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['news_rugby.json', 'sport_rugby.json']);
    expect(runCli(['check', '--input', 'jsonl', '--expected', dir, input]).code).toBe(0);
  });

  it('checks jsonl inputs by id', () => {
    const input = join(tmp, 'corpus.jsonl');
    writeFileSync(
      input,
      Object.entries(ARTICLES)
        .map(([id, text]) => JSON.stringify({ id, text }))
        .join('\n'),
    );
    const path = join(tmp, 'from-jsonl.jsonl');
    expect(runCli(['check', '--input', 'jsonl', '--expected', path, '--update', input]).code).toBe(0);
    expect(runCli(['check', '--input', 'jsonl', '--expected', path, input]).code).toBe(0);
  });
});

describe('extract check errors', () => {
  it('exits 2 when an input cannot be read, after comparing the rest', () => {
    const dir = corpus();
    const path = join(tmp, 'err.jsonl');
    runCli(['check', '--expected', path, '--update', dir]);
    const run = runCli(['check', '--expected', path, dir, join(tmp, 'missing.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.txt: no such file/);
  });

  it('exits 2 on a malformed expected file', () => {
    const path = join(tmp, 'broken.jsonl');
    writeFileSync(path, '{not json\n');
    const run = runCli(['check', '--expected', path, corpus()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.jsonl: line 1: invalid JSON/);
  });

  it('requires --expected', () => {
    const run = runCli(['check', corpus()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--expected/);
  });
});
