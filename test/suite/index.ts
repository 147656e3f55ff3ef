// Mocha entry point loaded by the VS Code extension host (code-server route and @vscode/test-electron alike).
// Loads every *.test.js next to it, honours NEWS_LENS_TEST_GREP, and writes the counts to NEWS_LENS_RESULTS
// so the runner outside the editor can report them.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface SuiteResults {
  passes: number;
  failures: number;
  tests: number;
  pending: number;
  failed: string[];
  vscodeVersion: string;
}

export function run(): Promise<void> {
  const grep = process.env.NEWS_LENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const stats = runner.stats;
        const results: SuiteResults = {
          passes: stats?.passes ?? 0,
          failures: stats?.failures ?? failures,
          tests: stats?.tests ?? 0,
          pending: stats?.pending ?? 0,
          failed,
          vscodeVersion: vscode.version,
        };
        const out = process.env.NEWS_LENS_RESULTS;
        if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed.`));
        else resolve();
      });
      runner.on('fail', (test) => failed.push(test.fullTitle()));
    } catch (error) {
      // A test file that throws while loading would otherwise end the run without any results.
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
