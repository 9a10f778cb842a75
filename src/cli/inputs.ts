// Where documents come from: files, stdin, or JSON Lines records. Every source yields, in
// order, either a document to extract or an error that names the input, so one bad input
// never stops the others.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decodeBytes } from '../text/decode.js';
import { isIsoDate } from '../text/iso-date.js';
import type { Language } from '../types.js';
import { checkRecordSize, prepareText, type ReadOptions, readTextFile, readTextStream } from './document-text.js';

export interface DocumentInput {
  kind: 'document';
  /** The result id: the jsonl id, the file path as given, or "-" for stdin. */
  id: string | null;
  /** How the input is named in error messages. */
  label: string;
  text: string;
  lang?: Language;
  date?: string;
  /** How the input was read, when the CLI should say ("invalid UTF-8; decoded as Windows-1252"). */
  warnings?: string[];
}

export interface FailedInput {
  kind: 'error';
  id: string | null;
  label: string;
  message: string;
}

export type Input = DocumentInput | FailedInput;

const STDIN = '-';

/** Bytes as text (see src/text/decode.ts): BOM dropped, UTF-16 read, binary refused. */
export function decodeText(buf: Buffer): string {
  return decodeBytes(buf).text;
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e instanceof Error ? e.message : String(err);
  }
}

/** Plain-text inputs: each file (or stdin) is one document. */
export async function* textInputs(
  files: readonly string[],
  stdin: Readable,
  options: ReadOptions = {},
): AsyncGenerator<Input> {
  const names = files.length ? files : [STDIN];
  for (const name of names) {
    try {
      const doc = name === STDIN ? await readTextStream(stdin, options) : await readTextFile(name, options);
      const label = name === STDIN ? 'stdin' : name;
      yield { kind: 'document', id: name, label, text: doc.text, ...warningsOf(doc.warnings) };
    } catch (err) {
      yield {
        kind: 'error',
        id: name,
        label: name === STDIN ? 'stdin' : name,
        message: describeFsError(err),
      };
    }
  }
}

const warningsOf = (warnings: string[]): { warnings?: string[] } => (warnings.length ? { warnings } : {});

/** Parses one JSON Lines record `{"id", "text", "lang"?, "date"?}`; throws with what is wrong. */
export function parseRecord(line: string): { id: string; text: string; lang?: Language; date?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new Error(`invalid JSON: ${(err as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('expected an object {"id": string, "text": string}');
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec.id !== 'string') throw new Error('"id" must be a string');
  if (typeof rec.text !== 'string') throw new Error('"text" must be a string');
  const out: { id: string; text: string; lang?: Language; date?: string } = { id: rec.id, text: rec.text };
  if (rec.lang !== undefined && rec.lang !== null) {
    if (rec.lang !== 'id' && rec.lang !== 'en')
      throw new Error(`"lang" must be "id" or "en", got ${JSON.stringify(rec.lang)}`);
    out.lang = rec.lang;
  }
  if (rec.date !== undefined && rec.date !== null) {
    if (typeof rec.date !== 'string' || !isIsoDate(rec.date)) {
      throw new Error(`"date" must be a calendar date YYYY-MM-DD, got ${JSON.stringify(rec.date)}`);
    }
    out.date = rec.date;
  }
  return out;
}

/** Recovers the id of a malformed record when the line is JSON with a string id. */
function idOf(line: string): string | null {
  try {
    const v = JSON.parse(line) as { id?: unknown };
    return typeof v?.id === 'string' ? v.id : null;
  } catch {
    return null;
  }
}

/** JSON Lines inputs, streamed line by line: memory stays flat whatever the file size. */
export async function* jsonlInputs(
  files: readonly string[],
  stdin: Readable,
  options: ReadOptions = {},
): AsyncGenerator<Input> {
  const names = files.length ? files : [STDIN];
  for (const name of names) {
    const label = name === STDIN ? 'stdin' : name;
    let stream: Readable;
    try {
      stream = name === STDIN ? stdin : createReadStream(name);
      if (name !== STDIN)
        await new Promise<void>((res, rej) => stream.once('open', () => res()).once('error', rej));
    } catch (err) {
      yield { kind: 'error', id: null, label, message: describeFsError(err) };
      continue;
    }
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let lineNo = 0;
    try {
      for await (const raw of lines) {
        lineNo++;
        const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        if (line.trim() === '') continue;
        try {
          checkRecordSize(line, options);
          const rec = parseRecord(line);
          const { text, warnings } = prepareText(rec.text, options);
          yield { kind: 'document', label: `${label}:${lineNo}`, ...rec, text, ...warningsOf(warnings) };
        } catch (err) {
          yield {
            kind: 'error',
            id: idOf(line),
            label: `${label}:${lineNo}`,
            message: (err as Error).message,
          };
        }
      }
    } catch (err) {
      yield { kind: 'error', id: null, label, message: describeFsError(err) };
    }
  }
}
