// Where documents come from: files, stdin, or JSON Lines records. Every source yields, in
// order, either a document to extract or an error that names the input, so one bad input
// never stops the others.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decodeBytes } from '../text/decode.js';
import { isIsoDate } from '../text/iso-date.js';
import type { Language } from '../types.js';
import {
  checkRecordSize,
  prepareText,
  type ReadOptions,
  readTextFile,
  readTextStream,
} from './document-text.js';

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

// ---- directories and globs (batch input) ----

/**
 * Compiles a glob to an anchored regular expression: `*` and `?` stay within one path segment,
 * `**` crosses segments, `{a,b}` is an alternative, `[...]` a character class. Every
 * quantifier is followed by a literal or the end, so matching is linear in practice.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  if (braces > 0) throw new Error(`unbalanced "{" in glob "${glob}"`);
  return new RegExp(`^${out}$`);
}

export interface ExpandedPaths {
  /** Files in order: arguments as given, each directory replaced by its matching files (sorted). */
  paths: string[];
  /** Directories in which no file matched. */
  empty: string[];
  /** How many arguments were directories. */
  directories: number;
}

/**
 * Replaces every directory argument by the files below it whose name (or, when the glob has a
 * "/", whose path relative to the directory) matches the glob. Entries starting with "." are
 * skipped. Other arguments, "-" and paths that cannot be read pass through unchanged, so the
 * reader reports them in their place.
 */
export async function expandPaths(args: readonly string[], glob: string): Promise<ExpandedPaths> {
  const { readdir, realpath, stat } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const re = globToRegExp(glob);
  const onPath = glob.includes('/');
  const paths: string[] = [];
  const empty: string[] = [];
  let directories = 0;
  const seen = new Set<string>(); // real paths walked, so symlink loops end
  const walk = async (dir: string, rel: string, found: string[]): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) return;
    seen.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      found.push(dir); // the reader names the error
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const s = await stat(full).catch(() => null);
        isDir = s?.isDirectory() ?? false;
        isFile = s?.isFile() ?? false;
      }
      if (isDir) await walk(full, relPath, found);
      else if (isFile && re.test(onPath ? relPath : e.name)) found.push(full);
    }
  };
  for (const arg of args) {
    const s = arg === STDIN ? null : await stat(arg).catch(() => null);
    if (!s?.isDirectory()) {
      paths.push(arg);
      continue;
    }
    directories++;
    const found: string[] = [];
    await walk(arg, '', found);
    if (found.length === 0) empty.push(arg);
    paths.push(...found);
  }
  return { paths, empty, directories };
}
