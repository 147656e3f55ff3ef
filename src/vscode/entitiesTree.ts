import * as vscode from 'vscode';
import { buildEntityGroups, entityDescriptionOf, entityIconOf, nextMention, type EntityGroupNode, type EntityTreeNode } from '../core/speakerTree';
import type { AnalysisService } from './analysisCache';
import { isNewsDocument } from './config';
import { toRange, toSpan } from './ranges';

export const ENTITIES_VIEW_ID = 'newsLens.entities';

export interface EntitiesApi {
  readonly provider: EntitiesProvider;
  readonly view: vscode.TreeView<EntityTreeNode>;
  /** The groups of the active news document, after any pending rebuild. */
  roots(): Promise<readonly EntityGroupNode[]>;
}

/** People, organizations and places of the active news document, with their mention counts. */
export class EntitiesProvider implements vscode.TreeDataProvider<EntityTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  groups: EntityGroupNode[] = [];
  document: vscode.TextDocument | undefined;
  private pending: Promise<EntityGroupNode[]> | undefined;

  constructor(private readonly analyses: AnalysisService) {}

  rebuild(): Promise<EntityGroupNode[]> {
    const run = async (): Promise<EntityGroupNode[]> => {
      const document = this.document;
      const analysis = document && !document.isClosed ? await this.analyses.whenAnalyzed(document) : undefined;
      if (document === this.document) {
        this.groups = analysis ? buildEntityGroups(analysis.entities) : [];
        this.changed.fire(undefined);
      }
      return this.groups;
    };
    const next = (this.pending ?? Promise.resolve(this.groups)).then(run, run);
    this.pending = next;
    void next.finally(() => { if (this.pending === next) this.pending = undefined; });
    return next;
  }

  async settled(): Promise<EntityGroupNode[]> {
    while (this.pending) await this.pending;
    return this.groups;
  }

  getTreeItem(node: EntityTreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.type === 'group' ? node.label : node.name,
      node.type === 'group' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = entityDescriptionOf(node);
    item.iconPath = new vscode.ThemeIcon(entityIconOf(node));
    item.contextValue = node.type === 'group' ? 'newsLens.entityGroup' : 'newsLens.entity';
    if (node.type === 'entity') {
      item.tooltip = `${node.name}: ${entityDescriptionOf(node)}. Click again to go to the next one.`;
      item.command = { command: 'newsLens.entities.nextMention', title: 'Go to Next Mention', arguments: [node] };
    }
    return item;
  }

  getChildren(node?: EntityTreeNode): EntityTreeNode[] {
    if (!node) return this.groups;
    return node.type === 'group' ? [...node.children] : [];
  }

  getParent(node: EntityTreeNode): EntityTreeNode | undefined {
    return node.type === 'entity' ? node.parent : undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): EntitiesApi {
  const provider = new EntitiesProvider(analyses);
  const view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (editor) provider.document = isNewsDocument(editor.document) ? editor.document : undefined;
    else if (provider.document && !vscode.window.visibleTextEditors.some((e) => e.document === provider.document)) provider.document = undefined;
    void provider.rebuild();
  };

  context.subscriptions.push(
    provider,
    view,
    vscode.window.onDidChangeActiveTextEditor(follow),
    analyses.onDidAnalyze(({ document }) => { if (document === provider.document) void provider.rebuild(); }),
    analyses.onDidForget((uri) => {
      if (provider.document?.uri.toString() === uri.toString()) { provider.document = undefined; void provider.rebuild(); }
    }),
    vscode.commands.registerCommand('newsLens.entities.nextMention', async (arg?: EntityTreeNode | string) => {
      const id = typeof arg === 'string' ? arg : arg?.id ?? view.selection[0]?.id;
      const node = provider.groups.flatMap((g) => g.children).find((e) => e.id === id);
      const document = provider.document;
      if (!node || !document) return undefined;
      const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
      const current = visible ? toSpan(document, visible.selection) : { start: 0, end: 0 };
      const mention = nextMention(node.mentions, current);
      if (!mention) return undefined;
      const range = toRange(document, mention);
      const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: true });
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return range;
    }),
  );
  follow(vscode.window.activeTextEditor);

  return { provider, view, roots: () => provider.settled() };
}
