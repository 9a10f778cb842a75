import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/gold.js';
import { evaluate } from '../../src/eval/run.js';
import { summarize } from '../../src/eval/score.js';
import { ROOT, runCli } from '../helpers/cli.js';

const MINI = join(ROOT, 'test', 'eval', 'fixtures', 'mini.gold.jsonl');
const tmp = mkdtempSync(join(tmpdir(), 'extract-eval-'));
const write = (name: string, content: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const lines = readFileSync(MINI, 'utf8').trim().split('\n');
const badOffsets = write(
  'bad-offsets.jsonl',
  `${lines[0]}\n${lines[1]!.replace('"start":6,', '"start":7,')}\n`,
);
const badJson = write('bad-json.jsonl', `${lines[0]}\n{"id": "x",\n`);
const ignoreRiverton = write('ignore.json', JSON.stringify({ ignore: ['Riverton'] }));
const addHooks = write('hooks.json', JSON.stringify({ people: [{ name: 'bell hooks' }] }));

describe('extract eval', () => {
  it('prints a table per file with precision, recall and F1', () => {
    const res = runCli(['eval', MINI]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^mini\.gold: 3 documents\n/);
    for (const row of ['person', 'entities (micro)', 'quotes (any)', 'dates value', 'speaker accuracy']) {
      expect(res.stdout).toContain(row);
    }
    expect(res.stdout).not.toContain('total');
  });

  it('--format json gives the same figures as the scorer run in-process', () => {
    const res = runCli(['eval', '--format', 'json', '--no-config', MINI]);
    expect(res.code).toBe(0);
    const report = JSON.parse(res.stdout);
    const expected = summarize(evaluate(parseGold(readFileSync(MINI, 'utf8'), MINI)));
    expect(report.files['mini.gold']).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(report.total).toEqual(report.files['mini.gold']);
  });

  it('adds up several files into a total', () => {
    const res = runCli(['eval', '--format', 'json', MINI, badOffsets.replace('bad-offsets', 'missing')]);
    expect(res.code).toBe(2);
    const two = write('copy.jsonl', readFileSync(MINI, 'utf8'));
    const report = JSON.parse(runCli(['eval', '--format', 'json', MINI, two]).stdout);
    expect(Object.keys(report.files)).toEqual(['mini.gold', 'copy']);
    expect(report.total.docs).toBe(6);
    expect(report.total.entities.micro.gold).toBe(2 * report.files.copy.entities.micro.gold);
  });

  it('names files by their path when two share a name', () => {
    const other = join(tmp, 'mini.gold.jsonl');
    writeFileSync(other, readFileSync(MINI, 'utf8'));
    const report = JSON.parse(runCli(['eval', '--format', 'json', MINI, other]).stdout);
    expect(Object.keys(report.files)).toEqual([MINI, other]);
  });

  it('--limit scores the first documents only', () => {
    const report = JSON.parse(runCli(['eval', '--format', 'json', '--limit', '1', MINI]).stdout);
    expect(report.total.docs).toBe(1);
  });

  it('--fail-under exits 1 when an F1 is below it, 0 otherwise', () => {
    const low = runCli(['eval', '--fail-under', '0', MINI]);
    expect(low.code).toBe(0);
    // the mini gold holds a person written in lower case ("bell hooks"), which no rule finds
    const high = runCli(['eval', '--fail-under', '1', MINI]);
    expect(high.code).toBe(1);
    expect(high.stderr).toMatch(/^extract eval: below --fail-under 1: entities micro F1 0\.\d{3}/);
    expect(high.stdout).toContain('mini.gold');
  });

  it('passes lexicons to the extractor', () => {
    const plain = JSON.parse(runCli(['eval', '--format', 'json', '--no-config', MINI]).stdout);
    const withLex = JSON.parse(
      runCli(['eval', '--format', 'json', '--no-config', '--lexicon', ignoreRiverton, MINI]).stdout,
    );
    expect(withLex.total.entities.place.sys).toBe(plain.total.entities.place.sys - 1);
    const hooks = JSON.parse(
      runCli(['eval', '--format', 'json', '--no-config', '--lexicon', addHooks, MINI]).stdout,
    );
    expect(hooks.total.entities.person.tp).toBe(plain.total.entities.person.tp + 1);
  });

  it.each([
    [
      [badOffsets],
      /^extract eval: .*bad-offsets\.jsonl:2: \$\.entities\[0\]\.text: "Daniel Okafor" is not the text at 7–19/,
    ],
    [[badJson], /^extract eval: .*bad-json\.jsonl:2: \$: not valid JSON/],
    [[join(tmp, 'absent.jsonl')], /^extract eval: .*absent\.jsonl: no such file/],
    [['--fail-under', '80', MINI], /fail-under.*between 0 and 1/],
    [['--format', 'xml', MINI], /format.*xml/],
    [[], /missing required argument/],
  ])('refuses %j with exit 2', (args, message) => {
    const res = runCli(['eval', ...args]);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(message);
  });

  it('documents itself in --help', () => {
    const res = runCli(['eval', '--help']);
    expect(res.code).toBe(0);
    for (const flag of [
      '--format',
      '--fail-under',
      '--lang-hint',
      '--no-date',
      '--limit',
      '--lexicon',
      '--config',
    ]) {
      expect(res.stdout).toContain(flag);
    }
  });
});
