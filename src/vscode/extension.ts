import type * as vscode from 'vscode';
import * as analysisCache from './analysisCache';
import type { NewsLensApi } from './api';
import * as commands from './commands';

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const analyses = analysisCache.register(context);
  commands.register(context);
  return {
    analysisFor: (document) => analyses.whenAnalyzed(document),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
