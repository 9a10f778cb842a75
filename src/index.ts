// The library: extract(text, options) → Result. Knows nothing of files, terminals or processes.

export { diffCollections, diffRecords } from './diff/engine.js';
export { parseExtractions } from './diff/parse.js';
export type * from './diff/types.js';
export { LexiconError, validateLexicon } from './lexicon/validate.js';
export { extract, mergeLexicons } from './pipeline.js';
export { type HtmlText, htmlToText } from './text/html.js';
export { isIsoDate } from './text/iso-date.js';
export { detectLanguage } from './text/language.js';
export * from './types.js';
