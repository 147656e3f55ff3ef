// `npm run test:desktop`: the same extension-host suite as `npm run test:vscode`, in a desktop (Electron)
// VS Code that @vscode/test-electron downloads (or the one named by NEWS_LENS_VSCODE_EXECUTABLE).
// Where VS Code cannot be downloaded it says so and exits non-zero; it is not part of `npm test`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-desktop-'));
  const resultsFile = path.join(scratch, 'results.json');
  const executable = process.env.NEWS_LENS_VSCODE_EXECUTABLE;
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'suite', 'index.js'),
      launchArgs: [path.join(root, 'test', 'fixtures', 'ws'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
      extensionTestsEnv: {
        NEWS_LENS_REPO: root,
        NEWS_LENS_RESULTS: resultsFile,
        NEWS_LENS_TEST_GREP: process.env.NEWS_LENS_TEST_GREP ?? '',
      },
      cachePath: path.join(process.env.NEWS_LENS_CACHE ?? path.join(root, '.vscode-test'), 'desktop'),
      ...(executable ? { vscodeExecutablePath: executable } : {}),
    });
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!fs.existsSync(resultsFile) && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|download|getaddrinfo|fetch failed|socket/i.test(message)) {
      console.error(
        `\ntest:desktop: could not get a desktop VS Code (${message.split('\n')[0]}).\n` +
        '@vscode/test-electron downloads VS Code from update.code.visualstudio.com, which this machine cannot reach.\n' +
        'Run the same suite in a real VS Code server instead:   npm run test:vscode\n' +
        'or point this runner at an installed VS Code:           NEWS_LENS_VSCODE_EXECUTABLE=/path/to/code npm run test:desktop\n' +
        '(on Linux without a display, wrap it in xvfb-run -a).');
    } else {
      console.error(`test:desktop: the extension-host suite failed: ${message}`);
    }
    return 1;
  } finally {
    if (fs.existsSync(resultsFile)) {
      const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { passes: number; failures: number; pending: number; vscodeVersion: string };
      console.log(`desktop extension-host suite in VS Code ${results.vscodeVersion}: ${results.passes} passed, ${results.failures} failed, ${results.pending} pending`);
    }
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
