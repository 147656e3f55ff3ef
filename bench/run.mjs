// One benchmark table from one run. Every bench/cases/*.mjs exports `async function cases(ctx)` returning rows
// { group, name, medianMs, baselineName?, baselineMs?, ratio?, target?, pass?, note? }.
// Run with `npm run bench` (builds first, runs node --expose-gc). BENCH_RUNS=n changes the repeat count;
// BENCH_FILTER=text runs only case files whose name contains text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const shared = path.resolve(root, '../shared');
const runsOverride = Number.parseInt(process.env.BENCH_RUNS ?? '', 10);

/** Median wall time in ms of `runs` calls of `fn` (awaited), with a gc before each when available. */
async function median(fn, runs = 5) {
  const count = Number.isFinite(runsOverride) && runsOverride > 0 ? runsOverride : runs;
  const times = [];
  for (let i = 0; i < count; i++) {
    globalThis.gc?.();
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  return middle(times);
}

/**
 * Medians of a baseline and a candidate measured alternately, so machine drift hits both alike, and the
 * median of each run's candidate/baseline ratio: a load spike lasting one run then moves one ratio, not
 * the result.
 */
async function compare(baselineFn, fn, runs = 5) {
  const count = Number.isFinite(runsOverride) && runsOverride > 0 ? runsOverride : runs;
  const baseline = [];
  const candidate = [];
  for (let i = 0; i < count; i++) {
    globalThis.gc?.();
    let started = performance.now();
    await baselineFn(i);
    baseline.push(performance.now() - started);
    globalThis.gc?.();
    started = performance.now();
    await fn(i);
    candidate.push(performance.now() - started);
  }
  return { baselineMs: middle(baseline), medianMs: middle(candidate), pairedRatio: middle(candidate.map((ms, i) => ms / baseline[i])) };
}

function middle(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * ~1 MB of real news: the ../shared/eval/raw articles concatenated up to whole paragraphs. They hold only
 * ~220 KB, so later rounds mark every paragraph with " [round]": repeated paragraphs would otherwise be
 * parse-cache hits and flatter the engine against the bare parse.
 */
function buildCorpus(targetChars = 1_000_000) {
  const dir = path.join(shared, 'eval/raw');
  if (!fs.existsSync(dir)) return null;
  const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim());
  if (articles.length === 0) return null;
  const parts = [];
  let length = 0;
  for (let i = 0; length < targetChars; i++) {
    const round = Math.floor(i / articles.length);
    const original = articles[i % articles.length];
    const article = round === 0 ? original : original.replace(/[^\S\n]*(\n|$)/g, (_m, end, at) => (at > 0 && original[at - 1] !== '\n' ? ` [${round}]${end}` : end));
    parts.push(article);
    length += article.length + 2;
  }
  let text = parts.join('\n\n');
  const cut = text.lastIndexOf('\n\n', targetChars);
  if (cut > targetChars * 0.9) text = text.slice(0, cut);
  const file = path.join(os.tmpdir(), `news-lens-bench-corpus-${targetChars}.txt`);
  fs.writeFileSync(file, text);
  return file;
}

function loadEngine() {
  const bundle = path.join(root, 'dist/core.js');
  return fs.existsSync(bundle) ? require(bundle) : null;
}

const seedPath = path.join(shared, 'seeds/000_5d0278a4d8633017.txt');
const ctx = {
  root,
  median,
  compare,
  /** The engine bundle (dist/core.js), or null when not built. */
  engine: loadEngine(),
  /** Path of the seed article, or null when ../shared is absent. */
  seedPath: fs.existsSync(seedPath) ? seedPath : null,
  /** Path of the ~1 MB corpus, or null when ../shared is absent. */
  corpusPath: buildCorpus(),
  sharedDir: fs.existsSync(shared) ? shared : null,
  /** A row saying why a measurement was skipped. */
  skip: (group, name, why) => ({ group, name, medianMs: null, note: `skipped: ${why}` }),
};

const casesDir = path.join(import.meta.dirname, 'cases');
const filter = process.env.BENCH_FILTER ?? '';
const caseFiles = fs.existsSync(casesDir) ? fs.readdirSync(casesDir).filter((f) => f.endsWith('.mjs') && f.includes(filter)).sort() : [];
const rows = [];
for (const file of caseFiles) {
  try {
    const module = await import(pathToFileURL(path.join(casesDir, file)).href);
    const produced = await module.cases(ctx);
    for (const row of produced ?? []) rows.push(complete(row));
  } catch (error) {
    rows.push({ group: file, name: '(case file failed)', medianMs: null, note: `error: ${error instanceof Error ? error.message : String(error)}` });
  }
}

function complete(row) {
  const ratio = row.ratio ?? (row.baselineMs && row.medianMs != null ? row.medianMs / row.baselineMs : undefined);
  return { ...row, ratio };
}

const format = (value, digits = 1) => (value == null || Number.isNaN(value) ? '' : typeof value === 'number' ? value.toFixed(digits) : String(value));
const table = rows.map((r) => [
  r.group,
  r.name,
  format(r.medianMs),
  r.baselineName ?? '',
  format(r.baselineMs),
  r.ratio == null ? '' : format(r.ratio, 3),
  r.target ?? '',
  r.pass == null ? '' : r.pass ? 'PASS' : 'FAIL',
  r.note ?? '',
]);
const header = ['group', 'case', 'median ms', 'baseline', 'baseline ms', 'ratio', 'target', 'result', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ').trimEnd();
console.log(`News Lens benchmarks — node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of table) console.log(line(row));
const judged = rows.filter((r) => r.pass != null);
const passed = judged.filter((r) => r.pass).length;
const notRun = rows.filter((r) => /^(?:skipped|error)/.test(r.note ?? '')).length;
console.log(`${passed} of ${judged.length} targets passed${notRun ? ` (${notRun} rows skipped or failed)` : ''}.`);
