import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { escapeHtml, highlight, type Interval, renderHtml } from '../../src/render/html.js';
import type { Result } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

interface Char {
  ch: string;
  /** The class and data-ref of every element around the character. */
  classes: Set<string>;
}

/**
 * Reads the article text back out of the page: each character with the classes of the elements
 * around it, leaving out the speaker badges (they are not text of the article). Also checks that
 * the elements nest properly.
 */
function readText(page: string, article = 0): Char[] {
  const starts = [...page.matchAll(/<div class="text">/g)].map((m) => m.index! + m[0].length);
  let i = starts[article]!;
  const out: Char[] = [];
  const stack: { tag: string; classes: string[] }[] = [];
  let inBadge = 0;
  while (!page.startsWith('</div>', i) || stack.length > 0) {
    if (page[i] === '<') {
      const end = page.indexOf('>', i);
      const tag = page.slice(i + 1, end);
      i = end + 1;
      if (tag.startsWith('/')) {
        const open = stack.pop();
        expect(open?.tag, 'elements nest properly').toBe(tag.slice(1));
        if (open?.classes.includes('spk')) inBadge--;
        continue;
      }
      const name = tag.split(/\s/)[0]!;
      const cls = /class="([^"]*)"/.exec(tag)?.[1]?.split(' ') ?? [];
      const ref = /data-ref="([^"]*)"/.exec(tag)?.[1];
      const id = /id="([^"]*)"/.exec(tag)?.[1];
      stack.push({
        tag: name,
        classes: [...cls, ...(ref ? [`ref:${ref}`] : []), ...(id ? [`id:${id}`] : [])],
      });
      if (cls.includes('spk')) inBadge++;
      continue;
    }
    let ch = page[i]!;
    let len = 1;
    if (ch === '&') {
      const entity = page.slice(i, page.indexOf(';', i) + 1);
      ch = ENTITIES[entity]!;
      len = entity.length;
    }
    if (!inBadge) out.push({ ch, classes: new Set(stack.flatMap((s) => s.classes)) });
    i += len;
  }
  return out;
}

const TEXT = readFileSync(join(ROOT, 'fixtures', 'en-council-vote.txt'), 'utf8');
const RESULT = extract(TEXT, { id: 'en-council-vote', lang: 'en', date: '2023-09-15', explain: true });
const PAGE = renderHtml([{ result: RESULT, text: TEXT }]);

describe('renderHtml', () => {
  const chars = readText(PAGE);

  it('reproduces the article text exactly', () => {
    expect(chars.map((c) => c.ch).join('')).toBe(TEXT);
  });

  it('has something to show in the fixture', () => {
    expect(RESULT.people!.length).toBeGreaterThan(0);
    expect(RESULT.places!.length).toBeGreaterThan(0);
    expect(RESULT.organizations!.length).toBeGreaterThan(0);
    expect(RESULT.dates!.length).toBeGreaterThan(0);
    expect(RESULT.quotes!.length).toBeGreaterThan(0);
  });

  it('highlights every mention of every entity in its colour, pointing at its panel entry', () => {
    const kinds = [
      ['person', RESULT.people!],
      ['place', RESULT.places!],
      ['org', RESULT.organizations!],
    ] as const;
    for (const [cls, entities] of kinds) {
      for (const e of entities) {
        expect(PAGE).toContain(`<li id="${e.id}">`);
        expect(PAGE).toContain(`<span class="n">${e.mentions.length}×</span>`);
        for (const m of e.mentions) {
          for (let k = m.start; k < m.end; k++) {
            expect(chars[k]!.classes.has(cls), `${e.id} at ${k}`).toBe(true);
            expect(chars[k]!.classes.has(`ref:${e.id}`)).toBe(true);
          }
        }
      }
    }
  });

  it('marks every date and every quote, each quote linked to its speaker', () => {
    for (const d of RESULT.dates!) {
      for (let k = d.start; k < d.end; k++) expect(chars[k]!.classes.has('d')).toBe(true);
    }
    RESULT.quotes!.forEach((q, n) => {
      for (let k = q.start; k < q.end; k++) expect(chars[k]!.classes.has('q')).toBe(true);
      expect(chars[q.start]!.classes.has(`id:quote-${n + 1}`)).toBe(true);
      expect(PAGE).toContain(`<a href="#quote-${n + 1}">`);
      if (q.speaker?.entity) expect(PAGE).toContain(`<a class="spk" href="#${q.speaker.entity}"`);
    });
    // outside any extraction nothing is marked
    const covered = new Set<number>();
    for (const list of [RESULT.people!, RESULT.places!, RESULT.organizations!])
      for (const e of list) for (const m of e.mentions) for (let k = m.start; k < m.end; k++) covered.add(k);
    for (const x of [...RESULT.dates!, ...RESULT.quotes!])
      for (let k = x.start; k < x.end; k++) covered.add(k);
    for (const q of RESULT.quotes!) if (q.cue) for (let k = q.cue.start; k < q.cue.end; k++) covered.add(k);
    chars.forEach((c, k) => {
      if (!covered.has(k)) expect(c.classes.size, `nothing marked at ${k}`).toBe(0);
    });
  });

  it('shows the rules in tooltips when the result carries explanations', () => {
    const rule = RESULT.people![0]!.explain![0]!.rule;
    expect(PAGE).toMatch(new RegExp(`title="[^"]*rules: [^"]*${rule.replace(/\./g, '\\.')}`));
  });

  it('loads nothing from outside: no scripts, links, images or remote URLs', () => {
    expect(PAGE).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|https?:/i);
    expect(PAGE).toContain('Content-Security-Policy" content="default-src \'none\'');
  });
});

