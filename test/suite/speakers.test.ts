import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ArticleNode, SpeakerNode, SpeakerTreeNode, StatementNode } from '../../src/core/speakerTree';
import type { NewsLensApi } from '../../src/vscode/api';
import type { ScanSummary } from '../../src/vscode/workspaceScan';
import { closeAllEditors, fixturePath, getApi, openNews, repoPath, sharedPath, waitForEvent, waitUntil } from './helpers';

const SEED = ['seeds', '000_5d0278a4d8633017.txt'] as const;

function statementsOf(api: NewsLensApi, node: SpeakerTreeNode): StatementNode[] {
  if (node.type === 'statement') return [node];
  return api.speakers.children(node).flatMap((child) => statementsOf(api, child));
}

/** The tree once it shows the given document's analysis (the view follows the active editor). */
async function treeFor(api: NewsLensApi, document: vscode.TextDocument): Promise<readonly SpeakerNode[]> {
  await waitUntil(() => api.speakers.provider.document === document, `the Speakers view to follow ${path.basename(document.uri.fsPath)}`);
  return (await api.speakers.tree()).roots;
}

describe('speakers: the Speakers and Entities views, and export', () => {
  let api: NewsLensApi;
  before(async () => {
    api = await getApi();
    await vscode.commands.executeCommand('newsLens.speakers.showArticle');
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('newsLens.speakers.clearFilter');
    await vscode.commands.executeCommand('newsLens.speakers.showArticle');
    await closeAllEditors();
  });

  it('contributes the views and commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of [
      'newsLens.revealSpeaker', 'newsLens.exportSpeakers', 'newsLens.speakers.refresh', 'newsLens.speakers.filter', 'newsLens.speakers.clearFilter',
      'newsLens.speakers.showWorkspace', 'newsLens.speakers.showArticle', 'newsLens.speakers.copyQuote', 'newsLens.speakers.copyCitation',
      'newsLens.speakers.revealInEditor', 'newsLens.speakers.sortByAppearance', 'newsLens.speakers.sortByCount', 'newsLens.entities.nextMention',
    ]) {
      assert.ok(commands.includes(command), `${command} is registered`);
    }
    assert.ok(commands.includes('newsLens.speakers.focus') && commands.includes('newsLens.entities.focus'), 'both views exist');
  });

  it('lists the speakers of a fixture with every quote and claim, nothing hidden', async () => {
    const { document, analysis } = await openNews(fixturePath('council_vote.news.txt'));
    assert.ok(analysis);
    const roots = await treeFor(api, document);
    const shown = roots.flatMap((root) => statementsOf(api, root));
    assert.equal(shown.length, analysis.quotes.length + analysis.claims.length, 'every quote and claim is in the tree once');
    assert.ok(shown.length > 0, 'the fixture has quotes');
    for (const node of shown) {
      const item = api.speakers.item(node);
      assert.equal(item.id, node.id);
      assert.match(String(item.contextValue), /^newsLens\.(quote|reported)$/);
      assert.match(String(item.description), /^line \d+$/);
      const text = document.getText().slice(node.statement.span.start, node.statement.span.end);
      assert.ok(text.includes(node.statement.text), 'the statement is slice-true in the document');
    }
    for (const root of roots) {
      assert.equal(api.speakers.provider.getParent(root), undefined);
      for (const child of api.speakers.children(root)) assert.equal(api.speakers.provider.getParent(child)?.id, root.id);
    }
    assert.ok(api.speakers.view.badge && api.speakers.view.badge.value === shown.length, 'the badge counts the statements');
  });

  describe('on the seed article', () => {
    let document: vscode.TextDocument;
    let clinton: SpeakerNode;

    beforeEach(async function () {
      const seed = sharedPath(...SEED);
      if (!seed) this.skip();
      ({ document } = await openNews(seed));
      const roots = await treeFor(api, document);
      const found = roots.find((root) => root.name === 'Hillary Clinton');
      assert.ok(found, `Hillary Clinton is a speaker (found: ${roots.map((r) => r.name).join(', ')})`);
      clinton = found;
    });

    it('shows Hillary Clinton first, with her role and at least five statements in reading order', async () => {
      const roots = await api.speakers.roots();
      assert.equal(roots[0].name, 'Hillary Clinton');
      const item = api.speakers.item(clinton);
      assert.match(String(item.description), /Secretary of State/);
      assert.equal((item.iconPath as vscode.ThemeIcon).id, 'person');
      const statements = statementsOf(api, clinton);
      assert.ok(statements.length >= 5, `${statements.length} statements`);
      const starts = statements.map((s) => s.statement.span.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'reading order');
      const kinds = new Set(statements.map((s) => (api.speakers.item(s).iconPath as vscode.ThemeIcon).id));
      assert.deepEqual([...kinds].sort(), ['comment', 'quote'], 'quotes and reported speech have different icons');
    });

    it('selecting a statement selects its span in the editor', async () => {
      const [statement] = statementsOf(api, clinton).filter((s) => s.statement.kind === 'quote');
      const item = api.speakers.item(statement);
      assert.equal(item.command?.command, 'newsLens.speakers.revealInEditor');
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>(item.command.command, ...(item.command.arguments ?? []));
      const expected = new vscode.Range(document.positionAt(statement.statement.span.start), document.positionAt(statement.statement.span.end));
      assert.ok(editor.selection.isEqual(expected), `selection ${JSON.stringify(editor.selection)} equals the quote's range`);
      assert.equal(vscode.window.activeTextEditor?.document, document);
    });

    it('moving the cursor into a quote reveals it in the tree', async () => {
      await vscode.commands.executeCommand('newsLens.speakers.focus');
      const editor = await vscode.window.showTextDocument(document);
      const target = statementsOf(api, clinton).filter((s) => s.statement.kind === 'quote').at(-1);
      assert.ok(target);
      const inside = document.positionAt(target.statement.span.start + 5);
      editor.selection = new vscode.Selection(inside, inside);
      await waitUntil(() => api.speakers.view.selection[0]?.id === target.id, 'the quote to be selected in the Speakers view',
        [api.speakers.view.onDidChangeSelection, vscode.window.onDidChangeTextEditorSelection]);
    });

    it('reveals a speaker by the engine id that hovers link to', async () => {
      const analysis = await api.analysisFor(document);
      const engineId = analysis?.speakers.find((s) => s.name === 'Hillary Clinton')?.id;
      assert.ok(engineId);
      const revealed = await vscode.commands.executeCommand<string>('newsLens.revealSpeaker', engineId);
      assert.equal(revealed, clinton.id);
      await waitUntil(() => api.speakers.view.selection[0]?.id === clinton.id, 'Clinton selected', [api.speakers.view.onDidChangeSelection]);
    });

    it('filters by speaker name or text and clears the filter', async () => {
      const byName = await vscode.commands.executeCommand<{ roots: readonly SpeakerNode[] }>('newsLens.speakers.filter', 'clinton');
      assert.deepEqual(byName.roots.map((r) => r.name), ['Hillary Clinton']);
      const byText = await vscode.commands.executeCommand<{ roots: readonly SpeakerNode[] }>('newsLens.speakers.filter', 'breakthrough');
      assert.ok(byText.roots.length >= 1);
      for (const root of byText.roots) for (const s of statementsOf(api, root)) assert.match(s.statement.text.toLowerCase(), /breakthrough/);
      const cleared = await vscode.commands.executeCommand<{ roots: readonly SpeakerNode[] }>('newsLens.speakers.clearFilter');
      assert.ok(cleared.roots.length > 1);
    });

    it('sorts by first appearance or by count from the title bar, remembering the choice', async () => {
      const settings = () => vscode.workspace.getConfiguration('newsLens.speakers');
      const before = settings().inspect<string>('sortBy')?.globalValue;
      try {
        const byAppearance = await vscode.commands.executeCommand<{ options: { sortBy: string }; roots: readonly SpeakerNode[] }>('newsLens.speakers.sortByAppearance');
        assert.equal(byAppearance.options.sortBy, 'appearance');
        assert.equal(settings().get('sortBy'), 'appearance');
        const firsts = byAppearance.roots.filter((r) => r.speakerKind !== 'unattributed').map((r) => Math.min(...statementsOf(api, r).map((s) => s.statement.span.start)));
        assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b), 'speakers in order of their first statement');
        const byCount = await vscode.commands.executeCommand<{ options: { sortBy: string }; roots: readonly SpeakerNode[] }>('newsLens.speakers.sortByCount');
        const counts = byCount.roots.filter((r) => r.speakerKind !== 'unattributed').map((r) => r.quoteCount + r.reportedCount);
        assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'speakers by number of statements');
      } finally {
        await settings().update('sortBy', before, vscode.ConfigurationTarget.Global);
      }
    });

    it('copies a statement as a citation', async () => {
      const [statement] = statementsOf(api, clinton);
      const citation = await vscode.commands.executeCommand<string>('newsLens.speakers.copyCitation', statement);
      assert.match(citation, /^".+" — Hillary Clinton, U\.S\. Secretary of State \(000_5d0278a4d8633017\.txt:\d+\)$/);
      assert.equal(await vscode.env.clipboard.readText(), citation);
      const quote = await vscode.commands.executeCommand<string>('newsLens.speakers.copyQuote', statement.id);
      assert.equal(quote, statement.statement.text);
    });

    const formats = [
      { format: 'json', check: (text: string, count: number) => assert.equal((JSON.parse(text) as unknown[]).length, count) },
      { format: 'csv', check: (text: string, count: number) => {
        assert.match(text, /^file,line,speaker,role,kind,text\r\n/);
        assert.equal(text.split('\r\n').filter((line) => line.startsWith('000_')).length, count);
      } },
      { format: 'markdown', check: (text: string, count: number) => assert.equal(text.trim().split('\n').length, count + 2) },
    ] as const;
    for (const { format, check } of formats) {
      it(`exports the article's speakers and claims as ${format}`, async () => {
        const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-export-')), `seed.${format}`));
        const result = await vscode.commands.executeCommand<{ rows: number; target: vscode.Uri }>('newsLens.exportSpeakers', { format, scope: 'article', target });
        const analysis = await api.analysisFor(document);
        assert.ok(analysis);
        assert.equal(result.rows, analysis.quotes.length + analysis.claims.length);
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        assert.match(text, /Hillary Clinton/);
        assert.match(text, /reported/);
        check(text, result.rows);
      });
    }
  });

  it('exports the whole workspace without changing what the view shows', async function () {
    this.timeout(120000);
    const { document, analysis } = await openNews(fixturePath('council_vote.news.txt'));
    assert.ok(analysis);
    await treeFor(api, document);
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-export-')), 'workspace.json'));
    const result = await vscode.commands.executeCommand<{ rows: number }>('newsLens.exportSpeakers', { format: 'json', scope: 'workspace', target });
    const rows = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { file: string; kind: string }[];
    assert.equal(rows.length, result.rows);
    const files = new Set(rows.map((r) => r.file));
    assert.ok(files.has('council_vote.news.txt') && files.has('wildfire.news'), [...files].join(', '));
    assert.ok(rows.length > analysis.quotes.length + analysis.claims.length);
    assert.equal(api.speakers.provider.scope, 'article', 'the view stays on the article');
  });

  it('the Entities view groups mentions by type and steps through them', async () => {
    const { document, analysis } = await openNews(fixturePath('council_vote.news.txt'));
    assert.ok(analysis);
    await waitUntil(() => api.entities.provider.document === document, 'the Entities view to follow the article');
    const groups = await api.entities.roots();
    assert.ok(groups.length > 0, 'some people, organizations or places');
    const counted = groups.flatMap((g) => g.children).reduce((sum, e) => sum + e.mentions.length, 0);
    assert.equal(counted, analysis.entities.filter((e) => ['person', 'place', 'organization'].includes(e.type)).length);
    const entity = groups.flatMap((g) => g.children).find((e) => e.mentions.length >= 2) ?? groups[0].children[0];
    const visited: string[] = [];
    for (let step = 0; step < entity.mentions.length + 1; step++) {
      const range = await vscode.commands.executeCommand<vscode.Range>('newsLens.entities.nextMention', entity);
      assert.ok(vscode.window.activeTextEditor?.selection.isEqual(range));
      visited.push(`${document.offsetAt(range.start)}`);
    }
    assert.deepEqual(visited.slice(0, -1), entity.mentions.map((m) => `${m.start}`), 'each step goes to the next mention');
    assert.equal(visited.at(-1), visited[0], 'and wraps around');
  });

  it('the workspace scope merges speakers over several folders and groups statements by article', async function () {
    this.timeout(120000);
    const folders = [vscode.Uri.file(repoPath('samples')), vscode.Uri.file(repoPath('test', 'fixtures', 'ws'))];
    const raw = sharedPath('eval', 'raw');
    if (raw) for (const name of fs.readdirSync(raw).filter((n) => n.endsWith('.txt'))) folders.push(vscode.Uri.file(path.join(raw, name)));
    const summary = await vscode.commands.executeCommand<ScanSummary>('newsLens.speakers.showWorkspace', folders);
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 4 + (raw ? 20 : 0), `${summary.files} files scanned in ${summary.ms} ms`);
    console.log(`      workspace scope: ${summary.files} files, ${summary.skipped} skipped, ${summary.ms} ms (${summary.backend})`);
    assert.equal(summary.backend, 'worker', 'the scan runs off the extension host thread');
    const tree = await api.speakers.tree();
    assert.equal(api.speakers.provider.scope, 'workspace');
    const articleLabels = new Set<string>();
    for (const root of tree.roots) {
      for (const child of api.speakers.children(root)) {
        assert.equal(child.type, 'article', 'speaker → article → statements');
        const article = child as ArticleNode;
        articleLabels.add(article.label);
        for (const statement of api.speakers.children(article)) assert.equal(api.speakers.provider.getParent(statement)?.id, article.id);
      }
    }
    assert.ok(articleLabels.has('ws/council_vote.news.txt') && articleLabels.has('samples/001_port_strike.txt'), [...articleLabels].slice(0, 8).join(', '));
    assert.ok(tree.roots.some((r) => api.speakers.children(r).length > 1) || !raw, 'some speaker is merged across articles');
    assert.match(String(api.speakers.view.description), /All news files/);
  });

  it('the workspace scope follows files created and edited on disk', async function () {
    this.timeout(60000);
    const folder = vscode.Uri.file(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ws-')));
    const file = vscode.Uri.joinPath(folder, '301_harbour.news');
    const write = (text: string) => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    await write('"The water is rising fast," said Mira Castellanos, the harbour master.\n');
    await vscode.commands.executeCommand('newsLens.speakers.showWorkspace', [folder]);
    assert.ok((await api.speakers.tree()).roots.some((r) => r.name.includes('Castellanos')));
    const added = waitForEvent(api.speakers.provider.onDidRebuild, (tree) => tree.roots.some((r) => r.name.includes('Okonkwo')), 30000, 'the new file to be scanned');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '302_bridge.news'),
      new TextEncoder().encode('"We closed the bridge at noon," said Ada Okonkwo, a police spokeswoman.\n'));
    await added;
    const removed = waitForEvent(api.speakers.provider.onDidRebuild, (tree) => !tree.roots.some((r) => r.name.includes('Castellanos')), 30000, 'the deleted file to disappear');
    await vscode.workspace.fs.delete(file);
    await removed;
  });
});
