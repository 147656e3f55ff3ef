// `npm test`: every layer, in order, each counted; exits non-zero when any layer fails. The LAST line of
// output is the total over all layers, exactly "N passed, N failed".
//
// Layers: typecheck, lint, build, unit (+grammar) tests in plain Node, package (+ .vsix content check),
// the extension-host suite inside a real VS Code, UI checks in headless Chromium against the packaged .vsix.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkVsix } from '../test/e2e/vsix.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'node_modules/.bin');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-test-all-'));
const LAYER_TIMEOUT_MS = 20 * 60 * 1000;
const started = Date.now();
const layers = [];

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', timeout: LAYER_TIMEOUT_MS, ...options });
  if (result.error) console.error(`${command} ${args.join(' ')}: ${result.error.message}`);
  return result;
}

/** Runs one layer: `body` returns { passed, failed, detail? }; an exception counts as one failure. */
function layer(name, body) {
  console.log(`\n━━━ ${name} ━━━`);
  const since = Date.now();
  let outcome;
  try {
    outcome = body();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    outcome = { passed: 0, failed: 1, detail: 'error' };
  }
  const entry = { name, ...outcome, seconds: seconds(since) };
  layers.push(entry);
  console.log(`━━━ ${name}: ${entry.passed} passed, ${entry.failed} failed${entry.detail ? ` (${entry.detail})` : ''} in ${entry.seconds} s`);
  return entry;
}

const check = (ok, detail) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, detail });
const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined);

/** Compiled tests whose source still exists (out/ is not cleaned, so a deleted test must not linger). */
function compiledTests(dir) {
  const source = path.join(ROOT, 'test', dir);
  if (!fs.existsSync(source)) return [];
  return fs.readdirSync(source, { recursive: true })
    .filter((f) => typeof f === 'string' && f.endsWith('.test.ts'))
    .map((f) => path.join(ROOT, 'out/test', dir, f.replace(/\.ts$/, '.js')))
    .sort();
}

function missingSystemTools() {
  const missing = [];
  const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) missing.push('chromium');
  if (spawnSync('dpkg', ['-s', 'libkrb5-dev'], { stdio: 'ignore' }).status !== 0) missing.push('libkrb5-dev');
  return missing;
}

layer('typecheck (tsc --noEmit)', () => check(run(path.join(BIN, 'tsc'), ['--noEmit', '-p', '.']).status === 0));
layer('lint (eslint src test scripts)', () => check(run(path.join(BIN, 'eslint'), ['src', 'test', 'scripts']).status === 0));
const build = layer('build (esbuild bundles + tests)', () => check(run(process.execPath, ['scripts/build.mjs', '--tests']).status === 0));

// Provisioned before the unit layer: the theme tests read VS Code's own theme files from the server.
const provision = layer('provision VS Code (code-server, cached in .vscode-test/)', () => {
  const missing = missingSystemTools();
  if (missing.length) {
    console.error(`Missing Debian packages: ${missing.join(' ')}\nInstall them with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
    return check(false, `missing ${missing.join(' ')}`);
  }
  return check(run('bash', ['scripts/vscode-server.sh', 'install']).status === 0);
});

layer('unit tests (mocha, plain Node)', () => {
  const files = [...compiledTests('unit'), ...compiledTests('grammar')];
  if (files.length === 0) return { passed: 0, failed: 0, detail: 'no test files' };
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`not built: ${missing.map((f) => path.relative(ROOT, f)).join(', ')}`);
  const report = path.join(scratch, 'unit.json');
  // --exit: a test that leaves a timer or worker behind must not hang the whole run.
  const result = run(path.join(BIN, 'mocha'), ['--reporter', path.join(ROOT, 'scripts/mocha-summary-reporter.cjs'), '--exit', ...files],
    { env: { ...process.env, NEWS_LENS_MOCHA_SUMMARY: report } });
  const json = readJson(report);
  if (!json) return { passed: 0, failed: 1, detail: `mocha exited ${result.status ?? result.signal} without a report` };
  const { passes, failures, pending } = json;
  console.log(`  ${files.length} files: ${passes} passing, ${failures} failing, ${pending} pending`);
  return { passed: passes, failed: failures + (result.status !== 0 && failures === 0 ? 1 : 0), detail: pending ? `${pending} pending` : undefined };
});

let vsix;
layer('package (vsce → .vsix, content check)', () => {
  if (run('npm', ['run', '-s', 'package'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) return check(false, 'npm run package failed');
  const version = readJson(path.join(ROOT, 'package.json')).version;
  vsix = path.join(ROOT, `news-lens-${version}.vsix`);
  const { size, entries, problems } = checkVsix(vsix);
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  console.log(`  ${path.basename(vsix)}: ${(size / 1024).toFixed(0)} KB, ${entries.length} entries`);
  return check(problems.length === 0, `${(size / 1024).toFixed(0)} KB`);
});


for (const [name, script, summaryName] of [
  ['extension-host suite (mocha inside VS Code)', 'scripts/run-vscode-tests.mjs', 'suite.json'],
  ['UI checks (Chromium, packaged .vsix)', 'test/e2e/ui.mjs', 'ui.json'],
]) {
  layer(name, () => {
    if (build.failed || provision.failed) return check(false, 'skipped: build or provisioning failed');
    if (summaryName === 'ui.json' && !vsix) return check(false, 'skipped: no .vsix');
    const summary = path.join(scratch, summaryName);
    const result = run(process.execPath, [script, '--no-build', '--no-package', '--summary', summary]);
    const json = readJson(summary);
    if (!json) return check(false, `exited ${result.status} without a summary`);
    // The suite reports mocha's {passes, failures}; the UI runner {passed, failed}.
    const passed = Number(summaryName === 'suite.json' ? json.passes : json.passed) || 0;
    let failed = Number(summaryName === 'suite.json' ? json.failures : json.failed) || 0;
    if (result.status !== 0 && failed === 0) failed = 1;
    return { passed, failed, detail: json.vscodeVersion ? `VS Code ${json.vscodeVersion}` : undefined };
  });
}

fs.rmSync(scratch, { recursive: true, force: true });
const total = layers.reduce((sum, l) => ({ passed: sum.passed + l.passed, failed: sum.failed + l.failed }), { passed: 0, failed: 0 });
console.log(`\nSummary (${seconds(started)} s):`);
for (const l of layers) console.log(`  ${l.failed ? '✗' : '✓'} ${l.name.padEnd(58)} ${String(l.passed).padStart(4)} passed ${String(l.failed).padStart(3)} failed  ${l.seconds.padStart(6)} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed ? 1 : 0;
