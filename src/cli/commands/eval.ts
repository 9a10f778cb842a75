// `extract eval GOLD.jsonl...`: scores the extractor against gold files and prints the figures.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { EvalReport } from '../../eval/format.js';
import type { GoldDoc } from '../../eval/gold.js';
import { EXIT } from '../exit-code.js';
import { type CliIO, write } from '../io.js';

export interface EvalFlags {
  format: 'table' | 'json';
  failUnder?: number;
  langHint?: boolean;
  date: boolean;
  limit?: number;
  lexicon?: string[];
  config?: string | false;
}

function parseFraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError(`expected an F1 between 0 and 1, e.g. 0.8; got "${value}"`);
  }
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number ≥ 1; got "${value}"`);
  return n;
}

/** Commander collector for repeatable options (`--lexicon a.json --lexicon b.json`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const HELP = `
Gold files hold one JSON document per line: {"id", "lang", "dct", "text", "layers", "entities",
"quotes", "dates"} with offsets into "text" (see README, "Measuring on your own articles").

Examples:
  $ extract eval my-articles.gold.jsonl
  $ extract eval --format json gold/*.jsonl > scores.json
  $ extract eval --fail-under 0.8 --lexicon newsroom.json gold.jsonl     (for CI)

Exit codes: 0 scored (and every F1 at or above --fail-under) · 1 an F1 below --fail-under, or the
extractor failed on a document · 2 usage error, unreadable or invalid gold file or lexicon.`;

/** Adds the `eval` subcommand to the program. */
export function registerEval(program: Command, io: CliIO): void {
  program
    .command('eval')
    .description('score the extractor against gold annotations (precision, recall, F1)')
    .argument('<gold...>', 'gold JSONL files')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'),
    )
    .option(
      '--fail-under <f1>',
      'exit 1 when an overall F1 (entities, quotes, dates) is below this',
      parseFraction,
    )
    .option('--lang-hint', 'give every document its gold language (default: entity-only documents)')
    .option('--no-date', 'do not use the gold publication date (dct) as the reference date')
    .option('--limit <n>', 'score only the first n documents of each file', parseCount)
    .option('--lexicon <file>', 'a lexicon JSON file; repeatable, later files win', collect)
    .option('--config <file>', 'config file (default: extract.config.json in this or a parent folder)')
    .option('--no-config', 'do not read a config file')
    .addHelpText('after', HELP)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, w) => w(s.replace(/^error: /, 'extract eval: ')),
    })
    .exitOverride()
    .action(async (files: string[], flags: EvalFlags) => {
      program.setOptionValue('exitCode', await runEval(files, flags, io));
    });
}

/** How a file is named in the report: its name without `.jsonl`, or its path when two names clash. */
function reportNames(files: readonly string[]): string[] {
  const short = files.map((f) => basename(f).replace(/\.jsonl$/i, ''));
  return short.map((name, i) => (short.indexOf(name) === short.lastIndexOf(name) ? name : files[i]!));
}

export async function runEval(files: string[], flags: EvalFlags, io: CliIO): Promise<number> {
  const [{ parseGold, GoldError }, { evaluate }, score, format, { cliLexicons }] = await Promise.all([
    import('../../eval/gold.js'),
    import('../../eval/run.js'),
    import('../../eval/score.js'),
    import('../../eval/format.js'),
    import('../../lexicon/cli.js'),
  ]);
  const refuse = (message: string): number => {
    io.stderr.write(`extract eval: ${message}\n`);
    return EXIT.usage;
  };
  const lexicons = await cliLexicons(flags, io, 'extract eval');
  if (lexicons === null) return EXIT.usage;

  // read and check every file before scoring anything
  const names = reportNames(files);
  const sets: { name: string; docs: GoldDoc[] }[] = [];
  for (const [i, file] of files.entries()) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return refuse(`${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
    try {
      const docs = parseGold(content, file);
      sets.push({ name: names[i]!, docs: docs.slice(0, flags.limit ?? docs.length) });
    } catch (err) {
      if (err instanceof GoldError) return refuse(err.message);
      throw err;
    }
  }

  let failures = 0;
  const total = score.emptyTally();
  const perFile: EvalReport['files'] = {};
  for (const set of sets) {
    const tally = evaluate(set.docs, {
      langHint: flags.langHint ?? false,
      useDate: flags.date,
      ...lexicons,
      onError: (d, e) => {
        failures++;
        io.stderr.write(`extract eval: ${set.name}: ${d.id}: ${e.message}\n`);
      },
    });
    score.addTally(total, tally);
    perFile[set.name] = score.summarize(tally);
  }
  const report: EvalReport = { files: perFile, total: score.summarize(total) };
  await write(
    io.stdout,
    flags.format === 'json' ? format.renderEvalJson(report) : format.renderEvalTable(report),
  );

  if (flags.failUnder !== undefined) {
    const threshold = flags.failUnder;
    const below = score.headlineF1(report.total).filter((x) => x.f < threshold);
    if (below.length) {
      const list = below.map((x) => `${x.name} ${x.f.toFixed(3)}`).join(', ');
      io.stderr.write(`extract eval: below --fail-under ${threshold}: ${list}\n`);
      return EXIT.failed;
    }
  }
  return failures > 0 ? EXIT.failed : EXIT.ok;
}
