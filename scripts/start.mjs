// `npm start`: builds News Lens and opens samples/ in a real VS Code with the extension loaded.
// - With a desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> --wait samples`.
// - Otherwise (or with NEWS_LENS_SERVER=1): a local VS Code server (code-server, provisioned into
//   .vscode-test/) with a freshly packaged .vsix of this source tree installed; prints its URL.
// Ctrl-C (SIGINT/SIGTERM) stops everything it started.
// Options: --check  open the URL in headless Chromium, verify the sample opens as News Text, then stop.
// Env: NEWS_LENS_PORT (default: a free port), THEME (colour theme).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setInterval } from 'node:timers';
import { ROOT, installServer, startServer } from '../test/e2e/server.mjs';

const SAMPLES = path.join(ROOT, 'samples');
const checkOnly = process.argv.includes('--check');

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function runOrDie(command, args, what, stdout = 'inherit') {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', stdout, 'inherit'] });
  if (result.status !== 0) {
    console.error(`npm start: ${what} failed`);
    process.exit(1);
  }
}

function startDesktop() {
  console.log(`Opening ${SAMPLES} in VS Code with News Lens loaded from ${ROOT} (Ctrl-C to stop)`);
  const code = spawn('code', [`--extensionDevelopmentPath=${ROOT}`, '--new-window', '--wait', SAMPLES], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => code.kill(signal));
  code.on('exit', (status) => process.exit(status ?? 0));
}

async function checkInBrowser(url) {
  const { launchBrowser } = await import('../test/e2e/browser.mjs');
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    await page.goto(url);
    const sample = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()[0];
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: sample }).click({ timeout: 60000 });
    await page.locator('#status\\.editor\\.mode', { hasText: 'News Text' }).waitFor({ timeout: 30000 });
    await page.locator('.activitybar li.action-item:has(a.action-label[aria-label^="News Lens"])').waitFor({ timeout: 10000 });
    console.log(`check: ${sample} opened as News Text, News Lens is in the activity bar`);
    return true;
  } catch (error) {
    console.error(`check failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    await browser.close();
  }
}

async function startWebServer() {
  installServer();
  console.log('Packaging this source tree as a .vsix …');
  runOrDie('npm', ['run', '-s', 'package'], 'npm run package', 'ignore');
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const vsix = path.join(ROOT, `news-lens-${version}.vsix`);
  if (process.env.NEWS_LENS_PORT) process.env.CS_PORT = process.env.NEWS_LENS_PORT;
  const server = await startServer({ vsix, folder: SAMPLES, theme: process.env.THEME });
  const installed = fs.readdirSync(path.join(server.runDir, 'extensions')).filter((d) => d.startsWith('news-lens.news-lens-'));
  if (installed.length === 0) {
    console.error('npm start: the News Lens extension was not installed into the server');
    server.stop();
    process.exit(1);
  }
  const url = `${server.url}/?folder=${encodeURIComponent(SAMPLES)}`;
  console.log(`\nNews Lens ${version} is running in VS Code (code-server) with ${installed[0]} installed:\n\n    ${url}\n`);
  console.log(`Open that URL in a browser on this machine. Server log: ${path.join(server.runDir, 'server.log')}. Ctrl-C stops it.`);
  if (checkOnly) {
    const ok = await checkInBrowser(url);
    server.stop();
    process.exit(ok ? 0 : 1);
  }
  // Stay in the foreground until Ctrl-C (server.mjs stops the server on SIGINT/SIGTERM) or the server dies.
  const pidFile = path.join(server.runDir, 'server.pid');
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  const parent = process.ppid;
  setInterval(() => {
    // `kill <npm's pid>` ends npm without passing the signal on: notice being orphaned and stop too.
    if (process.ppid !== parent) {
      console.error('npm start: parent process ended, stopping the VS Code server');
      process.exit(0);
    }
    try {
      process.kill(pid, 0);
    } catch {
      console.error('npm start: the VS Code server stopped');
      process.exit(1);
    }
  }, 1000);
}

runOrDie(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], 'the build');
if (onPath('code') && process.env.NEWS_LENS_SERVER !== '1' && !checkOnly) startDesktop();
else await startWebServer();
