// compromise's English lexicon, loaded on first use only. We load the CommonJS bundle through
// createRequire (much faster than its ESM build) and read its word lists — first names, surnames,
// countries, cities, regions, organizations, sports teams, demonyms and every common word with its
// part of speech. We do not run compromise's tagger: it is several times slower than our rules.
// The same lazy lexicon carries the everyday English words of a spelling dictionary (generated
// from dictionary-en into lexicon/words.txt, one a line, read with the rest), which compromise's own
// lexicon lacks ("computer").
import { createRequire } from 'node:module';
import { wordList } from '../../data/prebuilt.js';

type Tags = string | string[];

interface CompromiseModel {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords?: Record<string, boolean>; placeWords?: Record<string, boolean> };
}

interface Compromise {
  model(): CompromiseModel;
}

export type PlaceTag = 'country' | 'city' | 'region' | 'other';

/** The word lists the English entity rules read, all keyed by lower-case text. */
export interface EnglishLexicon {
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  /** Well-known people by full name ("barack obama") or single name ("aristotle"). */
  people: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  sportsTeams: ReadonlySet<string>;
  places: ReadonlyMap<string, PlaceTag>;
  demonyms: ReadonlySet<string>;
  /** Head words of organization names ("bank", "university", "council"). */
  orgWords: ReadonlySet<string>;
  /** Head words of geographic names ("lake", "island", "mount"). */
  placeWords: ReadonlySet<string>;
  /** Every other word compromise knows, with its first part-of-speech tag ("said" → PastTense). */
  common: ReadonlyMap<string, string>;
  /**
   * Lower-case words of an English spelling dictionary (Hunspell en_US, generated from dictionary-en)
   * that the dictionary does not also list capitalized: "computer", "central", "such" — but not
   * "apple" (Apple) or "bush" (Bush).
   */
  dictionary: { has(word: string): boolean };
}

/** The spelling dictionary's words (its set prebuilt: src/data/prebuilt.ts). */
const dictionary = wordList(new URL('./lexicon/words.txt', import.meta.url), (text) => text.trimEnd());

const asList = (t: Tags): string[] => (Array.isArray(t) ? t : [t]);

let cached: EnglishLexicon | null = null;

/** Is compromise loaded yet? (For tests that check laziness.) */
export function isLoaded(): boolean {
  return cached !== null;
}

export function englishLexicon(): EnglishLexicon {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as Compromise;
  const model = nlp.model();
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const people = new Set<string>();
  const organizations = new Set<string>();
  const sportsTeams = new Set<string>();
  const places = new Map<string, PlaceTag>();
  const demonyms = new Set<string>();
  const common = new Map<string, string>();
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    const list = asList(tags);
    const has = (t: string): boolean => list.includes(t);
    if (has('MaleName') || has('FemaleName') || has('FirstName')) firstNames.add(word);
    else if (has('LastName')) lastNames.add(word);
    else if (has('Person')) people.add(word);
    else if (has('SportsTeam')) sportsTeams.add(word);
    else if (has('Organization')) organizations.add(word);
    else if (has('Country')) places.set(word, 'country');
    else if (has('City')) places.set(word, 'city');
    else if (has('Region')) places.set(word, 'region');
    else if (has('Place') && has('ProperNoun')) places.set(word, 'other');
    else if (has('Demonym')) demonyms.add(word);
    else common.set(word, list[0]!);
  }
  cached = {
    firstNames,
    lastNames,
    people,
    organizations,
    sportsTeams,
    places,
    demonyms,
    orgWords: new Set(Object.keys(model.two.orgWords ?? {})),
    placeWords: new Set(Object.keys(model.two.placeWords ?? {})),
    common,
    dictionary: dictionary().words,
  };
  return cached;
}
