// The way a document travels: segment → detect language → recognize → resolve → result.
// Each stage is a function from data to data; nothing here touches files, the terminal or the clock.
// The languages' rules are registered here (`useLocale`), not imported: pipeline.ts registers both for
// the library, the CLI loads only the language of the documents it meets (`loadLocale`), so an
// Indonesian article never loads the English rules (a third of the code) nor the other way round.
import { applyLexicon, withoutIgnored } from './lexicon/apply.js';
import type { Context, Doc, LocaleRules } from './recognize/types.js';
import { indexEntities, resolveEntities } from './resolve/entities.js';
import { isIsoDate } from './text/iso-date.js';
import { detectLanguage } from './text/language.js';
import { segment } from './text/segment.js';
import {
  type Explanation,
  type ExtractOptions,
  KINDS,
  type Kind,
  type Language,
  type Lexicon,
  type Result,
  SCHEMA,
} from './types.js';

const LOCALES: Partial<Record<Language, LocaleRules>> = {};

/** Registers a language's rules: `extract` on a document in that language uses them. */
export function useLocale(rules: LocaleRules): void {
  LOCALES[rules.code] = rules;
}

/** Loads and registers a language's rules unless they are already. */
export async function loadLocale(language: Language): Promise<void> {
  if (LOCALES[language]) return;
  const { rules } =
    language === 'id' ? await import('./locales/id/index.js') : await import('./locales/en/index.js');
  useLocale(rules);
}

/** The language `extract` reads a document in with these options: the one given, or the detected one. */
export function documentLanguage(text: string, options: ExtractOptions = {}): Language {
  return !options.lang || options.lang === 'auto' ? detectLanguage(text) : options.lang;
}

/** Merges lexicons in order; later entries come last so they win where they disagree. */
export function mergeLexicons(lexicons: readonly Lexicon[]): Lexicon {
  const out: Required<Lexicon> = {
    people: [],
    places: [],
    organizations: [],
    speechVerbs: { id: [], en: [] },
    ignore: [],
  };
  for (const l of lexicons) {
    out.people.push(...(l.people ?? []));
    out.places.push(...(l.places ?? []));
    out.organizations.push(...(l.organizations ?? []));
    out.speechVerbs.id!.push(...(l.speechVerbs?.id ?? []));
    out.speechVerbs.en!.push(...(l.speechVerbs?.en ?? []));
    out.ignore.push(...(l.ignore ?? []));
  }
  return out;
}

/** Extracts people, places, organizations, dates and quotes from one document. */
export function extract(text: string, options: ExtractOptions = {}): Result {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  if (options.date != null && !isIsoDate(options.date)) {
    throw new RangeError(`invalid date "${options.date}": expected a calendar date as YYYY-MM-DD`);
  }
  const only = new Set<Kind>(options.only ?? KINDS);
  const language = documentLanguage(text, options);
  const rules = LOCALES[language];
  if (!rules) throw new Error(`extract: the rules of language "${language}" are not loaded (see loadLocale)`);
  const doc: Doc = { text, language, ...segment(text, rules.tokenSlots === true) };

  const referenceDate = options.date ?? rules.inferReferenceDate(doc);
  const ctx: Context = {
    lexicon: mergeLexicons(options.lexicons ?? []),
    referenceDate,
    referenceInferred: options.date == null && referenceDate !== null,
  };

  const needEntities =
    only.has('people') || only.has('places') || only.has('organizations') || only.has('quotes');
  const resolved = needEntities
    ? resolveEntities(text, applyLexicon(doc, ctx.lexicon, rules.entities(doc, ctx)))
    : { people: [], places: [], organizations: [] };

  const result: Result = { schema: SCHEMA, id: options.id ?? null, language, referenceDate };
  if (only.has('people')) result.people = resolved.people;
  if (only.has('places')) result.places = resolved.places;
  if (only.has('organizations')) result.organizations = resolved.organizations;
  if (only.has('dates')) {
    // (lists grown by loops: a mapped list is holey in optimized code, and its readers deoptimize)
    const dates: NonNullable<Result['dates']> = [];
    for (const { start, end, type, value, explain } of withoutIgnored(
      text,
      ctx.lexicon,
      rules.dates(doc, ctx),
    ).sort((a, b) => a.start - b.start || b.end - a.end))
      dates.push({ start, end, text: text.slice(start, end), type, value, explain });
    result.dates = dates;
  }
  if (only.has('quotes')) {
    // the mentions' index, built at the first look-up: most documents' quote rules ask none
    let mentions: ReturnType<typeof indexEntities> | null = null;
    const index = {
      ...resolved,
      at(start: number, end: number) {
        mentions ??= indexEntities(resolved);
        return mentions.at(start, end);
      },
    };
    const quotes: NonNullable<Result['quotes']> = [];
    for (const { start, end, type, speaker, cue, explain } of rules
      .quotes(doc, index, ctx)
      .sort((a, b) => a.start - b.start))
      quotes.push({
        start,
        end,
        text: text.slice(start, end),
        type,
        speaker,
        cue: cue ? { text: text.slice(cue.start, cue.end), start: cue.start, end: cue.end } : null,
        explain,
      });
    result.quotes = quotes;
  }
  return options.explain ? result : withoutExplanations(result);
}

function withoutExplanations(result: Result): Result {
  const strip = <T extends { explain?: Explanation[] }>(items: T[] | undefined): T[] | undefined =>
    items?.map(({ explain: _explain, ...rest }) => rest as T);
  const out: Result = {
    schema: result.schema,
    id: result.id,
    language: result.language,
    referenceDate: result.referenceDate,
  };
  if (result.people) out.people = strip(result.people)!;
  if (result.places) out.places = strip(result.places)!;
  if (result.organizations) out.organizations = strip(result.organizations)!;
  if (result.dates) out.dates = strip(result.dates)!;
  if (result.quotes) out.quotes = strip(result.quotes)!;
  return out;
}
