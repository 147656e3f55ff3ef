import * as vscode from 'vscode';
import { Analyzer } from '../core/analyze';
import type { Analysis } from '../core/types';
import { isNewsDocument } from './config';

export interface AnalysisResult {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly analysis: Analysis;
}

/**
 * Owns the analysis of every open news document: runs it debounced, drops results for stale document
 * versions, and tells the features when a fresh analysis is ready.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly analyzer = new Analyzer();
  private readonly results = new Map<string, AnalysisResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<AnalysisResult>();
  private readonly closeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidAnalyze = this.emitter.event;
  readonly onDidForget = this.closeEmitter.event;

  constructor(private readonly debounceMs: () => number) {}

  /** The analysis of the document's current version, if ready. */
  current(document: vscode.TextDocument): Analysis | undefined {
    const result = this.results.get(document.uri.toString());
    return result && result.version === document.version ? result.analysis : undefined;
  }

  /** Resolves with the analysis of the document's current version (analysing now if needed). */
  async whenAnalyzed(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    if (!isNewsDocument(document)) return undefined;
    const ready = this.current(document);
    if (ready) return ready;
    if (token?.isCancellationRequested) return undefined;
    return this.analyzeNow(document).analysis;
  }

  schedule(document: vscode.TextDocument): void {
    if (!isNewsDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) this.analyzeNow(document);
    }, this.debounceMs()));
  }

  analyzeNow(document: vscode.TextDocument): AnalysisResult {
    const version = document.version;
    const analysis = this.analyzer.analyze(document.getText());
    const result = { document, version, analysis };
    if (document.version === version && !document.isClosed) {
      this.results.set(document.uri.toString(), result);
      this.emitter.fire(result);
    }
    return result;
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.results.delete(key)) this.closeEmitter.fire(document.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.results.clear();
    this.emitter.dispose();
    this.closeEmitter.dispose();
  }
}

export function register(context: vscode.ExtensionContext): AnalysisService {
  const service = new AnalysisService(() => 300);
  context.subscriptions.push(
    service,
    vscode.workspace.onDidOpenTextDocument((document) => service.schedule(document)),
    vscode.workspace.onDidChangeTextDocument((event) => service.schedule(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => service.forget(document)),
  );
  for (const document of vscode.workspace.textDocuments) {
    if (isNewsDocument(document)) service.analyzeNow(document);
  }
  return service;
}
