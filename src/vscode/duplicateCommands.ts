import * as vscode from 'vscode';
import { Analyzer } from '../core/analyze';
import { removalEdits } from '../core/fix';
import { LineIndex } from '../core/lineIndex';
import type { AnalysisService } from './analysisCache';
import { currentAnalysis, toWorkspaceEdit } from './codeActions';
import { analysisSettings, isNewsDocument } from './config';
import { looksBinary } from './analysisScheduler';

/** The news file patterns of the `news` language contribution, as one glob. */
export const NEWS_GLOB = '**/{[0-9][0-9][0-9]_*.txt,*.news.txt,*.news}';

export interface RemovalSummary {
  /** Files that had duplicates (and were changed, if `applied`). */
  readonly files: number;
  readonly paragraphs: number;
  /** False when nothing was to be done or the user discarded the preview. */
  readonly applied: boolean;
  /** Files not processed, with the reason. */
  readonly skipped: readonly { readonly uri: string; readonly reason: string }[];
  /** How many files were examined. */
  readonly examined: number;
}

export interface WorkspaceRemovalOptions {
  /** Limit the scan to this folder (the Explorer passes the folder it was invoked on). */
  readonly folder?: vscode.Uri | string;
  /** Show the refactor preview before applying (default true). */
  readonly confirm?: boolean;
}

const EDIT_LABEL = 'Remove duplicate paragraphs';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "News Lens: Remove Duplicate Paragraphs" on one document, as one undo step. */
async function removeInDocument(analyses: AnalysisService, target?: vscode.Uri): Promise<RemovalSummary> {
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document || !isNewsDocument(document)) {
    void vscode.window.showInformationMessage('News Lens: open a news document first (or mark it with "Annotate as News Text").');
    return { files: 0, paragraphs: 0, applied: false, skipped: [], examined: 0 };
  }
  const current = await currentAnalysis(analyses, document);
  if (!current) {
    void vscode.window.showInformationMessage('News Lens: this document was not analysed (see the status bar), so nothing was removed.');
    return { files: 0, paragraphs: 0, applied: false, skipped: [{ uri: document.uri.toString(), reason: 'not analysed' }], examined: 1 };
  }
  const paragraphs = current.analysis.duplicates.reduce((sum, f) => sum + f.paragraphs.length, 0);
  const edits = removalEdits(current.text, current.analysis.duplicates);
  if (edits.length === 0) {
    void vscode.window.showInformationMessage('News Lens: no duplicate paragraphs in this document.');
    return { files: 0, paragraphs: 0, applied: false, skipped: [], examined: 1 };
  }
  const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits));
  if (applied) void vscode.window.setStatusBarMessage(`News Lens: removed ${plural(paragraphs, 'duplicate paragraph')}`, 4000);
  return { files: 1, paragraphs, applied, skipped: [], examined: 1 };
}

