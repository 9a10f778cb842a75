// The shape of a diff between two extraction runs. Plain data: `extract diff --format json`
// prints it as is, and the library can use it without any terminal.
import type { ErrorRecord, Result } from '../types.js';

export type ExtractionRecord = Result | ErrorRecord;

export interface DiffOptions {
  /** Also report mentions, dates and quotes that only moved (different start/end). */
  offsets?: boolean;
}

/** The parts of a document a change belongs to, in the order they are listed. */
export const SECTIONS = ['document', 'people', 'places', 'organizations', 'dates', 'quotes'] as const;
export type Section = (typeof SECTIONS)[number];

/** One field of an item that changed: a value (`old` → `new`) or a set (`added`, `removed`). */
export interface FieldChange {
  field: string;
  old?: string | number | null;
  new?: string | number | null;
  added?: string[];
  removed?: string[];
}

export interface ItemChange {
  section: Section;
  op: 'added' | 'removed' | 'changed';
  /** The item: a person's or place's name, a date's or quote's text, a document field's name. */
  label: string;
  /** For added and removed items: what the item is (name, aliases, titles, value, speaker…). */
  item?: Record<string, string | number | string[] | null>;
  /** For changed items: what changed. */
  fields?: FieldChange[];
}

export interface DocumentDiff {
  /** The document's id; `#N` (1-based position) for a record without id; `id (2)` for a repeated id. */
  id: string;
  status: 'added' | 'removed' | 'changed';
  /** For changed documents: every change, grouped by section in SECTIONS order. */
  changes: ItemChange[];
  /** For added and removed documents: how many of each kind (or the error message). */
  summary?: Record<string, string | number>;
}

export interface DiffSummary {
  old: number;
  new: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface CollectionDiff {
  equal: boolean;
  summary: DiffSummary;
  /** Documents that differ: in NEW's order, then those only in OLD in OLD's order. */
  documents: DocumentDiff[];
}
