import * as vscode from 'vscode';
import { foldingBlocks, outline } from '../core/tokens';
import type { AnalysisService } from './analysisCache';
import { LANGUAGE_ID } from './config';
import { toRange } from './ranges';

/** Outline view and breadcrumbs: paragraphs by their first words, with their quotes by speaker as children. */
class NewsSymbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.analyses.whenAnalyzed(document, token);
    if (!analysis || token.isCancellationRequested) return [];
    return outline(analysis, document.getText()).map((paragraph) => {
      const range = toRange(document, paragraph.span);
      const symbol = new vscode.DocumentSymbol(paragraph.name, paragraph.detail, vscode.SymbolKind.Module, range, range);
      symbol.children = paragraph.quotes.map((quote) => {
        const quoteRange = toRange(document, quote.span);
        return new vscode.DocumentSymbol(quote.name, quote.detail, vscode.SymbolKind.String, quoteRange, quoteRange);
      });
      return symbol;
    });
  }
}

/** Folds each run of consecutive paragraph lines (between blank lines) and each multi-line paragraph. */
class NewsFolding implements vscode.FoldingRangeProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeFoldingRanges = this.changed.event;

  constructor(private readonly analyses: AnalysisService) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    const analysis = await this.analyses.whenAnalyzed(document, token);
    if (!analysis || token.isCancellationRequested) return [];
    return foldingBlocks(analysis).map((block) => new vscode.FoldingRange(block.startLine, block.endLine, vscode.FoldingRangeKind.Region));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const folding = new NewsFolding(analyses);
  context.subscriptions.push(
    folding,
    vscode.languages.registerDocumentSymbolProvider(selector, new NewsSymbols(analyses), { label: 'News Lens' }),
    vscode.languages.registerFoldingRangeProvider(selector, folding),
    analyses.onDidAnalyze(() => folding.refresh()),
  );
}
