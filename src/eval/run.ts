// Runs the library on gold documents and tallies the results, the way a user runs the CLI on them:
// the gold's publication date is the reference date, and the language is given for documents
// annotated for entities only (sentence-level sets carry no article context), detected otherwise.
import { extract } from '../pipeline.js';
import type { ExtractOptions, Lexicon, Result } from '../types.js';
import type { GoldDoc } from './gold.js';
import { emptyTally, scoreDoc, type Tally } from './score.js';

export interface EvalOptions {
  /** Give every document its gold language, not only entity-only ones. */
  langHint?: boolean;
  /** Hand the gold `dct` to the extractor as the reference date (default true). */
  useDate?: boolean;
  lexicons?: readonly Lexicon[];
  /** Called for a document the extractor failed on; it counts as without result. */
  onError?: (doc: GoldDoc, error: Error) => void;
}

/** The options the extractor gets for one gold document. */
export function optionsFor(d: GoldDoc, o: EvalOptions = {}): ExtractOptions {
  const out: ExtractOptions = { id: d.id };
  if (d.lang !== null && (o.langHint || d.layers.every((l) => l === 'entities'))) out.lang = d.lang;
  if ((o.useDate ?? true) && d.dct !== null) out.date = d.dct;
  if (o.lexicons?.length) out.lexicons = o.lexicons;
  return out;
}

/** Extracts from every document and scores it; the tally of the whole set. */
export function evaluate(docs: readonly GoldDoc[], o: EvalOptions = {}): Tally {
  const tally = emptyTally();
  for (const d of docs) {
    let result: Result | null = null;
    try {
      result = extract(d.text, optionsFor(d, o));
    } catch (err) {
      o.onError?.(d, err instanceof Error ? err : new Error(String(err)));
    }
    scoreDoc(tally, d, result);
  }
  return tally;
}
