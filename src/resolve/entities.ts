// One entity per real-world referent: groups entity mentions into people, places and
// organizations, ordered by first mention, with ids given in that order.
import type { EntityCandidate, EntityType } from '../recognize/types.js';
import type { Explanation, Mention, Organization, Person, Place } from '../types.js';

export interface ResolvedEntities {
  people: Person[];
  places: Place[];
  organizations: Organization[];
}

const fold = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'");
const words = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

interface Group {
  type: EntityType;
  name: string;
  surfaces: string[];
  titles: string[];
  mentions: Mention[];
  country: string | null;
  placeKind: Place['kind'];
  explain: Explanation[];
  keys: Set<string>;
}

/** Keeps the longest of overlapping candidates (earliest on ties); returns them sorted by start. */
export function removeOverlaps(cands: readonly EntityCandidate[]): EntityCandidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: EntityCandidate[] = [];
  for (const c of sorted) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function addUnique<T>(list: T[], item: T, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  if (!list.some((x) => same(x, item))) list.push(item);
}

const sameExplain = (a: Explanation, b: Explanation): boolean =>
  a.rule === b.rule && a.evidence === b.evidence;

/** Is `part` a run of whole words inside `whole` ("Chang" in "Chang Ho-jin", "Jong Un" in "Kim Jong Un")? */
function isWordRun(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((w, j) => whole[i + j] === w)) return true;
  }
  return false;
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function findGroup(groups: Group[], c: EntityCandidate, text: string): { group: Group; rule: string } | null {
  const surface = text.slice(c.start, c.end);
  const key = fold(c.canonical ?? surface);
  const same = groups.filter((g) => g.type === c.type);
  for (let i = same.length - 1; i >= 0; i--) {
    const g = same[i]!;
    if (g.keys.has(key) || g.keys.has(fold(surface))) return { group: g, rule: 'resolve.same-name' };
    if (c.expands && g.keys.has(fold(c.expands))) return { group: g, rule: 'resolve.org.acronym' };
  }
  if (c.type === 'person') {
    const w = words(surface);
    for (let i = same.length - 1; i >= 0; i--) {
      const g = same[i]!;
      if (isWordRun(w, words(g.name))) return { group: g, rule: 'resolve.person.partial-name' };
    }
  }
  if (c.type === 'organization' && /^\p{Lu}{2,}$/u.test(surface)) {
    for (let i = same.length - 1; i >= 0; i--) {
      const g = same[i]!;
      if (acronymOf(g.name) === surface) return { group: g, rule: 'resolve.org.acronym' };
    }
  }
  return null;
}

export function resolveEntities(text: string, candidates: readonly EntityCandidate[]): ResolvedEntities {
  const groups: Group[] = [];
  for (const c of removeOverlaps(candidates)) {
    const surface = text.slice(c.start, c.end);
    const mention: Mention = { start: c.start, end: c.end, text: surface };
    const found = findGroup(groups, c, text);
    if (found) {
      const g = found.group;
      g.mentions.push(mention);
      addUnique(g.surfaces, surface);
      g.keys.add(fold(surface));
      for (const t of c.titles ?? []) addUnique(g.titles, t);
      for (const e of c.explain) addUnique(g.explain, e, sameExplain);
      if (found.rule !== 'resolve.same-name')
        addUnique(g.explain, { rule: found.rule, evidence: surface }, sameExplain);
      // a later, longer form of a person's name becomes the name ("Putin" … "Vladimir Putin")
      if (c.type === 'person' && !c.canonical && isWordRun(words(g.name), words(surface))) g.name = surface;
      if (g.country === null && c.country) g.country = c.country;
      continue;
    }
    const name = c.canonical ?? surface;
    groups.push({
      type: c.type,
      name,
      surfaces: [surface],
      titles: [...(c.titles ?? [])],
      mentions: [mention],
      country: c.country ?? null,
      placeKind: c.placeKind ?? 'other',
      explain: [...c.explain],
      keys: new Set([fold(name), fold(surface), ...(c.expands ? [fold(c.expands)] : [])]),
    });
  }

  const result: ResolvedEntities = { people: [], places: [], organizations: [] };
  for (const g of groups) {
    const aliases = g.surfaces.filter((s) => s !== g.name);
    if (g.type === 'person') {
      result.people.push({
        id: `person-${result.people.length + 1}`,
        name: g.name,
        aliases,
        titles: g.titles,
        mentions: g.mentions,
        explain: g.explain,
      });
    } else if (g.type === 'place') {
      result.places.push({
        id: `place-${result.places.length + 1}`,
        name: g.name,
        aliases,
        country: g.country,
        kind: g.placeKind,
        mentions: g.mentions,
        explain: g.explain,
      });
    } else {
      result.organizations.push({
        id: `org-${result.organizations.length + 1}`,
        name: g.name,
        aliases,
        mentions: g.mentions,
        explain: g.explain,
      });
    }
  }
  return result;
}

/** The index the quote engine uses to link speakers to entities. */
export function indexEntities(resolved: ResolvedEntities): {
  at(start: number, end: number): Person | Organization | null;
} {
  const spans: { start: number; end: number; entity: Person | Organization }[] = [];
  for (const e of [...resolved.people, ...resolved.organizations]) {
    for (const m of e.mentions) spans.push({ start: m.start, end: m.end, entity: e });
  }
  spans.sort((a, b) => a.start - b.start);
  return {
    at(start, end) {
      for (const s of spans) {
        if (s.start >= end) break;
        if (s.end > start) return s.entity;
      }
      return null;
    },
  };
}
