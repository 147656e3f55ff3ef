import type * as vscode from 'vscode';
import * as analysisCache from './analysisCache';
import type { NewsLensApi } from './api';
import * as codeActions from './codeActions';
import * as commands from './commands';
import * as diagnostics from './diagnostics';
import * as duplicateCommands from './duplicateCommands';
import * as entitiesTree from './entitiesTree';
import * as exportSpeakers from './export';
import * as hovers from './hovers';
import * as outline from './outline';
import * as semanticTokens from './semanticTokens';
import * as speakersTree from './speakersTree';
import * as statusBar from './statusBar';

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const analyses = analysisCache.register(context);
  commands.register(context);
  diagnostics.register(context, analyses);
  codeActions.register(context, analyses);
  duplicateCommands.register(context, analyses);
  const status = statusBar.register(context, analyses);
  const speakers = speakersTree.register(context, analyses);
  const entities = entitiesTree.register(context, analyses);
  exportSpeakers.register(context, speakers);
  const highlighting = semanticTokens.register(context, analyses);
  hovers.register(context, analyses);
  outline.register(context, analyses);
  return {
    analysisFor: (document) => analyses.whenAnalyzed(document),
    onDidAnalyze: (listener) => analyses.onDidAnalyze((result) => listener({ uri: result.document.uri, version: result.version, backend: result.backend ?? 'in-process' })),
    onDidSkip: (listener) => analyses.onDidSkip(listener),
    isAnalysisKept: (uri) => analyses.isKept(uri),
    statusBar: () => status.state(),
    speakers,
    entities,
    highlighting,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
