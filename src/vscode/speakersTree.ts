import * as vscode from 'vscode';
import {
  buildSpeakerTree, citationOf, contextValueOf, descriptionOf, iconOf, labelOf, tooltipOf,
  type ArticleInput, type SpeakerScope, type SpeakerSort, type SpeakerNode, type SpeakerTree, type SpeakerTreeNode, type Statement, type StatementNode,
} from '../core/speakerTree';
import type { AnalysisService } from './analysisCache';
import { configuration, isNewsDocument } from './config';
import { toRange, toSpan } from './ranges';
import { WorkspaceArticles, type ScanSummary } from './workspaceScan';

export const VIEW_ID = 'newsLens.speakers';
const SCOPE_KEY = 'newsLens.speakers.scope';

/** What the integration tests (and other extensions) can reach through the extension's API. */
export interface SpeakersApi {
  readonly provider: SpeakersProvider;
  readonly view: vscode.TreeView<SpeakerTreeNode>;
  /** The current tree, after any pending rebuild (and workspace scan) is done. */
  tree(): Promise<SpeakerTree>;
  roots(): Promise<readonly SpeakerNode[]>;
  children(node: SpeakerTreeNode): readonly SpeakerTreeNode[];
  item(node: SpeakerTreeNode): vscode.TreeItem;
  readonly workspace: WorkspaceArticles;
}

function sortSetting(): SpeakerSort {
  return configuration().get<SpeakerSort>('speakers.sortBy') === 'appearance' ? 'appearance' : 'count';
}

function labelFor(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

export class SpeakersProvider implements vscode.TreeDataProvider<SpeakerTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SpeakerTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly rebuilt = new vscode.EventEmitter<SpeakerTree>();
  readonly onDidRebuild = this.rebuilt.event;
  private current: SpeakerTree = buildSpeakerTree([], { scope: 'article', sortBy: 'count' });
  private pending: Promise<SpeakerTree> | undefined;
  /** The news document the article scope shows (kept while focus is in a panel or this view). */
  document: vscode.TextDocument | undefined;
  scope: SpeakerScope;
  filter = '';

  constructor(
    private readonly analyses: AnalysisService,
    readonly workspace: WorkspaceArticles,
    private readonly state: vscode.Memento,
  ) {
    this.scope = state.get<SpeakerScope>(SCOPE_KEY) === 'workspace' ? 'workspace' : 'article';
  }

  get tree(): SpeakerTree {
    return this.current;
  }

  /** Rebuilds the model; concurrent calls share one rebuild that reflects the latest state. */
  rebuild(): Promise<SpeakerTree> {
    const run = async (): Promise<SpeakerTree> => {
      const tree = buildSpeakerTree(await this.articles(), { scope: this.scope, sortBy: sortSetting(), filter: this.filter });
      this.current = tree;
      this.changed.fire(undefined);
      this.rebuilt.fire(tree);
      return tree;
    };
    const next = (this.pending ?? Promise.resolve(this.current)).then(run, run);
    this.pending = next;
    void next.finally(() => { if (this.pending === next) this.pending = undefined; });
    return next;
  }

  async settled(): Promise<SpeakerTree> {
    if (this.scope === 'workspace') await this.workspace.idle();
    while (this.pending) await this.pending;
    return this.current;
  }

  /** A tree of the given scope without changing the view (for export): waits for the workspace scan. */
  async treeFor(scope: SpeakerScope): Promise<SpeakerTree> {
    if (scope === this.scope) {
      await this.settled();
      return this.current;
    }
    if (scope === 'workspace') {
      if (!this.workspace.hasScanned) await this.workspace.scan();
      await this.workspace.idle();
    }
    return buildSpeakerTree(await this.articles(scope), { scope, sortBy: sortSetting() });
  }

  private async articles(scope: SpeakerScope = this.scope): Promise<ArticleInput[]> {
    if (scope === 'workspace') {
      if (!this.workspace.hasScanned && !this.workspace.isScanning) void this.workspace.scan();
      return this.workspace.list();
    }
    const document = this.document;
    if (!document || document.isClosed || !isNewsDocument(document)) return [];
    const analysis = await this.analyses.whenAnalyzed(document);
    if (!analysis || document !== this.document || document.isClosed) return [];
    return [{ uri: document.uri.toString(), label: labelFor(document.uri), text: document.getText(), analysis }];
  }

  async setScope(scope: SpeakerScope): Promise<void> {
    this.scope = scope;
    await this.state.update(SCOPE_KEY, scope);
    await vscode.commands.executeCommand('setContext', 'newsLens.speakers.scope', scope);
  }

  getTreeItem(node: SpeakerTreeNode): vscode.TreeItem {
    const maxLength = configuration().get<number>('speakers.maxLabelLength') ?? 80;
    const collapsible = node.type === 'statement'
      ? vscode.TreeItemCollapsibleState.None
      : node.type === 'speaker' && this.current.roots.length > 1 && !this.filter
        ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(labelOf(node, maxLength), collapsible);
    item.id = node.id;
    item.description = descriptionOf(node);
    item.tooltip = tooltipOf(node);
    item.contextValue = contextValueOf(node);
    item.iconPath = new vscode.ThemeIcon(iconOf(node));
    if (node.type === 'article') item.resourceUri = vscode.Uri.parse(node.uri);
    if (node.type === 'statement') {
      item.command = { command: 'newsLens.speakers.revealInEditor', title: 'Reveal in Editor', arguments: [node] };
      item.accessibilityInformation = { label: `${node.statement.kind === 'quote' ? 'Quote' : 'Reported speech'}, line ${node.statement.line}: ${node.statement.text}` };
    }
    return item;
  }

  getChildren(node?: SpeakerTreeNode): SpeakerTreeNode[] {
    return [...this.current.children(node)];
  }

  getParent(node: SpeakerTreeNode): SpeakerTreeNode | undefined {
    return this.current.parent(node);
  }

  dispose(): void {
    this.changed.dispose();
    this.rebuilt.dispose();
  }
}

