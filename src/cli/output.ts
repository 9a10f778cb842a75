// Atomic output files: everything is written to a temporary file in the target's directory and
// renamed over the target only when the run completes, so an interrupted run never leaves half a
// file (the temporary file is removed on failure, on exit and on SIGINT/SIGTERM/SIGHUP).
import { randomBytes } from 'node:crypto';
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicFile {
  /** Where to write; nothing is visible at the target path until commit(). */
  stream: WriteStream;
  /** Flushes, closes and renames the temporary file over the target. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Removes `temp` if the process ends (exit or signal) before `release()` is called. */
function guard(temp: string): () => void {
  const removeSync = (): void => {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    removeSync();
    release();
    process.kill(process.pid, signal); // default action, now that our handler is gone
  };
  process.once('exit', removeSync);
  for (const s of SIGNALS) process.once(s, onSignal);
  function release(): void {
    process.off('exit', removeSync);
    for (const s of SIGNALS) process.off(s, onSignal);
  }
  return release;
}

/** Opens `target` for atomic writing; fails at once when its directory cannot be written. */
export async function openAtomic(target: string): Promise<AtomicFile> {
  const temp = tempPathFor(target);
  const stream = createWriteStream(temp, { flags: 'wx' });
  await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  const release = guard(temp);
  const close = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (stream.closed) resolve();
      else stream.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
  return {
    stream,
    async commit() {
      try {
        await close();
        await rename(temp, target);
      } catch (err) {
        await unlink(temp).catch(() => undefined);
        throw err;
      } finally {
        release();
      }
    },
    async abort() {
      await close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      release();
    },
  };
}

/** Writes a whole file atomically (temporary file + rename). */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = tempPathFor(target);
  const release = guard(temp);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  } finally {
    release();
  }
}
