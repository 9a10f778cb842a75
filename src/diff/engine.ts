// Compares two extraction runs document by document (matched by id) and item by item. Items are
// matched by what a reader sees (a name, a date's or quote's text and its occurrence), not by
// offsets or generated ids, so a pure shift of the text is no change unless `offsets` is asked.
import type { DateExpression, Mention, Organization, Person, Place, Quote, Result } from '../types.js';
import type {
  CollectionDiff,
  DiffOptions,
  DocumentDiff,
  ExtractionRecord,
  FieldChange,
  ItemChange,
  Section,
} from './types.js';

const isResult = (r: ExtractionRecord): r is Result => 'schema' in r;

// ---------- small set helpers ----------

/** Multiset difference, keeping the order of first appearance. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

function setField(field: string, oldList: readonly string[], newList: readonly string[]): FieldChange | null {
  const added = minus(newList, oldList);
  const removed = minus(oldList, newList);
  return added.length || removed.length ? { field, added, removed } : null;
}

function valueField(
  field: string,
  oldValue: string | number | null,
  newValue: string | number | null,
): FieldChange | null {
  return oldValue === newValue ? null : { field, old: oldValue, new: newValue };
}

const span = (m: { start: number; end: number }): string => `${m.start}-${m.end}`;

function mentionKeys(mentions: readonly Mention[], offsets: boolean): string[] {
  return mentions.map((m) => (offsets ? `${m.text} @${span(m)}` : m.text));
}

// ---------- pairing ----------

interface Pairing<T> {
  pairs: [T, T][];
  removed: T[];
  added: T[];
}

/**
 * Pairs items with equal keys in order of occurrence, then pairs leftovers that `related` says are
 * the same thing seen differently (an alias became the name, a quote grew by a word).
 */
