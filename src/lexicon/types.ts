// Types shared by the lexicon loader, validator and the pipeline step that applies lexicons.
import type { Lexicon, PlaceKind } from '../types.js';

/** Every place kind a lexicon may give (the contract's PlaceKind). */
export const KINDS_OF_PLACE: readonly PlaceKind[] = ['country', 'city', 'region', 'other'];

/** The config file `extract.config.json`. */
export interface LexiconConfig {
  /** Lexicon files, relative to the config file's folder; applied in order. */
  lexicons: string[];
  /** A lexicon written inline in the config; applied after the files. */
  lexicon: Lexicon | null;
}
