// The bundled CLI (dist/bundle/cli.cjs and core.cjs with their code caches, what bin/extract.js runs) and the CLI's
// modules (what the library and the other tests use) must give the same bytes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCli } from '../../src/cli/launch.js';
import { ROOT, runCli } from '../helpers/cli.js';

/** The CLI run from dist/cli/main.js, unbundled, in a real process. */
function runModules(args: string[]): string {
  const res = spawnSync(process.execPath, [join(ROOT, 'test', 'helpers', 'modules-cli.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(res.status).toBe(0);
  return res.stdout;
}

describe('the bundled CLI', () => {
  it('is what the build made', () => {
    for (const file of ['cli.cjs', 'cli.cjs.cache', 'core.cjs', 'core.cjs.cache'])
      expect(existsSync(join(ROOT, 'dist', 'bundle', file))).toBe(true);
  });
  const fixtures = [
    'id-banjir-bandang.txt',
    'id-sidang-korupsi.txt',
    'en-sanctions.txt',
    'en-court-ruling.txt',
  ];
  it.each([
    ['--json', '--explain'],
    ['--format', 'jsonl'],
    ['--format', 'table'],
  ])('gives the same bytes as the modules (%s %s) on Indonesian and English fixtures', (...flags) => {
    const args = [...flags, ...fixtures.map((f) => join('fixtures', f))];
    const bundled = runCli(args);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toBe(runModules(args));
  });
});

describe('loadCli without a bundle (run from the TypeScript sources)', () => {
  it('falls back to the modules', async () => {
    const cli = await loadCli();
    expect(typeof cli.main).toBe('function');
    expect(typeof cli.processIO).toBe('function');
  });
});
