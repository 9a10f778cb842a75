import type { LocaleRules } from '../../recognize/types.js';
import { dates, inferReferenceDate } from './dates.js';
import { entities } from './entities.js';
import { quotes } from './quotes.js';

// the entity rules fill the tokens' WordToken slots (see toks in entities.ts)
export const rules: LocaleRules = {
  code: 'id',
  tokenSlots: true,
  entities,
  inferReferenceDate,
  dates,
  quotes,
};
