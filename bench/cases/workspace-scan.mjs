// The Speakers view's workspace scope without VS Code: read, decode and analyse 500 articles in slices that
// yield to the event loop (scanArticles), then merge their speakers into one tree (buildSpeakerTree). Also
// reports the longest time the event loop was held, which is what would freeze an extension host.
// Articles are the ../shared/eval/raw ones, repeated with every paragraph marked " [round]" so that no
// repeat is a parse-cache hit. BENCH_SCAN_ARTICLES=n changes the count (default 500).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { TextEncoder } from 'node:util';

const require = createRequire(import.meta.url);

/** Bundles src/core/speakerTree.ts (it is not part of dist/core.js) to a temporary CommonJS file. */
async function loadModel(root) {
  const esbuild = require('esbuild');
  const outfile = path.join(os.tmpdir(), `news-lens-bench-speakerTree-${process.pid}.cjs`);
  await esbuild.build({
    absWorkingDir: root, entryPoints: ['src/core/speakerTree.ts'], bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile, logLevel: 'warning',
  });
  try {
    return require(outfile);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}

function buildArticles(rawDir, count) {
  const originals = fs.readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(rawDir, f), 'utf8'));
  const articles = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / originals.length);
    const original = originals[i % originals.length];
    const text = round === 0 ? original : original.replace(/[^\S\n]*(\n|$)/g, (_m, end, at) => (at > 0 && original[at - 1] !== '\n' ? ` [${round}]${end}` : end));
    articles.push({ uri: `mem:/bench/${String(i).padStart(3, '0')}_article.txt`, label: `${String(i).padStart(3, '0')}_article.txt`, bytes: new TextEncoder().encode(text) });
  }
  return articles;
}

/** Largest gap between ticks of a 10 ms timer while `fn` runs: how long the event loop was held at once. */
async function withLongestStall(fn) {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    const result = await fn();
    return { result, longest: Math.max(longest, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

export async function cases(ctx) {
  const group = 'workspace scan';
  if (!ctx.engine) return [ctx.skip(group, 'scan + merge', 'dist/core.js not built')];
  if (!ctx.sharedDir) return [ctx.skip(group, 'scan + merge', '../shared absent')];
  const count = Number.parseInt(process.env.BENCH_SCAN_ARTICLES ?? '', 10) || 500;
  const model = await loadModel(ctx.root);
  const articles = buildArticles(path.join(ctx.sharedDir, 'eval/raw'), count);
  const sources = articles.map((a) => ({ uri: a.uri, label: a.label, read: async () => a.bytes }));
  const megabytes = articles.reduce((sum, a) => sum + a.bytes.length, 0) / 1e6;
  const rows = [];

  // One full scan (it takes minutes on a loaded machine); a fresh Analyzer so nothing is cached.
  let scanned;
  let stall = 0;
  const scanMs = await ctx.median(async () => {
    const analyzer = new ctx.engine.Analyzer();
    const measured = await withLongestStall(() => model.scanArticles(sources, { analyze: (text) => analyzer.analyze(text) }));
    scanned = measured.result;
    stall = measured.longest;
  }, 1);
  rows.push({
    group, name: `scan: read + decode + analyze ${count} articles (${megabytes.toFixed(1)} MB), in-process`, medianMs: scanMs,
    note: `${(scanMs / count).toFixed(0)} ms/article; longest event-loop hold ${stall.toFixed(0)} ms (one article); the extension runs this in a worker thread`,
  });

  const mergeMs = await ctx.median(() => model.buildSpeakerTree(scanned.articles, { scope: 'workspace', sortBy: 'count' }), 5);
  const tree = model.buildSpeakerTree(scanned.articles, { scope: 'workspace', sortBy: 'count' });
  rows.push({
    group, name: `merge: speaker tree of ${scanned.articles.length} articles`, medianMs: mergeMs, target: '≤ 250 ms', pass: mergeMs <= 250,
    note: `${tree.roots.length} speakers, ${tree.statementCount} statements`,
  });
  const filterMs = await ctx.median(() => model.buildSpeakerTree(scanned.articles, { scope: 'workspace', sortBy: 'count', filter: 'said' }), 5);
  rows.push({ group, name: `filter "said" over ${scanned.articles.length} articles`, medianMs: filterMs, target: '≤ 100 ms', pass: filterMs <= 100 });
  const exportMs = await ctx.median(() => model.serialize(model.exportRows(tree.allStatements), 'csv'), 5);
  rows.push({ group, name: `export CSV of ${tree.allStatements.length} statements`, medianMs: exportMs, target: '≤ 100 ms', pass: exportMs <= 100 });
  return rows;
}
