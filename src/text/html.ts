// HTML → plain text for `--html`: tags dropped, block elements turned into line breaks, whitespace
// collapsed as a browser would, character references decoded, script/style/comments removed.
//
// What offsets mean with --html: extraction runs on the plain text this module returns, and every
// offset in the result indexes THAT text (UTF-16 code units, as for plain input), so
// `text.slice(start, end) === span.text` holds exactly as without --html. `sourceOffset`/`sourceEnd`
// map an offset of the plain text back to the HTML source for callers that need to mark up the page.
//
// One left-to-right pass; every search moves forward only, so the time is linear in the input.
import { CP1252_80_9F } from './decode.js';

export interface HtmlText {
  /** The plain text that extraction sees. */
  text: string;
  /** Offset in the HTML source of the character at `offset` of `text` (text.length → source length). */
  sourceOffset(offset: number): number;
  /** Offset in the HTML source just after the character at `end - 1` of `text` (an exclusive end). */
  sourceEnd(end: number): number;
}

/** Elements whose start or end begins a new paragraph. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'title',
  'ul',
]);
/** Elements that end a line without a blank line. */
const LINE = new Set(['br', 'tr', 'option']);
/** Table cells: separated by a space. */
const CELL = new Set(['td', 'th']);
/** Elements whose content is not text for a reader. */
const RAW = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

// HTML 4 Latin-1 character entity names, U+00A0 to U+00FF in order.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc ' +
  'Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml ' +
  'aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc ' +
  'otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const OTHER_ENTITIES: Record<string, number> = {
  quot: 0x22,
  amp: 0x26,
  apos: 0x27,
  lt: 0x3c,
  gt: 0x3e,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  oline: 0x203e,
  frasl: 0x2044,
  euro: 0x20ac,
  trade: 0x2122,
  larr: 0x2190,
  rarr: 0x2192,
  minus: 0x2212,
};

/** Named character references this module decodes (HTML 4's Latin-1 and special sets, plus `apos`). */
export const ENTITIES: ReadonlyMap<string, number> = new Map([
  ...LATIN1.split(' ').map((name, i): [string, number] => [name, 0xa0 + i]),
  ...Object.entries(OTHER_ENTITIES),
]);
/** Entities that old pages write without the closing semicolon. */
const LEGACY_NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/** The character a numeric reference stands for, with the HTML standard's repairs. */
function fromCodePoint(cp: number): string {
  if (cp >= 0x80 && cp <= 0x9f) return String.fromCharCode(CP1252_80_9F[cp - 0x80]!);
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(cp);
}

/** Decodes the character reference at `i` (text[i] === '&'), or returns null when there is none. */
function entityAt(s: string, i: number): { value: string; end: number } | null {
  let j = i + 1;
  if (s.charCodeAt(j) === 0x23) {
    // numeric: &#8211; or &#x2013;
    j++;
    const hex = (s.charCodeAt(j) | 0x20) === 0x78;
    if (hex) j++;
    const digitsStart = j;
    let cp = 0;
    for (; j < s.length && j - digitsStart < 8; j++) {
      const d = hex ? Number.parseInt(s[j]!, 16) : s.charCodeAt(j) - 0x30;
      if (Number.isNaN(d) || d < 0 || d > (hex ? 15 : 9)) break;
      cp = cp * (hex ? 16 : 10) + d;
    }
    if (j === digitsStart) return null;
    if (s.charCodeAt(j) === 0x3b) j++;
    return { value: fromCodePoint(cp), end: j };
  }
  while (j < s.length && j - i <= 10 && isAlnum(s.charCodeAt(j))) j++;
  const name = s.slice(i + 1, j);
  const cp = ENTITIES.get(name);
  if (cp === undefined) return null;
  if (s.charCodeAt(j) === 0x3b) return { value: String.fromCharCode(cp), end: j + 1 };
  return LEGACY_NO_SEMICOLON.has(name) ? { value: String.fromCharCode(cp), end: j } : null;
}

/** Builds the plain text and the map from its offsets back to the source. */
class Builder {
  private readonly parts: string[] = [];
  private length = 0;
  // anchors: where each output piece starts, and the source range it came from
  readonly outStart: number[] = [];
  readonly srcStart: number[] = [];
  readonly srcEnd: number[] = [];
  readonly copied: boolean[] = [];
  /** 0 none, 1 a space, 2 a line break, 3 a paragraph break: written before the next text. */
  private pending = 0;
  private pendingAt = 0;

  /** Text copied unchanged from source[from, from + s.length). */
  copy(s: string, from: number): void {
    this.flush();
    this.push(s, from, from + s.length, true);
  }

  /** Text that replaces source[from, to) (a character reference). */
  replace(s: string, from: number, to: number): void {
    this.flush();
    this.push(s, from, to, false);
  }

  /** A separator: the strongest one asked for since the last text wins; none at the very start. */
  separate(kind: 1 | 2 | 3, at: number): void {
    if (kind > this.pending) {
      this.pending = kind;
      this.pendingAt = at;
    }
  }

  private flush(): void {
    if (this.pending && this.length > 0) {
      const sep = this.pending === 1 ? ' ' : this.pending === 2 ? '\n' : '\n\n';
      this.push(sep, this.pendingAt, this.pendingAt, false);
    }
    this.pending = 0;
  }

