/**
 * A one-argument function whose answers are kept by key. The cache is forgotten all at once when it
 * reaches `limit` entries, so memory stays bounded on documents that never repeat a word.
 */
export function memoize<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let r = cache.get(key);
    if (r === undefined) {
      r = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(detached(key), r);
    }
    return r;
  };
}

/**
 * A copy of `s` that keeps no larger string alive: V8 cuts a long slice (13 code units or more) as a
 * view of the string it was cut from, and a key kept across documents would hold that whole text.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
