import { detached } from './memo.js';

/**
 * FNV-1a of a string's code units, never 0 (0 marks an empty slot of a WordInts table). Cheap for the
 * short words it is asked about: one multiply per code unit.
 */
export function wordHash(s: string): number {
  return spanHash(s, 0, s.length);
}

/** wordHash of s.slice(start, end), read in place. */
function spanHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 1;
}

/**
 * Integers kept by word, for caches asked once per token: an open-addressing table whose hashes and
 * values lie side by side in one typed array. A lookup reads one slot (and the kept word once the hash
 * agrees), where a Map<string, number> hashes each fresh substring natively and walks its chains: in
 * a loop over the words of news text this table answers in about half the time.
 * Bounded: it forgets everything at once when it holds `limit` words (as `memoize` does).
 */
export class WordInts {
  /** [hash, value] per slot; a hash of 0 is an empty slot. */
  private slots = new Int32Array(2 * 1024);
  private keys: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private mask = 1023;
  private count = 0;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.count;
  }

  /** The value kept for `word` (whose wordHash is `hash`), or `missing`. */
  get(word: string, hash: number, missing: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = slots[2 * i]!;
      if (h === 0) return missing;
      if (h === hash && this.keys[i] === word) return slots[2 * i + 1]!;
    }
  }

  /** Keeps `value` for `word` (whose wordHash is `hash`). */
  set(word: string, hash: number, value: number): void {
    if (this.count >= this.limit) this.clear();
    else if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = slots[2 * i]!;
      if (h === 0) {
        slots[2 * i] = hash;
        slots[2 * i + 1] = value;
        this.keys[i] = detached(word);
        this.count++;
        return;
      }
      if (h === hash && this.keys[i] === word) {
        slots[2 * i + 1] = value;
        return;
      }
    }
  }

  clear(): void {
    this.slots.fill(0);
    this.keys.fill(undefined);
    this.count = 0;
  }

  /** Twice the slots, every word put back. */
  private grow(): void {
    const oldSlots = this.slots;
    const oldKeys = this.keys;
    const size = 2 * (this.mask + 1);
    this.slots = new Int32Array(2 * size);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.mask = size - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const hash = oldSlots[2 * j]!;
      if (hash === 0) continue;
      let i = hash & this.mask;
      while (this.slots[2 * i] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = hash;
      this.slots[2 * i + 1] = oldSlots[2 * j + 1]!;
      this.keys[i] = oldKeys[j];
    }
  }
}

/**
 * A set of words that turns most words away before hashing them, by their length and first code unit:
 * for lists asked about nearly every token of a text, where each fresh token string would otherwise
 * be hashed only to miss. Everything but `has` is the Set's own.
 */
export class WordSet extends Set<string> {
  /** Bit n: a word of n code units (n < 31); bit 31: a longer one. */
  private lengths = 0;
  /** The ASCII code units words open with, as bits. */
  private readonly firsts = new Uint32Array(4);
  /** Some word opens beyond ASCII (or is empty). */
  private wide = false;

  constructor(words: Iterable<string> = []) {
    super();
    for (const w of words) this.add(w);
  }

  override add(word: string): this {
    this.lengths |= 1 << Math.min(word.length, 31);
    const c = word.charCodeAt(0);
    if (c < 128) this.firsts[c >> 5]! |= 1 << (c & 31);
    else this.wide = true;
    return super.add(word);
  }

  override has(word: string): boolean {
    if ((this.lengths & (1 << Math.min(word.length, 31))) === 0) return false;
    const c = word.charCodeAt(0);
    if (c < 128 ? (this.firsts[c >> 5]! & (1 << (c & 31))) === 0 : !this.wide) return false;
    return super.has(word);
  }
}

/**
 * A fixed set of words that are spans of one text (its lines, or parts of them), built without cutting a
 * string out of it: an open-addressing table of the spans' offsets, hashed (as wordHash) and compared in
 * place. Building it allocates nothing per word, where a Set<string> of tens of thousands of words costs
 * a string and an entry each (tens of milliseconds at every start of the CLI).
 */
