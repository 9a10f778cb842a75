// `extract check --expected PATH INPUT...`: extracts the inputs and diffs the results against the
// expected extractions in one step (CI); `--update` rewrites the expected files instead.
// PATH is either a directory with one `<name>.json` per document (as `extract --format json FILE`
// prints it) or one file holding every document (`.jsonl`, or a `.json` array).
import { basename, extname, join, normalize, sep } from 'node:path';
import { type Command, Option } from 'commander';
import type { DocumentDiff, ExtractionRecord } from '../../diff/types.js';
import type { Kind, Language } from '../../types.js';
import { parseJobs } from '../batch.js';
import { parseSize } from '../document-text.js';
import { EXIT } from '../exit-code.js';
import { type CliIO, write } from '../io.js';
import { parseDate, parseOnly } from '../main.js';
import { useColor } from './diff.js';
import { collect } from './eval.js';
import { baseOptions } from './extract.js';

export interface CheckFlags {
  expected: string;
  update?: boolean;
  input: 'text' | 'jsonl';
  glob?: string;
  lang: 'auto' | Language;
  date?: string;
  only?: Kind[];
  explain?: boolean;
  jobs?: number;
  offsets?: boolean;
  format: 'text' | 'json';
  color: boolean;
  lexicon?: string[];
  config?: string | false;
  html?: boolean;
  maxSize?: number;
}

const HELP = `
PATH is a directory (one NAME.json per document, as "extract --format json FILE" prints it;
NAME is the file's path inside the directory argument, or its base name, or the jsonl id)
or a single file holding every document (.jsonl, or a .json array).

Examples:
  $ extract check --expected test/expected --explain articles/          CI: exit 1 when anything changed
  $ extract check --expected test/expected --explain articles/ --update  accept the new extractions
  $ extract check --input jsonl --expected expected.jsonl corpus.jsonl

Exit codes: 0 same as expected (or updated) · 1 differences · 2 error (an input or expected file failed, usage).`;

/** Where the expected extraction of a document lives, relative to a directory PATH. */
export function expectedName(
  input: { id: string | null },
  index: number,
  dirArgs: readonly string[],
  mode: 'text' | 'jsonl' = 'text',
): string {
  const id = input.id ?? `#${index + 1}`;
  // a jsonl id is a name, not a path: all of it, made safe as a file name
  if (mode === 'jsonl') return `${id.replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^\./, '_')}.json`;
  if (id === '-') return 'stdin.json';
  const norm = normalize(id);
  for (const dir of dirArgs) {
    const d = normalize(dir).replace(/[/\\]+$/, '');
    if (norm.startsWith(d + sep)) return withJson(norm.slice(d.length + 1));
  }
  // a file argument: its base name, made safe as a file name
  const base = basename(norm);
  return withJson(base.replace(/[^\p{L}\p{N}._ -]/gu, '_'));
}

function withJson(rel: string): string {
  const ext = extname(rel);
  return `${ext ? rel.slice(0, -ext.length) : rel}.json`;
}

interface Extracted {
  records: ExtractionRecord[];
  names: string[];
  failures: number;
}

async function extractAll(files: string[], flags: CheckFlags, io: CliIO): Promise<Extracted | null> {
  const [batch, workers, { stat }, { cliLexicons }] = await Promise.all([
    import('../batch.js'),
    import('../workers.js'),
    import('node:fs/promises'),
    import('../../lexicon/cli.js'),
  ]);
  const lexicons = await cliLexicons(flags, io, 'extract check');
  if (lexicons === null) return null;
  const sources = await batch.openSources(files, flags, () => io.stdin, false);
  const dirArgs: string[] = [];
  for (const f of files) if ((await stat(f).catch(() => null))?.isDirectory()) dirArgs.push(f);
  const out: Extracted = { records: [], names: [], failures: sources.empty.length };
  for (const dir of sources.empty)
    io.stderr.write(`extract check: ${dir}: no file matches "${sources.glob}"\n`);
  const plan = {
    jobs: flags.jobs ?? batch.defaultJobs(),
    auto: flags.jobs === undefined,
    base: { ...baseOptions({ ...flags, format: 'json', color: false }), ...lexicons },
    optionsFor: (input: import('../inputs.js').DocumentInput) => ({
      id: input.id,
      lang: input.lang ?? flags.lang,
      date: input.date ?? flags.date ?? null,
    }),
  };
  for await (const { input, outcome } of workers.processInOrder(sources.inputs, plan)) {
    for (const w of (input.kind === 'document' && input.warnings) || []) {
      io.stderr.write(`extract check: ${input.label}: warning: ${w}\n`);
    }
    if (outcome.ok) out.records.push(workers.outcomeResult(outcome));
    else {
      out.failures++;
      io.stderr.write(`extract check: ${input.label}: ${outcome.message}\n`);
      out.records.push({ id: input.id, error: outcome.message });
    }
    out.names.push(expectedName(input, out.names.length, dirArgs, flags.input));
  }
  return out;
}

