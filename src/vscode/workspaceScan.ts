import * as path from 'node:path';
import * as workerThreads from 'node:worker_threads';
import * as vscode from 'vscode';
import { scanArticles, type ArticleInput, type ScanResult, type ScanSource } from '../core/speakerTree';
import type { Analysis } from '../core/types';
import { InProcessBackend, WorkerBackend, type AnalysisBackend } from './analysisBackends';
import type { AnalysisService } from './analysisCache';
import { isNewsDocument } from './config';

/** The file patterns of the news language (package.json `languages[news]`), as one glob. */
export const NEWS_GLOB = '**/{[0-9][0-9][0-9]_*.txt,*.news.txt,*.news}';
const NEWS_NAME = /^(?:\d{3}_.*\.txt|.*\.news\.txt|.*\.news)$/i;
const EXCLUDE = '**/{node_modules,.git,.vscode-test,out,dist}/**';
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.vscode-test']);

export interface ScanSummary {
  readonly files: number;
  readonly skipped: number;
  readonly cancelled: boolean;
  readonly ms: number;
  /** Where the articles were analysed: `worker` unless worker threads could not start. */
  readonly backend: 'worker' | 'in-process';
}

/**
 * All news files of the workspace (or of folders given explicitly), analysed in the background and kept up
 * to date as files change on disk or are edited in open editors. Reads through `workspace.fs` only, so it
 * works in virtual workspaces.
 */
