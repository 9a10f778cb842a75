// Where lexicons come from: `--lexicon FILE` options and the config file `extract.config.json`
// (looked up from the working directory upward, or named with `--config FILE`). Used by the CLI;
// the library itself only takes Lexicon objects.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Lexicon } from '../types.js';
import { LexiconError, parseJson, validateConfig, validateLexicon } from './validate.js';

export const CONFIG_NAME = 'extract.config.json';

export interface LexiconSources {
  /** The working directory the config lookup starts from and relative paths resolve against. */
  cwd: string;
  /** `--config FILE`; false for `--no-config`; undefined to look the config up. */
  config?: string | false;
  /** `--lexicon FILE` options, in order. */
  lexicons?: readonly string[];
}

export interface LoadedLexicons {
  /** In the order they apply: the config's files, its inline lexicon, then the --lexicon files. */
  lexicons: Lexicon[];
  /** The config file used, if any. */
  configFile: string | null;
}

function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

async function readJson(path: string, label: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new LexiconError(label, '$', `cannot read: ${readProblem(err)}`);
  }
  return parseJson(text, label);
}

/** Reads and validates one lexicon file; `label` is how messages name it (the path as given). */
export async function loadLexiconFile(path: string, label = path): Promise<Lexicon> {
  return validateLexicon(await readJson(path, label), label);
}

/** The nearest `extract.config.json` in `dir` or a folder above it, or null. */
export function findConfig(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Every lexicon the options and the config file name, loaded and validated, in order. */
export async function loadLexicons(sources: LexiconSources): Promise<LoadedLexicons> {
  const out: LoadedLexicons = { lexicons: [], configFile: null };
  const configFile =
    sources.config === false
      ? null
      : sources.config !== undefined
        ? resolve(sources.cwd, sources.config)
        : findConfig(sources.cwd);
  if (configFile) {
    const label = typeof sources.config === 'string' ? sources.config : configFile;
    const config = validateConfig(await readJson(configFile, label), label);
    for (const [i, rel] of config.lexicons.entries()) {
      const path = resolve(dirname(configFile), rel);
      const shown = join(dirname(label), rel);
      try {
        out.lexicons.push(await loadLexiconFile(path, shown));
      } catch (err) {
        if (err instanceof LexiconError && err.problem.startsWith('cannot read')) {
          throw new LexiconError(label, `$.lexicons[${i}]`, `${shown}: ${err.problem}`);
        }
        throw err;
      }
    }
    if (config.lexicon) out.lexicons.push(config.lexicon);
    out.configFile = configFile;
  }
  for (const file of sources.lexicons ?? []) {
    out.lexicons.push(await loadLexiconFile(resolve(sources.cwd, file), file));
  }
  return out;
}
