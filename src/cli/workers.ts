// Batch processing: documents in, outcomes out, always in input order. With --jobs N > 1 and more
// than one document, a pool of worker threads (worker.ts, the built library) extracts them;
// otherwise they run in this thread, so a single small input never pays for starting workers.
// Memory stays bounded: at most `window` documents (and READ_AHEAD_CHARS characters) are read
// ahead of the one being written.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions, Result } from '../types.js';
import type { DocumentInput, Input } from './inputs.js';

/** A document sent to a worker. `options` are the per-document ones; shared ones go once, at start. */
export interface TaskMessage {
  seq: number;
  text: string;
  options: ExtractOptions;
}

export type TaskReply = { seq: number; ok: true; json: string } | { seq: number; ok: false; message: string };

/** What became of one input: its result (as an object, as JSON text, or both) or why it failed. */
export type Outcome = { ok: true; result?: Result; json?: string } | { ok: false; message: string };

export function outcomeJson(o: Outcome & { ok: true }): string {
  o.json ??= JSON.stringify(o.result);
  return o.json;
}

export function outcomeResult(o: Outcome & { ok: true }): Result {
  o.result ??= JSON.parse(o.json!) as Result;
  return o.result;
}

type ExtractFn = (text: string, options: ExtractOptions) => Result;

function runSafely(extract: ExtractFn, text: string, options: ExtractOptions): Outcome {
  try {
    return { ok: true, result: extract(text, options) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** Extracts one document in this thread. */
type Runner = (text: string, options: ExtractOptions) => Promise<Outcome>;

/**
 * The in-thread extractor: the test's own, or the library's pipeline loading each language's rules the
 * first time a document in it comes (a single Indonesian article never loads the English rules, which
 * is a third of the start of the CLI). The language is detected once, here, and handed to `extract`.
 */
async function inThread(plan: BatchPlan): Promise<Runner> {
  const given = plan.extract;
  if (given) return async (text, options) => runSafely(given, text, options);
  const core = await import('../core.js');
  return async (text, options) => {
    const lang = core.documentLanguage(text, options);
    await core.loadLocale(lang);
    return runSafely(core.extract, text, { ...options, lang });
  };
}

interface Task extends TaskMessage {
  resolve: (o: Outcome) => void;
}

interface Slot {
  worker: Worker;
  inflight: Task[];
  lastError: Error | null;
}

/**
 * Documents queued per worker: deep enough that a worker seldom waits for the main thread to be
 * scheduled when the machine is busy (short documents take well under a millisecond each).
 */
const PER_WORKER = 16;

/** Characters of text read ahead at most (besides the window's document count): ~32 MB. */
const READ_AHEAD_CHARS = 16 * 1024 * 1024;

export const DEFAULT_WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Heap limits per worker. A bounded old generation makes V8 collect early instead of growing:
 * streaming 1 GB with 2 workers peaks at ~240 MB RSS (~380 MB without limits). A larger young
 * generation is ~9% faster but peaked at 291 MB on the same stream, too close to 300 (measured).
 * A document that needs more is retried alone in a worker without limits, so a limit never
 * fails a document.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 192 } as const;

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Extracts one document in a worker of its own, without heap limits. */
function runAlone(url: URL, base: ExtractOptions, task: TaskMessage): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(url, { workerData: { base } });
    let settled = false;
    let failure = 'worker stopped';
    const settle = (o: Outcome): void => {
      if (settled) return;
      settled = true;
      resolve(o);
      void worker.terminate();
    };
    worker.on('message', (reply: TaskReply) =>
      settle(reply.ok ? { ok: true, json: reply.json } : { ok: false, message: reply.message }),
    );
    worker.on('error', (err) => {
      failure = errorText(err);
    });
    worker.on('exit', () => settle({ ok: false, message: `worker stopped while extracting: ${failure}` }));
    worker.postMessage(task);
  });
}

/**
 * A fixed number of worker threads. A worker that dies (crash, out of memory) fails only the
 * document it was extracting; the documents queued behind it go to its replacement.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closing = false;
  /** Documents that ran out of memory under the limits and were retried alone. */
  retriedAlone = 0;

  constructor(
    size: number,
    private readonly base: ExtractOptions,
    private readonly url: URL = DEFAULT_WORKER_URL,
    private readonly limits: Worker['resourceLimits'] = WORKER_LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(text: string, options: ExtractOptions): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, text, options, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(this.url, { workerData: { base: this.base }, resourceLimits: this.limits ?? {} }),
      inflight: [],
      lastError: null,
    };
    slot.worker.on('message', (reply: TaskReply) => {
      const i = slot.inflight.findIndex((t) => t.seq === reply.seq);
      if (i < 0) return;
      const [task] = slot.inflight.splice(i, 1);
      task!.resolve(reply.ok ? { ok: true, json: reply.json } : { ok: false, message: reply.message });
      this.dispatch();
    });
    slot.worker.on('error', (err) => {
      slot.lastError = err instanceof Error ? err : new Error(String(err));
    });
    slot.worker.on('exit', (code) => {
      if (this.closing) return;
      const [culprit, ...innocent] = slot.inflight;
      slot.inflight = [];
      this.queue.unshift(...innocent);
      if (culprit) {
        const { seq, text, options } = culprit;
        if ((slot.lastError as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          this.retriedAlone++;
          runAlone(this.url, this.base, { seq, text, options }).then(culprit.resolve);
        } else {
          const why = slot.lastError ? errorText(slot.lastError) : `exit code ${code}`;
          culprit.resolve({ ok: false, message: `worker stopped while extracting: ${why}` });
        }
      }
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.inflight.length < PER_WORKER && this.queue.length > 0) {
        const task = this.queue.shift()!;
        slot.inflight.push(task);
        const message: TaskMessage = { seq: task.seq, text: task.text, options: task.options };
        slot.worker.postMessage(message);
      }
    }
  }
}

