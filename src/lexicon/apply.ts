// Applies the user's lexicons to one document: their people, places and organizations are found in
// the text like a gazetteer and win over the built-in candidates they overlap; `ignore` removes
// candidates whatever found them. One pass over the tokens: each token is looked up once in a map
// of first words, so the cost grows with the text, not with the size of the lexicon.
import { lookupPlace } from '../data/index.js';
import type { Doc, EntityCandidate, EntityType } from '../recognize/types.js';
import { type Span, type Token, tokenize } from '../text/segment.js';
import type { Lexicon, PlaceKind } from '../types.js';
import { validateLexicon } from './validate.js';

/** Case-, accent- and apostrophe-insensitive form of one token. */
const foldToken = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");

/** The folded tokens of a phrase, joined by single spaces ("Bank  of England" → "bank of england"). */
export const foldPhrase = (s: string): string =>
  tokenize(s)
    .map((t) => foldToken(t.text))
    .join(' ');

const UPPER = /\p{Lu}/u;
// Words of one name may be apart by spaces or tabs, never by a line break (a new paragraph).
const ONLY_SPACE = /^[^\S\r\n]*$/u;

interface Entry {
  type: EntityType;
  name: string;
  country: string | null;
  placeKind: PlaceKind;
  /** Person titles as folded token lists, longest first. */
  titles: string[][];
}

interface Form {
  /** The form as the lexicon writes it (a name or an alias). */
  written: string;
  keys: string[];
  entry: Entry;
}

interface Compiled {
  /** Forms by their first folded token, longest first. */
  byFirst: Map<string, Form[]>;
  ignore: Set<string>;
  /** What it was compiled from, to reuse it while the caller passes the same entries. */
  from: readonly (readonly unknown[])[];
}

const RULE: Record<EntityType, string> = {
  person: 'user.person.lexicon',
  place: 'user.place.lexicon',
  organization: 'user.org.lexicon',
};

function sourcesOf(lexicon: Lexicon): readonly (readonly unknown[])[] {
  return [
    lexicon.people ?? [],
    lexicon.places ?? [],
    lexicon.organizations ?? [],
    lexicon.ignore ?? [],
    lexicon.speechVerbs?.id ?? [],
    lexicon.speechVerbs?.en ?? [],
  ];
}

/**
 * Checks the (merged) lexicon once, so a library caller who passes something malformed gets a
 * LexiconError naming the entry instead of a TypeError from deep inside, then compiles it.
 */
function compile(given: Lexicon): Compiled {
  const lexicon = validateLexicon(given, 'options.lexicons (merged)');
  // Later entries win: a form written by two entries belongs to the last one.
  const forms = new Map<string, Form>();
  const add = (entry: Entry, written: readonly string[]): void => {
    for (const w of written) {
      const keys = tokenize(w).map((t) => foldToken(t.text));
      if (keys.length > 0) forms.set(keys.join(' '), { written: w, keys, entry });
    }
  };
  for (const p of lexicon.people ?? []) {
    const titles = (p.titles ?? [])
      .map((t) => tokenize(t).map((x) => foldToken(x.text)))
      .filter((t) => t.length > 0)
      .sort((a, b) => b.length - a.length);
    add({ type: 'person', name: p.name, country: null, placeKind: 'other', titles }, [
      p.name,
      ...(p.aliases ?? []),
    ]);
  }
  for (const p of lexicon.places ?? []) {
    const known = p.country === undefined || p.kind === undefined ? lookupPlace(p.name) : null;
    const entry: Entry = {
      type: 'place',
      name: p.name,
      country: p.country !== undefined ? p.country : (known?.country ?? null),
      placeKind: p.kind ?? known?.kind ?? 'other',
      titles: [],
    };
    add(entry, [p.name, ...(p.aliases ?? [])]);
  }
  for (const o of lexicon.organizations ?? []) {
    add({ type: 'organization', name: o.name, country: null, placeKind: 'other', titles: [] }, [
      o.name,
      ...(o.aliases ?? []),
    ]);
  }
  const byFirst = new Map<string, Form[]>();
  for (const form of forms.values()) {
    const first = form.keys[0]!;
    const list = byFirst.get(first);
    if (list) list.push(form);
    else byFirst.set(first, [form]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirst, ignore: new Set((lexicon.ignore ?? []).map(foldPhrase)), from: sourcesOf(given) };
}

// The last compiled lexicon: a batch passes the same entries for every document.
let last: Compiled | null = null;

function sameSources(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  return a.every((list, i) => {
    const other = b[i]!;
    return list.length === other.length && list.every((x, j) => x === other[j]);
  });
}

function compiled(lexicon: Lexicon): Compiled {
  if (last === null || !sameSources(last.from, sourcesOf(lexicon))) last = compile(lexicon);
  return last;
}

/** Do tokens[at..] spell `keys`, on one line? */
function spells(
  text: string,
  tokens: readonly Token[],
  folded: string[],
  at: number,
  keys: string[],
): boolean {
  if (at < 0 || at + keys.length > tokens.length) return false;
  for (let j = 0; j < keys.length; j++) {
    if (folded[at + j] !== keys[j]) return false;
    if (j > 0 && !ONLY_SPACE.test(text.slice(tokens[at + j - 1]!.end, tokens[at + j]!.start))) return false;
  }
  return true;
}

function candidate(
  doc: Doc,
  tokens: readonly Token[],
  folded: string[],
  i: number,
  form: Form,
): EntityCandidate {
  const { entry } = form;
  const start = tokens[i]!.start;
  const end = tokens[i + form.keys.length - 1]!.end;
  const surface = doc.text.slice(start, end);
  const c: EntityCandidate = {
    start,
    end,
    type: entry.type,
    canonical: entry.name,
    explain: [{ rule: RULE[entry.type], evidence: surface }],
  };
  if (entry.type === 'place') {
    c.country = entry.country;
    c.placeKind = entry.placeKind;
  }
  for (const title of entry.titles) {
    const from = i - title.length;
    if (!spells(doc.text, tokens, folded, from, title)) continue;
    if (!ONLY_SPACE.test(doc.text.slice(tokens[i - 1]!.end, start))) continue;
    const written = doc.text.slice(tokens[from]!.start, tokens[i - 1]!.end);
    c.titles = [written];
    c.explain.push({ rule: 'user.person.title', evidence: written });
    break;
  }
  return c;
}

/**
 * The people, places and organizations of the lexicon found in the document, longest form first at
 * each position, never overlapping. A form matches whatever its case and accents, as long as the text
 * writes it with a capital somewhere or exactly as the lexicon does ("Apple" is not found in "apple pie").
 */
export function findLexiconEntities(doc: Doc, lexicon: Lexicon): EntityCandidate[] {
  const { byFirst } = compiled(lexicon);
  if (byFirst.size === 0) return [];
  const tokens = doc.tokens;
  const folded = tokens.map((t) => foldToken(t.text));
  const out: EntityCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const forms = byFirst.get(folded[i]!);
    if (!forms) continue;
    for (const form of forms) {
      if (!spells(doc.text, tokens, folded, i, form.keys)) continue;
      const surface = doc.text.slice(tokens[i]!.start, tokens[i + form.keys.length - 1]!.end);
      if (surface !== form.written && !UPPER.test(surface)) continue;
      out.push(candidate(doc, tokens, folded, i, form));
      i += form.keys.length - 1;
      break;
    }
  }
  return out;
}

