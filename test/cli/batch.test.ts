// Batch runs: directories and globs, JSON Lines streams, worker threads (order, same bytes, no
// loss), atomic -o, --stats. The pool is also tested directly with small worker scripts that
// throw, crash or run out of memory on purpose.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileGlob, expandPaths, type Input } from '../../src/cli/inputs.js';
import { formatStats, Progress } from '../../src/cli/progress.js';
import { type Outcome, processInOrder, WorkerPool } from '../../src/cli/workers.js';
import { ROOT, runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'extract-batch-'));
const lines = (s: string): string[] => s.split('\n').filter(Boolean);

// Sentences written for these tests.
const ARTICLES = [
  'MEDAN - Wakil Wali Kota Medan Arif Nugroho meresmikan pasar baru pada Rabu (8/5/2024).',
  'BANDUNG - Kepala Dinas Kesehatan Sari Wulandari mengatakan vaksinasi berjalan lancar, Kamis (9/5/2024).',
  'CARDIFF - The Welsh Rugby Union said on Monday that coach Owen Harries would stay until 2026.',
  "OSLO - Norway's central bank kept rates unchanged on Thursday, Governor Ida Berg told reporters.",
  'MAKASSAR - Polisi menangkap dua tersangka pencurian di Pelabuhan Soekarno, Jumat (10/5/2024).',
  'DUBLIN - The Irish health service said on Friday that waiting lists had fallen for a third month.',
];

const corpus = join(tmp, 'corpus');
mkdirSync(join(corpus, 'sub', 'deeper'), { recursive: true });
mkdirSync(join(corpus, '.hidden'));
writeFileSync(join(corpus, 'b.txt'), ARTICLES[0]!);
writeFileSync(join(corpus, 'a.txt'), ARTICLES[1]!);
writeFileSync(join(corpus, 'sub', 'c.txt'), ARTICLES[2]!);
writeFileSync(join(corpus, 'sub', 'deeper', 'd.txt'), ARTICLES[3]!);
writeFileSync(join(corpus, 'notes.md'), ARTICLES[4]!);
writeFileSync(join(corpus, '.hidden', 'e.txt'), ARTICLES[5]!);
const emptyDir = join(tmp, 'empty');
mkdirSync(emptyDir);

/** A JSON Lines corpus of n documents cycling through the articles. */
function jsonl(n: number): string {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `doc-${i}`, text: ARTICLES[i % ARTICLES.length] }),
  )
    .map((l) => `${l}\n`)
    .join('');
}

