// Progress on stderr while a batch runs (a one-line bar, only on a terminal) and the --stats
// summary line. The clock is injected: timing is for people, never part of any output file.
import type { Writable } from 'node:stream';

export interface ProgressOptions {
  stream: Writable;
  /** Draw the bar (stderr is a terminal and the user did not turn it off). */
  bar: boolean;
  /** Documents expected, when known (text inputs). */
  totalDocs?: number;
  /** Bytes expected, when known (jsonl files): the ETA follows bytes read. */
  totalBytes?: number;
  now: () => number;
  /** Terminal width; 80 when unknown. */
  columns?: number;
}

export interface Tally {
  documents: number;
  failures: number;
  bytes: number;
  seconds: number;
}

const REDRAW_MS = 100;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function formatStats(t: Tally): string {
  const mb = t.bytes / 1e6;
  const secs = Math.max(t.seconds, 1e-9);
  const failures = `${t.failures} ${t.failures === 1 ? 'failure' : 'failures'}`;
  const docs = `${t.documents} ${t.documents === 1 ? 'document' : 'documents'}`;
  return (
    `extract: ${docs}, ${failures}, ${mb.toFixed(2)} MB in ${t.seconds.toFixed(2)} s ` +
    `(${(mb / secs).toFixed(2)} MB/s, ${(t.documents / secs).toFixed(1)} docs/s)`
  );
}

export class Progress {
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;
  readonly tally: Omit<Tally, 'seconds'> = { documents: 0, failures: 0, bytes: 0 };

  constructor(private readonly o: ProgressOptions) {
    this.started = o.now();
  }

  /** One document done (failed or not) with its size in bytes. */
  tick(bytes: number, failed: boolean): void {
    this.tally.documents++;
    this.tally.bytes += bytes;
    if (failed) this.tally.failures++;
    if (!this.o.bar) return;
    const now = this.o.now();
    if (now - this.lastDraw >= REDRAW_MS) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Writes a line on stderr without tearing the bar. */
  log(line: string): void {
    this.clear();
    this.o.stream.write(line.endsWith('\n') ? line : `${line}\n`);
  }

  /** Clears the bar; returns the tally with elapsed seconds. */
  finish(): Tally {
    this.clear();
    return { ...this.tally, seconds: (this.o.now() - this.started) / 1000 };
  }

  /** The bar's text (without control codes), for the given time. */
  line(now: number): string {
    const { documents, bytes, failures } = this.tally;
    const secs = Math.max((now - this.started) / 1000, 1e-9);
    const rate = documents / secs;
    let fraction: number | null = null;
    if (this.o.totalDocs) fraction = documents / this.o.totalDocs;
    else if (this.o.totalBytes) fraction = bytes / this.o.totalBytes;
    const parts: string[] = [];
    parts.push(this.o.totalDocs ? `${documents}/${this.o.totalDocs} docs` : `${documents} docs`);
    if (failures) parts.push(`${failures} failed`);
    parts.push(`${rate.toFixed(1)} docs/s`, `${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
    if (fraction !== null && fraction > 0) {
      const eta = (secs / Math.min(fraction, 1)) * (1 - Math.min(fraction, 1));
      parts.push(`ETA ${formatDuration(eta)}`);
    }
    const text = parts.join('  ');
    if (fraction === null) return text;
    const width = Math.max(10, Math.min(30, (this.o.columns || 80) - text.length - 10));
    const full = Math.round(Math.min(fraction, 1) * width);
    return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(Math.min(fraction, 1) * 100)).padStart(3)}%  ${text}`;
  }

  private draw(now: number): void {
    const cols = this.o.columns || 80;
    this.o.stream.write(`\r\x1b[K${this.line(now).slice(0, cols - 1)}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) {
      this.o.stream.write('\r\x1b[K');
      this.drawn = false;
    }
  }
}
