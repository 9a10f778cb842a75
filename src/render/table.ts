// Tables for people to read: one table per kind, coloured only when the caller says so.
import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Explanation, Kind, Result } from '../types.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width to fit long quotes into; 100 when unknown. */
  width?: number;
  explain?: boolean;
}

type Row = string[];

interface KindInfo {
  title: string;
  colour: (c: ChalkInstance) => ChalkInstance;
  head: string[];
  rows: (r: Result, o: TableOptions) => Row[];
  explain: (r: Result) => (Explanation[] | undefined)[];
}

const list = (xs: readonly string[]): string => xs.join(', ');
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

// Every kind has exactly one entry: a new kind cannot be half-added.
const KIND_INFO: Record<Kind, KindInfo> = {
  people: {
    title: 'People',
    colour: (c) => c.cyan,
    head: ['id', 'name', 'aliases', 'titles', 'mentions'],
    rows: (r) =>
      (r.people ?? []).map((p) => [p.id, p.name, list(p.aliases), list(p.titles), String(p.mentions.length)]),
    explain: (r) => (r.people ?? []).map((x) => x.explain),
  },
  places: {
    title: 'Places',
    colour: (c) => c.green,
    head: ['id', 'name', 'kind', 'country', 'aliases', 'mentions'],
    rows: (r) =>
      (r.places ?? []).map((p) => [
        p.id,
        p.name,
        p.kind,
        p.country ?? '',
        list(p.aliases),
        String(p.mentions.length),
      ]),
    explain: (r) => (r.places ?? []).map((x) => x.explain),
  },
  organizations: {
    title: 'Organizations',
    colour: (c) => c.magenta,
    head: ['id', 'name', 'aliases', 'mentions'],
    rows: (r) =>
      (r.organizations ?? []).map((o) => [o.id, o.name, list(o.aliases), String(o.mentions.length)]),
    explain: (r) => (r.organizations ?? []).map((x) => x.explain),
  },
  dates: {
    title: 'Dates',
    colour: (c) => c.yellow,
    head: ['text', 'type', 'value', 'at'],
    rows: (r) => (r.dates ?? []).map((d) => [oneLine(d.text), d.type, d.value ?? '', `${d.start}–${d.end}`]),
    explain: (r) => (r.dates ?? []).map((x) => x.explain),
  },
  quotes: {
    title: 'Quotes',
    colour: (c) => c.blue,
    head: ['quote', 'type', 'speaker', 'cue'],
    rows: (r, o) =>
      (r.quotes ?? []).map((q) => [
        clip(oneLine(q.text), Math.max(30, (o.width ?? 100) - 50)),
        q.type,
        q.speaker ? `${q.speaker.name}${q.speaker.entity ? ` (${q.speaker.entity})` : ''}` : '',
        q.cue?.text ?? '',
      ]),
    explain: (r) => (r.quotes ?? []).map((x) => x.explain),
  },
};

const explainCell = (e: Explanation[] | undefined): string => (e ?? []).map((x) => x.rule).join('\n');

/** The tables for one result, as a string. Kinds left out of the result are not shown. */
export function renderTables(result: Result, options: TableOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  if (result.id !== null) out.push(c.bold(result.id));
  out.push(c.dim(`language ${result.language} · reference date ${result.referenceDate ?? 'unknown'}`));
  for (const kind of Object.keys(KIND_INFO) as Kind[]) {
    if (result[kind] === undefined) continue;
    const info = KIND_INFO[kind];
    const rows = info.rows(result, options);
    const explains = info.explain(result);
    const title = info.colour(c).bold(`${info.title} (${rows.length})`);
    if (rows.length === 0) {
      out.push(`${title}  ${c.dim('none found')}`);
      continue;
    }
    const head = options.explain ? [...info.head, 'rules'] : info.head;
    // cli-table3 colours headers itself unless told not to: let chalk decide
    const table = new Table({ head: head.map((h) => c.bold(h)), style: { head: [], border: [] } });
    rows.forEach((row, i) => {
      table.push(options.explain ? [...row, explainCell(explains[i])] : row);
    });
    out.push(title, table.toString());
  }
  return `${out.join('\n')}\n`;
}
