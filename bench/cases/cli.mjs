// CLI throughput on a corpus of many small files made from ../shared/eval/raw: `news-lens analyze` with one
// job and with every core, against bare compromise parsing of the same files (also in a fresh process, so
// start-up, file reading and JIT warm-up are paid by both), plus `news-lens lint` over the same corpus.
// Each file is unique (paragraphs carry the file number), so the engine's paragraph cache can't skip work.
// Env: NEWS_LENS_BENCH_CLI_FILES=n sets the file count (default 5000); BENCH_QUICK=1 uses 1000 files.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Paragraphs per generated file: small news items keep 5,000 files within a couple of minutes. */
const PARAGRAPHS_PER_FILE = 2;

function makeCorpus(rawDir, count) {
  const articles = fs.readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(rawDir, f), 'utf8').trim().split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-cli-'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const article = articles[i % articles.length];
    const round = Math.floor(i / articles.length);
    const start = (round * PARAGRAPHS_PER_FILE) % Math.max(1, article.length - PARAGRAPHS_PER_FILE + 1);
    const text = article.slice(start, start + PARAGRAPHS_PER_FILE).map((p) => `${p} (Item ${i}.)`).join('\n\n') + '\n';
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, `${String(i).padStart(5, '0')}_item.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes };
}

/** CPU seconds used by waited-for children so far (Linux /proc; null elsewhere). */
function childCpuSeconds() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After "pid (comm) ", field 3 is state; cutime and cstime are fields 16 and 17 (1-based over the whole line).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function run(args, outFile) {
  const out = fs.openSync(outFile, 'w');
  const cpuBefore = childCpuSeconds();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', out, 'pipe'] });
  const cpuAfter = childCpuSeconds();
  fs.closeSync(out);
  return { status: result.status, stderr: result.stderr.toString(), cpu: cpuBefore == null ? null : cpuAfter - cpuBefore };
}

/** Every file under a directory in name order, for the bare-parsing scripts (each runs in its own process). */
const WALK = `const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));`;

const BARE_SCRIPT = `
const fs = require('node:fs'), path = require('node:path');
const compromise = require(process.argv[1]);
const nlp = compromise.default ?? compromise;
${WALK}
let terms = 0;
for (const file of walk(process.argv[2])) terms += nlp(fs.readFileSync(file, 'utf8')).terms().length;
console.log(terms);
`;

// The same bare parsing spread over worker threads (files dealt round-robin): how much parallel speed-up this
// machine gives compromise at all, so the CLI's speed-up can be judged against it rather than against an ideal.
const BARE_THREADS_SCRIPT = `
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs'), path = require('node:path');
if (isMainThread) {
  const [compromise, dir, threads] = process.argv.slice(2);
  ${WALK}
  const files = walk(dir);
  const n = Number(threads);
  let terms = 0, done = 0;
  for (let i = 0; i < n; i++) {
    const worker = new Worker(__filename, { workerData: { compromise, files: files.filter((_, j) => j % n === i) } });
    worker.on('message', (count) => { terms += count; if (++done === n) console.log(terms); });
    worker.on('error', (error) => { console.error(error); process.exit(1); });
  }
} else {
  const compromise = require(workerData.compromise);
  const nlp = compromise.default ?? compromise;
  let terms = 0;
  for (const file of workerData.files) terms += nlp(fs.readFileSync(file, 'utf8')).terms().length;
  parentPort.postMessage(terms);
}
`;

function sha(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export async function cases(ctx) {
  const group = 'cli';
  const built = path.join(ctx.root, 'dist/cli.js');
  if (!fs.existsSync(built)) return [ctx.skip(group, 'news-lens analyze', 'dist/cli.js not built')];
  if (!ctx.sharedDir) return [ctx.skip(group, 'news-lens analyze', '../shared absent')];
  const count = Number.parseInt(process.env.NEWS_LENS_BENCH_CLI_FILES ?? '', 10) || (process.env.BENCH_QUICK === '1' ? 1000 : 5000);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const { dir, bytes } = makeCorpus(path.join(ctx.sharedDir, 'eval/raw'), count);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-cli-out-'));
  // Every run uses the same build even if dist/ is rebuilt meanwhile (the CLI finds its worker next to it).
  const cli = path.join(outDir, 'cli.js');
  fs.copyFileSync(built, cli);
  const worker = path.join(ctx.root, 'dist/cli-worker.js');
  if (fs.existsSync(worker)) fs.copyFileSync(worker, path.join(outDir, 'cli-worker.js'));
  const compromise = path.join(ctx.root, 'node_modules/compromise');
  const label = `${count} files, ${(bytes / 1e6).toFixed(2)} MB`;
  const rate = (ms) => `${Math.round(count / (ms / 1000))} files/s, ${Math.round(bytes / 1024 / (ms / 1000))} KB/s`;
  const cpuNote = (cpu) => (cpu == null ? '' : `, ${cpu.toFixed(1)} s CPU`);
  const rows = [];
  try {
    let bare = null;
    const bareMs = await ctx.median(() => {
      bare = run(['-e', BARE_SCRIPT, compromise, dir], path.join(outDir, 'bare.txt'));
      if (bare.status !== 0) throw new Error(`bare parse failed: ${bare.stderr}`);
    }, 1);
    rows.push({ group, name: `bare nlp(text) per file, fresh process, ${label}`, medianMs: bareMs, note: rate(bareMs) + cpuNote(bare.cpu) });

    const bareThreadsScript = path.join(outDir, 'bare-threads.cjs');
    fs.writeFileSync(bareThreadsScript, BARE_THREADS_SCRIPT);
    let bareThreads = null;
    const bareThreadsMs = await ctx.median(() => {
      bareThreads = run([bareThreadsScript, compromise, dir, String(cores)], path.join(outDir, 'bare-threads.txt'));
      if (bareThreads.status !== 0) throw new Error(`bare parse in threads failed: ${bareThreads.stderr}`);
    }, 1);
    const sameTerms = fs.readFileSync(path.join(outDir, 'bare.txt'), 'utf8') === fs.readFileSync(path.join(outDir, 'bare-threads.txt'), 'utf8');
    const ceiling = bareMs / bareThreadsMs;
    rows.push({
      group, name: `bare nlp(text) in ${cores} worker threads, ${label}`, medianMs: bareThreadsMs, baselineName: 'bare, 1 thread', baselineMs: bareMs,
      ratio: bareThreadsMs / bareMs,
      note: `speed-up ${ceiling.toFixed(2)}×: what this machine gives the same parsing on ${cores} cores${cpuNote(bareThreads.cpu)}${sameTerms ? '' : '; term count DIFFERS'}`,
    });

    const analyze = async (jobs) => {
      let last = null;
      const out = path.join(outDir, `analyze-${jobs}.jsonl`);
      const ms = await ctx.median(() => {
        last = run([cli, 'analyze', '--jobs', String(jobs), dir], out);
        if (last.status !== 0) throw new Error(`news-lens analyze --jobs ${jobs} exited ${last.status}: ${last.stderr.slice(0, 300)}`);
      }, 1);
      const lines = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
      if (lines !== count) throw new Error(`news-lens analyze --jobs ${jobs} printed ${lines} lines for ${count} files`);
      return { ms, cpu: last.cpu, out };
    };

    const one = await analyze(1);
    const oneRatio = one.ms / bareMs;
    rows.push({
      group, name: `news-lens analyze --jobs 1, ${label}`, medianMs: one.ms, baselineName: 'bare nlp(text)', baselineMs: bareMs, ratio: oneRatio,
      target: '≤ 1.3×', pass: oneRatio <= 1.3, note: rate(one.ms) + cpuNote(one.cpu),
    });

    const all = await analyze(cores);
    const speedup = one.ms / all.ms;
    const identical = sha(one.out) === sha(all.out);
    const wanted = 0.75 * cores;
    rows.push({
      group, name: `news-lens analyze --jobs ${cores} (all cores), ${label}`, medianMs: all.ms, baselineName: '--jobs 1', baselineMs: one.ms, ratio: all.ms / one.ms,
      target: `speed-up ≥ ${wanted.toFixed(2)}× (0.75 × ${cores} cores)`, pass: speedup >= wanted && identical,
      note: `speed-up ${speedup.toFixed(2)}× (bare parsing's own: ${ceiling.toFixed(2)}×); ${rate(all.ms)}${cpuNote(all.cpu)}; output ${identical ? 'identical to' : 'DIFFERS from'} --jobs 1; load average ${os.loadavg()[0].toFixed(1)}`,
    });

    let lint = null;
    const lintMs = await ctx.median(() => {
      lint = run([cli, 'lint', '--jobs', String(cores), dir], path.join(outDir, 'lint.txt'));
      if (lint.status === 2) throw new Error(`news-lens lint failed: ${lint.stderr.slice(0, 300)}`);
    }, 1);
    rows.push({ group, name: `news-lens lint --jobs ${cores}, ${label}`, medianMs: lintMs, note: rate(lintMs) + cpuNote(lint.cpu) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  return rows;
}
