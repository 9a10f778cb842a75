// The diff engine over extraction results: pure functions, no files, no terminal.
export { diffCollections, diffRecords, keyRecords } from './engine.js';
export { parseExtractions } from './parse.js';
export { type RenderDiffOptions, renderDiff, summaryLine } from './render.js';
export * from './types.js';