const isSingleFile = async (path: string): Promise<boolean> => {
  if (/\.jsonl?$/i.test(path)) return true;
  const { stat } = await import('node:fs/promises');
  return (await stat(path).catch(() => null))?.isFile() ?? false;
};

/** The content of a single expected file: JSON Lines, or a JSON array for a .json name. */
async function singleFileContent(path: string, records: readonly ExtractionRecord[]): Promise<string> {
  const { renderJson, renderJsonLine } = await import('../../render/json.js');
  if (/\.json$/i.test(path)) {
    return records.length ? `[\n${records.map((r) => renderJson(r, true)).join(',\n')}\n]\n` : '[]\n';
  }
  return records.map(renderJsonLine).join('');
}

export async function runCheck(files: string[], flags: CheckFlags, io: CliIO): Promise<number> {
  const [{ readFile, mkdir }, { writeFileAtomic }, diffLib, { renderJson }, { loadExtractions }] =
    await Promise.all([
      import('node:fs/promises'),
      import('../output.js'),
      import('../../diff/index.js'),
      import('../../render/json.js'),
      import('./diff.js'),
    ]);
  const single = await isSingleFile(flags.expected);
  const run = await extractAll(files, flags, io);
  if (run === null) return EXIT.usage;

  if (!single) {
    const seen = new Map<string, number>();
    for (const [i, name] of run.names.entries()) {
      const j = seen.get(name);
      if (j !== undefined) {
        io.stderr.write(
          `extract check: documents ${JSON.stringify(run.records[j]!.id)} and ${JSON.stringify(run.records[i]!.id)} ` +
            `would share ${join(flags.expected, name)}; use a single .jsonl expected file\n`,
        );
        return EXIT.usage;
      }
      seen.set(name, i);
    }
  }

  if (flags.update) {
    try {
      if (single) {
        const content = await singleFileContent(flags.expected, run.records);
        const before = await readFile(flags.expected, 'utf8').catch(() => null);
        if (before !== content) await writeFileAtomic(flags.expected, content);
        await write(io.stdout, `${before === content ? 'unchanged' : 'updated'} ${flags.expected}\n`);
      } else {
        let updated = 0;
        for (const [i, name] of run.names.entries()) {
          const path = join(flags.expected, name);
          const content = `${renderJson(run.records[i]!)}\n`;
          const before = await readFile(path, 'utf8').catch(() => null);
          if (before === content) continue;
          await mkdir(join(path, '..'), { recursive: true });
          await writeFileAtomic(path, content);
          updated++;
          await write(io.stdout, `updated ${path}\n`);
        }
        await write(io.stdout, `${updated} of ${run.records.length} expected files updated\n`);
      }
    } catch (err) {
      io.stderr.write(`extract check: cannot write ${flags.expected}: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
    return run.failures ? EXIT.usage : EXIT.ok;
  }

  let diff: import('../../diff/types.js').CollectionDiff;
  try {
    if (single) {
      const expected = await loadExtractions(flags.expected, io).catch((err: Error) => {
        if (/no such file/.test(err.message)) return [];
        throw err;
      });
      diff = diffLib.diffCollections(expected, run.records, { offsets: flags.offsets ?? false });
    } else diff = await diffDirectory(run, flags, loadExtractions, diffLib.diffRecords, io);
  } catch (err) {
    io.stderr.write(`extract check: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const text =
    flags.format === 'json'
      ? `${JSON.stringify(diff, null, 2)}\n`
      : diffLib.renderDiff(diff, {
          color: useColor(flags.color, io),
          oldName: 'expected',
          newName: 'this run',
        });
  await write(io.stdout, text);
  if (!diff.equal && flags.format !== 'json') {
    io.stderr.write(
      'extract check: extractions differ from the expected ones; if the change is wanted, rerun with --update\n',
    );
  }
  if (run.failures) return EXIT.usage;
  return diff.equal ? EXIT.ok : EXIT.failed;
}

/** Compares each document with its own expected file (matched by file name, not by id). */
async function diffDirectory(
  run: Extracted,
  flags: CheckFlags,
  load: (path: string, io: CliIO) => Promise<ExtractionRecord[]>,
  diffRecords: typeof import('../../diff/engine.js').diffRecords,
  io: CliIO,
): Promise<import('../../diff/types.js').CollectionDiff> {
  const documents: DocumentDiff[] = [];
  let unchanged = 0;
  let found = 0;
  for (const [i, name] of run.names.entries()) {
    const record = run.records[i]!;
    const id = record.id ?? name;
    const path = join(flags.expected, name);
    let expected: ExtractionRecord[];
    try {
      expected = await load(path, io);
    } catch (err) {
      if (/no such file/.test((err as Error).message)) {
        documents.push({
          id,
          status: 'added',
          changes: [],
          summary: { 'expected file': `${path} is missing` },
        });
        continue;
      }
      throw err;
    }
    found++;
    if (expected.length !== 1) throw new Error(`${path}: expected one extraction, found ${expected.length}`);
    const changes = diffRecords(expected[0]!, record, { offsets: flags.offsets ?? false });
    if (changes.length) documents.push({ id: `${id} (${path})`, status: 'changed', changes });
    else unchanged++;
  }
  const added = documents.filter((d) => d.status === 'added').length;
  return {
    equal: documents.length === 0,
    summary: {
      old: found,
      new: run.records.length,
      added,
      removed: 0,
      changed: documents.length - added,
      unchanged,
    },
    documents,
  };
}

export function registerCheck(program: Command, io: CliIO): void {
  program
    .command('check')
    .description('extract the inputs and compare them with expected extractions (for CI)')
    .argument('<input...>', 'text files or directories (jsonl files with --input jsonl)')
    .requiredOption('--expected <path>', 'directory of NAME.json files, or one .jsonl/.json file')
    .option('--update', 'write the new extractions as the expected ones')
    .addOption(
      new Option('--input <mode>', 'text or jsonl inputs').choices(['text', 'jsonl']).default('text'),
    )
    .option(
      '--glob <pattern>',
      'files to read inside directories (default "*.txt", "*.jsonl" with --input jsonl)',
    )
    .addOption(new Option('--lang <lang>', 'document language').choices(['auto', 'id', 'en']).default('auto'))
    .option('--date <YYYY-MM-DD>', 'publication date that relative dates resolve against', parseDate)
    .option('--only <kinds>', 'comma-separated kinds to extract', parseOnly)
    .option('--explain', 'attach the rules behind every extraction (as the expected files were made)')
    .option('--html', 'inputs are HTML (as extract --html)')
    .option('--max-size <size>', 'refuse documents larger than this (as extract --max-size)', parseSize)
    .option('--lexicon <file>', 'your lexicon (JSON; repeatable), as given to extract', collect)
    .option('--config <file>', 'config file (default: extract.config.json here or in a parent folder)')
    .option('--no-config', 'read no config file')
    .option(
      '-j, --jobs <n>',
      'worker threads (default: one per core but one, once a batch passes 4 MiB)',
      parseJobs,
    )
    .option('--offsets', 'also report mentions, dates and quotes that only moved')
    .addOption(
      new Option('-f, --format <format>', 'text: a listing for people; json: for machines')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('--no-color', 'plain listing even on a terminal')
    .addHelpText('after', HELP)
    .action(async (inputs: string[], flags: CheckFlags) => {
      program.setOptionValue('exitCode', await runCheck(inputs, flags, io));
    });
}
