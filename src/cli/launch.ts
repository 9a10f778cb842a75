// How bin/extract.js starts the CLI quickly.
//
// `npm run build` bundles the CLI into one CommonJS file (dist/bundle/cli.cjs, scripts/bundle.mjs) and
// keeps V8's code cache for it (cli.cjs.cache), taken after running the CLI on our own fixtures: a cold
// start then neither parses ~800 KB of JavaScript nor compiles the functions an article needs (a quarter
// of the instructions of a one-article run). A cache V8 refuses (another Node, other V8 flags, a bundle
// changed since) is ignored and the bundle is compiled as usual; without a bundle (a build that only ran
// tsc) the CLI's modules are imported as they are.
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

const BUNDLE = fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url));
const CACHE = `${BUNDLE}.cache`;

/** The bundle as a script in a CommonJS wrapper, with the cached code when it is there and `useCache`. */
function compile(useCache: boolean): Script {
  const source = readFileSync(BUNDLE, 'utf8');
  const cachedData = useCache && existsSync(CACHE) ? readFileSync(CACHE) : undefined;
  return new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
}

/** Runs the bundle's top level and answers its exports. */
function run(script: Script): Cli {
  const module = { exports: {} as Cli };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return module.exports;
}

/** The CLI: from the bundle (with its code cache) when the build made one, else from the modules. */
export async function loadCli(): Promise<Cli> {
  if (existsSync(BUNDLE)) return run(compile(true));
  const [{ main }, { processIO }] = await Promise.all([import('./main.js'), import('./io.js')]);
  return { main, processIO };
}

/**
 * Compiles the bundle afresh, lets `warmUp` run the CLI (so that the functions a run needs are
 * compiled) and writes V8's code cache of it next to the bundle. Answers the cache's size in bytes.
 */
export async function writeCodeCache(warmUp: (cli: Cli) => Promise<void>): Promise<number> {
  const script = compile(false);
  await warmUp(run(script));
  const data = script.createCachedData();
  writeFileSync(CACHE, data);
  return data.length;
}