/** Decodes file bytes as VS Code would for UTF-8 and UTF-16 with a BOM; undefined for other encodings. */
export function decode(bytes: Uint8Array): string | undefined {
  try {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    // The decoder drops a UTF-8 BOM, as the editor does, so positions match the editor's.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * "News Lens: Remove Duplicate Paragraphs in Workspace": every news file (by name, plus open documents
 * marked as news) in one workspace edit, shown in the refactor preview first. Open documents are fixed
 * from their current text; closed files are read through `workspace.fs` (so virtual workspaces work).
 */
async function removeInWorkspace(analyses: AnalysisService, options: WorkspaceRemovalOptions = {}): Promise<RemovalSummary> {
  const folder = typeof options.folder === 'string' ? vscode.Uri.parse(options.folder) : options.folder;
  const include = folder ? new vscode.RelativePattern(folder, NEWS_GLOB) : NEWS_GLOB;
  const inScope = (uri: vscode.Uri): boolean => folder
    ? uri.toString().startsWith(folder.toString().replace(/\/?$/, '/'))
    : vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  const found = await vscode.workspace.findFiles(include);
  const byKey = new Map<string, vscode.Uri>(found.map((uri) => [uri.toString(), uri]));
  for (const document of vscode.workspace.textDocuments) {
    if (isNewsDocument(document) && !document.isUntitled && inScope(document.uri)) byKey.set(document.uri.toString(), document.uri);
  }
  const uris = [...byKey.values()].sort((a, b) => a.toString().localeCompare(b.toString()));

  // Planned removals per file; closed files remember when they were read, to detect changes before applying.
  const planned: { uri: vscode.Uri; replacements: { range: vscode.Range; newText: string }[]; readMtime?: number; paragraphs: number }[] = [];
  const skipped: { uri: string; reason: string }[] = [];
  const analyzer = new Analyzer({ cacheSize: 0 });
  let files = 0;
  let paragraphs = 0;
  const confirm = options.confirm !== false;
  for (const uri of uris) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    const settings = analysisSettings(open ?? uri);
    if (open && isNewsDocument(open)) {
      const current = await currentAnalysis(analyses, open);
      if (!current) {
        skipped.push({ uri: uri.toString(), reason: 'not analysed (too large or binary)' });
        continue;
      }
      const edits = removalEdits(current.text, current.analysis.duplicates);
      if (edits.length === 0) continue;
      planned.push({
        uri,
        replacements: toWorkspaceEdit(open, edits).get(uri).map((e) => ({ range: e.range, newText: e.newText })),
        paragraphs: current.analysis.duplicates.reduce((sum, f) => sum + f.paragraphs.length, 0),
      });
      continue;
    }
    let bytes: Uint8Array;
    let readMtime: number;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      readMtime = stat.mtime;
      if (stat.size > settings.maxSize * 4) {
        skipped.push({ uri: uri.toString(), reason: 'larger than newsLens.maxFileSize' });
        continue;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      skipped.push({ uri: uri.toString(), reason: `unreadable: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const text = decode(bytes);
    if (text === undefined) {
      skipped.push({ uri: uri.toString(), reason: 'not UTF-8 or UTF-16 text' });
      continue;
    }
    if (text.length > settings.maxSize) {
      skipped.push({ uri: uri.toString(), reason: 'larger than newsLens.maxFileSize' });
      continue;
    }
    if (looksBinary(text)) {
      skipped.push({ uri: uri.toString(), reason: 'contains NUL characters (binary)' });
      continue;
    }
    const analysis = analyzer.analyze(text, { duplicatesOnly: true, duplicates: { similarity: settings.similarity } });
    const edits = removalEdits(text, analysis.duplicates);
    await yieldToEventLoop();
    if (edits.length === 0) continue;
    const lines = new LineIndex(text);
    planned.push({
      uri,
      readMtime,
      paragraphs: analysis.duplicates.reduce((sum, f) => sum + f.paragraphs.length, 0),
      replacements: edits.map((e) => {
        const from = lines.positionAt(e.start);
        const to = lines.positionAt(e.end);
        return { range: new vscode.Range(from.line, from.character, to.line, to.character), newText: e.newText };
      }),
    });
  }

  // A closed file that changed on disk since it was read would receive edits computed for other text: leave it out.
  const edit = new vscode.WorkspaceEdit();
  for (const plan of planned) {
    const isOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === plan.uri.toString() && !d.isClosed);
    if (plan.readMtime !== undefined && !isOpen) {
      const mtime = await vscode.workspace.fs.stat(plan.uri).then((s) => s.mtime, () => undefined);
      if (mtime !== plan.readMtime) {
        skipped.push({ uri: plan.uri.toString(), reason: 'changed on disk while the removal was being prepared' });
        continue;
      }
    }
    files++;
    paragraphs += plan.paragraphs;
    for (const r of plan.replacements) {
      edit.replace(plan.uri, r.range, r.newText, { label: EDIT_LABEL, description: vscode.workspace.asRelativePath(plan.uri), needsConfirmation: confirm });
    }
  }
  if (files === 0) {
    void vscode.window.showInformationMessage(`News Lens: no duplicate paragraphs in ${plural(uris.length, 'news file')}.`);
    return { files, paragraphs, applied: false, skipped, examined: uris.length };
  }
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) void vscode.window.setStatusBarMessage(`News Lens: removed ${plural(paragraphs, 'duplicate paragraph')} from ${plural(files, 'file')}`, 5000);
  return { files, paragraphs, applied, skipped, examined: uris.length };
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.removeDuplicates', (uri?: unknown) =>
      removeInDocument(analyses, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('newsLens.removeDuplicatesInWorkspace', (argument?: unknown) => {
      const options: WorkspaceRemovalOptions = argument instanceof vscode.Uri
        ? { folder: argument }
        : (argument !== null && typeof argument === 'object' ? argument as WorkspaceRemovalOptions : {});
      return removeInWorkspace(analyses, options);
    }),
  );
}
