import type { LocaleRules } from '../../recognize/types.js';
import { dates, inferReferenceDate } from './dates.js';
import { entities } from './entities.js';
import { quotes } from './quotes.js';

export const rules: LocaleRules = { code: 'en', entities, inferReferenceDate, dates, quotes };
