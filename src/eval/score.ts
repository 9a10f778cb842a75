// Scores extraction results against gold documents (README, "Measuring on your own articles").
//
//  - Entities: a predicted mention is right when its type is right and its span equals a gold span
//    once both are trimmed of what annotators and systems disagree on by convention (surrounding
//    spaces, trailing sentence punctuation, one wrapping pair of brackets or quotation marks).
//    Precision, recall and F1 per type, micro-averaged over types, and the macro F1 of the types
//    the gold has.
//  - Quotes: predicted and gold quotes pair one-to-one, best overlap first, when their overlap covers
//    at least half of their union (IoU ≥ 0.5); per kind (direct, indirect) and for any kind. Speaker
//    accuracy is over paired quotes whose gold speaker is a named person, organization or role.
//  - Dates (DATE and TIME only): pairs by any overlap (relaxed), by identical offsets (strict), and
//    pairs whose TIMEX3 values agree (value); value accuracy is over relaxed pairs with a gold value.
//
// A Tally holds raw counts, so the tallies of several files add up to the tally of all of them.
import type { Result } from '../types.js';
import type { GoldDoc, GoldEntityType, GoldSpan, GoldSpeaker } from './gold.js';

/** Precision, recall and F1 with the counts behind them (0 when a denominator is 0). */
export interface Prf {
  p: number;
  r: number;
  f: number;
  tp: number;
  sys: number;
  gold: number;
}

/** true positives, system items, gold items. */
type Counts = [tp: number, sys: number, gold: number];

export interface Tally {
  docs: number;
  missing: number;
  invalidOffsets: number;
  entityDocs: number;
  entities: Record<GoldEntityType, Counts>;
  /** Person mentions found in partially annotated documents: [overlapped, gold]. */
  personRecallPartial: [number, number];
  quoteDocs: number;
  quotes: { direct: Counts; indirect: Counts; any: Counts };
  /** [right, scored] speakers of paired quotes. */
  speakers: [number, number];
  goldHasIndirect: boolean;
  dateDocs: number;
  dates: { relaxed: Counts; strict: Counts; value: Counts };
  /** [right values, relaxed pairs with a gold value]. */
  dateValues: [number, number];
}

export interface Score {
  docs: number;
  /** Documents without a result (the extractor failed on them). */
  missing: number;
  /** Predicted entity mentions ending past the end of the text. */
  invalidOffsets: number;
  entities?: Record<GoldEntityType | 'micro', Prf> & { macroF: number };
  /** Person recall (by overlap) on documents whose entities are only partially annotated. */
  personRecall?: number;
  quotes?: { direct: Prf; indirect?: Prf; any: Prf; speakerAccuracy: number | null; speakerScored: number };
  dates?: { relaxed: Prf; strict: Prf; value: Prf; valueAccuracy: number | null };
}

const ENTITY_TYPES: readonly GoldEntityType[] = ['person', 'place', 'organization'];

export function emptyTally(): Tally {
  return {
    docs: 0,
    missing: 0,
    invalidOffsets: 0,
    entityDocs: 0,
    entities: { person: [0, 0, 0], place: [0, 0, 0], organization: [0, 0, 0] },
    personRecallPartial: [0, 0],
    quoteDocs: 0,
    quotes: { direct: [0, 0, 0], indirect: [0, 0, 0], any: [0, 0, 0] },
    speakers: [0, 0],
    goldHasIndirect: false,
    dateDocs: 0,
    dates: { relaxed: [0, 0, 0], strict: [0, 0, 0], value: [0, 0, 0] },
    dateValues: [0, 0],
  };
}

const addCounts = (into: number[], from: readonly number[]): void => {
  from.forEach((n, i) => {
    into[i] = (into[i] ?? 0) + n;
  });
};

/** Adds the counts of `from` into `into`. */
export function addTally(into: Tally, from: Tally): void {
  into.docs += from.docs;
  into.missing += from.missing;
  into.invalidOffsets += from.invalidOffsets;
  into.entityDocs += from.entityDocs;
  for (const t of ENTITY_TYPES) addCounts(into.entities[t], from.entities[t]);
  addCounts(into.personRecallPartial, from.personRecallPartial);
  into.quoteDocs += from.quoteDocs;
  for (const k of ['direct', 'indirect', 'any'] as const) addCounts(into.quotes[k], from.quotes[k]);
  addCounts(into.speakers, from.speakers);
  into.goldHasIndirect ||= from.goldHasIndirect;
  into.dateDocs += from.dateDocs;
  for (const k of ['relaxed', 'strict', 'value'] as const) addCounts(into.dates[k], from.dates[k]);
  addCounts(into.dateValues, from.dateValues);
}

// ---------- spans ----------

export const overlap = (a: GoldSpan, b: GoldSpan): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Intersection over union of two spans. */
export const iou = (a: GoldSpan, b: GoldSpan): number =>
  overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

const TRAILING = /[\s.,;:!?]/u;
const SPACE = /\s/u;
const WRAPS: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '"': '"',
  '“': '”',
  "'": "'",
  '‘': '’',
};

