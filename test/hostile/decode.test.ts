import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252, UndecodableInputError } from '../../src/text/decode.js';

const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  return Uint8Array.from(le.swap16());
};

describe('decodeBytes', () => {
  it.each([
    ['plain ASCII', utf8('Budi pergi ke pasar.'), 'Budi pergi ke pasar.'],
    ['UTF-8 letters and quotes', utf8('“Café”, kata Ani — naïve.'), '“Café”, kata Ani — naïve.'],
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, ...utf8('Senin')), 'Senin'],
    ['UTF-8 emoji', utf8('ok 👍'), 'ok 👍'],
    ['empty input', bytes(), ''],
    ['only a byte-order mark', bytes(0xef, 0xbb, 0xbf), ''],
    ['CRLF and lone CR kept as they are', utf8('a\r\nb\rc\n'), 'a\r\nb\rc\n'],
  ])('%s is read as UTF-8 without warnings', (_name, input, text) => {
    expect(decodeBytes(input)).toEqual({ text, encoding: 'utf-8', warnings: [] });
  });

  it.each([
    ['UTF-16LE', bytes(0xff, 0xfe, ...utf16le('Kata “Budi” 👍')), 'utf-16le'],
    ['UTF-16BE', bytes(0xfe, 0xff, ...utf16be('Kata “Budi” 👍')), 'utf-16be'],
  ])('%s with a byte-order mark is decoded and the mark dropped', (_name, input, encoding) => {
    expect(decodeBytes(input)).toEqual({ text: 'Kata “Budi” 👍', encoding, warnings: [] });
  });

  it('says so when UTF-16 has an odd byte at the end', () => {
    const r = decodeBytes(bytes(0xff, 0xfe, ...utf16le('ab'), 0x41));
    expect(r.text).toBe('ab');
    expect(r.warnings).toEqual(['UTF-16LE input has an odd number of bytes; last byte dropped']);
  });

  it.each([
    ['a NUL byte in text', bytes(0x41, 0x00, 0x42)],
    ['a NUL byte at the start', bytes(0x00, 0x41)],
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d)],
    ['NUL after a UTF-8 byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x41, 0x00)],
  ])('refuses %s as binary', (_name, input) => {
    expect(() => decodeBytes(input)).toThrow(UndecodableInputError);
    expect(() => decodeBytes(input)).toThrow('binary file (NUL bytes)');
  });

  it('refuses UTF-16 text that holds NUL characters', () => {
    expect(() => decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00))).toThrow(/UTF-32|NUL/);
  });

  it('refuses UTF-32 rather than misreading it', () => {
    expect(() => decodeBytes(bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00))).toThrow(
      'unsupported encoding (UTF-32 byte-order mark)',
    );
  });

  it('reads Windows-1252 (invalid UTF-8 with lone high bytes) with a warning', () => {
    // “Café” – 5€ … in cp1252
    const input = bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80, 0x20, 0x85);
    expect(decodeBytes(input)).toEqual({
      text: '“Café” – 5€ …',
      encoding: 'windows-1252',
      warnings: ['invalid UTF-8; decoded as Windows-1252'],
    });
  });

  it('keeps damaged UTF-8 as UTF-8, replacing only the broken bytes', () => {
    const input = Uint8Array.from([...utf8('naïve café résumé — '), 0xe9, ...utf8(' ok')]);
    const r = decodeBytes(input);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('naïve café résumé — \uFFFD ok');
    expect(r.warnings).toEqual(['invalid UTF-8: 1 malformed byte replaced with U+FFFD']);
  });
});

describe('decodeWindows1252', () => {
  // the 0x80–0x9F row, from the cp1252 code page (five bytes are unassigned: kept as C1 controls)
  const ROW = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

  it('maps 0x80–0x9F by the code page, not as Latin-1 controls', () => {
    const input = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeWindows1252(input)).toBe(ROW);
  });

  it('maps 0x00–0x7F and 0xA0–0xFF to the same code points', () => {
    const input = Uint8Array.from([
      ...Array.from({ length: 128 }, (_, i) => i),
      ...Array.from({ length: 96 }, (_, i) => 0xa0 + i),
    ]);
    const expected = String.fromCharCode(...input);
    expect(decodeWindows1252(input)).toBe(expected);
  });

  it('handles inputs larger than one chunk', () => {
    const input = new Uint8Array(100_000).fill(0x93);
    expect(decodeWindows1252(input)).toBe('“'.repeat(100_000));
  });
});
