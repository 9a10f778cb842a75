// The extract command: parses arguments, reads inputs, runs the library, writes results.
// Heavy modules (the rules, compromise, table rendering) load only after arguments are parsed,
// so `extract --help` stays instant.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../text/iso-date.js';
import type { Kind } from '../types.js';
import { collect, registerEval } from './commands/eval.js';
import { type ExtractFlags, runExtract } from './commands/extract.js';
import { parseSize } from './document-text.js';
import { EXIT } from './exit-code.js';
import type { CliIO } from './io.js';

const KIND_NAMES: readonly Kind[] = ['people', 'places', 'organizations', 'dates', 'quotes'];

function parseOnly(value: string): Kind[] {
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

function parseDate(value: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, e.g. 2023-09-19; got "${value}"`);
  }
  return value;
}

const EXAMPLES = `
Examples:
  $ extract fixtures/id-seoul-summons.txt                 tables for one article
  $ extract --json article.txt | jq '.people[].name'       names of the people
  $ extract --date 2023-09-19 --only dates,quotes a.txt    relative dates against a publication date
  $ cat corpus.jsonl | extract --input jsonl --format jsonl > out.jsonl
      (each line {"id": "...", "text": "...", "lang"?: "id"|"en", "date"?: "YYYY-MM-DD"})

Exit codes: 0 all inputs succeeded · 1 some input failed (the others are still printed) · 2 usage error.`;

export function buildProgram(io: CliIO): Command {
  const program = new Command('extract');
  program
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
