// A self-contained HTML page to look at: each article's text with people, places, organizations and
// dates highlighted in their own colours, quotes marked and linked to their speaker, and a side panel
// listing what was found with mention counts. No scripts, no external assets (a Content-Security-Policy
// forbids loading any), everything from the input escaped.
import type {
  ErrorRecord,
  Explanation,
  Mention,
  Organization,
  Person,
  Place,
  Quote,
  Result,
} from '../types.js';

/** One article to show: its result and the text the offsets point into. */
export interface HtmlArticle {
  result: Result;
  text: string;
}

export interface HtmlOptions {
  /** The page title; the id of the only article, or "extract", when absent. */
  title?: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type EntityKind = 'person' | 'place' | 'org';

const STYLE = `
:root { --person: #cfe2ff; --place: #cdeccd; --org: #ecd5f7; --date: #ffe2a8; --quote: #f1f1f1;
  --person-b: #3b6fd0; --place-b: #2f8f3a; --org-b: #8a3fb0; --date-b: #b97a00; --quote-b: #666; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
  background: #fafafa; }
header.page { padding: 12px 24px; background: #fff; border-bottom: 1px solid #ddd; }
header.page h1 { margin: 0 0 6px; font-size: 20px; }
.legend span { margin-right: 10px; padding: 1px 6px; border-radius: 3px; font-size: 13px; }
article { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 24px; padding: 16px 24px;
  border-bottom: 1px solid #ddd; }
article h2 { grid-column: 1 / -1; margin: 0; font-size: 17px; }
.meta { color: #666; font-size: 13px; font-weight: normal; margin-left: 8px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 16px 20px;
  border: 1px solid #e3e3e3; border-radius: 6px; }
.e, .d { border-radius: 3px; padding: 0 1px; }
.person, .legend .person { background: var(--person); box-shadow: inset 0 -2px var(--person-b); }
.place, .legend .place { background: var(--place); box-shadow: inset 0 -2px var(--place-b); }
.org, .legend .org { background: var(--org); box-shadow: inset 0 -2px var(--org-b); }
.d, .legend .date { background: var(--date); box-shadow: inset 0 -2px var(--date-b); }
.q, .legend .quote { background: var(--quote); border-bottom: 2px dashed var(--quote-b); }
.q.indirect { border-bottom-style: dotted; }
.cue { text-decoration: underline wavy var(--quote-b); }
a.spk { font-size: 11px; vertical-align: super; margin-right: 2px; padding: 0 4px; border-radius: 8px;
  background: var(--quote-b); color: #fff; text-decoration: none; white-space: nowrap; }
a.spk.none { background: #aaa; }
aside { font-size: 14px; position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
aside h3 { margin: 12px 0 4px; font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { padding: 3px 0; border-bottom: 1px solid #eee; }
aside li:target { outline: 2px solid #f5b400; }
aside .n { float: right; color: #555; font-variant-numeric: tabular-nums; }
aside .sub { display: block; color: #666; font-size: 12px; }
aside .none { color: #999; }
.error { color: #a00; padding: 12px 24px; }
nav ol { margin: 8px 0 0; padding-left: 20px; font-size: 14px; columns: 3; }
`;

export interface Interval {
  start: number;
  end: number;
  /** Nesting order: quotes outermost, then entities, then dates and cues. */
  layer: number;
  /** Opening tag the first time, and when the interval reopens after a split. */
  first: string;
  open: string;
  close: string;
}

const titleAttr = (lines: (string | null)[], explain?: Explanation[]): string => {
  const all = [...lines.filter((l): l is string => l !== null)];
  if (explain?.length) all.push(`rules: ${explain.map((e) => e.rule).join(', ')}`);
  return escapeHtml(all.join('\n'));
};

function entityIntervals(
  kind: EntityKind,
  label: string,
  items: readonly (Person | Place | Organization)[],
  anchor: (id: string) => string,
): Interval[] {
  const out: Interval[] = [];
  for (const e of items) {
    const title = titleAttr([`${label}: ${e.name} (${e.id})`], e.explain);
    const tag = `<mark class="e ${kind}" data-ref="${escapeHtml(anchor(e.id))}" title="${title}">`;
    for (const m of e.mentions) {
      out.push({ start: m.start, end: m.end, layer: 1, first: tag, open: tag, close: '</mark>' });
    }
  }
  return out;
}

function speakerBadge(q: Quote, anchor: (id: string) => string): string {
  if (!q.speaker) return '<a class="spk none" title="speaker unknown">?</a>';
  const name = escapeHtml(q.speaker.name);
  if (q.speaker.entity === null) return `<a class="spk none" title="speaker: ${name}">${name}</a>`;
  return `<a class="spk" href="#${escapeHtml(anchor(q.speaker.entity))}" title="speaker: ${name}">${name}</a>`;
}

function intervals(result: Result, anchor: (id: string) => string): Interval[] {
  const out: Interval[] = [
    ...entityIntervals('person', 'person', result.people ?? [], anchor),
    ...entityIntervals('place', 'place', result.places ?? [], anchor),
    ...entityIntervals('org', 'organization', result.organizations ?? [], anchor),
  ];
  for (const d of result.dates ?? []) {
    const tag = `<mark class="d" title="${titleAttr([`${d.type} ${d.value ?? '(no value)'}`], d.explain)}">`;
    out.push({ start: d.start, end: d.end, layer: 2, first: tag, open: tag, close: '</mark>' });
  }
  (result.quotes ?? []).forEach((q, i) => {
    const title = titleAttr(
      [`${q.type} quote`, q.speaker ? `speaker: ${q.speaker.name}` : 'speaker unknown'],
      q.explain,
    );
    const open = `<span class="q ${q.type}" title="${title}">`;
    const first = `<span class="q ${q.type}" id="${escapeHtml(anchor(`quote-${i + 1}`))}" title="${title}">${speakerBadge(q, anchor)}`;
    out.push({ start: q.start, end: q.end, layer: 0, first, open, close: '</span>' });
    if (q.cue) {
      const tag = '<span class="cue" title="quote cue">';
      out.push({ start: q.cue.start, end: q.cue.end, layer: 2, first: tag, open: tag, close: '</span>' });
    }
  });
  return out.filter((x) => x.end > x.start);
}

const outerFirst = (a: Interval, b: Interval): number =>
  a.layer - b.layer || a.start - b.start || b.end - a.end;

/**
 * The text with every interval wrapped in its element. Elements nest properly: where an inner
 * interval crosses the end of an outer one it is closed and reopened, and only the elements that
 * change at a boundary are closed, so a quote stays one element around the names inside it.
 */
export function highlight(text: string, items: readonly Interval[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const x of items) {
    cuts.add(Math.max(0, Math.min(x.start, text.length)));
    cuts.add(Math.max(0, Math.min(x.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...items].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Interval[] = [];
  let stack: Interval[] = [];
  const opened = new Set<Interval>();
  const out: string[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    active = active.filter((x) => x.end > from);
    while (next < byStart.length && byStart[next]!.start <= from) {
      if (byStart[next]!.end > from) active.push(byStart[next]!);
      next++;
    }
    const wanted = [...active].sort(outerFirst);
    let same = 0;
    while (same < stack.length && same < wanted.length && stack[same] === wanted[same]) same++;
    for (let i = stack.length - 1; i >= same; i--) out.push(stack[i]!.close);
    for (let i = same; i < wanted.length; i++) {
      const x = wanted[i]!;
      out.push(opened.has(x) ? x.open : x.first);
      opened.add(x);
    }
    stack = wanted;
    out.push(escapeHtml(text.slice(from, to)));
  }
  for (let i = stack.length - 1; i >= 0; i--) out.push(stack[i]!.close);
  return out.join('');
}

const count = (mentions: readonly Mention[]): string => `<span class="n">${mentions.length}×</span>`;

function entityList(
  heading: string,
  kind: EntityKind,
  items: readonly (Person | Place | Organization)[],
  sub: (e: Person | Place | Organization) => string[],
  anchor: (id: string) => string,
): string {
  const rows = items.map((e) => {
    const details = sub(e).filter(Boolean);
    const extra = details.length ? `<span class="sub">${escapeHtml(details.join(' · '))}</span>` : '';
    return `<li id="${escapeHtml(anchor(e.id))}"><mark class="e ${kind}">${escapeHtml(e.name)}</mark> ${count(e.mentions)}${extra}</li>`;
  });
  return section(heading, items.length, rows);
}

function section(heading: string, n: number, rows: string[]): string {
  const body = rows.length ? `<ul>${rows.join('')}</ul>` : '<p class="none">none found</p>';
  return `<h3>${escapeHtml(heading)} (${n})</h3>${body}`;
}

function sidePanel(r: Result, anchor: (id: string) => string): string {
  const parts: string[] = [];
  const aliases = (e: Person | Place | Organization): string =>
    e.aliases.length ? `also ${e.aliases.join(', ')}` : '';
  if (r.people) {
    parts.push(
      entityList('People', 'person', r.people, (e) => [(e as Person).titles.join(', '), aliases(e)], anchor),
    );
  }
  if (r.places) {
    parts.push(
      entityList(
        'Places',
        'place',
        r.places,
        (e) => [[(e as Place).kind, (e as Place).country].filter(Boolean).join(', '), aliases(e)],
        anchor,
      ),
    );
  }
  if (r.organizations) {
    parts.push(entityList('Organizations', 'org', r.organizations, (e) => [aliases(e)], anchor));
  }
  if (r.dates) {
    const rows = r.dates.map(
      (d) =>
        `<li><mark class="d">${escapeHtml(d.text)}</mark><span class="sub">${escapeHtml(`${d.type} ${d.value ?? '(no value)'}`)}</span></li>`,
    );
    parts.push(section('Dates', r.dates.length, rows));
  }
  if (r.quotes) {
    const rows = r.quotes.map((q, i) => {
      const who = q.speaker ? escapeHtml(q.speaker.name) : '<span class="none">unknown speaker</span>';
      const snippet = q.text.length > 80 ? `${q.text.slice(0, 79)}…` : q.text;
      return `<li><a href="#${escapeHtml(anchor(`quote-${i + 1}`))}">${who}</a><span class="sub">${escapeHtml(`${q.type}: ${snippet}`)}</span></li>`;
    });
    parts.push(section('Quotes', r.quotes.length, rows));
  }
  return `<aside>${parts.join('')}</aside>`;
}

function articleHtml(a: HtmlArticle, n: number, single: boolean): string {
  const prefix = single ? '' : `a${n}-`;
  const anchor = (id: string): string => prefix + id;
  const r = a.result;
  const heading = escapeHtml(r.id ?? `article ${n}`);
  const meta = escapeHtml(`language ${r.language} · reference date ${r.referenceDate ?? 'unknown'}`);
  return [
    `<article id="${escapeHtml(anchor('article'))}">`,
    `<h2>${heading}<span class="meta">${meta}</span></h2>`,
    `<div class="text">${highlight(a.text, intervals(r, anchor))}</div>`,
    sidePanel(r, anchor),
    '</article>',
  ].join('\n');
}

/** One page for all the articles given (normally one), with error records shown where they failed. */
export function renderHtml(items: readonly (HtmlArticle | ErrorRecord)[], options: HtmlOptions = {}): string {
  const articles = items.filter((x): x is HtmlArticle => 'result' in x);
  const single = items.length === 1 && articles.length === 1;
  const title = options.title ?? (single ? (articles[0]!.result.id ?? 'extract') : 'extract');
  let n = 0;
  const contents = single
    ? ''
    : `<nav><ol>${articles
        .map(
          (a, i) =>
            `<li><a href="#a${i + 1}-article">${escapeHtml(a.result.id ?? `article ${i + 1}`)}</a></li>`,
        )
        .join('')}</ol></nav>`;
  const body = items.map((x) => {
    if ('result' in x) return articleHtml(x, ++n, single);
    return `<p class="error">${escapeHtml(`${x.id ?? 'input'}: ${x.error}`)}</p>`;
  });
  return `<!DOCTYPE html>
<html lang="${single ? articles[0]!.result.language : 'und'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="page">${single ? '' : `<h1>${escapeHtml(title)}</h1>`}
<div class="legend"><span class="person">person</span><span class="place">place</span><span class="org">organization</span><span class="date">date</span><span class="quote">quote</span> <a class="spk" href="#">speaker</a></div>
${contents}</header>
${body.join('\n')}
</body>
</html>
`;
}
