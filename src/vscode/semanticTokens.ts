import * as vscode from 'vscode';
import {
  encodeSteps,
  ENTITY_HIGHLIGHTING,
  HIGHLIGHT_KINDS,
  highlightSteps,
  lineTableSteps,
  runSliced,
  type EntityHighlighting,
  type HighlightToken,
  type LineTable,
} from '../core/tokens';
import type { Analysis, Span } from '../core/types';
import type { AnalysisService } from './analysisCache';
import { configuration, LANGUAGE_ID, SECTION } from './config';
import { toSpan } from './ranges';

/** Token types in legend order; the ids are contributed in package.json (`number` is VS Code's own). */
export const LEGEND = new vscode.SemanticTokensLegend([...HIGHLIGHT_KINDS], []);

/** How long token building may run before yielding to the extension host's event loop. */
const SLICE_MS = 5;

export function entityHighlighting(scope?: vscode.ConfigurationScope): EntityHighlighting {
  const value = configuration(scope).get<unknown>('highlight.entities');
  return ENTITY_HIGHLIGHTING.find((setting) => setting === value) ?? 'all';
}

interface Prepared {
  readonly analysis: Analysis;
  readonly version: number;
  readonly setting: EntityHighlighting;
  readonly tokens: readonly HighlightToken[];
  readonly lines: LineTable;
}

export interface HighlightStats {
  /** The longest synchronous stretch of token building seen so far, in ms of wall time. */
  readonly longestSliceMs: number;
  /** The most CPU time one such stretch used, in ms (wall time also counts the OS running other processes). */
  readonly longestSliceCpuMs: number;
  readonly requests: number;
}

/** This process's CPU time in ms; slices are short, so other threads' share in it is small. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

class NewsSemanticTokens implements vscode.DocumentSemanticTokensProvider, vscode.DocumentRangeSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly prepared = new Map<string, Prepared>();
  private stats: HighlightStats = { longestSliceMs: 0, longestSliceCpuMs: 0, requests: 0 };

  constructor(private readonly analyses: AnalysisService) {}

  currentStats(): HighlightStats {
    return this.stats;
  }

  /** Clears the timing figures and the prepared tokens, so the next request measures a whole build again. */
  resetMeasurements(): void {
    this.stats = { longestSliceMs: 0, longestSliceCpuMs: 0, requests: this.stats.requests };
    this.prepared.clear();
  }

  /** A fresh analysis or setting: ask VS Code for tokens again unless they would be the same. */
  analysisChanged(uri: vscode.Uri, analysis: Analysis): void {
    if (this.prepared.get(uri.toString())?.analysis !== analysis) this.changed.fire();
  }

  settingChanged(): void {
    this.prepared.clear();
    this.changed.fire();
  }

  forget(uri: vscode.Uri): void {
    this.prepared.delete(uri.toString());
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    return this.encode(document, token);
  }

  async provideDocumentRangeSemanticTokens(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    return this.encode(document, token, toSpan(document, range));
  }

  private async encode(document: vscode.TextDocument, token: vscode.CancellationToken, range?: Span): Promise<vscode.SemanticTokens> {
    const prepared = await this.prepare(document, token);
    if (!prepared) return new vscode.SemanticTokens(new Uint32Array(0));
    const data = await this.sliced(encodeSteps(prepared.tokens, prepared.lines, range), token);
    return new vscode.SemanticTokens(data);
  }

  private async prepare(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<Prepared | undefined> {
    this.stats = { ...this.stats, requests: this.stats.requests + 1 };
    const version = document.version;
    const analysis = await this.analyses.whenAnalyzed(document, token);
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    if (!analysis) return undefined;
    // The analysis is of the version current when asked; tokens for any other text would land in the wrong place.
    if (document.version !== version) throw new vscode.CancellationError();
    const setting = entityHighlighting(document);
    const key = document.uri.toString();
    const cached = this.prepared.get(key);
    if (cached && cached.analysis === analysis && cached.setting === setting && cached.version === version) return cached;
    const text = document.getText();
    const lines = await this.sliced(lineTableSteps(text), token);
    const tokens = await this.sliced(highlightSteps(analysis, { entities: setting, text }, []), token);
    if (document.version !== version) throw new vscode.CancellationError();
    const prepared: Prepared = { analysis, version, setting, tokens, lines };
    this.prepared.set(key, prepared);
    return prepared;
  }

  private async sliced<T>(steps: Generator<void, T, void>, token: vscode.CancellationToken): Promise<T> {
    const result = await runSliced(steps, { sliceMs: SLICE_MS, isCancelled: () => token.isCancellationRequested, cpuNow: cpuMs });
    if (!result) throw new vscode.CancellationError();
    this.stats = {
      ...this.stats,
      longestSliceMs: Math.max(this.stats.longestSliceMs, result.stats.longestSliceMs),
      longestSliceCpuMs: Math.max(this.stats.longestSliceCpuMs, result.stats.longestSliceCpuMs),
    };
    return result.value;
  }

  dispose(): void {
    this.changed.dispose();
    this.prepared.clear();
  }
}

export interface HighlightingApi {
  readonly legend: vscode.SemanticTokensLegend;
  stats(): HighlightStats;
  /** Starts the timing figures afresh and drops prepared tokens (for repeated measurements). */
  resetMeasurements(): void;
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): HighlightingApi {
  const provider = new NewsSemanticTokens(analyses);
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  context.subscriptions.push(
    provider,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, LEGEND),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, LEGEND),
    analyses.onDidAnalyze((result) => provider.analysisChanged(result.document.uri, result.analysis)),
    analyses.onDidForget((uri) => provider.forget(uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.highlight`)) provider.settingChanged();
    }),
  );
  return { legend: LEGEND, stats: () => provider.currentStats(), resetMeasurements: () => provider.resetMeasurements() };
}
