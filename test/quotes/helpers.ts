// Runs the quote rules of one language on a text, with a hand-made entity index.
import { quotes as enQuotes } from '../../src/locales/en/quotes.js';
import { quotes as idQuotes } from '../../src/locales/id/quotes.js';
import type { Context, Doc, EntityIndex, QuoteCandidate } from '../../src/recognize/types.js';
import { segment } from '../../src/text/segment.js';
import type { Language, Organization, Person } from '../../src/types.js';

/** People given by name: every occurrence of each name in the text becomes a mention. */
export function entityIndex(text: string, people: string[] = [], orgs: string[] = []): EntityIndex {
  const mentions = (name: string) => {
    const out = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      out.push({ start: i, end: i + name.length, text: name });
    }
    return out;
  };
  const ps: Person[] = people.map((name, i) => ({
    id: `p${i + 1}`,
    name,
    aliases: [],
    titles: [],
    mentions: mentions(name),
  }));
  const os: Organization[] = orgs.map((name, i) => ({
    id: `o${i + 1}`,
    name,
    aliases: [],
    mentions: mentions(name),
  }));
  const all = [...ps, ...os];
  return {
    people: ps,
    places: [],
    organizations: os,
    at(start, end) {
      return all.find((e) => e.mentions.some((m) => m.start < end && m.end > start)) ?? null;
    },
  };
}

export interface Found {
  start: number;
  end: number;
  cueStart: number | null;
  cueEnd: number | null;
  type: 'direct' | 'indirect';
  text: string;
  speaker: string | null;
  entity: string | null;
  cue: string | null;
}

export function run(
  language: Language,
  text: string,
  entities: EntityIndex = entityIndex(text),
  speechVerbs: string[] = [],
): Found[] {
  const doc: Doc = { text, language, ...segment(text) };
  const ctx: Context = { lexicon: { speechVerbs: { [language]: speechVerbs } }, referenceDate: null };
  const found: QuoteCandidate[] = (language === 'id' ? idQuotes : enQuotes)(doc, entities, ctx);
  return found
    .sort((a, b) => a.start - b.start)
    .map((q) => ({
      start: q.start,
      end: q.end,
      cueStart: q.cue?.start ?? null,
      cueEnd: q.cue?.end ?? null,
      type: q.type,
      text: text.slice(q.start, q.end),
      speaker: q.speaker?.name ?? null,
      entity: q.speaker?.entity ?? null,
      cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    }));
}

/** [type, quote text, speaker name] triples, for table-driven expectations. */
export const triples = (found: Found[]): [string, string, string | null][] =>
  found.map((f) => [f.type, f.text, f.speaker]);
