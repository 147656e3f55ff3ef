import * as path from 'node:path';
import * as fs from 'node:fs';
import * as workerThreads from 'node:worker_threads';
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { InProcessBackend, WorkerBackend, type AnalysisBackend, type WorkerLike } from './analysisBackends';
import { AnalysisScheduler, type AnalysisOutcome, type AnalysisSubject, type SkippedOutcome } from './analysisScheduler';
import { analysisSettings, formatSize, isNewsDocument, type AnalysisSettings } from './config';
import { toOffset } from './ranges';

export interface AnalysisResult {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly analysis: Analysis;
  /** Where it ran and how long it took (including waiting for the worker). */
  readonly backend?: 'in-process' | 'worker';
  readonly ms?: number;
}

export interface SkipNotice {
  readonly uri: vscode.Uri;
  readonly reason: SkippedOutcome['reason'];
  readonly message: string;
}

/**
 * A key per document instance, not per URI: an untitled name ("Untitled-1") or a reopened file comes back as
 * a new document under the same URI, starting again at version 1, and must never be given the old one's
 * analysis.
 */
const instanceIds = new WeakMap<vscode.TextDocument, number>();
let nextInstanceId = 1;
function keyOf(document: vscode.TextDocument): string {
  let id = instanceIds.get(document);
  if (id === undefined) {
    id = nextInstanceId++;
    instanceIds.set(document, id);
  }
  return `${id} ${document.uri.toString()}`;
}

/** A live view of a document for the scheduler. */
function subjectOf(document: vscode.TextDocument): AnalysisSubject {
  return {
    key: keyOf(document),
    get version() {
      return document.version;
    },
    get isClosed() {
      return document.isClosed;
    },
    // The end offset comes from the document's line index, without building the text.
    size: () => toOffset(document, document.lineAt(document.lineCount - 1).range.end),
    text: () => document.getText(),
  };
}

function engineOptions(settings: AnalysisSettings): AnalyzeOptions {
  return { duplicates: { similarity: settings.similarity }, lexicon: settings.lexicon };
}

/** What a settings change must compare to decide whether analyses are out of date. */
function analysisFingerprint(settings: AnalysisSettings): string {
  return JSON.stringify([settings.maxSize, settings.similarity, settings.lexicon]);
}

function skipMessage(document: vscode.TextDocument, outcome: SkippedOutcome): string {
  const name = path.posix.basename(document.uri.path) || document.uri.toString();
  if (outcome.reason === 'too-large') {
    return `News Lens did not analyse ${name} (${formatSize(outcome.size)}): it is larger than the limit newsLens.maxFileSize ` +
      `(${formatSize(outcome.limit)}). Raise the limit to analyse it; very large files make the editor slower.`;
  }
  return `News Lens skipped ${name}: it contains NUL characters, so it looks like a binary file rather than news text.`;
}

