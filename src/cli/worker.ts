// One worker thread of the pool (see workers.ts): receives documents, sends back serialized
// results. Runs the built library; an exception inside a rule becomes an error reply, never a crash.
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import type { ExtractOptions } from '../types.js';
import type { TaskMessage, TaskReply } from './workers.js';

const base = (workerData as { base: ExtractOptions }).base;
const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');

port.on('message', (task: TaskMessage) => {
  let reply: TaskReply;
  try {
    reply = {
      seq: task.seq,
      ok: true,
      json: JSON.stringify(extract(task.text, { ...base, ...task.options })),
    };
  } catch (err) {
    reply = { seq: task.seq, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
