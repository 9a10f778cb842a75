// Bytes → text, for files and stdin. What real feeds contain: UTF-8 with or without a byte-order
// mark, UTF-16 with a mark, old Windows-1252 (cp1252) exports, and binary junk. Offsets are always
// counted in the decoded text (UTF-16 code units), so nothing here may shift them silently.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Human-readable notes on how the bytes were read ("invalid UTF-8; decoded as Windows-1252"). */
  warnings: string[];
}

/** Bytes that cannot be read as text; the message is what the CLI prints. */
export class UndecodableInputError extends Error {
  override name = 'UndecodableInputError';
}

/**
 * Windows-1252 bytes 0x80–0x9F. The WHATWG Encoding Standard's table: the five bytes cp1252 leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same number, so no byte is lost.
 * Node 20's `TextDecoder('windows-1252')` decodes these 32 bytes as Latin-1 controls, hence this table.
 */
export const CP1252_80_9F: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252: 0x00–0x7F and 0xA0–0xFF are the same code points, 0x80–0x9F use the table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let from = 0; from < bytes.length; from += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - from);
    for (let i = 0; i < n; i++) {
      const b = bytes[from + i]!;
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, n)));
  }
  return parts.join('');
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Counts well-formed multi-byte UTF-8 sequences and malformed bytes. Text that has real UTF-8
 * sequences but a few broken bytes is damaged UTF-8, not Windows-1252.
 */
function utf8Shape(bytes: Uint8Array): { sequences: number; malformed: number } {
  let sequences = 0;
  let malformed = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      sequences++;
      i += len;
    } else {
      malformed++;
      i++;
    }
  }
  return { sequences, malformed };
}

/**
 * Reads bytes as text:
 * - a UTF-8 byte-order mark is dropped; UTF-16 LE/BE with a byte-order mark is decoded (mark dropped);
 * - NUL bytes anywhere else mean binary: refused with `binary file (NUL bytes)`;
 * - valid UTF-8 is read as is;
 * - invalid UTF-8 whose high bytes mostly do not form UTF-8 sequences is Windows-1252 (with a warning);
 * - UTF-8 with fewer broken sequences than good ones keeps its good text, the broken bytes become U+FFFD (with a warning).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2) {
    const [a, b] = [bytes[0], bytes[1]];
    if (a === 0xff && b === 0xfe) {
      if (bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0) {
        throw new UndecodableInputError('unsupported encoding (UTF-32 byte-order mark)');
      }
      return utf16(bytes, 'utf-16le');
    }
    if (a === 0xfe && b === 0xff) return utf16(bytes, 'utf-16be');
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    body = bytes.subarray(3);
  if (body.indexOf(0) !== -1) throw new UndecodableInputError('binary file (NUL bytes)');
  try {
    return { text: utf8Strict.decode(body), encoding: 'utf-8', warnings: [] };
  } catch {
    // not valid UTF-8: decide below what it is
  }
  const shape = utf8Shape(body);
  if (shape.malformed > shape.sequences) {
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warnings: ['invalid UTF-8; decoded as Windows-1252'],
    };
  }
  const n = shape.malformed;
  return {
    text: utf8Lenient.decode(body),
    encoding: 'utf-8',
    warnings: [`invalid UTF-8: ${n} malformed byte${n === 1 ? '' : 's'} replaced with U+FFFD`],
  };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const warnings: string[] = [];
  let body = bytes.subarray(2);
  if (body.length % 2 === 1) {
    warnings.push(
      `${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} input has an odd number of bytes; last byte dropped`,
    );
    body = body.subarray(0, body.length - 1);
  }
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  if (text.includes('\0')) throw new UndecodableInputError('binary file (NUL characters in UTF-16 text)');
  return { text, encoding, warnings };
}
