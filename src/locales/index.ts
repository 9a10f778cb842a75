import type { LocaleRules } from '../recognize/types.js';
import type { Language } from '../types.js';
import { rules as en } from './en/index.js';
import { rules as id } from './id/index.js';

/** The registry of languages: one entry per locale folder. */
export const LOCALES: Record<Language, LocaleRules> = { id, en };
