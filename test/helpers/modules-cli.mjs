// The CLI from its modules (dist/cli/main.js), unbundled: test/cli/launch.test.ts compares it with the bundle.
import { processIO } from '../../dist/cli/io.js';
import { main } from '../../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), processIO());
