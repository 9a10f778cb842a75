// Part of `npm run build`, after tsc: bundles the CLI (dist/cli/main.js and dist/cli/io.js) with esbuild
// into two CommonJS files, dist/bundle/cli.cjs (the command line) and dist/bundle/core.cjs (the extractor
// and the renderers, loaded at the first document), and writes V8's code cache for each (*.cjs.cache),
// taken after running the CLI on a few of our fixtures. bin/extract.js runs it through src/cli/launch.ts: Node
// resolves, reads and compiles one module per file (~60 for one article) and every function on its first
// call; one file with its compiled code cached starts in a fraction of that. The library (dist/index.js)
// and the tests use the modules unbundled.
//
// Code that finds its data next to itself (`new URL('./generated/places.txt', import.meta.url)`) keeps
// finding it: in the bundle, each module's import.meta.url is rewritten to its own file under dist/.
// compromise stays outside (it is loaded with createRequire, on first use, for English documents only).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** import.meta.url in a file of dist/, as the URL of that file seen from the bundle. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(join(dist, 'bundle'), args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(rel)}, __bundleUrl).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

/**
 * What the core bundle holds, by the name it exports each under: the extractor and the renderers of its
 * results (all loaded by the CLI's first document, none by `--help`).
 */
const CORE_MODULES = {
  core: 'core.js',
  pipeline: 'pipeline.js',
  renderJson: 'render/json.js',
  renderTable: 'render/table.js',
  renderHtml: 'render/html.js',
};
const coreNames = new Map(Object.entries(CORE_MODULES).map(([name, file]) => [join(dist, file), name]));

/** The CLI's imports of the core's modules, answered by the core bundle (see src/cli/launch.ts). */
const coreHook = {
  name: 'core-from-its-bundle',
  setup(b) {
    b.onResolve({ filter: /\.js$/ }, (args) => {
      const which = args.resolveDir ? coreNames.get(join(args.resolveDir, args.path)) : undefined;
      return which ? { path: which, namespace: 'core-bundle' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'core-bundle' }, (args) => ({
      contents: `module.exports = globalThis[Symbol.for('extract.coreBundle')]().${args.path};`,
      loader: 'js',
    }));
  },
};

/**
 * Node's modules the CLI bundle requires at its top level but uses only when it reads or writes files or
 * runs a command (commander's subcommand executables): each is required on its first use instead, so
 * `--help` does without them (with what they load, ~2-3 ms of a cold start). `pattern` is how the
 * bundle requires it (a plain `require`, no interop wrapper: the code only reads properties of it).
 */
const LAZY_REQUIRES = [
  { pattern: /=require\("node:fs\/promises"\)/g, id: 'node:fs/promises' },
  { pattern: /childProcess=require\("node:child_process"\)/g, id: 'node:child_process' },
];
/** A module's exports, required when a property is first read. */
const LAZY_REQUIRE = `var __lazyRequire = (id) => { let m; return new Proxy({}, { get: (_, k) => (m ??= require(id))[k] }); };`;

/** The bundle's text with LAZY_REQUIRES applied (each must be found: the build fails when one is not). */
function withLazyRequires(text) {
  let out = text;
  for (const { pattern, id } of LAZY_REQUIRES) {
    const before = out;
    out = out.replace(pattern, (m) => m.replace(`require("${id}")`, `__lazyRequire("${id}")`));
    if (out === before) throw new Error(`bundle: no top-level require of ${id} found to make lazy`);
  }
  return `${LAZY_REQUIRE}\n${out}`;
}

/** One bundle of the CommonJS kind launch.ts runs: `entry` is the source of its exports, read in dist/. */
async function bundle(name, entry, plugins, lazyRequires = false) {
  const outfile = join(dist, 'bundle', name);
  await build({
    stdin: { contents: entry, resolveDir: dist, sourcefile: `${name}-entry.js` },
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // dynamic imports become lazy requires (the bundled modules are initialized on first use): a script
    // run from a code cache has no module loader to import with
    supported: { 'dynamic-import': false },
    // (the URL the rewritten import.meta.url are relative to, under a name no module uses)
    banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    external: ['compromise'],
    // (names are kept: only spaces, comments and redundant syntax go)
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    plugins: [ownUrl, ...plugins],
  });
  const text = await readFile(outfile, 'utf8');
  if (/\bimport\(/.test(text)) throw new Error(`bundle: a dynamic import() is left in dist/bundle/${name}`);
  if (lazyRequires) await writeFile(outfile, withLazyRequires(text));
}

// the CLI without the core, small enough for --help to start quickly; the core on its own, loaded by the
// CLI's first document
await bundle(
  'cli.cjs',
  "export { main } from './cli/main.js';\nexport { processIO } from './cli/io.js';\n",
  [coreHook],
  true,
);
// (each of the core's modules is a getter, initialized on first use: the eval command's pipeline.js
// registers both languages, where an Indonesian article needs only core.js and the Indonesian rules)
await bundle(
  'core.cjs',
  `module.exports = {\n${Object.entries(CORE_MODULES)
    .map(([name, file]) => `  get ${name}() { return require('./${file}'); },\n`)
    .join('')}};\n`,
  [],
);

// what bin/extract.js (CommonJS, see bin/package.json) requires to load the two bundles: src/cli/launch.ts's
// loadBundledCli alone. A CommonJS entry that requires its loader starts ~10 ms sooner than an ES module
// entry that imports it (Node's ES module loader, and an ES import of node:fs loads its stream getters)
await bundle('launch.cjs', "export { loadBundledCli } from './cli/launch.js';\n", []);

// the code cache, taken after the CLI has read one Indonesian and one English fixture as a table and as
// JSON, and printed its help (output goes nowhere)
const { writeCodeCache } = await import(pathToFileURL(join(dist, 'cli', 'launch.js')).href);
const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });
const io = () => ({
  stdin: Readable.from([]),
  stdout: sink(),
  stderr: sink(),
  env: {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
  cwd: root,
});
const fixtures = ['id-banjir-bandang.txt', 'en-court-ruling.txt'].map((f) => join(root, 'fixtures', f));
await writeCodeCache(async (cli) => {
  for (const args of [['--format', 'table', ...fixtures], ['--format', 'json', ...fixtures], ['--help']]) {
    const code = await cli.main(args, io());
    if (code !== 0) throw new Error(`bundle: the bundled CLI failed on ${args.join(' ')} (exit ${code})`);
  }
});
