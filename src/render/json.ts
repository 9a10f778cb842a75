import type { ErrorRecord, Result } from '../types.js';

export type Record_ = Result | ErrorRecord;

/** One compact object per line. */
export function renderJsonLine(record: Record_): string {
  return `${JSON.stringify(record)}\n`;
}

/** Pretty-printed, two-space indentation, indented one more level when inside an array. */
export function renderJson(record: Record_, inArray = false): string {
  const body = JSON.stringify(record, null, 2);
  return inArray ? body.replace(/^/gm, '  ') : body;
}
