import type * as vscode from 'vscode';
import type { Analysis } from '../core/types';

/** What the extension exports: used by the integration tests and available to other extensions. */
export interface NewsLensApi {
  /** The analysis of the document's current version, waiting for it if needed. */
  analysisFor(document: vscode.TextDocument): Promise<Analysis | undefined>;
}
