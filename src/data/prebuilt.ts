// Lookup tables built once, when the project is built, instead of at every start of the CLI.
//
// A module that derives a table from a data file (the gazetteer's line index and filters, the hash set of
// a word list) declares it with `prebuilt(file, read, build)`: the first call reads the text and takes
// the table from `file` when `npm run build` wrote it there for that text (scripts/build-data.mjs calls
// `writePrebuilt`), and builds it from the text otherwise (running from the TypeScript sources, or a file
// gone stale). A table is the same integers either way; reading ~1 MB of them takes a fraction of a
// millisecond, where building them took tens of milliseconds of every cold start.
//
// File format: little-endian 32-bit integers [MAGIC, check, ...table], where `check` is the length of
// the text the table was built from: a file written for another text is not used.
import { readFileSync, writeFileSync } from 'node:fs';
import { TextSet } from '../text/word-table.js';

const MAGIC = 0x31425845; // "EXB1"

/** A text and the table derived from it. */
export interface Indexed {
  readonly text: string;
  readonly table: Int32Array;
}

const declared: { file: URL; read: () => string; build: (text: string) => Int32Array }[] = [];

/**
 * The text `read` answers and its table, kept in `file` (next to the module: `new URL('./generated/x.bin',
 * import.meta.url)`) or made by `build`; read on the first call.
 */
export function prebuilt(file: URL, read: () => string, build: (text: string) => Int32Array): () => Indexed {
  declared.push({ file, read, build });
  let indexed: Indexed | null = null;
  return () => {
    if (!indexed) {
      const text = read();
      indexed = { text, table: readTable(file, text.length) ?? build(text) };
    }
    return indexed;
  };
}

/** The table in `file` if it is there and made for `check`, else null. */
function readTable(file: URL, check: number): Int32Array | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length < 8 || bytes.length % 4 !== 0) return null;
  // (a Buffer of a whole file starts its own memory, aligned; a pooled one is copied to be safe)
  const ints =
    bytes.byteOffset % 4 === 0
      ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)
      : new Int32Array(new Uint8Array(bytes).buffer);
  if (ints[0] !== MAGIC || ints[1] !== check) return null;
  return ints.subarray(2);
}

/** Builds every table declared by the modules loaded so far and writes it to its file (the build's step). */
export function writePrebuilt(): string[] {
  return declared.map(({ file, read, build }) => {
    const text = read();
    writeTable(file, text.length, build(text));
    return file.pathname;
  });
}

/** Writes a table for `check` to `file`, as `load` reads it. */
export function writeTable(file: URL, check: number, table: Int32Array): void {
  const ints = new Int32Array(2 + table.length);
  ints[0] = MAGIC;
  ints[1] = check;
  ints.set(table, 2);
  writeFileSync(file, new Uint8Array(ints.buffer));
}

/** A list of words read from a text file, one a line, and the set of them. */
export interface WordList {
  readonly text: string;
  readonly words: TextSet;
}

/**
 * The word list kept in `file` (a ".txt" next to the module, one word a line), read on the first call;
 * `prepare` turns the file's text into the list's (e.g. to lower case). Its set is prebuilt in the ".bin"
 * of the same name.
 */
export function wordList(file: URL, prepare: (text: string) => string = (t) => t): () => WordList {
  const indexed = prebuilt(
    new URL(file.href.replace(/\.txt$/u, '.bin')),
    () => prepare(readFileSync(file, 'utf8')),
    (text) => TextSet.ofLines(text).toInts(),
  );
  let list: WordList | null = null;
  return () => {
    if (!list) {
      const { text, table } = indexed();
      list = { text, words: TextSet.fromInts(text, table) };
    }
    return list;
  };
}