/**
 * The span without what annotators and systems disagree on by convention, repeated until nothing
 * changes: trailing spaces and sentence punctuation, leading spaces, and one pair of brackets or
 * quotation marks wrapping the whole span (when the opening mark does not occur inside).
 */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (let changed = true; changed && e > s; ) {
    changed = false;
    while (e > s && TRAILING.test(text.charAt(e - 1))) {
      e--;
      changed = true;
    }
    while (e > s && SPACE.test(text.charAt(s))) {
      s++;
      changed = true;
    }
    const open = text.charAt(s);
    const close = WRAPS[open];
    if (
      close !== undefined &&
      e - s >= 2 &&
      text.charAt(e - 1) === close &&
      !text.slice(s + 1, e - 1).includes(open)
    ) {
      s++;
      e--;
      changed = true;
    }
  }
  return [s, e];
}

const validSpan = (m: { start: unknown; end: unknown }): boolean =>
  Number.isInteger(m.start) && Number.isInteger(m.end) && (m.end as number) > (m.start as number);

/**
 * Pairs gold and system items one-to-one, highest score first; pairs scoring below `min` never form.
 * Ties go to the earlier gold item, then the earlier system item.
 */
export function matchSpans<G, S>(
  gold: readonly G[],
  sys: readonly S[],
  score: (g: G, s: S) => number,
  min: number,
): [G, S][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    sys.forEach((s, si) => {
      const sc = score(g, s);
      if (sc >= min) pairs.push([sc, gi, si]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>();
  const sUsed = new Set<number>();
  const out: [G, S][] = [];
  for (const [, gi, si] of pairs) {
    if (gUsed.has(gi) || sUsed.has(si)) continue;
    gUsed.add(gi);
    sUsed.add(si);
    out.push([gold[gi]!, sys[si]!]);
  }
  return out;
}

// ---------- speakers ----------

const foldWords = (s: string | null | undefined): string[] =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Is the predicted speaker name the gold speaker? Either every predicted word belongs to the gold name
 * or mention and shares a word with one of them (a surname, a title with the name), or the predicted
 * name holds every word of the gold name.
 */
export function speakerMatches(gold: Pick<GoldSpeaker, 'name' | 'mention'>, predicted: string): boolean {
  const said = new Set(foldWords(predicted));
  if (said.size === 0) return false;
  const name = new Set(foldWords(gold.name));
  const mention = new Set(foldWords(gold.mention));
  const words = [...said];
  const subset = words.every((w) => name.has(w) || mention.has(w));
  const touches = mention.size === 0 || words.some((w) => mention.has(w) || name.has(w));
  if (subset && touches) return true;
  return name.size > 0 && [...name].every((w) => said.has(w));
}

// ---------- one document ----------

interface SystemMention extends GoldSpan {
  type: GoldEntityType;
}

function systemMentions(r: Result | null): SystemMention[] {
  if (!r) return [];
  const out: SystemMention[] = [];
  const add = (
    type: GoldEntityType,
    items: readonly { mentions: readonly GoldSpan[] }[] | undefined,
  ): void => {
    for (const e of items ?? []) {
      for (const m of e.mentions) if (validSpan(m)) out.push({ type, start: m.start, end: m.end });
    }
  };
  add('person', r.people);
  add('place', r.places);
  add('organization', r.organizations);
  return out;
}

function scoreEntities(t: Tally, d: GoldDoc, mentions: readonly SystemMention[]): void {
  t.entityDocs++;
  const sys = mentions.filter((m) => !d.ignore.some((i) => overlap(i, m) > 0));
  for (const type of ENTITY_TYPES) {
    const trimmed = new Set(
      sys.filter((m) => m.type === type).map((m) => trimSpan(d.text, m.start, m.end).join(':')),
    );
    const gold = d.entities.filter((e) => e.type === type);
    const tp = gold.filter((g) => trimmed.has(trimSpan(d.text, g.start, g.end).join(':'))).length;
    const count = sys.filter((m) => m.type === type).length;
    addCounts(t.entities[type], [tp, count, gold.length]);
  }
}

function scorePartialPeople(t: Tally, d: GoldDoc, mentions: readonly SystemMention[]): void {
  const people = mentions.filter((m) => m.type === 'person');
  const gold = d.entities.filter((e) => e.type === 'person');
  const found = gold.filter((g) => people.some((m) => overlap(m, g) > 0)).length;
  addCounts(t.personRecallPartial, [found, gold.length]);
}

const SCORED_SPEAKERS = new Set(['person', 'organization', 'role']);

function scoreQuotes(t: Tally, d: GoldDoc, r: Result | null): void {
  t.quoteDocs++;
  // quotes left out on purpose are neither hits nor false positives, unless they pair with gold
  const sys = (r?.quotes ?? [])
    .filter(validSpan)
    .filter((q) => !d.ignoreQuotes.some((i) => iou(i, q) >= 0.5) || d.quotes.some((g) => iou(g, q) >= 0.5));
  if (d.quotes.some((q) => !q.direct)) t.goldHasIndirect = true;
  for (const kind of ['direct', 'indirect'] as const) {
    const gold = d.quotes.filter((q) => (q.direct ? 'direct' : 'indirect') === kind);
    const predicted = sys.filter((q) => (q.type === 'indirect' ? 'indirect' : 'direct') === kind);
    addCounts(t.quotes[kind], [matchSpans(gold, predicted, iou, 0.5).length, predicted.length, gold.length]);
  }
  const pairs = matchSpans(d.quotes, sys, iou, 0.5);
  addCounts(t.quotes.any, [pairs.length, sys.length, d.quotes.length]);
  for (const [g, s] of pairs) {
    if (!g.speaker || !SCORED_SPEAKERS.has(g.speaker.kind) || !g.speaker.name) continue;
    t.speakers[1]++;
    const accepted = [g.speaker, ...g.alsoAccept.map((name) => ({ name, mention: null }))];
    const said = s.speaker?.name;
    if (said !== undefined && accepted.some((a) => speakerMatches(a, said))) t.speakers[0]++;
  }
}

function scoreDates(t: Tally, d: GoldDoc, r: Result | null): void {
  t.dateDocs++;
  const scored = d.dates.filter((x) => x.type === 'DATE' || x.type === 'TIME');
  const skip = [...d.dates.filter((x) => x.type !== 'DATE' && x.type !== 'TIME'), ...d.ignoreDates];
  const sys = (r?.dates ?? [])
    .filter(validSpan)
    .filter((s) => !skip.some((k) => overlap(k, s) > 0) || scored.some((g) => overlap(g, s) > 0));
  const relaxed = matchSpans(scored, sys, (g, s) => (overlap(g, s) > 0 ? iou(g, s) + 0.001 : 0), 0.001);
  const strict = relaxed.filter(([g, s]) => g.start === s.start && g.end === s.end).length;
  const valued = relaxed.filter(
    ([g, s]) => g.value !== null && s.value !== null && s.value.toUpperCase() === g.value.toUpperCase(),
  ).length;
  addCounts(t.dates.relaxed, [relaxed.length, sys.length, scored.length]);
  addCounts(t.dates.strict, [strict, sys.length, scored.length]);
  addCounts(t.dates.value, [valued, sys.length, scored.length]);
  addCounts(t.dateValues, [valued, relaxed.filter(([g]) => g.value !== null).length]);
}

/** Adds one document to the tally; `result` is null when the extractor produced none. */
export function scoreDoc(t: Tally, d: GoldDoc, result: Result | null): void {
  t.docs++;
  if (!result) t.missing++;
  const mentions = systemMentions(result);
  t.invalidOffsets += mentions.filter((m) => m.end > d.text.length).length;
  if (d.layers.includes('entities')) scoreEntities(t, d, mentions);
  else if (d.partialLayers.includes('entities')) scorePartialPeople(t, d, mentions);
  if (d.layers.includes('quotes')) scoreQuotes(t, d, result);
  if (d.layers.includes('dates')) scoreDates(t, d, result);
}

// ---------- figures ----------

export function prf([tp, sys, gold]: Readonly<Counts>): Prf {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, sys, gold };
}

/** The figures of a tally; layers no document was scored on are left out. */
export function summarize(t: Tally): Score {
  const out: Score = { docs: t.docs, missing: t.missing, invalidOffsets: t.invalidOffsets };
  if (t.entityDocs) {
    const per = {
      person: prf(t.entities.person),
      place: prf(t.entities.place),
      organization: prf(t.entities.organization),
    };
    const micro: Counts = [0, 0, 0];
    for (const type of ENTITY_TYPES) addCounts(micro, t.entities[type]);
    const present = Object.values(per).filter((x) => x.gold > 0);
    const macroF = present.reduce((a, x) => a + x.f, 0) / (present.length || 1);
    out.entities = { ...per, micro: prf(micro), macroF };
  }
  if (t.personRecallPartial[1]) out.personRecall = t.personRecallPartial[0] / t.personRecallPartial[1];
  if (t.quoteDocs) {
    out.quotes = {
      direct: prf(t.quotes.direct),
      any: prf(t.quotes.any),
      speakerAccuracy: t.speakers[1] ? t.speakers[0] / t.speakers[1] : null,
      speakerScored: t.speakers[1],
    };
    if (t.goldHasIndirect) out.quotes.indirect = prf(t.quotes.indirect);
  }
  if (t.dateDocs) {
    out.dates = {
      relaxed: prf(t.dates.relaxed),
      strict: prf(t.dates.strict),
      value: prf(t.dates.value),
      valueAccuracy: t.dateValues[1] ? t.dateValues[0] / t.dateValues[1] : null,
    };
  }
  return out;
}

/** The F1 figures `--fail-under` checks: entity micro F1, quote F1 (any kind), date F1 (relaxed). */
export function headlineF1(s: Score): { name: string; f: number }[] {
  const out: { name: string; f: number }[] = [];
  if (s.entities) out.push({ name: 'entities micro F1', f: s.entities.micro.f });
  if (s.quotes) out.push({ name: 'quotes F1', f: s.quotes.any.f });
  if (s.dates) out.push({ name: 'dates F1 (relaxed)', f: s.dates.relaxed.f });
  return out;
}
