// Gold annotations: one JSON document per line (README, "Your own gold files"). Parsing checks every
// field the scorer reads and names the line, the JSON path and the problem; fields it does not read
// (corpus, split, source…) are allowed and left alone.
import { isIsoDate } from '../text/iso-date.js';
import type { DateType, Language } from '../types.js';

export type GoldLayer = 'entities' | 'quotes' | 'dates';
export type GoldEntityType = 'person' | 'place' | 'organization';
export type SpeakerKind = 'person' | 'organization' | 'role' | 'pronoun' | 'unknown';

export interface GoldSpan {
  start: number;
  end: number;
}

export interface GoldEntity extends GoldSpan {
  type: GoldEntityType;
}

export interface GoldSpeaker {
  name: string | null;
  mention: string | null;
  kind: SpeakerKind;
}

export interface GoldQuote extends GoldSpan {
  direct: boolean;
  speaker: GoldSpeaker | null;
  /** Other speaker names that also count as correct. */
  alsoAccept: string[];
}

export interface GoldDate extends GoldSpan {
  type: DateType;
  value: string | null;
}

export interface GoldDoc {
  id: string;
  lang: Language | null;
  /** Publication date, handed to the extractor as the reference date. */
  dct: string | null;
  text: string;
  /** Layers annotated exhaustively: scored for precision and recall. */
  layers: GoldLayer[];
  /** Layers annotated but not exhaustively: only person recall is reported. */
  partialLayers: GoldLayer[];
  entities: GoldEntity[];
  quotes: GoldQuote[];
  dates: GoldDate[];
  /** Entity spans of kinds not extracted: predictions there count neither way. */
  ignore: GoldSpan[];
  /** Quotations left out on purpose: a predicted quote there is not a false positive. */
  ignoreQuotes: GoldSpan[];
  /** Date spans left out on purpose (a dateline). */
  ignoreDates: GoldSpan[];
}

/** A gold line that cannot be scored; `where` is "file:line". */
export class GoldError extends Error {
  constructor(
    readonly where: string,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${where}: ${path}: ${problem}`);
    this.name = 'GoldError';
  }
}

const LAYERS: readonly GoldLayer[] = ['entities', 'quotes', 'dates'];
const ENTITY_TYPES: readonly GoldEntityType[] = ['person', 'place', 'organization'];
const DATE_TYPES: readonly DateType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'role', 'pronoun', 'unknown'];

type Obj = Record<string, unknown>;

const show = (v: unknown): string =>
  v === undefined ? 'nothing' : Array.isArray(v) ? 'an array' : v === null ? 'null' : JSON.stringify(v);

class Reader {
  constructor(readonly where: string) {}

  fail(path: string, problem: string): never {
    throw new GoldError(this.where, path, problem);
  }

  object(v: unknown, path: string): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      this.fail(path, `expected an object, got ${show(v)}`);
    return v as Obj;
  }

  string(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(path, `expected a string, got ${show(v)}`);
    return v;
  }

  nullableString(v: unknown, path: string): string | null {
    return v === undefined || v === null ? null : this.string(v, path);
  }

  oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(path, `expected one of ${allowed.join(', ')}, got ${show(v)}`);
    }
    return v as T;
  }

  /** An optional array field; each item read by `one`. */
  list<T>(o: Obj, key: string, path: string, one: (v: unknown, p: string) => T): T[] {
    const v = o[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(`${path}.${key}`, `expected an array, got ${show(v)}`);
    return v.map((x, i) => one(x, `${path}.${key}[${i}]`));
  }

  /** start/end inside the text, and `text` (when given) equal to the slice they name. */
  span(o: Obj, path: string, text: string): GoldSpan {
    const { start, end } = o;
    if (!Number.isInteger(start))
      this.fail(`${path}.start`, `expected an integer offset, got ${show(start)}`);
    if (!Number.isInteger(end)) this.fail(`${path}.end`, `expected an integer offset, got ${show(end)}`);
    const s = start as number;
    const e = end as number;
    if (s < 0 || e <= s || e > text.length) {
      this.fail(path, `offsets ${s}–${e} are not a non-empty span of the ${text.length}-character text`);
    }
    if (o.text !== undefined && o.text !== text.slice(s, e)) {
      this.fail(`${path}.text`, `${show(o.text)} is not the text at ${s}–${e}: ${show(text.slice(s, e))}`);
    }
    return { start: s, end: e };
  }
}

function speaker(r: Reader, v: unknown, path: string): GoldSpeaker | null {
  if (v === null || v === undefined) return null;
  const o = r.object(v, path);
  return {
    name: r.nullableString(o.name, `${path}.name`),
    mention: r.nullableString(o.mention, `${path}.mention`),
    kind: r.oneOf(o.kind ?? 'unknown', SPEAKER_KINDS, `${path}.kind`),
  };
}

/** One gold document from one line; `where` names it in errors ("gold.jsonl:12"). */
export function parseGoldLine(line: string, where: string): GoldDoc {
  const r: Reader = new Reader(where);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return r.fail('$', `not valid JSON: ${(err as Error).message}`);
  }
  const o = r.object(value, '$');
  const text = r.string(o.text, '$.text');
  const id = r.string(o.id, '$.id');
  const lang =
    o.lang === undefined || o.lang === null ? null : r.oneOf(o.lang, ['id', 'en'] as const, '$.lang');
  const dct = r.nullableString(o.dct, '$.dct');
  if (dct !== null && !isIsoDate(dct))
    r.fail('$.dct', `expected a date as YYYY-MM-DD or null, got ${show(dct)}`);
  const layer = (v: unknown, p: string): GoldLayer => r.oneOf(v, LAYERS, p);
  const bare = (v: unknown, p: string): GoldSpan => r.span(r.object(v, p), p, text);
  return {
    id,
    lang,
    dct,
    text,
    layers: r.list(o, 'layers', '$', layer),
    partialLayers: r.list(o, 'partialLayers', '$', layer),
    entities: r.list(o, 'entities', '$', (v, p) => {
      const e = r.object(v, p);
      return { type: r.oneOf(e.type, ENTITY_TYPES, `${p}.type`), ...r.span(e, p, text) };
    }),
    quotes: r.list(o, 'quotes', '$', (v, p) => {
      const q = r.object(v, p);
      const direct = q.direct;
      if (typeof direct !== 'boolean') r.fail(`${p}.direct`, `expected true or false, got ${show(direct)}`);
      return {
        ...r.span(q, p, text),
        direct,
        speaker: speaker(r, q.speaker, `${p}.speaker`),
        alsoAccept: r.list(q, 'alsoAccept', p, (x, xp) => r.string(x, xp)),
      };
    }),
    dates: r.list(o, 'dates', '$', (v, p) => {
      const d = r.object(v, p);
      return {
        ...r.span(d, p, text),
        type: r.oneOf(d.type, DATE_TYPES, `${p}.type`),
        value: r.nullableString(d.value, `${p}.value`),
      };
    }),
    ignore: r.list(o, 'ignore', '$', bare),
    ignoreQuotes: r.list(o, 'ignoreQuotes', '$', bare),
    ignoreDates: r.list(o, 'ignoreDates', '$', bare),
  };
}

/** Every document of a gold file's text, skipping blank lines; `file` names it in errors. */
export function parseGold(content: string, file: string): GoldDoc[] {
  const out: GoldDoc[] = [];
  const lines = content.split('\n');
  lines.forEach((raw, i) => {
    const line = i === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() !== '') out.push(parseGoldLine(line, `${file}:${i + 1}`));
  });
  return out;
}
