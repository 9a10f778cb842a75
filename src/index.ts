// The library: extract(text, options) → Result. Knows nothing of files, terminals or processes.
export { extract, isIsoDate, mergeLexicons } from './pipeline.js';
export { detectLanguage } from './text/language.js';
export * from './types.js';
