// `extract eval GOLD.jsonl...`: scores the extractor against gold files and prints the figures.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
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

export async function runEval(files: string[], flags: EvalFlags, io: CliIO): Promise<number> {
  const [{ parseGold, GoldError }, { evaluate }, score, format, lex] = await Promise.all([
    import('../../eval/gold.js'),
    import('../../eval/run.js'),
    import('../../eval/score.js'),
    import('../../eval/format.js'),
    import('../../lexicon/load.js'),
  ]);
  const { LexiconError } = await import('../../lexicon/validate.js');
  const fail = (message: string): number => {
    io.stderr.write(`extract eval: ${message}\n`);
    return EXIT.usage;
  };

  let lexicons: Awaited<ReturnType<typeof lex.loadLexicons>>['lexicons'];
  try {
    const sources: Parameters<typeof lex.loadLexicons>[0] = { cwd: io.cwd, lexicons: flags.lexicon ?? [] };
    if (flags.config !== undefined) sources.config = flags.config;
    lexicons = (await lex.loadLexicons(sources)).lexicons;
  } catch (err) {
    if (err instanceof LexiconError) return fail(err.message);
    throw err;
  }

  // read and check every file before scoring anything
  const sets: { name: string; docs: ReturnType<typeof parseGold> }[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return fail(`${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
    try {
      const docs = parseGold(content, file);
      sets.push({
        name: basename(file).replace(/\.jsonl$/i, ''),
        docs: docs.slice(0, flags.limit ?? docs.length),
      });
    } catch (err) {
      if (err instanceof GoldError) return fail(err.message);
      throw err;
    }
  }

  let failures = 0;
  const report: import('../../eval/format.js').EvalReport = {
    files: {},
    total: score.summarize(score.emptyTally()),
  };
  const total = score.emptyTally();
  for (const set of sets) {
    const tally = evaluate(set.docs, {
      langHint: flags.langHint ?? false,
      useDate: flags.date,
      lexicons,
      onError: (d, e) => {
        failures++;
        io.stderr.write(`extract eval: ${set.name}: ${d.id}: ${e.message}\n`);
      },
    });
    score.addTally(total, tally);
    report.files[set.name] = score.summarize(tally);
  }
  report.total = score.summarize(total);
  await write(
    io.stdout,
    flags.format === 'json' ? format.renderEvalJson(report) : format.renderEvalTable(report),
  );

  if (flags.failUnder !== undefined) {
    const below = score.headlineF1(report.total).filter((x) => x.f < flags.failUnder!);
    if (below.length) {
      const list = below.map((x) => `${x.name} ${x.f.toFixed(3)}`).join(', ');
      io.stderr.write(`extract eval: below --fail-under ${flags.failUnder}: ${list}\n`);
      return EXIT.failed;
    }
  }
  return failures > 0 ? EXIT.failed : EXIT.ok;
}