  private push(s: string, from: number, to: number, copied: boolean): void {
    if (s.length === 0) return;
    const last = this.outStart.length - 1;
    if (
      copied &&
      last >= 0 &&
      this.copied[last] &&
      this.srcEnd[last] === from &&
      this.outStart[last]! + (this.srcEnd[last]! - this.srcStart[last]!) === this.length
    ) {
      this.srcEnd[last] = to;
    } else {
      this.outStart.push(this.length);
      this.srcStart.push(from);
      this.srcEnd.push(to);
      this.copied.push(copied);
    }
    this.parts.push(s);
    this.length += s.length;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** Converts an HTML document or fragment to the plain text extraction runs on. */
export function htmlToText(html: string): HtmlText {
  const b = new Builder();
  const n = html.length;
  let tags = true; // false once a tag never closes: the rest is text
  let pre = 0;
  let i = 0;
  let textStart = 0; // start of the pending run of ordinary characters

  const flushText = (end: number): void => {
    if (end > textStart) b.copy(html.slice(textStart, end), textStart);
  };

  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x26) {
      const ent = entityAt(html, i);
      if (ent) {
        flushText(i);
        if (ent.value === '\u00a0' && pre === 0) b.separate(1, i);
        else b.replace(ent.value, i, ent.end);
        i = ent.end;
        textStart = i;
        continue;
      }
      i++;
      continue;
    }
    if (isSpace(c) && pre === 0) {
      // one space between words is kept in the run of text (the common case: fewer map pieces)
      const after = html.charCodeAt(i + 1);
      if (c === 0x20 && i > textStart && !isSpace(after) && (after !== 0x3c || !tags) && i + 1 < n) {
        i++;
        continue;
      }
      flushText(i);
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      b.separate(1, i);
      textStart = i;
      continue;
    }
    if (c !== 0x3c || !tags) {
      i++;
      continue;
    }
    // '<': a comment, a declaration, a tag, or just a character
    const next = html.charCodeAt(i + 1);
    if (next === 0x21 || next === 0x3f) {
      flushText(i);
      let end: number;
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        end = close === -1 ? n : close + 3;
      } else {
        const close = html.indexOf('>', i + 2);
        end = close === -1 ? n : close + 1;
      }
      i = end;
      textStart = i;
      continue;
    }
    const closing = next === 0x2f;
    if (!isAsciiLetter(html.charCodeAt(closing ? i + 2 : i + 1))) {
      i++;
      continue;
    }
    const end = tagEnd(html, i + 1);
    if (end === -1) {
      tags = false; // a tag that never closes: keep the rest as text rather than lose it
      i++;
      continue;
    }
    flushText(i);
    let j = closing ? i + 2 : i + 1;
    const nameStart = j;
    while (j < end && (isAlnum(html.charCodeAt(j)) || html.charCodeAt(j) === 0x2d)) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    i = end;
    if (!closing && RAW.has(name)) {
      i = skipRaw(html, name, end);
    } else if (name === 'pre') {
      pre = closing ? Math.max(0, pre - 1) : pre + 1;
    }
    if (BLOCK.has(name)) b.separate(3, i);
    else if (LINE.has(name)) b.separate(2, i);
    else if (CELL.has(name) || RAW.has(name) || name === 'img') b.separate(1, i);
    textStart = i;
  }
  flushText(n);

  const text = b.text();
  const { outStart, srcStart, srcEnd, copied } = b;
  const pieceAt = (offset: number): number => {
    let lo = 0;
    let hi = outStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outStart[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text,
    sourceOffset(offset) {
      if (offset >= text.length) return n;
      const k = pieceAt(offset);
      return copied[k] ? srcStart[k]! + (offset - outStart[k]!) : srcStart[k]!;
    },
    sourceEnd(end) {
      if (end <= 0 || outStart.length === 0) return 0;
      const k = pieceAt(end - 1);
      return copied[k] ? srcStart[k]! + (end - outStart[k]!) : srcEnd[k]!;
    },
  };
}

/** Where the tag opened before `from` ends (just after '>'), quotes respected; -1 if it never does. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      // a quote opens an attribute value only after '='
      let k = j - 1;
      while (k >= from && isSpace(html.charCodeAt(k))) k--;
      if (html.charCodeAt(k) === 0x3d) quote = c;
    } else if (c === 0x3e) {
      return j + 1;
    }
  }
  return -1;
}

/** Skips the content of a script/style-like element; returns the offset after its end tag. */
function skipRaw(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}(?=[\\s/>])[^<>]{0,200}>`, 'iy');
  for (let j = html.indexOf('</', from); j !== -1; j = html.indexOf('</', j + 2)) {
    endTag.lastIndex = j;
    const m = endTag.exec(html);
    if (m) return j + m[0].length;
  }
  return html.length;
}

/**
 * Whether plain-text input is most likely HTML: a doctype or <html> near the start, or at least
 * three common tags. Used to warn when --html was not given.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (/^\s*<(?:!doctype\s+html|html[\s>])/i.test(head)) return true;
  const TAG =
    /<\/?(?:a|b|i|p|br|em|strong|span|div|h[1-6]|ul|ol|li|table|tr|td|img|meta|link|script|style|head|body|title|article|section)(?=[\s/>])[^<>]{0,400}>/gi;
  let count = 0;
  for (const _ of head.matchAll(TAG)) if (++count >= 3) return true;
  return false;
}
