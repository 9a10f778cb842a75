import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extract, KINDS, SCHEMA } from '../src/index.js';
import { ROOT } from './helpers/cli.js';
import { expectValidRecord } from './helpers/schema.js';

describe('extract() — the library', () => {
  it('returns a contract v1 result with every kind by default', () => {
    const r = extract('Presiden Joko Widodo tiba di Surabaya.', { id: 'x', date: '2024-01-02' });
    expect(r.schema).toBe(SCHEMA);
    expect(r.id).toBe('x');
    expect(r.referenceDate).toBe('2024-01-02');
    for (const k of KINDS) expect(Array.isArray(r[k])).toBe(true);
    expectValidRecord(r, 'Presiden Joko Widodo tiba di Surabaya.');
  });

  it('refuses an impossible reference date', () => {
    expect(() => extract('teks', { date: '2023-02-29' })).toThrow(/YYYY-MM-DD/);
    expect(() => extract('teks', { date: 'yesterday' })).toThrow(/YYYY-MM-DD/);
  });

  it('refuses what is not a string', () => {
    expect(() => extract(42 as unknown as string)).toThrow(TypeError);
  });

  it('leaves out kinds not asked for', () => {
    const r = extract('The minister spoke in London.', { only: ['places'] });
    expect(Object.keys(r)).toEqual(['schema', 'id', 'language', 'referenceDate', 'places']);
  });

  it('is importable by package name from the build', () => {
    const res = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        'import { extract } from "extract"; console.log(extract("Hello there, said the man.").schema)',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(res.stderr).toBe('');
    expect(res.stdout.trim()).toBe('extract/v1');
  });
});
