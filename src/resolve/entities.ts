// One entity per real-world referent: groups entity mentions into people, places and
// organizations, ordered by first mention, with ids given in that order.
import { lookupPlace } from '../data/index.js';
import type { EntityCandidate, EntityType } from '../recognize/types.js';
import { memoize } from '../text/memo.js';
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
/** The words of a folded string. */
function splitWords(folded: string): string[] {
  if (!isAscii(folded)) return folded.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  // ASCII: the letters, digits and apostrophes of \p{L}\p{N}' are these
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    const inWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}
const words = (s: string): string[] => splitWords(fold(s));

interface Group {
  type: EntityType;
  name: string;
  surfaces: string[];
  titles: string[];
  mentions: Mention[];
  country: string | null;
  placeKind: Place['kind'];
  explain: Explanation[];
  /** words(name) of a person, kept in step with `name` by GroupIndex.named. */
  nameWords?: string[];
  /** The folded long form a short form that named the group stands for, until that long form joins. */
  longForm?: string;
  /** The words of a person's other names ("… atau Eddy Hiariej", "… alias Ucok"): their parts name them too. */
  otherNames?: string[][];
}

/** Keeps the longest of overlapping candidates (earliest on ties); returns them sorted by start. */
export function removeOverlaps(cands: readonly EntityCandidate[]): EntityCandidate[] {
  // longest first, then the earlier (as a rank: the shorter, the higher; then by start)
  return keepNonOverlapping(
    cands,
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
    (c, maxEnd) => (maxEnd - (c.end - c.start)) * (maxEnd + 1) + c.start,
  );
}

function addUnique<T>(list: T[], item: T, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  if (!list.some((x) => same(x, item))) list.push(item);
}

const sameExplain = (a: Explanation, b: Explanation): boolean =>
  a.rule === b.rule && a.evidence === b.evidence;

/** Is `part` a run of whole words inside `whole` ("Chang" in "Chang Ho-jin", "Jong Un" in "Kim Jong Un")? */
function isWordRun(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((w, j) => whole[i + j] === w)) return true;
  }
  return false;
}

/** How a person's mention w stands to a name's words gw (see partOfName). */
const NOT_PART = 0;
const INSIDE = 1;
const OPENS = 2;
/**
 * OPENS when w is a run that opens gw ("Prabowo" of "Prabowo Subianto"), or gw, of two words or more, opens a
 * longer w ("Gregoria Mariska" in a headline … "Gregoria Mariska Tunjung"); INSIDE when w is a run elsewhere in gw,
 * or gw ends a longer w ("Ronald Tannur" … "Gregorius Ronald Tannur").
 */
function partOfName(w: readonly string[], gw: readonly string[]): number {
  if (gw.length >= 2 && w.length > gw.length) {
    // ("Ronald Tannur" in a headline … "Gregorius Ronald Tannur": or ends it, the given name left out)
    const from = w.length - gw.length;
    if (w[0] !== gw[0]) return gw.every((x, k) => w[from + k] === x) ? INSIDE : NOT_PART;
    for (let k = 0; k < gw.length; k++) if (w[k] !== gw[k]) return NOT_PART;
    return OPENS;
  }
  if (!isWordRun(w, gw)) return NOT_PART;
  for (let k = 0; k < w.length; k++) if (gw[k] !== w[k]) return patronymOnly(w, gw) ? NOT_PART : INSIDE;
  return OPENS;
}

/** Words that open a father's name inside a person's ("Muhammad Rizky bin Syahrial"). */
const PATRONYMIC = new Set(['bin', 'binti', 'bte', 'ibn']);
/**
 * Does run w stand in gw only right after "bin" or "binti" (the father's name, another person: "Syahrial" of
 * "Muhammad Rizky bin Syahrial"; the family name after it stays the person's: "Al-Ansari" of "Majed bin
 * Mohammed Al-Ansari")?
 */
function patronymOnly(w: readonly string[], gw: readonly string[]): boolean {
  const particle = gw.findIndex((x) => PATRONYMIC.has(x));
  if (particle < 0) return false;
  for (let i = 0; i + w.length <= gw.length; i++)
    if (i !== particle + 1 && w.every((x, j) => gw[i + j] === x)) return false;
  return true;
}

/** How many of the latest organizations an acronym that spells more than initials is tried on. */
const RECENT_ORGS = 40;

