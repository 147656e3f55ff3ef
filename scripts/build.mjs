// Bundles the extension, its worker, and the CLI into dist/ (and, with --tests, the test suites into out/).
// Usage: node scripts/build.mjs [--production] [--tests] [--watch]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const withTests = args.has('--tests');

const existing = (files) => files.filter((f) => fs.existsSync(path.join(root, f)));
const testFiles = (dir) => {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { recursive: true })
    .filter((f) => typeof f === 'string' && f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  minify: production,
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

const builds = [
  {
    ...common,
    entryPoints: existing(['src/vscode/extension.ts', 'src/vscode/analysisWorker.ts']),
    outdir: 'dist',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: existing(['src/cli/main.ts', 'src/cli/worker.ts']).map((f) => ({
      in: f, out: f === 'src/cli/main.ts' ? 'cli' : 'cli-worker',
    })),
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The engine alone, for scripts (eval) that score it without the CLI or the editor.
  { ...common, entryPoints: [{ in: 'src/core/index.ts', out: 'core' }], outdir: 'dist' },
];

if (withTests) {
  builds.push({
    ...common,
    entryPoints: [...testFiles('test/unit'), ...testFiles('test/grammar'), ...testFiles('test/suite'), ...existing(['test/runDesktop.ts'])],
    outdir: 'out/test',
    outbase: 'test',
    external: ['vscode', 'mocha', 'fast-check', 'vscode-textmate', 'vscode-oniguruma', '@vscode/test-electron'],
    minify: false,
  });
}

const started = Date.now();
await Promise.all(builds.filter((b) => b.entryPoints.length > 0).map((b) => esbuild.build(b)));
const cli = path.join(root, 'dist/cli.js');
if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
console.log(`built ${production ? 'production ' : ''}bundles${withTests ? ' and tests' : ''} in ${Date.now() - started} ms`);
