import * as vscode from 'vscode';
import { duplicateParagraphCount, summaryText } from '../core/messages';
import type { Analysis } from '../core/types';
import type { AnalysisService } from './analysisCache';
import { formatSize, isNewsDocument } from './config';

export interface StatusBarState {
  readonly visible: boolean;
  readonly text: string;
  readonly tooltip: string;
}

export interface StatusBarController extends vscode.Disposable {
  state(): StatusBarState;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function tooltipFor(analysis: Analysis): string {
  const duplicates = duplicateParagraphCount(analysis);
  return [
    '**News Lens** in this article:',
    '',
    `- ${plural(analysis.speakers.length, 'speaker')} quoted or reported`,
    `- ${plural(analysis.quotes.length + analysis.claims.length, 'claim')}: ${plural(analysis.quotes.length, 'direct quote')} and ${plural(analysis.claims.length, 'reported statement')}`,
    `- ${plural(duplicates, 'duplicate paragraph')}${duplicates > 0 ? ' (see the Problems panel; the quick fix removes them)' : ''}`,
    '',
    'Click to open the Speakers view.',
  ].join('\n');
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): StatusBarController {
  const item = vscode.window.createStatusBarItem('newsLens.summary', vscode.StatusBarAlignment.Right, 100);
  item.name = 'News Lens';
  item.command = 'newsLens.speakers.focus';
  let state: StatusBarState = { visible: false, text: '', tooltip: '' };

  const show = (text: string, tooltip: string): void => {
    item.text = text;
    item.tooltip = new vscode.MarkdownString(tooltip);
    item.show();
    state = { visible: true, text, tooltip };
  };

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isNewsDocument(document)) {
      item.hide();
      state = { visible: false, text: '', tooltip: '' };
      return;
    }
    const outcome = analyses.outcome(document);
    if (!outcome) {
      // Keep the last figures while an edit is being re-analysed, rather than flickering.
      if (!state.visible || !state.text.startsWith('$(quote)')) show('$(sync~spin) News Lens', 'News Lens is analysing this article.');
      return;
    }
    if (outcome.kind === 'skipped') {
      const why = outcome.reason === 'too-large'
        ? `it is ${formatSize(outcome.size)}, more than the limit \`newsLens.maxFileSize\` (${formatSize(outcome.limit)}). Raise the limit in the settings to analyse it.`
        : 'it contains NUL characters, so it looks like a binary file rather than news text.';
      show('$(circle-slash) News Lens: not analysed', `News Lens did not analyse this file: ${why}`);
      return;
    }
    show(`$(quote) ${summaryText(outcome.analysis)}`, tooltipFor(outcome.analysis));
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    analyses.onDidChangeOutcome((document) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
    analyses.onDidForget(update),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) update();
    }),
  );
  update();
  return { state: () => state, dispose: () => item.dispose() };
}
