import type { Context, Doc, EntityCandidate } from '../../recognize/types.js';

/** People, places and organizations in en text. */
export function entities(_doc: Doc, _ctx: Context): EntityCandidate[] {
  return [];
}
