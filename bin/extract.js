#!/usr/bin/env node
// The CLI as `npm run build` bundles it, with V8's code cache (src/cli/launch.ts). CommonJS (bin/package.json):
// Node starts a CommonJS entry without its ES module loader, and requiring the bundled loader
// (dist/bundle/launch.cjs) skips it again, which `extract --help` feels. Without the bundles (a build that
// only ran tsc) the CLI's modules are imported.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// a reader that goes away (`extract --help | head -1`) ends the run quietly instead of crashing it
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
});
const launcher = join(__dirname, '..', 'dist', 'bundle', 'launch.cjs');
const cli =
  (existsSync(launcher) && require(launcher).loadBundledCli()) ||
  import('../dist/cli/launch.js').then((launch) => launch.loadCli());
Promise.resolve(cli).then(async ({ main, processIO }) => {
  process.exitCode = await main(process.argv.slice(2), processIO());
});
