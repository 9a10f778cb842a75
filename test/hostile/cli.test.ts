// What real feeds hand the CLI: empty and binary files, old encodings, UTF-16, Windows and old Mac
// line endings, HTML pages, oversized files. Each input gets a clear answer; none stops the others.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError } from '../../src/cli/inputs.js';
import { htmlToText } from '../../src/text/html.js';
import { runCli } from '../helpers/cli.js';
import { expectValidRecord } from '../helpers/schema.js';

const ARTICLE = [
  'JAKARTA — Menteri Kesehatan Budi Santoso mengatakan pada Senin (4/3/2024) bahwa vaksin baru tiba di Bandung.',
  '“Kami siap membagikan vaksin ini pekan depan,” kata Budi kepada wartawan di Jakarta.',
  'Gubernur Jawa Barat Siti Rahmawati menyambut baik rencana itu.',
].join('\n\n');

// Windows-1252 bytes for the few non-ASCII characters the article uses (from the cp1252 code page)
const CP1252: Record<string, number> = { '“': 0x93, '”': 0x94, '—': 0x97, é: 0xe9 };
const toCp1252 = (s: string): Buffer =>
  Buffer.from([...s].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1252[ch]!)));

const HTML = `<!DOCTYPE html>
<html><head><title>Vaksin</title><script>var x = "<p>bukan teks</p>";</script></head>
<body><article>
<p>JAKARTA &mdash; Menteri Kesehatan <b>Budi Santoso</b> mengatakan pada Senin (4/3/2024) bahwa vaksin baru tiba di Bandung.</p>
<p>&ldquo;Kami siap membagikan vaksin ini pekan depan,&rdquo; kata Budi kepada wartawan di Jakarta.</p>
<!-- iklan --><p>Gubernur Jawa Barat Siti Rahmawati menyambut baik rencana itu.</p>
</article></body></html>`;

