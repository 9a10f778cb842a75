// Part of `npm run build`, after tsc: (1) copies the data files the code reads at run time (src/**/*.txt,
// e.g. the place table src/data/generated/places.txt) to the same place under dist/, which tsc does not
// do; (2) builds the lookup tables derived from them (src/data/prebuilt.ts: the gazetteer's line index and
// filters, the hash tables of the word lists) and writes them next to them under dist/, so that the CLI
// reads them instead of building them at every start; (3) writes the UTF-16 copy of each data file that
// is not ASCII (src/data/prebuilt.ts, readText: read without decoding).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const copies = [];
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
  const from = join(entry.parentPath, entry.name);
  const to = join(dist, relative(src, from));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  copies.push(to);
}
if (copies.length === 0) throw new Error('build-data: no data file found under src/');

// the library with every language loaded declares every prebuilt table (each module declares its own
// when it loads)
const url = (path) => pathToFileURL(join(dist, path)).href;
await import(url('pipeline.js'));
const { writePrebuilt, writeText } = await import(url('data/prebuilt.js'));
const written = writePrebuilt();
if (written.length === 0) throw new Error('build-data: no prebuilt table declared');
for (const to of copies) writeText(pathToFileURL(to));
