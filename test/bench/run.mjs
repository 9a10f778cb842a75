#!/usr/bin/env node
// `npm run bench`: speed and memory of the whole pipeline, against the targets of the README.
//
//   throughput   MB/s of extract() over Indonesian (id-pfsa-dev + id-indotimex-dev-raw) and English
//                (en-polnear-dev + en-conll-dev) texts from ../shared/eval/gold, median of BENCH_RUNS
//                passes after one warm-up pass, one core (one process, one thread), peak RSS
//   compromise   compromise 14's own pipeline (people, places, organizations, quotations, and dates
//                with compromise-dates when installed) over the same English texts, for a ratio
//   cold start   `extract --help` and one ~5 KB article end to end, whole process, median of runs
//   1 MB docs    one document of each adversarial kind, time of extract() in a fresh process
//
// The eval texts are read from ../shared only to time the tool; nothing of them is stored.
// Options: --quick (fewer runs), --json FILE (write the figures), --only SECTION[,SECTION].
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL } from '../helpers/adversarial.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOLD = process.env.EXTRACT_BENCH_GOLD ?? join(ROOT, '..', 'shared', 'eval', 'gold');
const BIN = join(ROOT, 'bin', 'extract.js');
const DIST = join(ROOT, 'dist', 'index.js');
const MB = 1_000_000;

const TARGETS = {
  idMBps: 5, // Indonesian MB/s on one core
  enVsCompromise: 3, // English throughput / compromise's full pipeline
  helpMs: 150,
  articleMs: 400,
  oneMBms: 2000,
};

const CORPORA = {
  id: ['id-pfsa-dev', 'id-indotimex-dev-raw'],
  en: ['en-polnear-dev', 'en-conll-dev'],
};

// ---------------------------------------------------------------- helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const mark = (ok) => (ok === null ? '?' : ok ? 'ok' : 'MISSED');

function loadDocs(names) {
  const docs = [];
  for (const name of names) {
    const file = join(GOLD, `${name}.jsonl`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      docs.push({ text: r.text, lang: r.lang, date: r.dct ?? null });
    }
  }
  return docs;
}

const bytesOf = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

/** Runs this file again as a child in one mode; returns its JSON answer (or the failure). */
function child(mode, args = [], timeoutMs = 600_000) {
  const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error?.code === 'ETIMEDOUT' || res.signal) return { timedOut: true };
  if (res.status !== 0) {
    const lines = (res.stderr || '').split('\n');
    return { failed: (lines.find((l) => /Error|error:/.test(l)) ?? `exit ${res.status}`).trim() };
  }
  return JSON.parse(res.stdout);
}

const maxRssMB = () => process.resourceUsage().maxRSS / 1024;

// ---------------------------------------------------------------- child modes

/** Throughput of our pipeline over one language's texts. */
async function throughputChild(lang, runs) {
  const { extract } = await import(DIST);
  const docs = loadDocs(CORPORA[lang]);
  const bytes = bytesOf(docs);
  const pass = () => {
    const t0 = performance.now();
    for (const d of docs) extract(d.text, { lang: d.lang ?? lang, date: d.date });
    return performance.now() - t0;
  };
  pass(); // warm-up: module loading, lexicons, JIT
  const times = Array.from({ length: runs }, pass);
  const ms = median(times);
  return { docs: docs.length, bytes, ms, MBps: bytes / MB / (ms / 1000), times, peakRssMB: maxRssMB() };
}

/** compromise's own pipeline over the English texts. */
async function compromiseChild(runs, withDates) {
  const nlp = (await import('compromise')).default;
  let datesPlugin = false;
  try {
    if (withDates) {
      const dates = (await import('compromise-dates')).default;
      nlp.plugin(dates);
      datesPlugin = true;
    }
  } catch {
    // not installed: people, places, organizations and quotations only
  }
  const docs = loadDocs(CORPORA.en);
  const bytes = bytesOf(docs);
  let dateCrashes = 0;
  const pass = () => {
    const t0 = performance.now();
    for (const d of docs) {
      const doc = nlp(d.text);
      doc.people().json();
      doc.places().json();
      doc.organizations().json();
      doc.quotations().json();
      if (datesPlugin) {
        try {
          doc.dates({ today: d.date ?? undefined }).get();
        } catch {
          dateCrashes++;
        }
      }
    }
    return performance.now() - t0;
  };
  pass();
  const times = Array.from({ length: runs }, pass);
  const ms = median(times);
  return {
    docs: docs.length,
    bytes,
    ms,
    MBps: bytes / MB / (ms / 1000),
    times,
    datesPlugin,
    dateCrashesPerPass: dateCrashes / (runs + 1),
    peakRssMB: maxRssMB(),
  };
}

