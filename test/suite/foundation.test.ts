import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, fixturePath, getApi, openNews, sharedPath, waitUntil } from './helpers';

describe('foundation: News Lens inside a real VS Code', () => {
  afterEach(closeAllEditors);

  it('runs inside VS Code and the extension is registered and active', async () => {
    console.log(`    VS Code ${vscode.version} (appHost=${vscode.env.appHost}, appName=${vscode.env.appName}, uiKind=${vscode.UIKind[vscode.env.uiKind]})`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is registered`);
    const api = await getApi();
    assert.equal(typeof api.analysisFor, 'function');
    assert.equal(extension.isActive, true);
  });

  it('opens the seed article as News Text', async function () {
    const seed = sharedPath('seeds', '000_5d0278a4d8633017.txt');
    if (!seed) this.skip();
    const { document, analysis } = await openNews(seed);
    assert.equal(document.languageId, 'news');
    assert.ok(analysis, 'the seed article was analysed');
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  const newsFixtures: ReadonlyArray<{ name: string; why: string }> = [
    { name: 'council_vote.news.txt', why: '*.news.txt' },
    { name: 'wildfire.news', why: '*.news' },
    { name: '202_library_reopens.txt', why: 'NNN_*.txt like the seed' },
  ];
  for (const { name, why } of newsFixtures) {
    it(`gives ${name} (${why}) the news language and an analysis`, async () => {
      const { document, analysis } = await openNews(fixturePath(name));
      assert.equal(document.languageId, 'news');
      assert.ok(analysis, `${name} was analysed`);
    });
  }

  it('leaves other text files alone', async () => {
    const { document, analysis } = await openNews(fixturePath('plain_notes.txt'));
    assert.equal(document.languageId, 'plaintext');
    assert.equal(analysis, undefined);
  });

  it('"News Lens: Annotate as News Text" switches a plain-text document to news', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newsLens.annotateAsNews'), 'the command is registered');
    const { document } = await openNews(fixturePath('plain_notes.txt'));
    assert.equal(document.languageId, 'plaintext');
    const result = await vscode.commands.executeCommand<string>('newsLens.annotateAsNews');
    assert.equal(result, 'news');
    const active = await waitUntil(
      () => vscode.window.activeTextEditor?.document.languageId === 'news' && vscode.window.activeTextEditor.document,
      'the active document to become news',
    );
    assert.equal(active.uri.fsPath, fixturePath('plain_notes.txt'));
    // Hand the shared fixture back as plain text for the suites that run after this one.
    await vscode.languages.setTextDocumentLanguage(active, 'plaintext');
  });
});
