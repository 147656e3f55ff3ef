// Starts/stops a private code-server (scripts/vscode-server.sh) on a free loopback port, and makes sure it
// is stopped when this process ends (normal exit, failure, Ctrl-C, SIGTERM).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CACHE = process.env.NEWS_LENS_CACHE || path.join(ROOT, '.vscode-test');
const SERVER_SCRIPT = path.join(ROOT, 'scripts/vscode-server.sh');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function serverScript(args, env = {}) {
  return spawnSync('bash', [SERVER_SCRIPT, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
}

/** Provisions code-server into the cache (a no-op when already there). Throws with the script's advice on failure. */
export function installServer() {
  const result = serverScript(['install']);
  if (result.status !== 0) throw new Error('provisioning code-server failed (scripts/vscode-server.sh install); see the messages above');
}

const cleanups = new Set();
let exiting = false;
function runCleanups() {
  for (const cleanup of cleanups) {
    try { cleanup(); } catch { /* best effort while exiting */ }
  }
  cleanups.clear();
}
process.on('exit', runCleanups);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    console.error(`\n${signal}: stopping the VS Code server`);
    runCleanups();
    process.exit(130);
  });
}

/**
 * Starts code-server on its own port with its own run directory (.vscode-test/run-PORT).
 * options: { smoke: bool, vsix: path, folder: path, theme: name }. Returns { port, url, runDir, stop }.
 */
export async function startServer({ smoke = false, vsix, folder, theme } = {}) {
  const port = Number(process.env.CS_PORT) || await freePort();
  const env = { SMOKE: smoke ? '1' : '0' };
  if (vsix) env.VSIX = vsix;
  if (theme) env.THEME = theme;
  const runDir = path.join(CACHE, `run-${port}`);
  // stop({ removeRunDir: true }) after a clean run; otherwise the run dir (server.log) stays for diagnosis.
  const stop = ({ removeRunDir = false } = {}) => {
    cleanups.delete(stop);
    spawnSync('bash', [SERVER_SCRIPT, 'stop', String(port)], { stdio: 'ignore' });
    if (removeRunDir) fs.rmSync(runDir, { recursive: true, force: true });
  };
  cleanups.add(stop);
  const result = serverScript(['start', String(port), ...(folder ? [folder] : [])], env);
  if (result.status !== 0) {
    stop();
    throw new Error(`code-server did not start on port ${port}`);
  }
  return { port, url: `http://127.0.0.1:${port}`, runDir, stop };
}

/** The VS Code version code-server reports, e.g. "1.139.1" (from its package.json, no process needed). */
export function serverVscodeVersion() {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(CACHE, 'cs/node_modules/code-server/lib/vscode/package.json'), 'utf8'));
    return pkg.version;
  } catch {
    return 'unknown';
  }
}
