// One entity per real-world referent: groups entity mentions into people, places and
// organizations, ordered by first mention, with ids given in that order.
import type { EntityCandidate, EntityType } from '../recognize/types.js';
import { keepNonOverlapping } from '../text/spans.js';
import type { Explanation, Mention, Organization, Person, Place } from '../types.js';

export interface ResolvedEntities {
  people: Person[];
  places: Place[];
  organizations: Organization[];
}

/** Lower case, no accents, one apostrophe. Plain ASCII has nothing to decompose or replace: only lower case. */
const fold = (s: string): string =>
  isAscii(s)
    ? s.toLowerCase()
    : s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'");

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
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
  /** words(name) of a person, kept in step with `name` by GroupIndex.named. */
  nameWords?: string[];
}

/** Keeps the longest of overlapping candidates (earliest on ties); returns them sorted by start. */
export function removeOverlaps(cands: readonly EntityCandidate[]): EntityCandidate[] {
  return keepNonOverlapping(cands, (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
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

/** Lookups over the groups made so far; the latest group wins where several match. */
class GroupIndex {
  /** Per entity type, the groups by folded name. */
  private readonly byKey = new Map<EntityType, Map<string, Group>>();
  private readonly byWord = new Map<string, Group[]>();
  private readonly byAcronym = new Map<string, Group>();

  add(g: Group): void {
    for (const k of g.keys) this.addKey(g, k);
    this.named(g);
  }

  addKey(g: Group, key: string): void {
    let m = this.byKey.get(g.type);
    if (!m) {
      m = new Map();
      this.byKey.set(g.type, m);
    }
    m.set(key, g);
  }

  /** Call when a group is created or its name changes. */
  named(g: Group): void {
    if (g.type === 'person') {
      g.nameWords = words(g.name);
      for (const w of new Set(g.nameWords)) {
        const list = this.byWord.get(w);
        if (list) list.push(g);
        else this.byWord.set(w, [g]);
      }
    } else if (g.type === 'organization') {
      const a = acronymOf(g.name);
      if (a.length >= 2) this.byAcronym.set(a, g);
    }
  }

  /** `folded` is fold(surface). */
  find(c: EntityCandidate, surface: string, folded: string): { group: Group; rule: string } | null {
    const keys = this.byKey.get(c.type);
    const key = (k: string): Group | undefined => keys?.get(k);
    const same = key(c.canonical == null ? folded : fold(c.canonical)) ?? key(folded);
    if (same) return { group: same, rule: 'resolve.same-name' };
    const expanded = c.expands ? key(fold(c.expands)) : undefined;
    if (expanded) return { group: expanded, rule: 'resolve.org.acronym' };
    if (c.type === 'person') {
      const w = words(surface);
      const list = w.length ? (this.byWord.get(w[0]!) ?? []) : [];
      // a name's first word usually refers to the person it opens ("Prabowo" → Prabowo Subianto, not
      // Listyo Sigit Prabowo); otherwise the latest person whose name holds the words
      let fallback: Group | null = null;
      for (let i = list.length - 1; i >= 0; i--) {
        const g = list[i]!;
        const gw = g.nameWords ?? words(g.name);
        if (!isWordRun(w, gw)) continue;
        if (w.every((x, k) => gw[k] === x)) return { group: g, rule: 'resolve.person.partial-name' };
        fallback ??= g;
      }
      if (fallback) return { group: fallback, rule: 'resolve.person.partial-name' };
    }
    if (c.type === 'organization' && /^\p{Lu}{2,}$/u.test(surface)) {
      const g = this.byAcronym.get(surface);
      if (g) return { group: g, rule: 'resolve.org.acronym' };
    }
    return null;
  }
}

export function resolveEntities(text: string, candidates: readonly EntityCandidate[]): ResolvedEntities {
  const groups: Group[] = [];
  const index = new GroupIndex();
  for (const c of removeOverlaps(candidates)) {
    const surface = text.slice(c.start, c.end);
    const mention: Mention = { start: c.start, end: c.end, text: surface };
    const folded = fold(surface);
    const found = index.find(c, surface, folded);
    if (found) {
      const g = found.group;
      g.mentions.push(mention);
      addUnique(g.surfaces, surface);
      g.keys.add(folded);
      index.addKey(g, folded);
      for (const t of c.titles ?? []) addUnique(g.titles, t);
      for (const e of c.explain) addUnique(g.explain, e, sameExplain);
      if (found.rule !== 'resolve.same-name')
        addUnique(g.explain, { rule: found.rule, evidence: surface }, sameExplain);
      // a later, longer form of a person's name becomes the name ("Putin" … "Vladimir Putin")
      if (c.type === 'person' && !c.canonical && isWordRun(g.nameWords ?? words(g.name), words(surface))) {
        g.name = surface;
        index.named(g);
      }
      if (g.country === null && c.country) g.country = c.country;
      continue;
    }
    const name = c.canonical ?? surface;
    const group: Group = {
      type: c.type,
      name,
      surfaces: [surface],
      titles: [...(c.titles ?? [])],
      mentions: [mention],
      country: c.country ?? null,
      placeKind: c.placeKind ?? 'other',
      explain: [...c.explain],
      keys: new Set([
        name === surface ? folded : fold(name),
        folded,
        ...(c.expands ? [fold(c.expands)] : []),
      ]),
    };
    groups.push(group);
    index.add(group);
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
      // mentions never overlap: binary-search the first one that ends after `start`
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid]!.end <= start) lo = mid + 1;
        else hi = mid;
      }
      const s = spans[lo];
      return s && s.start < end ? s.entity : null;
    },
  };
}