describe('escaping', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });

  it('escapes the text, ids, names and speakers taken from the input', () => {
    const text = 'Dr. <script>alert(1)</script> "Evil" & Co said "<b>hi</b>" in <Town>.';
    const evil = '<img src=x onerror=alert(1)>';
    const result: Result = {
      schema: 'extract/v1',
      id: `"><script>${evil}`,
      language: 'en',
      referenceDate: null,
      people: [
        {
          id: 'person-1',
          name: evil,
          aliases: [evil],
          titles: [evil],
          mentions: [{ start: 4, end: 12, text: text.slice(4, 12) }],
        },
      ],
      places: [],
      organizations: [],
      dates: [],
      quotes: [
        {
          start: 37,
          end: 50,
          text: text.slice(37, 50),
          type: 'direct',
          speaker: { name: evil, entity: 'person-1' },
          cue: null,
        },
      ],
    };
    const page = renderHtml([{ result, text }]);
    expect(page).not.toMatch(/<script|<img|<b>|<Town>/);
    expect(
      readText(page)
        .map((c) => c.ch)
        .join(''),
    ).toBe(text);
  });

  it('shows error records and keeps anchors apart when there are several articles', () => {
    const page = renderHtml([
      { result: RESULT, text: TEXT },
      { id: 'broken<1>', error: 'no such file' },
      { result: RESULT, text: TEXT },
    ]);
    expect(page).toContain('<p class="error">broken&lt;1&gt;: no such file</p>');
    expect(page).toContain('<li id="a1-person-1">');
    expect(page).toContain('<li id="a2-person-1">');
    expect(
      readText(page, 1)
        .map((c) => c.ch)
        .join(''),
    ).toBe(TEXT);
  });
});

describe('highlight', () => {
  const iv = (start: number, end: number, layer: number, name: string): Interval => ({
    start,
    end,
    layer,
    first: `<i class="${name}">`,
    open: `<i class="${name}">`,
    close: '</i>',
  });

  it.each([
    ['nested', [iv(0, 10, 0, 'q'), iv(2, 5, 1, 'e')], '<i class="q">ab<i class="e">cde</i>fghij</i>'],
    [
      'crossing the outer end',
      [iv(0, 4, 0, 'q'), iv(2, 7, 1, 'e')],
      '<i class="q">ab<i class="e">cd</i></i><i class="e">efg</i>hij',
    ],
    [
      'overlapping on one layer',
      [iv(1, 4, 2, 'a'), iv(3, 6, 2, 'b')],
      'a<i class="a">bc<i class="b">d</i></i><i class="b">ef</i>ghij',
    ],
    ['empty and out of range', [iv(3, 3, 1, 'x'), iv(8, 99, 1, 'y')], 'abcdefgh<i class="y">ij</i>'],
    ['nothing', [], 'abcdefghij'],
  ])('%s', (_name, items, expected) => {
    expect(
      highlight(
        'abcdefghij',
        items.filter((x) => x.end > x.start),
      ),
    ).toBe(expected);
  });

  it('keeps one element around an outer span however many inner ones it holds', () => {
    const inner = Array.from({ length: 4 }, (_, k) => iv(2 * k + 1, 2 * k + 2, 1, 'e'));
    const html = highlight('abcdefghij', [iv(0, 10, 0, 'q'), ...inner]);
    expect(html.match(/class="q"/g)).toHaveLength(1);
  });
});

const CHROMIUM = '/usr/bin/chromium';

describe('in a real browser', () => {
  if (!existsSync(CHROMIUM)) {
    it.skip(`headless Chromium render (skipped: ${CHROMIUM} is not installed; apt-get install chromium)`, () => {});
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'extract-html-'));
  const file = join(dir, 'page.html');
  // every fixture article (Indonesian and English) on one page
  const articles = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(join(ROOT, 'fixtures', f), 'utf8');
      return {
        result: extract(text, { id: f, lang: f.startsWith('id') ? 'id' : 'en', explain: true }),
        text,
      };
    });
  const page = renderHtml(articles);
  writeFileSync(file, page);
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${join(dir, 'profile')}`,
  ];

  it('parses the page into the same elements and renders a screenshot', () => {
    const dom = spawnSync(CHROMIUM, [...flags, '--dump-dom', `file://${file}`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(dom.status).toBe(0);
    const count = (html: string, re: RegExp): number => html.match(re)?.length ?? 0;
    for (const re of [
      /<mark class="e person"/g,
      /<mark class="e place"/g,
      /<mark class="e org"/g,
      /<mark class="d"/g,
      /<span class="q /g,
      /<a class="spk/g,
    ]) {
      expect(count(dom.stdout, re), String(re)).toBe(count(page, re));
      expect(count(page, re), String(re)).toBeGreaterThan(0);
    }
    const png = join(dir, 'page.png');
    const shot = spawnSync(
      CHROMIUM,
      [...flags, '--window-size=1280,1000', `--screenshot=${png}`, `file://${file}`],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(shot.status).toBe(0);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(10_000);
  }, 120_000);
});

describe('several articles', () => {
  it('get a table of contents linking to each', () => {
    const page = renderHtml([
      { result: { ...RESULT, id: 'first' }, text: TEXT },
      { result: { ...RESULT, id: 'second' }, text: TEXT },
    ]);
    expect(page).toContain(
      '<nav><ol><li><a href="#a1-article">first</a></li><li><a href="#a2-article">second</a></li></ol></nav>',
    );
    expect(page).toContain('<article id="a2-article">');
    expect(renderHtml([{ result: RESULT, text: TEXT }])).not.toContain('<nav>');
  });
});