const tmp = mkdtempSync(join(tmpdir(), 'extract-hostile-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

const files = {
  utf8: file('utf8.txt', ARTICLE),
  empty: file('empty.txt', ''),
  blank: file('blank.txt', ' \n\r\n\t\n'),
  binary: file('binary.txt', Buffer.from([0x4a, 0x61, 0x00, 0x01, 0x02, 0xff])),
  cp1252: file('cp1252.txt', toCp1252(ARTICLE)),
  utf16le: file('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])),
  utf16be: file(
    'utf16be.txt',
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]),
  ),
  bom: file('bom.txt', `\uFEFF${ARTICLE}`),
  crlf: file('crlf.txt', ARTICLE.replace(/\n/g, '\r\n')),
  cr: file('cr.txt', ARTICLE.replace(/\n/g, '\r')),
  html: file('page.html', HTML),
  missing: join(tmp, 'missing.txt'),
};

interface Rec {
  id: string;
  error?: string;
  people?: { name: string }[];
  places?: { name: string }[];
  organizations?: { name: string }[];
  dates?: { text: string; value: string | null }[];
  quotes?: { text: string }[];
}

const lines = (s: string): string[] => s.split('\n').filter(Boolean);
const names = (r: Rec) => ({
  people: r.people?.map((e) => e.name),
  places: r.places?.map((e) => e.name),
  organizations: r.organizations?.map((e) => e.name),
  dates: r.dates?.map((d) => [d.text, d.value]),
  quotes: r.quotes?.map((q) => q.text.replace(/\s+/g, ' ')),
});

describe('hostile inputs in one run', () => {
  const order = [
    'utf8',
    'empty',
    'blank',
    'binary',
    'missing',
    'cp1252',
    'utf16le',
    'utf16be',
    'bom',
    'crlf',
    'cr',
    'html',
  ] as const;
  const run = runCli(['--format', 'jsonl', '--date', '2024-03-04', ...order.map((k) => files[k])]);
  const out = lines(run.stdout).map((l) => JSON.parse(l) as Rec);
  const byKey = Object.fromEntries(order.map((k, i) => [k, out[i]!])) as Record<(typeof order)[number], Rec>;
  const err = lines(run.stderr);

  it('answers every input, in order, and exits 1 because some failed', () => {
    expect(run.code).toBe(1);
    expect(out.map((r) => r.id)).toEqual(order.map((k) => files[k]));
    for (const r of out) expectValidRecord(r);
  });

  it('gives empty and blank files a valid empty result', () => {
    for (const [r, text] of [
      [byKey.empty, ''],
      [byKey.blank, ' \n\r\n\t\n'],
    ] as const) {
      expect(r.error).toBeUndefined();
      expectValidRecord(r, text);
      expect(r.people).toEqual([]);
      expect(r.quotes).toEqual([]);
    }
  });

  it('refuses a binary file and a missing one with a clear message', () => {
    expect(byKey.binary).toEqual({ id: files.binary, error: 'binary file (NUL bytes)' });
    expect(byKey.missing).toEqual({ id: files.missing, error: 'no such file' });
    expect(err).toContain(`extract: ${files.binary}: binary file (NUL bytes)`);
    expect(err).toContain(`extract: ${files.missing}: no such file`);
  });

  it('reads Windows-1252 with a warning and the right characters', () => {
    expect(err).toContain(`extract: ${files.cp1252}: warning: invalid UTF-8; decoded as Windows-1252`);
    expectValidRecord(byKey.cp1252, ARTICLE);
    expect(names(byKey.cp1252)).toEqual(names(byKey.utf8));
    expect(byKey.utf8.quotes?.length).toBeGreaterThan(0);
    expect(byKey.cp1252.quotes?.some((q) => q.text.startsWith('“Kami siap'))).toBe(true);
  });

  it('reads UTF-16 (both byte orders) and UTF-8 with a BOM exactly like UTF-8', () => {
    for (const key of ['utf16le', 'utf16be', 'bom'] as const) {
      expectValidRecord(byKey[key], ARTICLE);
      expect({ ...byKey[key], id: null }).toEqual({ ...byKey.utf8, id: null });
    }
  });

  it('finds the same things with CRLF and lone CR line endings, offsets into the text as read', () => {
    expectValidRecord(byKey.crlf, ARTICLE.replace(/\n/g, '\r\n'));
    expectValidRecord(byKey.cr, ARTICLE.replace(/\n/g, '\r'));
    expect(names(byKey.crlf)).toEqual(names(byKey.utf8));
    expect(names(byKey.cr)).toEqual(names(byKey.utf8));
  });

  it('warns about HTML given without --html', () => {
    expect(err).toContain(
      `extract: ${files.html}: warning: input looks like HTML; use --html to strip tags and decode entities`,
    );
    expectValidRecord(byKey.html, HTML);
  });

  it('prints no warning for clean inputs', () => {
    const warned = err.filter((l) => l.includes(': warning: ')).map((l) => l.split(': warning: ')[0]);
    expect(warned.sort()).toEqual([`extract: ${files.cp1252}`, `extract: ${files.html}`].sort());
  });
});

describe('--html', () => {
  it('extracts from the page text; offsets index that text', () => {
    const run = runCli(['--json', '--html', '--date', '2024-03-04', files.html]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const r = JSON.parse(run.stdout) as Rec;
    const text = htmlToText(HTML).text;
    expect(text).not.toContain('<');
    expect(text).not.toContain('bukan teks');
    expectValidRecord(r, text);
    const plain = JSON.parse(runCli(['--json', '--date', '2024-03-04', files.utf8]).stdout) as Rec;
    expect(names(r).people).toEqual(names(plain).people);
    expect(names(r).quotes).toEqual(names(plain).quotes);
  });

  it('converts JSON Lines records too', () => {
    const input = JSON.stringify({ id: 'a', text: '<p>Presiden <b>Budi</b> &amp; Ani.</p>' });
    const run = runCli(['--input', 'jsonl', '--format', 'jsonl', '--html'], { input });
    expect(run.code).toBe(0);
    expectValidRecord(JSON.parse(run.stdout), 'Presiden Budi & Ani.');
  });
});

describe('--max-size', () => {
  it('refuses a larger file with a message and keeps going', () => {
    const run = runCli(['--format', 'jsonl', '--max-size', '100', files.utf8, files.empty]);
    expect(run.code).toBe(1);
    const [big, small] = lines(run.stdout).map((l) => JSON.parse(l) as Rec);
    expect(big!.error).toMatch(/^larger than --max-size \(\d+ B > 100 B\); raise --max-size to read it$/);
    expect(small!.error).toBeUndefined();
    expect(run.stderr).toContain(`extract: ${files.utf8}: larger than --max-size`);
  });

  it('refuses oversized stdin and oversized JSON Lines records', () => {
    const stdin = runCli(['--format', 'jsonl', '--max-size', '1k'], { input: 'x'.repeat(2000) });
    expect(stdin.code).toBe(1);
    expect(JSON.parse(stdin.stdout).error).toMatch(/larger than --max-size/);
    const input = [
      JSON.stringify({ id: 'big', text: 'y'.repeat(2000) }),
      JSON.stringify({ id: 'ok', text: 'Budi pergi.' }),
    ].join('\n');
    const jsonl = runCli(['--input', 'jsonl', '--format', 'jsonl', '--max-size', '1k'], { input });
    expect(jsonl.code).toBe(1);
    const recs = lines(jsonl.stdout).map((l) => JSON.parse(l) as Rec);
    expect(recs.map((r) => [r.id, Boolean(r.error)])).toEqual([
      ['big', true],
      ['ok', false],
    ]);
  });

  it.each(['0', '-5', 'ten', '10x'])('rejects --max-size %s as a usage error', (value) => {
    const run = runCli(['--max-size', value, files.empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^extract: .*max-size.*expected a size/);
  });
});

describe('file-system errors', () => {
  it.each([
    ['ENOENT', 'no such file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a directory'],
  ])('%s reads as "%s"', (code, message) => {
    expect(describeFsError(Object.assign(new Error('x'), { code }))).toBe(message);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file as permission denied', async () => {
    const { chmodSync } = await import('node:fs');
    const locked = file('locked.txt', ARTICLE);
    chmodSync(locked, 0o000);
    const run = runCli(['--format', 'jsonl', locked]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`extract: ${locked}: permission denied\n`);
  });
});
