import type { Context, DateCandidate, Doc } from '../../recognize/types.js';

/** The publication date the id text states about itself, or null. */
export function inferReferenceDate(_doc: Doc): string | null {
  return null;
}

/** Date and time expressions in id text, valued against ctx.referenceDate. */
export function dates(_doc: Doc, _ctx: Context): DateCandidate[] {
  return [];
}
