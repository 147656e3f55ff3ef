import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { discard, fixturePath, getApi, openUntitled, sharedPath, waitForDiagnostics, waitUntil, withTimeout } from './helpers';

const SEED = sharedPath('seeds', '000_5d0278a4d8633017.txt');
const DUPLICATE_CODES = new Set(['duplicate-paragraph', 'near-duplicate-paragraph']);

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function duplicateDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'News Lens' && DUPLICATE_CODES.has(codeOf(d)));
}

/** The seed's lines (without terminators) and its line terminator. */
function seedLines(text: string): { lines: string[]; eol: string; finalNewline: boolean } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const finalNewline = text.endsWith(eol);
  const lines = (finalNewline ? text.slice(0, -eol.length) : text).split(eol);
  return { lines, eol, finalNewline };
}

/** The seed with the given 1-based lines removed, everything else byte-for-byte the same. */
function withoutLines(text: string, remove: readonly number[]): string {
  const { lines, eol, finalNewline } = seedLines(text);
  const kept = lines.filter((_, i) => !remove.includes(i + 1));
  return kept.join(eol) + (finalNewline ? eol : '');
}

/** The codes of the duplicate diagnostics under a URI, sorted, e.g. "duplicate-paragraph,near-duplicate-paragraph". */
function duplicateCodes(uri: vscode.Uri): string {
  return duplicateDiagnostics(uri).map(codeOf).sort().join(',');
}

/**
 * Opens text as an untitled news document (never touching ../shared) and waits for its duplicate diagnostics,
 * named by code: an untitled name is reused, so a bare count could be met by an earlier document's diagnostics.
 */
async function openUntitledNews(content: string, expectedCodes: readonly string[]): Promise<vscode.TextDocument> {
  await getApi();
  const document = await openUntitled(content);
  await vscode.window.showTextDocument(document, { preview: false });
  const expected = [...expectedCodes].sort().join(',');
  await waitForDiagnostics(document.uri, () => duplicateCodes(document.uri) === expected);
  return document;
}

async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind?.value)) ?? [];
}

async function setSetting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
}

// An invented article: paragraph 4 nearly repeats paragraph 2 (one word changed), paragraph 6 repeats 3 exactly.
const INVENTED = [
  'The regional rail operator announced on Monday that night trains between the two valleys will return next year.',
  'Passengers will be able to book sleeper cabins and couchette seats online or at any staffed station, the operator said in a statement, and the first departures are planned for March.',
  '"We listened to the people who missed these trains," said the operator\'s chief executive, Ilse Marchetti.',
  'Passengers will be able to book sleeper cabins and couchette seats online or at any staffed station, the operator said in a statement, and the first departures are planned for April.',
  'Tickets are expected to cost about the same as a hotel room.',
  '"We listened to the people who missed these trains," said the operator\'s chief executive, Ilse Marchetti.',
].join('\r\n');
const INVENTED_DUPLICATES = ['duplicate-paragraph', 'near-duplicate-paragraph'];
// The seed repeats one paragraph and one pair of paragraphs, each exactly.
const SEED_DUPLICATES = ['duplicate-paragraph', 'duplicate-paragraph'];

