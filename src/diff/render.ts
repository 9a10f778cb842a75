// A diff for people to read, e.g. in a CI log: one block per document that differs, one line per
// change, "+" added, "-" removed, "~" changed; coloured only when the caller says so.
import { Chalk, type ChalkInstance } from 'chalk';
import type { CollectionDiff, DocumentDiff, FieldChange, ItemChange } from './types.js';

export interface RenderDiffOptions {
  color: boolean;
  /** Labels of OLD and NEW in the listing (file names). */
  oldName?: string;
  newName?: string;
}

const LABEL_MAX = 70;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string, n = LABEL_MAX): string {
  const t = oneLine(s);
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** A text in quotes, unless it already starts with a quotation mark (a direct quote). */
const quoted = (s: string): string => (/^["“”„«»‘’'‹›]/.test(s.trim()) ? clip(s) : `"${clip(s)}"`);

function showValue(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '(none)';
  return typeof v === 'number' ? String(v) : clip(v);
}

function showField(f: FieldChange, c: ChalkInstance): string {
  if (f.added || f.removed) {
    const parts = [
      ...(f.added ?? []).map((x) => c.green(`+${quoted(x)}`)),
      ...(f.removed ?? []).map((x) => c.red(`-${quoted(x)}`)),
    ];
    return `${f.field} ${parts.join(' ')}`;
  }
  return `${f.field} ${c.red(showValue(f.old))} → ${c.green(showValue(f.new))}`;
}

function showItem(item: Record<string, string | number | string[] | null>): string {
  return Object.entries(item)
    .filter(([k]) => k !== 'name')
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.map((x) => clip(x)).join(', ') : showValue(v)}`)
    .join('; ');
}

function label(change: ItemChange): string {
  if (change.section === 'document') return change.label;
  if (change.section === 'dates' || change.section === 'quotes') {
    return change.label.startsWith('(all ') ? change.label : quoted(change.label);
  }
  return change.label;
}

function changeLine(change: ItemChange, c: ChalkInstance): string {
  const mark = { added: c.green('+'), removed: c.red('-'), changed: c.yellow('~') }[change.op];
  if (change.op === 'changed') {
    const fields = (change.fields ?? []).map((f) => showField(f, c)).join('; ');
    return change.section === 'document' ? `${mark} ${fields}` : `${mark} ${label(change)}: ${fields}`;
  }
  const detail = change.item ? showItem(change.item) : '';
  return `${mark} ${label(change)}${detail ? c.dim(` (${detail})`) : ''}`;
}

function documentBlock(d: DocumentDiff, c: ChalkInstance, o: RenderDiffOptions): string {
  if (d.status !== 'changed') {
    const where = d.status === 'added' ? `only in ${o.newName ?? 'NEW'}` : `only in ${o.oldName ?? 'OLD'}`;
    const mark = d.status === 'added' ? c.green('+') : c.red('-');
    const detail = d.summary
      ? Object.entries(d.summary)
          .map(([k, v]) => `${k}: ${typeof v === 'string' ? clip(v) : v}`)
          .join(', ')
      : '';
    return `${mark} ${c.bold(d.id)}: ${where}${detail ? c.dim(` (${detail})`) : ''}\n`;
  }
  const lines = [`${c.yellow('~')} ${c.bold(d.id)}`];
  let section = '';
  for (const change of d.changes) {
    if (change.section !== section) {
      section = change.section;
      lines.push(`    ${c.cyan(section)}`);
    }
    lines.push(`      ${changeLine(change, c)}`);
  }
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The closing line: what was compared and how many documents differ. */
export function summaryLine(diff: CollectionDiff): string {
  const s = diff.summary;
  if (diff.equal) return `No differences: ${plural(s.new, 'document')} compared.`;
  const differ = s.changed + s.added + s.removed;
  return (
    `${differ} of ${plural(differ + s.unchanged, 'document')} differ: ` +
    `${s.changed} changed, ${s.added} added, ${s.removed} removed (${s.unchanged} unchanged).`
  );
}

export function renderDiff(diff: CollectionDiff, options: RenderDiffOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = diff.documents.map((d) => documentBlock(d, c, options));
  return `${blocks.join('')}${blocks.length ? '\n' : ''}${summaryLine(diff)}\n`;
}
