// English people, places and organizations. Capitalized sequences are cut from the text, stripped
// of function words, titles and possessives, and classified by (1) word lists — compromise's
// lexicon of names, places and organizations plus our titles and organization heads — (2) the
// shape of the sequence (initials, particles, suffixes such as Inc or FC), (3) the words around it
// (in/at, said, results tables) and (4) what the rest of the document already established.
import type { Context, Doc, EntityCandidate, EntityType } from '../../recognize/types.js';
import type { Token } from '../../text/segment.js';
import type { PlaceKind } from '../../types.js';
import {
  HEADLINE_SPORTS,
  HONORIFICS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACE_HEADS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import { type EnglishLexicon, englishLexicon } from './nlp.js';

/** A word of a capitalized sequence: a token, or an initial or abbreviation with its full stop. */
interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

interface Chunk {
  words: Word[];
  /** The first word starts a sentence (its capital says nothing). */
  sentenceStart: boolean;
  /** The sequence sits in an all-caps line (a headline or dateline). */
  headline: boolean;
  /** Index of the line (paragraph) in the document. */
  line: number;
  /** Lower-case word before and after the sequence, '' when none. */
  before: string;
  after: string;
  /** The sequence is followed by a number (a score in a results table). */
  beforeNumber: boolean;
  followedByNumber: boolean;
}

interface Decision {
  type: EntityType;
  rule: string;
  titles?: string[];
  placeKind?: PlaceKind;
}

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /['’]s?$/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,5}$/u;
const NUMBERISH = /^[\d(]/u;

const SAY = new Set(
  'said says say told added stated explained noted argued insisted warned announced asked replied wrote'.split(
    ' ',
  ),
);
const LOCATIVE = new Set('in near outside across throughout inside around'.split(' '));
const CLUB_SUFFIXES = new Set(
  'united rovers wanderers athletic albion hotspur rangers city county town villa'.split(' '),
);
const KNOWN_ACRONYM_PLACES: ReadonlyMap<string, PlaceKind> = new Map([
  ['us', 'country'],
  ['u.s', 'country'],
  ['u.s.', 'country'],
  ['usa', 'country'],
  ['uk', 'country'],
  ['u.k', 'country'],
  ['u.k.', 'country'],
  ['uae', 'country'],
]);

const isCapWord = (t: Token): boolean => UPPER.test(t.text) && LETTER.test(t.text);
const isAllCaps = (s: string): boolean => !HAS_LOWER.test(s) && LETTER.test(s);
const key = (words: readonly Word[]): string =>
  words
    .map((w) => w.lower)
    .join(' ')
    .replace(/\s*-\s*/gu, '-');

/** Lookup key without dots: "U.S." → "us". */
const plain = (s: string): string => s.replace(/\./gu, '');

function lowerOf(text: string): string {
  return text.toLowerCase().replace(/’/gu, "'");
}

/** Splits every paragraph into capitalized sequences. */
function chunks(doc: Doc): Chunk[] {
  const { text, tokens } = doc;
  const out: Chunk[] = [];
  const sentenceStarts = new Set<number>();
  for (const s of doc.sentences) sentenceStarts.add(s.start);
  let ti = 0;
  doc.paragraphs.forEach((p, line) => {
    while (ti < tokens.length && tokens[ti]!.start < p.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.end <= p.end) ti++;
    const toks = tokens.slice(first, ti);
    const letterToks = toks.filter((t) => LETTER.test(t.text) && t.text.length > 1);
    const caps = letterToks.filter((t) => isAllCaps(t.text)).length;
    const headline = letterToks.length > 0 && caps / letterToks.length >= 0.6;
    cutSequences(text, toks, headline, line, sentenceStarts, out);
  });
  return out;
}

function cutSequences(
  text: string,
  toks: readonly Token[],
  headline: boolean,
  line: number,
  sentenceStarts: ReadonlySet<number>,
  out: Chunk[],
): void {
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isCapWord(t)) {
      i++;
      continue;
    }
    const words: Word[] = [];
    let j = i;
    for (;;) {
      const cur = toks[j]!;
      let w: Word = { start: cur.start, end: cur.end, text: cur.text, lower: lowerOf(cur.text) };
      const dot = toks[j + 1];
      const abbreviation = INITIAL.test(cur.text) || DOTTED.test(cur.text) || HONORIFICS.has(w.lower);
      if (dot && dot.text === '.' && dot.start === cur.end && abbreviation) {
        w = { start: cur.start, end: dot.end, text: `${cur.text}.`, lower: `${w.lower}.` };
        j++;
      }
      const possessive = POSSESSIVE.test(w.text) && w.text.length > 2 && /['’]/u.test(w.text.slice(-2));
      if (possessive) {
        const cut = w.text.endsWith('s') ? 2 : 1;
        w = { start: w.start, end: w.end - cut, text: w.text.slice(0, -cut), lower: w.lower.slice(0, -cut) };
      }
      words.push(w);
      if (possessive) break;
      const next = toks[j + 1];
      if (!next || /\n/u.test(text.slice(toks[j]!.end, next.start))) break;
      if (isCapWord(next)) {
        j++;
        continue;
      }
      const after = toks[j + 2];
      const low = next.text.toLowerCase();
      if (
        after &&
        isCapWord(after) &&
        (NAME_PARTICLES.has(low) || NAME_CONNECTORS.has(low)) &&
        (next.text === low || next.text === '&')
      ) {
        words.push({ start: next.start, end: next.end, text: next.text, lower: low });
        j += 2;
        continue;
      }
      break;
    }
    const prev = toks[i - 1];
    const nextTok = toks[j + 1];
    out.push({
      words,
      sentenceStart: sentenceStarts.has(t.start) || !prev || /^["“‘'(\-–—:]$/u.test(prev.text),
      headline,
      line,
      before: prev ? prev.text.toLowerCase() : '',
      after: nextTok ? nextTok.text.toLowerCase() : '',
      beforeNumber: prev ? NUMBERISH.test(prev.text) : false,
      followedByNumber: nextTok ? /^\d/u.test(nextTok.text) : false,
    });
    i = j + 1;
  }
}

/** compromise's place tag for a name, or our own for acronyms such as U.S. */
function placeKindOf(lex: EnglishLexicon, k: string, surface: string): PlaceKind | null {
  if (isAllCaps(surface) && surface.length <= 5) {
    const known = KNOWN_ACRONYM_PLACES.get(lowerOf(surface));
    if (known) return known;
    if (!surface.includes('.') && surface.length <= 3) return null; // "US" is not "us"
  }
  const tag = lex.places.get(k) ?? lex.places.get(plain(k));
  return tag ?? null;
}

function isCommonWord(lex: EnglishLexicon, lower: string): boolean {
  if (NOT_NAMES.has(lower)) return true;
  const tag = lex.common.get(lower);
  return tag !== undefined && tag !== 'ProperNoun' && !lex.places.has(lower) && !lex.firstNames.has(lower);
}

/** Titles at the front of a sequence: "Foreign Minister", "Mr.", "Gen.", "Deputy Prime Minister". */
function leadingTitles(words: readonly Word[]): number {
  let n = 0;
  let lastHead = 0;
  for (let i = 0; i < words.length; i++) {
    const w = plain(words[i]!.lower);
    if (HONORIFICS.has(w) || TITLE_HEADS.has(w)) {
      n = i + 1;
      lastHead = n;
    } else if (TITLE_MODIFIERS.has(w)) n = i + 1;
    else if (w === 'of' || w === 'the') {
      // "Secretary of State", "Minister of Finance": a title continues after "of"
      if (lastHead === 0) break;
      n = i + 1;
    } else if (lastHead > 0 && lastHead === n && i > 0 && words[i - 1]!.lower === 'of') {
      n = i + 1; // the field of the office ("of Finance")
      lastHead = n;
    } else break;
  }
  return lastHead;
}

function classify(
  lex: EnglishLexicon,
  words: readonly Word[],
  chunk: Chunk,
  sports: boolean,
): Decision | null {
  const k = key(words);
  const surface = words.map((w) => w.text).join(' ');
  const last = words[words.length - 1]!;
  const firstW = words[0]!;
  const lastLower = plain(last.lower);

  if (lex.sportsTeams.has(k)) return { type: 'organization', rule: 'en.org.lexicon' };
  if (lex.organizations.has(k) || lex.organizations.has(plain(k)))
    return { type: 'organization', rule: 'en.org.lexicon' };
  const placeKind = placeKindOf(lex, k, surface);
  if (placeKind) {
    if (sports && placeKind !== 'country' && (chunk.followedByNumber || chunk.beforeNumber))
      return { type: 'organization', rule: 'en.org.team-in-results' };
    return { type: 'place', rule: 'en.place.gazetteer', placeKind };
  }
  if (lex.people.has(k)) return { type: 'person', rule: 'en.person.lexicon' };
  if (words.length >= 2 && ORG_SUFFIXES.has(lastLower))
    return { type: 'organization', rule: 'en.org.suffix' };
  if (words.length >= 2 && CLUB_SUFFIXES.has(lastLower)) {
    const head = key(words.slice(0, -1));
    if (lastLower !== 'city' || lex.places.has(head)) return { type: 'organization', rule: 'en.org.club' };
  }
  if (words.some((w) => ORG_HEADS.has(w.lower) || lex.orgWords.has(w.lower)))
    return { type: 'organization', rule: 'en.org.head-word' };
  if (
    words.length >= 2 &&
    (PLACE_HEADS.has(lastLower) || PLACE_HEADS.has(firstW.lower) || lex.placeWords.has(lastLower))
  )
    return { type: 'place', rule: 'en.place.head-word', placeKind: 'other' };
  if (words.length >= 2 && words.length <= 5) {
    if (lex.firstNames.has(firstW.lower)) return { type: 'person', rule: 'en.person.first-name' };
    if (/^\p{Lu}\.$/u.test(firstW.text) || /^(?:\p{Lu}\.)+\p{Lu}/u.test(firstW.text))
      return { type: 'person', rule: 'en.person.initials' };
    if (words.slice(1, -1).some((w) => NAME_PARTICLES.has(w.lower) && w.text === w.lower))
      return { type: 'person', rule: 'en.person.particle' };
    if (lex.lastNames.has(lastLower)) return { type: 'person', rule: 'en.person.surname' };
  }
  if (words.length === 1 && ACRONYM.test(firstW.text.replace(/\./gu, '')) && !chunk.headline)
    return { type: 'organization', rule: 'en.org.acronym' };
  return null;
}

interface Pending {
  words: Word[];
  chunk: Chunk;
}

/** People, places and organizations in en text. */
export function entities(doc: Doc, _ctx: Context): EntityCandidate[] {
  const all = chunks(doc);
  if (all.length === 0) return [];
  const lex = englishLexicon();
  const sports = isSportsDocument(doc);
  const out: EntityCandidate[] = [];
  const known = new Map<string, EntityType>();
  const personParts = new Set<string>();
  const pending: Pending[] = [];
  const headlines: Chunk[] = [];

  const emit = (words: readonly Word[], d: Decision): void => {
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const evidence = doc.text.slice(start, end);
    const cand: EntityCandidate = { type: d.type, start, end, explain: [{ rule: d.rule, evidence }] };
    if (d.titles && d.titles.length > 0) cand.titles = d.titles;
    if (d.type === 'place') cand.placeKind = d.placeKind ?? 'other';
    out.push(cand);
    const k = key(words);
    if (!known.has(k)) known.set(k, d.type);
    if (d.type === 'person' && words.length >= 2) {
      personParts.add(words[words.length - 1]!.lower);
      if (!lex.firstNames.has(words[0]!.lower)) personParts.add(words[0]!.lower);
    }
  };

  for (const chunk of all) {
    if (chunk.headline) {
      headlines.push(chunk);
      continue;
    }
    let words = chunk.words;
    // function words and sentence-initial common words do not begin names
    while (words.length > 0) {
      const w = words[0]!;
      const low = plain(w.lower);
      const drop =
        NOT_NAMES.has(low) ||
        (w === chunk.words[0] && chunk.sentenceStart && isCommonWord(lex, low) && words.length >= 1) ||
        (w.text === w.lower && w !== chunk.words[0]);
      if (!drop) break;
      words = words.slice(1);
    }
    while (words.length > 0 && NOT_NAMES.has(plain(words[words.length - 1]!.lower)))
      words = words.slice(0, -1);
    while (words.length > 0 && words[words.length - 1]!.text === words[words.length - 1]!.lower)
      words = words.slice(0, -1);
    if (words.length === 0) continue;

    const whole = classify(lex, words, chunk, sports);
    if (whole?.type === 'organization' || whole?.type === 'place') {
      emit(words, whole);
      continue;
    }
    const nTitles = leadingTitles(words);
    if (nTitles > 0) {
      const titles = [
        words
          .slice(0, nTitles)
          .map((w) => w.text)
          .join(' '),
      ];
      const rest = words.slice(nTitles);
      if (rest.length === 0) continue;
      const inner = classify(lex, rest, chunk, sports);
      if (inner && inner.type !== 'person') emit(rest, inner);
      else emit(rest, { type: 'person', rule: 'en.person.title-before-name', titles });
      continue;
    }
    if (whole) {
      emit(words, whole);
      continue;
    }
    pending.push({ words, chunk });
  }

  // second pass: what the document established decides the rest
  for (const { words, chunk } of pending) {
    const k = key(words);
    const seen = known.get(k);
    if (seen) {
      emit(words, { type: seen, rule: 'en.entity.same-document' });
      continue;
    }
    if (words.length === 1 && personParts.has(words[0]!.lower)) {
      emit(words, { type: 'person', rule: 'en.person.partial-name' });
      continue;
    }
    if (words.length <= 3 && SAY.has(chunk.after)) {
      emit(words, { type: 'person', rule: 'en.person.speaker' });
      continue;
    }
    if (LOCATIVE.has(chunk.before) && words.length <= 3) {
      emit(words, { type: 'place', rule: 'en.place.after-preposition', placeKind: 'other' });
      continue;
    }
    if (words.length >= 2 && words.length <= 3 && words.every((w) => w.text !== w.lower)) {
      emit(words, { type: 'person', rule: 'en.person.name-shape' });
      continue;
    }
    if (
      sports &&
      words.length === 1 &&
      (chunk.followedByNumber || chunk.beforeNumber) &&
      !chunk.sentenceStart
    ) {
      emit(words, { type: 'organization', rule: 'en.org.team-in-results' });
    }
  }

  for (const chunk of headlines) headlineEntities(lex, chunk, known, emit);
  return out;
}

/** Names in an all-caps line: those the body named, gazetteer places and the dateline's place. */
function headlineEntities(
  lex: EnglishLexicon,
  chunk: Chunk,
  known: ReadonlyMap<string, EntityType>,
  emit: (words: readonly Word[], d: Decision) => void,
): void {
  const words = chunk.words;
  let i = 0;
  while (i < words.length) {
    let done = false;
    for (let n = Math.min(5, words.length - i); n >= 1 && !done; n--) {
      const span = words.slice(i, i + n);
      if (span.some((w) => w.text === w.lower)) continue;
      const k = key(span);
      const seen = known.get(k);
      const isLast = i + n === words.length;
      let d: Decision | null = null;
      if (seen) d = { type: seen, rule: 'en.entity.headline-same-document' };
      else if (NOT_NAMES.has(plain(k)) || HEADLINE_SPORTS.has(k)) d = null;
      else if (lex.organizations.has(k) || lex.sportsTeams.has(k))
        d = { type: 'organization', rule: 'en.org.lexicon' };
      else {
        const kind = placeKindOf(lex, k, span.map((w) => w.text).join(' ')) ?? null;
        if (kind) d = { type: 'place', rule: 'en.place.gazetteer', placeKind: kind };
        else if (isLast && i === 0 && chunk.followedByNumber && chunk.line < 3)
          d = { type: 'place', rule: 'en.place.dateline', placeKind: 'city' };
      }
      if (d) {
        emit(span, d);
        i += n;
        done = true;
      }
    }
    if (!done) i++;
  }
}

const SCORE_LINE = /\b\d{1,3}-\d{1,3}\b/gu;

/** A sports report or results table: a sport in the headline, or many scores. */
function isSportsDocument(doc: Doc): boolean {
  const head = doc.text.slice(0, 200).toLowerCase();
  for (const m of head.matchAll(/\p{L}+/gu)) if (HEADLINE_SPORTS.has(m[0])) return true;
  const sample = doc.text.slice(0, 5000);
  let scores = 0;
  for (const _ of sample.matchAll(SCORE_LINE)) scores++;
  return scores >= 4;
}
