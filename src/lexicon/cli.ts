// The lexicons of one CLI run: the config file's and the --lexicon files, or a message on stderr.
import type { CliIO } from '../cli/io.js';
import type { Lexicon } from '../types.js';
import { type LexiconSources, loadLexicons } from './load.js';
import { LexiconError } from './validate.js';

export interface LexiconFlags {
  /** `--lexicon FILE`, repeatable. */
  lexicon?: string[];
  /** `--config FILE`, or false for `--no-config`. */
  config?: string | false;
}

/**
 * `{ lexicons }` to spread into the extract options (empty when there are none), or null after
 * writing why an invalid or unreadable lexicon or config was refused (the caller exits 2).
 */
export async function cliLexicons(
  flags: LexiconFlags,
  io: Pick<CliIO, 'cwd' | 'stderr'>,
  prefix = 'extract',
): Promise<{ lexicons?: Lexicon[] } | null> {
  const sources: LexiconSources = { cwd: io.cwd, lexicons: flags.lexicon ?? [] };
  if (flags.config !== undefined) sources.config = flags.config;
  try {
    const { lexicons } = await loadLexicons(sources);
    return lexicons.length ? { lexicons } : {};
  } catch (err) {
    if (!(err instanceof LexiconError)) throw err;
    io.stderr.write(`${prefix}: ${err.message}\n`);
    return null;
  }
}
