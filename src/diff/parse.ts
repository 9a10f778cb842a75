// Reads extraction files as `extract` writes them: one JSON object (--format json, one input), a
// JSON array (--format json, several inputs) or JSON Lines (--format jsonl).
import type { ExtractionRecord } from './types.js';

function checkRecord(value: unknown, where: string): ExtractionRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: expected an extraction result or error record, got ${JSON.stringify(value)}`);
  }
  const rec = value as Record<string, unknown>;
  const isResult = typeof rec.schema === 'string' && typeof rec.language === 'string';
  const isError = typeof rec.error === 'string';
  if (!isResult && !isError) {
    throw new Error(`${where}: not an extraction result (no "schema") nor an error record (no "error")`);
  }
  if (rec.id !== null && rec.id !== undefined && typeof rec.id !== 'string') {
    throw new Error(`${where}: "id" must be a string or null`);
  }
  return rec as unknown as ExtractionRecord;
}

/** Parses the text of an extraction file; throws with the line or position that is wrong. */
export function parseExtractions(text: string): ExtractionRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      throw new Error(`invalid JSON: ${(err as Error).message}`);
    }
    return (value as unknown[]).map((v, i) => checkRecord(v, `item ${i + 1}`));
  }
  // One pretty-printed object, or JSON Lines: try the whole text first, then line by line.
  try {
    return [checkRecord(JSON.parse(trimmed), 'document')];
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
  }
  const out: ExtractionRecord[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`line ${i + 1}: invalid JSON: ${(err as Error).message}`);
    }
    out.push(checkRecord(value, `line ${i + 1}`));
  }
  return out;
}