/** Opens the statement's document and selects its span; returns the editor. */
export async function revealStatement(statement: Statement, preserveFocus = true): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(statement.article);
  const document = await vscode.workspace.openTextDocument(uri);
  let span = statement.span;
  const text = document.getText();
  const expected = statement.text;
  if (!text.slice(span.start, span.end).includes(expected)) {
    // The file changed since it was scanned: find the statement nearest its old place.
    const before = text.lastIndexOf(expected, span.start);
    const after = text.indexOf(expected, span.start);
    const found = after < 0 ? before : before < 0 ? after : span.start - before <= after - span.start ? before : after;
    if (found >= 0) span = { start: found, end: found + expected.length };
  }
  const range = toRange(document, span);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus, preview: !visible });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Commands get a node from menus, an id from tests and links, or nothing from the palette (the selection). */
function statementOf(provider: SpeakersProvider, arg: unknown): StatementNode | undefined {
  const node = typeof arg === 'string' ? provider.tree.byId(arg) : (arg as SpeakerTreeNode | undefined);
  return node?.type === 'statement' ? node : undefined;
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): SpeakersApi {
  const workspace = new WorkspaceArticles(analyses);
  const provider = new SpeakersProvider(analyses, workspace, context.workspaceState);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: false });

  const present = (tree: SpeakerTree): void => {
    const count = tree.statementCount;
    view.badge = count > 0 ? { value: count, tooltip: `${count} quotes and reported statements` } : undefined;
    const files = provider.scope === 'workspace' ? workspace.list().length : 0;
    view.description = provider.scope === 'workspace'
      ? `All news files (${files})`
      : provider.document ? labelFor(provider.document.uri) : undefined;
    const messages: string[] = [];
    if (provider.filter) messages.push(`Filtered by "${provider.filter}": ${tree.roots.length} speaker(s).`);
    if (provider.scope === 'workspace' && workspace.isScanning) messages.push('Scanning news files…');
    else if (tree.roots.length === 0 && !provider.filter && (provider.scope === 'workspace' || provider.document)) {
      messages.push(provider.scope === 'workspace' ? 'No quotes found in the news files of this workspace.' : 'No quotes or reported speech found in this article.');
    }
    view.message = messages.length > 0 ? messages.join(' ') : undefined;
    void vscode.commands.executeCommand('setContext', 'newsLens.speakers.hasArticle', provider.document !== undefined);
    void vscode.commands.executeCommand('setContext', 'newsLens.speakers.filtered', provider.filter !== '');
    void vscode.commands.executeCommand('setContext', 'newsLens.speakers.sortBy', sortSetting());
  };

  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (!editor) {
      // Focus moved to a panel or to this view: keep showing the last article while it stays visible.
      if (provider.document && !vscode.window.visibleTextEditors.some((e) => e.document === provider.document)) provider.document = undefined;
    } else {
      provider.document = isNewsDocument(editor.document) ? editor.document : undefined;
    }
    if (provider.scope === 'article') void provider.rebuild();
    else present(provider.tree);
  };

  const followCursor = (event: vscode.TextEditorSelectionChangeEvent): void => {
    if (!view.visible || !configuration().get<boolean>('speakers.followCursor', true)) return;
    if (!isNewsDocument(event.textEditor.document)) return;
    const offset = toSpan(event.textEditor.document, event.selections[0]).start;
    const node = provider.tree.statementAt(event.textEditor.document.uri.toString(), offset);
    if (node && view.selection[0]?.id !== node.id) void view.reveal(node, { select: true, focus: false, expand: true });
  };

  context.subscriptions.push(
    provider,
    workspace,
    view,
    provider.onDidRebuild(present),
    workspace.onDidChange(() => { if (provider.scope === 'workspace') void provider.rebuild(); }),
    analyses.onDidAnalyze(({ document }) => {
      if (provider.scope === 'article' && document === provider.document) void provider.rebuild();
    }),
    analyses.onDidForget((uri) => {
      if (provider.document?.uri.toString() === uri.toString()) { provider.document = undefined; void provider.rebuild(); }
    }),
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.window.onDidChangeTextEditorSelection(followCursor),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('newsLens.speakers')) void provider.rebuild();
    }),
    vscode.commands.registerCommand('newsLens.speakers.refresh', async () => {
      if (provider.scope === 'workspace') await workspace.scan(workspace.scannedFolders);
      return provider.rebuild();
    }),
    vscode.commands.registerCommand('newsLens.speakers.filter', async (text?: string) => {
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: 'Filter Speakers',
        prompt: 'Show speakers whose name or role contains this text, and statements that contain it',
        value: provider.filter,
        placeHolder: 'e.g. Clinton, minister, ceasefire',
      });
      if (value === undefined) return provider.tree;
      provider.filter = value.trim();
      return provider.rebuild();
    }),
    vscode.commands.registerCommand('newsLens.speakers.clearFilter', () => {
      provider.filter = '';
      return provider.rebuild();
    }),
    vscode.commands.registerCommand('newsLens.speakers.sortByAppearance', () =>
      configuration().update('speakers.sortBy', 'appearance', vscode.ConfigurationTarget.Global).then(() => provider.rebuild())),
    vscode.commands.registerCommand('newsLens.speakers.sortByCount', () =>
      configuration().update('speakers.sortBy', 'count', vscode.ConfigurationTarget.Global).then(() => provider.rebuild())),
    vscode.commands.registerCommand('newsLens.speakers.showWorkspace', async (folders?: vscode.Uri | vscode.Uri[]): Promise<ScanSummary> => {
      await provider.setScope('workspace');
      const given = folders === undefined ? undefined : Array.isArray(folders) ? folders : [folders];
      const summary = await workspace.scan(given?.filter((f): f is vscode.Uri => f instanceof vscode.Uri));
      await provider.rebuild();
      return summary;
    }),
    vscode.commands.registerCommand('newsLens.speakers.showArticle', async () => {
      await provider.setScope('article');
      return provider.rebuild();
    }),
    vscode.commands.registerCommand('newsLens.speakers.revealInEditor', async (arg?: unknown) => {
      const node = statementOf(provider, arg ?? view.selection[0]);
      return node ? revealStatement(node.statement) : undefined;
    }),
    vscode.commands.registerCommand('newsLens.speakers.copyQuote', async (arg?: unknown) => {
      const node = statementOf(provider, arg ?? view.selection[0]);
      if (!node) return undefined;
      await vscode.env.clipboard.writeText(node.statement.text);
      return node.statement.text;
    }),
    vscode.commands.registerCommand('newsLens.speakers.copyCitation', async (arg?: unknown) => {
      const node = statementOf(provider, arg ?? view.selection[0]);
      if (!node) return undefined;
      const citation = citationOf(node.statement);
      await vscode.env.clipboard.writeText(citation);
      return citation;
    }),
    vscode.commands.registerCommand('newsLens.revealSpeaker', async (idOrName?: string) => {
      if (typeof idOrName !== 'string') return undefined;
      await provider.settled();
      if (provider.filter && !provider.tree.speaker(idOrName)) {
        provider.filter = '';
        await provider.rebuild();
      }
      const node = provider.tree.speaker(idOrName);
      if (!node) return undefined;
      await view.reveal(node, { select: true, focus: true, expand: true });
      return node.id;
    }),
  );

  void vscode.commands.executeCommand('setContext', 'newsLens.speakers.scope', provider.scope);
  follow(vscode.window.activeTextEditor);

  return {
    provider,
    view,
    workspace,
    tree: () => provider.settled(),
    roots: async () => (await provider.settled()).roots,
    children: (node) => provider.tree.children(node),
    item: (node) => provider.getTreeItem(node),
  };
}
