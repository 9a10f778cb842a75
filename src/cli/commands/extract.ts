// `extract [file...]`: reads inputs, runs the library, writes results in input order.
import type { Writable } from 'node:stream';
import type { HtmlArticle } from '../../render/html.js';
import type { ErrorRecord, ExtractOptions, Kind, Language, Result } from '../../types.js';
import { EXIT, exitCodeFor } from '../exit-code.js';
import { type CliIO, write } from '../io.js';

export interface ExtractFlags {
  format: 'table' | 'json' | 'jsonl' | 'html';
  json?: boolean;
  input: 'text' | 'jsonl';
  lang: 'auto' | Language;
  date?: string;
  only?: Kind[];
  explain?: boolean;
  color: boolean;
  /** Batch: files matched inside directories. */
  glob?: string;
  /** Batch: worker threads (default: one per core but one). */
  jobs?: number;
  /** Batch: summary line on stderr. */
  stats?: boolean;
  /** Batch: progress bar on stderr when it is a terminal (--no-progress turns it off). */
  progress?: boolean;
  /** Write to this file atomically instead of stdout. */
  output?: string;
  /** Input is HTML (see src/text/html.ts). */
  html?: boolean;
  /** Largest document accepted, in bytes. */
  maxSize?: number;
  /** User lexicon files (--lexicon, repeatable) and the config file (--config FILE / --no-config). */
  lexicon?: string[];
  config?: string | false;
}

/** Options shared by every document of a run (workers receive them once). */
export function baseOptions(flags: ExtractFlags): ExtractOptions {
  const base: ExtractOptions = { explain: flags.explain ?? false };
  if (flags.only) base.only = flags.only;
  return base;
}

export async function runExtract(files: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const format = flags.json ? 'json' : flags.format;
  const lexicons = await (await import('../../lexicon/cli.js')).cliLexicons(flags, io);
  if (lexicons === null) return EXIT.usage;
  const [batch, workers, progressMod, { renderJson, renderJsonLine }] = await Promise.all([
    import('../batch.js'),
    import('../workers.js'),
    import('../progress.js'),
    import('../../render/json.js'),
  ]);
  const showBar = flags.progress !== false && io.stderrIsTTY;
  const sources = await batch.openSources(files, flags, () => io.stdin, showBar);
  const progress = new progressMod.Progress({
    stream: io.stderr,
    bar: showBar,
    totalDocs: sources.totalDocs,
    totalBytes: sources.totalBytes,
    now: () => performance.now(),
    columns: (io.stderr as { columns?: number }).columns,
  });

  let out: Writable = io.stdout;
  let atomic: import('../output.js').AtomicFile | null = null;
  if (flags.output) {
    const { openAtomic } = await import('../output.js');
    const { describeFsError } = await import('../inputs.js');
    try {
      atomic = await openAtomic(flags.output);
    } catch (err) {
      io.stderr.write(`extract: ${flags.output}: cannot write: ${describeFsError(err)}\n`);
      return EXIT.usage;
    }
    out = atomic.stream;
  }
  const color = !atomic && flags.color && io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
  const table = format === 'table' ? await import('../../render/table.js') : null;
  const html = format === 'html' ? await import('../../render/html.js') : null;
  const pages: (HtmlArticle | ErrorRecord)[] = [];
  // json: one input → one object; several inputs, a directory or any jsonl input → an array in input order
  const asArray = format === 'json' && sources.many;

  let failures = 0;
  let count = 0;
  const emit = async (record: Result | ErrorRecord, text?: string): Promise<void> => {
    if (html) pages.push('schema' in record ? { result: record, text: text ?? '' } : record);
    else if (format === 'jsonl') await write(out, renderJsonLine(record));
    else if (format === 'json') {
      const prefix = asArray ? (count === 0 ? '[\n' : ',\n') : '';
      await write(out, prefix + renderJson(record, asArray) + (asArray ? '' : '\n'));
    } else if ('schema' in record && table) {
      const sep = count > 0 ? '\n' : '';
      await write(out, sep + table.renderTables(record, { color, explain: flags.explain ?? false }));
    }
    count++;
  };

  // A reader that goes away (`extract … | head`) ends the run quietly instead of crashing it.
  const onOutputError = (): void => undefined;
  out.on('error', onOutputError);
  try {
    for (const dir of sources.empty) {
      failures++;
      progress.log(`extract: ${dir}: no file matches "${sources.glob}" (see --glob)`);
    }
    const plan = {
      jobs: flags.jobs ?? batch.defaultJobs(),
      auto: flags.jobs === undefined,
      base: { ...baseOptions(flags), ...lexicons },
      optionsFor: (input: import('../inputs.js').DocumentInput): ExtractOptions => ({
        id: input.id,
        lang: input.lang ?? flags.lang,
        date: input.date ?? flags.date ?? null,
      }),
    };
    const tally = flags.stats || showBar;
    for await (const { input, outcome } of workers.processInOrder(sources.inputs, plan)) {
      for (const w of (input.kind === 'document' && input.warnings) || []) {
        progress.log(`extract: ${input.label}: warning: ${w}`);
      }
      if (outcome.ok) {
        // jsonl: the line a worker serialized goes out as it came (same bytes as renderJsonLine)
        if (format === 'jsonl') {
          await write(out, `${workers.outcomeJson(outcome)}\n`);
          count++;
        } else await emit(workers.outcomeResult(outcome), input.kind === 'document' ? input.text : undefined);
      } else {
        failures++;
        progress.log(`extract: ${input.label}: ${outcome.message}`);
        await emit({ id: input.id, error: outcome.message });
      }
      progress.tick(tally && input.kind === 'document' ? Buffer.byteLength(input.text) : 0, !outcome.ok);
    }
    if (asArray) await write(out, count === 0 ? '[]\n' : '\n]\n');
    if (html) await write(out, html.renderHtml(pages));
    if (atomic) await atomic.commit();
    atomic = null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPIPE') throw err;
  } finally {
    out.off('error', onOutputError);
    await atomic?.abort();
    const t = progress.finish();
    if (flags.stats) io.stderr.write(`${progressMod.formatStats(t)}\n`);
  }
  return exitCodeFor(failures);
}