function pair<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  key: (x: T) => string,
  related: (a: T, b: T) => boolean,
): Pairing<T> {
  const byKey = new Map<string, T[]>();
  for (const x of oldItems) {
    const k = key(x);
    const list = byKey.get(k);
    if (list) list.push(x);
    else byKey.set(k, [x]);
  }
  const pairs: [T, T][] = [];
  let added: T[] = [];
  for (const y of newItems) {
    const x = byKey.get(key(y))?.shift();
    if (x !== undefined) pairs.push([x, y]);
    else added.push(y);
  }
  const used = new Set(pairs.map(([x]) => x));
  let removed = oldItems.filter((x) => !used.has(x));
  if (removed.length && added.length) {
    const stillAdded: T[] = [];
    for (const y of added) {
      const i = removed.findIndex((x) => related(x, y));
      if (i >= 0) {
        pairs.push([removed[i]!, y]);
        removed = removed.filter((_, j) => j !== i);
      } else stillAdded.push(y);
    }
    added = stillAdded;
  }
  return { pairs, removed, added };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---------- sections ----------

type Named = Person | Place | Organization;

const names = (e: Named): string[] => [e.name, ...e.aliases];

function sameReferent(a: Named, b: Named): boolean {
  const bs = new Set(names(b).map((s) => s.toLowerCase()));
  return names(a).some((s) => bs.has(s.toLowerCase()));
}

function entitySummary(section: Section, e: Named): Record<string, string | number | string[] | null> {
  const out: Record<string, string | number | string[] | null> = { name: e.name };
  if (e.aliases.length) out.aliases = e.aliases;
  if (section === 'people' && (e as Person).titles.length) out.titles = (e as Person).titles;
  if (section === 'places') {
    out.country = (e as Place).country;
    out.kind = (e as Place).kind;
  }
  out.mentions = e.mentions.length;
  return out;
}

function entityFields(section: Section, a: Named, b: Named, offsets: boolean): FieldChange[] {
  const fields = [
    valueField('name', a.name, b.name),
    setField('aliases', a.aliases, b.aliases),
    section === 'people' ? setField('titles', (a as Person).titles, (b as Person).titles) : null,
    section === 'places' ? valueField('country', (a as Place).country, (b as Place).country) : null,
    section === 'places' ? valueField('kind', (a as Place).kind, (b as Place).kind) : null,
    setField('mentions', mentionKeys(a.mentions, offsets), mentionKeys(b.mentions, offsets)),
  ];
  return fields.filter((f): f is FieldChange => f !== null);
}

function diffEntities(
  section: 'people' | 'places' | 'organizations',
  oldList: readonly Named[],
  newList: readonly Named[],
  offsets: boolean,
): ItemChange[] {
  const { pairs, removed, added } = pair(oldList, newList, (e) => e.name, sameReferent);
  const changes: ItemChange[] = [];
  for (const [a, b] of pairs) {
    const fields = entityFields(section, a, b, offsets);
    if (fields.length) changes.push({ section, op: 'changed', label: b.name, fields });
  }
  for (const e of added)
    changes.push({ section, op: 'added', label: e.name, item: entitySummary(section, e) });
  for (const e of removed)
    changes.push({ section, op: 'removed', label: e.name, item: entitySummary(section, e) });
  return changes;
}

function diffDates(
  oldList: readonly DateExpression[],
  newList: readonly DateExpression[],
  offsets: boolean,
): ItemChange[] {
  const { pairs, removed, added } = pair(oldList, newList, (d) => d.text, overlaps);
  const summary = (d: DateExpression) => ({ type: d.type, value: d.value, at: span(d) });
  const changes: ItemChange[] = [];
  for (const [a, b] of pairs) {
    const fields = [
      valueField('text', a.text, b.text),
      valueField('type', a.type, b.type),
      valueField('value', a.value, b.value),
      offsets ? valueField('offsets', span(a), span(b)) : null,
    ].filter((f): f is FieldChange => f !== null);
    if (fields.length) changes.push({ section: 'dates', op: 'changed', label: b.text, fields });
  }
  for (const d of added) changes.push({ section: 'dates', op: 'added', label: d.text, item: summary(d) });
  for (const d of removed) changes.push({ section: 'dates', op: 'removed', label: d.text, item: summary(d) });
  return changes;
}

/** The name of the entity a speaker resolved to, so renumbered entity ids are no change. */
function speakerEntity(r: Result, q: Quote): string | null {
  const id = q.speaker?.entity;
  if (!id) return null;
  const e = [...(r.people ?? []), ...(r.organizations ?? [])].find((x) => x.id === id);
  return e ? e.name : id;
}

function diffQuotes(oldDoc: Result, newDoc: Result, offsets: boolean): ItemChange[] {
  const related = (a: Quote, b: Quote) =>
    overlaps(a, b) || a.text.includes(b.text) || b.text.includes(a.text);
  const { pairs, removed, added } = pair(oldDoc.quotes ?? [], newDoc.quotes ?? [], (q) => q.text, related);
  const summary = (r: Result, q: Quote) => ({
    type: q.type,
    speaker: q.speaker?.name ?? null,
    entity: speakerEntity(r, q),
    cue: q.cue?.text ?? null,
    at: span(q),
  });
  const changes: ItemChange[] = [];
  for (const [a, b] of pairs) {
    const fields = [
      valueField('text', a.text, b.text),
      valueField('type', a.type, b.type),
      valueField('speaker', a.speaker?.name ?? null, b.speaker?.name ?? null),
      valueField('entity', speakerEntity(oldDoc, a), speakerEntity(newDoc, b)),
      valueField('cue', a.cue?.text ?? null, b.cue?.text ?? null),
      offsets ? valueField('offsets', span(a), span(b)) : null,
      offsets ? valueField('cue offsets', a.cue ? span(a.cue) : null, b.cue ? span(b.cue) : null) : null,
    ].filter((f): f is FieldChange => f !== null);
    if (fields.length) changes.push({ section: 'quotes', op: 'changed', label: b.text, fields });
  }
  for (const q of added)
    changes.push({ section: 'quotes', op: 'added', label: q.text, item: summary(newDoc, q) });
  for (const q of removed)
    changes.push({ section: 'quotes', op: 'removed', label: q.text, item: summary(oldDoc, q) });
  return changes;
}

const KIND_SECTIONS = ['people', 'places', 'organizations', 'dates', 'quotes'] as const;

/** Every change between two records of the same document; empty when they are equivalent. */
export function diffRecords(
  oldRec: ExtractionRecord,
  newRec: ExtractionRecord,
  options: DiffOptions = {},
): ItemChange[] {
  const offsets = options.offsets ?? false;
  const doc = (label: string, a: string | null, b: string | null): ItemChange[] =>
    a === b
      ? []
      : [{ section: 'document', op: 'changed', label, fields: [{ field: label, old: a, new: b }] }];
  if (!isResult(oldRec) || !isResult(newRec)) {
    const errorOf = (r: ExtractionRecord) => (isResult(r) ? null : r.error);
    return doc('error', errorOf(oldRec), errorOf(newRec));
  }
  const changes: ItemChange[] = [
    ...doc('language', oldRec.language, newRec.language),
    ...doc('referenceDate', oldRec.referenceDate, newRec.referenceDate),
  ];
  for (const section of KIND_SECTIONS) {
    const a = oldRec[section];
    const b = newRec[section];
    if (a === undefined && b === undefined) continue;
    if (a === undefined || b === undefined) {
      const present = (a ?? b)!;
      changes.push({
        section,
        op: a === undefined ? 'added' : 'removed',
        label: `(all ${section}: not extracted in ${a === undefined ? 'OLD' : 'NEW'})`,
        item: { count: present.length },
      });
      continue;
    }
    if (section === 'dates') changes.push(...diffDates(oldRec.dates!, newRec.dates!, offsets));
    else if (section === 'quotes') changes.push(...diffQuotes(oldRec, newRec, offsets));
    else changes.push(...diffEntities(section, a as Named[], b as Named[], offsets));
  }
  return changes;
}

function documentSummary(r: ExtractionRecord): Record<string, string | number> {
  if (!isResult(r)) return { error: r.error };
  const out: Record<string, string | number> = { language: r.language };
  for (const s of KIND_SECTIONS) {
    const list = r[s];
    if (list) out[s] = list.length;
  }
  return out;
}

/** Keys documents by id: `#N` without id, `id (k)` for the k-th repeat of an id. */
export function keyRecords(records: readonly ExtractionRecord[]): Map<string, ExtractionRecord> {
  const out = new Map<string, ExtractionRecord>();
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const base = r.id ?? `#${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(n === 1 ? base : `${base} (${n})`, r);
  });
  return out;
}

/** Compares two runs over a collection; documents are matched by id. */
export function diffCollections(
  oldRecords: readonly ExtractionRecord[],
  newRecords: readonly ExtractionRecord[],
  options: DiffOptions = {},
): CollectionDiff {
  const oldByKey = keyRecords(oldRecords);
  const newByKey = keyRecords(newRecords);
  const documents: DocumentDiff[] = [];
  let changed = 0;
  let added = 0;
  let unchanged = 0;
  for (const [id, n] of newByKey) {
    const o = oldByKey.get(id);
    if (o === undefined) {
      added++;
      documents.push({ id, status: 'added', changes: [], summary: documentSummary(n) });
      continue;
    }
    const changes = diffRecords(o, n, options);
    if (changes.length) {
      changed++;
      documents.push({ id, status: 'changed', changes });
    } else unchanged++;
  }
  let removed = 0;
  for (const [id, o] of oldByKey) {
    if (newByKey.has(id)) continue;
    removed++;
    documents.push({ id, status: 'removed', changes: [], summary: documentSummary(o) });
  }
  return {
    equal: documents.length === 0,
    summary: { old: oldByKey.size, new: newByKey.size, added, removed, changed, unchanged },
    documents,
  };
}