/** Legal forms that no acronym spells ("Amazon.com Inc." is no "AI"). */
const LEGAL_FORMS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'tbk',
  'pt',
  'sa',
  'ag',
  'nv',
  'gmbh',
  'bhd',
]);

/** The capitalized words of a name, legal forms kept (shared: not to be changed). */
const capitalizedWords = memoize((name: string): readonly string[] =>
  name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)),
);

/**
 * The capitalized words of an organization's name that an acronym may spell, legal forms left out
 * (kept by name: an acronym is tried on each of the latest organizations, whose names come back).
 * The list is shared: not to be changed.
 */
const acronymWords = memoize((name: string): readonly string[] =>
  capitalizedWords(name).filter((w) => !LEGAL_FORMS.has(w.replace(/[.,]/gu, '').toLowerCase())),
);

/** "Southeast" → "South", "east": a compass compound gives a letter for each part ("ASEAN"). */
function splitCompass(word: string): string[] {
  const m = /^(North|South)(east|west)$/iu.exec(word);
  return m ? [m[1]!, m[2]!] : [word];
}

function acronymOf(name: string): string {
  const w = acronymWords(name);
  return w.length >= 2 ? w.map((x) => x[0]).join('') : '';
}

/**
 * Do the words spell the acronym, in order, each word giving its first one to three letters ("ASEAN" =
 * A-SE-A-N: Association, SouthEast, Asian, Nations; "Kenya Medical Research Institute" → KEMRI)? With
 * `skip`, words may be left out; without it every word gives some. Words and acronym are compared as
 * given (pass them in one case).
 */
export function spellsAcronym(acr: string, words: readonly string[], skip: boolean): boolean {
  // reach[j]: the first j letters are spelled by the words seen so far (small: ≤ 8 letters, few words)
  let reach = new Set<number>([0]);
  for (const w of words) {
    const next = new Set<number>(skip ? reach : []);
    for (const j of reach)
      for (let k = 1; k <= 3 && j + k <= acr.length && k <= w.length; k++) {
        if (w[k - 1] !== acr[j + k - 1]) break;
        next.add(j + k);
      }
    if (next.size === 0) return false;
    reach = next;
  }
  return reach.has(acr.length);
}

/** The words of `acronymWords`, compass compounds split, in upper case (shared: not to be changed). */
const acronymParts = memoize((name: string): readonly string[] =>
  acronymWords(name)
    .flatMap(splitCompass)
    .map((w) => w.toUpperCase()),
);

/** The capitalized words of an organization's name with its legal form, in upper case. */
const acronymPartsWithForm = memoize((name: string): readonly string[] =>
  capitalizedWords(name)
    .flatMap(splitCompass)
    .map((w) => w.replace(/[.,]/gu, '').toUpperCase()),
);

/** Lookups over the groups made so far; the latest group wins where several match. */
class GroupIndex {
  /** Per entity type, the groups by folded name. */
  private readonly byKey = new Map<EntityType, Map<string, Group>>();
  private readonly byWord = new Map<string, Group[]>();
  private readonly byAcronym = new Map<string, Group>();
  /** Organizations in order of creation (the latest few are searched for spelled acronyms). */
  private readonly orgs: Group[] = [];
  /** Other names given with "known as", whatever type a later mention of them gets. */
  private readonly byAlias = new Map<string, Group>();

  addAlias(g: Group, key: string): void {
    this.byAlias.set(key, g);
  }

  /** The group of `type` a folded name names, if any. */
  keyed(type: EntityType, key: string): Group | undefined {
    return this.byKey.get(type)?.get(key);
  }

  addKey(g: Group, key: string): void {
    let m = this.byKey.get(g.type);
    if (!m) {
      m = new Map();
      this.byKey.set(g.type, m);
    }
    m.set(key, g);
  }

  /** Call when a group is created or its name changes; `nameWords` is words(g.name) when known. */
  named(g: Group, nameWords?: string[]): void {
    if (g.type === 'person') {
      g.nameWords = nameWords ?? words(g.name);
      for (const w of new Set(g.nameWords)) {
        const list = this.byWord.get(w);
        if (list) list.push(g);
        else this.byWord.set(w, [g]);
      }
    } else if (g.type === 'organization') {
      const a = acronymOf(g.name);
      if (a.length >= 2) this.byAcronym.set(a, g);
      this.orgs.push(g); // named once, when the group is made
    }
  }

