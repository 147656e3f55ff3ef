import type * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { EntitiesApi } from './entitiesTree';
import type { HighlightingApi } from './semanticTokens';
import type { SpeakersApi } from './speakersTree';

/** What the extension exports: used by the integration tests and available to other extensions. */
export interface NewsLensApi {
  /** The analysis of the document's current version, waiting for it if needed. */
  analysisFor(document: vscode.TextDocument): Promise<Analysis | undefined>;

  /** Fires when a fresh analysis of a document version is published (stale results never are). */
  onDidAnalyze(listener: (event: { readonly uri: vscode.Uri; readonly version: number; readonly backend: 'in-process' | 'worker' }) => void): vscode.Disposable;
  /** Fires once per open document that is not analysed: too large (`newsLens.maxFileSize`) or binary. */
  onDidSkip(listener: (event: { readonly uri: vscode.Uri; readonly reason: 'too-large' | 'binary'; readonly message: string }) => void): vscode.Disposable;
  /** Whether an analysis of the document is still held (false once it is closed). */
  isAnalysisKept(uri: vscode.Uri): boolean;
  /** What the News Lens status bar entry shows for the active editor. */
  statusBar(): { readonly visible: boolean; readonly text: string; readonly tooltip: string };
  /** The Speakers view: its provider, tree view, and the current model once rebuilt. */
  readonly speakers: SpeakersApi;
  /** The Entities view. */
  readonly entities: EntitiesApi;
  /** Semantic highlighting: its legend, and how long token building blocked the extension host. */
  readonly highlighting: HighlightingApi;
}
