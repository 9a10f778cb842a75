// `extract diff OLD NEW`: compares two extraction files (json or jsonl), documents matched by id.
// Exit 0 when equal, 1 when different, 2 on error.
import { type Command, Option } from 'commander';
import { EXIT } from '../exit-code.js';
import { type CliIO, write } from '../io.js';

export interface DiffFlags {
  format: 'text' | 'json';
  offsets?: boolean;
  color: boolean;
}

const HELP = `
OLD and NEW are files written by extract --format json or --format jsonl ("-" reads stdin).
Documents are matched by id; people, places and organizations by name (or a shared alias),
dates and quotes by their text. Offsets are ignored unless --offsets.

Examples:
  $ extract -f jsonl corpus/ > old.jsonl   # … change rules or upgrade …
  $ extract -f jsonl corpus/ > new.jsonl
  $ extract diff old.jsonl new.jsonl
  $ extract diff --format json old.jsonl new.jsonl | jq '.documents[].id'

Exit codes: 0 no difference · 1 differences · 2 error (unreadable or malformed file, usage).`;

/** Colour on a terminal, or when FORCE_COLOR asks (CI logs); never with --no-color or NO_COLOR. */
export function useColor(flagColor: boolean, io: CliIO): boolean {
  if (!flagColor || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return io.stdoutIsTTY;
}

/** Reads and parses an extraction file; the error message names the file. */
export async function loadExtractions(
  path: string,
  io: CliIO,
): Promise<import('../../diff/types.js').ExtractionRecord[]> {
  const [{ readFile }, { parseExtractions }, { describeFsError }] = await Promise.all([
    import('node:fs/promises'),
    import('../../diff/parse.js'),
    import('../inputs.js'),
  ]);
  let text: string;
  try {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      text = Buffer.concat(chunks).toString('utf8');
    } else text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: ${describeFsError(err)}`);
  }
  try {
    return parseExtractions(text);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}

export async function runDiff(
  oldPath: string,
  newPath: string,
  flags: DiffFlags,
  io: CliIO,
): Promise<number> {
  if (oldPath === '-' && newPath === '-') {
    io.stderr.write('extract diff: only one of OLD and NEW can be "-" (stdin)\n');
    return EXIT.usage;
  }
  let oldRecords: import('../../diff/types.js').ExtractionRecord[];
  let newRecords: typeof oldRecords;
  try {
    [oldRecords, newRecords] = await Promise.all([
      loadExtractions(oldPath, io),
      loadExtractions(newPath, io),
    ]);
  } catch (err) {
    io.stderr.write(`extract diff: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const { diffCollections, renderDiff } = await import('../../diff/index.js');
  const diff = diffCollections(oldRecords, newRecords, { offsets: flags.offsets ?? false });
  const text =
    flags.format === 'json'
      ? `${JSON.stringify(diff, null, 2)}\n`
      : renderDiff(diff, { color: useColor(flags.color, io), oldName: oldPath, newName: newPath });
  await write(io.stdout, text);
  return diff.equal ? EXIT.ok : EXIT.failed;
}

export function registerDiff(program: Command, io: CliIO): void {
  program
    .command('diff')
    .description('compare two extraction files (json or jsonl) document by document')
    .argument('<old>', 'the earlier extraction file')
    .argument('<new>', 'the later extraction file')
    .addOption(
      new Option('-f, --format <format>', 'text: a listing for people; json: for machines')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('--offsets', 'also report mentions, dates and quotes that only moved')
    .option('--no-color', 'plain listing even on a terminal')
    .addHelpText('after', HELP)
    .action(async (oldPath: string, newPath: string, flags: DiffFlags) => {
      program.setOptionValue('exitCode', await runDiff(oldPath, newPath, flags, io));
    });
}
