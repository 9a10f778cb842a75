import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadLexiconFile, loadLexicons } from '../../src/lexicon/load.js';

// A project folder with a config at the top, lexicons beside it and a nested working directory:
//   root/extract.config.json → lexicons/newsroom.json, plus an inline lexicon
//   root/articles/2024/      (working directory, no config of its own)
const root = mkdtempSync(join(tmpdir(), 'extract-lexicon-'));
const nested = join(root, 'articles', '2024');
mkdirSync(nested, { recursive: true });
mkdirSync(join(root, 'lexicons'));
writeFileSync(
  join(root, 'lexicons', 'newsroom.json'),
  JSON.stringify({ people: [{ name: 'Sekar Ayu Lestari', aliases: ['Sekar'] }] }),
);
writeFileSync(
  join(root, 'extract.config.json'),
  JSON.stringify({ lexicons: ['lexicons/newsroom.json'], lexicon: { ignore: ['Kabar Baik'] } }),
);
writeFileSync(
  join(root, 'extra.json'),
  JSON.stringify({ organizations: [{ name: 'Koperasi Tani Makmur' }] }),
);
writeFileSync(join(root, 'broken.json'), '{"people": [{"name": "A"},]}');
writeFileSync(join(root, 'wrong.json'), JSON.stringify({ places: [{ name: 'X', kind: 'village' }] }));
// a second project whose config points at a lexicon that does not exist
const other = mkdtempSync(join(tmpdir(), 'extract-lexicon-'));
writeFileSync(join(other, 'extract.config.json'), JSON.stringify({ lexicons: ['missing.json'] }));
// a folder without any config above it is hard to guarantee in /tmp, so --no-config stands in for it

describe('findConfig', () => {
  it('finds extract.config.json in the folder or the nearest folder above', () => {
    expect(findConfig(root)).toBe(join(root, 'extract.config.json'));
    expect(findConfig(nested)).toBe(join(root, 'extract.config.json'));
  });
});

describe('loadLexicons', () => {
  it('loads the config found upward: its files, then its inline lexicon', async () => {
    const loaded = await loadLexicons({ cwd: nested });
    expect(loaded.configFile).toBe(join(root, 'extract.config.json'));
    expect(loaded.lexicons).toEqual([
      { people: [{ name: 'Sekar Ayu Lestari', aliases: ['Sekar'] }] },
      { ignore: ['Kabar Baik'] },
    ]);
  });

  it('adds --lexicon files after the config, relative to the working directory', async () => {
    const loaded = await loadLexicons({ cwd: root, lexicons: ['extra.json'] });
    expect(loaded.lexicons).toHaveLength(3);
    expect(loaded.lexicons[2]).toEqual({ organizations: [{ name: 'Koperasi Tani Makmur' }] });
  });

  it('--no-config reads no config; --config FILE reads that one', async () => {
    expect(await loadLexicons({ cwd: nested, config: false })).toEqual({ lexicons: [], configFile: null });
    const loaded = await loadLexicons({ cwd: nested, config: '../../extract.config.json' });
    expect(loaded.configFile).toBe(join(root, 'extract.config.json'));
    expect(loaded.lexicons).toHaveLength(2);
  });

  it.each([
    [
      { cwd: root, config: false as const, lexicons: ['nope.json'] },
      /^nope\.json: \$: cannot read: no such file$/,
    ],
    [
      { cwd: root, config: false as const, lexicons: ['broken.json'] },
      /^broken\.json: \$: not valid JSON at line 1, column 27/,
    ],
    [
      { cwd: root, config: false as const, lexicons: ['wrong.json'] },
      /^wrong\.json: \$\.places\[0\]\.kind: expected one of country, city, region, other, got "village"$/,
    ],
    [{ cwd: root, config: 'absent.json' }, /^absent\.json: \$: cannot read: no such file$/],
    [{ cwd: other }, /extract\.config\.json: \$\.lexicons\[0\]: .*missing\.json: cannot read: no such file$/],
  ])('refuses %j with the file, the JSON path and the problem', async (sources, message) => {
    await expect(loadLexicons(sources)).rejects.toThrow(message);
  });
});

describe('loadLexiconFile', () => {
  it('names the file as given in messages', async () => {
    await expect(loadLexiconFile(join(root, 'wrong.json'), 'wrong.json')).rejects.toMatchObject({
      file: 'wrong.json',
      path: '$.places[0].kind',
    });
  });
});