  /** A person's other name (its words): a later mention of part of it names the person too. */
  otherName(g: Group, nameWords: string[]): void {
    g.otherNames ??= [];
    g.otherNames.push(nameWords);
    for (const w of new Set(nameWords)) {
      const list = this.byWord.get(w);
      if (!list) this.byWord.set(w, [g]);
      else if (!list.includes(g)) list.push(g);
    }
  }

  /** Every lookup that gave `from` gives `to` now (`from` joined `to`). */
  replace(from: Group, to: Group): void {
    for (const m of this.byKey.values()) for (const [k, g] of m) if (g === from) m.set(k, to);
    for (const [k, g] of this.byAlias) if (g === from) this.byAlias.set(k, to);
    for (const [w, list] of this.byWord) {
      const i = list.indexOf(from);
      if (i < 0) continue;
      if (list.includes(to)) list.splice(i, 1);
      else list[i] = to;
      if (list.length === 0) this.byWord.delete(w);
    }
  }

  /** `folded` is fold(surface), `w` words(surface) for a person. */
  find(
    c: EntityCandidate,
    surface: string,
    folded: string,
    w: string[] | null,
  ): { group: Group; rule: string } | null {
    const keys = this.byKey.get(c.type);
    // a short form right after its long form belongs to it, even when a headline named it first
    // ("GoTo …" in the headline, then "PT GoTo Gojek Tokopedia Tbk (GOTO)")
    const expanded = c.expands ? keys?.get(fold(c.expands)) : undefined;
    if (expanded)
      return {
        group: expanded,
        rule: c.type === 'place' ? 'resolve.place.short-form' : 'resolve.org.acronym',
      };
    const same = keys?.get(c.canonical == null ? folded : fold(c.canonical)) ?? keys?.get(folded);
    if (same) return { group: same, rule: 'resolve.same-name' };
    const alias = this.byAlias.get(folded);
    if (alias) return { group: alias, rule: 'resolve.known-as' };
    if (c.type === 'person' && w) {
      const list = w.length ? (this.byWord.get(w[0]!) ?? []) : [];
      // a name's first word usually refers to the person it opens ("Prabowo" → Prabowo Subianto, not
      // Listyo Sigit Prabowo); otherwise the latest person whose name holds the words
      let fallback: Group | null = null;
      for (let i = list.length - 1; i >= 0; i--) {
        const g = list[i]!;
        const other = g.otherNames;
        for (let n = -1; n < (other?.length ?? 0); n++) {
          const gw = n < 0 ? (g.nameWords ?? words(g.name)) : other![n]!;
          const part = partOfName(w, gw);
          if (part === OPENS) return { group: g, rule: 'resolve.person.partial-name' };
          if (part === INSIDE) fallback ??= g;
        }
      }
      if (fallback) return { group: fallback, rule: 'resolve.person.partial-name' };
      // ("Ronald Tannur" … "Gregorius Ronald Tannur": a longer name that a person's name of two words or more ends)
      if (w.length >= 3) {
        const ends = this.byWord.get(w[w.length - 1]!) ?? [];
        for (let i = ends.length - 1; i >= 0; i--) {
          const g = ends[i]!;
          const gw = g.nameWords ?? words(g.name);
          if (gw.length >= 2 && gw.length < w.length && partOfName(w, gw) === INSIDE)
            return { group: g, rule: 'resolve.person.partial-name' };
        }
      }
    }
    if (c.type === 'organization' && /^\p{Lu}{2,}$/u.test(surface)) {
      const g = this.byAcronym.get(surface);
      if (g) return { group: g, rule: 'resolve.org.acronym' };
      // "Association of Southeast Asian Nations" … "ASEAN": words giving more than their initial
      if (surface.length >= 3 && surface.length <= 8) {
        for (let i = this.orgs.length - 1; i >= 0 && i >= this.orgs.length - RECENT_ORGS; i--) {
          const o = this.orgs[i]!;
          const w = acronymParts(o.name);
          if (w.length >= 2 && w.length <= surface.length && spellsAcronym(surface, w, false))
            return { group: o, rule: 'resolve.org.acronym' };
          // "Taiwan Semiconductor Manufacturing Co" … "TSMC": an acronym may spell the legal form too
          const whole = acronymPartsWithForm(o.name);
          if (
            whole.length > w.length &&
            w.length >= 2 &&
            whole.length <= surface.length &&
            spellsAcronym(surface, whole, false)
          )
            return { group: o, rule: 'resolve.org.acronym' };
        }
      }
    }
    // "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)" … "Dinas PUPR": the body's head word, then the short form
    // of the words after it
    const headed = c.type === 'organization' ? HEAD_AND_SHORT_FORM.exec(surface) : null;
    if (headed) {
      const head = `${headed[1]!} `;
      for (let i = this.orgs.length - 1; i >= 0 && i >= this.orgs.length - RECENT_ORGS; i--) {
        const o = this.orgs[i]!;
        if (!o.name.startsWith(head)) continue;
        const rest = acronymParts(o.name.slice(head.length));
        if (rest.length >= 2 && spellsAcronym(headed[2]!, rest, false))
          return { group: o, rule: 'resolve.org.acronym' };
      }
    }
    return null;
  }
}

