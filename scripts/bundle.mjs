// Part of `npm run build`, after tsc: bundles the CLI (dist/cli/main.js and dist/cli/io.js, what
// bin/extract.js runs) with esbuild into dist/bundle/, split at the dynamic imports (each language's
// rules, the batch machinery) so that a run loads only what it needs. Node resolves, reads and compiles
// one module per file: the ~60 files of a run cost tens of milliseconds of every cold start; a few chunks
// cost a fraction. The library (dist/index.js) and the tests use the modules unbundled.
//
// Code that finds its data next to itself (`new URL('./generated/places.txt', import.meta.url)`) keeps
// finding it: in the bundle, each module's import.meta.url is rewritten to its own file under dist/.
// compromise stays outside (it is loaded with createRequire, on first use, for English documents only).
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');

/** import.meta.url in a file of dist/, as the URL of that file seen from a chunk of dist/bundle/. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(outdir, args.path).split('\\').join('/');
      return {
        contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`),
        loader: 'js',
      };
    });
  },
};

await build({
  entryPoints: { main: join(dist, 'cli', 'main.js'), io: join(dist, 'cli', 'io.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['compromise'],
  // the CommonJS packages bundled (commander, cli-table3) call require() for Node's own modules
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  // (names are kept: only spaces, comments and redundant syntax go; a tenth less to compile for --help)
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [ownUrl],
});
