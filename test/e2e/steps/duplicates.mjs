// Duplicate paragraphs in the real workbench: the squiggles on the copies, the quick-fix menu (Ctrl+.),
// the Problems panel, the status bar summary, and the refactor preview of the workspace command.
// The seed article is used when ../shared is present (screenshots for review only); the invented fixture
// council_vote.news.txt (line 7 repeats line 3, line 10 repeats line 6) gives publishable shots.
import fs from 'node:fs';
import path from 'node:path';

const SEED = '000_5d0278a4d8633017.txt';
const FIXTURE = 'council_vote.news.txt';

async function goToLine(ui, line) {
  await ui.dismiss();
  await ui.page.keyboard.press('Control+G');
  await ui.page.keyboard.type(String(line));
  await ui.page.keyboard.press('Enter');
}

export const steps = [
  {
    name: 'duplicated paragraphs of the seed are squiggled',
    run: async (ui) => {
      const article = fs.existsSync(path.join(ui.workspace, SEED)) ? SEED : FIXTURE;
      await ui.openFile(article);
      await ui.page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 60000 });
      await ui.shot('duplicates-squiggles');
    },
  },
  {
    name: 'the quick-fix menu offers to remove the duplicate (Ctrl+.)',
    run: async (ui) => {
      const seed = fs.existsSync(path.join(ui.workspace, SEED));
      await ui.openFile(seed ? SEED : FIXTURE);
      await ui.page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 60000 });
      await goToLine(ui, seed ? 5 : 7);
      await ui.page.keyboard.press('Control+.');
      await ui.waitForText('Remove duplicate paragraph', { within: '.action-widget', timeout: 30000 });
      await ui.waitForText(/Remove all \d+ duplicate paragraphs/, { within: '.action-widget', timeout: 10000 });
      await ui.shot('duplicates-quick-fix');
      await ui.page.keyboard.press('Escape');
    },
  },
  {
    name: 'the Problems panel lists the duplicates with their code',
    run: async (ui) => {
      await ui.openFile(FIXTURE);
      await ui.page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 60000 });
      await ui.openView('Problems');
      await ui.waitForText('Duplicate of the paragraph at line 3', { within: '.panel', timeout: 30000 });
      await ui.waitForText('duplicate-paragraph', { within: '.panel', timeout: 10000 });
      await ui.shot('duplicates-problems');
    },
  },
  {
    name: 'the status bar summarises speakers, claims and duplicates',
    run: async (ui) => {
      await ui.openFile(FIXTURE);
      await ui.waitForText(/\d+ speakers? · \d+ claims? · 2 duplicates/, { within: '#workbench\\.parts\\.statusbar', timeout: 30000 });
      await ui.shot('duplicates-status-bar');
    },
  },
  {
    name: 'the workspace command shows the refactor preview first',
    run: async (ui) => {
      await ui.openFile(FIXTURE);
      await ui.runCommand('News Lens: Remove Duplicate Paragraphs in Workspace');
      // The Refactor Preview lists each news file with duplicates; nothing changes until "Apply".
      await ui.waitForText(FIXTURE, { within: '.panel', timeout: 30000 });
      await ui.waitForText('Discard', { within: '.panel', timeout: 10000 });
      await ui.shot('duplicates-refactor-preview');
      await ui.page.locator('.panel').getByText('Discard', { exact: true }).first().click();
      await ui.page.locator('.panel').getByText('Discard', { exact: true }).first().waitFor({ state: 'hidden', timeout: 15000 });
    },
  },
];
