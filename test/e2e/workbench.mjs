// The `ui` object handed to every UI step (test/e2e/steps/*.mjs): a thin vocabulary over Playwright for
// driving the VS Code web workbench. See test/e2e/README.md.
import fs from 'node:fs';
import path from 'node:path';

const DEFAULT_TIMEOUT = 30000;

/** Escapes a string for use inside a CSS attribute selector value. */
const cssString = (value) => value.replace(/["\\]/g, '\\$&');
const escapeRegExp = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createWorkbench({ page, serverUrl, workspace, shotsDir, userSettingsFile }) {
  const quickInput = page.locator('.quick-input-widget');
  const quickInputBox = quickInput.locator('input');
  const quickRow = (text) => quickInput.locator('.monaco-list-row', { hasText: text }).first();
  // A picker row whose label is exactly `label` (string or RegExp).
  const exactRow = (label) => quickInput.locator('.monaco-list-row', {
    has: page.locator('.label-name', { hasText: label instanceof RegExp ? label : new RegExp(`^${escapeRegExp(label)}$`) }),
  }).first();

  /**
   * Opens the quick input with `key` and types `text`. A picker can close again between opening and typing
   * (a late Escape, focus moving to a view), so the whole gesture is retried a few times before failing.
   */
  async function typeIntoQuickInput(key, text, attempts = 3) {
    for (let attempt = 1; ; attempt++) {
      await ui.dismiss();
      await page.keyboard.press(key);
      try {
        await quickInputBox.waitFor({ state: 'visible', timeout: 10000 });
        await quickInputBox.fill(text, { timeout: 5000 });
        return;
      } catch (error) {
        if (attempt >= attempts) throw error;
      }
    }
  }

  const ui = {
    page,
    serverUrl,
    /** A private copy of test/fixtures/ws plus samples/ (and the seed article when ../shared exists). */
    workspace,
    shotsDir,

    /** Loads the workbench on `folder` (default: ui.workspace) and waits until the explorer shows it. */
    async openFolder(folder = workspace) {
      await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
      await ui.waitForIdle();
    },

    /** Waits until the status bar no longer reports start-up work ("Activating Extensions..."). */
    async waitForIdle(timeout = DEFAULT_TIMEOUT) {
      await page.locator('#workbench\\.parts\\.statusbar', { hasText: 'Activating Extensions' })
        .waitFor({ state: 'detached', timeout }).catch(() => {});
    },

    /**
     * Opens a workspace file by (base)name and waits until its editor is active: clicks its tab when it is
     * already open, otherwise picks its row in Quick Open (Ctrl+P).
     */
    async openFile(name) {
      const base = path.basename(name);
      const tab = page.locator(`.tabs-container .tab[aria-label^="${cssString(base)}"]`).first();
      const activeTab = page.locator(`.tabs-container .tab.active[aria-label^="${cssString(base)}"]`).first();
      await ui.dismiss();
      if (await tab.count()) {
        await tab.click();
      } else {
        await typeIntoQuickInput('Control+P', name);
        // Click the file's own row: Enter can act on a stale list (e.g. the recently-opened section).
        await exactRow(base).click({ timeout: 15000 });
      }
      await activeTab.waitFor({ timeout: 15000 });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15000 });
    },

    /** Runs a command by its palette title (e.g. "News Lens: Annotate as News Text") through F1. */
    async runCommand(title) {
      await typeIntoQuickInput('F1', `>${title}`);
      // Click the row whose label is exactly the title: Enter would run whatever fuzzy match is on top.
      await exactRow(title).click({ timeout: 15000 });
      await quickInput.waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
    },

    /** Opens a view or view container by title ("Speakers", "Problems", "Explorer") through Quick Open's `view ` picker. */
    async openView(title) {
      await typeIntoQuickInput('Control+P', `view ${title}`);
      await quickRow(title).waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      await quickInput.waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
      await page.locator(`.pane-header[aria-label^="${cssString(title)}"], .composite.title h2[title^="${cssString(title)}"], .panel .composite.title`).first()
        .waitFor({ timeout: 15000 }).catch(() => {});
    },

    /** Shows an activity-bar container (e.g. "News Lens"): clicks its icon unless it is already selected. */
    async openActivity(title) {
      const item = ui.activityItem(title);
      await item.waitFor({ timeout: DEFAULT_TIMEOUT });
      if (await item.getAttribute('aria-selected') !== 'true') {
        await item.click();
        // Move the pointer off the icon so its tooltip does not cover screenshots.
        await page.mouse.move(700, 600);
      }
      await page.locator(`.activitybar li.action-item[aria-selected="true"]:has(a.action-label[aria-label^="${cssString(title)}"])`)
        .waitFor({ timeout: 10000 });
      return item;
    },

    /** The activity-bar entry (an `li.action-item`; `aria-selected="true"` when its container is shown). */
    activityItem(title) {
      return page.locator(`.activitybar li.action-item:has(a.action-label[aria-label^="${cssString(title)}"])`).first();
    },

    /** The status bar's text, e.g. to check the language mode ("News Text"). */
    async statusBarText() {
      return page.locator('#workbench\\.parts\\.statusbar').innerText();
    },

    /** The language-mode entry of the status bar. */
    languageMode() {
      return page.locator('#status\\.editor\\.mode');
    },

    /** Waits until `text` (string or RegExp) is visible inside `within` (a CSS selector, default: the whole workbench). */
    async waitForText(text, { within = '.monaco-workbench', timeout = DEFAULT_TIMEOUT } = {}) {
      const locator = page.locator(within).getByText(text).first();
      await locator.waitFor({ state: 'visible', timeout });
      return locator;
    },

    /** Saves a screenshot to artifacts/shots/<name>.png and returns its path. */
    async shot(name, options = {}) {
      const file = path.join(shotsDir, `${name}.png`);
      await page.screenshot({ path: file, ...options });
      return file;
    },

    /**
     * Switches the colour theme through "Preferences: Color Theme" (e.g. "Default Light Modern"; recent VS Code
     * labels it "Light Modern") and waits until the workbench has repainted in that theme's kind.
     */
    async setTheme(name) {
      const label = name.replace(/^Default /, '');
      await ui.runCommand('Preferences: Color Theme');
      await quickInputBox.waitFor({ timeout: 10000 });
      await quickInputBox.fill(label);
      await exactRow(new RegExp(`^(?:Default )?${escapeRegExp(label)}$`)).click({ timeout: 15000 });
      await quickInput.waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
      const kind = /high contrast/i.test(name) ? (/light/i.test(name) ? 'hc-light' : 'hc-black') : /light/i.test(name) ? 'vs' : 'vs-dark';
      await page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: 15000 });
    },

    /**
     * Merges `patch` into the server's user settings.json (e.g. { "newsLens.someSetting": false }); VS Code
     * picks the change up from the file. Wait for its visible effect afterwards (waitForText etc.).
     */
    updateUserSettings(patch) {
      const current = fs.existsSync(userSettingsFile) ? JSON.parse(fs.readFileSync(userSettingsFile, 'utf8')) : {};
      fs.writeFileSync(userSettingsFile, JSON.stringify({ ...current, ...patch }, null, 2));
    },

    /** Closes menus, pickers, hovers and widgets. */
    async dismiss() {
      for (let i = 0; i < 2 && await quickInput.isVisible().catch(() => false); i++) await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    },

    /** Closes every editor (between step files, so each starts from a clean editor area). */
    async closeAllEditors() {
      await ui.runCommand('View: Close All Editors');
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
    },
  };
  return ui;
}
