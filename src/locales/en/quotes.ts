import type { Context, Doc, EntityIndex, QuoteCandidate } from '../../recognize/types.js';

/** Direct and indirect quotes in en text, with speakers linked to entities. */
export function quotes(_doc: Doc, _entities: EntityIndex, _ctx: Context): QuoteCandidate[] {
  return [];
}
