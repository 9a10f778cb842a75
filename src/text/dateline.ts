// The dateline a news story opens with ("JAKARTA, KOMPAS.com -", "SEOUL (Reuters) —",
// "Jakarta (ANTARA) -", "SANTA ROSA, California, Aug. 22, 2024 (AP) —"): where a story's place and
// source end and its first sentence begins. Bounded quantifiers only: linear on any input.

const DATELINE =
  /^(?:\p{Lu}{2,}(?:[ .'’-]{1,3}\p{Lu}{2,}){0,3}(?:,[^\n—–-]{1,60}?)?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?=\s{0,3}\())\s{0,3}(?:\([^()\n]{1,30}\)\s{0,3})?[-—–]{1,2}\s+/u;

/** The offset after a dateline that opens `text` at `from`, or `from` when there is none. */
export function afterDateline(text: string, from: number): number {
  const m = DATELINE.exec(text.slice(from, from + 160));
  return m ? from + m[0].length : from;
}
