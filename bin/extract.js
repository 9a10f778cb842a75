#!/usr/bin/env node
// The CLI as `npm run build` bundles it, with V8's code cache (src/cli/launch.ts).
import { loadCli } from '../dist/cli/launch.js';

// a reader that goes away (`extract --help | head -1`) ends the run quietly instead of crashing it
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
});
const { main, processIO } = await loadCli();
process.exitCode = await main(process.argv.slice(2), processIO());
