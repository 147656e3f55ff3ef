// Speakers view UI checks: with the seed article (or the project's sample) open, the Speakers view lists who
// said what; expanding the top speaker shows their quotes and reported speech; the Entities view is beside it.
import fs from 'node:fs';
import path from 'node:path';

const SEED = '000_5d0278a4d8633017.txt';
const SAMPLE = '001_port_strike.txt';

/** The seed with Hillary Clinton, or the invented sample with Marieke de Vries when ../shared is absent. */
const article = (ui) => (fs.existsSync(path.join(ui.workspace, SEED))
  ? { file: SEED, speaker: 'Hillary Clinton', role: 'Secretary of State' }
  : { file: SAMPLE, speaker: 'Castelein', role: '' });

/** Opens a top-level workspace file from the Explorer (Quick Open's file search can lag on a busy machine). */
async function openFromExplorer(ui, file) {
  await ui.openView('Explorer');
  await ui.page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click();
  await ui.page.locator(`.tabs-container .tab.active[aria-label^="${file}"]`).waitFor({ timeout: 30000 });
}

/** Drags the sidebar's edge so that statements are readable in the screenshot. */
async function widenSidebar(ui, width = 560) {
  const box = await ui.page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const y = box.y + box.height / 2;
  await ui.page.mouse.move(box.x + box.width + 1, y);
  await ui.page.mouse.down();
  await ui.page.mouse.move(box.x + width, y, { steps: 8 });
  await ui.page.mouse.up();
}

const row = (ui, text) => ui.page.locator('.sidebar .monaco-list-row', { hasText: text }).first();

export const steps = [
  {
    name: 'the Speakers view lists the article\'s speakers with roles, counts and statements',
    run: async (ui) => {
      const { file, speaker, role } = article(ui);
      await openFromExplorer(ui, file);
      await ui.openActivity('News Lens');
      await ui.openView('Speakers');
      await widenSidebar(ui);
      const speakerRow = row(ui, speaker);
      await speakerRow.waitFor({ timeout: 60000 });
      if (role) await ui.waitForText(role, { within: '.sidebar' });
      if ((await speakerRow.getAttribute('aria-expanded')) !== 'true') await speakerRow.click();
      // A statement row carries its line number as description.
      await ui.page.locator('.sidebar .monaco-list-row .label-description', { hasText: /^line \d+$/ }).first().waitFor({ timeout: 15000 });
      await ui.page.waitForTimeout(300); // let the expand animation settle before the screenshot
      await ui.shot('speakers-view');
    },
  },
  {
    name: 'clicking a statement selects it in the editor',
    run: async (ui) => {
      const statement = ui.page.locator('.sidebar .monaco-list-row', { has: ui.page.locator('.label-description', { hasText: /^line \d+$/ }) }).first();
      await statement.click();
      const line = Number((await statement.locator('.label-description').innerText()).replace(/\D+/g, ''));
      await ui.page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 15000 });
      await ui.waitForText(new RegExp(`Ln ${line}, Col \\d+ \\(\\d+ selected\\)`), { within: '.statusbar' });
      await ui.shot('speakers-reveal');
    },
  },
  {
    name: 'the Entities view lists people, organizations and places',
    run: async (ui) => {
      await ui.openView('Entities');
      await ui.waitForText('People', { within: '.sidebar' });
      await ui.waitForText(/\d+ mentions?/, { within: '.sidebar' });
      await ui.shot('speakers-entities');
    },
  },
  {
    // The README's picture: the project's own invented sample, so no third-party article text is shown.
    name: 'the Speakers view on the invented sample (README screenshot)',
    run: async (ui) => {
      await ui.closeAllEditors();
      await openFromExplorer(ui, SAMPLE);
      await ui.openActivity('News Lens');
      await ui.openView('Speakers');
      await widenSidebar(ui);
      const speakerRow = row(ui, 'Marieke de Vries');
      await speakerRow.waitFor({ timeout: 60000 });
      if ((await speakerRow.getAttribute('aria-expanded')) !== 'true') await speakerRow.click();
      await ui.page.locator('.sidebar .monaco-list-row .label-description', { hasText: /^line \d+$/ }).first().waitFor({ timeout: 15000 });
      await ui.page.locator('.sidebar .monaco-list-row', { has: ui.page.locator('.label-description', { hasText: /^line \d+$/ }) }).first().click();
      await ui.page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 15000 });
      await ui.page.waitForTimeout(300); // let the expand animation settle before the screenshot
      await ui.shot('speakers-sample');
    },
  },
];
