// README stays true: every rule name that --explain can report is listed there, and every flag of
// `extract --help` is documented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const RULE = /['"`]((?:id|en|user|resolve)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)['"`]/g;

function ruleNames(dir: string, out = new Set<string>()): Set<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) ruleNames(p, out);
    else if (e.name.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(RULE)) out.add(m[1]!);
  }
  return out;
}

describe('README', () => {
  it('lists every rule name written in src/', () => {
    const rules = [...ruleNames(join(ROOT, 'src'))].filter((r) => r !== 'resolve.same-name');
    expect(rules.length).toBeGreaterThan(50);
    expect(rules.filter((r) => !README.includes(`\`${r}\``))).toEqual([]);
  });

  it('documents every flag of extract --help', () => {
    const help = runCli(['--help']).stdout;
    const flags = [...new Set([...help.matchAll(/(?:^|\s)(--[a-z][a-z-]+)/gm)].map((m) => m[1]!))];
    expect(flags.length).toBeGreaterThan(10);
    expect(flags.filter((f) => !README.includes(`\`${f}`) && !README.includes(`, ${f}`))).toEqual([]);
  });
});
