// The result contract (schema "extract/v1"). One definition: the JSON Schema in
// src/schema/extract-v1.schema.json describes exactly these types, and every test output is
// validated against it.

export const SCHEMA = 'extract/v1' as const;

export type Language = 'id' | 'en';

/** The kinds of extraction a caller can ask for with `only`. */
export const KINDS = ['people', 'places', 'organizations', 'dates', 'quotes'] as const;
export type Kind = (typeof KINDS)[number];

/** A span of the input: JavaScript string indices (UTF-16), end exclusive; text === input.slice(start, end). */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** Why something was extracted: the stable rule name and the text that triggered it. */
export interface Explanation {
  rule: string;
  evidence: string;
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  titles: string[];
  mentions: Mention[];
  explain?: Explanation[];
}

export type PlaceKind = 'country' | 'city' | 'region' | 'other';

export interface Place {
  id: string;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the country the place is (or lies in), when known. */
  country: string | null;
  kind: PlaceKind;
  mentions: Mention[];
  explain?: Explanation[];
}

export interface Organization {
  id: string;
  name: string;
  aliases: string[];
  mentions: Mention[];
  explain?: Explanation[];
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateExpression extends Mention {
  type: DateType;
  /** TIMEX3 value (2023-09-19, 2023-W37, P3D, PRESENT_REF…) or null when it cannot be resolved. */
  value: string | null;
  explain?: Explanation[];
}

export interface Speaker {
  name: string;
  /** id of the person or organization the speaker resolved to, or null. */
  entity: string | null;
}

export interface Quote extends Mention {
  type: 'direct' | 'indirect';
  speaker: Speaker | null;
  cue: Mention | null;
  explain?: Explanation[];
}

export interface Result {
  schema: typeof SCHEMA;
  id: string | null;
  language: Language;
  referenceDate: string | null;
  /** Kinds not asked for with `only` are left out. */
  people?: Person[];
  places?: Place[];
  organizations?: Organization[];
  dates?: DateExpression[];
  quotes?: Quote[];
}

/** What a failed input produces in batch output. */
export interface ErrorRecord {
  id: string | null;
  error: string;
}

/** A user lexicon (see README, "Your own lexicons"). */
export interface Lexicon {
  people?: { name: string; aliases?: string[]; titles?: string[] }[];
  places?: { name: string; aliases?: string[]; country?: string | null; kind?: PlaceKind }[];
  organizations?: { name: string; aliases?: string[] }[];
  speechVerbs?: { id?: string[]; en?: string[] };
  ignore?: string[];
}

export interface ExtractOptions {
  /** Carried into the result unchanged. */
  id?: string | null;
  /** 'auto' (default) detects the language of the document. */
  lang?: Language | 'auto';
  /** Publication date (YYYY-MM-DD) that relative dates resolve against; inferred from the text when absent. */
  date?: string | null;
  /** Which kinds to return; all by default. */
  only?: readonly Kind[];
  /** Attach `explain` to every extraction. */
  explain?: boolean;
  /** User lexicons, merged in order (later wins). */
  lexicons?: readonly Lexicon[];
}
