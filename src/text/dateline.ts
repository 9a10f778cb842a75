// The dateline a news story opens with ("JAKARTA, KOMPAS.com -", "SEOUL (Reuters) —",
// "Jakarta (ANTARA) -", "SANTA ROSA, California, Aug. 22, 2024 (AP) —"): where a story's place and
// source end and its first sentence begins. Bounded quantifiers only: linear on any input.

const DATELINE =
  /^(?:(\p{Lu}{2,}(?:[ .'’-]{1,3}\p{Lu}{2,}){0,3})(?:,[^\n—–-]{1,60}?)?|(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?=\s{0,3}\())\s{0,3}(?:\([^()\n]{1,30}\)\s{0,3})?[-—–]{1,2}\s+/u;

/** A dateline: the name of the place it opens with, and where the story's body begins. */
export interface Dateline {
  /** The place's name ("RANAI", "Jakarta"), from the dateline's first offset. */
  place: string;
  /** Is the place followed by its source ("RANAI, KOMPAS.com -", "Ranai (ANTARA) -"), not only by a dash? */
  sourced: boolean;
  /** The offset after the dateline: the body's first character. */
  end: number;
}

/** The dateline that opens `text` at `from`, or null when there is none. */
export function datelineAt(text: string, from: number): Dateline | null {
  const m = DATELINE.exec(text.slice(from, from + 160));
  if (!m) return null;
  const place = (m[1] ?? m[2])!;
  return { place, sourced: /^[ \t]{0,3}[,(]/u.test(m[0].slice(place.length)), end: from + m[0].length };
}

/** The offset after a dateline that opens `text` at `from`, or `from` when there is none. */
export function afterDateline(text: string, from: number): number {
  return datelineAt(text, from)?.end ?? from;
}
