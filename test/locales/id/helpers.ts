import { extract } from '../../../src/index.js';

/** What the Indonesian entity tests ask of one sentence, extracted against a fixed reference date. */
export const run = (text: string) => extract(text, { lang: 'id', date: '2024-03-05' });

type Kind = 'people' | 'places' | 'organizations';

/** The mention texts of one kind of entity. */
export const spans = (text: string, kind: Kind) =>
  (run(text)[kind] ?? []).flatMap((e) => e.mentions.map((m) => m.text));

/** The mention texts of every person, place and organization. */
export const all = (text: string) => {
  const r = run(text);
  return [...(r.people ?? []), ...(r.places ?? []), ...(r.organizations ?? [])].flatMap((e) =>
    e.mentions.map((m) => m.text),
  );
};

/** The titles of the person named `name` (empty when there is no such person). */
export const titlesOf = (text: string, name: string) =>
  (run(text).people ?? []).find((p) => p.name === name)?.titles ?? [];
