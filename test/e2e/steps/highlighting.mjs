// Highlighting UI checks: the article in Default Dark Modern and Default Light Modern, where semantic tokens
// colour people, places, organizations, dates, numbers, speakers and attributed quotes, each in its own
// colour (read from the rendered editor), and a hover on a quote naming its speaker.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const SEED = '000_5d0278a4d8633017.txt';
const SAMPLE = '001_port_strike.txt';

/**
 * Text to read colours from, one per highlight kind (each a whole token in the article), plus plain text;
 * `semantic` is a word only semantic tokens colour (the grammar leaves it plain), to know they are painted.
 */
const ARTICLES = {
  [SEED]: {
    colours: {
      quote: '"concerted push"', speaker: 'A spokesman for the rebels', person: 'Sergei Lavrov', place: 'Dublin',
      organization: 'Arab League', date: 'December 6', number: '40,000', plain: 'discussed',
    },
    semantic: 'Sergei Lavrov', hover: 'breakthrough', hoverSpeaker: 'Hillary Clinton',
  },
  [SAMPLE]: {
    // Every person in the sample is also a speaker, so it has no plain person token.
    colours: { quote: 'Nobody wins', speaker: 'Castelein', place: 'Belgium', organization: 'FNV', date: 'Wednesday', number: '€20 million', plain: 'halting' },
    semantic: 'Belgium', hover: 'Nobody wins', hoverSpeaker: 'Castelein',
  },
};

const article = (ui) => (fs.existsSync(path.join(ui.workspace, SEED)) ? SEED : SAMPLE);

/** Runs in the page: the colour of the smallest rendered token span containing `text` (Monaco: one span per token). */
function renderedColour(text) {
  /* global document, getComputedStyle */
  const spans = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line span span')]
    .filter((span) => span.textContent.replace(/\u00a0/g, ' ').includes(text));
  spans.sort((a, b) => a.textContent.length - b.textContent.length);
  return spans.length ? getComputedStyle(spans[0]).color : null;
}

async function colourOf(ui, needle) {
  return ui.page.evaluate(`(${renderedColour})(${JSON.stringify(needle)})`);
}

/** Waits until semantic tokens are painted: a word only they colour differs from plain text. */
async function waitForSemanticColours(ui, words) {
  await ui.page.waitForFunction(`(() => { const colour = ${renderedColour};
    const a = colour(${JSON.stringify(words.semantic)}); const b = colour(${JSON.stringify(words.colours.plain)});
    return a && b && a !== b; })()`, undefined, { timeout: 60000 });
}

async function checkDistinctColours(ui, words, theme) {
  const kinds = Object.keys(words.colours);
  const colours = {};
  for (const kind of kinds) colours[kind] = await colourOf(ui, words.colours[kind]);
  const seen = new Map();
  for (const kind of kinds) {
    assert.ok(colours[kind], `${kind} ("${words.colours[kind]}") is rendered in ${theme}`);
    assert.ok(!seen.has(colours[kind]), `${kind} and ${seen.get(colours[kind])} share ${colours[kind]} in ${theme}: ${JSON.stringify(colours)}`);
    seen.set(colours[kind], kind);
  }
  console.log(`      ${theme}: ${kinds.map((kind) => `${kind} ${colours[kind]}`).join(', ')}`);
}

/**
 * Switches the colour theme in the theme picker, opened with its keybinding (Ctrl+K Ctrl+T) and by clicking
 * the theme's own row: through the command palette, Enter can land on "Browse Color Themes in Marketplace",
 * which fails offline. Waits for the workbench to repaint in the theme's kind.
 */
