// The dateline a news story opens with ("JAKARTA, KOMPAS.com -", "SEOUL (Reuters) —",
// "Jakarta (ANTARA) -", "SANTA ROSA, California, Aug. 22, 2024 (AP) —"): where a story's place and
// source end and its first sentence begins. Bounded quantifiers only: linear on any input.

const DATELINE =
  /^(?:(\p{Lu}{2,}(?:[ .'’-]{1,3}\p{Lu}{2,}){0,3})(?:,[^\n—–-]{1,60}?)?|(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?=\s{0,3}\())\s{0,3}(?:\([^()\n]{1,30}\)\s{0,3})?[-—–]{1,2}\s+/u;

/** A dateline: the name of the place it opens with, and where the story's body begins. */
export interface Dateline {
  /** The place's name ("RANAI", "Jakarta"). */
  place: string;
  /** Where the place's name starts: the dateline's first offset, or after a website that opens it. */
  at: number;
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
  const sourced = /^[ \t]{0,3}[,(]/u.test(m[0].slice(place.length));
  // "TRIBUNNEWS.COM, DOHA -": the website opens the dateline, the place follows its comma
  if (WEBSITE_FIRST.test(place)) {
    const next = PLACE_AFTER_SITE.exec(m[0].slice(place.length));
    // ("TRIBUNNEWS.COM - …": no place; the website is no place either)
    if (!next) return { place, at: from, sourced: false, end: from + m[0].length };
    return {
      place: next[1]!,
      at: from + place.length + next.index + next[0].length - next[1]!.length,
      sourced: true,
      end: from + m[0].length,
    };
  }
  return { place, at: from, sourced, end: from + m[0].length };
}

/** A website's name in capitals ("TRIBUNNEWS.COM", "KOMPAS.COM", "SUARA.CO.ID"). */
const WEBSITE_FIRST = /\.(?:COM|CO|ID|NET|ORG)$/u;
/** The place after the website and its comma. */
const PLACE_AFTER_SITE = /^,\s{0,3}(\p{Lu}{2,}(?:[ .'’-]{1,3}\p{Lu}{2,}){0,3})/u;

/** The offset after a dateline that opens `text` at `from`, or `from` when there is none. */
export function afterDateline(text: string, from: number): number {
  return datelineAt(text, from)?.end ?? from;
}