/** Is `text` (or the candidate's canonical name) one the lexicons say to ignore? */
function isIgnored(ignore: ReadonlySet<string>, surface: string, canonical?: string): boolean {
  if (ignore.size === 0) return false;
  return ignore.has(foldPhrase(surface)) || (canonical !== undefined && ignore.has(foldPhrase(canonical)));
}

/** Drops the spans (dates, entity candidates) whose text a lexicon's `ignore` lists. */
export function withoutIgnored<T extends Span & { canonical?: string }>(
  text: string,
  lexicon: Lexicon,
  items: T[],
): T[] {
  const { ignore } = compiled(lexicon);
  if (ignore.size === 0) return items;
  return items.filter((c) => !isIgnored(ignore, text.slice(c.start, c.end), c.canonical));
}

/** The user candidates overlapping [start, end) in `sorted` (non-overlapping, by start). */
function overlapping(sorted: readonly EntityCandidate[], start: number, end: number): EntityCandidate[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityCandidate[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) out.push(sorted[i]!);
  return out;
}

/**
 * The candidates of one document once the user's lexicons are applied: user entries found in the
 * text replace the built-in candidates they overlap (a built-in person keeps lending its titles),
 * except a built-in name of another kind that contains them (a user place inside an organization's
 * name leaves the organization alone); then everything `ignore` lists is removed.
 */
export function applyLexicon(doc: Doc, lexicon: Lexicon, builtin: EntityCandidate[]): EntityCandidate[] {
  const { byFirst, ignore } = compiled(lexicon);
  if (byFirst.size === 0 && ignore.size === 0) return builtin;
  const user = findLexiconEntities(doc, lexicon);
  const dropped = new Set<EntityCandidate>();
  const kept: EntityCandidate[] = [];
  for (const b of builtin) {
    const hits = overlapping(user, b.start, b.end);
    if (hits.length === 0) {
      kept.push(b);
      continue;
    }
    const inside = hits.every(
      (u) => u.type !== b.type && b.start <= u.start && u.end <= b.end && b.end - b.start > u.end - u.start,
    );
    if (inside) {
      kept.push(b);
      for (const u of hits) dropped.add(u);
      continue;
    }
    for (const u of hits) {
      if (u.type !== b.type || !b.titles?.length) continue;
      u.titles = [...(u.titles ?? [])];
      for (const t of b.titles) if (!u.titles.includes(t)) u.titles.push(t);
    }
  }
  const merged = [...user.filter((u) => !dropped.has(u)), ...kept];
  return withoutIgnored(doc.text, lexicon, merged);
}
