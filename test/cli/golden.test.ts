// Golden runs of the CLI over our own fixture articles. The expected outputs are checked in
// under fixtures/expected/; after a deliberate change, regenerate and review them with
//   UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts && git diff fixtures/expected
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { expectValidRecord } from '../helpers/schema.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FIXTURES = join(ROOT, 'fixtures');
const EXPECTED = join(FIXTURES, 'expected');
const articles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function golden(name: string, actual: string): void {
  const path = join(EXPECTED, name);
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!UPDATE) throw new Error(`wrote missing golden file ${name}: review it and run again`);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden CLI output over fixtures/', () => {
  it('has fixtures in both languages', () => {
    expect(articles.some((a) => a.startsWith('id-'))).toBe(true);
    expect(articles.some((a) => a.startsWith('en-'))).toBe(true);
  });

  for (const article of articles) {
    const base = article.replace(/\.txt$/, '');
    it(`${article} → json`, () => {
      const run = runCli(['--format', 'json', '--explain', `fixtures/${article}`]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const record = JSON.parse(run.stdout) as { language: string; id: string };
      expectValidRecord(record, readFileSync(join(FIXTURES, article), 'utf8'));
      expect(record.id).toBe(`fixtures/${article}`);
      expect(record.language).toBe(base.slice(0, 2));
      golden(`${base}.json`, run.stdout);
    });

    it(`${article} → table`, () => {
      const run = runCli(['--no-color', `fixtures/${article}`]);
      expect(run.code).toBe(0);
      golden(`${base}.table.txt`, run.stdout);
    });
  }
});
