import { describe, expect, it } from 'vitest';
import {
  jsonErrorOffset,
  LexiconError,
  parseJson,
  validateConfig,
  validateLexicon,
} from '../../src/lexicon/validate.js';

function problemOf(fn: () => unknown): LexiconError {
  try {
    fn();
  } catch (err) {
    if (err instanceof LexiconError) return err;
    throw err;
  }
  throw new Error('expected a LexiconError');
}

describe('validateLexicon', () => {
  it('accepts the full format and trims the strings', () => {
    const lex = validateLexicon(
      {
        $schema: './lexicon.schema.json',
        people: [{ name: ' Raden Ajeng Kartini ', aliases: ['Kartini'], titles: ['R.A.'] }],
        places: [
          { name: 'Jogja', aliases: [], country: 'ID', kind: 'city' },
          { name: 'Atlantis', country: null },
        ],
        organizations: [{ name: 'Koperasi Maju Jaya', aliases: ['KMJ'] }],
        speechVerbs: { id: ['berkilah'], en: ['quipped'] },
        ignore: ['Bapak Pembangunan'],
      },
      'lex.json',
    );
    expect(lex.people).toEqual([{ name: 'Raden Ajeng Kartini', aliases: ['Kartini'], titles: ['R.A.'] }]);
    expect(lex.places).toEqual([
      { name: 'Jogja', aliases: [], country: 'ID', kind: 'city' },
      { name: 'Atlantis', country: null },
    ]);
    expect(lex.organizations).toEqual([{ name: 'Koperasi Maju Jaya', aliases: ['KMJ'] }]);
    expect(lex.speechVerbs).toEqual({ id: ['berkilah'], en: ['quipped'] });
    expect(lex.ignore).toEqual(['Bapak Pembangunan']);
  });

  it('accepts an empty lexicon', () => {
    expect(validateLexicon({}, 'empty.json')).toEqual({});
  });

  it.each([
    [[], '$', /expected an object, got an array/],
    ['people', '$', /expected an object, got "people"/],
    [{ peoples: [] }, '$.peoples', /unknown key "peoples" \(expected people, places/],
    [{ people: {} }, '$.people', /expected an array, got an object/],
    [{ people: [{}] }, '$.people[0].name', /expected a string, got nothing/],
    [{ people: [{ name: 'A B' }, { name: 42 }] }, '$.people[1].name', /expected a string, got 42/],
    [{ people: [{ name: '   ' }] }, '$.people[0].name', /non-empty/],
    [{ people: [{ name: '...' }] }, '$.people[0].name', /no letter or digit/],
    [{ people: [{ name: 'Ani', aliases: ['Ani', null] }] }, '$.people[0].aliases[1]', /got null/],
    [{ people: [{ name: 'Ani', title: ['Bu'] }] }, '$.people[0].title', /unknown key "title"/],
    [{ places: [{ name: 'X', country: 'Indonesia' }] }, '$.places[0].country', /ISO 3166-1 alpha-2/],
    [{ places: [{ name: 'X', country: 'id' }] }, '$.places[0].country', /capitals/],
    [{ places: [{ name: 'X', kind: 'town' }] }, '$.places[0].kind', /country, city, region, other/],
    [{ organizations: [{ name: 'Y', aliases: 'Z' }] }, '$.organizations[0].aliases', /expected an array/],
    [{ speechVerbs: ['said'] }, '$.speechVerbs', /expected an object/],
    [{ speechVerbs: { fr: ['dit'] } }, '$.speechVerbs.fr', /unknown key "fr" \(expected id, en\)/],
    [{ ignore: 'Bank' }, '$.ignore', /expected an array/],
    [{ 'odd key': 1 }, '$["odd key"]', /unknown key/],
  ])('refuses %j at %s', (value, path, problem) => {
    const err = problemOf(() => validateLexicon(value, 'my/lex.json'));
    expect(err.file).toBe('my/lex.json');
    expect(err.path).toBe(path);
    expect(err.problem).toMatch(problem);
    expect(err.message).toBe(`my/lex.json: ${path}: ${err.problem}`);
  });
});

describe('validateConfig', () => {
  it('reads lexicon paths and an inline lexicon', () => {
    expect(
      validateConfig({ lexicons: ['a.json', 'sub/b.json'], lexicon: { ignore: ['Foo'] } }, 'c.json'),
    ).toEqual({
      lexicons: ['a.json', 'sub/b.json'],
      lexicon: { ignore: ['Foo'] },
    });
    expect(validateConfig({}, 'c.json')).toEqual({ lexicons: [], lexicon: null });
  });

  it.each([
    [{ lexicon: [] }, '$.lexicon', /expected an object/],
    [{ lexicons: 'a.json' }, '$.lexicons', /expected an array/],
    [{ lexicons: ['a.json', ''] }, '$.lexicons[1]', /path of a lexicon file/],
    [{ lexicon: { people: [{ name: 1 }] } }, '$.lexicon.people[0].name', /expected a string/],
    [{ format: 'json' }, '$.format', /unknown key "format" \(expected lexicons, lexicon\)/],
  ])('refuses %j at %s', (value, path, problem) => {
    const err = problemOf(() => validateConfig(value, 'extract.config.json'));
    expect(err.path).toBe(path);
    expect(err.problem).toMatch(problem);
  });
});

describe('parseJson', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseJson('{"ignore": ["x"]}', 'f')).toEqual({ ignore: ['x'] });
    expect(parseJson('\uFEFF[1]', 'f')).toEqual([1]);
  });

  it.each([
    ['{\n  "people": [\n    {"name": "A",}\n  ]\n}', /not valid JSON at line 3, column 18/],
    ['{"a" 1}', /not valid JSON at line 1, column 6/],
    ['', /not valid JSON at line 1, column 1 \(unexpected end\)/],
  ])('names the line and column of a syntax error in %j', (text, problem) => {
    const err = problemOf(() => parseJson(text, 'bad.json'));
    expect(err.file).toBe('bad.json');
    expect(err.path).toBe('$');
    expect(err.problem).toMatch(problem);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2.5e3, "x\\"y", true, null, {"k": []}]', -1],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a": tru}', 6],
    ['{"a": 1', 7],
    ['{"a": 1}}', 8],
    ['{a: 1}', 1],
    ['"unterminated', 0],
    [`${'['.repeat(100000)}`, 100000],
  ])('%j → %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});

describe('the library entry point', () => {
  it('exports the validator and its error for library users', async () => {
    const lib = await import('../../src/index.js');
    expect(lib.validateLexicon({ ignore: ['x'] }, 'mine')).toEqual({ ignore: ['x'] });
    expect(() => lib.validateLexicon({ ignore: [1] }, 'mine')).toThrow(lib.LexiconError);
  });
});