async function adversarialChild(kind, lang) {
  const { extract } = await import(DIST);
  extract('Budi Santoso said on Monday.', { lang }); // load rules and lexicons first
  const text = ADVERSARIAL[kind](MB);
  const t0 = performance.now();
  const r = extract(text, { lang, date: '2024-03-04' });
  const ms = performance.now() - t0;
  const items = ['people', 'places', 'organizations', 'dates', 'quotes'].reduce(
    (n, k) => n + (r[k]?.length ?? 0),
    0,
  );
  return { chars: text.length, ms, items, peakRssMB: maxRssMB() };
}

// ---------------------------------------------------------------- sections

function machine() {
  let cpu = 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {}
  return {
    nproc: availableParallelism(),
    cpu,
    node: process.version,
    loadavg: loadavg().map((x) => +x.toFixed(2)),
  };
}

function timeProcess(args, runs) {
  const times = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    times.push(performance.now() - t0);
    status ||= res.status ?? 1;
  }
  return { ms: median(times), times: times.map((t) => Math.round(t)), status };
}

/** A ~5 KB article: an eval text of that size when present (timed, not kept), else the fixtures. */
function articleFile(dir, haveGold) {
  let text = null;
  if (haveGold) {
    const docs = loadDocs(CORPORA.id);
    text =
      docs.find((d) => Buffer.byteLength(d.text) >= 4500 && Buffer.byteLength(d.text) <= 5500)?.text ?? null;
  }
  if (!text) {
    const fixtures = ['id-banjir-semarang.txt', 'id-sidang-korupsi.txt'].map((f) =>
      readFileSync(join(ROOT, 'fixtures', f), 'utf8'),
    );
    text = '';
    while (Buffer.byteLength(text) < 5000) text += `${fixtures.join('\n\n')}\n\n`;
  }
  const file = join(dir, 'article.txt');
  writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text) };
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const [, mode, ...rest] = argv;
    let out;
    if (mode === 'throughput') out = await throughputChild(rest[0], Number(rest[1]));
    else if (mode === 'compromise') out = await compromiseChild(Number(rest[0]), rest[1] === 'dates');
    else if (mode === 'adversarial') out = await adversarialChild(rest[0], rest[1]);
    process.stdout.write(JSON.stringify(out));
    return;
  }
  const quick = argv.includes('--quick');
  const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : null;
  const only = argv.includes('--only') ? new Set(argv[argv.indexOf('--only') + 1].split(',')) : null;
  const want = (s) => !only || only.has(s);
  const runs = Number(process.env.BENCH_RUNS ?? (quick ? 3 : 5));
  const procRuns = quick ? 5 : 9;

  if (!existsSync(DIST)) {
    console.error('bench: dist/ not built; run `npm run build` (npm run bench does it for you)');
    process.exit(1);
  }
  const m = machine();
  const results = { machine: m, targets: TARGETS };
  console.log(
    `extract benchmark — ${m.cpu}, ${m.nproc} cores, Node ${m.node}, load average ${m.loadavg.join(' ')}`,
  );
  if (m.loadavg[0] > m.nproc) {
    console.log(
      `  note: the machine is busy (load ${m.loadavg[0]} on ${m.nproc} cores); figures will be pessimistic`,
    );
  }

  const haveGold = CORPORA.id.concat(CORPORA.en).every((n) => existsSync(join(GOLD, `${n}.jsonl`)));
  if (!haveGold) {
    console.log(`\nthroughput: SKIPPED — the eval texts are not at ${GOLD}`);
    console.log(
      '  (they live in ../shared/eval/gold beside the repository; set EXTRACT_BENCH_GOLD to point elsewhere)',
    );
  }

  if (haveGold && want('throughput')) {
    console.log(`\nthroughput (median of ${runs} passes after a warm-up, one core)`);
    for (const lang of ['id', 'en']) {
      const r = child('throughput', [lang, String(runs)]);
      results[`throughput_${lang}`] = r;
      if (r.MBps === undefined) console.log(`  ${lang}: failed ${JSON.stringify(r)}`);
      else
        console.log(
          `  ${lang}  ${CORPORA[lang].join(' + ')}: ${r.docs} docs, ${fmt(r.bytes / MB, 3)} MB, ${fmt(r.ms, 0)} ms → ${fmt(r.MBps)} MB/s, peak RSS ${fmt(r.peakRssMB, 0)} MB`,
        );
    }
  }
  if (haveGold && want('compromise')) {
    const cruns = quick ? 1 : 3;
    console.log(
      `\ncompromise 14 on the same English texts, in its own process (median of ${cruns} after a warm-up)`,
    );
    for (const variant of ['dates', 'nodates']) {
      const r = child('compromise', [String(cruns), variant]);
      results[`compromise_${variant}`] = r;
      const what =
        variant === 'dates' && r.datesPlugin
          ? 'people, places, organizations, quotations, dates (compromise-dates)'
          : 'people, places, organizations, quotations';
      if (r.MBps === undefined) {
        console.log(`  ${what}: failed ${JSON.stringify(r)}`);
        continue;
      }
      const en = results.throughput_en?.MBps;
      const ratio = en ? en / r.MBps : null;
      results[`enVsCompromise_${variant}`] = ratio;
      console.log(
        `  ${what}: ${fmt(r.ms, 0)} ms → ${fmt(r.MBps, 3)} MB/s, peak RSS ${fmt(r.peakRssMB, 0)} MB` +
          (r.dateCrashesPerPass ? `, compromise-dates threw on ${r.dateCrashesPerPass} docs (guarded)` : '') +
          (ratio ? `; extract English is ${fmt(ratio, 1)}× faster` : ''),
      );
      if (variant === 'dates' && !r.datesPlugin) break; // compromise-dates not installed: one variant
    }
    results.enVsCompromise = results.enVsCompromise_dates ?? results.enVsCompromise_nodates;
  }

  if (want('cold')) {
    const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
    try {
      const bare = [];
      for (let i = 0; i < procRuns; i++) {
        const t0 = performance.now();
        spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
        bare.push(performance.now() - t0);
      }
      results.nodeStartMs = median(bare);
      const help = timeProcess(['--help'], procRuns);
      const art = articleFile(dir, haveGold);
      const article = timeProcess(['--json', art.file], procRuns);
      results.coldHelp = help;
      results.coldArticle = { ...article, bytes: art.bytes };
      console.log(`\ncold start, whole process (median of ${procRuns})`);
      console.log(`  node -e '' (Node itself, for reference): ${fmt(results.nodeStartMs, 0)} ms`);
      console.log(`  extract --help: ${fmt(help.ms, 0)} ms  [${help.times.join(' ')}]`);
      console.log(
        `  extract --json <${art.bytes} B article>: ${fmt(article.ms, 0)} ms  [${article.times.join(' ')}]`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (want('adversarial')) {
    const limit = quick ? 6000 : 15000;
    console.log(`\n1 MB documents (extract() time in a fresh process; stopped after ${limit / 1000} s)`);
    results.adversarial = {};
    for (const kind of Object.keys(ADVERSARIAL)) {
      const row = {};
      for (const lang of ['id', 'en']) row[lang] = child('adversarial', [kind, lang], limit + 5000);
      results.adversarial[kind] = row;
      const cell = (r) =>
        r.timedOut
          ? `> ${limit / 1000} s`
          : r.failed
            ? `ERROR ${r.failed.slice(0, 60)}`
            : `${fmt(r.ms, 0)} ms`;
      const rss = Math.max(row.id.peakRssMB ?? 0, row.en.peakRssMB ?? 0);
      console.log(
        `  ${kind.padEnd(28)} id ${cell(row.id).padStart(9)}   en ${cell(row.en).padStart(9)}   peak RSS ${fmt(rss, 0)} MB`,
      );
    }
  }

  // ------------------------------------------------------------ targets
  console.log('\ntargets');
  const idOk = results.throughput_id ? results.throughput_id.MBps >= TARGETS.idMBps : null;
  console.log(
    `  Indonesian ≥ ${TARGETS.idMBps} MB/s: ${fmt(results.throughput_id?.MBps)} MB/s — ${mark(idOk)}`,
  );
  const ratioOk = results.enVsCompromise ? results.enVsCompromise >= TARGETS.enVsCompromise : null;
  console.log(
    `  English ≥ ${TARGETS.enVsCompromise}× compromise's full pipeline: ${fmt(results.enVsCompromise, 1)}× — ${mark(ratioOk)}` +
      (results.enVsCompromise_nodates
        ? ` (${fmt(results.enVsCompromise_nodates, 1)}× compromise without dates)`
        : ''),
  );
  if (results.coldHelp) {
    console.log(
      `  --help ≤ ${TARGETS.helpMs} ms: ${fmt(results.coldHelp.ms, 0)} ms — ${mark(results.coldHelp.ms <= TARGETS.helpMs)}`,
    );
    console.log(
      `  5 KB article ≤ ${TARGETS.articleMs} ms: ${fmt(results.coldArticle.ms, 0)} ms — ${mark(results.coldArticle.ms <= TARGETS.articleMs)}`,
    );
  }
  if (results.adversarial) {
    const slow = [];
    for (const [kind, row] of Object.entries(results.adversarial)) {
      for (const [lang, r] of Object.entries(row))
        if (!(r.ms < TARGETS.oneMBms)) slow.push(`${kind} (${lang})`);
    }
    console.log(
      `  every 1 MB document < ${TARGETS.oneMBms / 1000} s: ${slow.length ? `MISSED by ${slow.join(', ')}` : 'ok'}`,
    );
  }
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
}

await main();
