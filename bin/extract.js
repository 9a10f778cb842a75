#!/usr/bin/env node
// The CLI as `npm run build` bundles it (dist/bundle/, scripts/bundle.mjs: a few files load faster than
// the ~60 modules of dist/cli/main.js, which it is made from).
import { processIO } from '../dist/bundle/io.js';
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2), processIO());