/**
 * Owns the analysis of every open news document: runs it debounced (in a worker thread for large
 * documents), drops results for stale document versions, skips files that are too large or binary (telling
 * the user once), and tells the features when a fresh analysis is ready or a document was forgotten.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly scheduler: AnalysisScheduler;
  private readonly documents = new Map<string, vscode.TextDocument>();
  private readonly told = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<AnalysisResult>();
  private readonly forgetEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly skipEmitter = new vscode.EventEmitter<SkipNotice>();
  private readonly outcomeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidAnalyze = this.emitter.event;
  readonly onDidForget = this.forgetEmitter.event;
  /** A document was skipped (too large, binary); fired once per document until it is closed. */
  readonly onDidSkip = this.skipEmitter.event;
  /** Any fresh outcome (analysed or skipped), e.g. for the status bar. */
  readonly onDidChangeOutcome = this.outcomeEmitter.event;
  private fingerprint: string;

  constructor(
    private readonly settings: (document?: vscode.TextDocument) => AnalysisSettings,
    inProcess: AnalysisBackend,
    worker: AnalysisBackend | undefined,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.fingerprint = analysisFingerprint(settings());
    this.scheduler = new AnalysisScheduler({
      settings: (subject) => {
        const document = this.documents.get(subject.key);
        const s = this.settings(document);
        return { debounceMs: s.debounceMs, workerThreshold: s.workerThreshold, maxSize: s.maxSize, options: engineOptions(s) };
      },
      inProcess,
      worker,
      publish: (outcome) => this.publish(outcome),
      onLog: log,
    });
    this.disposables.push(inProcess, ...(worker ? [worker] : []));
  }

  private readonly disposables: vscode.Disposable[] = [];

  /** The analysis of the document's current version, if ready. */
  current(document: vscode.TextDocument): Analysis | undefined {
    const outcome = this.outcome(document);
    return outcome?.kind === 'analyzed' ? outcome.analysis : undefined;
  }

  /** The current version's outcome: analysed, or skipped with the reason. */
  outcome(document: vscode.TextDocument): AnalysisOutcome | undefined {
    return isNewsDocument(document) ? this.scheduler.current(subjectOf(document)) : undefined;
  }

  /** Resolves with the analysis of the document's current version (analysing now if needed); undefined if cancelled, skipped or not news. */
  async whenAnalyzed(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    const outcome = await this.whenSettled(document, token);
    return outcome?.kind === 'analyzed' ? outcome.analysis : undefined;
  }

  async whenSettled(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AnalysisOutcome | undefined> {
    if (!isNewsDocument(document) || document.isClosed) return undefined;
    const ready = this.outcome(document);
    if (ready) return ready;
    if (token?.isCancellationRequested) return undefined;
    this.track(document);
    const outcome = this.scheduler.request(subjectOf(document));
    if (!token) return outcome;
    let subscription: vscode.Disposable | undefined;
    const cancelled = new Promise<undefined>((resolve) => {
      subscription = token.onCancellationRequested(() => resolve(undefined));
    });
    try {
      return await Promise.race([outcome, cancelled]);
    } finally {
      subscription?.dispose();
    }
  }

  /** Analyses after the debounce delay (edits) or `delayMs` (0 when a document opens). */
  schedule(document: vscode.TextDocument, delayMs?: number): void {
    if (!isNewsDocument(document) || document.isClosed) return;
    this.track(document);
    this.scheduler.schedule(subjectOf(document), delayMs);
  }

  /** Frees the document's analysis; features drop what they show for it. */
  forget(document: vscode.TextDocument): void {
    const key = keyOf(document);
    const known = this.documents.delete(key);
    this.scheduler.forget(key);
    const uri = document.uri.toString();
    for (const reason of ['too-large', 'binary']) this.told.delete(`${reason} ${uri}`);
    if (known) this.forgetEmitter.fire(document.uri);
  }

  /** Re-analyses open news documents when a setting that affects the analysis changed. */
  settingsChanged(): void {
    const fingerprint = analysisFingerprint(this.settings());
    if (fingerprint === this.fingerprint) return;
    this.fingerprint = fingerprint;
    this.scheduler.invalidate();
    for (const document of this.documents.values()) {
      if (!document.isClosed) void this.scheduler.request(subjectOf(document));
    }
  }

  /** Whether anything is kept for the document (false once it is closed). */
  isKept(uri: vscode.Uri): boolean {
    const wanted = uri.toString();
    return [...this.documents.values()].some((document) => document.uri.toString() === wanted);
  }

  dispose(): void {
    this.scheduler.dispose();
    this.documents.clear();
    for (const disposable of this.disposables) disposable.dispose();
    this.emitter.dispose();
    this.forgetEmitter.dispose();
    this.skipEmitter.dispose();
    this.outcomeEmitter.dispose();
  }

  private track(document: vscode.TextDocument): void {
    this.documents.set(keyOf(document), document);
  }

  private publish(outcome: AnalysisOutcome): void {
    const document = this.documents.get(outcome.key);
    if (!document || document.isClosed) return;
    if (outcome.kind === 'analyzed') {
      this.log(`analysed ${document.uri.toString()} v${outcome.version} in ${outcome.ms.toFixed(0)} ms (${outcome.backend})`);
      this.emitter.fire({ document, version: outcome.version, analysis: outcome.analysis, backend: outcome.backend, ms: outcome.ms });
    } else {
      this.tellOnce(document, outcome);
    }
    this.outcomeEmitter.fire(document);
  }

  private tellOnce(document: vscode.TextDocument, outcome: SkippedOutcome): void {
    const key = `${outcome.reason} ${document.uri.toString()}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    const message = skipMessage(document, outcome);
    this.log(message);
    this.skipEmitter.fire({ uri: document.uri, reason: outcome.reason, message });
    if (outcome.reason === 'too-large') {
      const raise = 'Raise the Limit';
      void vscode.window.showWarningMessage(message, raise).then((choice) => {
        if (choice === raise) void vscode.commands.executeCommand('workbench.action.openSettings', 'newsLens.maxFileSize');
      });
    } else {
      void vscode.window.showInformationMessage(message);
    }
  }
}

/** Starts `dist/analysisWorker.js` next to the extension bundle, or undefined where workers cannot run. */
function workerBackend(log: (message: string) => void): WorkerBackend | undefined {
  const script = path.join(__dirname, 'analysisWorker.js');
  if (typeof workerThreads.Worker !== 'function' || !fs.existsSync(script)) {
    log('worker threads are unavailable: analysing every document in the extension host');
    return undefined;
  }
  // The engine's default parse-cache size: parses cost ~13 KB per paragraph (bench), so a larger cache would
  // let a 20 MB file hold a gigabyte in the worker.
  const spawn = (): WorkerLike => new workerThreads.Worker(script, { workerData: {} });
  return new WorkerBackend(spawn, 3, log);
}

export function register(context: vscode.ExtensionContext): AnalysisService {
  const output = vscode.window.createOutputChannel('News Lens', { log: true });
  const log = (message: string): void => output.info(message);
  const service = new AnalysisService(
    (document) => analysisSettings(document),
    new InProcessBackend(),
    workerBackend(log),
    log,
  );
  context.subscriptions.push(
    output,
    service,
    vscode.workspace.onDidOpenTextDocument((document) => service.schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) service.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => service.forget(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('newsLens')) service.settingsChanged();
    }),
  );
  for (const document of vscode.workspace.textDocuments) service.schedule(document, 0);
  return service;
}
