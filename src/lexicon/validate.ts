// Checks that a parsed JSON value is a lexicon or a config file, and says exactly what is wrong
// otherwise: the file, the JSON path ($.people[2].aliases[0]) and the problem. Pure: the caller
// reads the file; nothing here touches the file system.

import type { Lexicon, PlaceKind } from '../types.js';
import { KINDS_OF_PLACE, type LexiconConfig } from './types.js';

/** An invalid lexicon or config file. `path` is a JSON path into the file ("$" for the whole file). */
export class LexiconError extends Error {
  readonly file: string;
  readonly path: string;
  readonly problem: string;

  constructor(file: string, path: string, problem: string) {
    super(`${file}: ${path}: ${problem}`);
    this.name = 'LexiconError';
    this.file = file;
    this.path = path;
    this.problem = problem;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const HAS_WORD = /[\p{L}\p{N}]/u;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const LEXICON_KEYS = ['people', 'places', 'organizations', 'speechVerbs', 'ignore'] as const;
const CONFIG_KEYS = ['lexicons', 'lexicon'] as const;

/** A short, readable rendering of a value for error messages. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const s = JSON.stringify(value);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

const keyPath = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Walks a value, keeping the file and JSON path for the messages. */
class Checker {
  constructor(readonly file: string) {}

  fail(path: string, problem: string): never {
    throw new LexiconError(this.file, path, problem);
  }

  object(value: unknown, path: string, allowed: readonly string[]): JsonObject {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(path, `expected an object, got ${show(value)}`);
    }
    const obj = value as JsonObject;
    for (const key of Object.keys(obj)) {
      if (key === '$schema' || key === '$comment') continue;
      if (!allowed.includes(key)) {
        this.fail(keyPath(path, key), `unknown key "${key}" (expected ${allowed.join(', ')})`);
      }
    }
    return obj;
  }

  array(value: unknown, path: string): Json[] {
    if (!Array.isArray(value)) this.fail(path, `expected an array, got ${show(value)}`);
    return value as Json[];
  }

  /** A name, alias, title, verb or ignored text: a string with at least one letter or digit. */
  word(value: unknown, path: string): string {
    if (typeof value !== 'string') this.fail(path, `expected a string, got ${show(value)}`);
    const s = value.trim();
    if (s === '') this.fail(path, 'expected a non-empty string');
    if (!HAS_WORD.test(s)) this.fail(path, `${show(value)} has no letter or digit to match`);
    return s;
  }

  words(value: unknown, path: string): string[] {
    return this.array(value, path).map((v, i) => this.word(v, `${path}[${i}]`));
  }

  optionalWords(obj: JsonObject, key: string, path: string): string[] | undefined {
    return obj[key] === undefined ? undefined : this.words(obj[key], keyPath(path, key));
  }

  entries<T>(obj: JsonObject, key: string, path: string, one: (v: Json, p: string) => T): T[] | undefined {
    if (obj[key] === undefined) return undefined;
    const p = keyPath(path, key);
    return this.array(obj[key], p).map((v, i) => one(v, `${p}[${i}]`));
  }
}

type Person = NonNullable<Lexicon['people']>[number];
type Place = NonNullable<Lexicon['places']>[number];
type Organization = NonNullable<Lexicon['organizations']>[number];

function person(c: Checker, value: Json, path: string): Person {
  const o = c.object(value, path, ['name', 'aliases', 'titles']);
  const out: Person = { name: c.word(o.name, `${path}.name`) };
  const aliases = c.optionalWords(o, 'aliases', path);
  const titles = c.optionalWords(o, 'titles', path);
  if (aliases) out.aliases = aliases;
  if (titles) out.titles = titles;
  return out;
}

function place(c: Checker, value: Json, path: string): Place {
  const o = c.object(value, path, ['name', 'aliases', 'country', 'kind']);
  const out: Place = { name: c.word(o.name, `${path}.name`) };
  const aliases = c.optionalWords(o, 'aliases', path);
  if (aliases) out.aliases = aliases;
  if (o.country !== undefined) {
    if (o.country !== null && (typeof o.country !== 'string' || !COUNTRY_CODE.test(o.country))) {
      c.fail(
        `${path}.country`,
        `expected an ISO 3166-1 alpha-2 code in capitals ("ID", "GB") or null, got ${show(o.country)}`,
      );
    }
    out.country = o.country;
  }
  if (o.kind !== undefined) {
    if (typeof o.kind !== 'string' || !(KINDS_OF_PLACE as readonly string[]).includes(o.kind)) {
      c.fail(`${path}.kind`, `expected one of ${KINDS_OF_PLACE.join(', ')}, got ${show(o.kind)}`);
    }
    out.kind = o.kind as PlaceKind;
  }
  return out;
}

function organization(c: Checker, value: Json, path: string): Organization {
  const o = c.object(value, path, ['name', 'aliases']);
  const out: Organization = { name: c.word(o.name, `${path}.name`) };
  const aliases = c.optionalWords(o, 'aliases', path);
  if (aliases) out.aliases = aliases;
  return out;
}

function lexiconAt(c: Checker, value: unknown, path: string): Lexicon {
  const o = c.object(value, path, LEXICON_KEYS);
  const out: Lexicon = {};
  const people = c.entries(o, 'people', path, (v, p) => person(c, v, p));
  const places = c.entries(o, 'places', path, (v, p) => place(c, v, p));
  const organizations = c.entries(o, 'organizations', path, (v, p) => organization(c, v, p));
  if (people) out.people = people;
  if (places) out.places = places;
  if (organizations) out.organizations = organizations;
  if (o.speechVerbs !== undefined) {
    const p = `${path}.speechVerbs`;
    const sv = c.object(o.speechVerbs, p, ['id', 'en']);
    out.speechVerbs = {};
    const id = c.optionalWords(sv, 'id', p);
    const en = c.optionalWords(sv, 'en', p);
    if (id) out.speechVerbs.id = id;
    if (en) out.speechVerbs.en = en;
  }
  const ignore = c.optionalWords(o, 'ignore', path);
  if (ignore) out.ignore = ignore;
  return out;
}

/** The lexicon in `value`, or a LexiconError naming `file`, the JSON path and the problem. */
export function validateLexicon(value: unknown, file: string): Lexicon {
  return lexiconAt(new Checker(file), value, '$');
}

/** The config in `value` (`{"lexicons": [paths], "lexicon": {inline lexicon}}`), or a LexiconError. */
export function validateConfig(value: unknown, file: string): LexiconConfig {
  const c = new Checker(file);
  const o = c.object(value, '$', CONFIG_KEYS);
  const out: LexiconConfig = { lexicons: [], lexicon: null };
  if (o.lexicons !== undefined) {
    out.lexicons = c.array(o.lexicons, '$.lexicons').map((v, i): string => {
      if (typeof v === 'string' && v.trim() !== '') return v;
      return c.fail(`$.lexicons[${i}]`, `expected the path of a lexicon file, got ${show(v)}`);
    });
  }
  if (o.lexicon !== undefined) out.lexicon = lexiconAt(c, o.lexicon, '$.lexicon');
  return out;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Where the first JSON syntax error of `text` is (an offset), for messages: V8 does not always say.
 * One pass with an explicit stack of open containers, so deep nesting cannot overflow the call stack.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  // what may come next: a value, a key, a colon, or a comma/closer
  let want: 'value' | 'key' | 'colon' | 'after' = 'value';
  let first = false; // right after an opening bracket: the closer is allowed
  const skip = (): void => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const token = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  for (;;) {
    skip();
    if (i >= text.length) return stack.length || want !== 'after' ? i : -1;
    const ch = text[i]!;
    const top = stack[stack.length - 1];
    if (want === 'after') {
      if (top === undefined) return i;
      if (ch === ',') {
        i++;
        want = top === '{' ? 'key' : 'value';
        first = false;
      } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
        i++;
        stack.pop();
      } else return i;
      continue;
    }
    if (first && ((ch === '}' && top === '{') || (ch === ']' && top === '['))) {
      i++;
      stack.pop();
      want = 'after';
      first = false;
      continue;
    }
    first = false;
    if (want === 'colon') {
      if (ch !== ':') return i;
      i++;
      want = 'value';
    } else if (want === 'key') {
      if (!token(STRING)) return i;
      want = 'colon';
    } else if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      want = ch === '{' ? 'key' : 'value';
      first = true;
    } else if (ch === '"') {
      if (!token(STRING)) return i;
      want = 'after';
    } else if (token(NUMBER)) {
      want = 'after';
    } else {
      const lit = LITERALS.find((l) => text.startsWith(l, i));
      if (!lit) return i;
      i += lit.length;
      want = 'after';
    }
  }
}

/** Parses JSON text, turning a syntax error into a LexiconError with line and column. */
export function parseJson(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    const pos = jsonErrorOffset(body);
    let where = '';
    if (pos >= 0) {
      const before = body.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      const found =
        pos < body.length ? `unexpected ${JSON.stringify(body.slice(pos, pos + 1))}` : 'unexpected end';
      where = ` at line ${line}, column ${column} (${found})`;
    }
    const reason = where ? '' : `: ${(err as Error).message}`;
    throw new LexiconError(file, '$', `not valid JSON${where}${reason}`);
  }
}
