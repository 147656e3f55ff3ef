// Loads project TypeScript that dist/ does not expose (the VS Code adapters' vscode-free parts, the tree model,
// token building) by bundling it with esbuild to a temporary CommonJS file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);

/** `exports` is module source resolved from the repository root, e.g. "export * from './src/core/tokens';". */
export async function loadSources(root, label, exports) {
  const outfile = path.join(os.tmpdir(), `news-lens-bench-${label}-${process.pid}.cjs`);
  await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: exports, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning',
  });
  try {
    return require(outfile);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}
