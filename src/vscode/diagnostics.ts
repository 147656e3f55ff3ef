import * as vscode from 'vscode';
import { helpUrl, reportsFor, type Report } from '../core/messages';
import type { AnalysisService } from './analysisCache';
import { duplicateSeverity, isNewsDocument, reportUnclosedQuotes, type DuplicateSeverity } from './config';
import { toRange } from './ranges';

export const DIAGNOSTIC_SOURCE = 'News Lens';

/** VS Code keeps at most 1000 diagnostics per file; building more would only cost time. */
const MAX_DIAGNOSTICS = 1000;

const SEVERITY: Record<Exclude<DuplicateSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export interface DiagnosticsController extends vscode.Disposable {
  /** Recomputes the document's diagnostics from its current analysis (clearing them if there is none). */
  refresh(document: vscode.TextDocument): void;
}

export function isNewsLensDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE;
}

/** The plain code of a diagnostic ("duplicate-paragraph"), whether given as a value or with a target. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function toDiagnostic(document: vscode.TextDocument, report: Report, severity: vscode.DiagnosticSeverity, repositoryUrl: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, report.span), report.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: report.code, target: vscode.Uri.parse(helpUrl(repositoryUrl, report.code)) };
  if (report.related) {
    diagnostic.relatedInformation = [
      new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, report.related.span)), report.related.message),
    ];
  }
  if (report.unnecessary) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): DiagnosticsController {
  const collection = vscode.languages.createDiagnosticCollection('newsLens');
  const packageJson = context.extension.packageJSON as { repository?: { url?: unknown } | string };
  const repository = typeof packageJson.repository === 'string' ? packageJson.repository : packageJson.repository?.url;
  const repositoryUrl = typeof repository === 'string' ? repository : 'https://example.invalid/news-lens';

  // The document instance each URI's diagnostics were computed for. An untitled name is reused, and VS Code
  // can report the old document's close after the new one under the same URI is open: diagnostics of the
  // old text must not pass for the new one's, and the old close must not wipe the new one's.
  const shownFor = new Map<string, vscode.TextDocument>();
  const clear = (uri: vscode.Uri): void => {
    collection.delete(uri);
    shownFor.delete(uri.toString());
  };

  const refresh = (document: vscode.TextDocument): void => {
    const analysis = isNewsDocument(document) && !document.isClosed ? analyses.current(document) : undefined;
    if (!analysis) {
      const owner = shownFor.get(document.uri.toString());
      if (document.isClosed && owner !== undefined && owner !== document) return;
      // Skipped, closed, no longer news, or showing another document's text: nothing of ours may stay in the
      // Problems panel. A document that is merely being re-analysed keeps its own until the fresh result arrives.
      const outcome = analyses.outcome(document);
      if (owner !== document || !isNewsDocument(document) || document.isClosed || outcome?.kind === 'skipped') clear(document.uri);
      return;
    }
    const severity = duplicateSeverity(document);
    const reports = reportsFor(analysis, {
      duplicates: severity !== 'off',
      unclosedQuotes: reportUnclosedQuotes(document),
      limit: MAX_DIAGNOSTICS,
    });
    collection.set(document.uri, reports.map((report) => toDiagnostic(
      document,
      report,
      report.code === 'unclosed-quote' ? vscode.DiagnosticSeverity.Information : SEVERITY[severity === 'off' ? 'warning' : severity],
      repositoryUrl,
    )));
    shownFor.set(document.uri.toString(), document);
  };
  context.subscriptions.push(
    collection,
    analyses.onDidChangeOutcome((document) => refresh(document)),
    analyses.onDidForget((uri) => {
      const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri.toString());
      if (open) refresh(open);
      else clear(uri);
    }),
    // Not through refresh: a language change closes the same document object, which is not yet marked
    // closed and still reads as news while the close event runs.
    vscode.workspace.onDidCloseTextDocument((document) => {
      const owner = shownFor.get(document.uri.toString());
      if (owner === undefined || owner === document || owner.isClosed) clear(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('newsLens.duplicates.severity') && !event.affectsConfiguration('newsLens.analysis.unclosedQuotes')) return;
      for (const document of vscode.workspace.textDocuments) if (isNewsDocument(document)) refresh(document);
    }),
  );
  for (const document of vscode.workspace.textDocuments) if (isNewsDocument(document)) refresh(document);
  return { refresh, dispose: () => collection.dispose() };
}
