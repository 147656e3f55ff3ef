// `npm run test:vscode`: runs the mocha suite test/suite (built to out/test/suite) inside the extension host
// of a real VS Code (code-server), with News Lens loaded from this source tree, and exits non-zero on any
// failure or timeout. Each run has its own port, run directory and Chromium profile.
//
// Options: --no-build (the caller already ran `node scripts/build.mjs --tests`),
//          --summary FILE (write {passes, failures, tests, pending, vscodeVersion, exit} as JSON).
// Env: NEWS_LENS_TEST_GREP (mocha grep), NEWS_LENS_TEST_TIMEOUT (seconds, default 600), NEWS_LENS_CACHE.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from '../test/e2e/browser.mjs';
import { ROOT, installServer, serverVscodeVersion, startServer } from '../test/e2e/server.mjs';

const args = process.argv.slice(2);
const summaryIndex = args.indexOf('--summary');
const summaryFile = summaryIndex >= 0 ? path.resolve(args[summaryIndex + 1]) : undefined;
const timeoutSeconds = Number(process.env.NEWS_LENS_TEST_TIMEOUT) || 600;
const WORKSPACE = path.join(ROOT, 'test/fixtures/ws');
const started = Date.now();
let finished = false;

// The workbench's own start-up chatter and its complaints about the (unreachable) marketplace: not test output.
const NOISE = new RegExp([
  'open-vsx', 'ENOTFOUND', 'getaddrinfo', 'marketplace', 'Failed to fetch',
  '^Resolv(?:ing|ed) connection token', '^Creating a socket', '^\\[reconnection-grace-time\\]',
  '^Updating additional builtin extensions', '^\\[Service Worker\\]', '^\\[AgentHost', '^\\[AccountPolicyGate\\]',
].join('|'));

function writeSummary(summary) {
  if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
}

async function main() {
  if (!args.includes('--no-build')) {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--tests'], { stdio: 'inherit', cwd: ROOT });
    if (build.status !== 0) throw new Error('build failed');
  }
  const suiteEntry = path.join(ROOT, 'out/test/suite/index.js');
  if (!fs.existsSync(suiteEntry)) throw new Error(`${suiteEntry} is missing: run node scripts/build.mjs --tests`);
  installServer();

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-suite-'));
  const resultsFile = path.join(scratch, 'results.json');
  const server = await startServer({ smoke: true });
  const browser = await launchBrowser();
  let passed = false;
  try {
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const environment = {
      NEWS_LENS_REPO: ROOT,
      NEWS_LENS_RESULTS: resultsFile,
      NEWS_LENS_TEST_GREP: process.env.NEWS_LENS_TEST_GREP ?? '',
    };
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(suiteEntry)],
      ['extensionEnvironment', JSON.stringify(environment)],
    ];
    const { page } = browser;
    const exited = new Promise((resolve) => { void page.exposeFunction('codeAutomationExit', (code) => resolve(code)); });
    await page.exposeFunction('codeAutomationLog', (_type, logArgs) => {
      const line = format(...logArgs);
      if (!finished && !NOISE.test(line)) console.log(line);
    });
    console.log(`extension-host suite: VS Code ${serverVscodeVersion()} (code-server) on ${server.url}, workspace ${path.relative(ROOT, WORKSPACE)}` +
      (environment.NEWS_LENS_TEST_GREP ? `, grep ${JSON.stringify(environment.NEWS_LENS_TEST_GREP)}` : ''));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000); });
    const exit = await Promise.race([exited, timedOut]);
    clearTimeout(timer);

    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
    const summary = {
      passes: results?.passes ?? 0,
      failures: results?.failures ?? 0,
      tests: results?.tests ?? 0,
      pending: results?.pending ?? 0,
      vscodeVersion: results?.vscodeVersion ?? serverVscodeVersion(),
      exit,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    // A run that ended without results (crash, load error, timeout) counts as one failure.
    if (exit !== 0 && summary.failures === 0) summary.failures = 1;
    writeSummary(summary);
    console.log(`extension-host suite in VS Code ${summary.vscodeVersion}: ${summary.passes} passed, ${summary.failures} failed, ${summary.pending} pending` +
      ` (exit ${exit}, ${summary.seconds} s)`);
    if (exit === 'timeout') console.error(`the suite did not finish within ${timeoutSeconds} s (NEWS_LENS_TEST_TIMEOUT); server log: ${path.join(server.runDir, 'server.log')}`);
    else if (!results) console.error(`the suite wrote no results; server log: ${path.join(server.runDir, 'server.log')}`);
    passed = exit === 0 && summary.failures === 0;
    return passed ? 0 : 1;
  } finally {
    finished = true;
    await browser.close();
    server.stop({ removeRunDir: passed });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
  writeSummary({ passes: 0, failures: 1, tests: 0, pending: 0, exit: 'error', error: String(error) });
  process.exit(1);
});