async function applyTheme(ui, theme) {
  const kind = /Light/.test(theme) ? 'vs' : 'vs-dark';
  // VS Code 1.9x+ labels the default themes "Dark Modern", "Light Modern" (their settings ids keep "Default ").
  const label = theme.replace(/^Default /, '');
  const picker = ui.page.locator('.quick-input-widget');
  const row = picker.locator('.monaco-list-row', { has: ui.page.locator('.label-name', { hasText: new RegExp(`^(Default )?${label}$`) }) }).first();
  // Right after start-up the picker can open before the theme list is filled: try again.
  for (let attempt = 1; ; attempt++) {
    await ui.dismiss();
    await ui.page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
    await ui.page.keyboard.press('Control+K');
    await ui.page.keyboard.press('Control+T');
    await picker.locator('input').waitFor({ timeout: 10000 });
    await picker.locator('input').fill(label);
    try {
      await row.waitFor({ timeout: 10000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  await row.click();
  await picker.waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
  await ui.page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: 30000 });
}

async function showArticle(ui, theme) {
  const file = article(ui);
  const words = ARTICLES[file];
  await ui.openFile(file);
  await applyTheme(ui, theme);
  await ui.languageMode().filter({ hasText: 'News Text' }).waitFor({ timeout: 30000 });
  await waitForSemanticColours(ui, words);
  await checkDistinctColours(ui, words, theme);
  await ui.page.mouse.move(5, 5);
  return { file, words };
}

export const steps = [
  {
    name: 'the article in Default Dark Modern: every highlight kind has its own colour',
    run: async (ui) => {
      // News paragraphs are long single lines: wrap them so the screenshots show whole paragraphs.
      ui.updateUserSettings({ '[news]': { 'editor.wordWrap': 'on' } });
      await ui.runCommand('View: Close Primary Side Bar').catch(() => {});
      const { file } = await showArticle(ui, 'Default Dark Modern');
      await ui.page.waitForTimeout(300); // let the theme transition settle before the screenshot
      await ui.shot(file === SEED ? 'highlighting-seed-dark' : 'highlighting-sample-dark');
    },
  },
  {
    name: 'the article in Default Light Modern: every highlight kind has its own colour',
    run: async (ui) => {
      const { file } = await showArticle(ui, 'Default Light Modern');
      await ui.page.waitForTimeout(300);
      await ui.shot(file === SEED ? 'highlighting-seed-light' : 'highlighting-sample-light');
    },
  },
  {
    name: 'a hover on a quote names its speaker with a link to the Speakers view',
    run: async (ui) => {
      const file = article(ui);
      const words = ARTICLES[file];
      const target = ui.page.locator('.editor-instance .monaco-editor .view-lines .view-line span span', { hasText: words.hover }).first();
      await target.hover();
      const hover = ui.page.locator('.monaco-hover:visible', { hasText: words.hoverSpeaker }).first();
      await hover.waitFor({ timeout: 30000 });
      await hover.getByText('Reveal in Speakers view').waitFor({ timeout: 10000 });
      await ui.page.waitForTimeout(300);
      await ui.shot(file === SEED ? 'highlighting-seed-hover' : 'highlighting-sample-hover');
    },
  },
  {
    name: 'the project sample in both themes (publishable screenshots)',
    run: async (ui) => {
      if (article(ui) === SAMPLE) return;
      const words = ARTICLES[SAMPLE];
      for (const [theme, shot] of [['Default Dark Modern', 'highlighting-sample-dark'], ['Default Light Modern', 'highlighting-sample-light']]) {
        await applyTheme(ui, theme);
        await ui.openFile(SAMPLE);
        await waitForSemanticColours(ui, words);
        await checkDistinctColours(ui, words, theme);
        await ui.page.mouse.move(5, 5);
        await ui.page.waitForTimeout(300);
        await ui.shot(shot);
      }
      const target = ui.page.locator('.editor-instance .monaco-editor .view-lines .view-line span span', { hasText: words.hover }).first();
      await target.hover();
      await ui.page.locator('.monaco-hover:visible', { hasText: words.hoverSpeaker }).first().waitFor({ timeout: 30000 });
      await ui.page.waitForTimeout(300);
      await ui.shot('highlighting-sample-hover');
      await ui.dismiss();
      await applyTheme(ui, 'Default Dark Modern');
    },
  },
  {
    name: 'restore the settings the steps changed',
    run: async (ui) => {
      ui.updateUserSettings({ '[news]': undefined });
      await ui.openView('Explorer');
    },
  },
];
