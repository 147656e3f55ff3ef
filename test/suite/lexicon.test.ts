import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import { getApi, openUntitled, waitForEvent } from './helpers';

/** An invented name no built-in list knows, used where the engine has no cue to type it. */
const INVENTED_ORG = 'Zorvath Quillmere';
const ARTICLE = `Talks stalled on Tuesday. ${INVENTED_ORG} had rejected the offer before the vote.\n`;

function typeOf(analysis: Analysis | undefined, surface: string): string | undefined {
  return analysis?.entities.find((e) => e.text === surface)?.type;
}

describe('user lexicon setting (newsLens.entities.lexicon)', function () {
  this.timeout(60000);

  it('types a name the engine does not know, and re-analyses open documents when the setting changes', async () => {
    const api = await getApi();
    const document = await openUntitled(ARTICLE);
    await vscode.window.showTextDocument(document);
    const config = vscode.workspace.getConfiguration('newsLens');
    try {
      assert.notEqual(typeOf(await api.analysisFor(document), INVENTED_ORG), 'organization');
      const reanalysed = waitForEvent(api.onDidAnalyze, (event) => event.uri.toString() === document.uri.toString(), 30000, 'analysis with the lexicon');
      await config.update('entities.lexicon', { [INVENTED_ORG]: 'organization', ' ': 'person', Bogus: 'weather' }, vscode.ConfigurationTarget.Global);
      await reanalysed;
      assert.equal(typeOf(await api.analysisFor(document), INVENTED_ORG), 'organization');
    } finally {
      await config.update('entities.lexicon', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