export class WorkspaceArticles implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleInput>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly inProcess = new InProcessBackend();
  private lastBackend: 'worker' | 'in-process' = 'in-process';
  /** The scan analyses in a worker thread of its own, so hundreds of articles never block the extension host. */
  private readonly worker = scanWorker();
  private readonly disposables: vscode.Disposable[] = [];
  private folders: readonly vscode.Uri[] | undefined;
  private scanning: { promise: Promise<ScanSummary>; cancel: vscode.CancellationTokenSource } | undefined;
  private scanned = false;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly skippedReported = new Set<string>();
  private folderWatchers: vscode.Disposable[] = [];

  constructor(private readonly analyses: AnalysisService) {
    this.disposables.push(
      ...this.watch(NEWS_GLOB),
      analyses.onDidAnalyze(({ document, analysis }) => this.takeDocument(document, analysis)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { if (this.scanned && !this.folders) void this.scan(); }),
    );
  }

  private watch(pattern: vscode.GlobPattern): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    return [
      watcher,
      watcher.onDidCreate((uri) => this.refreshFile(uri)),
      watcher.onDidChange((uri) => this.refreshFile(uri)),
      watcher.onDidDelete((uri) => this.removeFile(uri)),
    ];
  }

  /** The folders given to the last scan, if it did not scan the workspace folders. */
  get scannedFolders(): readonly vscode.Uri[] | undefined {
    return this.folders;
  }

  get hasScanned(): boolean {
    return this.scanned;
  }

  get isScanning(): boolean {
    return this.scanning !== undefined;
  }

  /** The articles in a stable order (by label), as the tree model expects them. */
  list(): ArticleInput[] {
    return [...this.articles.values()].sort((a, b) => a.label.localeCompare(b.label) || a.uri.localeCompare(b.uri));
  }

  /** Scans the workspace folders, or the given folders instead (e.g. a folder outside the workspace). */
  scan(folders?: readonly vscode.Uri[], options: { readonly silent?: boolean } = {}): Promise<ScanSummary> {
    this.scanning?.cancel.cancel();
    this.folders = folders && folders.length > 0 ? folders : undefined;
    for (const d of this.folderWatchers) d.dispose();
    // Folders outside the workspace need their own watchers; the workspace one covers the rest.
    this.folderWatchers = (this.folders ?? [])
      .filter((folder) => !vscode.workspace.getWorkspaceFolder(folder))
      .flatMap((folder) => this.watch(new vscode.RelativePattern(folder, NEWS_GLOB)));
    const cancel = new vscode.CancellationTokenSource();
    const run = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<ScanSummary> => {
      const started = Date.now();
      token?.onCancellationRequested(() => cancel.cancel());
      const sources = await this.sources(cancel.token);
      let reported = 0;
      const result = await scanArticles(sources, {
        analyze: (text) => this.analyze(text),
        isCancelled: () => cancel.token.isCancellationRequested,
        onProgress: (done, total) => {
          if (!progress || total === 0) return;
          const percent = (done / total) * 100;
          progress.report({ message: `${done}/${total} files`, increment: percent - reported });
          reported = percent;
        },
      });
      if (!result.cancelled || this.articles.size === 0) this.replaceAll(result);
      return { files: result.articles.length, skipped: result.skipped.length, cancelled: result.cancelled, ms: Date.now() - started, backend: this.lastBackend };
    };
    const promise = Promise.resolve(options.silent
      ? run()
      : vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'News Lens: scanning news files', cancellable: true },
        (progress, token) => run(progress, token),
      )).finally(() => {
      if (this.scanning?.cancel === cancel) {
        this.scanning = undefined;
        // Free the worker's parse caches between scans.
        this.worker?.release();
        this.inProcess.release();
      }
      cancel.dispose();
    });
    this.scanning = { promise, cancel };
    return promise;
  }

  private async analyze(text: string): Promise<Analysis> {
    const backend: AnalysisBackend = this.worker?.available ? this.worker : this.inProcess;
    try {
      const analysis = await backend.analyze(text, {}, { cancelled: false });
      this.lastBackend = backend.name;
      return analysis;
    } catch {
      // A crashed worker must not lose the article: analyse it here instead.
      this.lastBackend = 'in-process';
      return this.inProcess.analyze(text, {}, { cancelled: false });
    }
  }

  /** Resolves when the running scan (if any) is over. */
  async idle(): Promise<void> {
    while (this.scanning) await this.scanning.promise.catch(() => undefined);
  }

  private replaceAll(result: ScanResult): void {
    this.articles.clear();
    for (const article of result.articles) this.articles.set(article.uri, this.openVersion(article));
    this.scanned = true;
    const fresh = result.skipped.filter((s) => !this.skippedReported.has(s.label));
    if (fresh.length > 0) {
      for (const s of fresh) this.skippedReported.add(s.label);
      // Said once per file, not at every rescan.
      void vscode.window.showWarningMessage(`News Lens skipped ${fresh.length} file(s) that are not text or too large: ${fresh.slice(0, 3).map((s) => `${s.label} (${s.reason})`).join(', ')}${fresh.length > 3 ? ', …' : ''}`);
    }
    this.changed.fire();
  }

  /** An open, edited document wins over the file on disk. */
  private openVersion(article: ArticleInput): ArticleInput {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.uri);
    const analysis = document && this.analyses.current(document);
    return document && analysis ? { ...article, text: document.getText(), analysis } : article;
  }

  private async sources(token: vscode.CancellationToken): Promise<ScanSource[]> {
    const uris = this.folders
      ? (await Promise.all(this.folders.map((folder) => walk(folder, token)))).flat()
      : await vscode.workspace.findFiles(NEWS_GLOB, EXCLUDE, undefined, token);
    const unique = [...new Map(uris.map((uri) => [uri.toString(), uri])).values()];
    return unique.map((uri) => ({ uri: uri.toString(), label: this.label(uri), read: () => readBytes(uri) }));
  }

  /** The given folder (or file) that contains the URI, when scanning given folders. */
  private givenRoot(uri: vscode.Uri): vscode.Uri | undefined {
    return this.folders?.find((f) => uri.path === f.path || uri.path.startsWith(`${f.path.replace(/\/$/, '')}/`));
  }

  private label(uri: vscode.Uri): string {
    const root = this.givenRoot(uri);
    const base = (u: vscode.Uri): string => u.path.split('/').filter(Boolean).pop() ?? u.toString();
    if (root && root.path === uri.path) return base(uri);
    if (root) return `${base(root)}/${uri.path.slice(root.path.replace(/\/$/, '').length + 1)}`;
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  private inScope(uri: vscode.Uri): boolean {
    if (this.folders) {
      const root = this.givenRoot(uri);
      return root !== undefined && (root.path === uri.path || NEWS_NAME.test(uri.path.split('/').pop() ?? ''));
    }
    return NEWS_NAME.test(uri.path.split('/').pop() ?? '') && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  }

  private refreshFile(uri: vscode.Uri): void {
    if (!this.scanned || !this.inScope(uri)) return;
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    // Saves come in bursts (and an open document is handled by its analysis): wait for the file to settle.
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      void this.readOne(uri);
    }, 300));
  }

  private async readOne(uri: vscode.Uri): Promise<void> {
    const result = await scanArticles([{ uri: uri.toString(), label: this.label(uri), read: () => readBytes(uri) }], {
      analyze: (text) => this.analyze(text),
    });
    if (!this.scanning) this.worker?.release();
    const [article] = result.articles;
    if (article) this.articles.set(article.uri, this.openVersion(article));
    else this.articles.delete(uri.toString());
    this.changed.fire();
  }

  private removeFile(uri: vscode.Uri): void {
    if (this.articles.delete(uri.toString())) this.changed.fire();
  }

  private takeDocument(document: vscode.TextDocument, analysis: Analysis): void {
    if (!this.scanned || !isNewsDocument(document)) return;
    const key = document.uri.toString();
    const known = this.articles.get(key);
    if (!known && !this.inScope(document.uri)) return;
    if (known && known.analysis === analysis) return;
    this.articles.set(key, { uri: key, label: known?.label ?? this.label(document.uri), text: document.getText(), analysis });
    this.changed.fire();
  }

  dispose(): void {
    this.scanning?.cancel.cancel();
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const d of [...this.disposables, ...this.folderWatchers]) d.dispose();
    this.worker?.dispose();
    this.inProcess.dispose();
    this.changed.dispose();
  }
}

