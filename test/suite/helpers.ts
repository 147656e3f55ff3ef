// Shared helpers for the extension-host suites (test/suite/*.test.ts). They wait on VS Code events or the
// extension's own API, never on fixed sleeps, and fail with a message naming what they waited for.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import type { NewsLensApi } from '../../src/vscode/api';

export const EXTENSION_ID = 'news-lens.news-lens';
export const DEFAULT_TIMEOUT_MS = 15000;

/** Activates News Lens (if needed) and returns what it exports. */
export async function getApi(): Promise<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not registered in this VS Code`);
  return extension.isActive ? extension.exports : await extension.activate();
}

/** The repository root: NEWS_LENS_REPO from the runner, else derived from out/test/suite/. */
export function repoRoot(): string {
  return process.env.NEWS_LENS_REPO ?? path.resolve(__dirname, '..', '..', '..');
}

export function repoPath(...parts: string[]): string {
  return path.join(repoRoot(), ...parts);
}

/** A path under ../shared beside the repo (read-only real data), or undefined when it does not exist. */
export function sharedPath(...parts: string[]): string | undefined {
  const candidate = path.join(repoRoot(), '..', 'shared', ...parts);
  return fs.existsSync(candidate) ? candidate : undefined;
}

/** A file of the test workspace test/fixtures/ws. */
export function fixturePath(name: string): string {
  return repoPath('test', 'fixtures', 'ws', name);
}

export interface OpenedNews {
  readonly document: vscode.TextDocument;
  readonly editor: vscode.TextEditor;
  readonly analysis: Analysis | undefined;
}

/** Opens and shows a document, then waits until News Lens has analysed it (undefined if it is not news). */
export async function openNews(target: string | vscode.Uri): Promise<OpenedNews> {
  const uri = typeof target === 'string' ? vscode.Uri.file(target) : target;
  const api = await getApi();
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const analysis = await withTimeout(api.analysisFor(document), DEFAULT_TIMEOUT_MS, `analysis of ${uri.fsPath}`);
  return { document, editor, analysis };
}

// Unique per run too: a backup left by an earlier run under the same name would be restored instead.
const untitledRun = Date.now().toString(36);
let untitledSerial = 0;

/**
 * Opens `content` as a new untitled document of `language` under a name no other test uses. VS Code names
 * untitled documents "Untitled-N" with the lowest free N, and when a name comes back before the closed
 * document's backup is discarded it restores that backup instead of the content it was given.
 */
export async function openUntitled(content: string, language = 'news'): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `news-lens-test-${untitledRun}-${++untitledSerial}` });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  // Inserted text takes the document's line ending, so set the content's own first.
  const crlf = content.includes('\r\n') && !/(^|[^\r])\n/.test(content);
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, [
    vscode.TextEdit.setEndOfLine(crlf ? vscode.EndOfLine.CRLF : vscode.EndOfLine.LF),
    vscode.TextEdit.insert(new vscode.Position(0, 0), content),
  ]);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not fill ${uri.toString()}`);
  return document;
}

/** Closes an untitled or edited document without saving (no dialog). */
export async function discard(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Rejects with a descriptive error when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(String(error))); },
    );
  });
}

/** Resolves with the first event that satisfies `accept` (every event when omitted). */
export function waitForEvent<T>(
  event: vscode.Event<T>,
  accept: (value: T) => boolean = () => true,
  ms = DEFAULT_TIMEOUT_MS,
  what = 'event',
): Promise<T> {
  let subscription: vscode.Disposable | undefined;
  const fired = new Promise<T>((resolve) => {
    subscription = event((value) => {
      if (accept(value)) resolve(value);
    });
  });
  return withTimeout(fired, ms, what).finally(() => subscription?.dispose());
}

/** The events after which editor state (diagnostics, decorations' documents, editors, selections) may have changed. */
export const EDITOR_EVENTS: readonly vscode.Event<unknown>[] = [
  vscode.languages.onDidChangeDiagnostics,
  vscode.workspace.onDidChangeTextDocument,
  vscode.workspace.onDidOpenTextDocument,
  vscode.window.onDidChangeActiveTextEditor,
  vscode.window.onDidChangeVisibleTextEditors,
  vscode.window.onDidChangeTextEditorSelection,
];

/**
 * Resolves with the first truthy value of `check`, evaluated now and again after each of `events`
 * (by default, the editor events above) until `ms` elapses.
 */
export function waitUntil<T>(
  check: () => T | undefined | null | false,
  what: string,
  events: readonly vscode.Event<unknown>[] = EDITOR_EVENTS,
  ms = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const subscriptions: vscode.Disposable[] = [];
  const satisfied = new Promise<T>((resolve, reject) => {
    const evaluate = (): void => {
      try {
        const value = check();
        if (value) resolve(value);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    for (const event of events) subscriptions.push(event(evaluate));
    evaluate();
  });
  return withTimeout(satisfied, ms, what).finally(() => {
    for (const subscription of subscriptions) subscription.dispose();
  });
}

/** Resolves with the document's diagnostics once `accept` holds for them (e.g. `(d) => d.length > 0`). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  ms = DEFAULT_TIMEOUT_MS,
): Promise<readonly vscode.Diagnostic[]> {
  return waitUntil(() => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, `diagnostics of ${uri.fsPath}`, [vscode.languages.onDidChangeDiagnostics], ms);
}

/** Closes every editor so that one test's documents do not leak into the next. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
