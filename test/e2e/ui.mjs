// UI checks: installs the PACKAGED .vsix into a real VS Code (code-server, without the smoke-test driver so
// that notifications show), opens the web workbench in headless Chromium and runs the steps of every
// test/e2e/steps/*.mjs in file-name order. Screenshots go to artifacts/shots/ (fail-*.png for failed steps).
//
// Usage: node test/e2e/ui.mjs [--no-package] [--summary FILE]
// Env: NEWS_LENS_UI_GREP (only steps whose "file: name" matches), THEME (initial colour theme), NEWS_LENS_CACHE.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { ROOT, installServer, serverVscodeVersion, startServer } from './server.mjs';
import { checkVsix } from './vsix.mjs';
import { createWorkbench } from './workbench.mjs';

const args = process.argv.slice(2);
const summaryIndex = args.indexOf('--summary');
const summaryFile = summaryIndex >= 0 ? path.resolve(args[summaryIndex + 1]) : undefined;
const grep = process.env.NEWS_LENS_UI_GREP ? new RegExp(process.env.NEWS_LENS_UI_GREP) : undefined;
const STEPS_DIR = path.join(ROOT, 'test/e2e/steps');
const SHOTS = path.join(ROOT, 'artifacts/shots');
const SEED = path.join(ROOT, '..', 'shared', 'seeds', '000_5d0278a4d8633017.txt');
const STEP_TIMEOUT = 120000;
const started = Date.now();
const lap = (message) => console.log(`[ui ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

const results = { passed: 0, failed: 0, failedSteps: [] };
const writeSummary = (extra = {}) => {
  if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify({ ...results, ...extra }, null, 2));
};

function packageVsix() {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const vsix = path.join(ROOT, `news-lens-${version}.vsix`);
  if (!args.includes('--no-package')) {
    const run = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error('npm run package failed');
  }
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package`);
  return vsix;
}

/** A scratch workspace: the fixtures, the samples and (when ../shared exists) the seed article, copied at run time. */
function makeWorkspace() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ui-ws-'));
  fs.cpSync(path.join(ROOT, 'test/fixtures/ws'), workspace, { recursive: true });
  fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  if (fs.existsSync(SEED)) fs.copyFileSync(SEED, path.join(workspace, path.basename(SEED)));
  return workspace;
}

async function loadSteps() {
  const files = fs.existsSync(STEPS_DIR) ? fs.readdirSync(STEPS_DIR).filter((f) => f.endsWith('.mjs')).sort() : [];
  const all = [];
  for (const file of files) {
    const module = await import(pathToFileURL(path.join(STEPS_DIR, file)).href);
    if (!Array.isArray(module.steps)) throw new Error(`test/e2e/steps/${file} does not export "steps" (an array)`);
    for (const step of module.steps) {
      if (typeof step?.name !== 'string' || typeof step.run !== 'function') throw new Error(`test/e2e/steps/${file}: every step needs { name, run }`);
      const feature = file.replace(/\.mjs$/, '');
      const id = `${feature}: ${step.name}`;
      if (!grep || grep.test(id)) all.push({ ...step, feature, id });
    }
  }
  return all;
}

const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms); }),
  ]);
};

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const old of fs.readdirSync(SHOTS).filter((f) => f.startsWith('fail-'))) fs.rmSync(path.join(SHOTS, old));

  // The package is part of what is checked: the UI runs against exactly what users install.
  const vsix = packageVsix();
  const { size, entries, problems } = checkVsix(vsix);
  if (args.includes('--no-package')) {
    // The caller (npm test) built and checked the package itself: do not count that check twice.
  } else if (problems.length) {
    results.failed++;
    results.failedSteps.push(`package: ${problems.join('; ')}`);
    lap(`FAIL package ${path.basename(vsix)}: ${problems.join('; ')}`);
  } else {
    results.passed++;
    lap(`ok   package ${path.basename(vsix)}: ${(size / 1024).toFixed(0)} KB, ${entries.length} entries, only allow-listed files`);
  }

  const steps = await loadSteps();
  installServer();
  const workspace = makeWorkspace();
  const server = await startServer({ vsix, theme: process.env.THEME });
  const browser = await launchBrowser();
  try {
    lap(`VS Code ${serverVscodeVersion()} (code-server) on ${server.url}; ${steps.length} step(s)`);
    const ui = createWorkbench({
      page: browser.page, serverUrl: server.url, workspace, shotsDir: SHOTS,
      userSettingsFile: path.join(server.runDir, 'user-data/User/settings.json'),
    });
    await ui.openFolder();
    let feature;
    for (const step of steps) {
      if (step.feature !== feature) {
        feature = step.feature;
        // Each feature's steps start from the same state: no editors, no open pickers.
        await ui.closeAllEditors().catch(() => {});
      }
      try {
        await withTimeout(Promise.resolve().then(() => step.run(ui)), step.timeout ?? STEP_TIMEOUT, step.id);
        results.passed++;
        lap(`ok   ${step.id}`);
      } catch (error) {
        results.failed++;
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        results.failedSteps.push(`${step.id}: ${message}`);
        const shot = `fail-${step.id.replace(/[^\w-]+/g, '_').slice(0, 80)}`;
        await ui.shot(shot).catch(() => {});
        lap(`FAIL ${step.id}: ${message} (artifacts/shots/${shot}.png)`);
        await ui.dismiss().catch(() => {});
      }
    }
  } finally {
    await browser.close();
    server.stop({ removeRunDir: results.failed === 0 });
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  results.failed++;
  results.failedSteps.push(`harness: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`ui checks: ${error instanceof Error ? error.stack : String(error)}`);
}
writeSummary({ seconds: Math.round((Date.now() - started) / 100) / 10 });
console.log(`ui checks: ${results.passed} passed, ${results.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (results.failed) exitCode = 1;
process.exit(exitCode);