/** A body's head word and a short form after it: "Dinas PUPR", "Kementerian ESDM". */
const HEAD_AND_SHORT_FORM = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}{2,8})$/u;

/** "PT Bank Nusantara Tbk", "PT Pertamina (Persero)": the legal wrapper of an Indonesian company. */
const ID_COMPANY_WRAPPER = /^(?:pt\.?\s+)?(.+?)(?:\s*\(persero\))?(?:\s+tbk\.?)?$/u;
/** A foreign company's legal form closing its folded name ("apple inc", "toyota motor corp."): LEGAL_FORMS'. */
const FOREIGN_LEGAL_FORM = new RegExp(
  `^(.+?),?\\s+(?:${[...LEGAL_FORMS].filter((f) => f !== 'pt' && f !== 'tbk').join('|')})\\.?$`,
  'u',
);
/** Does a folded name carry such a wrapper ("pt …", "… tbk", "(persero)")? */
const HAS_COMPANY_WRAPPER = /^pt\b|\btbk\.?$|\(persero\)/u;
/**
 * "Provinsi Jawa Barat", "Province of Aceh", "Kelurahan Muara Angke", "Desa Sukamaju": a province, an urban ward
 * or a village is named without its head word too ("Kabupaten X" and "Kota X" differ from the town X).
 */
const PROVINCE = /^(?:provinsi|province\s+of|prov\.|kelurahan|desa)\s+(.+)$/u;

/**
 * The name without its wrapper, folded, when it has one: "pt bank rakyat indonesia (persero) tbk" →
 * "bank rakyat indonesia", "provinsi jawa barat" → "jawa barat"; else null. A company keeps at least two
 * words ("PT Timah Tbk" stays whole: "Timah" alone is a word), a province one.
 */
function bareName(type: EntityType, folded: string, surface: string): string | null {
  if (type === 'place') return PROVINCE.exec(folded)?.[1] ?? null;
  // (most names have no wrapper: the quick test first, then the lazy pattern that takes it off)
  if (type !== 'organization') return null;
  // ("Apple Inc", "Sony Group Corp." … "Apple": a foreign legal form after a company's name)
  const foreign = FOREIGN_LEGAL_FORM.exec(folded);
  if (foreign?.[1] && /^\p{Lu}/u.test(surface)) return foreign[1];
  if (!HAS_COMPANY_WRAPPER.test(folded)) return null;
  const bare = ID_COMPANY_WRAPPER.exec(folded)?.[1];
  if (!bare || bare === folded) return null;
  // ("PT LIB" … the company's acronym: one word in capitals is no everyday word)
  return bare.includes(' ') || /^PT\.?\s+\p{Lu}{2,6}$/u.test(surface) ? bare : null;
}

/**
 * "PT Timah" … "PT Timah Tbk": a company of one word (kept with its "PT", see bareName) written with and
 * without its listing or state-owned tail. The other forms of a folded "pt" name of one word, else none.
 */
function oneWordCompanyForms(folded: string): string[] {
  if (!/^pt\b/u.test(folded)) return [];
  const bare = ID_COMPANY_WRAPPER.exec(folded)?.[1];
  if (bare === undefined || /\s/u.test(bare)) return [];
  const core = `pt ${bare}`;
  return [core, `${core} tbk`, `${core} (persero)`, `${core} (persero) tbk`].filter((f) => f !== folded);
}

/** "U.S. Senate" → "Senate": the name after a leading country or place of one or two words, or null. */
function withoutLeadingPlace(name: string): string | null {
  const words = name.split(' ');
  for (let n = 1; n <= 2 && n < words.length; n++) {
    const rest = words.slice(n).join(' ');
    if (!/^\p{Lu}/u.test(rest)) continue;
    const place = lookupPlace(words.slice(0, n).join(' '));
    if (place && (place.kind === 'country' || place.source === 'exonym')) return rest;
  }
  return null;
}

