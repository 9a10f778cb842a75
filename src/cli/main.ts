// The extract command: parses arguments, reads inputs, runs the library, writes results.
// Heavy modules (the rules, compromise, table rendering) load only after arguments are parsed,
// so `extract --help` stays instant.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../text/iso-date.js';
import type { Kind } from '../types.js';
import { defaultJobs, parseJobs } from './batch.js';
import { registerCheck } from './commands/check.js';
import { registerDiff } from './commands/diff.js';
import { collect, registerEval } from './commands/eval.js';
import { type ExtractFlags, runExtract } from './commands/extract.js';
import { parseSize } from './document-text.js';
import { EXIT } from './exit-code.js';
import type { CliIO } from './io.js';

const KIND_NAMES: readonly Kind[] = ['people', 'places', 'organizations', 'dates', 'quotes'];

export function parseOnly(value: string): Kind[] {
  const kinds = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = kinds.filter((k) => !(KIND_NAMES as readonly string[]).includes(k));
  if (bad.length || kinds.length === 0) {
    throw new InvalidArgumentError(
      `expected a comma-separated list of ${KIND_NAMES.join(', ')}; got "${value}"`,
    );
  }
  return kinds as Kind[];
}

export function parseDate(value: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, e.g. 2023-09-19; got "${value}"`);
  }
  return value;
}

const EXAMPLES = `
Examples:
  $ extract fixtures/id-banjir-semarang.txt                tables for one article
  $ extract --json article.txt | jq '.people[].name'       names of the people
  $ extract --date 2023-09-19 --only dates,quotes a.txt    relative dates against a publication date
  $ cat corpus.jsonl | extract --input jsonl --format jsonl > out.jsonl
      (each line {"id": "...", "text": "...", "lang"?: "id"|"en", "date"?: "YYYY-MM-DD"})
  $ extract -f jsonl -j 2 --stats -o out.jsonl corpus/     every *.txt below corpus/, 2 workers
  $ extract diff old.jsonl new.jsonl                        what changed between two runs
  $ extract check --expected expected/ articles/            CI: fail when extractions change
  $ extract --lexicon newsroom.json --explain a.txt          your own names, and the rules behind each
  $ extract --format html a.txt > a.html                    the article highlighted, to open in a browser
  $ extract eval --fail-under 0.8 gold.jsonl                precision, recall, F1 on your annotations

Exit codes: 0 all inputs succeeded · 1 some input failed (the others are still printed) · 2 usage error.`;

export function buildProgram(io: CliIO): Command {
  const program = new Command('extract');
  program
    .enablePositionalOptions() // options after a subcommand name belong to the subcommand
    .description(
      'People, places, organizations, dates and attributed quotes from Indonesian and English news text.',
    )
    .version('0.1.0', '-V, --version')
    .argument('[file...]', 'text files to read; "-" or none reads stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'jsonl', 'html'])
        .default('table'),
    )
    .option('--json', 'short for --format json')
    .addOption(
      new Option(
        '--input <mode>',
        'text: each file is one document; jsonl: one {"id","text"} record per line',
      )
        .choices(['text', 'jsonl'])
        .default('text'),
    )
    .addOption(new Option('--lang <lang>', 'document language').choices(['auto', 'id', 'en']).default('auto'))
    .option('--date <YYYY-MM-DD>', 'publication date that relative dates resolve against', parseDate)
    .option('--only <kinds>', `comma-separated kinds to extract: ${KIND_NAMES.join(',')}`, parseOnly)
    .option('--explain', 'attach the rules behind every extraction')
    .option('--lexicon <file>', 'your people, places, organizations, ignore list (JSON; repeatable)', collect)
    .option('--config <file>', 'config file (default: extract.config.json here or in a parent folder)')
    .option('--no-config', 'read no config file')
    .option('--no-color', 'plain tables even on a terminal')
    .option('--html', 'input is HTML: strip tags, decode entities; offsets index the plain text')
    .option(
      '--max-size <size>',
      'refuse documents larger than this (bytes, or 800k, 10M; default 32M)',
      parseSize,
    )
    .option(
      '--glob <pattern>',
      'files to read inside directories (default "*.txt", "*.jsonl" with --input jsonl)',
    )
    .option(
      '-j, --jobs <n>',
      `worker threads (default: ${defaultJobs()}, one per core but one, once a batch passes 4 MiB)`,
      parseJobs,
    )
    .option('-o, --output <file>', 'write to FILE atomically (temporary file, then rename) instead of stdout')
    .option('--stats', 'print a summary line on stderr: documents, failures, MB/s')
    .option('--no-progress', 'no progress bar (it is only drawn when stderr is a terminal)')
    .addHelpText('after', EXAMPLES)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, w) => w(s.replace(/^error: /, 'extract: ')),
    })
    .exitOverride()
    .action(async (files: string[], flags: ExtractFlags) => {
      program.setOptionValue('exitCode', await runExtract(files, flags, io));
    });
  // subcommands register here, one line each: registerDiff(program, io), …
  registerDiff(program, io);
  registerCheck(program, io);
  registerEval(program, io);
  return program;
}

/** Runs the CLI with the given arguments (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    io.stderr.write(`extract: ${(err as Error).message}\n`);
    return EXIT.failed;
  }
  return (program.getOptionValue('exitCode') as number | undefined) ?? EXIT.ok;
}
