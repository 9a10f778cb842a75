// How bin/extract.js starts the CLI quickly.
//
// `npm run build` bundles the CLI into two CommonJS files (scripts/bundle.mjs): dist/bundle/cli.cjs, the
// command line (commander, the commands), and dist/bundle/core.cjs, the extractor, which the CLI loads at
// its first document; and it keeps V8's code cache for each (*.cjs.cache), taken after running the CLI on
// our own fixtures. A cold start then neither parses ~800 KB of JavaScript nor compiles the functions an
// article needs (a quarter of the instructions of a one-article run), and `--help` reads only the small
// one. A cache V8 refuses (another Node, other V8 flags, a bundle changed since) is ignored and the bundle
// is compiled as usual; without the bundles (a build that only ran tsc) the CLI's modules are imported.
// bin/extract.js is CommonJS and requires loadBundledCli from its own bundle (dist/bundle/launch.cjs).
//
// With the core, the CLI turns off V8's regexp tier-up (CORE_FLAGS): by default V8 compiles a regexp to
// bytecode at its first match and again, to machine code, at its next, and compiling the rules' regexps
// (their Unicode classes cost V8 a walk over ICU's tables each time) is most of what an article's run does
// once; compiled once, to machine code, they cost a tenth less of a one-article run. V8 checks a code cache
// against its flags, so the build takes the core's cache under the flag and the CLI's without it, and
// `--help`, which never loads the core, runs with V8's defaults (and without loading node:v8).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { CliIO } from './io.js';

/** What the bundle exports: the CLI's entry and the real process streams. */
export interface Cli {
  main(argv: string[], io: CliIO): Promise<number>;
  processIO(): CliIO;
}

/** A bundle in dist/bundle/, and where its code cache is kept. */
const bundleFile = (name: string): string => fileURLToPath(new URL(`../bundle/${name}`, import.meta.url));
const cacheOf = (bundle: string): string => `${bundle}.cache`;
const CLI = bundleFile('cli.cjs');
/** The core (src/core.ts and src/pipeline.ts): the CLI bundle asks for it at its first document. */
const CORE = bundleFile('core.cjs');
/** How the CLI bundle finds the core bundle (scripts/bundle.mjs writes the other end). */
const CORE_HOOK = Symbol.for('extract.coreBundle');

/** V8's flags while the core runs (set before it is compiled, in the run and in the build). */
const CORE_FLAGS = '--no-regexp-tier-up';
/** The same flags back to V8's defaults. */
const DEFAULT_FLAGS = '--regexp-tier-up';

/** Sets V8 flags (node:v8 is loaded only here: `--help` does without it). */
function setV8Flags(flags: string): void {
  (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}

/** A bundle as a script in a CommonJS wrapper, with its cached code when it is there and `useCache`. */
function compile(file: string, useCache: boolean): Script {
  const source = readFileSync(file, 'utf8');
  const cache = cacheOf(file);
  const cachedData = useCache && existsSync(cache) ? readFileSync(cache) : undefined;
  return new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
}

/** Runs a bundle's top level and answers its exports. */
function run<T>(script: Script, file: string): T {
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** Lets the CLI bundle load the core bundle (once, on first use, under CORE_FLAGS) from `script`. */
function provideCore(script: () => Script): void {
  let core: unknown;
  (globalThis as Record<symbol, unknown>)[CORE_HOOK] = () => {
    if (!core) {
      setV8Flags(CORE_FLAGS);
      core = run(script(), CORE);
    }
    return core;
  };
}

/**
 * The CLI from the bundles (with their code cache) when the build made them, else null. Synchronous and
 * without dynamic imports: scripts/bundle.mjs bundles it alone into dist/bundle/launch.cjs, which
 * bin/extract.js (CommonJS) requires.
 */
export function loadBundledCli(): Cli | null {
  if (!existsSync(CLI) || !existsSync(CORE)) return null;
  provideCore(() => compile(CORE, true));
  return run<Cli>(compile(CLI, true), CLI);
}

/** The CLI: from the bundles when the build made them, else from the modules. */
export async function loadCli(): Promise<Cli> {
  const bundled = loadBundledCli();
  if (bundled) return bundled;
  const [{ main }, { processIO }] = await Promise.all([import('./main.js'), import('./io.js')]);
  return { main, processIO };
}

/**
 * Compiles the bundles afresh, lets `warmUp` run the CLI (so that the functions a run needs are
 * compiled) and writes V8's code cache of each next to it. Answers the caches' sizes in bytes.
 */
export async function writeCodeCache(warmUp: (cli: Cli) => Promise<void>): Promise<number[]> {
  const core = compile(CORE, false);
  provideCore(() => core);
  const cli = compile(CLI, false);
  await warmUp(run<Cli>(cli, CLI));
  // (each cache under the flags it is read with: the core's under CORE_FLAGS, the CLI's under the defaults)
  const written: [Script, string, string][] = [
    [core, CORE, CORE_FLAGS],
    [cli, CLI, DEFAULT_FLAGS],
  ];
  const sizes = written.map(([script, file, flags]) => {
    setV8Flags(flags);
    const data = script.createCachedData();
    writeFileSync(cacheOf(file), data);
    return data.length;
  });
  return sizes.reverse();
}
