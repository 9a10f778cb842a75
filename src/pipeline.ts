// The library's extract: the pipeline of core.ts with the rules of every language registered.
import { useLocale } from './core.js';
import { LOCALES } from './locales/index.js';

useLocale(LOCALES.id);
useLocale(LOCALES.en);

export { extract, mergeLexicons } from './core.js';