describe('globs and directories', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.txt.bak', false],
    ['*.txt', 'sub/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'sub/deeper/a.txt', true],
    ['sub/*.txt', 'sub/a.txt', true],
    ['sub/*.txt', 'sub/deeper/a.txt', false],
    ['*.{txt,md}', 'x.md', true],
    ['*.{txt,md}', 'x.html', false],
    ['doc-?.txt', 'doc-1.txt', true],
    ['doc-?.txt', 'doc-10.txt', false],
    ['[ab]*.txt', 'b1.txt', true],
    ['[!ab]*.txt', 'b1.txt', false],
    ['a+b.txt', 'a+b.txt', true],
    ['a+b.txt', 'aab.txt', false],
    ['[a-c]?.txt', 'b1.txt', true],
    ['[a-c]?.txt', 'd1.txt', false],
    ['{a,b{1,2}}.txt', 'b2.txt', true],
    ['{a,b{1,2}}.txt', 'b3.txt', false],
    ['**', 'any/path/at/all', true],
    ['a/**/z.txt', 'a/z.txt', true],
    ['a/**/z.txt', 'a/b/c/z.txt', true],
    ['a/**/z.txt', 'b/z.txt', false],
  ])('%s matches %s: %s', (glob, path, want) => {
    expect(compileGlob(glob)(path)).toBe(want);
  });

  it('matches a long name quickly', () => {
    const t = performance.now();
    expect(compileGlob('*a*a*a*a*a*b')('a'.repeat(5000))).toBe(false);
    expect(compileGlob('**/*a*a*a*b')(`${'x/'.repeat(500)}${'a'.repeat(2000)}`)).toBe(false);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('walks directories recursively in sorted order, skipping dot entries and other extensions', async () => {
    const { paths, empty, directories } = await expandPaths([corpus], '*.txt');
    expect(paths.map((p) => p.slice(corpus.length + 1))).toEqual([
      'a.txt',
      'b.txt',
      'sub/c.txt',
      'sub/deeper/d.txt',
    ]);
    expect(empty).toEqual([]);
    expect(directories).toBe(1);
  });

  it('passes files, missing paths and "-" through in place', async () => {
    const { paths } = await expandPaths(['-', join(corpus, 'notes.md'), join(tmp, 'missing.txt')], '*.txt');
    expect(paths).toEqual(['-', join(corpus, 'notes.md'), join(tmp, 'missing.txt')]);
  });

  it('extracts every file below a directory as a JSON array', () => {
    const run = runCli(['--format', 'json', corpus]);
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout) as { id: string; language: string }[];
    expect(records.map((r) => r.id.slice(corpus.length + 1))).toEqual([
      'a.txt',
      'b.txt',
      'sub/c.txt',
      'sub/deeper/d.txt',
    ]);
    expect(records.map((r) => r.language)).toEqual(['id', 'id', 'en', 'en']);
  });

  it('uses --glob to choose other files', () => {
    const run = runCli(['--format', 'jsonl', '--glob', '*.md', corpus]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([
      join(corpus, 'notes.md'),
    ]);
  });

  it('reports a directory in which nothing matches (exit 1), and still does the rest', () => {
    const run = runCli(['--format', 'jsonl', emptyDir, join(corpus, 'a.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${emptyDir}: no file matches "*.txt"`);
    expect(lines(run.stdout)).toHaveLength(1);
  });
});

describe('parallel workers', () => {
  const input = jsonl(60);

  it('gives the same bytes with --jobs 2 as with --jobs 1, in input order', () => {
    const one = runCli(['--input', 'jsonl', '--format', 'jsonl', '--jobs', '1'], { input });
    const two = runCli(['--input', 'jsonl', '--format', 'jsonl', '--jobs', '2'], { input });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(lines(two.stdout).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(
      Array.from({ length: 60 }, (_, i) => `doc-${i}`),
    );
  });

  it('gives the same json array and tables with several jobs', () => {
    for (const format of ['json', 'table']) {
      const one = runCli(['--format', format, '--jobs', '1', corpus]);
      const three = runCli(['--format', format, '--jobs', '3', corpus]);
      expect(three.stdout).toBe(one.stdout);
    }
  });

  it('keeps a malformed line as an error record in its place, with a stderr line and exit 1', () => {
    const good = lines(jsonl(5));
    const input2 = [
      good[0],
      good[1],
      '{"id": "broken", "text": 42}',
      'not json',
      good[2],
      good[3],
      good[4],
    ].join('\n');
    for (const jobs of ['1', '2']) {
      const run = runCli(['--input', 'jsonl', '--format', 'jsonl', '--jobs', jobs], { input: input2 });
      expect(run.code).toBe(1);
      const out = lines(run.stdout).map((l) => JSON.parse(l) as { id: string | null; error?: string });
      expect(out.map((r) => r.id)).toEqual(['doc-0', 'doc-1', 'broken', null, 'doc-2', 'doc-3', 'doc-4']);
      expect(out[2]!.error).toMatch(/"text" must be a string/);
      expect(out[3]!.error).toMatch(/invalid JSON/);
      expect(run.stderr).toMatch(/stdin:3: "text" must be a string/);
      expect(run.stderr).toMatch(/stdin:4: invalid JSON/);
    }
  });

  it('refuses a job count that is not a positive number', () => {
    for (const bad of ['0', 'two', '-1']) {
      const run = runCli(['--jobs', bad, join(corpus, 'a.txt')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/worker threads/);
    }
  });
});

describe('--stats and progress', () => {
  it('prints one summary line on stderr and no progress bar when stderr is not a terminal', () => {
    const run = runCli(['--input', 'jsonl', '--format', 'jsonl', '--stats'], { input: jsonl(7) });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^extract: 7 documents, 0 failures, \d+\.\d\d MB in \d+\.\d\d s \(\d+\.\d\d MB\/s, \d+\.\d docs\/s\)\n$/,
    );
    expect(run.stderr).not.toContain('\r');
  });

  it('formats the summary', () => {
    expect(formatStats({ documents: 1, failures: 1, bytes: 2_500_000, seconds: 2 })).toBe(
      'extract: 1 document, 1 failure, 2.50 MB in 2.00 s (1.25 MB/s, 0.5 docs/s)',
    );
  });

  it('draws documents, rate and ETA on a terminal, at most every 100 ms, and clears before a log line', () => {
    let now = 0;
    let written = '';
    const stream = {
      write: (s: string) => {
        written += s;
        return true;
      },
    };
    const p = new Progress({ stream: stream as never, bar: true, totalDocs: 10, now: () => now });
    now = 1000;
    p.tick(1_000_000, false);
    expect(written).toContain('1/10 docs');
    expect(written).toContain('1.0 docs/s');
    expect(written).toContain('ETA 9s');
    expect(written).toMatch(/\[#+-+\]\s+10%/);
    const before = written.length;
    now = 1050;
    p.tick(10, false);
    expect(written.length).toBe(before); // throttled
    p.log('extract: x: boom');
    expect(written.endsWith('\r\x1b[Kextract: x: boom\n')).toBe(true);
    now = 2000;
    expect(p.finish()).toEqual({ documents: 2, failures: 0, bytes: 1_000_010, seconds: 2 });
  });

  it('draws nothing when told not to', () => {
    let written = '';
    const stream = {
      write: (s: string) => {
        written += s;
        return true;
      },
    };
    const p = new Progress({ stream: stream as never, bar: false, now: () => 0 });
    p.tick(5, true);
    p.finish();
    expect(written).toBe('');
  });
});

describe('-o/--output', () => {
  it('writes the file, nothing on stdout, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmp, 'out-'));
    const target = join(dir, 'result.jsonl');
    const run = runCli(['--input', 'jsonl', '--format', 'jsonl', '-o', target], { input: jsonl(4) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(lines(readFileSync(target, 'utf8'))).toHaveLength(4);
    expect(readdirSync(dir)).toEqual(['result.jsonl']);
  });

  it('fails with exit 2 when the directory does not exist', () => {
    const run = runCli(['-o', join(tmp, 'no', 'such', 'dir.json'), join(corpus, 'a.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write/);
  });

  it('leaves neither half a file nor a temporary file when interrupted', async () => {
    const dir = mkdtempSync(join(tmp, 'int-'));
    const target = join(dir, 'out.jsonl');
    writeFileSync(target, 'previous content\n');
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/extract.js'), '--input', 'jsonl', '-f', 'jsonl', '-j', '1', '-o', target],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    child.stdin.write(jsonl(3)); // stdin stays open: the run is still going
    await new Promise((r) => setTimeout(r, 1500));
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
    expect(readFileSync(target, 'utf8')).toBe('previous content\n');
  });
});

// ---------- the pool, driven directly ----------

const FAKE_WORKER = join(tmp, 'fake-worker.mjs');
writeFileSync(
  FAKE_WORKER,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  if (t.text === 'CRASH') process.exit(3);
  if (t.text === 'THROW') throw new Error('uncaught in worker');
  if (t.text === 'BIG') { const keep = []; for (let i = 0; i < 60; i++) keep.push(new Array(250000).fill(i)); }
  const wait = Number((/sleep(\\d+)/.exec(t.text) || [0, 0])[1]);
  const end = Date.now() + wait;
  while (Date.now() < end);
  parentPort.postMessage({ seq: t.seq, ok: true, json: JSON.stringify({ id: t.options.id, text: t.text }) });
});
`,
);
const fakeUrl = pathToFileURL(FAKE_WORKER);

async function* inputs(texts: string[]): AsyncGenerator<Input> {
  for (const [i, text] of texts.entries()) {
    if (text === 'UNREADABLE') yield { kind: 'error', id: `d${i}`, label: `d${i}`, message: 'no such file' };
    else yield { kind: 'document', id: `d${i}`, label: `d${i}`, text };
  }
}

const summary = (o: Outcome): string =>
  o.ok ? (JSON.parse(o.json!) as { text: string }).text : `ERR ${o.message}`;

describe('WorkerPool and processInOrder', () => {
  it('keeps input order when later documents finish first', async () => {
    const texts = ['sleep300 a', 'b', 'sleep150 c', 'd', 'e', 'sleep50 f', 'g'];
    const out: string[] = [];
    for await (const { outcome } of processInOrder(inputs(texts), {
      jobs: 3,
      base: {},
      optionsFor: (i) => ({ id: i.id }),
      workerUrl: fakeUrl,
    })) {
      out.push(summary(outcome));
    }
    expect(out).toEqual(texts);
  });

  it('fails only the document a worker died on; the others still come back', async () => {
    const texts = ['a', 'CRASH', 'b', 'THROW', 'c', 'UNREADABLE', 'd'];
    const out: string[] = [];
    for await (const { outcome } of processInOrder(inputs(texts), {
      jobs: 2,
      base: {},
      optionsFor: (i) => ({ id: i.id }),
      workerUrl: fakeUrl,
    })) {
      out.push(summary(outcome));
    }
    expect(out[0]).toBe('a');
    expect(out[1]).toMatch(/^ERR worker stopped while extracting: exit code 3/);
    expect(out[2]).toBe('b');
    expect(out[3]).toMatch(/^ERR worker stopped while extracting: uncaught in worker/);
    expect(out.slice(4)).toEqual(['c', 'ERR no such file', 'd']);
  });

  it('retries a document that ran out of memory alone, without the heap limit', async () => {
    const pool = new WorkerPool(1, {}, fakeUrl, { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 });
    try {
      const [big, small] = await Promise.all([
        pool.run('BIG', { id: 'big' }),
        pool.run('small', { id: 's' }),
      ]);
      expect(summary(big)).toBe('BIG');
      expect(summary(small)).toBe('small');
      expect(pool.retriedAlone).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('runs a single document in this thread (no worker is started)', async () => {
    const seen: string[] = [];
    const out: Outcome[] = [];
    for await (const { outcome } of processInOrder(inputs(['only one', 'UNREADABLE']), {
      jobs: 4,
      base: { explain: true },
      optionsFor: (i) => ({ id: i.id }),
      workerUrl: new URL('file:///nonexistent/worker.mjs'),
      extract: (text, options) => {
        seen.push(`${text}|${options.explain}|${options.id}`);
        return { schema: 'extract/v1', id: options.id ?? null, language: 'en', referenceDate: null };
      },
    })) {
      out.push(outcome);
    }
    expect(seen).toEqual(['only one|true|d0']);
    expect(out.map((o) => o.ok)).toEqual([true, false]);
  });

  it('with the default job count, extracts here until the batch is big enough, then in workers', async () => {
    const here: string[] = [];
    const out: string[] = [];
    const texts = ['aaaaaa', 'UNREADABLE', 'bbbbbb', 'sleep20 c', 'd'];
    for await (const { outcome } of processInOrder(inputs(texts), {
      jobs: 2,
      auto: true,
      poolAfterChars: 10,
      base: {},
      optionsFor: (i) => ({ id: i.id }),
      workerUrl: fakeUrl,
      extract: (text, options) => {
        here.push(text);
        return { schema: 'extract/v1', id: options.id ?? null, language: 'en', referenceDate: null };
      },
    })) {
      out.push(outcome.ok && outcome.json ? summary(outcome) : outcome.ok ? 'here' : 'ERR');
    }
    expect(here).toEqual(['aaaaaa', 'bbbbbb']);
    expect(out).toEqual(['here', 'ERR', 'here', 'sleep20 c', 'd']);
  });

  it('with the default job count, a small batch never starts a worker', async () => {
    const here: string[] = [];
    for await (const { outcome } of processInOrder(inputs(['a', 'b', 'c']), {
      jobs: 4,
      auto: true,
      base: {},
      optionsFor: (i) => ({ id: i.id }),
      workerUrl: new URL('file:///nonexistent/worker.mjs'),
      extract: (text, options) => {
        here.push(text);
        return { schema: 'extract/v1', id: options.id ?? null, language: 'en', referenceDate: null };
      },
    })) {
      expect(outcome.ok).toBe(true);
    }
    expect(here).toEqual(['a', 'b', 'c']);
  });

  it('turns an exception inside the library into an error outcome (in this thread)', async () => {
    const out: Outcome[] = [];
    for await (const { outcome } of processInOrder(inputs(['x', 'boom', 'y']), {
      jobs: 1,
      base: {},
      optionsFor: (i) => ({ id: i.id }),
      extract: (text, options) => {
        if (text === 'boom') throw new RangeError('a rule failed');
        return { schema: 'extract/v1', id: options.id ?? null, language: 'en', referenceDate: null };
      },
    })) {
      out.push(outcome);
    }
    expect(out.map((o) => (o.ok ? 'ok' : o.message))).toEqual(['ok', 'a rule failed', 'ok']);
  });

  it('turns an exception inside the library into an error outcome (in the real worker)', async () => {
    const built = join(ROOT, 'dist', 'cli', 'workers.js');
    expect(existsSync(built)).toBe(true);
    const mod = (await import(pathToFileURL(built).href)) as typeof import('../../src/cli/workers.js');
    const pool = new mod.WorkerPool(1, {});
    try {
      // an impossible date makes extract() throw inside the worker
      const [bad, good] = await Promise.all([
        pool.run('Rapat digelar di Jakarta.', { id: 'bad', date: '2023-02-30' }),
        pool.run('Rapat digelar di Jakarta.', { id: 'good', lang: 'id' }),
      ]);
      expect(bad.ok).toBe(false);
      expect(bad.ok ? '' : bad.message).toMatch(/2023-02-30/);
      expect(good.ok && (JSON.parse(good.json!) as { id: string }).id).toBe('good');
    } finally {
      await pool.close();
    }
  });
});

describe('run from the TypeScript sources (no built worker next to workers.ts)', () => {
  it('extracts in this thread instead of failing every document', async () => {
    const texts = ['Rapat digelar di Jakarta pada Senin.', 'The meeting was held in London on Monday.'];
    const out: Outcome[] = [];
    for await (const { outcome } of processInOrder(inputs(texts), {
      jobs: 2,
      base: {},
      optionsFor: (i) => ({ id: i.id }),
    })) {
      out.push(outcome);
    }
    expect(out.map((o) => o.ok)).toEqual([true, true]);
  });
});

describe('a reader that goes away', () => {
  it('ends the run quietly (extract … | head)', () => {
    const input = join(tmp, 'many.jsonl');
    writeFileSync(input, jsonl(200));
    const res = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" bin/extract.js --input jsonl -f jsonl -j 2 "${input}" | head -c 50 >/dev/null`,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(res.stderr).toBe('');
  });
});
