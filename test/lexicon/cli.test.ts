import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/types.js';

const BIN = fileURLToPath(new URL('../../bin/extract.js', import.meta.url));

function run(args: string[], cwd: string, input = ''): { code: number; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

const TEXT = 'Esai bell hooks dibahas warga Kampung Ujung Jaya di Bandung pada Senin.';
const dir = mkdtempSync(join(tmpdir(), 'extract-lexicon-cli-'));
const project = join(dir, 'project');
const deep = join(project, 'articles');
mkdirSync(deep, { recursive: true });
writeFileSync(join(deep, 'a.txt'), TEXT);
writeFileSync(join(project, 'people.json'), JSON.stringify({ people: [{ name: 'bell hooks' }] }));
writeFileSync(
  join(project, 'extract.config.json'),
  JSON.stringify({
    lexicons: ['people.json'],
    lexicon: { places: [{ name: 'Kampung Ujung Jaya', country: 'ID' }] },
  }),
);
writeFileSync(join(dir, 'ignore.json'), JSON.stringify({ ignore: ['Bandung'] }));
writeFileSync(join(dir, 'as-org.json'), JSON.stringify({ organizations: [{ name: 'bell hooks' }] }));
writeFileSync(join(dir, 'bad.json'), JSON.stringify({ people: [{ name: 'A' }, { name: 42 }] }));
writeFileSync(join(dir, 'broken.json'), '{"ignore": ["x"');

const parse = (stdout: string): Result => JSON.parse(stdout) as Result;
const names = (r: Result): string[] =>
  [...(r.people ?? []), ...(r.places ?? []), ...(r.organizations ?? [])].map((e) => e.name);

describe('--lexicon and the config file', () => {
  it('finds extract.config.json above the working directory and applies its lexicons', () => {
    const res = run(['--json', '--lang', 'id', 'a.txt'], deep);
    expect(res.stderr).toBe('');
    const r = parse(res.stdout);
    expect(r.people!.map((p) => p.name)).toContain('bell hooks');
    expect(r.places!.find((p) => p.name === 'Kampung Ujung Jaya')).toMatchObject({ country: 'ID' });
  });

  it('--no-config leaves the config out', () => {
    const r = parse(run(['--json', '--lang', 'id', '--no-config', 'a.txt'], deep).stdout);
    expect(names(r)).not.toContain('bell hooks');
  });

  it('--config FILE reads that file instead of looking one up', () => {
    const r = parse(
      run(['--json', '--lang', 'id', '--config', join(project, 'extract.config.json'), '-'], dir, TEXT)
        .stdout,
    );
    expect(names(r)).toContain('bell hooks');
  });

  it('applies repeated --lexicon files in order, later ones winning', () => {
    const args = ['--json', '--lang', 'id', '--no-config', '--lexicon', join(project, 'people.json')];
    const r = parse(
      run([...args, '--lexicon', 'ignore.json', '--lexicon', 'as-org.json', '-'], dir, TEXT).stdout,
    );
    expect(names(r)).not.toContain('Bandung');
    expect(r.organizations!.map((o) => o.name)).toContain('bell hooks');
    expect(r.people!.map((p) => p.name)).not.toContain('bell hooks');
  });

  it('works with jsonl input and output too', () => {
    const line = JSON.stringify({ id: 'x', text: TEXT, lang: 'id' });
    const res = run(
      ['--input', 'jsonl', '--format', 'jsonl', '--no-config', '--lexicon', 'ignore.json'],
      dir,
      `${line}\n${line}\n`,
    );
    expect(res.code).toBe(0);
    const out = res.stdout.trim().split('\n').map(parse);
    expect(out).toHaveLength(2);
    for (const r of out) expect(names(r)).not.toContain('Bandung');
  });

  it.each([
    [['--lexicon', 'bad.json'], 'extract: bad.json: $.people[1].name: expected a string, got 42\n'],
    [['--lexicon', 'missing.json'], 'extract: missing.json: $: cannot read: no such file\n'],
    [
      ['--lexicon', 'broken.json'],
      'extract: broken.json: $: not valid JSON at line 1, column 16 (unexpected end)\n',
    ],
    [['--config', 'nope.json'], 'extract: nope.json: $: cannot read: no such file\n'],
  ])('refuses %j before reading any input (exit 2)', (args, message) => {
    const res = run(['--no-config', ...args, '-'], dir, TEXT);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(message);
  });
});

describe('--format html', () => {
  it('writes one self-contained page', () => {
    const res = run(['--format', 'html', '--lang', 'id', 'a.txt'], deep);
    expect(res.code).toBe(0);
    expect(res.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(res.stdout).toContain('<mark class="e person" data-ref="person-1"');
    expect(res.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('puts several articles and failed inputs on one page', () => {
    const res = run(['--format', 'html', '--lang', 'id', 'a.txt', 'absent.txt', 'a.txt'], deep);
    expect(res.code).toBe(1);
    expect(res.stdout.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(res.stdout.match(/<article /g)).toHaveLength(2);
    expect(res.stdout).toContain('<p class="error">absent.txt: no such file</p>');
  });
});
