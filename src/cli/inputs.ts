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
  stdin: () => Readable,
  options: ReadOptions = {},
): AsyncGenerator<Input> {
  const names = files.length ? files : [STDIN];
  for (const name of names) {
    try {
      const doc = name === STDIN ? await readTextStream(stdin(), options) : await readTextFile(name, options);
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
  stdin: () => Readable,
  options: ReadOptions = {},
): AsyncGenerator<Input> {
  const names = files.length ? files : [STDIN];
  for (const name of names) {
    const label = name === STDIN ? 'stdin' : name;
    let stream: Readable;
    try {
      stream = name === STDIN ? stdin() : createReadStream(name);
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

type GlobToken =
  | { t: 'char'; c: string }
  | { t: 'any' }
  | { t: 'star' }
  | { t: 'class'; neg: boolean; body: string };

/** Expands `{a,b}` alternatives (nested too) into plain globs. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const parts: string[] = [];
      let from = open + 1;
      for (const k of commas) {
        parts.push(glob.slice(from, k));
        from = k + 1;
      }
      parts.push(glob.slice(from, i));
      const rest = expandBraces(glob.slice(i + 1));
      const out: string[] = [];
      for (const p of parts)
        for (const head of expandBraces(glob.slice(0, open) + p)) for (const r of rest) out.push(head + r);
      if (out.length > 1000) throw new Error(`glob "${glob}" has too many alternatives`);
      return out;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  throw new Error(`unbalanced "{" in glob "${glob}"`);
}

function tokenize(segment: string): GlobToken[] {
  const out: GlobToken[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') {
      if (out.at(-1)?.t !== 'star') out.push({ t: 'star' });
    } else if (c === '?') out.push({ t: 'any' });
    else if (c === '[' && segment.indexOf(']', i + 2) > 0) {
      const close = segment.indexOf(']', i + 2);
      const neg = segment[i + 1] === '!' || segment[i + 1] === '^';
      out.push({ t: 'class', neg, body: segment.slice(neg ? i + 2 : i + 1, close) });
      i = close;
    } else out.push({ t: 'char', c });
  }
  return out;
}

function inClass(tok: { neg: boolean; body: string }, ch: string): boolean {
  let hit = false;
  for (let i = 0; i < tok.body.length; i++) {
    if (tok.body[i + 1] === '-' && i + 2 < tok.body.length) {
      if (ch >= tok.body[i]! && ch <= tok.body[i + 2]!) hit = true;
      i += 2;
    } else if (tok.body[i] === ch) hit = true;
  }
  return hit !== tok.neg;
}

/** Wildcard match of one path segment: greedy stars with one backtrack point, O(n·m) at worst. */
function matchSegment(toks: readonly GlobToken[], s: string): boolean {
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    const tok = toks[p];
    if (
      tok &&
      tok.t !== 'star' &&
      (tok.t === 'any' || (tok.t === 'char' ? tok.c === s[i] : inClass(tok, s[i]!)))
    ) {
      p++;
      i++;
    } else if (tok?.t === 'star') {
      starP = p++;
      starI = i;
    } else if (starP >= 0) {
      p = starP + 1;
      i = ++starI;
    } else return false;
  }
  while (toks[p]?.t === 'star') p++;
  return p === toks.length;
}

/**
 * Compiles a glob to a matcher of "/"-separated paths: `*` and `?` stay within one segment, a `**`
 * segment spans any number of segments, `{a,b}` is an alternative, `[...]`/`[!...]` a character
 * class. No regular expression: matching time is bounded by pattern size × path size.
 */
export function compileGlob(glob: string): (path: string) => boolean {
  const alternatives = expandBraces(glob).map((g) =>
    g.split('/').map((seg) => (seg === '**' ? null : tokenize(seg))),
  );
  return (path) => {
    const segs = path.split('/');
    return alternatives.some((pat) => {
      // reach[j]: the pattern so far can end right before path segment j
      let reach = segs.map((_, j) => j === 0).concat(segs.length === 0);
      for (const toks of pat) {
        const next = new Array<boolean>(segs.length + 1).fill(false);
        for (let j = 0; j <= segs.length; j++) {
          if (!reach[j]) continue;
          if (toks === null) for (let k = j; k <= segs.length; k++) next[k] = true;
          else if (j < segs.length && matchSegment(toks, segs[j]!)) next[j + 1] = true;
        }
        reach = next;
      }
      return reach[segs.length] === true;
    });
  };
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
  const matches = compileGlob(glob);
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
      else if (isFile && matches(onPath ? relPath : e.name)) found.push(full);
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
