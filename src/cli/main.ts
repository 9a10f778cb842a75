// The extract command: parses arguments, reads inputs, runs the library, writes results.
// Heavy modules (the rules, compromise, table rendering) load only after arguments are parsed,
// so `extract --help` stays instant.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../text/iso-date.js';
import type { ErrorRecord, ExtractOptions, Kind, Language, Result } from '../types.js';
import { EXIT, exitCodeFor } from './exit-code.js';
import { type CliIO, write } from './io.js';

const KIND_NAMES: readonly Kind[] = ['people', 'places', 'organizations', 'dates', 'quotes'];

export interface ExtractFlags {
  format: 'table' | 'json' | 'jsonl';
  json?: boolean;
  input: 'text' | 'jsonl';
  lang: 'auto' | Language;
  date?: string;
  only?: Kind[];
  explain?: boolean;
  color: boolean;
}

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

export function buildProgram(
  io: CliIO,
  run: (files: string[], flags: ExtractFlags) => Promise<number>,
): Command {
  const program = new Command('extract');
  program
    .description(
      'People, places, organizations, dates and attributed quotes from Indonesian and English news text.',
    )
    .version('0.1.0', '-V, --version')
    .argument('[file...]', 'text files to read; "-" or none reads stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'jsonl'])
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
    .option('--no-color', 'plain tables even on a terminal')
    .addHelpText('after', EXAMPLES)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, w) => w(s.replace(/^error: /, 'extract: ')),
    })
    .exitOverride()
    .action(async (files: string[], flags: ExtractFlags) => {
      program.setOptionValue('exitCode', await run(files, flags));
    });
  return program;
}

/** Runs the CLI with the given arguments (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const program = buildProgram(io, (files, flags) => runExtract(files, flags, io));
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

async function runExtract(files: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const format = flags.json ? 'json' : flags.format;
  const [{ extract }, inputs] = await Promise.all([import('../pipeline.js'), import('./inputs.js')]);
  const source =
    flags.input === 'jsonl' ? inputs.jsonlInputs(files, io.stdin) : inputs.textInputs(files, io.stdin);
  const color = flags.color && io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
  const table = format === 'table' ? await import('../render/table.js') : null;
  const { renderJson, renderJsonLine } = await import('../render/json.js');
  // json: one input → one object; several inputs (or any jsonl input) → an array in input order
  const asArray = format === 'json' && (flags.input === 'jsonl' || files.length > 1);

  let failures = 0;
  let count = 0;
  const emit = async (record: Result | ErrorRecord): Promise<void> => {
    if (format === 'jsonl') await write(io.stdout, renderJsonLine(record));
    else if (format === 'json') {
      const prefix = asArray ? (count === 0 ? '[\n' : ',\n') : '';
      await write(io.stdout, prefix + renderJson(record, asArray) + (asArray ? '' : '\n'));
    } else if ('schema' in record && table) {
      const sep = count > 0 ? '\n' : '';
      await write(io.stdout, sep + table.renderTables(record, { color, explain: flags.explain ?? false }));
    }
    count++;
  };

  for await (const input of source) {
    if (input.kind === 'error') {
      failures++;
      io.stderr.write(`extract: ${input.label}: ${input.message}\n`);
      await emit({ id: input.id, error: input.message });
      continue;
    }
    const options: ExtractOptions = {
      id: input.id,
      lang: input.lang ?? flags.lang,
      date: input.date ?? flags.date ?? null,
      explain: flags.explain ?? false,
    };
    if (flags.only) options.only = flags.only;
    let result: Result;
    try {
      result = extract(input.text, options);
    } catch (err) {
      failures++;
      const message = err instanceof Error ? err.message : String(err);
      io.stderr.write(`extract: ${input.label}: ${message}\n`);
      await emit({ id: input.id, error: message });
      continue;
    }
    await emit(result);
  }
  if (asArray) await write(io.stdout, count === 0 ? '[]\n' : '\n]\n');
  return exitCodeFor(failures);
}
