import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { prebuilt, readText, wordList, writeTable, writeText } from '../../src/data/prebuilt.js';

const dir = mkdtempSync(join(tmpdir(), 'extract-prebuilt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const url = (name: string): URL => pathToFileURL(join(dir, name));

describe('prebuilt tables', () => {
  it('builds the table when no file holds it, and reads it from the file once written', () => {
    let builds = 0;
    const file = url('a.bin');
    const table = () =>
      prebuilt(
        file,
        () => 'abc',
        () => {
          builds++;
          return Int32Array.of(7, 8, 9);
        },
      )().table;
    expect([...table()]).toEqual([7, 8, 9]);
    expect(builds).toBe(1);
    writeTable(file, 3, Int32Array.of(1, 2));
    expect([...table()]).toEqual([1, 2]);
    expect(builds).toBe(1);
  });
  it('does not use a file written for another text (another check) or not a table at all', () => {
    const file = url('b.bin');
    const table = () =>
      prebuilt(
        file,
        () => 'abcde',
        () => Int32Array.of(5),
      )().table;
    writeTable(file, 4, Int32Array.of(4));
    expect([...table()]).toEqual([5]);
    writeFileSync(file, 'not a table at all');
    expect([...table()]).toEqual([5]);
  });
  it('reads its text once, and answers the same table at every call', () => {
    let reads = 0;
    const indexed = prebuilt(
      url('c.bin'),
      () => {
        reads++;
        return 'xyz';
      },
      () => Int32Array.of(1),
    );
    expect(indexed()).toBe(indexed());
    expect(indexed().text).toBe('xyz');
    expect(reads).toBe(1);
  });
});

describe('wordList', () => {
  it('reads a list of words, one a line, prepared, and answers from its set', () => {
    const file = url('names.txt');
    writeFileSync(file, 'Maria\nJohan\nÉrica\n');
    const list = wordList(file, (t) => t.trimEnd().toLowerCase());
    expect(list().text).toBe('maria\njohan\nérica');
    expect(['maria', 'érica', 'Maria', 'jo', ''].map((w) => list().words.has(w))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  it('reads the same set from its prebuilt table', () => {
    const file = url('words.txt');
    writeFileSync(file, 'alpha\nbeta\n');
    const text = 'alpha\nbeta\n';
    // a table written for the text (as the build does) is what the list reads
    const built = wordList(file)().words;
    expect(built.has('beta')).toBe(true);
    writeTable(url('words.bin'), text.length, Int32Array.of(0, ...new Int32Array(3 * 1024)));
    // (an empty table of the right shape: read from the file, it answers no word)
    expect(wordList(file)().words.has('beta')).toBe(false);
  });
});

describe('readText', () => {
  it('reads a UTF-8 file, and its UTF-16 copy once the build wrote one for that file', () => {
    const file = url('places.txt');
    writeFileSync(file, 'Bandung\nCuraçao\n’s-Hertogenbosch\n');
    expect(readText(file)).toBe('Bandung\nCuraçao\n’s-Hertogenbosch\n');
    expect(writeText(file)).toBe(true);
    expect(existsSync(url('places.u16'))).toBe(true);
    expect(readText(file)).toBe('Bandung\nCuraçao\n’s-Hertogenbosch\n');
  });
  it('writes no copy of an ASCII file, and does not use a copy made for another version of the file', () => {
    const ascii = url('ascii.txt');
    writeFileSync(ascii, 'Bandung\n');
    expect(writeText(ascii)).toBe(false);
    expect(existsSync(url('ascii.u16'))).toBe(false);
    const file = url('changed.txt');
    writeFileSync(file, 'Curaçao\n');
    writeText(file);
    writeFileSync(file, 'Curaçao\nBogotá\n');
    expect(readText(file)).toBe('Curaçao\nBogotá\n');
  });
});