const SHORT_FORM_JOINERS = new Set(['dan', 'serta', 'untuk', 'dari', 'of', 'and', 'the', 'for', '&']);

/**
 * Is `short` a word-syllable abbreviation of `long`: pieces of its words, in order, the first
 * opening the first word ("Puspresnas" = PUSat PREStasi NASional, "Kemendikbudristek" =
 * KEMENterian pendiDIKan keBUDayaan RISet TEKnologi)? Joining words may be left out, and at most
 * half of the others.
 */
export function abbreviates(short: string, long: string): boolean {
  const s = short.toLowerCase();
  if (s.length < 3 || s.length > 24 || !/^\p{L}+$/u.test(s)) return false;
  const ws = long
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !SHORT_FORM_JOINERS.has(w));
  if (ws.length < 2 || ws.length > 12) return false;
  const maxSkips = Math.floor(ws.length / 2);
  const seen = new Set<number>();
  const go = (i: number, wi: number, skips: number): boolean => {
    if (i === s.length) return ws.length - wi + skips <= maxSkips;
    if (wi === ws.length) return false;
    const key = (i * 16 + wi) * 16 + skips;
    if (seen.has(key)) return false;
    seen.add(key);
    const w = ws[wi]!;
    for (let p = 0; p < (wi === 0 ? 1 : w.length); p++) {
      for (let k = 1; p + k <= w.length && i + k <= s.length && w[p + k - 1] === s[i + k - 1]; k++) {
        if (go(i + k, wi + 1, skips)) return true;
        // ("Disdik" of "Dinas Pendidikan": a syllable and the word's last letter)
        if (p === 0 && p + k < w.length - 1 && s[i + k] === w[w.length - 1] && go(i + k + 1, wi + 1, skips))
          return true;
      }
    }
    return wi > 0 && skips < maxSkips && go(i, wi + 1, skips + 1);
  };
  return go(0, 0, 0);
}

