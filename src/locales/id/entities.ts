import type { Context, Doc, EntityCandidate } from '../../recognize/types.js';

/** People, places and organizations in id text. */
export function entities(_doc: Doc, _ctx: Context): EntityCandidate[] {
  return [];
}
