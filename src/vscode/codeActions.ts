import * as vscode from 'vscode';
import { keepThisVersionEdits, removalEdits, type TextEdit } from '../core/fix';
import { duplicateParagraphCount, removeAllTitle } from '../core/messages';
import type { Analysis, DuplicateFinding } from '../core/types';
import type { AnalysisService } from './analysisCache';
import { duplicateSeverity, LANGUAGE_ID } from './config';
import { diagnosticCode, isNewsLensDiagnostic } from './diagnostics';
import { toRange, toSpan } from './ranges';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('newsLens');

/** How often to re-analyse when the document keeps changing while the actions are computed. */
const MAX_ATTEMPTS = 5;

/**
 * The analysis of exactly the document's current text, with that text: edits built from the pair can never
 * land on a different version. Re-analyses if the document changed meanwhile.
 */
export async function currentAnalysis(
  analyses: AnalysisService,
  document: vscode.TextDocument,
  token?: vscode.CancellationToken,
): Promise<{ analysis: Analysis; text: string; version: number } | undefined> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const analysis = await analyses.whenAnalyzed(document, token);
    if (!analysis || token?.isCancellationRequested) return undefined;
    // Same synchronous step: the analysis is current, so the text read now is the analysed text.
    if (analyses.current(document) === analysis) return { analysis, text: document.getText(), version: document.version };
  }
  return undefined;
}

/** One undoable workspace edit from engine edits on an open document. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toRange(document, e), e.newText);
  return edit;
}

function wants(context: vscode.CodeActionContext, kind: vscode.CodeActionKind): boolean {
  return !context.only || context.only.contains(kind);
}

function overlaps(finding: DuplicateFinding, start: number, end: number): boolean {
  return finding.span.start <= end && finding.span.end >= start;
}

export class DuplicateCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly analyses: AnalysisService) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const quickFixes = wants(context, vscode.CodeActionKind.QuickFix) && duplicateSeverity(document) !== 'off';
    // Fix-all is a source action: offered only when asked for (on save, "Fix All", the Source Action menu).
    const fixAll = context.only !== undefined && context.only.contains(FIX_ALL_KIND);
    if (!quickFixes && !fixAll) return [];
    const current = await currentAnalysis(this.analyses, document, token);
    if (!current || current.analysis.duplicates.length === 0) return [];
    const { analysis, text } = current;
    const actions: vscode.CodeAction[] = [];

    if (quickFixes) {
      const { start, end } = toSpan(document, range);
      const ours = context.diagnostics.filter(isNewsLensDiagnostic);
      const here = analysis.duplicates.filter((finding) => overlaps(finding, start, end)
        || ours.some((d) => {
          const span = toSpan(document, d.range);
          return overlaps(finding, span.start, span.end);
        }));
      here.forEach((finding, i) => {
        const diagnostics = ours.filter((d) => d.range.isEqual(toRange(document, finding.span))
          && (diagnosticCode(d) === 'duplicate-paragraph' || diagnosticCode(d) === 'near-duplicate-paragraph'));
        const remove = new vscode.CodeAction(finding.paragraphs.length > 1 ? `Remove ${finding.paragraphs.length} duplicate paragraphs` : 'Remove duplicate paragraph', vscode.CodeActionKind.QuickFix);
        remove.edit = toWorkspaceEdit(document, removalEdits(text, [finding]));
        remove.diagnostics = diagnostics;
        remove.isPreferred = i === 0;
        actions.push(remove);
        if (finding.kind === 'near') {
          const keep = new vscode.CodeAction('Keep this version instead', vscode.CodeActionKind.QuickFix);
          keep.edit = toWorkspaceEdit(document, keepThisVersionEdits(text, finding));
          keep.diagnostics = diagnostics;
          actions.push(keep);
        }
      });
      const total = duplicateParagraphCount(analysis);
      if (here.length > 0 && analysis.duplicates.length > here.length) {
        const all = new vscode.CodeAction(removeAllTitle(total), vscode.CodeActionKind.QuickFix);
        all.edit = toWorkspaceEdit(document, removalEdits(text, analysis.duplicates));
        all.diagnostics = ours.filter((d) => diagnosticCode(d) !== 'unclosed-quote');
        actions.push(all);
      }
    }

    if (fixAll) {
      const all = new vscode.CodeAction(`${removeAllTitle(duplicateParagraphCount(analysis))} (News Lens)`, FIX_ALL_KIND);
      all.edit = toWorkspaceEdit(document, removalEdits(text, analysis.duplicates));
      actions.push(all);
    }
    // Only actions that actually change something.
    return actions.filter((action) => action.edit && action.edit.size > 0);
  }
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      { language: LANGUAGE_ID },
      new DuplicateCodeActionProvider(analyses),
      { providedCodeActionKinds: DuplicateCodeActionProvider.providedCodeActionKinds },
    ),
  );
}
