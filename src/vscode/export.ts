import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, exportRows, serialize, type ExportFormat, type SpeakerScope } from '../core/speakerTree';
import type { SpeakersApi } from './speakersTree';

/** Arguments that let tests (and keybindings) run the export without any dialog. */
export interface ExportArgs {
  readonly format?: ExportFormat;
  readonly scope?: SpeakerScope;
  readonly target?: vscode.Uri;
}

export interface ExportResult {
  readonly target: vscode.Uri;
  readonly format: ExportFormat;
  readonly rows: number;
}

const FORMAT_PICKS: readonly (vscode.QuickPickItem & { format: ExportFormat })[] = [
  { label: 'JSON', description: 'an array of objects', format: 'json' },
  { label: 'CSV', description: 'for spreadsheets', format: 'csv' },
  { label: 'Markdown', description: 'a table for notes and reports', format: 'markdown' },
];

function isFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

async function exportSpeakers(speakers: SpeakersApi, args: ExportArgs = {}): Promise<ExportResult | undefined> {
  const provider = speakers.provider;
  const format = isFormat(args.format)
    ? args.format
    : (await vscode.window.showQuickPick(FORMAT_PICKS, { title: 'Export Speakers and Claims: format' }))?.format;
  if (!format) return undefined;

  let scope: SpeakerScope | undefined = args.scope;
  if (scope !== 'article' && scope !== 'workspace') {
    const picks: (vscode.QuickPickItem & { scope: SpeakerScope })[] = [
      { label: 'This article', description: provider.document ? provider.document.uri.path.split('/').pop() : 'no news article is open', scope: 'article' },
      { label: 'All news files in the workspace', scope: 'workspace' },
    ];
    if (provider.scope === 'workspace') picks.reverse();
    scope = (await vscode.window.showQuickPick(picks, { title: 'Export Speakers and Claims: what' }))?.scope;
    if (!scope) return undefined;
  }
  // The export never changes what the view shows: the other scope is computed on the side, unfiltered.
  const tree = await provider.treeFor(scope);
  if (scope === 'article' && !provider.document) {
    void vscode.window.showInformationMessage('News Lens: open a news article to export its speakers and claims.');
    return undefined;
  }
  let target = args.target;
  if (!target) {
    const base = scope === 'article' && provider.document
      ? provider.document.uri.path.split('/').pop()?.replace(/(\.news)?(\.txt)?$/, '') ?? 'speakers'
      : 'speakers';
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? (provider.document ? vscode.Uri.joinPath(provider.document.uri, '..') : undefined);
    const name = `${base}-speakers.${EXPORT_EXTENSIONS[format]}`;
    target = await vscode.window.showSaveDialog({
      title: 'Export Speakers and Claims',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { [FORMAT_PICKS.find((p) => p.format === format)?.label ?? format]: [EXPORT_EXTENSIONS[format]] },
    });
    if (!target) return undefined;
  }

  const rows = exportRows(tree.allStatements);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(serialize(rows, format)));
  if (!args.target) {
    const open = 'Open';
    void vscode.window.showInformationMessage(`News Lens exported ${rows.length} statements to ${target.path.split('/').pop()}.`, open).then((choice) => {
      if (choice === open && target) void vscode.window.showTextDocument(target);
    });
  }
  return { target, format, rows: rows.length };
}

export function register(context: vscode.ExtensionContext, speakers: SpeakersApi): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.exportSpeakers', (args?: ExportArgs) => exportSpeakers(speakers, args ?? {})),
  );
}
