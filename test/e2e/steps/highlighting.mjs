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
 * `semantic` is a word only semantic tokens colour (the grammar leaves it plain), to know they are painted; it
 * is on the same line as `plain`, so both are in view together.
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
    semantic: 'Rotterdam', hover: 'Nobody wins', hoverSpeaker: 'Castelein',
  },
};

const article = (ui) => (fs.existsSync(path.join(ui.workspace, SEED)) ? SEED : SAMPLE);

/**
 * Runs in the page: the colour `text` is rendered in, or null when it is not rendered or not in one colour.
 * Monaco renders one span per token, but word wrap splits a token that crosses a wrap point (e.g. "40," | "000")
 * into spans on consecutive rows, so the rendered rows are joined in visual order and every span covering
 * the text must share one colour. Of several occurrences, the one covered by the least text wins (the token
 * itself rather than a longer span around it).
 */
function renderedColour(text) {
  /* global document, getComputedStyle */
  const rows = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
  const spans = rows.flatMap((row) => [...row.querySelectorAll('span')].filter((span) => !span.querySelector('span')));
  let joined = '';
  const owners = [];
  for (const span of spans) {
    const piece = span.textContent.replace(/\u00a0/g, ' ');
    joined += piece;
    for (let i = 0; i < piece.length; i++) owners.push(span);
  }
  let best = null;
  for (let at = joined.indexOf(text); at >= 0 && text; at = joined.indexOf(text, at + 1)) {
    const covering = [...new Set(owners.slice(at, at + text.length))];
    const colours = new Set(covering.map((span) => getComputedStyle(span).color));
    const cost = covering.reduce((sum, span) => sum + span.textContent.length, 0);
    if (colours.size === 1 && (!best || cost < best.cost)) best = { colour: [...colours][0], cost };
  }
  return best ? best.colour : null;
}

async function colourOf(ui, needle) {
  return ui.page.evaluate(`(${renderedColour})(${JSON.stringify(needle)})`);
}

/**
 * Scrolls the article so the paragraph containing `text` is rendered (Monaco renders only the rows in view,
 * and with word wrap a long article no longer fits): goes to its line through Quick Open (":N"), then waits
 * until the text is painted.
 */
async function revealText(ui, file, text) {
  const line = fs.readFileSync(path.join(ui.workspace, file), 'utf8').split(/\r?\n/).findIndex((paragraph) => paragraph.includes(text)) + 1;
  assert.ok(line > 0, `"${text}" occurs in ${file}`);
  await goToLine(ui, line);
  await ui.page.waitForFunction(`(${renderedColour})(${JSON.stringify(text)}) !== null`, undefined, { timeout: 15000 });
}

async function goToLine(ui, line) {
  const picker = ui.page.locator('.quick-input-widget');
  await ui.dismiss();
  await ui.page.keyboard.press('Control+P');
  await picker.locator('input').waitFor({ timeout: 10000 });
  await picker.locator('input').fill(`:${line}`);
  await ui.page.keyboard.press('Enter');
  await picker.waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

/** Waits until semantic tokens are painted: a word only they colour differs from plain text on the same line. */
async function waitForSemanticColours(ui, file, words) {
  await revealText(ui, file, words.semantic);
  await ui.page.waitForFunction(`(() => { const colour = ${renderedColour};
    const a = colour(${JSON.stringify(words.semantic)}); const b = colour(${JSON.stringify(words.colours.plain)});
    return a && b && a !== b; })()`, undefined, { timeout: 60000 });
}

async function checkDistinctColours(ui, file, words, theme) {
  const kinds = Object.keys(words.colours);
  const colours = {};
  for (const kind of kinds) {
    await revealText(ui, file, words.colours[kind]);
    colours[kind] = await colourOf(ui, words.colours[kind]);
  }
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
  await waitForSemanticColours(ui, file, words);
  await checkDistinctColours(ui, file, words, theme);
  await goToLine(ui, 1); // screenshots show the article from its start
  await ui.page.mouse.move(5, 5);
  return { file, words };
}

export const steps = [
  {
    name: 'the article in Default Dark Modern: every highlight kind has its own colour',
    run: async (ui) => {
      // Word wrap for news is the product default (package.json configurationDefaults); nothing to set here.
      // The editor gets the whole window so the screenshots show as much of the article as fits.
      await ui.runCommand('View: Close Primary Side Bar').catch(() => {});
      // The duplicates steps leave the Problems panel open; "Hide Panel" is only offered while a panel shows.
      if (await ui.page.locator('.part.panel').isVisible()) {
        await ui.runCommand('View: Hide Panel');
        await ui.page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10000 });
      }
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
        await waitForSemanticColours(ui, SAMPLE, words);
        await checkDistinctColours(ui, SAMPLE, words, theme);
        await goToLine(ui, 1);
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
    name: 'restore the views the steps closed',
    run: async (ui) => {
      await ui.openView('Explorer');
    },
  },
];