/**
 * A worker running `dist/analysisWorker.js` beside the extension bundle, or undefined where workers cannot
 * run. If the script cannot start, the backend gives up after a few failures and the scan analyses in place.
 */
function scanWorker(): WorkerBackend | undefined {
  const script = path.join(__dirname, 'analysisWorker.js');
  if (typeof workerThreads.Worker !== 'function') return undefined;
  return new WorkerBackend(() => new workerThreads.Worker(script), 3);
}

async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  // An open document's text is what the user sees, saved or not.
  if (document) return new TextEncoder().encode(document.getText());
  return vscode.workspace.fs.readFile(uri);
}

/**
 * News files under a folder, found through `workspace.fs` (so virtual file systems work too). A file given
 * instead of a folder is taken whatever its name: the user (or a test) chose it.
 */
async function walk(folder: vscode.Uri, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  try {
    if ((await vscode.workspace.fs.stat(folder)).type & vscode.FileType.File) return [folder];
  } catch {
    return [];
  }
  const found: vscode.Uri[] = [];
  const queue = [folder];
  while (queue.length > 0 && !token.isCancellationRequested) {
    const directory = queue.shift() as vscode.Uri;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(directory);
    } catch {
      continue;
    }
    for (const [name, type] of entries.sort((a, b) => a[0].localeCompare(b[0]))) {
      const child = vscode.Uri.joinPath(directory, name);
      if (type & vscode.FileType.Directory) {
        if (!SKIPPED_DIRECTORIES.has(name)) queue.push(child);
      } else if (type & vscode.FileType.File && NEWS_NAME.test(name)) {
        found.push(child);
      }
    }
  }
  return found;
}