describe('duplicates: diagnostics, quick fixes, fix-all, on save, commands', function () {
  this.timeout(60000);
  const opened: vscode.TextDocument[] = [];
  afterEach(async () => {
    for (const document of opened.splice(0)) await discard(document);
  });

  describe('on the seed article', function () {
    let seedText = '';
    before(function () {
      if (!SEED) this.skip();
      seedText = fs.readFileSync(SEED as string, 'utf8');
    });

    it('flags exactly line 5 and lines 9–10, pointing back to line 4 and lines 7–8', async () => {
      const document = await openUntitledNews(seedText, SEED_DUPLICATES);
      opened.push(document);
      const diagnostics = duplicateDiagnostics(document.uri).sort((a, b) => a.range.start.line - b.range.start.line);
      const view = diagnostics.map((d) => ({
        lines: [d.range.start.line + 1, d.range.end.line + 1],
        related: d.relatedInformation?.map((r) => [r.location.range.start.line + 1, r.location.range.end.line + 1]),
        relatedUri: d.relatedInformation?.[0]?.location.uri.toString(),
        message: d.message,
        severity: d.severity,
        code: codeOf(d),
        target: typeof d.code === 'object' ? d.code.target.fragment : undefined,
        unnecessary: d.tags?.includes(vscode.DiagnosticTag.Unnecessary),
      }));
      const common = { relatedUri: document.uri.toString(), severity: vscode.DiagnosticSeverity.Warning, code: 'duplicate-paragraph', target: 'duplicate-paragraph', unnecessary: true };
      assert.deepEqual(view, [
        { ...common, lines: [5, 5], related: [[4, 4]], message: 'Duplicate of the paragraph at line 4' },
        { ...common, lines: [9, 10], related: [[7, 8]], message: 'Duplicate of the paragraphs at lines 7\u20138' },
      ]);
      // Each diagnostic covers the whole copy.
      assert.equal(document.getText(diagnostics[0].range), document.lineAt(4).text.trim());
    });

    it('the preferred quick fix removes line 5 and nothing else, as one undo step', async () => {
      const document = await openUntitledNews(seedText, SEED_DUPLICATES);
      opened.push(document);
      const [first] = duplicateDiagnostics(document.uri).sort((a, b) => a.range.start.line - b.range.start.line);
      const actions = await codeActions(document, first.range, vscode.CodeActionKind.QuickFix);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Remove all 3 duplicate paragraphs'), `titles: ${titles.join(' | ')}`);
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1);
      assert.equal(preferred[0].title, 'Remove duplicate paragraph');
      assert.equal(preferred[0].kind?.value, 'quickfix');
      assert.ok(preferred[0].edit);
      assert.equal(await vscode.workspace.applyEdit(preferred[0].edit), true);
      assert.equal(document.getText(), withoutLines(seedText, [5]));
      await waitForDiagnostics(document.uri, () => duplicateDiagnostics(document.uri).length === 1);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), seedText, 'one undo restores the text');
    });

    it('fix-all (source.fixAll.newsLens) leaves 11 paragraphs and nothing else changed', async () => {
      const document = await openUntitledNews(seedText, SEED_DUPLICATES);
      opened.push(document);
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const quickOnly = await codeActions(document, whole, vscode.CodeActionKind.QuickFix);
      assert.ok(quickOnly.every((a) => a.kind?.value === 'quickfix'), 'context.only is honoured');
      const actions = await codeActions(document, whole, vscode.CodeActionKind.SourceFixAll.append('newsLens'));
      assert.deepEqual(actions.map((a) => a.kind?.value), ['source.fixAll.newsLens']);
      assert.ok(actions[0].edit);
      assert.equal(await vscode.workspace.applyEdit(actions[0].edit), true);
      const fixed = document.getText();
      assert.equal(fixed, withoutLines(seedText, [5, 9, 10]));
      assert.equal(seedLines(fixed).lines.filter((l) => l.trim() !== '').length, 11);
      await waitForDiagnostics(document.uri, () => duplicateDiagnostics(document.uri).length === 0);
      const again = await codeActions(document, new vscode.Range(0, 0, document.lineCount, 0), vscode.CodeActionKind.SourceFixAll.append('newsLens'));
      assert.equal(again.length, 0, 'nothing left to fix');
    });

    it('saving with editor.codeActionsOnSave {"source.fixAll.newsLens": "explicit"} removes the duplicates on disk', async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-onsave-'));
      const file = path.join(folder, '000_on_save_copy.txt');
      fs.writeFileSync(file, seedText);
      await vscode.workspace.getConfiguration('editor', { languageId: 'news' }).update('codeActionsOnSave', { 'source.fixAll.newsLens': 'explicit' }, vscode.ConfigurationTarget.Global, true);
      try {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        assert.equal(document.languageId, 'news');
        const editor = await vscode.window.showTextDocument(document, { preview: false });
        await waitForDiagnostics(document.uri, () => duplicateDiagnostics(document.uri).length === 2);
        const addition = 'An invented closing paragraph added before saving.\n';
        await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, addition));
        await vscode.commands.executeCommand('workbench.action.files.save');
        await waitUntil(() => !document.isDirty, 'the document to be saved', [vscode.workspace.onDidSaveTextDocument, vscode.workspace.onDidChangeTextDocument]);
        assert.equal(fs.readFileSync(file, 'utf8'), withoutLines(seedText, [5, 9, 10]) + addition);
        opened.push(document);
      } finally {
        await vscode.workspace.getConfiguration('editor', { languageId: 'news' }).update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });

    it('"News Lens: Remove Duplicate Paragraphs" fixes the active document and returns the counts', async () => {
      const document = await openUntitledNews(seedText, SEED_DUPLICATES);
      opened.push(document);
      const summary = await vscode.commands.executeCommand<{ files: number; paragraphs: number; applied: boolean }>('newsLens.removeDuplicates');
      assert.deepEqual({ files: summary.files, paragraphs: summary.paragraphs, applied: summary.applied }, { files: 1, paragraphs: 3, applied: true });
      assert.equal(document.getText(), withoutLines(seedText, [5, 9, 10]));
    });

    it('severity "off" clears the duplicate diagnostics, and "error" brings them back as errors', async () => {
      const document = await openUntitledNews(seedText, SEED_DUPLICATES);
      opened.push(document);
      try {
        await setSetting('newsLens', 'duplicates.severity', 'off');
        await waitForDiagnostics(document.uri, () => duplicateDiagnostics(document.uri).length === 0);
        const actions = await codeActions(document, new vscode.Range(4, 0, 4, 1), vscode.CodeActionKind.QuickFix);
        assert.equal(actions.length, 0, 'no quick fixes while off');
        await setSetting('newsLens', 'duplicates.severity', 'error');
        const back = await waitForDiagnostics(document.uri, () => duplicateDiagnostics(document.uri).length === 2);
        assert.ok(back.filter((d) => DUPLICATE_CODES.has(codeOf(d))).every((d) => d.severity === vscode.DiagnosticSeverity.Error));
      } finally {
        await setSetting('newsLens', 'duplicates.severity', undefined);
      }
    });
  });

  describe('on invented text', () => {
    it('reports a near-duplicate with its similarity and offers "Keep this version instead"', async () => {
      const document = await openUntitledNews(INVENTED, INVENTED_DUPLICATES);
      opened.push(document);
      const near = duplicateDiagnostics(document.uri).find((d) => codeOf(d) === 'near-duplicate-paragraph');
      assert.ok(near, 'a near-duplicate diagnostic');
      assert.match(near.message, /^Near-duplicate \(\d{2}% similar\) of the paragraph at line 2$/);
      assert.equal(near.range.start.line, 3);
      assert.ok(!near.tags?.includes(vscode.DiagnosticTag.Unnecessary), 'a near copy is not faded: it differs');
      const actions = await codeActions(document, near.range, vscode.CodeActionKind.QuickFix);
      const keep = actions.find((a) => a.title === 'Keep this version instead');
      assert.ok(keep?.edit, `titles: ${actions.map((a) => a.title).join(' | ')}`);
      await vscode.workspace.applyEdit(keep.edit);
      const lines = document.getText().split('\r\n');
      assert.equal(lines.length, 5, 'one paragraph removed; CRLF kept');
      assert.ok(lines.some((l) => l.includes('planned for April')), 'the later version is kept');
      assert.ok(!lines.some((l) => l.includes('planned for March')), 'the earlier version is gone');
    });

    it('applies quick fixes only to the version they were computed for', async () => {
      const document = await openUntitledNews(INVENTED, INVENTED_DUPLICATES);
      opened.push(document);
      const exact = duplicateDiagnostics(document.uri).find((d) => codeOf(d) === 'duplicate-paragraph');
      assert.ok(exact);
      // Edit first (the diagnostics are now one version old), then ask: the actions must match the new text.
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Invented headline\r\n'));
      const actions = await codeActions(document, exact.range.with(exact.range.start.translate(1), exact.range.end.translate(1)), vscode.CodeActionKind.QuickFix);
      const remove = actions.find((a) => a.isPreferred);
      assert.ok(remove?.edit);
      await vscode.workspace.applyEdit(remove.edit);
      const lines = document.getText().split('\r\n');
      assert.equal(lines[0], 'Invented headline');
      assert.equal(lines.filter((l) => l.includes('We listened')).length, 1);
      assert.equal(lines.length, 6);
    });

    describe('"Remove Duplicate Paragraphs in Workspace"', () => {
      let folder = '';
      let withDuplicates = '';
      let notNews = '';
      beforeEach(() => {
        // Inside the test workspace (findFiles searches workspace folders), removed afterwards.
        folder = fs.mkdtempSync(path.join(fixturePath(''), '.news-lens-duplicates-'));
        withDuplicates = path.join(folder, 'rail.news.txt');
        notNews = path.join(folder, 'notes.txt');
        fs.writeFileSync(withDuplicates, INVENTED);
        fs.writeFileSync(path.join(folder, '301_clean_story.txt'), 'Only one paragraph here.\nAnd a different second one.\n');
        fs.writeFileSync(notNews, 'Same line.\nSame line.\n');
      });
      afterEach(async () => {
        for (const document of vscode.workspace.textDocuments.filter((d) => d.uri.fsPath.startsWith(folder) && d.isDirty)) await discard(document);
        fs.rmSync(folder, { recursive: true, force: true });
      });

      it('fixes every news file of a folder in one edit, read through workspace.fs', async () => {
        const summary = await vscode.commands.executeCommand<{ files: number; paragraphs: number; applied: boolean; examined: number }>(
          'newsLens.removeDuplicatesInWorkspace', { folder: vscode.Uri.file(folder).toString(), confirm: false });
        assert.deepEqual({ files: summary.files, paragraphs: summary.paragraphs, applied: summary.applied, examined: summary.examined },
          { files: 1, paragraphs: 2, applied: true, examined: 2 });
        const fixed = await vscode.workspace.openTextDocument(vscode.Uri.file(withDuplicates));
        const lines = fixed.getText().split('\r\n');
        assert.equal(lines.length, 4, 'the exact copy and the near copy are removed, CRLF kept');
        assert.equal(fs.readFileSync(notNews, 'utf8'), 'Same line.\nSame line.\n', 'a file that is not news is untouched');
        opened.push(fixed);
      });

      it('by default shows the refactor preview and changes nothing until the user applies it', async () => {
        const running = vscode.commands.executeCommand<{ applied: boolean; files: number }>('newsLens.removeDuplicatesInWorkspace', { folder: vscode.Uri.file(folder).toString() });
        let settled = false;
        void running.then(() => { settled = true; }, () => { settled = true; });
        // The preview is workbench UI without an extension event: discard it as a user would, retrying until it is up.
        for (let attempt = 0; attempt < 100 && !settled; attempt++) {
          await vscode.commands.executeCommand('refactorPreview.discard').then(undefined, () => undefined);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const summary = await withTimeout(running, 5000, 'the workspace command');
        assert.equal(summary.files, 1);
        assert.equal(summary.applied, false, 'discarding the preview applies nothing');
        assert.equal(fs.readFileSync(withDuplicates, 'utf8'), INVENTED);
      });
    });
  });
});
