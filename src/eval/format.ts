// Evaluation reports: a table per gold file for people to read, or JSON for scripts.
import Table from 'cli-table3';
import type { Prf, Score } from './score.js';

export interface EvalReport {
  /** Figures per gold file, keyed by the file's name without `.jsonl`, in the order given. */
  files: Record<string, Score>;
  /** All documents of all files together (the counts add up). */
  total: Score;
}

const pct = (x: number | null | undefined): string => (x == null ? '-' : (100 * x).toFixed(1));

function row(name: string, x: Prf): string[] {
  return [name, pct(x.p), pct(x.r), pct(x.f), String(x.tp), String(x.sys), String(x.gold)];
}

/** The rows and notes of one score. */
function scoreTable(s: Score): string {
  const table = new Table({
    head: ['measure', 'P %', 'R %', 'F1 %', 'tp', 'sys', 'gold'],
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  });
  const notes: string[] = [];
  if (s.entities) {
    for (const t of ['person', 'place', 'organization'] as const) {
      const x = s.entities[t];
      if (x.gold || x.sys) table.push(row(t, x));
    }
    table.push(row('entities (micro)', s.entities.micro));
    notes.push(`entity type-macro F1 ${pct(s.entities.macroF)}%`);
  }
  if (s.personRecall !== undefined) notes.push(`person recall (partial annotation) ${pct(s.personRecall)}%`);
  if (s.quotes) {
    table.push(row('quotes direct', s.quotes.direct));
    if (s.quotes.indirect) table.push(row('quotes indirect', s.quotes.indirect));
    table.push(row('quotes (any)', s.quotes.any));
    notes.push(
      `speaker accuracy on matched quotes ${pct(s.quotes.speakerAccuracy)}% (${s.quotes.speakerScored} scored)`,
    );
  }
  if (s.dates) {
    table.push(row('dates relaxed', s.dates.relaxed));
    table.push(row('dates strict', s.dates.strict));
    table.push(row('dates value', s.dates.value));
    notes.push(`date value accuracy on matched dates ${pct(s.dates.valueAccuracy)}%`);
  }
  const body = table.length ? `${table.toString()}\n` : 'no layer scored\n';
  return body + notes.map((n) => `  ${n}\n`).join('');
}

function heading(name: string, s: Score): string {
  const extra = [
    s.missing ? `${s.missing} without result` : '',
    s.invalidOffsets ? `${s.invalidOffsets} mentions past the end of the text` : '',
  ].filter(Boolean);
  return `${name}: ${s.docs} document${s.docs === 1 ? '' : 's'}${extra.length ? `, ${extra.join(', ')}` : ''}\n`;
}

/** One table per file, then the total when there are several files. */
export function renderEvalTable(report: EvalReport): string {
  const names = Object.keys(report.files);
  const parts = names.map((n) => heading(n, report.files[n]!) + scoreTable(report.files[n]!));
  if (names.length > 1) parts.push(heading('total', report.total) + scoreTable(report.total));
  return parts.join('\n');
}

export function renderEvalJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