export class TextSet {
  /** [hash, start, end] per slot; a hash of 0 is an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /** `expected`: about how many words will be added (the table is made for them at once, not grown). */
  constructor(
    private readonly text: string,
    expected = 512,
  ) {
    let size = 1024;
    while (size < 2 * expected) size *= 2;
    this.slots = new Int32Array(3 * size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The set of a text's lines (its parts between "\n"s); `expected` as for the constructor. */
  static ofLines(text: string, expected = text.length / 7): TextSet {
    const set = new TextSet(text, expected);
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      set.add(start, end);
      start = end + 1;
    }
    return set;
  }

  /**
   * The table as integers ([count, ...slots]), to be kept in a file and given back to `fromInts`: put
   * into the fewest slots that keep it at most 60 % full (a smaller file reads faster than lookups lose).
   */
  toInts(): Int32Array {
    let size = 1024;
    while (0.6 * size < this.count) size *= 2;
    const ints = new Int32Array(1 + 3 * size);
    ints[0] = this.count;
    putSlots(this.slots, ints.subarray(1));
    return ints;
  }

  /**
   * The set `toInts` wrote, over the same text, without adding a word: the slots are read where they lie
   * (a view, not a copy).
   */
  static fromInts(text: string, ints: Int32Array): TextSet {
    const size = (ints.length - 1) / 3;
    if (!Number.isInteger(size) || size < 1 || (size & (size - 1)) !== 0)
      throw new Error('TextSet.fromInts: not a table of slots');
    const set = new TextSet(text, 0);
    set.slots = ints.subarray(1);
    set.mask = size - 1;
    set.count = ints[0]!;
    return set;
  }

  /** Adds text.slice(start, end), unless it is in already. */
  add(start: number, end: number): void {
    const text = this.text;
    const hash = spanHash(text, start, end);
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = slots[3 * i]!;
      if (h === 0) {
        slots[3 * i] = hash;
        slots[3 * i + 1] = start;
        slots[3 * i + 2] = end;
        this.count++;
        return;
      }
      if (h === hash && this.spanEquals(slots[3 * i + 1]!, slots[3 * i + 2]!, text, start, end)) return;
    }
  }

  has(word: string): boolean {
    const hash = wordHash(word);
    const slots = this.slots;
    const mask = this.mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = slots[3 * i]!;
      if (h === 0) return false;
      if (h === hash && this.spanEquals(slots[3 * i + 1]!, slots[3 * i + 2]!, word, 0, word.length))
        return true;
    }
  }

  /** Is this.text.slice(start, end) the same as s.slice(from, to)? */
  private spanEquals(start: number, end: number, s: string, from: number, to: number): boolean {
    if (end - start !== to - from) return false;
    const text = this.text;
    for (let i = 0; i < end - start; i++)
      if (text.charCodeAt(start + i) !== s.charCodeAt(from + i)) return false;
    return true;
  }

  /** Twice the slots, every span put back. */
  private grow(): void {
    const size = 2 * (this.mask + 1);
    const slots = new Int32Array(3 * size);
    putSlots(this.slots, slots);
    this.slots = slots;
    this.mask = size - 1;
  }
}

/** Puts the filled [hash, start, end] slots of `from` into the empty table `to` (of a power of two slots). */
function putSlots(from: Int32Array, to: Int32Array): void {
  const mask = to.length / 3 - 1;
  for (let j = 0; j < from.length; j += 3) {
    const hash = from[j]!;
    if (hash === 0) continue;
    let i = hash & mask;
    while (to[3 * i] !== 0) i = (i + 1) & mask;
    to[3 * i] = hash;
    to[3 * i + 1] = from[j + 1]!;
    to[3 * i + 2] = from[j + 2]!;
  }
}
