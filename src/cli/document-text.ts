// Reading one document's text safely: a size limit checked before reading, bytes decoded by
// src/text/decode.ts (BOM, UTF-16, binary refused, Windows-1252 fallback), and HTML either
// converted (--html) or flagged with a warning. Errors are thrown with the message the CLI prints.
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InvalidArgumentError } from 'commander';
import { decodeBytes } from '../text/decode.js';
import { htmlToText, looksLikeHtml } from '../text/html.js';

export interface ReadOptions {
  /** Input is HTML: strip tags and decode entities; offsets index the plain text. */
  html?: boolean;
  /** Largest document accepted, in bytes (default DEFAULT_MAX_SIZE). */
  maxSize?: number;
}

/** 32 MiB: far above any article (1 MB takes well under 2 s), low enough to refuse a stray disk image. */
export const DEFAULT_MAX_SIZE = 32 * 1024 * 1024;

export interface DocumentText {
  text: string;
  warnings: string[];
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Parses --max-size: bytes, or a number with k, M or G (powers of 1024; "KB", "MiB" also read). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  const n = m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : Number.NaN;
  if (!Number.isFinite(n) || n < 1) {
    throw new InvalidArgumentError(`expected a size such as 500000, 800k, 10M or 1G; got "${value}"`);
  }
  return Math.floor(n);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** `size` is exact for files; for a stream it is what was read when the limit was passed. */
function tooLarge(size: number | null, max: number): Error {
  const what = size === null ? `more than ${formatSize(max)}` : `${formatSize(size)} > ${formatSize(max)}`;
  return new Error(`larger than --max-size (${what}); raise --max-size to read it`);
}

/** Plain text for extraction: HTML converted with --html, or a warning when it looks like HTML. */
export function prepareText(text: string, options: ReadOptions, warnings: string[] = []): DocumentText {
  if (options.html) return { text: htmlToText(text).text, warnings };
  if (looksLikeHtml(text))
    warnings.push('input looks like HTML; use --html to strip tags and decode entities');
  return { text, warnings };
}

function fromBytes(bytes: Uint8Array, options: ReadOptions): DocumentText {
  const decoded = decodeBytes(bytes);
  return prepareText(decoded.text, options, decoded.warnings);
}

/** Reads a file: refused before reading when it is over the size limit. */
export async function readTextFile(path: string, options: ReadOptions = {}): Promise<DocumentText> {
  const max = options.maxSize ?? DEFAULT_MAX_SIZE;
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > max) throw tooLarge(info.size, max);
    const bytes = await handle.readFile();
    if (bytes.length > max) throw tooLarge(bytes.length, max); // grew while we read it
    return fromBytes(bytes, options);
  } finally {
    await handle.close();
  }
}

/** Reads a stream (stdin) to its end, refusing it as soon as it passes the size limit. */
export async function readTextStream(stream: Readable, options: ReadOptions = {}): Promise<DocumentText> {
  const max = options.maxSize ?? DEFAULT_MAX_SIZE;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > max) throw tooLarge(null, max);
    chunks.push(buf);
  }
  return fromBytes(Buffer.concat(chunks), options);
}

/** The size check for one JSON Lines record (its line, in UTF-8 bytes). */
export function checkRecordSize(line: string, options: ReadOptions): void {
  const max = options.maxSize ?? DEFAULT_MAX_SIZE;
  // a UTF-16 code unit is at most 3 UTF-8 bytes: count exactly only when it could matter
  if (line.length * 3 <= max) return;
  const size = Buffer.byteLength(line);
  if (size > max) throw tooLarge(size, max);
}