/** An organization named just before `c` whose short form `c` gives in brackets: "Pusat X (Puspresnas)". */
function bracketedShortForm(
  text: string,
  c: EntityCandidate,
  prev: { group: Group; end: number } | null,
): Group | null {
  if (!prev || c.type !== 'organization' || prev.group.type !== 'organization') return null;
  if (c.start - prev.end > 3 || !/^\s*\($/u.test(text.slice(prev.end, c.start)) || text[c.end] !== ')')
    return null;
  const surface = text.slice(c.start, c.end);
  return abbreviates(
    surface,
    text.slice(prev.group.mentions[prev.group.mentions.length - 1]!.start, prev.end),
  )
    ? prev.group
    : null;
}

/** "X, sapaan akrab Y": Y is the full name of the person X nicknames. */
const FULL_NAME_AFTER = /^,\s{1,3}(?:sapaan|panggilan)\s{1,3}(?:akrab\s{1,3})?$/iu;
/** ", known as", ", yang dikenal sebagai", ", akrab disapa" between a name and another name of it. */
const KNOWN_AS =
  /^,?\s{1,3}(?:(?:also|better|commonly|popularly|widely)\s{1,3})?known\s{1,3}as\s{1,3}$|^,?\s{1,3}(?:atau\s{1,3})?(?:yang\s{1,3})?(?:(?:lebih|juga)\s{1,3})?(?:(?:dikenal|disebut)\s{1,3}(?:dengan|sebagai)(?:\s{1,3}nama)?|(?:akrab|biasa)\s{1,3}(?:disapa|dipanggil))\s{1,3}$/iu;

/**
 * The entity named just before "known as" / "dikenal sebagai" whose other name `c` is: "the California
 * Department of Forestry and Fire Protection, known as Cal Fire". The other name joins it whatever type
 * the recognizer gave it on its own.
 */
function knownAs(text: string, c: EntityCandidate, prev: { group: Group; end: number } | null): Group | null {
  if (!prev || c.start - prev.end > 40 || c.start <= prev.end) return null;
  const between = text.slice(prev.end, c.start);
  // ("The VIX, known as Wall Street's fear gauge": a possessive owns the other name, it is not one)
  if (/^['’]s\b/u.test(text.slice(c.end, c.end + 3))) return null;
  if (KNOWN_AS.test(between) || FULL_NAME_AFTER.test(between)) return prev.group;
  // "… atau yang akrab disapa Mbak Ita": the honorific the other name keeps as its title
  const honorific = c.titles?.length === 1 ? c.titles[0]! : '';
  if (
    honorific &&
    between.endsWith(` ${honorific} `) &&
    KNOWN_AS.test(between.slice(0, -honorific.length - 1))
  )
    return prev.group;
  if (c.type !== 'person' || prev.group.type !== 'person') return null;
  // "Rahmat Hidayat alias Ucok": a person's other name ("… alias Gus Ipin": with its honorific)
  const alias =
    honorific && between.endsWith(` ${honorific} `) ? between.slice(0, -honorific.length - 1) : between;
  if (/^\s{1,3}alias\s{1,3}$/u.test(alias)) return prev.group;
  // "Tjokorda Oka Artha Ardana Sukawati atau Cok Ace", "Basuki Tjahaja Purnama atau Ahok": a full name of three words
  // or more, then "atau" and a short name, names one person twice ("Prabowo atau Anies" stays two)
  if (/^\s{1,3}atau\s{1,3}$/u.test(between)) {
    const last = prev.group.mentions[prev.group.mentions.length - 1]!;
    if (
      last.end === prev.end &&
      splitWords(last.text).length >= 3 &&
      splitWords(text.slice(c.start, c.end)).length <= 2
    )
      return prev.group;
  }
  // "Saifullah Yusuf atau Gus Ipul": an honorific the short name keeps as its title says it is the other name
  // of the person just named in full
  const styled = /^\s{1,3}atau\s{1,3}(\S+)\s{1,3}$/u.exec(between);
  if (
    styled &&
    c.titles?.length === 1 &&
    c.titles[0] === styled[1] &&
    NICKNAME_STYLES.has(styled[1]!.toLowerCase())
  ) {
    const last = prev.group.mentions[prev.group.mentions.length - 1]!;
    if (last.end === prev.end && splitWords(last.text).length >= 2) return prev.group;
  }
  return null;
}

/** "Labour Party", "Democratic Party", "Scottish National Party": a party's name before the word "Party". */
const PARTY_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+Party$/u;

/** Familiar styles a nickname goes by ("Gus Ipul", "Kang Emil", "Cak Imin"), not the plain "Pak" or "Bu". */
const NICKNAME_STYLES = new Set(['gus', 'kang', 'cak', 'ning', 'uda', 'uni', 'daeng', 'bung']);

/** ", sapaan akrabnya" / ", sapaan akrab Saifullah Yusuf" / ", panggilan akrab …" right after a name. */
const NICKNAME =
  /^,[ \t]{1,3}(?:sapaan|panggilan)[ \t]{1,3}(?:akrab(?:nya)?|(?:akrab[ \t]{1,3})?(\p{Lu}[\p{L}.'-]*(?:[ \t]\p{Lu}[\p{L}.'-]*){0,4}))(?=[ \t]*[,.;)]|[ \t]*$)/u;

/** ", begitu ia biasa disapa" right after a name: the name the person named last goes by. */
const GOES_BY_AFTER =
  /^,[ \t]{1,3}begitu[ \t]{1,3}(?:(?:ia|dia|beliau)[ \t]{1,3})?(?:biasa|akrab|kerap|sering)[ \t]{1,3}(?:disapa|dipanggil)\b/u;

/** "kata pria yang akrab disapa Emil itu": a common noun for a person, then the name they go by. */
const DESCRIBED_NICKNAME =
  /(?:^|\s)\p{Ll}[\p{Ll}-]*\s{1,3}yang\s{1,3}(?:akrab|biasa|kerap|sering)\s{1,3}(?:disapa|dipanggil)\s{1,3}$/u;

/**
 * The person a nickname stands for: the one named after "sapaan akrab" when the text named them
 * before, or — with "sapaan akrabnya", or after "pria yang akrab disapa" — the person named last.
 */
function nicknameOf(
  text: string,
  c: EntityCandidate,
  index: GroupIndex,
  lastPerson: Group | null,
): Group | null {
  // ("Ridwan Kamil … kata pria yang akrab disapa Emil itu": the person named last; the verb is looked
  // for first, in the dozen characters it must end in)
  const verbBefore = text.slice(Math.max(0, c.start - 12), c.start);
  if (
    (verbBefore.includes('disapa') || verbBefore.includes('dipanggil')) &&
    DESCRIBED_NICKNAME.test(text.slice(Math.max(0, c.start - 60), c.start))
  )
    return lastPerson;
  const after = text.slice(c.end, c.end + 90);
  // "Tom Lembong, begitu ia biasa disapa, …": the name the person named last goes by
  if (GOES_BY_AFTER.test(after)) return lastPerson;
  const m = NICKNAME.exec(after);
  if (!m) return null;
  if (!m[1]) return lastPerson;
  const full = fold(m[1]);
  // ("Jojo, sapaan akrab Jonatan": a word of a name given in full before is that person)
  return index.keyed('person', full) ?? index.find(c, m[1], full, splitWords(full))?.group ?? null;
}

export function resolveEntities(text: string, candidates: readonly EntityCandidate[]): ResolvedEntities {
  const groups: Group[] = [];
  const index = new GroupIndex();
  let prev: { group: Group; end: number } | null = null;
  let lastPerson: Group | null = null;
  for (const c of removeOverlaps(candidates)) {
    const surface = text.slice(c.start, c.end);
    const mention: Mention = { start: c.start, end: c.end, text: surface };
    const folded = fold(surface);
    // a person's words: to find the name it is part of, or that is part of it
    const w = c.type === 'person' ? splitWords(folded) : null;
    let found = index.find(c, surface, folded, w);
    if (!found || found.rule === 'resolve.same-name') {
      const long = bracketedShortForm(text, c, prev);
      if (long && long !== found?.group) found = { group: long, rule: 'resolve.org.bracketed-short-form' };
    }
    // "PT Bank Rakyat Indonesia (Persero) Tbk" … "Bank Rakyat Indonesia"; "Provinsi NTB" … "NTB"
    const bare = bareName(c.type, folded, surface);
    if (!found && bare !== null) {
      const g = index.keyed(c.type, bare);
      if (g) found = { group: g, rule: 'resolve.bare-name' };
    }
    if (!found && c.type === 'organization' && bare === null)
      for (const form of oneWordCompanyForms(folded)) {
        const g = index.keyed(c.type, form);
        if (g) {
          found = { group: g, rule: 'resolve.bare-name' };
          break;
        }
      }
    if (!found && c.type === 'person') {
      // "…," tegas Gus Ipul, sapaan akrabnya / "Gus Ipul, sapaan akrab Saifullah Yusuf,": a nickname
      const nick = nicknameOf(text, c, index, lastPerson);
      if (nick) {
        found = { group: nick, rule: 'resolve.person.nickname' };
        index.addAlias(nick, folded);
        // ("Tom Lembong, begitu ia biasa disapa, … Tom": the other name's words find the person later too)
        if (w) index.otherName(nick, w);
      }
    }
    if (!found) {
      const named = knownAs(text, c, prev);
      if (named) {
        found = { group: named, rule: 'resolve.known-as' };
        index.addAlias(named, folded);
        if (w && named.type === 'person') index.otherName(named, w);
        // "Kang Dedi, sapaan akrab Dedi Mulyadi": the full name after the nickname names the person
        if (
          c.type === 'person' &&
          named.type === 'person' &&
          prev &&
          FULL_NAME_AFTER.test(text.slice(prev.end, c.start))
        ) {
          index.addKey(named, fold(named.name));
          named.name = surface;
          index.named(named, w ?? undefined);
          index.addKey(named, folded);
        }
      }
    }
    // "Eddy Hiariej" in the headline … "Edward Omar Sharif Hiariej atau Eddy Hiariej": the full name just read
    // names the person the short name named before (the full name's group joins the earlier one)
    if (found?.rule === 'resolve.same-name' && c.type === 'person' && prev && prev.group !== found.group) {
      const full = prev.group;
      if (
        full.type === 'person' &&
        full.mentions.length === 1 &&
        groups[groups.length - 1] === full &&
        knownAs(text, c, prev) === full
      ) {
        const g: Group = found.group;
        groups.pop();
        index.replace(full, g);
        g.mentions.push(...full.mentions);
        g.mentions.sort((a, b) => a.start - b.start);
        for (const x of full.surfaces) addUnique(g.surfaces, x);
        for (const t of full.titles) addUnique(g.titles, t);
        for (const e of full.explain) addUnique(g.explain, e, sameExplain);
        index.otherName(g, g.nameWords ?? words(g.name));
        g.name = full.name;
        index.named(g, full.nameWords);
        found = { group: g, rule: 'resolve.known-as' };
      }
    }
    if (found) {
      const g = found.group;
      g.mentions.push(mention);
      addUnique(g.surfaces, surface);
      index.addKey(g, folded);
      // "Provinsi DKI Jakarta" … "DKI Jakarta" (canonical "Daerah Khusus Ibukota Jakarta") … "DKI": the
      // canonical name a joining mention brings names the group too
      if (c.canonical && c.type !== 'person') index.addKey(g, fold(c.canonical));
      for (const t of c.titles ?? []) addUnique(g.titles, t);
      for (const e of c.explain) addUnique(g.explain, e, sameExplain);
      if (found.rule !== 'resolve.same-name')
        addUnique(g.explain, { rule: found.rule, evidence: surface }, sameExplain);
      // a later, longer form of a person's name becomes the name ("Putin" … "Vladimir Putin")
      if (c.type === 'person' && !c.canonical && isWordRun(g.nameWords ?? words(g.name), w!)) {
        g.name = surface;
        index.named(g, w!);
      }
      // "Indef … Institute for Development of Economics and Finance (Indef)": the long form a short form
      // stood for names the body when it comes
      if (g.longForm !== undefined && g.longForm === folded) {
        g.name = surface;
        g.longForm = undefined;
      }
      if (g.country === null && c.country) g.country = c.country;
      // a headline's "Greece" (kind unknown) is the body's country
      if (g.placeKind === 'other' && c.placeKind && c.placeKind !== 'other' && g.type === 'place')
        g.placeKind = c.placeKind;
      prev = { group: g, end: c.end };
      if (g.type === 'person') lastPerson = g;
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
      longForm: c.expands && c.type !== 'person' && !c.canonical ? fold(c.expands) : undefined,
    };
    groups.push(group);
    index.addKey(group, name === surface ? folded : fold(name));
    index.addKey(group, folded);
    if (c.expands) index.addKey(group, fold(c.expands));
    if (bare !== null) {
      index.addKey(group, bare);
      // "Provinsi DKI Jakarta" … "DKI" (named "Daerah Khusus Ibukota Jakarta" by the gazetteer)
      const known = c.type === 'place' ? lookupPlace(bare) : null;
      if (known) index.addKey(group, fold(known.canonical));
    }
    // "the U.S. Senate" … "the Senate": a body named after its country is named without it later
    if (c.type === 'organization') {
      const body = withoutLeadingPlace(surface);
      if (body !== null) index.addKey(group, fold(body));
      // "the Labour Party" … "Labour": a party is named without the word "Party" too
      // (the expression is tried only on a name that ends with the word)
      const party = name.endsWith('Party') ? PARTY_NAME.exec(name) : null;
      if (party) index.addKey(group, fold(party[1]!));
    }
    index.named(group, name === surface && w ? w : undefined);
    prev = { group, end: c.end };
    if (group.type === 'person') lastPerson = group;
  }

  const result: ResolvedEntities = { people: [], places: [], organizations: [] };
  for (const g of joinEarlyShortForms(groups)) {
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

/**
 * "Dinkes Minta Warga …" (a headline) … "Dinas Kesehatan (Dinkes)": a short form used before the text
 * defines it made a group of its own; it joins the group that took it as another name, which moves up
 * to where the short form first stood. Organizations and places only, and only groups of one name.
 */
function joinEarlyShortForms(groups: readonly Group[]): Group[] {
  const owner = new Map<string, Group>();
  for (const g of groups) {
    if (g.type === 'person' || g.surfaces.length < 2) continue;
    for (const s of g.surfaces) {
      const k = `${g.type} ${fold(s)}`;
      if (!owner.has(k)) owner.set(k, g);
    }
  }
  const out: Group[] = [];
  const moved = new Set<Group>();
  for (const g of groups) {
    if (moved.has(g)) continue;
    const to = g.surfaces.length === 1 ? owner.get(`${g.type} ${fold(g.surfaces[0]!)}`) : undefined;
    if (!to || to === g || moved.has(to) || to.mentions[0]!.start < g.mentions[0]!.start) {
      out.push(g);
      continue;
    }
    to.mentions = [...g.mentions, ...to.mentions].sort((a, b) => a.start - b.start);
    for (const e of g.explain) addUnique(to.explain, e, sameExplain);
    addUnique(to.explain, { rule: 'resolve.early-short-form', evidence: g.surfaces[0]! }, sameExplain);
    if (to.country === null) to.country = g.country;
    moved.add(to);
    out.push(to);
  }
  return out;
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
