// What recognizers hand to the resolvers: candidates with offsets and the rule that found them.
// Internal to the library; the public contract is in src/types.ts.
import type { Segments, Span } from '../text/segment.js';
import type {
  DateType,
  Explanation,
  Language,
  Lexicon,
  Organization,
  Person,
  Place,
  PlaceKind,
  Speaker,
} from '../types.js';

/** A document on its way through the pipeline. */
export interface Doc extends Segments {
  text: string;
  language: Language;
}

export type EntityType = 'person' | 'place' | 'organization';

/** One mention of a person, place or organization, as a recognizer found it. */
export interface EntityCandidate extends Span {
  type: EntityType;
  /** Titles, honorifics and ranks found next to a person's name ("Presiden", "Brigjen"). */
  titles?: string[];
  /** Canonical name when a lexicon knows it (Tiongkok → China keeps its surface as alias). */
  canonical?: string;
  /** Places: ISO 3166-1 alpha-2 country code. */
  country?: string | null;
  placeKind?: PlaceKind;
  /** Organizations: the acronym or long form this mention is known to stand for. */
  expands?: string;
  explain: Explanation[];
}

export interface DateCandidate extends Span {
  type: DateType;
  value: string | null;
  explain: Explanation[];
}

export interface QuoteCandidate extends Span {
  type: 'direct' | 'indirect';
  speaker: Speaker | null;
  cue: Span | null;
  explain: Explanation[];
}

/** The resolved entities, as the quote engine sees them when it attributes speakers. */
export interface EntityIndex {
  people: readonly Person[];
  places: readonly Place[];
  organizations: readonly Organization[];
  /** The person or organization one of whose mentions overlaps [start, end), if any. */
  at(start: number, end: number): Person | Organization | null;
}

export interface Context {
  /** The merged user lexicon (empty object when none). */
  lexicon: Lexicon;
  /** Reference date YYYY-MM-DD, or null when unknown. */
  referenceDate: string | null;
  /** Was the reference date read from the text (no publication date given), so the story may be written later? */
  referenceInferred?: boolean;
}

/** The rules of one language, over the shared engines. Same shape for every language. */
export interface LocaleRules {
  code: Language;
  /**
   * Do the entity rules fill the slots of a WordToken on the document's tokens (text/segment.ts)?
   * Then `extract` has the tokenizer make the tokens with them.
   */
  tokenSlots?: boolean;
  entities(doc: Doc, ctx: Context): EntityCandidate[];
  /** The publication date the text itself states (a dateline, "Senin (29/12/2014)"), or null. */
  inferReferenceDate(doc: Doc): string | null;
  dates(doc: Doc, ctx: Context): DateCandidate[];
  quotes(doc: Doc, entities: EntityIndex, ctx: Context): QuoteCandidate[];
}
