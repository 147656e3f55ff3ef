import * as vscode from 'vscode';
import { LANGUAGE_ID } from './config';

export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.annotateAsNews', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('News Lens: open a text file first, then run "Annotate as News Text".');
        return undefined;
      }
      const annotated = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
      return annotated.languageId;
    }),
  );
}
