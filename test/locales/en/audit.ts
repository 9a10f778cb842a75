// Shared by the English newsroom-audit tests: the whole pipeline on a sentence against a fixed reference date,
// read as entities, quotes or dates.
import { extract } from '../../../src/index.js';

export function auditHelpers(defaultDate: string) {
  const run = (text: string, date = defaultDate) => extract(text, { lang: 'en', date });
  return {
    run,
    /** Every entity as [name, type], people, then places, then organizations. */
    entities: (text: string) => {
      const r = run(text);
      return [
        ...(r.people ?? []).map((p) => [p.name, 'person']),
        ...(r.places ?? []).map((p) => [p.name, 'place']),
        ...(r.organizations ?? []).map((o) => [o.name, 'organization']),
      ];
    },
    /** Every quote as [text, speaker name, cue text]. */
    quotes: (text: string) =>
      (run(text).quotes ?? []).map((q) => [q.text, q.speaker?.name ?? null, q.cue?.text ?? null]),
    /** Every date as [text, value]. */
    dates: (text: string) => (run(text).dates ?? []).map((d) => [d.text, d.value]),
  };
}
