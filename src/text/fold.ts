/**
 * Folds a surface form for lookups: lower case, no accents, one kind of apostrophe and dash, single
 * spaces. Plain ASCII needs no Unicode normalization (the common case, and the hot path).
 */
export function foldKey(s: string): string {
  if (/^[\x20-\x7e]*$/u.test(s)) {
    const l = s.toLowerCase();
    return l.includes('  ') || l.startsWith(' ') || l.endsWith(' ') ? l.replace(/\s+/g, ' ').trim() : l;
  }
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
