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
//
// The data files' text is read through `readText`: a file with other characters than ASCII has a UTF-16
// copy written by the build (`writeText`), which V8 takes as it is where it decodes UTF-8 character by
// character (the gazetteer's 1.2 MB: ~30 M instructions of every cold start, against ~2 M).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** Where the UTF-16 copy of a text file is kept: NAME.u16 next to NAME.txt. */
const utf16Of = (file: URL): URL => new URL(file.href.replace(/(\.txt)?$/u, '.u16'));

/**
 * The text of a UTF-8 file, from its UTF-16 copy when the build wrote one for the file as it is (the copy
 * starts with the UTF-8 file's size in bytes, a 32-bit little-endian integer), else decoded.
 */
export function readText(file: URL): string {
  let copy: Buffer | null = null;
  try {
    copy = readFileSync(utf16Of(file));
  } catch {
    // (no copy: an ASCII file, or running from the sources)
  }
  if (copy && copy.length >= 4 && copy.length % 2 === 0 && copy.readUInt32LE(0) === statSync(file).size) {
    return copy.toString('utf16le', 4);
  }
  return readFileSync(file, 'utf8');
}

/** Writes the UTF-16 copy of a UTF-8 file that is not all ASCII, for `readText`; answers whether it did. */
export function writeText(file: URL): boolean {
  const bytes = readFileSync(file);
  if (bytes.every((b) => b < 0x80)) return false;
  const size = Buffer.alloc(4);
  size.writeUInt32LE(bytes.length, 0);
  writeFileSync(utf16Of(file), Buffer.concat([size, Buffer.from(bytes.toString('utf8'), 'utf16le')]));
  return true;
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
    () => prepare(readText(file)),
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