export interface BatchPlan {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  /** Options shared by every document (sent to each worker once). */
  base: ExtractOptions;
  /** Per-document options (id, language, date), merged over `base`. */
  optionsFor: (input: DocumentInput) => ExtractOptions;
  /**
   * The job count is the default, not the user's: workers start only once the batch has run past
   * `POOL_AFTER_CHARS` characters in this thread, so a small batch never pays for starting them.
   */
  auto?: boolean;
  /** With `auto`: characters extracted in this thread before workers start (default POOL_AFTER_CHARS). */
  poolAfterChars?: number;
  /** Documents read ahead of the one being written; bounds memory. Default: twice what the workers hold. */
  window?: number;
  /** For tests: the in-thread extractor and the worker script. */
  extract?: ExtractFn;
  workerUrl?: URL;
}

export interface Processed {
  input: Input;
  outcome: Outcome;
}

/** Yields every input with its outcome, in input order, as soon as it and all before it are done. */
export async function* processInOrder(
  source: AsyncIterable<Input>,
  plan: BatchPlan,
): AsyncGenerator<Processed> {
  const it = source[Symbol.asyncIterator]();
  // Peek until two documents are seen: a single document never starts the pool.
  const head: Input[] = [];
  let ended = false;
  let docs = 0;
  while (docs < 2) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
    if (r.value.kind === 'document') docs++;
  }
  const rest = async function* (): AsyncGenerator<Input> {
    yield* head;
    if (!ended) {
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    }
  };
  // Run from TypeScript sources (tests importing src/), there is no worker.js: stay in this thread.
  const noWorker = !plan.workerUrl && !existsSync(fileURLToPath(DEFAULT_WORKER_URL));
  if (plan.jobs <= 1 || docs < 2 || noWorker) {
    const run = await inThread(plan);
    for await (const input of rest()) {
      const outcome: Outcome =
        input.kind === 'error'
          ? { ok: false, message: input.message }
          : await run(input.text, { ...plan.base, ...plan.optionsFor(input) });
      yield { input, outcome };
    }
    return;
  }
  const remaining: AsyncGenerator<Input> = rest();
  if (plan.auto) {
    // the default job count: extract here until the batch proves big enough to pay for workers
    const run = await inThread(plan);
    let chars = 0;
    for (;;) {
      const r = await remaining.next();
      if (r.done) return;
      const input = r.value;
      const outcome: Outcome =
        input.kind === 'error'
          ? { ok: false, message: input.message }
          : await run(input.text, { ...plan.base, ...plan.optionsFor(input) });
      yield { input, outcome };
      if (input.kind === 'document') chars += input.text.length;
      if (chars >= (plan.poolAfterChars ?? POOL_AFTER_CHARS)) break;
    }
  }
  const pool = new WorkerPool(plan.jobs, plan.base, plan.workerUrl);
  try {
    yield* ordered(remaining, pool, plan, plan.window ?? plan.jobs * PER_WORKER * 2);
  } finally {
    await pool.close();
  }
}

/**
 * Characters a batch extracts in this thread before the default job count starts workers. Starting
 * a worker and warming its rules takes about as long as extracting 0.5–1 MB, and on a 2-core machine
 * the pool only wins on batches of several megabytes (measured: 3.8 MB of news ran slower with 2
 * workers than in one thread).
 */
export const POOL_AFTER_CHARS = 4 * 1024 * 1024;

async function* ordered(
  source: AsyncGenerator<Input>,
  pool: WorkerPool,
  plan: BatchPlan,
  window: number,
): AsyncGenerator<Processed> {
  const pending: Promise<Processed>[] = [];
  const sizes: number[] = [];
  let chars = 0;
  const start = (input: Input): Promise<Processed> =>
    input.kind === 'error'
      ? Promise.resolve({ input, outcome: { ok: false, message: input.message } })
      : pool.run(input.text, plan.optionsFor(input)).then((outcome) => ({ input, outcome }));
  let pulling: Promise<IteratorResult<Input>> | null = null;
  let ended = false;
  for (;;) {
    const room = pending.length < window && (chars < READ_AHEAD_CHARS || pending.length === 0);
    if (!ended && !pulling && room) pulling = source.next();
    if (pending.length === 0 || (pulling && (await firstOf(pending[0]!, pulling)) === 'pull')) {
      if (!pulling) return; // nothing pending, nothing more to read
      const r = await pulling;
      pulling = null;
      if (r.done) ended = true;
      else {
        const size = r.value.kind === 'document' ? r.value.text.length : 0;
        pending.push(start(r.value));
        sizes.push(size);
        chars += size;
      }
      continue;
    }
    chars -= sizes.shift()!;
    yield await pending.shift()!;
  }
}

/** Which settles first: the oldest pending document or the next read (the document wins ties). */
function firstOf(doc: Promise<unknown>, pull: Promise<unknown>): Promise<'doc' | 'pull'> {
  return Promise.race([doc.then(() => 'doc' as const), pull.then(() => 'pull' as const)]);
}
