// --explain: every extraction names at least one rule; rule names are dotted, stable (written
// literally in the source, never computed) and so can be documented (README, "Why was this extracted").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Explanation, Result } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';

const RULE_NAME = /^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

/** Every string literal in src/ that looks like a rule name. */
function literalRuleNames(): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs)$/.test(entry.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/['"`]([a-z]+(?:\.[a-z0-9-]+)+)['"`]/g))
          out.add(m[1]!);
      }
    }
  };
  walk(join(ROOT, 'src'));
  return out;
}

const fixtures = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    name: f,
    text: readFileSync(join(ROOT, 'fixtures', f), 'utf8'),
    lang: f.slice(0, 2) as 'id' | 'en',
  }));

const SENTENCES = [
  {
    name: 'id lexicon',
    lang: 'id' as const,
    text: 'Kades Sekar hadir di Ujung Jaya pada 4 Maret 2024. “Kami siap,” kata Sekar.',
  },
  {
    name: 'en lexicon',
    lang: 'en' as const,
    text: 'Mayor Dana Whitfield visited Port Elm on Friday. "We are ready," she said.',
  },
];
const LEXICON = {
  people: [{ name: 'Sekar Ayu Lestari', aliases: ['Sekar'], titles: ['Kades'] }],
  places: [{ name: 'Ujung Jaya' }, { name: 'Port Elm' }],
};

function explanations(r: Result): { what: string; explain: Explanation[] | undefined }[] {
  return [
    ...(r.people ?? []).map((x) => ({ what: `person ${x.name}`, explain: x.explain })),
    ...(r.places ?? []).map((x) => ({ what: `place ${x.name}`, explain: x.explain })),
    ...(r.organizations ?? []).map((x) => ({ what: `organization ${x.name}`, explain: x.explain })),
    ...(r.dates ?? []).map((x) => ({ what: `date ${x.text}`, explain: x.explain })),
    ...(r.quotes ?? []).map((x) => ({ what: `quote ${x.text.slice(0, 30)}`, explain: x.explain })),
  ];
}

describe('--explain', () => {
  const literals = literalRuleNames();
  const cases = [...fixtures, ...SENTENCES];

  it.each(cases)(
    '$name: every extraction names a dotted rule written literally in the source',
    ({ text, lang }) => {
      const r = extract(text, { lang, date: '2024-03-04', explain: true, lexicons: [LEXICON] });
      const all = explanations(r);
      expect(all.length).toBeGreaterThan(0);
      for (const { what, explain } of all) {
        expect(explain?.length, `${what} has no rule`).toBeGreaterThan(0);
        for (const e of explain!) {
          expect(e.rule, `${what}`).toMatch(RULE_NAME);
          expect(literals.has(e.rule), `${e.rule} (${what}) is not a literal in src/`).toBe(true);
          expect(typeof e.evidence).toBe('string');
        }
      }
    },
  );

  it('names the user lexicon rules', () => {
    const r = extract(SENTENCES[0]!.text, { lang: 'id', explain: true, lexicons: [LEXICON] });
    const rules = explanations(r).flatMap((x) => x.explain!.map((e) => e.rule));
    expect(rules).toEqual(
      expect.arrayContaining(['user.person.lexicon', 'user.person.title', 'user.place.lexicon']),
    );
  });

  it('leaves explanations out unless asked', () => {
    const r = extract(SENTENCES[1]!.text, { lang: 'en', lexicons: [LEXICON] });
    for (const { explain } of explanations(r)) expect(explain).toBeUndefined();
  });
});
