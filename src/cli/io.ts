// The CLI's only window on the process: streams, environment and terminal facts.
// Tests hand in their own; bin/extract.js hands in the real ones.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    // (read on use: Node makes the stream, and loads its modules, when process.stdin is first read)
    get stdin(): Readable {
      return process.stdin;
    },
    stdout: process.stdout,
    // (stderr too: `--help` and a run without warnings never write to it, and Node makes a pipe's stream
    // with its handle on first use)
    get stderr(): Writable {
      return process.stderr;
    },
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    get stderrIsTTY(): boolean {
      return Boolean(process.stderr.isTTY);
    },
    cwd: process.cwd(),
  };
}

/** Writes a chunk and waits when the stream asks for it, so huge outputs are never cut by a pipe. */
export function write(stream: Writable, chunk: string): Promise<void> {
  if (chunk.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => {
      if (err) reject(err);
    });
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
