import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis, Span } from '../../src/core/types';
import { EXTENSION_ID, getApi, openUntitled, waitForEvent } from './helpers';

/** A minimal in-memory file system: News Lens must read workspace files only through `workspace.fs`. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file.byteLength };
    if (this.childrenOf(uri.path).length > 0 || uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const entries = new Map<string, vscode.FileType>();
    for (const child of this.childrenOf(uri.path)) {
      const [name, ...rest] = child.split('/');
      entries.set(name, rest.length > 0 ? vscode.FileType.Directory : vscode.FileType.File);
    }
    return [...entries];
  }

  createDirectory(): void {
    // Directories exist implicitly while they hold files.
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const existed = this.files.has(uri.path);
    this.files.set(uri.path, content);
    this.changed.fire([{ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const file = this.readFile(oldUri);
    this.files.delete(oldUri.path);
    this.files.set(newUri.path, file);
  }

  private childrenOf(directory: string): string[] {
    const prefix = directory.endsWith('/') ? directory : `${directory}/`;
    return [...this.files.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  }
}

const SCHEME = 'newslens-mem';
const ARTICLE_ONE = [
  'The harbour board met on Monday to discuss the new ferry timetable.',
  '"We will run the first boat at six," said Oriane Falk, the board chair.',
  'Falk said the council would pay for two extra crossings on Sundays.',
].join('\n');
const ARTICLE_TWO = [
  '"The timetable ignores the night shift," said Bertil Okonjo, a union organiser.',
  'Okonjo told reporters the union would ask for a later last crossing.',
].join('\n');

function checkSpans(document: vscode.TextDocument, analysis: Analysis): void {
  const text = document.getText();
  const within = (span: Span, what: string): void => {
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} [${span.start}, ${span.end}) is out of bounds`);
  };
  for (const quote of analysis.quotes) {
    within(quote, 'quote');
    assert.equal(text.slice(quote.start, quote.end), quote.text);
  }
  for (const claim of analysis.claims) {
    within(claim, 'claim');
    assert.equal(text.slice(claim.start, claim.end), claim.text);
  }
  for (const entity of analysis.entities) {
    within(entity, 'entity');
    assert.equal(text.slice(entity.start, entity.end), entity.text);
  }
  for (const paragraph of analysis.paragraphs) within(paragraph, 'paragraph');
  for (const finding of analysis.duplicates) within(finding.removal, 'duplicate removal');
}

/** Hostile documents a scraper can produce (issue 8); each must give a graceful result in the extension host. */
const HOSTILE: readonly { readonly name: string; readonly content: () => string }[] = [
  { name: 'empty', content: () => '' },
  { name: 'whitespace only', content: () => ' \n\t\n\r\n   \u00a0\n' },
  { name: 'CR-only line endings with a duplicate', content: () => 'One line here.\rAnother line.\rOne line here.\r' },
  { name: 'mixed line endings', content: () => 'First.\r\nSecond "quoted" line, she said.\nFirst.\rLast' },
  { name: '10,000 unmatched quote marks', content: () => 'He said " and '.repeat(10_000) },
  { name: 'deeply nested quotes', content: () => `${'"a \'b '.repeat(300)}end` },
  { name: 'RTL text, combining marks and emoji next to quotes', content: () => '"\u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633\u0644\u0627\u0645," said Ze\u0301lie \uD83D\uDE00 "\u202Eolleh\u202C \uD83D\uDC4D\uD83C\uDFFD"' },
  { name: 'lone surrogates', content: () => 'Broken \uD800 text "with \uDC00 a quote," she said.' },
  { name: '10,000 one-word paragraphs', content: () => Array.from({ length: 10_000 }, (_, i) => `word${i % 5000}`).join('\n') },
  { name: 'a single 5 MB line', content: () => 'officials said the plan would go ahead and the minister told reporters it was fine '.repeat(62_000) },
];

describe('trust and bad input (issue 8)', function () {
  this.timeout(180_000);

  it('declares untrusted-workspace support and virtual-workspace support', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension is installed');
    const capabilities = (extension.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown } }).capabilities;
    assert.equal(capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(capabilities?.virtualWorkspaces, true);
  });

  describe('a virtual file system', () => {
    const memory = new MemoryFileSystem();
    let registration: vscode.Disposable | undefined;
    before(() => {
      registration = vscode.workspace.registerFileSystemProvider(SCHEME, memory, { isCaseSensitive: true });
      const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
      memory.writeFile(vscode.Uri.from({ scheme: SCHEME, path: '/corpus/001_ferry.txt' }), encode(ARTICLE_ONE));
      memory.writeFile(vscode.Uri.from({ scheme: SCHEME, path: '/corpus/nested/union.news.txt' }), encode(ARTICLE_TWO));
      memory.writeFile(vscode.Uri.from({ scheme: SCHEME, path: '/corpus/notes.md' }), encode('# not news'));
    });
    after(async () => {
      await vscode.commands.executeCommand('newsLens.speakers.showArticle');
      registration?.dispose();
    });

    it('opens a news document from it and analyses it', async () => {
      const api = await getApi();
      const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: SCHEME, path: '/corpus/001_ferry.txt' }));
      assert.equal(document.languageId, 'news');
      const analysis = await api.analysisFor(document);
      assert.ok(analysis, 'analysed');
      assert.ok(analysis.speakers.some((s) => s.name === 'Oriane Falk'), `speakers: ${analysis.speakers.map((s) => s.name).join(', ')}`);
    });

    it('scans it for the Speakers view and exports through workspace.fs', async () => {
      const summary = await vscode.commands.executeCommand<{ files: number }>('newsLens.speakers.showWorkspace', vscode.Uri.from({ scheme: SCHEME, path: '/corpus' }));
      assert.equal(summary.files, 2, 'both news files, not the Markdown file');
      const target = vscode.Uri.from({ scheme: SCHEME, path: '/out/speakers.json' });
      const result = await vscode.commands.executeCommand<{ rows: number }>('newsLens.exportSpeakers', { format: 'json', scope: 'workspace', target });
      assert.ok(result.rows >= 3, `rows: ${result.rows}`);
      const exported = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(exported, /Oriane Falk/);
      assert.match(exported, /Bertil Okonjo/);
    });
  });

  describe('hostile documents in the extension host', () => {
    for (const { name, content } of HOSTILE) {
      it(`${name}: analysed without an exception, spans slice-true, providers answer`, async () => {
        const api = await getApi();
        const document = await openUntitled(content());
        try {
          await vscode.window.showTextDocument(document);
          const analysis = await api.analysisFor(document);
          assert.ok(analysis, 'analysed');
          checkSpans(document, analysis);
          const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
          await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', document.uri);
          await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, document.positionAt(Math.floor(document.getText().length / 2)));
          await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, whole);
          await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
        } finally {
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        }
      });
    }

    it('a document with NUL bytes is skipped and the user is told why', async () => {
      const api = await getApi();
      const skipped = waitForEvent(api.onDidSkip, (event) => event.reason === 'binary', 30_000, 'binary skip notice');
      const document = await openUntitled('PK\u0003\u0004\u0000\u0000 binary "data" \u0000');
      try {
        await vscode.window.showTextDocument(document);
        const notice = await skipped;
        assert.match(notice.message, /binary|NUL/i);
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });
  });
});
