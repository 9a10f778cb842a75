// Validates records against the shipped JSON Schema and checks the offset invariant.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { expect } from 'vitest';

const schemaPath = fileURLToPath(new URL('../../src/schema/extract-v1.schema.json', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

interface Spanned {
  start: number;
  end: number;
  text: string;
}

/** Every span in a result: entity mentions, dates, quotes and cues. */
export function spansOf(record: unknown): Spanned[] {
  const r = record as Record<string, unknown>;
  const out: Spanned[] = [];
  for (const key of ['people', 'places', 'organizations'] as const) {
    for (const e of (r[key] as { mentions: Spanned[] }[] | undefined) ?? [])
      for (const m of e.mentions) out.push(m);
  }
  for (const d of (r.dates as Spanned[] | undefined) ?? []) out.push(d); // no spread: 200,000 dates overflow the stack
  for (const q of (r.quotes as (Spanned & { cue: Spanned | null })[] | undefined) ?? []) {
    out.push(q);
    if (q.cue) out.push(q.cue);
  }
  return out;
}

/** Asserts that `record` is valid extract/v1 and that every offset slices `text` to its span text. */
export function expectValidRecord(record: unknown, text?: string): void {
  const ok = validate(record);
  expect(ok ? [] : validate.errors, 'schema errors').toEqual([]);
  if (text === undefined) return;
  for (const s of spansOf(record)) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}
