import * as vscode from 'vscode';

export const LANGUAGE_ID = 'news';
export const SECTION = 'newsLens';

export function isNewsDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export function configuration(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}
